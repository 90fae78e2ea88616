// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/AccessModes.h"
#include "models/resources/JsonResource.h"
#include "models/resources/ObjectMeta.h"
#include "models/resources/Quantity.h"

#include <QJsonObject>
#include <QString>

#include <optional>

namespace ase {

/// core/v1 PersistentVolumeClaim: what the PVC table, the details view and the binder read.
struct PersistentVolumeClaim final : JsonResource
{
    ObjectMeta metadata;

    // spec
    std::optional<Quantity> requestedStorage; ///< spec.resources.requests.storage
    AccessModes accessModes;
    QString storageClassName; ///< effective class per §6 ("" = no class)
    bool storageClassSpecified = false; ///< beta annotation or spec.storageClassName present
    QString volumeName; ///< spec.volumeName ("" = not pre-bound / not bound)
    QString volumeMode; ///< "Filesystem" (also when absent) or "Block"
    QJsonObject selector; ///< spec.selector (LabelSelector); empty = none
    QString volumeAttributesClassName;

    // status
    QString phase; ///< "Pending" (the default when absent), "Bound", "Lost"
    std::optional<Quantity> capacity; ///< status.capacity.storage
    AccessModes statusAccessModes; ///< status.accessModes

    // annotations the binder reads
    bool bindCompleted = false; ///< pv.kubernetes.io/bind-completed present
    bool boundByController = false; ///< pv.kubernetes.io/bound-by-controller present
    QString selectedNode; ///< volume.kubernetes.io/selected-node
    /// volume.kubernetes.io/storage-provisioner, else its beta twin.
    QString storageProvisioner;

    static PersistentVolumeClaim fromJson(const QJsonObject& object);
    /// Keeps of json() only spec.selector and spec.accessModes, which the binding rules read
    /// (see forCache()).
    void dropUnreadJson();
    /// Shares the texts many claims repeat (class, phase, node...): see forCache().
    void shareRepeatedTexts();
};

} // namespace ase
