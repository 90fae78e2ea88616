// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/Pod.h"

#include "models/resources/JsonFields.h"
#include "models/resources/MetaFields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ase {

PodSpecSummary PodSpecSummary::fromJson(const QJsonObject& spec, const QString& podName)
{
    PodSpecSummary summary;
    const QJsonArray volumes = spec.value("volumes"_L1).toArray();
    for (const QJsonValue& v : volumes) {
        const QJsonObject volume = v.toObject();
        PodClaimVolume claim;
        claim.volumeName = volume.value("name"_L1).toString();
        if (const QJsonValue pvc = volume.value("persistentVolumeClaim"_L1); pvc.isObject()) {
            claim.claimName = pvc.toObject().value("claimName"_L1).toString();
            claim.readOnly = pvc.toObject().value("readOnly"_L1).toBool();
        } else if (volume.value("ephemeral"_L1).isObject()) {
            claim.ephemeral = true;
            if (!podName.isEmpty())
                claim.claimName = podName + u'-' + claim.volumeName;
        } else {
            continue;
        }
        summary.claimVolumes.append(claim);
    }
    const QJsonArray containers = spec.value("containers"_L1).toArray();
    for (const QJsonValue& c : containers)
        summary.containerNames.append(c.toObject().value("name"_L1).toString());
    return summary;
}

QStringList Pod::claimNames() const
{
    QStringList names;
    for (const PodClaimVolume& v : claimVolumes) {
        if (!v.claimName.isEmpty() && !names.contains(v.claimName))
            names.append(v.claimName);
    }
    return names;
}

bool Pod::usesClaim(const QString& claimName) const
{
    for (const PodClaimVolume& v : claimVolumes) {
        if (v.claimName == claimName)
            return true;
    }
    return false;
}

QJsonObject Pod::essentials(const QJsonObject& object)
{
    QJsonObject kept;
    for (const QLatin1StringView key : {"apiVersion"_L1, "kind"_L1}) {
        if (const auto it = object.constFind(key); it != object.constEnd())
            kept.insert(key, *it);
    }
    QJsonObject metadata = metafield::of(object);
    metadata.remove("managedFields"_L1);
    metadata.remove("annotations"_L1);
    kept.insert("metadata"_L1, metadata);

    const QJsonObject spec = object.value("spec"_L1).toObject();
    QJsonObject keptSpec;
    if (const auto it = spec.constFind("nodeName"_L1); it != spec.constEnd())
        keptSpec.insert("nodeName"_L1, *it);
    if (const auto it = spec.constFind("volumes"_L1); it != spec.constEnd())
        keptSpec.insert("volumes"_L1, *it);
    QJsonArray containers;
    for (const QJsonValue& c : spec.value("containers"_L1).toArray())
        containers.append(QJsonObject {{"name"_L1, c.toObject().value("name"_L1)}});
    keptSpec.insert("containers"_L1, containers);
    kept.insert("spec"_L1, keptSpec);

    const QJsonObject status = object.value("status"_L1).toObject();
    QJsonObject keptStatus;
    for (const QLatin1StringView key : {"phase"_L1, "reason"_L1}) {
        if (const auto it = status.constFind(key); it != status.constEnd())
            keptStatus.insert(key, *it);
    }
    if (!keptStatus.isEmpty())
        kept.insert("status"_L1, keptStatus);
    return kept;
}

void Pod::dropUnreadFields()
{
    metadata.uid = QString();
    for (OwnerReference& owner : metadata.ownerReferences)
        owner.uid = QString();
}

void Pod::shareRepeatedTexts()
{
    nodeName = sharedText(nodeName);
    phase = sharedText(phase);
    reason = sharedText(reason);
    containerNames = sharedTexts(containerNames);
    for (PodClaimVolume& volume : claimVolumes)
        volume.volumeName = sharedText(volume.volumeName);
}

Pod Pod::fromJson(const QJsonObject& object)
{
    Pod pod;
    pod.m_json = object;
    pod.metadata = ObjectMeta::fromJson(metafield::of(object));
    const QJsonObject spec = object.value("spec"_L1).toObject();
    pod.nodeName = spec.value("nodeName"_L1).toString();
    PodSpecSummary summary = PodSpecSummary::fromJson(spec, pod.metadata.name);
    pod.containerNames = std::move(summary.containerNames);
    pod.claimVolumes = std::move(summary.claimVolumes);
    const QJsonObject status = object.value("status"_L1).toObject();
    pod.phase = jsonfield::stringOr(status.value("phase"_L1), "Pending"_L1);
    pod.reason = status.value("reason"_L1).toString();
    return pod;
}

} // namespace ase
