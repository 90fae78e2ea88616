// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/ArmResource.h"

#include <QList>
#include <QString>

namespace ase {

/// A user's right on a share, as the device reports it on the user (ShareAccessRight).
struct ShareAccessRight
{
    QString shareId; ///< ARM id of the share
    QString accessType; ///< "Change", "Read" or "Custom"
};

/// A device user (Microsoft.DataBoxEdge User). The password is never decoded.
struct DeviceUser final : ArmResource
{
    QString userType; ///< "Share", "LocalManagement" or "ARM"
    QList<ShareAccessRight> shareAccessRights; ///< read-only

    static DeviceUser fromJson(const QJsonObject& object);
};

} // namespace ase
