// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/AccessModes.h"
#include "models/resources/JsonResource.h"
#include "models/resources/ObjectMeta.h"
#include "models/resources/Quantity.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace ase {

/// core/v1 PersistentVolume: what the PV table, the details view and the binder read.
struct PersistentVolume final : JsonResource
{
    ObjectMeta metadata;

    // spec
    std::optional<Quantity> capacity; ///< spec.capacity.storage; nullopt when absent or malformed
    AccessModes accessModes;
    QString reclaimPolicy; ///< "Retain" (the default when absent), "Delete", "Recycle"
    QString storageClassName; ///< effective class per §6 ("" = no class)
    bool storageClassSpecified = false; ///< beta annotation or spec.storageClassName present
    QString volumeMode; ///< "Filesystem" (also when absent) or "Block"
    std::optional<ObjectReference> claimRef;
    QString volumeAttributesClassName;
    /// The volume source: the spec key that holds it ("csi", "hostPath", "local", "nfs",
    /// "flexVolume", "iscsi", ...); empty if none is recognised.
    QString sourceType;
    /// A short detail of the source: the driver for csi and flexVolume, the path for
    /// hostPath and local, "server:path" for nfs; empty otherwise.
    QString sourceDetail;
    /// spec.nodeAffinity.required terms as kubectl describe prints them, one string per
    /// term (terms are alternatives): "kubernetes.io/hostname in [k8s-node1]"; expressions of
    /// one term joined by ", "; "<none>" for a term without expressions.
    QStringList nodeAffinityTerms;
    /// The node a local volume is pinned to: set when there is exactly one term whose
    /// expression on kubernetes.io/hostname is `In` with a single value.
    QString nodeAffinityHostname;

    // status
    QString phase; ///< "Pending" (the default when absent), "Available", "Bound", "Released", "Failed"
    QString reason; ///< status.reason
    QString message; ///< status.message
    QDateTime lastPhaseTransitionTime;

    // annotations the binder reads
    bool boundByController = false; ///< pv.kubernetes.io/bound-by-controller present
    QString provisionedBy; ///< pv.kubernetes.io/provisioned-by

    /// claimRef's "ns/name", or "" when unclaimed (kubectl's CLAIM column).
    QString claimKey() const { return claimRef ? claimRef->key() : QString(); }

    static PersistentVolume fromJson(const QJsonObject& object);
    /// Keeps of json() only spec.nodeAffinity, which the binding rules read (see forCache()).
    void dropUnreadJson();
    /// Shares the texts many volumes repeat (class, phase, source, node...): see forCache().
    void shareRepeatedTexts();
    /// Drops what the readers of cached volumes (the graph, the binding rules) do not read:
    /// the volume's uid, and its claimRef's resourceVersion and fieldPath; the claimRef's
    /// uid stays (a volume reserved for a claim names its uid). See forCache().
    void dropUnreadFields();
};

} // namespace ase
