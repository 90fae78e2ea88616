// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/ResourceStore.h"

#include <QStringList>

namespace ase {

/// What deleting an object will do, in sentences, before the user confirms: finalizers that
/// keep it Terminating, pods that still use a claim, and whether the reclaim policy
/// destroys the data.
struct DeletionImpact
{
    QStringList consequences;
    bool destroysData = false; ///< a Delete reclaim policy will remove the data
    bool staysTerminating = false; ///< a finalizer will hold the object until ...
};

DeletionImpact assessDeletion(const QString& kind, const QJsonObject& object, const ResourceStore& store);

} // namespace ase
