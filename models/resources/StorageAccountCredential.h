// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/ArmResource.h"

#include <QString>

namespace ase {

/// A storage account credential (Microsoft.DataBoxEdge StorageAccountCredential): the
/// Azure storage account a cloud share tiers to. The account key and connection string are
/// secrets and never decoded.
struct StorageAccountCredential final : ArmResource
{
    QString alias;
    QString userName; ///< the storage account name
    QString sslStatus; ///< "Enabled" or "Disabled"
    QString accountType; ///< "GeneralPurposeStorage" or "BlobStorage"
    QString blobDomainName;
    QString storageAccountId; ///< ARM id of the Azure storage account

    static StorageAccountCredential fromJson(const QJsonObject& object);
};

} // namespace ase
