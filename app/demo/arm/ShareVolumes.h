// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demo/arm/ArmReply.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ase::demo {

class ClusterState;

/// Share → Kubernetes: the PersistentVolume a device share becomes when it is mounted on
/// the Kubernetes role ("use the share with Edge compute"), reference/azure-stack-edge.md
/// §2.1.
///
/// Documented: PV name = share name, capacity 32Ti, access modes RWO+RWX, volumeMode
/// Filesystem, no StorageClass. **Inferred** (not in any public document, §2.1 says to read
/// them on a device): reclaim policy Retain; the volume source — SMB shares as a flexVolume
/// of driver `microsoft.com/smb` (the doc's claim is named `pvc-smb-flexvol`) with
/// `source: //<device-ip>/<share>`, NFS shares as an in-tree `nfs` source
/// `<device-ip>:/<share>`; the label `databoxedge.microsoft.com/share` naming the share.
class ShareVolumes final
{
public:
    ShareVolumes(ClusterState* cluster, const QString& deviceIp);

    /// The PV a share becomes (share: the ARM share resource).
    QJsonObject persistentVolumeFor(const QJsonObject& share) const;
    /// Creates the share's PV. Without a cluster: nothing. A PV of that name that already
    /// exists for this share is kept (idempotent mount).
    std::optional<CloudError> mount(const QJsonObject& share);
    /// The claim ("ns/name") bound to the share's PV, if any: the PV is Bound with a
    /// claimRef, or a claim names it in spec.volumeName and is Bound.
    std::optional<QString> boundClaim(const QString& shareName) const;
    /// Deletes the share's PV (the pv-protection finalizer keeps it Terminating until it
    /// is not Bound). Absent PV: nothing.
    std::optional<CloudError> unmount(const QString& shareName);

    /// Where the device mounts a share for compute (MountPointMap.mountPoint). Inferred:
    /// the local mount point the legacy IoT Edge modules bind (§2.4).
    static QString mountPointFor(const QString& shareName);

private:
    ClusterState* m_cluster = nullptr;
    QString m_deviceIp;
};

} // namespace ase::demo
