// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
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
    void syncStatefulSet(const QString& ns, const QString& name);
    void collectGarbage();
    QJsonObject podFromTemplate(const QJsonObject& podTemplate, const QString& ns, const QString& name,
        const QJsonObject& ownerReference) const;

    ClusterState& m_state;
};

} // namespace ase::demo
