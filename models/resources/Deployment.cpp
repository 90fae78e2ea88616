// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/Deployment.h"

namespace ase {

Deployment Deployment::fromJson(const QJsonObject& object)
{
    Deployment d;
    d.decodeWorkload(object);
    return d;
}

} // namespace ase
