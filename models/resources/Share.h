// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/ArmResource.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ase {

/// Where a cloud share tiers its data (AzureContainerInfo).
struct AzureContainerInfo
{
    QString storageAccountCredentialId; ///< ARM id of a StorageAccountCredential
    QString containerName;
    QString dataFormat; ///< "BlockBlob", "PageBlob" or "AzureFile"
};

/// An SMB user's right on a share (UserAccessRight).
struct UserAccessRight
{
    QString userId; ///< ARM id of a device user
    QString accessType; ///< "Change", "Read" or "Custom"
};

/// An NFS client's right on a share (ClientAccessRight).
struct ClientAccessRight
{
    QString client; ///< an IP address
    QString accessPermission; ///< "NoAccess", "ReadOnly" or "ReadWrite"
};

/// Where a share is mounted for a compute role (MountPointMap, reference §1.8). Used by
/// shares (properties.shareMappings) and roles alike.
struct MountPointMap
{
    QString shareId; ///< ARM id of the share
    QString roleId; ///< ARM id of the role
    QString mountPoint;
    QString mountType; ///< "Volume" or "HostPath"
    QString roleType; ///< "IOT", "Kubernetes", ...

    static MountPointMap fromJson(const QJsonObject& object);
};

/// A share's refresh state (RefreshDetails).
struct RefreshDetails
{
    QString inProgressRefreshJobId;
    QDateTime lastCompletedRefreshJobTimeInUtc; ///< lastCompletedRefreshJobTimeInUTC
    QString errorManifestFile;
    QString lastJob;
};

/// A device share (Microsoft.DataBoxEdge Share).
struct Share final : ArmResource
{
    QString description;
    /// "OK", "Offline", "Unknown", "Updating", "NeedsAttention" — an open enum: the API's
    /// own examples send "Online". Show it as it is.
    QString shareStatus;
    QString monitoringStatus; ///< "Enabled" or "Disabled"
    QString accessProtocol; ///< "SMB" or "NFS"
    QString dataPolicy; ///< "Cloud", "Local", or "" when the device left it out
    std::optional<AzureContainerInfo> azureContainerInfo;
    QList<UserAccessRight> userAccessRights;
    QList<ClientAccessRight> clientAccessRights;
    QList<MountPointMap> shareMappings;
    RefreshDetails refreshDetails;

    bool isSmb() const { return accessProtocol.compare(u"SMB", Qt::CaseInsensitive) == 0; }
    bool isNfs() const { return accessProtocol.compare(u"NFS", Qt::CaseInsensitive) == 0; }
    /// dataPolicy "Cloud", or no dataPolicy but an Azure container (older API versions).
    bool isCloud() const;
    bool isLocal() const { return !isCloud(); }
    /// Mounted for a compute role (has share mappings): the device then shows it as
    /// "used for compute" and Kubernetes has a PV named after it.
    bool isMountedForCompute() const { return !shareMappings.isEmpty(); }

    static Share fromJson(const QJsonObject& object);
};

} // namespace ase
