// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/kube/ListDecoder.h"

#include "models/resources/MetaFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace ase {

ListResult ListDecoder::decode(const QByteArray& body, const QString& kind, const QString& apiVersion)
{
    ListResult result;
    auto notAList = [&](const QString& detail) {
        result.error = ApiError::make(ApiError::Category::Decode,
            tr("The server's answer to the list of %1 is not a Kubernetes list.").arg(kind), detail);
        result.error.verb = u"list"_s;
        result.error.kind = kind;
        return result;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return notAList(tr("%1 at byte %2.").arg(pe.errorString()).arg(pe.offset));
    const QJsonObject root = doc.object();
    if (!root.value("items"_L1).isArray())
        return notAList(doc.isObject() ? tr("It has no \"items\" array.") : tr("It is not a JSON object."));

    const QJsonObject meta = metafield::of(root); // the list's own metadata
    result.resourceVersion = meta.value("resourceVersion"_L1).toString();
    result.continueToken = meta.value("continue"_L1).toString();
    if (meta.contains("remainingItemCount"_L1))
        result.remainingItemCount = meta.value("remainingItemCount"_L1).toInteger();
    const QJsonArray items = root.value("items"_L1).toArray();
    result.items.reserve(items.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonValue v = items.at(i);
        if (!v.isObject()) {
            result.items.clear();
            result.resourceVersion.clear();
            result.continueToken.clear();
            result.remainingItemCount.reset();
            return notAList(tr("Item %1 is not an object.").arg(i));
        }
        QJsonObject item = v.toObject();
        if (!item.contains("kind"_L1))
            item.insert("kind"_L1, kind);
        if (!item.contains("apiVersion"_L1))
            item.insert("apiVersion"_L1, apiVersion);
        result.items.append(item);
    }
    return result;
}

} // namespace ase
