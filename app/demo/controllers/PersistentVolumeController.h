// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/PersistentVolume.h"
#include "models/resources/PersistentVolumeClaim.h"
#include "models/resources/StorageClass.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace ase::demo {

class ClusterState;
struct SyncScope;

/// The PersistentVolume controller (binder) of kube-controller-manager, as
/// pkg/controller/volume/persistentvolume/pv_controller.go runs it and
/// reference/kubernetes-api.md §6 states it: syncClaim (unbound: best match → bind,
/// default class, WaitForFirstConsumer / WaitForPodScheduled, provisioning or FailedBinding;
/// user pre-bound volumeName checks with VolumeMismatch; bound: ClaimLost, ClaimMisbound)
/// and syncVolume (Available, Released, reclaim Retain / Delete / Recycle, unknown policy →
/// Failed, unbinding). The matching rules themselves are models/binding/VolumeBinding.h.
///
/// Driven by DemoControllers; every write goes through ClusterState's controller API and
/// skips writes that would change nothing, so passes converge.
class PersistentVolumeController final
{
public:
    explicit PersistentVolumeController(ClusterState& state);

    /// Syncs the volumes and claims of @p scope (everything when scope.full).
    void sync(const SyncScope& scope);

private:
    /// Caches of one pass.
    struct Pass
    {
        QList<StorageClass> classes;
        QSet<QString> claimsDone;
        QStringList claimQueue; ///< claims a volume sync asked for
    };

    /// Every volume decoded, in name order (the order the binder meets them in), for
    /// matching. Kept between passes, like the informer cache of kube-controller-manager,
    /// and brought up to date from each pass's scope (every change of a volume names it
    /// there), so that matching a claim costs what changed, not what the cluster holds. A
    /// full pass rebuilds it on first use.
    const QList<PersistentVolume>& volumes();
    /// Brings the volume of this name up to date (decoded again, inserted or dropped).
    void refreshVolume(const QString& name);

    void syncClaim(Pass& pass, const QJsonObject& claim);
    void syncUnboundClaim(Pass& pass, const PersistentVolumeClaim& claim);
    void syncBoundClaim(const PersistentVolumeClaim& claim);
    void syncVolume(Pass& pass, const QJsonObject& volume);
    void bind(const PersistentVolume& volume, const PersistentVolumeClaim& claim);
    void unbindVolume(const PersistentVolume& volume);
    /// The volume's claim is gone (or bound elsewhere): Released, then its reclaim policy.
    void releaseAndReclaim(const PersistentVolume& volume);
    void reclaimVolume(const PersistentVolume& volume);
    void provisionClaim(const PersistentVolumeClaim& claim, const QList<StorageClass>& classes);
    bool assignDefaultStorageClass(const PersistentVolumeClaim& claim, const QList<StorageClass>& classes);
    QStringList unscheduledPodsUsing(const PersistentVolumeClaim& claim) const;

    /// updateClaimStatus: phase, and accessModes/capacity from @p volume (reset when null).
    void updateClaimStatus(
        const QString& ns, const QString& name, const QString& phase, const PersistentVolume* volume);
    /// updateClaimStatusWithEvent: only when the phase changes, then the Warning event.
    void updateClaimStatusWithEvent(const PersistentVolumeClaim& claim, const QString& phase,
        const QString& reason, const QString& message);
    /// updateVolumePhase; returns the stored volume.
    QJsonObject updateVolumePhase(const QString& name, const QString& phase, const QString& message = {});
    void claimEvent(const QString& ns, const QString& name, const QString& type, const QString& reason,
        const QString& message);
    void volumeEvent(const QString& name, const QString& type, const QString& reason, const QString& message);

    ClusterState& m_state;
    std::optional<QList<PersistentVolume>> m_volumes;
};

} // namespace ase::demo
