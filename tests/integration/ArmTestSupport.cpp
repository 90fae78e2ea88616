// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ArmTestSupport.h"

#include "app/demo/arm/DeviceState.h"
#include "app/demo/scenario/Scenario.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ase::test {

std::optional<QString> seedShareDevice(
    demo::ClusterState& cluster, demo::DeviceState& device, const QStringList& shareUsers)
{
    if (auto error = demo::Scenario::seedEmpty(cluster, device))
        return error;
    for (const QString& user : shareUsers) {
        if (const auto error
            = device.putUserNow(user, {{u"properties"_s, QJsonObject {{u"userType"_s, u"Share"_s}}}}))
            return u"user "_s + user + u": "_s + error->message;
    }
    if (const auto error = device.putStorageAccountCredentialNow(u"sac1"_s,
            {{u"properties"_s,
                QJsonObject {{u"alias"_s, u"sac1"_s}, {u"sslStatus"_s, u"Enabled"_s},
                    {u"accountType"_s, u"BlobStorage"_s}}}}))
        return u"storage account credential sac1: "_s + error->message;
    return std::nullopt;
}

QJsonObject smbShareBody(const demo::DeviceState& device, const QString& user)
{
    return {{u"properties"_s,
        QJsonObject {{u"description"_s, u""_s}, {u"shareStatus"_s, u"Online"_s},
            {u"monitoringStatus"_s, u"Enabled"_s}, {u"accessProtocol"_s, u"SMB"_s},
            {u"dataPolicy"_s, u"Local"_s},
            {u"userAccessRights"_s,
                QJsonArray {
                    QJsonObject {{u"userId"_s, device.resourceId(demo::DeviceCollection::Users, user)},
                        {u"accessType"_s, u"Change"_s}}}}}}};
}

QJsonObject cloudShareBody(const demo::DeviceState& device, const QString& container)
{
    QJsonObject share = smbShareBody(device);
    QJsonObject properties = share.value(u"properties"_s).toObject();
    properties.insert(u"dataPolicy"_s, u"Cloud"_s);
    properties.insert(u"azureContainerInfo"_s,
        QJsonObject {{u"storageAccountCredentialId"_s,
                         device.resourceId(demo::DeviceCollection::StorageAccountCredentials, u"sac1"_s)},
            {u"containerName"_s, container}, {u"dataFormat"_s, u"BlockBlob"_s}});
    share.insert(u"properties"_s, properties);
    return share;
}

QJsonValue roleStorageEndpoints(const QJsonObject& role)
{
    return role.value(u"properties"_s)
        .toObject()
        .value(u"kubernetesRoleResources"_s)
        .toObject()
        .value(u"storage"_s)
        .toObject()
        .value(u"endpoints"_s);
}

} // namespace ase::test
