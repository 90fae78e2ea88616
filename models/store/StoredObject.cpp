// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/store/StoredObject.h"

#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"
#include "models/resources/Pod.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

/// @p text as a number when it is one written in its one canonical way (digits, no sign,
/// no space, no leading zero, up to 18 of them), so that equal numbers are equal texts;
/// else -1.
qint64 canonicalNumber(QStringView text)
{
    if (text.isEmpty() || text.size() > 18 || (text.size() > 1 && text.front() == u'0'))
        return -1;
    qint64 value = 0;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

} // namespace

StoredObject StoredObject::encode(const QString& kind, const QJsonObject& object)
{
    StoredObject stored;
    stored.m_json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    stored.m_json.squeeze(); // the writer grows its buffer by doubling
    stored.m_key = keyOf(object);
    const QJsonObject meta = metafield::of(object);
    const QString resourceVersion = meta.value("resourceVersion"_L1).toString();
    const QString uid = meta.value("uid"_L1).toString();
    if (const qint64 revision = canonicalNumber(resourceVersion); revision >= 0) {
        stored.m_revision = revision;
        stored.m_uidHash = qHash(uid, 0);
    } else if (!resourceVersion.isEmpty()) {
        // One text, one allocation (neither part holds a space).
        stored.m_versionText = (resourceVersion + u' ' + uid).toUtf8();
    }
    stored.m_references = referencesOf(kind, object);
    return stored;
}

QJsonObject StoredObject::decode() const
{
    return m_json.isEmpty() ? QJsonObject() : QJsonDocument::fromJson(m_json).object();
}

QString StoredObject::keyOf(const QJsonObject& object)
{
    const QJsonObject meta = metafield::of(object);
    const QString name
        = meta.isEmpty() ? object.value("name"_L1).toString() : meta.value("name"_L1).toString();
    const QString ns = meta.value("namespace"_L1).toString();
    return ns.isEmpty() ? name : ns + u'/' + name;
}

QStringList StoredObject::referencesOf(const QString& kind, const QJsonObject& object)
{
    if (kind != kindname::Pod)
        return {};
    // The same reading of spec.volumes as Pod::usesClaim(), generic ephemeral volumes included.
    const Pod pod = Pod::fromJson(object);
    QStringList references;
    for (const QString& claim : pod.claimNames())
        references.append(pod.metadata.ns + u'/' + claim);
    return references;
}

} // namespace ase
