// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/PersistentVolume.h"

#include "models/resources/JsonFields.h"
#include "models/resources/KubeTime.h"
#include "models/resources/MetaFields.h"
#include "models/resources/StorageClass.h"
#include "models/resources/WellKnownKeys.h"

#include <QJsonArray>

#include <array>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

// The members of core/v1 PersistentVolumeSource (a valid PV sets exactly one).
constexpr std::array<QLatin1StringView, 22> SourceKeys {
    "hostPath"_L1,
    "gcePersistentDisk"_L1,
    "awsElasticBlockStore"_L1,
    "nfs"_L1,
    "iscsi"_L1,
    "glusterfs"_L1,
    "rbd"_L1,
    "quobyte"_L1,
    "vsphereVolume"_L1,
    "cephfs"_L1,
    "storageos"_L1,
    "fc"_L1,
    "azureFile"_L1,
    "azureDisk"_L1,
    "photonPersistentDisk"_L1,
    "portworxVolume"_L1,
    "scaleIO"_L1,
    "local"_L1,
    "cinder"_L1,
    "flexVolume"_L1,
    "flocker"_L1,
    "csi"_L1,
};

QString describeSource(QLatin1StringView type, const QJsonObject& source)
{
    if (type == "csi"_L1 || type == "flexVolume"_L1)
        return source.value("driver"_L1).toString();
    if (type == "hostPath"_L1 || type == "local"_L1)
        return source.value("path"_L1).toString();
    if (type == "nfs"_L1)
        return source.value("server"_L1).toString() + u':' + source.value("path"_L1).toString();
    return {};
}

/// "key op [v1, v2]" as kubectl describe prints a NodeSelectorRequirement.
QString requirementText(const QJsonObject& requirement)
{
    QString text = requirement.value("key"_L1).toString() + u' '
        + requirement.value("operator"_L1).toString().toLower();
    const QStringList values = jsonfield::stringList(requirement.value("values"_L1));
    if (!values.isEmpty())
        text += u" [" + values.join(u", "_s) + u']';
    return text;
}

void decodeNodeAffinity(const QJsonObject& nodeAffinity, PersistentVolume& pv)
{
    const QJsonArray terms
        = nodeAffinity.value("required"_L1).toObject().value("nodeSelectorTerms"_L1).toArray();
    for (const QJsonValue& term : terms) {
        const QJsonArray expressions = term.toObject().value("matchExpressions"_L1).toArray();
        QStringList parts;
        for (const QJsonValue& e : expressions)
            parts.append(requirementText(e.toObject()));
        pv.nodeAffinityTerms.append(parts.isEmpty() ? u"<none>"_s : parts.join(u", "_s));
        if (terms.size() != 1)
            continue;
        for (const QJsonValue& e : expressions) {
            const QJsonObject r = e.toObject();
            const QJsonArray values = r.value("values"_L1).toArray();
            if (r.value("key"_L1).toString() == keys::HostnameLabel
                && r.value("operator"_L1).toString() == u"In" && values.size() == 1)
                pv.nodeAffinityHostname = values.first().toString();
        }
    }
}

} // namespace

void PersistentVolume::dropUnreadJson()
{
    const QJsonValue affinity = m_json.value("spec"_L1).toObject().value("nodeAffinity"_L1);
    m_json = affinity.isUndefined()
        ? QJsonObject()
        : sharedJson(QJsonObject {{u"spec"_s, QJsonObject {{u"nodeAffinity"_s, affinity}}}});
}

void PersistentVolume::dropUnreadFields()
{
    metadata.uid = QString();
    if (claimRef) {
        claimRef->resourceVersion = QString();
        claimRef->fieldPath = QString();
    }
}

void PersistentVolume::shareRepeatedTexts()
{
    if (capacity)
        capacity->shareText();
    for (QString* text : {&reclaimPolicy, &storageClassName, &volumeMode, &volumeAttributesClassName,
             &sourceType, &nodeAffinityHostname, &phase, &reason, &provisionedBy})
        *text = sharedText(*text);
    // A driver repeats; a path or a server's export is most often one volume's own.
    if (sourceType == u"csi" || sourceType == u"flexVolume")
        sourceDetail = sharedText(sourceDetail);
    nodeAffinityTerms = sharedTexts(nodeAffinityTerms);
    if (claimRef) {
        for (QString* text : {&claimRef->kind, &claimRef->ns, &claimRef->apiVersion})
            *text = sharedText(*text);
    }
}

PersistentVolume PersistentVolume::fromJson(const QJsonObject& object)
{
    PersistentVolume pv;
    pv.m_json = object;
    pv.metadata = ObjectMeta::fromJson(metafield::of(object));

    const QJsonObject spec = object.value("spec"_L1).toObject();
    pv.capacity = jsonfield::quantity(spec.value("capacity"_L1).toObject().value("storage"_L1));
    pv.accessModes = accessModesFromJson(spec.value("accessModes"_L1));
    pv.reclaimPolicy = jsonfield::stringOr(spec.value("persistentVolumeReclaimPolicy"_L1), "Retain"_L1);
    const StorageClassRequest storageClass = StorageClassRequest::fromObject(pv.metadata, spec);
    pv.storageClassName = storageClass.name;
    pv.storageClassSpecified = storageClass.specified;
    pv.volumeMode = jsonfield::stringOr(spec.value("volumeMode"_L1), "Filesystem"_L1);
    if (const QJsonValue claimRef = spec.value("claimRef"_L1); claimRef.isObject())
        pv.claimRef = ObjectReference::fromJson(claimRef.toObject());
    pv.volumeAttributesClassName = spec.value("volumeAttributesClassName"_L1).toString();
    for (QLatin1StringView key : SourceKeys) {
        if (const QJsonValue source = spec.value(key); source.isObject()) {
            pv.sourceType = key;
            pv.sourceDetail = describeSource(key, source.toObject());
            break;
        }
    }
    decodeNodeAffinity(spec.value("nodeAffinity"_L1).toObject(), pv);

    const QJsonObject status = object.value("status"_L1).toObject();
    pv.phase = jsonfield::stringOr(status.value("phase"_L1), "Pending"_L1);
    pv.reason = status.value("reason"_L1).toString();
    pv.message = status.value("message"_L1).toString();
    pv.lastPhaseTransitionTime = parseJsonTime(status.value("lastPhaseTransitionTime"_L1));

    pv.boundByController = pv.metadata.hasAnnotation(keys::BoundByController);
    pv.provisionedBy = pv.metadata.annotation(keys::ProvisionedBy);
    return pv;
}

} // namespace ase
