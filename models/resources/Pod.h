// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/JsonResource.h"
#include "models/resources/ObjectMeta.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ase {

/// A pod volume backed by a claim: `persistentVolumeClaim` or a generic `ephemeral` volume.
struct PodClaimVolume
{
    QString volumeName; ///< spec.volumes[].name
    /// persistentVolumeClaim.claimName; for an ephemeral volume the claim Kubernetes
    /// creates, "<pod name>-<volume name>" (empty in a workload's pod template).
    QString claimName;
    bool readOnly = false; ///< persistentVolumeClaim.readOnly
    bool ephemeral = false;
};

/// The parts of a PodSpec the storage views need (pods and workload templates alike).
struct PodSpecSummary
{
    QList<PodClaimVolume> claimVolumes;
    QStringList containerNames; ///< spec.containers[].name, in order

    /// Decodes a PodSpec; @p podName names ephemeral claims (empty for templates).
    static PodSpecSummary fromJson(const QJsonObject& spec, const QString& podName = {});
};

/// core/v1 Pod: which claims it uses, where it runs, its phase.
struct Pod final : JsonResource
{
    ObjectMeta metadata;
    QString nodeName; ///< spec.nodeName ("" = not scheduled)
    QStringList containerNames; ///< spec.containers[].name
    QList<PodClaimVolume> claimVolumes;
    QString phase; ///< "Pending" (the default when absent), "Running", "Succeeded", "Failed", "Unknown"
    QString reason; ///< status.reason, e.g. "Evicted"

    /// The claim names its volumes use, in volume order, without repeats.
    QStringList claimNames() const;
    bool usesClaim(const QString& claimName) const;
    /// Succeeded or Failed: no longer holds its volumes.
    bool isTerminated() const { return phase == u"Succeeded" || phase == u"Failed"; }

    static Pod fromJson(const QJsonObject& object);
    /// Shares the texts many pods repeat (node, phase, container names): see forCache().
    void shareRepeatedTexts();
    /// Drops what the readers of cached pods (the graph) do not read: the pod's uid and its
    /// owners' uids (a workload is named by its owner's kind and name). See forCache().
    void dropUnreadFields();

    /// The parts of a pod the storage views read — kind and apiVersion; metadata without
    /// managedFields and annotations; spec.nodeName, spec.volumes and the containers' names;
    /// status.phase and status.reason — so that a cluster's pods cost a fraction of their
    /// full size in memory. fromJson() of the result equals fromJson() of the whole pod.
    /// Whoever shows a pod in full fetches it from the server.
    static QJsonObject essentials(const QJsonObject& object);
};

} // namespace ase
