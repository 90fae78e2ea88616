// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/Workload.h"

namespace ase {

/// apps/v1 Deployment (replicas, ready pods, the claims of its pod template).
struct Deployment final : Workload
{
    static Deployment fromJson(const QJsonObject& object);
};

} // namespace ase
