// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/ObjectMeta.h"

#include "models/resources/JsonFields.h"
#include "models/resources/KubeTime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ase {

QString objectKey(QStringView ns, QStringView name)
{
    if (ns.isEmpty())
        return name.toString();
    return ns + u'/' + name;
}

std::pair<QString, QString> splitObjectKey(QStringView key)
{
    const qsizetype slash = key.indexOf(u'/');
    if (slash < 0)
        return {QString(), key.toString()};
    return {key.left(slash).toString(), key.mid(slash + 1).toString()};
}

OwnerReference OwnerReference::fromJson(const QJsonObject& object)
{
    OwnerReference r;
    r.apiVersion = object.value("apiVersion"_L1).toString();
    r.kind = object.value("kind"_L1).toString();
    r.name = object.value("name"_L1).toString();
    r.uid = object.value("uid"_L1).toString();
    r.controller = object.value("controller"_L1).toBool();
    return r;
}

ObjectReference ObjectReference::fromJson(const QJsonObject& object)
{
    ObjectReference r;
    r.kind = object.value("kind"_L1).toString();
    r.ns = object.value("namespace"_L1).toString();
    r.name = object.value("name"_L1).toString();
    r.uid = object.value("uid"_L1).toString();
    r.apiVersion = object.value("apiVersion"_L1).toString();
    r.resourceVersion = object.value("resourceVersion"_L1).toString();
    r.fieldPath = object.value("fieldPath"_L1).toString();
    return r;
}

std::optional<OwnerReference> ObjectMeta::controllerRef() const
{
    for (const OwnerReference& r : ownerReferences) {
        if (r.controller)
            return r;
    }
    return std::nullopt;
}

ObjectMeta ObjectMeta::fromJson(const QJsonObject& metadata)
{
    ObjectMeta m;
    m.name = metadata.value("name"_L1).toString();
    m.ns = metadata.value("namespace"_L1).toString();
    m.generateName = metadata.value("generateName"_L1).toString();
    m.uid = metadata.value("uid"_L1).toString();
    m.resourceVersion = metadata.value("resourceVersion"_L1).toString();
    m.creationTimestamp = parseJsonTime(metadata.value("creationTimestamp"_L1));
    m.deletionTimestamp = parseJsonTime(metadata.value("deletionTimestamp"_L1));
    m.labels = metadata.value("labels"_L1).toObject();
    m.annotations = metadata.value("annotations"_L1).toObject();
    m.finalizers = jsonfield::stringList(metadata.value("finalizers"_L1));
    const QJsonArray owners = metadata.value("ownerReferences"_L1).toArray();
    for (const QJsonValue& o : owners)
        m.ownerReferences.append(OwnerReference::fromJson(o.toObject()));
    return m;
}

} // namespace ase
