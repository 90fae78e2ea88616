// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/CleanExport.h"

#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"

#include <QJsonArray>
#include <QJsonValue>
#include <QStringView>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

/// Annotations the control plane writes; they describe one cluster's binding and
/// provisioning history and must not be replayed into another cluster.
bool isClusterAnnotation(QStringView key)
{
    static constexpr QStringView dropped[] = {
        u"kubectl.kubernetes.io/last-applied-configuration",
        u"pv.kubernetes.io/bind-completed",
        u"pv.kubernetes.io/bound-by-controller",
        u"volume.kubernetes.io/storage-provisioner",
        u"volume.beta.kubernetes.io/storage-provisioner",
        u"volume.kubernetes.io/selected-node",
    };
    for (const QStringView d : dropped)
        if (key == d)
            return true;
    return false;
}

/// Volumes the ServiceAccount admission plugin injects into every pod.
bool isServiceAccountTokenVolume(QStringView name)
{
    return name.startsWith(u"default-token-") || name.startsWith(u"kube-api-access-");
}

QJsonObject cleanMetadata(const QJsonObject& metadata)
{
    QJsonObject out;
    for (const QStringView key : {QStringView(u"name"), QStringView(u"namespace"), QStringView(u"labels")})
        if (metadata.contains(key))
            out.insert(key, metadata.value(key));
    if (metadata.contains(u"annotations")) {
        QJsonObject annotations = metadata.value(u"annotations").toObject();
        for (auto it = annotations.begin(); it != annotations.end();) {
            if (isClusterAnnotation(it.key()))
                it = annotations.erase(it);
            else
                ++it;
        }
        out.insert(u"annotations"_s, annotations);
    }
    return out;
}

/// spec.claimRef: an ObjectReference to the claim; only its identity by name survives.
QJsonObject cleanClaimRef(const QJsonObject& claimRef)
{
    QJsonObject out;
    for (const QStringView key :
        {QStringView(u"kind"), QStringView(u"apiVersion"), QStringView(u"namespace"), QStringView(u"name")})
        if (claimRef.contains(key))
            out.insert(key, claimRef.value(key));
    return out;
}

/// Removes `key` from `object` when it holds exactly `defaultValue`.
void dropDefault(QJsonObject& object, QStringView key, const QJsonValue& defaultValue)
{
    const auto it = object.constFind(key);
    if (it != object.constEnd() && it.value() == defaultValue)
        object.remove(key);
}

/// kubectl-neat's defaults step, restricted to leaves we know core/v1 defaulting sets
/// (pkg/apis/core/v1/defaults.go): SetDefaults_PersistentVolume, _PersistentVolumeClaim
/// and _HostPathVolumeSource. Anything else is left alone.
void dropCoreDefaults(const QString& kind, QJsonObject& spec)
{
    if (kind == kindname::PersistentVolume) {
        dropDefault(spec, u"volumeMode", u"Filesystem"_s);
        // Retain is the default for a PV created by hand; a dynamically provisioned PV
        // carries its StorageClass's policy (usually Delete), which is kept.
        dropDefault(spec, u"persistentVolumeReclaimPolicy", u"Retain"_s);
        if (spec.contains(u"hostPath")) {
            QJsonObject hostPath = spec.value(u"hostPath").toObject();
            dropDefault(hostPath, u"type", u""_s);
            spec.insert(u"hostPath"_s, hostPath);
        }
    } else if (kind == kindname::PersistentVolumeClaim) {
        dropDefault(spec, u"volumeMode", u"Filesystem"_s);
    }
}

QJsonArray withoutTokenVolumes(const QJsonArray& list)
{
    QJsonArray out;
    for (const QJsonValue& v : list)
        if (!isServiceAccountTokenVolume(v.toObject().value(u"name").toString()))
            out.append(v);
    return out;
}

void cleanPodSpec(QJsonObject& spec)
{
    spec.remove(u"serviceAccount"); // deprecated alias of serviceAccountName
    if (spec.contains(u"volumes"))
        spec.insert(u"volumes"_s, withoutTokenVolumes(spec.value(u"volumes").toArray()));
    for (const QStringView containersKey :
        {QStringView(u"containers"), QStringView(u"initContainers"), QStringView(u"ephemeralContainers")}) {
        if (!spec.contains(containersKey))
            continue;
        QJsonArray containers = spec.value(containersKey).toArray();
        for (qsizetype i = 0; i < containers.size(); ++i) {
            QJsonObject container = containers.at(i).toObject();
            if (container.contains(u"volumeMounts")) {
                container.insert(
                    u"volumeMounts"_s, withoutTokenVolumes(container.value(u"volumeMounts").toArray()));
                containers.replace(i, container);
            }
        }
        spec.insert(containersKey, containers);
    }
}

/// Removes empty maps and arrays, bottom-up (a map that only held empty maps goes too).
/// Returns an Undefined value when `value` itself ends up empty.
QJsonValue pruneEmpty(const QJsonValue& value)
{
    if (value.isObject()) {
        const QJsonObject in = value.toObject();
        QJsonObject out;
        for (auto it = in.constBegin(); it != in.constEnd(); ++it) {
            const QJsonValue v = pruneEmpty(it.value());
            if (!v.isUndefined())
                out.insert(it.key(), v);
            else if (it.key() == u"emptyDir")
                out.insert(it.key(), QJsonObject()); // `emptyDir: {}` is a volume source by its presence
        }
        return out.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(out);
    }
    if (value.isArray()) {
        const QJsonArray in = value.toArray();
        QJsonArray out;
        for (const QJsonValue& item : in) {
            const QJsonValue v = pruneEmpty(item);
            // An item of a list that became empty is kept as {} rather than shifting
            // the list's positions; kubectl-neat drops only empty containers.
            out.append(v.isUndefined() ? QJsonValue(QJsonObject()) : v);
        }
        return out.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(out);
    }
    return value;
}

QJsonObject cleanObject(const QJsonObject& object)
{
    QJsonObject out = object;
    const QString kind = object.value(u"kind").toString();
    const QString apiVersion = object.value(u"apiVersion").toString();

    out.remove(u"status");
    if (object.contains(u"metadata"))
        out.insert(u"metadata"_s, cleanMetadata(metafield::of(object)));

    if (object.value(u"spec").isObject()) {
        QJsonObject spec = object.value(u"spec").toObject();
        spec.remove(u"nodeName");
        if (spec.value(u"claimRef").isObject())
            spec.insert(u"claimRef"_s, cleanClaimRef(spec.value(u"claimRef").toObject()));
        if (apiVersion == u"v1") {
            dropCoreDefaults(kind, spec);
            if (kind == kindname::Pod)
                cleanPodSpec(spec);
        }
        out.insert(u"spec"_s, spec);
    }
    return out;
}

} // namespace

QJsonObject cleanForExport(const QJsonObject& object)
{
    QJsonObject out;
    const QString kind = object.value(u"kind").toString();
    if (kind.endsWith(u"List") && object.value(u"items").isArray()) {
        // A list: clean each item; the list's own metadata (resourceVersion,
        // continue token) means nothing elsewhere.
        out = object;
        out.remove(u"metadata");
        QJsonArray items;
        for (const QJsonValue& item : object.value(u"items").toArray())
            items.append(item.isObject() ? QJsonValue(cleanObject(item.toObject())) : item);
        out.insert(u"items"_s, items);
    } else {
        out = cleanObject(object);
    }
    const QJsonValue pruned = pruneEmpty(out);
    return pruned.toObject();
}

} // namespace ase
