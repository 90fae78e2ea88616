// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demo/controllers/ExternalProvisioner.h"

#include <QLatin1StringView>

namespace ase::demo {

/// The NFS subdir external provisioner (kubernetes-sigs/nfs-subdir-external-provisioner)
/// as users install it on a device's NFS share: the demo's second StorageClass,
/// `nfs-client`, which binds Immediately. For each claim it makes PV `pvc-<claim uid>`: an
/// NFS volume on a directory `<namespace>-<claim>-<pv>` of the share, the claim's access
/// modes (ReadWriteMany included: every node reaches the share), no node affinity.
class NfsSubdirProvisioner final : public ExternalProvisioner
{
public:
    static constexpr QLatin1StringView Name {"cluster.local/nfs-subdir-external-provisioner"};
    /// The StorageClass parameters that say where the share is (the scenario sets them).
    static constexpr QLatin1StringView ServerParameter {"server"};
    static constexpr QLatin1StringView PathParameter {"path"};

    using ExternalProvisioner::ExternalProvisioner;

    QString name() const override { return Name; }
    QString component() const override;

protected:
    std::variant<QJsonObject, QString> makeVolume(
        const QJsonObject& claim, const QJsonObject& storageClass, const QString& node) const override;
};

} // namespace ase::demo
