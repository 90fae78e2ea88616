// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ase::demo {

class ClusterState;
struct SyncScope;

/// The pvc-protection and pv-protection controllers of kube-controller-manager: a claim
/// being deleted keeps `kubernetes.io/pvc-protection` while a scheduled, non-terminated pod
/// uses it; a volume being deleted keeps `kubernetes.io/pv-protection` while it is Bound.
/// (The StorageObjectInUseProtection admission that adds the finalizers is installed by
/// storagerules::install.)
class ProtectionController final
{
public:
    explicit ProtectionController(ClusterState& state);

    void sync(const SyncScope& scope);

private:
    void syncClaim(const QString& ns, const QString& name);
    void syncVolume(const QString& name);

    ClusterState& m_state;
};

} // namespace ase::demo
