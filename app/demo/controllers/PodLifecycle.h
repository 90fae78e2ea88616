// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/PersistentVolume.h"
#include "models/resources/PersistentVolumeClaim.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ase::demo {

class ClusterState;
struct SyncScope;

/// The scheduler and the kubelet of the demo's one node (demonode::Name), for what storage
/// needs: a Pending pod is scheduled only when every claim it uses is Bound. Until then it
/// keeps `PodScheduled: False` (Unschedulable) and a Warning `FailedScheduling` event with the
/// scheduler's text ("0/1 nodes are available: pod has unbound immediate
/// PersistentVolumeClaims. preemption: ..."). A claim of a WaitForFirstConsumer class gets
/// `volume.kubernetes.io/selected-node` so that its provisioner runs (or, for a class
/// without a provisioner, a matching PV is reserved for it). Once scheduled, the pod runs:
/// nodeName, Running, conditions, container statuses, pod IP, and the Scheduled / Pulled /
/// Created / Started events.
class PodLifecycle final
{
public:
    explicit PodLifecycle(ClusterState& state);

    void sync(const SyncScope& scope);

    /// The scheduler's FailedScheduling text for a one-node cluster: @p preFilter is a
    /// pre-filter status ("pod has unbound immediate PersistentVolumeClaims"), else
    /// @p nodeReason a node's ("node(s) didn't find available persistent volumes to bind").
    static QString unschedulableMessage(const QString& preFilter, const QString& nodeReason = {});

    /// The scheduler's volume choice for a pod's unbound WaitForFirstConsumer claims on the
    /// demo node: the claims in order of requested size, each the smallest volume of its
    /// class with its access modes, reachable from the node (node affinity) and not taken
    /// by an earlier claim. The choices in the claims' sorted order, or {} when one claim
    /// finds none.
    struct VolumeChoice
    {
        PersistentVolumeClaim claim;
        QString volume;
    };
    static QList<VolumeChoice> chooseVolumes(
        QList<PersistentVolumeClaim> claims, const QList<PersistentVolume>& volumes);

    /// What the kubelet writes once it has started the pod's containers on the demo node:
    /// phase Running, conditions, IPs, and a running status per container. @p pod must have
    /// its uid (the pod IP and container IDs derive from it).
    static QJsonObject runningStatus(const QJsonObject& pod, const QString& time);

private:
    void syncPod(const QJsonObject& pod);
    void run(const QJsonObject& pod);
    void markUnschedulable(const QJsonObject& pod, const QString& message);
    /// The kubelet's reason a container cannot be configured (a Secret an env var takes
    /// its value from is missing, or its key): `secret "x" not found`; "" when none.
    QString containerConfigError(const QJsonObject& pod) const;
    /// The pod stays Pending on the node, its containers waiting with
    /// CreateContainerConfigError, and a Warning `Failed` event "Error: <message>".
    void markConfigError(const QJsonObject& pod, const QString& message);
    /// Reserves a matching PV for each WaitForFirstConsumer claim of a class without a
    /// provisioner, as the scheduler's volume binder does (see chooseVolumes); nothing is
    /// reserved and false is returned unless every claim finds one.
    bool reserveVolumes(const QList<PersistentVolumeClaim>& claims);

    ClusterState& m_state;
};

} // namespace ase::demo
