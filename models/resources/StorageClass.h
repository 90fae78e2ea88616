// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/JsonResource.h"
#include "models/resources/ObjectMeta.h"

#include <QMap>
#include <QString>

namespace ase {

/// The class a PV or a claim asks for, read as the PV controller reads it
/// (reference/kubernetes-api.md §6).
struct StorageClassRequest
{
    /// The beta annotation `volume.beta.kubernetes.io/storage-class` if present, else
    /// spec.storageClassName, else "" (nil and "" both mean "no class").
    QString name;
    /// The beta annotation is present or spec.storageClassName is non-null. A claim without
    /// it is the only kind the DefaultStorageClass admission gives the default class to;
    /// `storageClassName: ""` is "no class" and never defaulted.
    bool specified = false;

    /// Reads metadata.annotations and spec of a PV or PVC object.
    static StorageClassRequest fromObject(const ObjectMeta& metadata, const QJsonObject& spec);
};

/// storage.k8s.io/v1 StorageClass.
struct StorageClass final : JsonResource
{
    ObjectMeta metadata;
    QString provisioner; ///< e.g. "rancher.io/local-path"
    QString reclaimPolicy; ///< "Delete" (the default when absent) or "Retain"
    QString volumeBindingMode; ///< "Immediate" (the default when absent) or "WaitForFirstConsumer"
    bool allowVolumeExpansion = false;
    QMap<QString, QString> parameters;
    /// `storageclass.kubernetes.io/is-default-class` or its beta twin is exactly "true".
    bool isDefault = false;

    bool waitsForFirstConsumer() const { return volumeBindingMode == u"WaitForFirstConsumer"; }

    static StorageClass fromJson(const QJsonObject& object);
};

} // namespace ase
