// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/JsonResource.h"

#include <QJsonObject>
#include <QString>
#include <QStringView>

namespace ase {

/// The last segment of an ARM resource id: ".../shares/share1" → "share1" (how a share,
/// user or storage account credential id names its resource). The id itself if it has
/// no slash; "" for "".
QString armIdName(QStringView id);

/// The ARM envelope every Microsoft.DataBoxEdge resource shares: id, name, type
/// (all read-only) and `properties`.
struct ArmResource : JsonResource
{
    QString id; ///< full ARM id, ".../dataBoxEdgeDevices/dev/shares/share1"
    QString name; ///< "share1"
    QString type; ///< inconsistent across the API ("dataBoxEdgeDevices/shares"...): don't depend on it

    /// The `properties` object of the original JSON.
    QJsonObject properties() const;

protected:
    /// Keeps @p object as json() and fills id, name, type.
    void decodeEnvelope(const QJsonObject& object);
};

} // namespace ase
