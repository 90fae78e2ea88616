// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demo/controllers/ControllerSupport.h"

#include <QObject>
#include <QTimer>

#include <chrono>
#include <memory>
#include <vector>

namespace ase::demo {

class ClusterState;
struct ChangeEvent;
class ExternalProvisioner;
class PersistentVolumeController;
class PodLifecycle;
class ProtectionController;
class WorkloadController;
class WorkIndex;

/// The controllers that run inside the demo cluster, as kube-controller-manager, the
/// scheduler, the kubelet and the local-path provisioner do: one object owns them and drives
/// them in passes. It watches ClusterState::changed (queued, so no write nests inside
/// another), gathers what changed into a SyncScope, and after a short coalescing delay runs
/// one pass: workloads → pods (scheduler, kubelet) → PV controller → provisioners →
/// protection. Every `resyncInterval` (15 s, as the PV controller's resync) a full pass
/// looks at everything again, which is what retries Pending claims and repeats their events.
///
/// Construct it after the ClusterState with storagerules installed (installControllers does
/// both), on the thread that owns the ClusterState.
class DemoControllers final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoControllers)

public:
    explicit DemoControllers(ClusterState& state, QObject* parent = nullptr);
    ~DemoControllers() override;

    /// Period of the full resync (default 15 s). Tests use a short one.
    void setResyncInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds resyncInterval() const;
    /// Delay between a change and the pass that reacts to it (default 20 ms).
    void setCoalesceDelay(std::chrono::milliseconds delay);

    /// Runs a full pass now, then passes until nothing changes any more (at most
    /// @p maxPasses). For the seed scenario and tests; returns true when it settled.
    bool settle(int maxPasses = 50);
    /// Number of passes run so far.
    qint64 passCount() const { return m_passes; }

signals:
    /// After each pass.
    void passFinished();

private:
    void onChanged(const ase::demo::ChangeEvent& event);
    void schedulePass();
    void runPass();

    ClusterState& m_state;
    std::unique_ptr<WorkloadController> m_workloads;
    std::unique_ptr<PodLifecycle> m_pods;
    std::unique_ptr<PersistentVolumeController> m_binder;
    std::vector<std::unique_ptr<ExternalProvisioner>> m_provisioners;
    std::unique_ptr<ProtectionController> m_protection;
    std::unique_ptr<WorkIndex> m_index;
    SyncScope m_scope;
    QTimer m_coalesce;
    QTimer m_resync;
    qint64 m_passes = 0;
    bool m_inPass = false;
};

/// Installs the storage API rules (defaults, admission, validation: storagerules::install)
/// on @p state and starts the controllers; the returned object (owned by @p parent, or by the
/// caller when parent is null) runs them until destroyed. Call once per ClusterState.
DemoControllers* installControllers(ClusterState& state, QObject* parent = nullptr);

} // namespace ase::demo
