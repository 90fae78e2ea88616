// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>

namespace ase {

/// Turns an object read from a cluster into clean, re-appliable YAML/JSON: the transform
/// of kubectl-neat v2.0.4 (../shared/reference/kubernetes-api.md §9) plus storage-aware
/// rules, so the result can be applied to another cluster.
///
/// - `kind: List` (or any `...List` with `items`): each item cleaned, list metadata dropped.
/// - `status` dropped.
/// - `metadata` keeps only name, namespace, labels and annotations (uid, resourceVersion,
///   creationTimestamp, generation, selfLink, managedFields, finalizers, ownerReferences,
///   generateName, deletionTimestamp ... go).
/// - Annotations written by the cluster, not by the user, dropped:
///   kubectl.kubernetes.io/last-applied-configuration, pv.kubernetes.io/bind-completed,
///   pv.kubernetes.io/bound-by-controller, volume.kubernetes.io/storage-provisioner,
///   volume.beta.kubernetes.io/storage-provisioner, volume.kubernetes.io/selected-node.
///   Others stay (pv.kubernetes.io/provisioned-by, as kubectl-neat keeps it).
/// - `spec.claimRef` keeps kind, apiVersion, namespace and name (uid and resourceVersion
///   tie it to one cluster's object).
/// - `spec.nodeName` dropped (the scheduler's choice).
/// - Pods: service-account token volumes and mounts (default-token-*, kube-api-access-*)
///   and the deprecated `spec.serviceAccount` dropped; admission adds them again.
/// - core/v1 defaults that Kubernetes' defaulting reproduces on create, removed only
///   where the value is exactly the default: PV and PVC `spec.volumeMode: Filesystem`,
///   PV `spec.persistentVolumeReclaimPolicy: Retain`, PV `spec.hostPath.type: ""`.
/// - Finally, empty maps and arrays are removed recursively. Empty strings stay:
///   `storageClassName: ""` is what makes a PVC bind statically. `emptyDir: {}` stays (a
///   volume source that exists by its presence); a list item that became empty stays `{}`
///   so the positions of the others do not shift.
///
/// Pure function: the input is not modified.
QJsonObject cleanForExport(const QJsonObject& object);

} // namespace ase
