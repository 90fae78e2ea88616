// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLatin1StringView>

/// Annotation and label keys Kubernetes' storage controllers and kubectl use
/// (reference/kubernetes-api.md §6, §9).
namespace ase::keys {

/// Claim or PV class, read before spec.storageClassName.
inline constexpr QLatin1StringView BetaStorageClass {"volume.beta.kubernetes.io/storage-class"};
/// StorageClass marked as the default ("true").
inline constexpr QLatin1StringView IsDefaultClass {"storageclass.kubernetes.io/is-default-class"};
inline constexpr QLatin1StringView BetaIsDefaultClass {"storageclass.beta.kubernetes.io/is-default-class"};
/// Set on a claim once the PV controller finished binding it.
inline constexpr QLatin1StringView BindCompleted {"pv.kubernetes.io/bind-completed"};
/// Set on a PV/claim when the controller (not the user) chose the binding.
inline constexpr QLatin1StringView BoundByController {"pv.kubernetes.io/bound-by-controller"};
/// The plugin that provisioned a PV.
inline constexpr QLatin1StringView ProvisionedBy {"pv.kubernetes.io/provisioned-by"};
/// The node the scheduler chose for a WaitForFirstConsumer claim.
inline constexpr QLatin1StringView SelectedNode {"volume.kubernetes.io/selected-node"};
/// The external provisioner asked to provision a claim.
inline constexpr QLatin1StringView StorageProvisioner {"volume.kubernetes.io/storage-provisioner"};
inline constexpr QLatin1StringView BetaStorageProvisioner {"volume.beta.kubernetes.io/storage-provisioner"};
/// kubectl apply's record of the last applied manifest.
inline constexpr QLatin1StringView LastAppliedConfiguration {
    "kubectl.kubernetes.io/last-applied-configuration"};
/// The node label local volumes are pinned with.
inline constexpr QLatin1StringView HostnameLabel {"kubernetes.io/hostname"};

} // namespace ase::keys
