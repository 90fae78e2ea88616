// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demo/ApiErrors.h"

#include <QJsonObject>
#include <QList>

namespace ase::demo {

class ClusterState;

/// What the API server does to storage objects before it stores them, as Kubernetes does
/// (reference/kubernetes-api.md §6; k/k pkg/apis/core/v1/defaults.go,
/// pkg/apis/core/validation/validation.go, pkg/apis/storage/validation, the
/// DefaultStorageClass and StorageObjectInUseProtection admission plug-ins):
///
/// - defaults: PV phase Pending, reclaim policy Retain, volumeMode Filesystem; PVC phase
///   Pending, volumeMode Filesystem; StorageClass reclaimPolicy Delete, volumeBindingMode
///   Immediate; Deployment/StatefulSet replicas 1; Pod phase Pending;
/// - admission: the default class for claims created without any class; the finalizers
///   `kubernetes.io/pvc-protection` and `kubernetes.io/pv-protection` on create; malformed
///   quantities refused as the decoder refuses them (400 "... cannot be handled as a ...");
/// - validation with Kubernetes' wording (required fields, supported values, immutable
///   claim spec, StorageClass updates).
namespace storagerules {

/// Installs every hook above on @p state.
void install(ClusterState& state);

/// ValidatePersistentVolumeClaim(+Update when @p oldObject is set), spec part only.
QList<FieldError> validateClaim(const QJsonObject& claim, const QJsonObject* oldObject);
/// ValidatePersistentVolume(+Update), spec part only.
QList<FieldError> validateVolume(const QJsonObject& volume, const QJsonObject* oldObject);
/// ValidateStorageClass(+Update), without metadata.
QList<FieldError> validateStorageClass(const QJsonObject& storageClass, const QJsonObject* oldObject);

} // namespace storagerules

} // namespace ase::demo
