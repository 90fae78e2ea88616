// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demo/arm/ArmReply.h"
#include "app/demo/arm/DeviceEncryption.h"
#include "app/demo/arm/ShareVolumes.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace ase::demo {

class ClusterState;

/// Where the simulated device lives in Azure Resource Manager.
struct ArmIdentity
{
    QString subscriptionId = QStringLiteral("8b2f0b5e-3c1d-4e5f-9a7b-0a5e0de70001");
    QString resourceGroup = QStringLiteral("ase-demo-rg");
    QString deviceName = QStringLiteral("ase-demo-gpu");
    QString location = QStringLiteral("westeurope");
    QString dataIp = QStringLiteral("10.128.47.91"); ///< the device's data port IP (SMB/NFS)
};

/// The ARM collections under the device that the demo serves.
enum class DeviceCollection { Shares, Users, StorageAccountCredentials, Roles };

/// The state of the simulated Azure Stack Edge device behind its ARM API
/// (Microsoft.DataBoxEdge, api-version 2023-12-01; reference/azure-stack-edge.md §1): the
/// device resource, shares, users, storage account credentials, roles (the Kubernetes role
/// with its storage endpoints) and the jobs / long-running operations.
///
/// Writes are long-running as on a device: `put...`/`delete...`/`refreshShare` validate the
/// request at once (the answer the ARM front end gives synchronously: 400/404/409 with a
/// CloudError) and then start an Operation that stays Running for operationDuration() and
/// then applies the change. Rules the device itself enforces when it applies the change
/// make the operation fail (status Failed with the error): deleting a share that is mounted
/// on the Kubernetes role, unmounting a share whose PV is bound to a claim.
///
/// The `...Now` variants apply synchronously (seed scenario).
///
/// Mount/unmount: the Kubernetes role's `kubernetesRoleResources.storage.endpoints` lists
/// the mounted shares (MountPointMap with shareId); a role PUT that adds a shareId mounts
/// the share (its PV appears in the ClusterState, the share's `shareMappings` and the
/// endpoint get roleId, mountPoint, mountType Volume, roleType Kubernetes); one that
/// removes it unmounts (the PV is deleted). This is inferred (§1.2): the portal's Mount
/// probably PUTs the role that way.
class DeviceState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceState)

