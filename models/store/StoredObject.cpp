// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/store/StoredObject.h"

#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"
#include "models/resources/Pod.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ase {

StoredObject StoredObject::encode(const QString& kind, const QJsonObject& object)
{
    StoredObject stored;
    stored.m_json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    stored.m_json.squeeze(); // the writer grows its buffer by doubling
    stored.m_key = keyOf(object);
    const QJsonObject meta = metafield::of(object);
    // One text, one allocation: "resourceVersion uid" (neither holds a space).
    const QString resourceVersion = meta.value("resourceVersion"_L1).toString();
    if (!resourceVersion.isEmpty())
        stored.m_version = (resourceVersion + u' ' + meta.value("uid"_L1).toString()).toUtf8();
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
