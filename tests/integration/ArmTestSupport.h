// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace ase::demo {
class ClusterState;
class DeviceState;
} // namespace ase::demo

// What the tests of the device (ARM) API share: the seeded device and the share bodies they PUT.
namespace ase::test {

/// The device the share tests start from: the empty scenario (namespaces, ase-node-local,
/// the device and its Kubernetes role), the share users `shareUsers` and the storage
/// account credential "sac1". An error message when a write fails.
std::optional<QString> seedShareDevice(
    demo::ClusterState& cluster, demo::DeviceState& device, const QStringList& shareUsers);

/// The body of a local SMB share that gives `user` Change access.
QJsonObject smbShareBody(const demo::DeviceState& device, const QString& user = QStringLiteral("shareuser1"));

/// The body of an SMB share whose data tiers to `container` through "sac1".
QJsonObject cloudShareBody(const demo::DeviceState& device, const QString& container);

/// properties.kubernetesRoleResources.storage.endpoints of a Kubernetes role resource.
QJsonValue roleStorageEndpoints(const QJsonObject& role);

} // namespace ase::test
