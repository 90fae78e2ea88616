// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/JsonResource.h"
#include "models/resources/ObjectMeta.h"
#include "models/resources/Pod.h"

namespace ase {

/// What Deployments and StatefulSets share for the storage views: how many pods, how many
/// ready, and the claims their pod template mounts.
struct Workload : JsonResource
{
    ObjectMeta metadata;
    int replicas = 1; ///< spec.replicas (1 when absent, as apps/v1 defaults it)
    int readyReplicas = 0; ///< status.readyReplicas
    PodSpecSummary podTemplate; ///< spec.template.spec (ephemeral claim names left empty)

protected:
    /// Fills the members above from a Deployment or StatefulSet object.
    void decodeWorkload(const QJsonObject& object);
};

} // namespace ase
