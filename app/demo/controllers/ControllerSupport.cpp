// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/controllers/ControllerSupport.h"

#include "models/resources/KindNames.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ase::demo {

void SyncScope::merge(const SyncScope& other)
{
    full = full || other.full;
    unboundClaims = unboundClaims || other.unboundClaims;
    pendingPods = pendingPods || other.pendingPods;
    claims.unite(other.claims);
    volumes.unite(other.volumes);
    pods.unite(other.pods);
    workloads.unite(other.workloads);
}

namespace objectedit {

bool hasAnnotation(const QJsonObject& object, QLatin1StringView key)
{
    return annotations(object).contains(key);
}

bool setAnnotation(QJsonObject& object, QLatin1StringView key, const QString& value)
{
    QJsonObject meta = metadata(object);
    QJsonObject a = meta.value("annotations"_L1).toObject();
    if (a.value(key) == QJsonValue(value))
        return false;
    a.insert(key, value);
    meta.insert("annotations"_L1, a);
    object.insert("metadata"_L1, meta);
    return true;
}

bool removeAnnotation(QJsonObject& object, QLatin1StringView key)
{
    QJsonObject meta = metadata(object);
    QJsonObject a = meta.value("annotations"_L1).toObject();
    if (!a.contains(key))
        return false;
    a.remove(key);
    if (a.isEmpty())
        meta.remove("annotations"_L1);
    else
        meta.insert("annotations"_L1, a);
    object.insert("metadata"_L1, meta);
    return true;
}

bool hasFinalizer(const QJsonObject& object, const QString& finalizer)
{
    return metadata(object).value("finalizers"_L1).toArray().contains(finalizer);
}

bool isTerminating(const QJsonObject& object)
{
    return metadata(object).contains("deletionTimestamp"_L1);
}

bool setField(QJsonObject& object, QLatin1StringView section, QLatin1StringView key, const QJsonValue& value)
{
    QJsonObject part = object.value(section).toObject();
    if (part.value(key) == value)
        return false;
    if (value.isUndefined())
        part.remove(key);
    else
        part.insert(key, value);
    object.insert(section, part);
    return true;
}

QStringList podClaimNames(const QJsonObject& pod)
{
    QStringList names;
    const QString podName = name(pod);
    const QJsonArray volumes = pod.value("spec"_L1).toObject().value("volumes"_L1).toArray();
    for (const QJsonValue& v : volumes) {
        const QJsonObject volume = v.toObject();
        QString claim;
        if (const QJsonValue pvc = volume.value("persistentVolumeClaim"_L1); pvc.isObject())
            claim = pvc.toObject().value("claimName"_L1).toString();
        else if (volume.value("ephemeral"_L1).isObject())
            claim = podName + u'-' + volume.value("name"_L1).toString();
        if (!claim.isEmpty() && !names.contains(claim))
            names.append(claim);
    }
    return names;
}

bool podIsTerminated(const QJsonObject& pod)
{
    const QString phase = pod.value("status"_L1).toObject().value("phase"_L1).toString();
    return phase == u"Succeeded" || phase == u"Failed";
}

} // namespace objectedit

namespace kinds {

#define ASE_KIND_ACCESSOR(function, kindName)                                                                \
    const ResourceKind& function()                                                                           \
    {                                                                                                        \
        static const ResourceKind kind = resourceKindByKind(QString(kindName));                              \
        return kind;                                                                                         \
    }

ASE_KIND_ACCESSOR(persistentVolume, kindname::PersistentVolume)
ASE_KIND_ACCESSOR(persistentVolumeClaim, kindname::PersistentVolumeClaim)
ASE_KIND_ACCESSOR(storageClass, kindname::StorageClass)
ASE_KIND_ACCESSOR(pod, kindname::Pod)
ASE_KIND_ACCESSOR(deployment, kindname::Deployment)
ASE_KIND_ACCESSOR(statefulSet, kindname::StatefulSet)
ASE_KIND_ACCESSOR(secret, kindname::Secret)
#undef ASE_KIND_ACCESSOR

const ResourceKind& replicaSet()
{
    static const ResourceKind kind {
        u"apps"_s, u"v1"_s, u"replicasets"_s, u"replicaset"_s, u"ReplicaSet"_s, true, {u"rs"_s}, {u"all"_s}};
    return kind;
}

} // namespace kinds

} // namespace ase::demo
