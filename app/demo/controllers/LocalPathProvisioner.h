// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demo/controllers/ExternalProvisioner.h"

#include <QLatin1StringView>

namespace ase::demo {

/// The `rancher.io/local-path` external provisioner behind the device's built-in
/// StorageClass `ase-node-local` (reference/azure-stack-edge.md §2.2). It needs the node the
/// scheduler chose and makes PV `pvc-<claim uid>`: hostPath on that node's data disk, node
/// affinity to the node, the class and its reclaim policy, `pv.kubernetes.io/provisioned-by`
/// and, for Delete, the finalizer `kubernetes.io/pv-controller`. As upstream, it refuses
/// access modes other than ReadWriteOnce and ReadWriteOncePod ("NodePath only supports
/// ReadWriteOnce and ReadWriteOncePod (1.22+) access modes") and a claim without a node.
class LocalPathProvisioner final : public ExternalProvisioner
{
public:
    static constexpr QLatin1StringView Name {"rancher.io/local-path"};
    /// Where the provisioner keeps volume directories on the node.
    static constexpr QLatin1StringView BasePath {"/var/lib/rancher/local-path-provisioner"};

    using ExternalProvisioner::ExternalProvisioner;

    QString name() const override { return Name; }
    QString component() const override;

    /// The PV this provisioner creates for a claim (tests and the scenario use it).
    static QJsonObject volumeFor(
        const QJsonObject& claim, const QJsonObject& storageClass, const QString& node);

protected:
    std::variant<QJsonObject, QString> makeVolume(
        const QJsonObject& claim, const QJsonObject& storageClass, const QString& node) const override;
};

} // namespace ase::demo
