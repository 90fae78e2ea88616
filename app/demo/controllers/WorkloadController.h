// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace ase::demo {

class ClusterState;
struct SyncScope;

/// The deployment, replicaset and statefulset controllers in one: a Deployment's pods are
/// named `<deployment>-<pod-template-hash>-<5 chars>` and owned by ReplicaSet
/// `<deployment>-<hash>`; a StatefulSet creates claims `<template>-<sts>-<ordinal>` from its
/// volumeClaimTemplates and pods `<sts>-<ordinal>` (OrderedReady: one at a time, each once
/// the previous runs). Scaling adds or removes pods; a changed template replaces them; pods
/// whose owner is gone are deleted (the garbage collector). Status (replicas,
/// readyReplicas, conditions) follows the pods; events are the controllers' own.
class WorkloadController final
{
public:
    explicit WorkloadController(ClusterState& state);

    void sync(const SyncScope& scope);

    /// pod-template-hash / controller-revision-hash of a pod template: FNV-32a of its JSON,
    /// rendered like rand.SafeEncodeString (e.g. "7d4b9c8f6d").
    static QString templateHash(const QJsonObject& podTemplate);

private:
    void syncDeployment(const QString& ns, const QString& name);
    void writeDeploymentStatus(
        const QJsonObject& deployment, const QList<QJsonObject>& current, const QString& replicaSetName);
    void syncStatefulSet(const QString& ns, const QString& name);
    /// The StatefulSet's pods by ordinal.
    QMap<int, QJsonObject> statefulSetPods(const QString& ns, const QString& name) const;
    /// The claims of pod @p podName from the StatefulSet's claim templates, created when
    /// missing; @p claimVolumes gets the pod's volumes for them. False when one failed.
    bool createOrdinalClaims(const QJsonObject& sts, const QString& podName, QJsonArray* claimVolumes);
    void writeStatefulSetStatus(
        const QJsonObject& sts, const QMap<int, QJsonObject>& pods, const QString& revision);
    void statefulSetEvent(
        const QJsonObject& sts, const QString& type, const QString& reason, const QString& message);
    void collectGarbage();
    QJsonObject podFromTemplate(const QJsonObject& podTemplate, const QString& ns, const QString& name,
        const QJsonObject& ownerReference) const;

    ClusterState& m_state;
};

} // namespace ase::demo
