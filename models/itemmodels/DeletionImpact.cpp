// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/DeletionImpact.h"

#include "models/resources/KindNames.h"
#include "models/resources/ObjectMeta.h"
#include "models/resources/PersistentVolume.h"
#include "models/resources/PersistentVolumeClaim.h"
#include "models/resources/Pod.h"
#include "models/resources/StorageClass.h"

#include <QCoreApplication>

namespace ase {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(DeletionImpact)
};

QStringList podsUsing(const ResourceStore& store, const QString& ns, const QString& claim)
{
    QStringList pods;
    for (const QJsonObject& object : store.referringObjects(kindname::Pod, objectKey(ns, claim))) {
        const Pod pod = Pod::fromJson(object);
        const bool finished = pod.phase == u"Succeeded" || pod.phase == u"Failed";
        if (!finished)
            pods.append(pod.metadata.name);
    }
    pods.sort();
    return pods;
}

void describeReclaim(DeletionImpact& impact, const PersistentVolume& pv)
{
    if (pv.reclaimPolicy == u"Delete") {
        impact.destroysData = true;
        impact.consequences.append(
            Text::tr("The volume %1 has reclaimPolicy Delete: it and the data on it will be destroyed.")
                .arg(pv.metadata.name));
    } else if (pv.reclaimPolicy == u"Retain") {
        impact.consequences.append(
            Text::tr("The volume %1 has reclaimPolicy Retain: it will stay, with its data, as "
                     "Released; it must be cleared before another claim can use it.")
                .arg(pv.metadata.name));
    } else if (pv.reclaimPolicy == u"Recycle") {
        impact.destroysData = true;
        impact.consequences.append(
            Text::tr("The volume %1 has reclaimPolicy Recycle: the data on it will be erased and the "
                     "volume offered to other claims.")
                .arg(pv.metadata.name));
    }
}

DeletionImpact assessClaim(const QJsonObject& object, const ResourceStore& store)
{
    DeletionImpact impact;
    const PersistentVolumeClaim pvc = PersistentVolumeClaim::fromJson(object);
    const QStringList pods = podsUsing(store, pvc.metadata.ns, pvc.metadata.name);
    if (!pods.isEmpty() && pvc.metadata.finalizers.contains(QStringLiteral("kubernetes.io/pvc-protection"))) {
        impact.staysTerminating = true;
        impact.consequences.append(
            Text::tr("The claim is used by %n pod(s) (%1): it will stay Terminating until "
                     "they are deleted.",
                nullptr, int(pods.size()))
                .arg(pods.join(QStringLiteral(", "))));
    }
    if (!pvc.volumeName.isEmpty()) {
        const QJsonObject pvObject = store.object(kindname::PersistentVolume, pvc.volumeName);
        if (!pvObject.isEmpty())
            describeReclaim(impact, PersistentVolume::fromJson(pvObject));
        else
            impact.consequences.append(
                Text::tr("The claim names the volume %1, which this connection cannot see: what happens "
                         "to its data depends on that volume's reclaimPolicy. Check it before deleting "
                         "(kubectl get pv %1).")
                    .arg(pvc.volumeName));
    } else {
        impact.consequences.append(Text::tr("The claim is not bound to a volume: no data is affected."));
    }
    return impact;
}

DeletionImpact assessVolume(const QJsonObject& object, const ResourceStore& store)
{
    DeletionImpact impact;
    const PersistentVolume pv = PersistentVolume::fromJson(object);
    if (pv.phase == u"Bound" && pv.claimRef) {
        impact.staysTerminating
            = pv.metadata.finalizers.contains(QStringLiteral("kubernetes.io/pv-protection"));
        impact.consequences.append(
            Text::tr("The volume is bound to the claim %1/%2: it will stay Terminating "
                     "until that claim is deleted.")
                .arg(pv.claimRef->ns, pv.claimRef->name));
    }
    if (store.contains(kindname::Share, pv.metadata.name))
        impact.consequences.append(
            Text::tr("The device share %1 stays; the device may create this volume again while "
                     "the share is mounted for Edge compute.")
                .arg(pv.metadata.name));
    impact.consequences.append(
        Text::tr("Deleting a PersistentVolume object does not delete the storage behind it."));
    return impact;
}

DeletionImpact assessClass(const QJsonObject& object, const ResourceStore& store)
{
    DeletionImpact impact;
    const StorageClass sc = StorageClass::fromJson(object);
    int claims = 0;
    for (const QJsonObject& pvc : store.objects(kindname::PersistentVolumeClaim))
        if (PersistentVolumeClaim::fromJson(pvc).storageClassName == sc.metadata.name)
            ++claims;
    if (claims > 0)
        impact.consequences.append(
            Text::tr("%n claim(s) name this class; existing volumes stay, but new claims "
                     "of this class will not be provisioned.",
                nullptr, claims));
    else
        impact.consequences.append(Text::tr("No claim uses this class."));
    return impact;
}

} // namespace

DeletionImpact assessDeletion(const QString& kind, const QJsonObject& object, const ResourceStore& store)
{
    if (kind == kindname::PersistentVolumeClaim)
        return assessClaim(object, store);
    if (kind == kindname::PersistentVolume)
        return assessVolume(object, store);
    if (kind == kindname::StorageClass)
        return assessClass(object, store);
    return {};
}

} // namespace ase
