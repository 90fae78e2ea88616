// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/arm/DeviceState.h"

#include "app/demo/ClusterState.h"
#include "app/demo/arm/ArmRequestChecks.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace ase::demo {

using namespace requestcheck;

namespace {

QString key(const QString& name)
{
    return name.toLower();
}

QString isoTime(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString collectionSingular(DeviceCollection collection)
{
    switch (collection) {
    case DeviceCollection::Shares:
        return u"share"_s;
    case DeviceCollection::Users:
        return u"user"_s;
    case DeviceCollection::StorageAccountCredentials:
        return u"storage account credential"_s;
    case DeviceCollection::Roles:
        return u"role"_s;
    }
    return {};
}

QStringList endpointShareIds(const QJsonObject& role)
{
    QStringList ids;
    const QJsonArray endpoints = role.value(u"properties"_s)
                                     .toObject()
                                     .value(u"kubernetesRoleResources"_s)
                                     .toObject()
                                     .value(u"storage"_s)
                                     .toObject()
                                     .value(u"endpoints"_s)
                                     .toArray();
    for (const QJsonValue& endpoint : endpoints)
        ids.append(endpoint.toObject().value(u"shareId"_s).toString());
    return ids;
}

} // namespace

DeviceState::DeviceState(const ArmIdentity& identity, ClusterState* cluster, QObject* parent)
    : QObject(parent)
    , m_identity(identity)
    , m_cluster(cluster)
    , m_volumes(cluster, identity.dataIp)
    , m_encryption(std::make_unique<DeviceEncryption>())
{ }

DeviceState::~DeviceState() = default;

QString DeviceState::deviceId() const
{
    return u"/subscriptions/"_s + m_identity.subscriptionId + u"/resourceGroups/"_s + m_identity.resourceGroup
        + u"/providers/Microsoft.DataBoxEdge/dataBoxEdgeDevices/"_s + m_identity.deviceName;
}

QString DeviceState::collectionPath(DeviceCollection collection)
{
    switch (collection) {
    case DeviceCollection::Shares:
        return u"shares"_s;
    case DeviceCollection::Users:
        return u"users"_s;
    case DeviceCollection::StorageAccountCredentials:
        return u"storageAccountCredentials"_s;
    case DeviceCollection::Roles:
        return u"roles"_s;
    }
    return {};
}

QString DeviceState::resourceId(DeviceCollection collection, const QString& name) const
{
    return deviceId() + u'/' + collectionPath(collection) + u'/' + name;
}

QMap<QString, QJsonObject>& DeviceState::store(DeviceCollection collection)
{
    switch (collection) {
    case DeviceCollection::Shares:
        return m_shares;
    case DeviceCollection::Users:
        return m_users;
    case DeviceCollection::StorageAccountCredentials:
        return m_sacs;
    case DeviceCollection::Roles:
        break;
    }
    return m_roles;
}

const QMap<QString, QJsonObject>& DeviceState::store(DeviceCollection collection) const
{
    return const_cast<DeviceState*>(this)->store(collection); // NOLINT: same map, const view
}

// ---- secrets -----------------------------------------------------------------------

void DeviceState::setChannelIntegrityKey(const QString& key)
{
    m_encryption = std::make_unique<DeviceEncryption>(key);
}

QJsonObject DeviceState::extendedInformation()
{
    const QJsonObject properties {{u"encryptionKeyThumbprint"_s, m_encryption->thumbprint()},
        {u"encryptionKey"_s, m_encryption->encryptionKey()}, {u"resourceKey"_s, QString()},
        {u"channelIntegrityKeyName"_s, QString(m_identity.deviceName + u"-cik"_s)},
        {u"channelIntegrityKeyVersion"_s, u"1"_s}};
    return QJsonObject {{u"id"_s, deviceId()}, {u"name"_s, m_identity.deviceName},
        {u"type"_s, u"Microsoft.DataBoxEdge/dataBoxEdgeDevices"_s}, {u"properties"_s, properties}};
}

std::optional<QString> DeviceState::receivedSecret(DeviceCollection collection, const QString& name) const
{
    const QString k = collectionPath(collection) + u'/' + key(name);
    if (!m_secrets.contains(k))
        return std::nullopt;
    return m_secrets.value(k);
}

std::optional<CloudError> DeviceState::decryptSecret(
    const QJsonObject& secret, const QString& path, QString* plain)
{
    const QString algorithm = secret.value(u"encryptionAlgorithm"_s).toString();
    const QString value = secret.value(u"value"_s).toString();
    if (algorithm == u"None") {
        *plain = value;
        return std::nullopt;
    }
    const QString thumbprint = secret.value(u"encryptionCertThumbprint"_s).toString();
    if (thumbprint.compare(m_encryption->thumbprint(), Qt::CaseInsensitive) != 0)
        return CloudError {400, u"InvalidEncryptionCertThumbprint"_s,
            tr("The certificate thumbprint '%1' in '%2' does not match the device's encryption certificate. "
               "Get the device's extended information again and encrypt the secret with its certificate.")
                .arg(thumbprint, path)};
    const std::optional<QString> decrypted = m_encryption->decrypt(value);
    if (!decrypted)
        return CloudError {400, u"SecretDecryptionFailed"_s,
            tr("The device could not decrypt '%1'. Encrypt the secret with the device's certificate "
               "(RSA PKCS#1 v1.5).")
                .arg(path)};
    *plain = *decrypted;
    return std::nullopt;
}

QStringList DeviceState::faultNames()
{
    return {u"share-create"_s, u"share-delete"_s, u"share-refresh"_s, u"mount"_s, u"unmount"_s,
        u"user-create"_s, u"user-delete"_s, u"credential-create"_s, u"credential-delete"_s};
}

QString DeviceState::faultName(const QString& verb, DeviceCollection collection, const QString& jobType)
{
    if (!jobType.isEmpty())
        return u"share-refresh"_s;
    const QString what = collection == DeviceCollection::Shares     ? u"share"_s
        : collection == DeviceCollection::Users                     ? u"user"_s
        : collection == DeviceCollection::StorageAccountCredentials ? u"credential"_s
                                                                    : u"role"_s;
    return what + (verb == u"DELETE" ? u"-delete"_s : u"-create"_s);
}

// ---- reads -------------------------------------------------------------------------

void DeviceState::setDeviceProperties(const QJsonObject& properties, const QJsonObject& sku)
{
    m_deviceProperties = properties;
    m_sku = sku.isEmpty() ? QJsonObject {{u"name"_s, u"EdgeP_Base"_s}, {u"tier"_s, u"Standard"_s}} : sku;
}

QJsonObject DeviceState::device() const
{
    QJsonObject properties = m_deviceProperties;
    QJsonArray roleTypes;
    for (const QJsonObject& role : m_roles) {
        const QString kind = role.value(u"kind"_s).toString();
        if (!roleTypes.contains(kind))
            roleTypes.append(kind);
    }
    properties.insert(u"configuredRoleTypes"_s, roleTypes);
    return QJsonObject {
        {u"id"_s, deviceId()},
        {u"name"_s, m_identity.deviceName},
        {u"type"_s, u"Microsoft.DataBoxEdge/dataBoxEdgeDevices"_s},
        {u"location"_s, m_identity.location},
        {u"tags"_s, QJsonObject {}},
        {u"sku"_s, m_sku},
        {u"etag"_s, u"\"demo-1\""_s},
        {u"kind"_s, u"AzureStackEdge"_s},
        {u"identity"_s, QJsonObject {{u"type"_s, u"SystemAssigned"_s}}},
        {u"properties"_s, properties},
    };
}

QList<QJsonObject> DeviceState::list(DeviceCollection collection) const
{
    QList<QJsonObject> out;
    const auto& objects = store(collection);
    for (auto it = objects.cbegin(); it != objects.cend(); ++it) {
        if (auto resource = get(collection, it.key()))
            out.append(*resource);
    }
    return out;
}

std::optional<QJsonObject> DeviceState::get(DeviceCollection collection, const QString& name) const
{
    const auto& objects = store(collection);
    const auto it = objects.constFind(key(name));
    if (it == objects.cend())
        return std::nullopt;
    QJsonObject resource = it.value();
    if (collection == DeviceCollection::Users) {
        // shareAccessRights is derived from the shares (readOnly on the user).
        const QString userId = resourceId(DeviceCollection::Users, resource.value(u"name"_s).toString());
        QJsonArray rights;
        for (const QJsonObject& share : m_shares) {
            const QJsonArray access
                = share.value(u"properties"_s).toObject().value(u"userAccessRights"_s).toArray();
            for (const QJsonValue& entry : access) {
                if (entry.toObject().value(u"userId"_s).toString().compare(userId, Qt::CaseInsensitive) == 0)
                    rights.append(QJsonObject {{u"shareId"_s, share.value(u"id"_s)},
                        {u"accessType"_s, entry.toObject().value(u"accessType"_s)}});
            }
        }
        QJsonObject properties = resource.value(u"properties"_s).toObject();
        properties.insert(u"shareAccessRights"_s, rights);
        resource.insert(u"properties"_s, properties);
    }
    return resource;
}

const DeviceState::Operation* DeviceState::operation(const QString& name) const
{
    const auto it = m_operations.constFind(key(name));
    return it == m_operations.cend() ? nullptr : &it.value();
}

QJsonObject DeviceState::jobDocument(const Operation& operation, bool asOperationStatus) const
{
    QString status = operation.status;
    if (asOperationStatus && status == u"Running")
        status = u"InProgress"_s;
    int percent = 100;
    if (operation.status == u"Running") {
        const qint64 elapsed = operation.startTime.msecsTo(QDateTime::currentDateTimeUtc());
        const qint64 total = std::max<qint64>(1, m_operationDuration.count());
        percent = static_cast<int>(std::clamp<qint64>(elapsed * 100 / total, 0, 99));
    }
    const QString collection = asOperationStatus ? u"operationsStatus"_s : u"jobs"_s;
    QJsonObject job {
        {u"id"_s, QString(deviceId() + u'/' + collection + u'/' + operation.name)},
        {u"name"_s, operation.name},
        {u"type"_s, QString(u"Microsoft.DataBoxEdge/dataBoxEdgeDevices/"_s + collection)},
        {u"status"_s, status},
        {u"startTime"_s, isoTime(operation.startTime)},
        {u"percentComplete"_s, percent},
    };
    if (operation.endTime.isValid())
        job.insert(u"endTime"_s, isoTime(operation.endTime));
    if (operation.error) {
        job.insert(u"error"_s,
            QJsonObject {{u"code"_s, operation.error->code}, {u"message"_s, operation.error->message},
                {u"errorDetails"_s, QJsonArray {}}});
    }
    if (!operation.jobType.isEmpty()) {
        QJsonObject properties {{u"jobType"_s, operation.jobType},
            {u"refreshedEntityId"_s, resourceId(operation.collection, operation.resourceName)}};
        if (operation.status != u"Running") {
            properties.insert(u"totalRefreshErrors"_s, 0);
            properties.insert(u"errorManifestFile"_s, QString());
        }
        job.insert(u"properties"_s, properties);
    }
    return job;
}

QString DeviceState::kubernetesRoleName() const
{
    for (const QJsonObject& role : m_roles) {
        if (role.value(u"kind"_s).toString() == u"Kubernetes")
            return role.value(u"name"_s).toString();
    }
    return {};
}

bool DeviceState::isMounted(const QString& shareName) const
{
    const QString roleName = kubernetesRoleName();
    if (roleName.isEmpty())
        return false;
    const QString shareId = resourceId(DeviceCollection::Shares, shareName);
    const QStringList ids = endpointShareIds(m_roles.value(key(roleName)));
    return std::any_of(ids.cbegin(), ids.cend(),
        [&](const QString& id) { return id.compare(shareId, Qt::CaseInsensitive) == 0; });
}

// ---- helpers -----------------------------------------------------------------------

std::optional<CloudError> DeviceState::busy(DeviceCollection collection, const QString& name) const
{
    for (const Operation& operation : m_operations) {
        if (operation.status == u"Running" && operation.collection == collection
            && key(operation.resourceName) == key(name))
            return CloudError {409, u"AnotherOperationInProgress"_s,
                tr("Another operation is in progress on the %1 '%2'. Retry after it completes.")
                    .arg(collectionSingular(collection), name)};
    }
    return std::nullopt;
}

std::optional<CloudError> DeviceState::notFound(DeviceCollection collection, const QString& name) const
{
    if (store(collection).contains(key(name)))
        return std::nullopt;
    return CloudError {404, u"ResourceNotFound"_s,
        tr("The Resource 'Microsoft.DataBoxEdge/dataBoxEdgeDevices/%1/%2/%3' under resource group "
           "'%4' was not found. For more details please go to https://aka.ms/ARMResourceNotFoundFix")
            .arg(m_identity.deviceName, collectionPath(collection), name, m_identity.resourceGroup)};
}

QJsonObject DeviceState::envelope(
    DeviceCollection collection, const QString& name, const QJsonObject& properties) const
{
    static const QString types[]
        = {u"dataBoxEdgeDevices/shares"_s, u"Microsoft.DataBoxEdge/dataBoxEdgeDevices/users"_s,
            u"Microsoft.DataBoxEdge/dataBoxEdgeDevices/storageAccountCredentials"_s,
            u"dataBoxEdgeDevices/roles"_s};
    return QJsonObject {{u"id"_s, resourceId(collection, name)}, {u"name"_s, name},
        {u"type"_s, types[static_cast<int>(collection)]}, {u"properties"_s, properties}};
}

QJsonObject DeviceState::withSystemData(
    QJsonObject resource, const std::optional<QJsonObject>& previous) const
{
    const QString now = isoTime(QDateTime::currentDateTimeUtc());
    QJsonObject systemData = previous ? previous->value(u"systemData"_s).toObject() : QJsonObject {};
    if (systemData.isEmpty()) {
        systemData.insert(u"createdBy"_s, u"operator@contoso.example"_s);
        systemData.insert(u"createdByType"_s, u"User"_s);
        systemData.insert(u"createdAt"_s, now);
    }
    systemData.insert(u"lastModifiedBy"_s, u"operator@contoso.example"_s);
    systemData.insert(u"lastModifiedByType"_s, u"User"_s);
    systemData.insert(u"lastModifiedAt"_s, now);
    resource.insert(u"systemData"_s, systemData);
    return resource;
}

QString DeviceState::nameFromId(const QString& id, DeviceCollection collection) const
{
    const QString prefix = deviceId() + u'/' + collectionPath(collection) + u'/';
    if (!id.startsWith(prefix, Qt::CaseInsensitive))
        return {};
    const QString name = id.mid(prefix.size());
    return name.contains(u'/') ? QString() : name;
}

DeviceState::Started DeviceState::start(const QString& verb, DeviceCollection collection, const QString& name,
    Prepared prepared, const QString& jobType, const QString& faultOverride)
{
    if (prepared.error)
        return {prepared.error, {}};
    Operation operation;
    operation.name = QUuid::createUuid().toString(QUuid::WithoutBraces);
    operation.verb = verb;
    operation.collection = collection;
    operation.resourceName = name;
    operation.jobType = jobType;
    operation.startTime = QDateTime::currentDateTimeUtc();
    operation.apply = std::move(prepared.apply);
    const QString fault = faultOverride.isEmpty() ? faultName(verb, collection, jobType) : faultOverride;
    std::chrono::milliseconds duration = m_operationDuration;
    if (m_faults.contains(fault) || m_faults.contains(u"all"_s)) {
        // Fails halfway, as a device whose operation breaks: nothing is applied.
        operation.apply = [fault]() -> std::optional<CloudError> {
            return CloudError {500, u"DeviceOperationFailed"_s,
                tr("The operation failed on the device before it completed (demo fault '%1'). Nothing was "
                   "changed; try again.")
                    .arg(fault)};
        };
        duration = m_operationDuration / 2;
    }
    const QString operationName = operation.name;
    m_operations.insert(key(operationName), operation);
    QTimer::singleShot(duration, this, [this, operationName] { finish(operationName); });
    return {std::nullopt, operationName};
}

void DeviceState::finish(const QString& operationName)
{
    auto it = m_operations.find(key(operationName));
    if (it == m_operations.end() || it->status != u"Running")
        return;
    auto apply = std::move(it->apply);
    it->apply = nullptr;
    const std::optional<CloudError> error = apply ? apply() : std::nullopt;
    it = m_operations.find(key(operationName)); // apply may have added operations
    it->error = error;
    it->status = error ? u"Failed"_s : u"Succeeded"_s;
    it->endTime = QDateTime::currentDateTimeUtc();
    emit operationFinished(operationName);
}

std::optional<CloudError> DeviceState::runNow(Prepared prepared)
{
    if (prepared.error)
        return prepared.error;
    return prepared.apply ? prepared.apply() : std::nullopt;
}

// ---- shares ------------------------------------------------------------------------

DeviceState::Prepared DeviceState::prepareShare(const QString& name, const QJsonObject& body)
{
    if (auto error = firstError({busy(DeviceCollection::Shares, name), checkShareFields(body)}))
        return {error, {}};
    const QJsonObject in = body.value(u"properties"_s).toObject();
    const QString protocol = in.value(u"accessProtocol"_s).toString();
    const bool hasContainer
        = in.contains(u"azureContainerInfo"_s) && in.value(u"azureContainerInfo"_s).isObject();
    const QString dataPolicy = in.contains(u"dataPolicy"_s) ? in.value(u"dataPolicy"_s).toString()
                                                            : (hasContainer ? u"Cloud"_s : u"Local"_s);
    const bool cloud = dataPolicy == u"Cloud";
    if (auto error = checkName(name, cloud))
        return {error, {}};

    const std::optional<QJsonObject> existing = get(DeviceCollection::Shares, name);
    QJsonObject out {{u"description"_s, in.value(u"description"_s).toString()},
        {u"shareStatus"_s, in.value(u"shareStatus"_s)},
        {u"monitoringStatus"_s, in.value(u"monitoringStatus"_s)}, {u"accessProtocol"_s, protocol},
        {u"dataPolicy"_s, dataPolicy}};
    if (auto error = checkContainer(name, in, cloud, out))
        return {error, {}};
    if (auto error = checkAccessRights(in, protocol, out))
        return {error, {}};

    QString storedName = name;
    if (existing) {
        storedName = existing->value(u"name"_s).toString();
        const QJsonObject old = existing->value(u"properties"_s).toObject();
        if (auto error = checkImmutable(old, out, storedName))
            return {error, {}};
        out.insert(u"refreshDetails"_s, old.value(u"refreshDetails"_s));
        out.insert(u"shareMappings"_s, old.value(u"shareMappings"_s));
    } else {
        if (auto error = checkQuota())
            return {error, {}};
        out.insert(u"refreshDetails"_s, QJsonObject {});
        out.insert(u"shareMappings"_s, QJsonArray {});
    }

    const QJsonObject resource
        = withSystemData(envelope(DeviceCollection::Shares, storedName, out), existing);
    return {std::nullopt, [this, resource, storedName]() -> std::optional<CloudError> {
                m_shares.insert(key(storedName), resource);
                return std::nullopt;
            }};
}

std::optional<CloudError> DeviceState::checkShareFields(const QJsonObject& body)
{
    if (auto error = checkObject(body, u"properties"_s, {}, true))
        return error;
    const QJsonObject in = body.value(u"properties"_s).toObject();
    const QString path = u"properties"_s;
    return firstError({checkString(in, u"shareStatus"_s, path, true),
        checkString(
            in, u"monitoringStatus"_s, path, true, {u"Enabled"_s, u"Disabled"_s}, u"MonitoringStatus"_s),
        checkString(in, u"accessProtocol"_s, path, true, {u"SMB"_s, u"NFS"_s}, u"ShareAccessProtocol"_s),
        checkString(in, u"dataPolicy"_s, path, false, {u"Cloud"_s, u"Local"_s}, u"DataPolicy"_s),
        checkString(in, u"description"_s, path, false),
        checkObject(in, u"azureContainerInfo"_s, path, false)});
}

std::optional<CloudError> DeviceState::checkName(const QString& name, bool cloud)
{
    if (shareNamePattern(cloud).match(name).hasMatch())
        return std::nullopt;
    return CloudError {400, u"InvalidShareName"_s,
        cloud ? tr("The share name '%1' is not valid. Names of cloud shares must be 3 to 63 "
                   "characters long and contain only lowercase letters, numbers and hyphens; they "
                   "must start with a letter or a number, and every hyphen must be preceded and "
                   "followed by a letter or a number.")
                    .arg(name)
              : tr("The share name '%1' is not valid. Share names must be 3 to 63 characters "
                   "long and contain only letters, numbers and hyphens; they must start with a "
                   "letter or a number, and every hyphen must be preceded and followed by a "
                   "letter or a number.")
                    .arg(name)};
}

std::optional<CloudError> DeviceState::checkContainer(
    const QString& name, const QJsonObject& in, bool cloud, QJsonObject& out) const
{
    const bool hasContainer
        = in.contains(u"azureContainerInfo"_s) && in.value(u"azureContainerInfo"_s).isObject();
    if (!cloud) {
        if (hasContainer)
            return CloudError {400, u"InvalidShareConfiguration"_s,
                tr("A local share (dataPolicy Local) cannot have azureContainerInfo.")};
        return std::nullopt;
    }
    if (!hasContainer)
        return CloudError {400, u"AzureContainerInfoRequired"_s,
            tr("A cloud share needs azureContainerInfo: the storage account credential, the "
               "container and the data format.")};
    const QJsonObject container = in.value(u"azureContainerInfo"_s).toObject();
    const QString containerPath = u"properties.azureContainerInfo"_s;
    if (auto error = firstError({checkString(container, u"storageAccountCredentialId"_s, containerPath, true),
            checkString(container, u"containerName"_s, containerPath, false),
            checkString(container, u"dataFormat"_s, containerPath, true,
                {u"BlockBlob"_s, u"PageBlob"_s, u"AzureFile"_s}, u"AzureContainerDataFormat"_s)}))
        return error;
    const QString sacId = container.value(u"storageAccountCredentialId"_s).toString();
    const QString sacName = nameFromId(sacId, DeviceCollection::StorageAccountCredentials);
    if (sacName.isEmpty() || !m_sacs.contains(key(sacName)))
        return CloudError {400, u"StorageAccountCredentialNotFound"_s,
            tr("The storage account credential '%1' does not exist on the device.").arg(sacId)};
    // If no container is named, one is created with the share's name (§3).
    const QString containerName = container.value(u"containerName"_s).toString().isEmpty()
        ? name.toLower()
        : container.value(u"containerName"_s).toString();
    for (const QJsonObject& other : std::as_const(m_shares)) {
        if (key(other.value(u"name"_s).toString()) == key(name))
            continue;
        const QJsonObject otherContainer
            = other.value(u"properties"_s).toObject().value(u"azureContainerInfo"_s).toObject();
        if (otherContainer.value(u"containerName"_s).toString() == containerName
            && otherContainer.value(u"storageAccountCredentialId"_s)
                    .toString()
                    .compare(sacId, Qt::CaseInsensitive)
                == 0)
            return CloudError {409, u"ContainerInUse"_s,
                tr("The container '%1' is already used by the share '%2'. A container can be "
                   "used by one share only.")
                    .arg(containerName, other.value(u"name"_s).toString())};
    }
    out.insert(u"azureContainerInfo"_s,
        QJsonObject {{u"storageAccountCredentialId"_s, sacId}, {u"containerName"_s, containerName},
            {u"dataFormat"_s, container.value(u"dataFormat"_s)}});
    return std::nullopt;
}

std::optional<CloudError> DeviceState::checkAccessRights(
    const QJsonObject& in, const QString& protocol, QJsonObject& out) const
{
    QJsonArray userAccessRights;
    QJsonArray clientAccessRights;
    const std::optional<CloudError> error = protocol == u"SMB"
        ? checkUserAccessRights(in.value(u"userAccessRights"_s).toArray(), userAccessRights)
        : checkClientAccessRights(in.value(u"clientAccessRights"_s).toArray(), clientAccessRights);
    if (error)
        return error;
    out.insert(u"userAccessRights"_s, userAccessRights);
    out.insert(u"clientAccessRights"_s, clientAccessRights);
    return std::nullopt;
}

std::optional<CloudError> DeviceState::checkUserAccessRights(const QJsonArray& rights, QJsonArray& out) const
{
    if (rights.isEmpty())
        return CloudError {400, u"UserAccessRightsRequired"_s,
            tr("An SMB share needs userAccessRights: at least one device user with Change, Read "
               "or Custom access.")};
    for (int i = 0; i < rights.size(); ++i) {
        const QJsonObject right = rights.at(i).toObject();
        const QString rightPath = u"properties.userAccessRights["_s + QString::number(i) + u']';
        if (auto error = firstError({checkString(right, u"userId"_s, rightPath, true),
                checkString(right, u"accessType"_s, rightPath, true, {u"Change"_s, u"Read"_s, u"Custom"_s},
                    u"ShareAccessType"_s)}))
            return error;
        const QString userId = right.value(u"userId"_s).toString();
        const QString userName = nameFromId(userId, DeviceCollection::Users);
        if (userName.isEmpty() || !m_users.contains(key(userName)))
            return CloudError {
                400, u"UserNotFound"_s, tr("The user '%1' does not exist on the device.").arg(userId)};
        out.append(QJsonObject {{u"userId"_s,
                                    resourceId(DeviceCollection::Users,
                                        m_users.value(key(userName)).value(u"name"_s).toString())},
            {u"accessType"_s, right.value(u"accessType"_s)}});
    }
    return std::nullopt;
}

std::optional<CloudError> DeviceState::checkClientAccessRights(const QJsonArray& rights, QJsonArray& out)
{
    if (rights.isEmpty())
        return CloudError {400, u"ClientAccessRightsRequired"_s,
            tr("An NFS share needs clientAccessRights: at least one client IP address with "
               "ReadWrite, ReadOnly or NoAccess permission.")};
    for (int i = 0; i < rights.size(); ++i) {
        const QJsonObject right = rights.at(i).toObject();
        const QString rightPath = u"properties.clientAccessRights["_s + QString::number(i) + u']';
        if (auto error = firstError({checkString(right, u"client"_s, rightPath, true),
                checkString(right, u"accessPermission"_s, rightPath, true,
                    {u"NoAccess"_s, u"ReadOnly"_s, u"ReadWrite"_s}, u"ClientPermissionType"_s)}))
            return error;
        QHostAddress address;
        if (!address.setAddress(right.value(u"client"_s).toString()))
            return CloudError {400, u"InvalidClientAddress"_s,
                tr("The NFS client '%1' is not a valid IP address.")
                    .arg(right.value(u"client"_s).toString())};
        out.append(right);
    }
    return std::nullopt;
}

std::optional<CloudError> DeviceState::checkImmutable(
    const QJsonObject& old, const QJsonObject& out, const QString& storedName)
{
    for (const QString& property : {u"accessProtocol"_s, u"dataPolicy"_s, u"azureContainerInfo"_s}) {
        if (old.value(property) != out.value(property))
            return CloudError {400, u"PropertyChangeNotAllowed"_s,
                tr("The property 'properties.%1' of the share '%2' cannot be changed after the "
                   "share is created.")
                    .arg(property, storedName)};
    }
    return std::nullopt;
}

std::optional<CloudError> DeviceState::checkQuota() const
{
    int pending = 0;
    for (const Operation& operation : std::as_const(m_operations)) {
        if (operation.status == u"Running" && operation.collection == DeviceCollection::Shares
            && operation.verb == u"PUT" && !m_shares.contains(key(operation.resourceName)))
            ++pending;
    }
    if (m_shares.size() + pending < MaxShares)
        return std::nullopt;
    return CloudError {409, u"ShareLimitReached"_s,
        tr("The device already has %1 shares, the maximum. Delete a share before you add "
           "another one.")
            .arg(MaxShares)};
}

DeviceState::Prepared DeviceState::prepareShareDelete(const QString& name)
{
    if (auto error = notFound(DeviceCollection::Shares, name))
        return {error, {}};
    if (auto error = busy(DeviceCollection::Shares, name))
        return {error, {}};
    return {std::nullopt, [this, name]() -> std::optional<CloudError> {
                if (!m_shares.contains(key(name)))
                    return std::nullopt;
                if (isMounted(name))
                    return CloudError {409, u"ShareInUse"_s,
                        tr("The share '%1' is mounted on the Kubernetes role '%2'. Unmount the share "
                           "before you delete it.")
                            .arg(name, kubernetesRoleName())};
                // A PV left behind by an earlier mount goes with the share (§2.1).
                if (auto claim = m_volumes.boundClaim(name))
                    return CloudError {409, u"ShareInUse"_s,
                        tr("The share '%1' cannot be deleted: its persistent volume is bound to the "
                           "claim '%2'. Delete the claim first.")
                            .arg(name, *claim)};
                if (auto error = m_volumes.unmount(name))
                    return error;
                m_shares.remove(key(name));
                return std::nullopt;
            }};
}

DeviceState::Started DeviceState::putShare(const QString& name, const QJsonObject& body)
{
    return start(u"PUT"_s, DeviceCollection::Shares, name, prepareShare(name, body));
}

std::optional<CloudError> DeviceState::putShareNow(const QString& name, const QJsonObject& body)
{
    return runNow(prepareShare(name, body));
}

DeviceState::Started DeviceState::deleteShare(const QString& name)
{
    return start(u"DELETE"_s, DeviceCollection::Shares, name, prepareShareDelete(name));
}

DeviceState::Started DeviceState::refreshShare(const QString& name)
{
    if (auto error = notFound(DeviceCollection::Shares, name))
        return {error, {}};
    const QJsonObject share = m_shares.value(key(name));
    const QString storedName = share.value(u"name"_s).toString();
    const QJsonObject properties = share.value(u"properties"_s).toObject();
    if (properties.value(u"dataPolicy"_s).toString() != u"Cloud")
        return {CloudError {400, u"InvalidShareOperation"_s,
                    tr("Refresh is available for cloud shares only; '%1' is a local share.").arg(storedName)},
            {}};
    if (!properties.value(u"refreshDetails"_s)
             .toObject()
             .value(u"inProgressRefreshJobId"_s)
             .toString()
             .isEmpty())
        return {busy(DeviceCollection::Shares, storedName), {}};
    if (auto error = busy(DeviceCollection::Shares, storedName))
        return {error, {}};

    Started started = start(
        u"POST"_s, DeviceCollection::Shares, storedName, Prepared {std::nullopt, nullptr}, u"RefreshShare"_s);
    const QString jobId = deviceId() + u"/jobs/"_s + started.operation;
    auto setRefresh = [this, storedName](const std::function<void(QJsonObject&)>& edit) {
        QJsonObject current = m_shares.value(key(storedName));
        QJsonObject props = current.value(u"properties"_s).toObject();
        QJsonObject refresh = props.value(u"refreshDetails"_s).toObject();
        edit(refresh);
        props.insert(u"refreshDetails"_s, refresh);
        current.insert(u"properties"_s, props);
        m_shares.insert(key(storedName), current);
    };
    setRefresh([&](QJsonObject& refresh) { refresh.insert(u"inProgressRefreshJobId"_s, jobId); });
    // start() set an apply only for a --fault share-refresh: the job then fails.
    auto faulted = std::move(m_operations[key(started.operation)].apply);
    m_operations[key(started.operation)].apply
        = [this, setRefresh, jobId, storedName, faulted]() -> std::optional<CloudError> {
        if (faulted && m_shares.contains(key(storedName))) {
            setRefresh([&](QJsonObject& refresh) {
                refresh.remove(u"inProgressRefreshJobId"_s);
                refresh.insert(u"lastJob"_s, jobId);
            });
            return faulted();
        }
        if (!m_shares.contains(key(storedName)))
            return CloudError {404, u"ResourceNotFound"_s, tr("The share '%1' was deleted.").arg(storedName)};
        setRefresh([&](QJsonObject& refresh) {
            refresh.remove(u"inProgressRefreshJobId"_s);
            refresh.insert(u"lastCompletedRefreshJobTimeInUTC"_s, isoTime(QDateTime::currentDateTimeUtc()));
            refresh.insert(u"lastJob"_s, jobId);
            refresh.insert(u"errorManifestFile"_s, QString());
        });
        return std::nullopt;
    };
    return started;
}

// ---- users -------------------------------------------------------------------------

DeviceState::Prepared DeviceState::prepareUser(const QString& name, const QJsonObject& body)
{
    if (auto error = busy(DeviceCollection::Users, name))
        return {error, {}};
    if (!simpleNamePattern().match(name).hasMatch())
        return {CloudError {400, u"InvalidUserName"_s,
                    tr("The user name '%1' is not valid. Use 1 to 64 letters, numbers, periods, hyphens and "
                       "underscores, starting and ending with a letter or a number.")
                        .arg(name)},
            {}};
    if (auto error = checkObject(body, u"properties"_s, {}, true))
        return {error, {}};
    const QJsonObject in = body.value(u"properties"_s).toObject();
    if (auto error = checkString(in, u"userType"_s, u"properties"_s, true,
            {u"Share"_s, u"LocalManagement"_s, u"ARM"_s}, u"UserType"_s))
        return {error, {}};
    if (auto error = checkSecret(in, u"encryptedPassword"_s, u"properties"_s))
        return {error, {}};
    std::optional<QString> password;
    if (in.contains(u"encryptedPassword"_s)) {
        QString plain;
        if (auto error = decryptSecret(
                in.value(u"encryptedPassword"_s).toObject(), u"properties.encryptedPassword"_s, &plain))
            return {error, {}};
        password = plain;
    }
    const std::optional<QJsonObject> existing = get(DeviceCollection::Users, name);
    const QString storedName = existing ? existing->value(u"name"_s).toString() : name;
    // The password is not echoed (UserPut.json returns only userType).
    const QJsonObject resource = withSystemData(
        envelope(DeviceCollection::Users, storedName, QJsonObject {{u"userType"_s, in.value(u"userType"_s)}}),
        existing);
    return {std::nullopt, [this, resource, storedName, password]() -> std::optional<CloudError> {
                m_users.insert(key(storedName), resource);
                if (password)
                    m_secrets.insert(u"users/"_s + key(storedName), *password);
                return std::nullopt;
            }};
}

DeviceState::Prepared DeviceState::prepareUserDelete(const QString& name)
{
    if (auto error = notFound(DeviceCollection::Users, name))
        return {error, {}};
    if (auto error = busy(DeviceCollection::Users, name))
        return {error, {}};
    return {std::nullopt, [this, name]() -> std::optional<CloudError> {
                const auto user = get(DeviceCollection::Users, name);
                if (!user)
                    return std::nullopt;
                const QJsonArray rights
                    = user->value(u"properties"_s).toObject().value(u"shareAccessRights"_s).toArray();
                if (!rights.isEmpty())
                    return CloudError {409, u"UserInUse"_s,
                        QCoreApplication::translate("ase::demo::DeviceState",
                            "The user '%1' has access to %n share(s). Remove "
                            "the user from the shares before you delete it.",
                            nullptr, static_cast<int>(rights.size()))
                            .arg(user->value(u"name"_s).toString())};
                m_users.remove(key(name));
                m_secrets.remove(u"users/"_s + key(name));
                return std::nullopt;
            }};
}

DeviceState::Started DeviceState::putUser(const QString& name, const QJsonObject& body)
{
    return start(u"PUT"_s, DeviceCollection::Users, name, prepareUser(name, body));
}

std::optional<CloudError> DeviceState::putUserNow(const QString& name, const QJsonObject& body)
{
    return runNow(prepareUser(name, body));
}

DeviceState::Started DeviceState::deleteUser(const QString& name)
{
    return start(u"DELETE"_s, DeviceCollection::Users, name, prepareUserDelete(name));
}

// ---- storage account credentials ---------------------------------------------------

DeviceState::Prepared DeviceState::prepareSac(const QString& name, const QJsonObject& body)
{
    if (auto error = busy(DeviceCollection::StorageAccountCredentials, name))
        return {error, {}};
    if (!simpleNamePattern().match(name).hasMatch())
        return {CloudError {400, u"InvalidResourceName"_s,
                    tr("The storage account credential name '%1' is not valid.").arg(name)},
            {}};
    if (auto error = checkObject(body, u"properties"_s, {}, true))
        return {error, {}};
    const QJsonObject in = body.value(u"properties"_s).toObject();
    const QString path = u"properties"_s;
    for (auto error : {checkString(in, u"alias"_s, path, true),
             checkString(in, u"sslStatus"_s, path, true, {u"Enabled"_s, u"Disabled"_s}, u"SSLStatus"_s),
             checkString(in, u"accountType"_s, path, true, {u"GeneralPurposeStorage"_s, u"BlobStorage"_s},
                 u"AccountType"_s),
             checkString(in, u"userName"_s, path, false), checkString(in, u"connectionString"_s, path, false),
             checkString(in, u"blobDomainName"_s, path, false),
             checkString(in, u"storageAccountId"_s, path, false), checkSecret(in, u"accountKey"_s, path)}) {
        if (error)
            return {error, {}};
    }
    std::optional<QString> accountKey;
    if (in.contains(u"accountKey"_s)) {
        QString plain;
        if (auto error
            = decryptSecret(in.value(u"accountKey"_s).toObject(), u"properties.accountKey"_s, &plain))
            return {error, {}};
        accountKey = plain;
    }
    // accountKey and connectionString (which carries the key) are never echoed (SACPut.json).
    QJsonObject out;
    for (const QString& property : {u"alias"_s, u"userName"_s, u"sslStatus"_s, u"accountType"_s,
             u"blobDomainName"_s, u"storageAccountId"_s}) {
        if (in.contains(property))
            out.insert(property, in.value(property));
    }
    const std::optional<QJsonObject> existing = get(DeviceCollection::StorageAccountCredentials, name);
    const QString storedName = existing ? existing->value(u"name"_s).toString() : name;
    const QJsonObject resource
        = withSystemData(envelope(DeviceCollection::StorageAccountCredentials, storedName, out), existing);
    return {std::nullopt, [this, resource, storedName, accountKey]() -> std::optional<CloudError> {
                m_sacs.insert(key(storedName), resource);
                if (accountKey)
                    m_secrets.insert(u"storageAccountCredentials/"_s + key(storedName), *accountKey);
                return std::nullopt;
            }};
}

DeviceState::Prepared DeviceState::prepareSacDelete(const QString& name)
{
    if (auto error = notFound(DeviceCollection::StorageAccountCredentials, name))
        return {error, {}};
    if (auto error = busy(DeviceCollection::StorageAccountCredentials, name))
        return {error, {}};
    return {std::nullopt, [this, name]() -> std::optional<CloudError> {
                const QString sacId = resourceId(DeviceCollection::StorageAccountCredentials,
                    m_sacs.value(key(name)).value(u"name"_s).toString());
                for (const QJsonObject& share : std::as_const(m_shares)) {
                    const QString used = share.value(u"properties"_s)
                                             .toObject()
                                             .value(u"azureContainerInfo"_s)
                                             .toObject()
                                             .value(u"storageAccountCredentialId"_s)
                                             .toString();
                    if (used.compare(sacId, Qt::CaseInsensitive) == 0)
                        return CloudError {409, u"StorageAccountCredentialInUse"_s,
                            tr("The storage account credential '%1' is used by the share '%2'. Delete "
                               "the share first.")
                                .arg(name, share.value(u"name"_s).toString())};
                }
                m_sacs.remove(key(name));
                m_secrets.remove(u"storageAccountCredentials/"_s + key(name));
                return std::nullopt;
            }};
}

DeviceState::Started DeviceState::putStorageAccountCredential(const QString& name, const QJsonObject& body)
{
    return start(u"PUT"_s, DeviceCollection::StorageAccountCredentials, name, prepareSac(name, body));
}

std::optional<CloudError> DeviceState::putStorageAccountCredentialNow(
    const QString& name, const QJsonObject& body)
{
    return runNow(prepareSac(name, body));
}

DeviceState::Started DeviceState::deleteStorageAccountCredential(const QString& name)
{
    return start(u"DELETE"_s, DeviceCollection::StorageAccountCredentials, name, prepareSacDelete(name));
}

// ---- roles -------------------------------------------------------------------------

QJsonObject DeviceState::mountPointMap(const QString& shareName, const QString& roleName) const
{
    return QJsonObject {{u"shareId"_s, resourceId(DeviceCollection::Shares, shareName)},
        {u"roleId"_s, resourceId(DeviceCollection::Roles, roleName)},
        {u"mountPoint"_s, ShareVolumes::mountPointFor(shareName)}, {u"mountType"_s, u"Volume"_s},
        {u"roleType"_s, u"Kubernetes"_s}};
}

void DeviceState::setShareMappings(const QString& shareName, const QJsonArray& mappings)
{
    auto it = m_shares.find(key(shareName));
    if (it == m_shares.end())
        return;
    QJsonObject properties = it->value(u"properties"_s).toObject();
    properties.insert(u"shareMappings"_s, mappings);
    it->insert(u"properties"_s, properties);
}

std::optional<CloudError> DeviceState::applyEndpoints(
    const QString& roleName, const QStringList& before, const QStringList& after)
{
    QStringList removed;
    QStringList added;
    for (const QString& name : before) {
        if (!after.contains(name))
            removed.append(name);
    }
    for (const QString& name : after) {
        if (!before.contains(name))
            added.append(name);
    }
    // All checks first: the operation fails without changing anything.
    for (const QString& name : std::as_const(removed)) {
        if (auto claim = m_volumes.boundClaim(name))
            return CloudError {409, u"ShareInUse"_s,
                tr("The share '%1' cannot be unmounted: its persistent volume is bound to the claim "
                   "'%2'. Delete the claim first.")
                    .arg(name, *claim)};
    }
    for (const QString& name : std::as_const(added)) {
        if (!m_shares.contains(key(name)))
            return CloudError {
                404, u"ResourceNotFound"_s, tr("The share '%1' does not exist on the device.").arg(name)};
    }
    for (const QString& name : std::as_const(removed)) {
        if (auto error = m_volumes.unmount(name))
            return error;
        setShareMappings(name, {});
    }
    for (const QString& name : std::as_const(added)) {
        if (auto error = m_volumes.mount(m_shares.value(key(name))))
            return error;
        setShareMappings(name, QJsonArray {mountPointMap(name, roleName)});
    }
    return std::nullopt;
}

DeviceState::Prepared DeviceState::prepareRole(const QString& name, const QJsonObject& body, bool deviceSide)
{
    if (auto error = firstError({busy(DeviceCollection::Roles, name), checkRoleName(name)}))
        return {error, {}};
    static const QStringList kinds {u"IOT"_s, u"ASA"_s, u"Functions"_s, u"Cognitive"_s, u"MEC"_s,
        u"CloudEdgeManagement"_s, u"Kubernetes"_s};
    if (auto error = firstError({checkString(body, u"kind"_s, {}, true, kinds, u"RoleTypes"_s),
            checkObject(body, u"properties"_s, {}, true)}))
        return {error, {}};
    const QString kind = body.value(u"kind"_s).toString();
    const std::optional<QJsonObject> existing = get(DeviceCollection::Roles, name);
    const QString storedName = existing ? existing->value(u"name"_s).toString() : name;
    if (existing && existing->value(u"kind"_s).toString() != kind)
        return {CloudError {400, u"PropertyChangeNotAllowed"_s,
                    tr("The kind of the role '%1' cannot be changed.").arg(storedName)},
            {}};
    const QJsonObject in = body.value(u"properties"_s).toObject();
    if (kind != u"Kubernetes") {
        QJsonObject resource = envelope(DeviceCollection::Roles, storedName, in);
        resource.insert(u"kind"_s, kind);
        resource = withSystemData(resource, existing);
        return {std::nullopt, [this, resource, storedName]() -> std::optional<CloudError> {
                    m_roles.insert(key(storedName), resource);
                    return std::nullopt;
                }};
    }

    QStringList after;
    if (auto error = firstError({checkKubernetesRoleFields(in), checkRoleQuota(name)}))
        return {error, {}};
    if (auto error = checkEndpoints(
            in.value(u"kubernetesRoleResources"_s).toObject().value(u"storage"_s).toObject(), after))
        return {error, {}};
    const QStringList before = existing ? mountedShares(*existing) : QStringList();

    // Read-only parts come from the device, not from the request (the seed is the device).
    const QJsonObject old
        = existing ? existing->value(u"properties"_s).toObject() : (deviceSide ? in : QJsonObject {});
    QJsonObject resource
        = envelope(DeviceCollection::Roles, storedName, withReadOnlyParts(in, old, after, storedName));
    resource.insert(u"kind"_s, kind);
    resource = withSystemData(resource, existing);
    const bool unmounts = std::any_of(
        before.cbegin(), before.cend(), [&after](const QString& n) { return !after.contains(n); });
    const bool mounts = std::any_of(
        after.cbegin(), after.cend(), [&before](const QString& n) { return !before.contains(n); });
    m_roleChange = mounts ? u"mount"_s : (unmounts ? u"unmount"_s : QString());
    return {std::nullopt, [this, resource, storedName, before, after]() -> std::optional<CloudError> {
                if (auto error = applyEndpoints(storedName, before, after))
                    return error;
                m_roles.insert(key(storedName), resource);
                return std::nullopt;
            }};
}

std::optional<CloudError> DeviceState::checkRoleName(const QString& name)
{
    if (simpleNamePattern().match(name).hasMatch())
        return std::nullopt;
    return CloudError {400, u"InvalidResourceName"_s, tr("The role name '%1' is not valid.").arg(name)};
}

std::optional<CloudError> DeviceState::checkKubernetesRoleFields(const QJsonObject& in)
{
    const QString path = u"properties"_s;
    if (auto error = firstError(
            {checkString(in, u"hostPlatform"_s, path, true, {u"Windows"_s, u"Linux"_s}, u"PlatformType"_s),
                checkString(in, u"roleStatus"_s, path, true, {u"Enabled"_s, u"Disabled"_s}, u"RoleStatus"_s),
                checkObject(in, u"kubernetesClusterInfo"_s, path, true),
                checkObject(in, u"kubernetesRoleResources"_s, path, true)}))
        return error;
    const QJsonObject clusterInfo = in.value(u"kubernetesClusterInfo"_s).toObject();
    if (auto error = checkString(clusterInfo, u"version"_s, path + u".kubernetesClusterInfo"_s, true))
        return error;
    const QJsonObject resources = in.value(u"kubernetesRoleResources"_s).toObject();
    const QString resourcesPath = path + u".kubernetesRoleResources"_s;
    if (auto error = checkObject(resources, u"compute"_s, resourcesPath, true))
        return error;
    return checkString(
        resources.value(u"compute"_s).toObject(), u"vmProfile"_s, resourcesPath + u".compute"_s, true);
}

std::optional<CloudError> DeviceState::checkRoleQuota(const QString& name) const
{
    const QString other = kubernetesRoleName();
    if (other.isEmpty() || key(other) == key(name))
        return std::nullopt;
    return CloudError {409, u"RoleAlreadyExists"_s,
        tr("The device already has the Kubernetes role '%1'. A device can have one Kubernetes "
           "role only.")
            .arg(other)};
}

std::optional<CloudError> DeviceState::checkEndpoints(const QJsonObject& storage, QStringList& shares) const
{
    const QJsonArray endpoints = storage.value(u"endpoints"_s).toArray();
    for (int i = 0; i < endpoints.size(); ++i) {
        const QJsonObject endpoint = endpoints.at(i).toObject();
        if (auto error = checkString(endpoint, u"shareId"_s,
                u"properties.kubernetesRoleResources.storage.endpoints["_s + QString::number(i) + u']', true))
            return error;
        const QString shareId = endpoint.value(u"shareId"_s).toString();
        const QString shareName = nameFromId(shareId, DeviceCollection::Shares);
        if (shareName.isEmpty() || !m_shares.contains(key(shareName)))
            return CloudError {400, u"ShareNotFound"_s,
                tr("The share '%1' named in the role's storage endpoints does not exist on the device.")
                    .arg(shareId)};
        const QString stored = m_shares.value(key(shareName)).value(u"name"_s).toString();
        if (!shares.contains(stored))
            shares.append(stored);
    }
    return std::nullopt;
}

QStringList DeviceState::mountedShares(const QJsonObject& role) const
{
    QStringList shares;
    for (const QString& id : endpointShareIds(role)) {
        const QString shareName = nameFromId(id, DeviceCollection::Shares);
        if (m_shares.contains(key(shareName)))
            shares.append(m_shares.value(key(shareName)).value(u"name"_s).toString());
    }
    return shares;
}

QJsonObject DeviceState::withReadOnlyParts(
    QJsonObject in, const QJsonObject& old, const QStringList& mounted, const QString& roleName) const
{
    // Each read-only property as the device has it: copied from `old`, or absent.
    auto keep = [](QJsonObject& target, const QJsonObject& source, const QString& property) {
        if (source.contains(property))
            target.insert(property, source.value(property));
        else
            target.remove(property);
    };
    QJsonObject clusterInfo = in.value(u"kubernetesClusterInfo"_s).toObject();
    const QJsonObject oldClusterInfo = old.value(u"kubernetesClusterInfo"_s).toObject();
    for (const QString& property : {u"etcdInfo"_s, u"nodes"_s})
        keep(clusterInfo, oldClusterInfo, property);
    QJsonObject resources = in.value(u"kubernetesRoleResources"_s).toObject();
    const QJsonObject oldResources = old.value(u"kubernetesRoleResources"_s).toObject();
    QJsonObject compute = resources.value(u"compute"_s).toObject();
    const QJsonObject oldCompute = oldResources.value(u"compute"_s).toObject();
    for (const QString& property : {u"memoryInBytes"_s, u"processorCount"_s})
        keep(compute, oldCompute, property);
    resources.insert(u"compute"_s, compute);
    QJsonObject storage = resources.value(u"storage"_s).toObject();
    if (!old.isEmpty())
        storage.insert(
            u"storageClasses"_s, oldResources.value(u"storage"_s).toObject().value(u"storageClasses"_s));
    else
        storage.remove(u"storageClasses"_s);
    QJsonArray mapped;
    for (const QString& shareName : mounted)
        mapped.append(mountPointMap(shareName, roleName));
    storage.insert(u"endpoints"_s, mapped);
    resources.insert(u"storage"_s, storage);
    keep(resources, oldResources, u"network"_s);
    in.insert(u"kubernetesClusterInfo"_s, clusterInfo);
    in.insert(u"kubernetesRoleResources"_s, resources);
    in.insert(u"provisioningState"_s, u"Created"_s);
    in.insert(u"hostPlatformType"_s, u"KubernetesCluster"_s);
    return in;
}

DeviceState::Started DeviceState::putRole(const QString& name, const QJsonObject& body)
{
    m_roleChange.clear();
    Prepared prepared = prepareRole(name, body, false);
    const QString change = std::exchange(m_roleChange, QString());
    return start(u"PUT"_s, DeviceCollection::Roles, name, std::move(prepared), {}, change);
}

std::optional<CloudError> DeviceState::putRoleNow(const QString& name, const QJsonObject& body)
{
    return runNow(prepareRole(name, body, true));
}

std::optional<CloudError> DeviceState::setMountedNow(const QString& shareName, bool mounted)
{
    const QString roleName = kubernetesRoleName();
    if (roleName.isEmpty())
        return CloudError {400, u"RoleNotFound"_s, tr("The device has no Kubernetes role.")};
    QJsonObject role = m_roles.value(key(roleName));
    QJsonObject properties = role.value(u"properties"_s).toObject();
    QJsonObject resources = properties.value(u"kubernetesRoleResources"_s).toObject();
    QJsonObject storage = resources.value(u"storage"_s).toObject();
    const QString shareId = resourceId(DeviceCollection::Shares, shareName);
    QJsonArray endpoints;
    for (const QString& id : endpointShareIds(role)) {
        if (id.compare(shareId, Qt::CaseInsensitive) != 0)
            endpoints.append(QJsonObject {{u"shareId"_s, id}});
    }
    if (mounted)
        endpoints.append(QJsonObject {{u"shareId"_s, shareId}});
    storage.insert(u"endpoints"_s, endpoints);
    resources.insert(u"storage"_s, storage);
    properties.insert(u"kubernetesRoleResources"_s, resources);
    role.insert(u"properties"_s, properties);
    return putRoleNow(roleName, role);
}

} // namespace ase::demo
