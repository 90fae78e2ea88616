// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/PersistentVolumeClaim.h"
#include "models/resources/Workload.h"

#include <QList>
#include <QString>

namespace ase {

/// apps/v1 StatefulSet: a Workload plus its per-pod claim templates.
struct StatefulSet final : Workload
{
    QString serviceName; ///< spec.serviceName
    /// spec.volumeClaimTemplates, each decoded as a claim (name, class, size, modes).
    QList<PersistentVolumeClaim> volumeClaimTemplates;

    /// The claim the controller creates for pod @p ordinal from a template:
    /// "<template>-<statefulset>-<ordinal>".
    QString claimName(const QString& templateName, int ordinal) const;

    static StatefulSet fromJson(const QJsonObject& object);
};

} // namespace ase
