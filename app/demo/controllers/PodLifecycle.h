#pragma once

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

private:
    void syncPod(const QJsonObject& pod);
    void run(const QJsonObject& pod);
    void markUnschedulable(const QJsonObject& pod, const QString& message);
    /// Reserves a matching PV for a WaitForFirstConsumer claim of a class without a
    /// provisioner, as the scheduler's volume binder does; false if none matches.
    bool reserveVolume(const QJsonObject& claim);

    ClusterState& m_state;
};

} // namespace ase::demo