public:
    /// A long-running operation; a share refresh is also a device Job.
    struct Operation
    {
        QString name; ///< GUID
        QString verb; ///< "PUT", "DELETE", "POST"
        DeviceCollection collection = DeviceCollection::Shares;
        QString resourceName;
        QString jobType; ///< "RefreshShare" for refreshes; empty otherwise
        QString status = QStringLiteral("Running"); ///< Running, Succeeded, Failed
        QDateTime startTime;
        QDateTime endTime;
        std::optional<CloudError> error;
        std::function<std::optional<CloudError>()> apply; ///< cleared once run
    };

    /// A synchronous validation failure or the name of the operation started.
    struct Started
    {
        std::optional<CloudError> error;
        QString operation;
    };

    static constexpr int MaxShares = 24;

    explicit DeviceState(
        const ArmIdentity& identity = {}, ClusterState* cluster = nullptr, QObject* parent = nullptr);
    ~DeviceState() override;

    const ArmIdentity& identity() const { return m_identity; }
    ClusterState* cluster() const { return m_cluster; }
    /// `/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.DataBoxEdge/dataBoxEdgeDevices/{name}`.
    QString deviceId() const;
    /// deviceId() + "/<collection>/<name>".
    QString resourceId(DeviceCollection collection, const QString& name) const;
    static QString collectionPath(DeviceCollection collection);

    /// How long an operation stays Running (default 2 s; tests set it short).
    void setOperationDuration(std::chrono::milliseconds duration) { m_operationDuration = duration; }
    std::chrono::milliseconds operationDuration() const { return m_operationDuration; }

    // ---- secrets (reference §1.12) --------------------------------------------------
    /// The device's channel integrity key (what an administrator gives the app once).
    void setChannelIntegrityKey(const QString& key);
    QString channelIntegrityKey() const { return m_encryption->channelIntegrityKey(); }
    /// POST getExtendedInformation: encryptionKey (the certificate wrapped with the channel
    /// integrity key) and encryptionKeyThumbprint, among others.
    QJsonObject extendedInformation();
    /// The secret the device decrypted from a user's password or a credential's account key
    /// (what a device would keep); nullopt when none was sent. For tests.
    std::optional<QString> receivedSecret(DeviceCollection collection, const QString& name) const;

    // ---- faults (--fault) --------------------------------------------------------
    /// The operations that fail midway (status Failed, CloudError DeviceOperationFailed):
    /// names of faultNames(), or "all".
    void setFaults(const QStringList& faults) { m_faults = QSet<QString>(faults.cbegin(), faults.cend()); }
    static QStringList faultNames();

    // ---- reads ---------------------------------------------------------------------
    QJsonObject device() const;
    /// Replaces the device resource's properties (seed); id/name/type/location are set.
    void setDeviceProperties(const QJsonObject& properties, const QJsonObject& sku = {});
    /// Resources in name order, as served.
    QList<QJsonObject> list(DeviceCollection collection) const;
    std::optional<QJsonObject> get(DeviceCollection collection, const QString& name) const;
    const Operation* operation(const QString& name) const;
    /// The Job document (jobs/{name}); operationsStatus: status InProgress while Running.
    QJsonObject jobDocument(const Operation& operation, bool asOperationStatus) const;
    /// The Kubernetes role's name, empty without one.
    QString kubernetesRoleName() const;
    /// True when the share is among the Kubernetes role's storage endpoints.
    bool isMounted(const QString& shareName) const;

    // ---- long-running writes -------------------------------------------------------
    Started putShare(const QString& name, const QJsonObject& body);
    Started deleteShare(const QString& name);
    Started refreshShare(const QString& name);
    Started putUser(const QString& name, const QJsonObject& body);
    Started deleteUser(const QString& name);
    Started putStorageAccountCredential(const QString& name, const QJsonObject& body);
    Started deleteStorageAccountCredential(const QString& name);
    Started putRole(const QString& name, const QJsonObject& body);

    // ---- synchronous writes (seed) ------------------------------------------------
    std::optional<CloudError> putShareNow(const QString& name, const QJsonObject& body);
    std::optional<CloudError> putUserNow(const QString& name, const QJsonObject& body);
    std::optional<CloudError> putStorageAccountCredentialNow(const QString& name, const QJsonObject& body);
    /// As the device itself: read-only parts (nodes, etcdInfo, storageClasses, network,
    /// memoryInBytes, processorCount) of a new role are taken from the body.
    std::optional<CloudError> putRoleNow(const QString& name, const QJsonObject& body);
    /// Adds a share to (mount) or removes it from (unmount) the Kubernetes role's endpoints.
    std::optional<CloudError> setMountedNow(const QString& shareName, bool mounted);

signals:
    /// An operation reached Succeeded or Failed.
    void operationFinished(const QString& name);

