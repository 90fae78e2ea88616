// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace ase::demo {

class ClusterState;
class DeviceState;

/// The seed data of the demo device: what a newcomer sees and what the tests run against.
/// Everything goes through ClusterState's API (and DeviceState's, for the device side), so
/// the admission hooks and the controllers (binder, provisioner, workloads) take it from
/// there as on a real cluster: the scenario writes claims Pending and lets them bind.
///
/// `default`: one Azure Stack Edge Pro GPU device with a Kubernetes role; share users, a
/// storage account credential; local SMB, local NFS and cloud (tiered) SMB shares mounted
/// for Edge compute (their PVs appear), one more SMB share not mounted; namespaces;
/// the StorageClass `ase-node-local`; claims bound to the share PVs, Pending for
/// different reasons, one that will be Lost; pods; the MySQL Deployment of the device
/// documentation on `ase-node-local`; events.
///
/// `empty`: the device and its Kubernetes role, the namespaces and `ase-node-local` only.
///
/// `ase-node-local` is **not** marked default: the reference does not say (§2.2), the
/// documentation always names the class in its claims, and the share claims use `""`.
class Scenario final
{
public:
    /// The names `seed` knows.
    static QStringList names();
    /// Seeds a named scenario; an error message when the name is unknown or a write fails.
    static std::optional<QString> seed(const QString& name, ClusterState& cluster, DeviceState& device);
    static std::optional<QString> seedDefault(ClusterState& cluster, DeviceState& device);
    static std::optional<QString> seedEmpty(ClusterState& cluster, DeviceState& device);
    /// `--objects N`: N PV/PVC pairs (already bound to each other, on `ase-node-local`)
    /// and N pods using them, spread over the namespaces `load-00`..`load-09` (created).
    static std::optional<QString> seedObjects(ClusterState& cluster, int count);

    /// The node the demo cluster has (pods' spec.nodeName, local PVs' node affinity).
    static QString nodeName();
};

} // namespace ase::demo
