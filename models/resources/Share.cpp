// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/Share.h"

#include "models/resources/KubeTime.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ase {

MountPointMap MountPointMap::fromJson(const QJsonObject& object)
{
    MountPointMap m;
    m.shareId = object.value("shareId"_L1).toString();
    m.roleId = object.value("roleId"_L1).toString();
    m.mountPoint = object.value("mountPoint"_L1).toString();
    m.mountType = object.value("mountType"_L1).toString();
    m.roleType = object.value("roleType"_L1).toString();
    return m;
}

bool Share::isCloud() const
{
    if (dataPolicy.isEmpty())
        return azureContainerInfo.has_value();
    return dataPolicy.compare(u"Cloud", Qt::CaseInsensitive) == 0;
}

Share Share::fromJson(const QJsonObject& object)
{
    Share s;
    s.decodeEnvelope(object);
    const QJsonObject p = object.value("properties"_L1).toObject();
    s.description = p.value("description"_L1).toString();
    s.shareStatus = p.value("shareStatus"_L1).toString();
    s.monitoringStatus = p.value("monitoringStatus"_L1).toString();
    s.accessProtocol = p.value("accessProtocol"_L1).toString();
    s.dataPolicy = p.value("dataPolicy"_L1).toString();
    if (const QJsonValue v = p.value("azureContainerInfo"_L1); v.isObject()) {
        const QJsonObject info = v.toObject();
        s.azureContainerInfo = AzureContainerInfo {info.value("storageAccountCredentialId"_L1).toString(),
            info.value("containerName"_L1).toString(), info.value("dataFormat"_L1).toString()};
    }
    for (const QJsonValue& v : p.value("userAccessRights"_L1).toArray()) {
        const QJsonObject r = v.toObject();
        s.userAccessRights.append({r.value("userId"_L1).toString(), r.value("accessType"_L1).toString()});
    }
    for (const QJsonValue& v : p.value("clientAccessRights"_L1).toArray()) {
        const QJsonObject r = v.toObject();
        s.clientAccessRights.append(
            {r.value("client"_L1).toString(), r.value("accessPermission"_L1).toString()});
    }
    s.shareMappings = fromJsonArray<MountPointMap>(p.value("shareMappings"_L1).toArray());
    const QJsonObject refresh = p.value("refreshDetails"_L1).toObject();
    s.refreshDetails.inProgressRefreshJobId = refresh.value("inProgressRefreshJobId"_L1).toString();
    s.refreshDetails.lastCompletedRefreshJobTimeInUtc
        = parseJsonTime(refresh.value("lastCompletedRefreshJobTimeInUTC"_L1), MissingOffset::AssumeUtc);
    s.refreshDetails.errorManifestFile = refresh.value("errorManifestFile"_L1).toString();
    s.refreshDetails.lastJob = refresh.value("lastJob"_L1).toString();
    return s;
}

} // namespace ase