private:
    /// A validated write: what to run when the operation completes.
    struct Prepared
    {
        std::optional<CloudError> error;
        std::function<std::optional<CloudError>()> apply;
    };

    QMap<QString, QJsonObject>& store(DeviceCollection collection);
    const QMap<QString, QJsonObject>& store(DeviceCollection collection) const;
    /// `fault`: the --fault name of the write when not the collection's own (mount, unmount).
    Started start(const QString& verb, DeviceCollection collection, const QString& name, Prepared prepared,
        const QString& jobType = {}, const QString& fault = {});
    void finish(const QString& operationName);
    /// Checks and decrypts an AsymmetricEncryptedSecret of a request.
    std::optional<CloudError> decryptSecret(const QJsonObject& secret, const QString& path, QString* plain);
    static QString faultName(const QString& verb, DeviceCollection collection, const QString& jobType);
    std::optional<CloudError> busy(DeviceCollection collection, const QString& name) const;
    std::optional<CloudError> notFound(DeviceCollection collection, const QString& name) const;
    QJsonObject envelope(
        DeviceCollection collection, const QString& name, const QJsonObject& properties) const;
    QJsonObject withSystemData(QJsonObject resource, const std::optional<QJsonObject>& previous) const;
    QString nameFromId(const QString& id, DeviceCollection collection) const;

    Prepared prepareShare(const QString& name, const QJsonObject& body);
    // The share's checks, in the order prepareShare makes them; each fills its part of `out`.
    static std::optional<CloudError> checkShareFields(const QJsonObject& body);
    static std::optional<CloudError> checkName(const QString& name, bool cloud);
    std::optional<CloudError> checkContainer(
        const QString& name, const QJsonObject& in, bool cloud, QJsonObject& out) const;
    std::optional<CloudError> checkAccessRights(
        const QJsonObject& in, const QString& protocol, QJsonObject& out) const;
    std::optional<CloudError> checkUserAccessRights(const QJsonArray& rights, QJsonArray& out) const;
    static std::optional<CloudError> checkClientAccessRights(const QJsonArray& rights, QJsonArray& out);
    /// accessProtocol, dataPolicy and azureContainerInfo of an existing share stay as they are.
    static std::optional<CloudError> checkImmutable(
        const QJsonObject& old, const QJsonObject& out, const QString& storedName);
    /// A new share fits under MaxShares (counting the shares being created).
    std::optional<CloudError> checkQuota() const;
    Prepared prepareShareDelete(const QString& name);
    Prepared prepareUser(const QString& name, const QJsonObject& body);
    Prepared prepareUserDelete(const QString& name);
    Prepared prepareSac(const QString& name, const QJsonObject& body);
    Prepared prepareSacDelete(const QString& name);
    /// deviceSide: the device writes (seed, mount changes): read-only parts are taken from
    /// the body when the role is new.
    Prepared prepareRole(const QString& name, const QJsonObject& body, bool deviceSide);
    // The role's checks and parts, in the order prepareRole uses them.
    static std::optional<CloudError> checkRoleName(const QString& name);
    static std::optional<CloudError> checkKubernetesRoleFields(const QJsonObject& in);
    /// A device has one Kubernetes role.
    std::optional<CloudError> checkRoleQuota(const QString& name) const;
    /// The endpoints name existing shares; `shares` gets their stored names, each once.
    std::optional<CloudError> checkEndpoints(const QJsonObject& storage, QStringList& shares) const;
    /// The stored names of the existing shares a role's endpoints name.
    QStringList mountedShares(const QJsonObject& role) const;
    /// The Kubernetes role's properties with the read-only parts as the device has them
    /// (`old`), the endpoints of `mounted`, and the device-set states.
    QJsonObject withReadOnlyParts(
        QJsonObject in, const QJsonObject& old, const QStringList& mounted, const QString& roleName) const;
    static std::optional<CloudError> runNow(Prepared prepared);
    /// Mount/unmount effects of a new endpoint list; fails without changing anything.
    std::optional<CloudError> applyEndpoints(
        const QString& roleName, const QStringList& before, const QStringList& after);
    void setShareMappings(const QString& shareName, const QJsonArray& mappings);
    QJsonObject mountPointMap(const QString& shareName, const QString& roleName) const;

    ArmIdentity m_identity;
    ClusterState* m_cluster = nullptr;
    ShareVolumes m_volumes;
    QJsonObject m_deviceProperties;
    QJsonObject m_sku;
    QMap<QString, QJsonObject> m_shares; ///< keys: lower-case names (ARM names are case-insensitive)
    QMap<QString, QJsonObject> m_users;
    QMap<QString, QJsonObject> m_sacs;
    QMap<QString, QJsonObject> m_roles;
    QMap<QString, Operation> m_operations;
    std::chrono::milliseconds m_operationDuration {2000};
    std::unique_ptr<DeviceEncryption> m_encryption;
    QMap<QString, QString> m_secrets; ///< "users/<name>" → password, "storageAccountCredentials/<name>" → key
    QSet<QString> m_faults;
    QString m_roleChange; ///< "mount" or "unmount": what the role PUT last prepared does
};

} // namespace ase::demo
