// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/scenario/Scenario.h"

#include "app/demo/ClusterState.h"
#include "app/demo/arm/DeviceState.h"
#include "app/demo/controllers/ControllerSupport.h"
#include "app/demo/controllers/NfsSubdirProvisioner.h"
#include "app/demo/controllers/PodLifecycle.h"
#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ase::demo {

namespace {

const QString ShareStatus = u"OK"_s;

/// Creates objects; an object that already exists is left as it is (the caller may have
/// seeded part of it).
class Seeder
{
public:
    /// recordManager: write managedFields (the scenario's objects); the load objects skip
    /// them, which makes seeding faster.
    explicit Seeder(ClusterState& cluster, bool recordManager = true)
        : m_cluster(cluster)
        , m_fieldManager(recordManager ? u"ase-demo-seed"_s : QString())
    { }

    std::optional<QString> error() const { return m_error; }

    /// Returns the stored object (empty on failure or when it existed).
    QJsonObject create(
        const QString& kindName, const QString& ns, const QJsonObject& object, bool withStatus = false)
    {
        if (m_error)
            return {};
        WriteOptions options;
        options.writeStatus = withStatus;
        options.fieldManager = m_fieldManager;
        const auto result = m_cluster.create(resourceKindByKind(kindName), ns, object, options);
        if (result.ok())
            return result.value().object;
        if (result.error().code != 409)
            m_error = kindName + u' ' + metafield::name(object) + u": " + result.error().message;
        return {};
    }

    /// Creates the object, or replaces an existing one with it (objects whose definition
    /// the scenario owns, such as the StorageClass, even when something seeded them before).
    void createOrReplace(const QString& kindName, const QJsonObject& object)
    {
        if (m_error)
            return;
        const ResourceKind kind = resourceKindByKind(kindName);
        const QString name = metafield::name(object);
        if (!m_cluster.find(kind, {}, name)) {
            create(kindName, {}, object);
            return;
        }
        WriteOptions options;
        options.fieldManager = u"ase-demo-seed"_s;
        const auto result = m_cluster.update(kind, {}, name, object, options);
        if (!result.ok())
            m_error = kindName + u' ' + name + u": "_s + result.error().message;
    }

    void event(const QString& kindName, const QJsonObject& involved, const QString& type,
        const QString& reason, const QString& message, const QString& component)
    {
        if (m_error || involved.isEmpty())
            return;
        m_cluster.recordEvent(resourceKindByKind(kindName), involved, type, reason, message, component);
    }

private:
    ClusterState& m_cluster;
    QString m_fieldManager;
    std::optional<QString> m_error;
};

QJsonObject meta(const QString& name, const QString& ns = {}, const QJsonObject& labels = {})
{
    QJsonObject metadata {{u"name"_s, name}};
    if (!ns.isEmpty())
        metadata.insert(u"namespace"_s, ns);
    if (!labels.isEmpty())
        metadata.insert(u"labels"_s, labels);
    return metadata;
}

QJsonObject namespaceObject(const QString& name)
{
    return {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, kindname::Namespace},
        {u"metadata"_s, meta(name, {}, {{u"kubernetes.io/metadata.name"_s, name}})},
        {u"spec"_s, QJsonObject {{u"finalizers"_s, QJsonArray {u"kubernetes"_s}}}},
        {u"status"_s, QJsonObject {{u"phase"_s, u"Active"_s}}}};
}

QJsonObject nodeLocalClass()
{
    // Not marked default: see the class comment of Scenario.
    return {{u"apiVersion"_s, u"storage.k8s.io/v1"_s}, {u"kind"_s, kindname::StorageClass},
        {u"metadata"_s, meta(u"ase-node-local"_s)}, {u"provisioner"_s, u"rancher.io/local-path"_s},
        {u"reclaimPolicy"_s, u"Delete"_s}, {u"volumeBindingMode"_s, u"WaitForFirstConsumer"_s},
        {u"allowVolumeExpansion"_s, false}};
}

/// The second StorageClass, Immediate where ase-node-local waits for a consumer: the NFS
/// subdir provisioner users install on a device NFS share (ReadWriteMany, every node).
QJsonObject nfsClientClass(const QString& server)
{
    return {{u"apiVersion"_s, u"storage.k8s.io/v1"_s}, {u"kind"_s, kindname::StorageClass},
        {u"metadata"_s, meta(u"nfs-client"_s)}, {u"provisioner"_s, QString(NfsSubdirProvisioner::Name)},
        {u"parameters"_s,
            QJsonObject {{QString(NfsSubdirProvisioner::ServerParameter), server},
                {QString(NfsSubdirProvisioner::PathParameter), u"/mylocalnfsshare1"_s},
                {u"archiveOnDelete"_s, u"false"_s}}},
        {u"reclaimPolicy"_s, u"Delete"_s}, {u"volumeBindingMode"_s, u"Immediate"_s},
        {u"allowVolumeExpansion"_s, true}};
}

QJsonObject claim(const QString& name, const QString& ns, const QJsonArray& modes, const QString& size,
    const std::optional<QString>& storageClass, const QString& volumeName = {},
    const QJsonObject& labels = {})
{
    QJsonObject spec {{u"accessModes"_s, modes},
        {u"resources"_s, QJsonObject {{u"requests"_s, QJsonObject {{u"storage"_s, size}}}}},
        {u"volumeMode"_s, u"Filesystem"_s}};
    if (storageClass)
        spec.insert(u"storageClassName"_s, *storageClass);
    if (!volumeName.isEmpty())
        spec.insert(u"volumeName"_s, volumeName);
    return {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, kindname::PersistentVolumeClaim},
        {u"metadata"_s, meta(name, ns, labels)}, {u"spec"_s, spec}};
}

struct Mount
{
    QString volume;
    QString claim;
    QString path;
};

QJsonObject podSpec(const QString& container, const QString& image, const QList<Mount>& mounts,
    const QJsonArray& ports = {}, const QJsonArray& env = {})
{
    QJsonArray volumeMounts;
    QJsonArray volumes;
    for (const Mount& mount : mounts) {
        volumeMounts.append(QJsonObject {{u"name"_s, mount.volume}, {u"mountPath"_s, mount.path}});
        volumes.append(QJsonObject {{u"name"_s, mount.volume},
            {u"persistentVolumeClaim"_s, QJsonObject {{u"claimName"_s, mount.claim}}}});
    }
    QJsonObject c {{u"name"_s, container}, {u"image"_s, image}, {u"imagePullPolicy"_s, u"IfNotPresent"_s}};
    if (!ports.isEmpty())
        c.insert(u"ports"_s, ports);
    if (!env.isEmpty())
        c.insert(u"env"_s, env);
    if (!volumeMounts.isEmpty())
        c.insert(u"volumeMounts"_s, volumeMounts);
    QJsonObject spec {{u"containers"_s, QJsonArray {c}}, {u"restartPolicy"_s, u"Always"_s}};
    if (!volumes.isEmpty())
        spec.insert(u"volumes"_s, volumes);
    return spec;
}

QJsonObject pod(const QString& name, const QString& ns, const QJsonObject& labels, const QJsonObject& spec)
{
    return {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, kindname::Pod}, {u"metadata"_s, meta(name, ns, labels)},
        {u"spec"_s, spec}};
}

/// The MySQL Deployment of the device documentation (reference/azure-stack-edge.md §2.2),
/// with its root password taken from the Secret `mysql-root` instead of a literal value.
QJsonObject mysqlDeployment(const QString& ns)
{
    const QJsonObject labels {{u"app"_s, u"mysql"_s}};
    const QJsonObject secretRef {{u"name"_s, u"mysql-root"_s}, {u"key"_s, u"password"_s}};
    const QJsonObject spec = podSpec(u"mysql"_s, u"mysql:5.6"_s,
        {{u"mysql-persistent-storage"_s, u"mysql-pv-claim-sc"_s, u"/var/lib/mysql"_s}},
        QJsonArray {QJsonObject {{u"containerPort"_s, 3306}, {u"name"_s, u"mysql"_s}}},
        QJsonArray {QJsonObject {{u"name"_s, u"MYSQL_ROOT_PASSWORD"_s},
            {u"valueFrom"_s, QJsonObject {{u"secretKeyRef"_s, secretRef}}}}});
    return {{u"apiVersion"_s, u"apps/v1"_s}, {u"kind"_s, kindname::Deployment},
        {u"metadata"_s, meta(u"mysql"_s, ns)},
        {u"spec"_s,
            QJsonObject {{u"selector"_s, QJsonObject {{u"matchLabels"_s, labels}}},
                {u"strategy"_s, QJsonObject {{u"type"_s, u"Recreate"_s}}},
                {u"template"_s,
                    QJsonObject {{u"metadata"_s, QJsonObject {{u"labels"_s, labels}}}, {u"spec"_s, spec}}}}}};
}

const QStringList& defaultNamespaces()
{
    static const QStringList names {u"default"_s, u"kube-system"_s, u"kube-public"_s, u"kube-node-lease"_s,
        u"edge-apps"_s, u"iotedge"_s, u"monitoring"_s};
    return names;
}

std::optional<QString> seedDevice(DeviceState& device)
{
    const ArmIdentity& id = device.identity();
    device.setDeviceProperties(QJsonObject {
        {u"dataBoxEdgeDeviceStatus"_s, u"Online"_s},
        {u"deviceType"_s, u"DataBoxEdgeDevice"_s},
        {u"friendlyName"_s, u"Contoso lab ASE Pro GPU"_s},
        {u"description"_s, u"Demo device: Azure Stack Edge Pro GPU, single node"_s},
        {u"modelDescription"_s, u"Azure Stack Edge Pro with 1 GPU"_s},
        {u"serialNumber"_s, u"HW6C1T2"_s},
        {u"deviceModel"_s, u"Azure Stack Edge Pro - 1 GPU"_s},
        {u"deviceSoftwareVersion"_s, u"3.2.2510.1871"_s},
        {u"deviceHcsVersion"_s, u"1.6.2510.1871"_s},
        {u"deviceLocalCapacity"_s, 4194304},
        {u"culture"_s, u"en-US"_s},
        {u"timeZone"_s, u"UTC"_s},
        {u"nodeCount"_s, 1},
        {u"kubernetesWorkloadProfile"_s, u"Azure Private MEC"_s},
        {u"dataResidency"_s, QJsonObject {{u"type"_s, u"GeoZoneReplication"_s}}},
        {u"dataBoxEdgeDeviceStatusMessage"_s, QString(u"Device " + id.deviceName + u" is online.")},
    });
    const QJsonObject node {{u"name"_s, QString(demonode::Name)}, {u"type"_s, u"Master"_s},
        {u"ipConfiguration"_s,
            QJsonArray {QJsonObject {{u"port"_s, u"Port2"_s}, {u"ipAddress"_s, QString(demonode::HostIp)}}}}};
    const QJsonObject clusterInfo {{u"version"_s, u"v1.32.0"_s},
        {u"etcdInfo"_s, QJsonObject {{u"type"_s, u"etcd"_s}, {u"version"_s, u"3.5.16"_s}}},
        {u"nodes"_s, QJsonArray {node}}};
    const QJsonObject compute {
        {u"vmProfile"_s, u"DS1_v2"_s}, {u"memoryInBytes"_s, 68719476736.0}, {u"processorCount"_s, 24}};
    const QJsonObject storage {{u"storageClasses"_s,
                                   QJsonArray {QJsonObject {{u"name"_s, u"ase-node-local"_s},
                                       {u"type"_s, u"local-path"_s}, {u"posixCompliant"_s, u"Enabled"_s}}}},
        {u"endpoints"_s, QJsonArray {}}};
    const QJsonObject network {
        {u"cniConfig"_s,
            QJsonObject {{u"type"_s, u"Calico"_s}, {u"version"_s, u"v3.28.2"_s},
                {u"podSubnet"_s, u"172.27.0.0/16"_s}, {u"serviceSubnet"_s, u"172.28.0.0/16"_s}}},
        {u"loadBalancerConfig"_s,
            QJsonObject {{u"type"_s, u"MetalLB"_s}, {u"version"_s, u"v0.14.8"_s},
                {u"ipRange"_s, QJsonArray {u"10.100.10.20-10.100.10.30"_s}}}}};
    const QJsonObject role {{u"kind"_s, u"Kubernetes"_s},
        {u"properties"_s,
            QJsonObject {{u"hostPlatform"_s, u"Linux"_s}, {u"roleStatus"_s, u"Enabled"_s},
                {u"kubernetesClusterInfo"_s, clusterInfo},
                {u"kubernetesRoleResources"_s,
                    QJsonObject {
                        {u"compute"_s, compute}, {u"storage"_s, storage}, {u"network"_s, network}}}}}};
    if (auto error = device.putRoleNow(u"kubernetesRole"_s, role))
        return error->message;
    return std::nullopt;
}

std::optional<QString> seedShares(DeviceState& device)
{
    const auto userId = [&](const QString& name) { return device.resourceId(DeviceCollection::Users, name); };
    const QJsonObject shareUser {{u"properties"_s, QJsonObject {{u"userType"_s, u"Share"_s}}}};
    for (const QString& user : {u"shareuser1"_s, u"analyst"_s}) {
        if (auto error = device.putUserNow(user, shareUser))
            return error->message;
    }
    if (auto error = device.putStorageAccountCredentialNow(u"contosoedgestorage"_s,
            {{u"properties"_s,
                QJsonObject {{u"alias"_s, u"contosoedgestorage"_s}, {u"userName"_s, u"contosoedgestorage"_s},
                    {u"accountKey"_s,
                        QJsonObject {{u"value"_s, u"ZGVtby1rZXk="_s}, {u"encryptionAlgorithm"_s, u"None"_s}}},
                    {u"sslStatus"_s, u"Enabled"_s}, {u"accountType"_s, u"GeneralPurposeStorage"_s},
                    {u"blobDomainName"_s, u"blob.core.windows.net"_s}}}}))
        return error->message;

    const QJsonArray smbRights {
        QJsonObject {{u"userId"_s, userId(u"shareuser1"_s)}, {u"accessType"_s, u"Change"_s}},
        QJsonObject {{u"userId"_s, userId(u"analyst"_s)}, {u"accessType"_s, u"Read"_s}}};
    const QList<QPair<QString, QJsonObject>> shares {
        {u"mylocalsmbshare1"_s,
            {{u"description"_s, u"Local SMB share for the edge apps"_s}, {u"shareStatus"_s, ShareStatus},
                {u"monitoringStatus"_s, u"Enabled"_s}, {u"accessProtocol"_s, u"SMB"_s},
                {u"dataPolicy"_s, u"Local"_s}, {u"userAccessRights"_s, smbRights}}},
        {u"mylocalnfsshare1"_s,
            {{u"description"_s, u"Local NFS share for sensor data"_s}, {u"shareStatus"_s, ShareStatus},
                {u"monitoringStatus"_s, u"Enabled"_s}, {u"accessProtocol"_s, u"NFS"_s},
                {u"dataPolicy"_s, u"Local"_s},
                {u"clientAccessRights"_s,
                    QJsonArray {QJsonObject {{u"client"_s, QString(demonode::HostIp)},
                                    {u"accessPermission"_s, u"ReadWrite"_s}},
                        QJsonObject {
                            {u"client"_s, u"10.100.10.50"_s}, {u"accessPermission"_s, u"ReadOnly"_s}}}}}},
        {u"mycloudsmbshare1"_s,
            {{u"description"_s, u"Cloud share tiered to Azure blob storage"_s},
                {u"shareStatus"_s, ShareStatus}, {u"monitoringStatus"_s, u"Enabled"_s},
                {u"accessProtocol"_s, u"SMB"_s}, {u"dataPolicy"_s, u"Cloud"_s},
                {u"azureContainerInfo"_s,
                    QJsonObject {{u"storageAccountCredentialId"_s,
                                     device.resourceId(DeviceCollection::StorageAccountCredentials,
                                         u"contosoedgestorage"_s)},
                        {u"containerName"_s, u"mycloudsmbshare1"_s}, {u"dataFormat"_s, u"BlockBlob"_s}}},
                {u"userAccessRights"_s, smbRights}}},
        {u"backupshare"_s,
            {{u"description"_s, u"Backups; not used by Edge compute"_s}, {u"shareStatus"_s, ShareStatus},
                {u"monitoringStatus"_s, u"Disabled"_s}, {u"accessProtocol"_s, u"SMB"_s},
                {u"dataPolicy"_s, u"Local"_s}, {u"userAccessRights"_s, QJsonArray {smbRights.at(0)}}}},
    };
    for (const auto& [name, properties] : shares) {
        if (auto error = device.putShareNow(name, {{u"properties"_s, properties}}))
            return error->message;
    }
    // "Use the share with Edge compute": mounted on the Kubernetes role → PVs.
    for (const QString& name : {u"mylocalsmbshare1"_s, u"mylocalnfsshare1"_s, u"mycloudsmbshare1"_s}) {
        if (auto error = device.setMountedNow(name, true))
            return error->message;
    }
    return std::nullopt;
}

std::optional<QString> seedBase(Seeder& seeder)
{
    for (const QString& ns : defaultNamespaces())
        seeder.create(kindname::Namespace, {}, namespaceObject(ns), true);
    seeder.createOrReplace(kindname::StorageClass, nodeLocalClass());
    return seeder.error();
}

} // namespace

QString Scenario::nodeName()
{
    return QString(demonode::Name);
}

QStringList Scenario::names()
{
    return {u"default"_s, u"empty"_s};
}

std::optional<QString> Scenario::seed(const QString& name, ClusterState& cluster, DeviceState& device)
{
    if (name == u"default")
        return seedDefault(cluster, device);
    if (name == u"empty")
        return seedEmpty(cluster, device);
    return u"unknown scenario \""_s + name + u"\" (known: "_s + names().join(u", "_s) + u')';
}

std::optional<QString> Scenario::seedEmpty(ClusterState& cluster, DeviceState& device)
{
    Seeder seeder(cluster);
    if (auto error = seedBase(seeder))
        return error;
    return seedDevice(device);
}

std::optional<QString> Scenario::seedDefault(ClusterState& cluster, DeviceState& device)
{
    if (auto error = seedEmpty(cluster, device))
        return error;
    if (auto error = seedShares(device))
        return error;

    Seeder seeder(cluster);
    const QJsonArray rwx {u"ReadWriteMany"_s};
    const QJsonArray rwo {u"ReadWriteOnce"_s};
    const QString none; // storageClassName: "" (no class: static provisioning)

    // Bound (by the binder) to the share PVs: volumeName + storageClassName "" (§2.1).
    seeder.create(kindname::PersistentVolumeClaim, u"edge-apps"_s,
        claim(u"pvc-smb-flexvol"_s, u"edge-apps"_s, rwx, u"10Gi"_s, none, u"mylocalsmbshare1"_s));
    seeder.create(kindname::PersistentVolumeClaim, u"edge-apps"_s,
        claim(u"sensor-data"_s, u"edge-apps"_s, rwx, u"100Gi"_s, none, u"mylocalnfsshare1"_s));
    seeder.create(kindname::PersistentVolumeClaim, u"iotedge"_s,
        claim(u"cloud-upload"_s, u"iotedge"_s, rwx, u"1Ti"_s, none, u"mycloudsmbshare1"_s));

    // Pending, each for its own reason:
    // no PV is large enough (share PVs are 32Ti) and no class → FailedBinding;
    seeder.create(kindname::PersistentVolumeClaim, u"edge-apps"_s,
        claim(u"archive-claim"_s, u"edge-apps"_s, rwx, u"40Ti"_s, none));
    // a class that does not exist → ProvisioningFailed;
    seeder.create(kindname::PersistentVolumeClaim, u"edge-apps"_s,
        claim(u"fast-cache"_s, u"edge-apps"_s, rwo, u"5Gi"_s, u"azurefile-premium"_s));
    // WaitForFirstConsumer and no pod uses it yet;
    seeder.create(kindname::PersistentVolumeClaim, u"monitoring"_s,
        claim(u"prometheus-data"_s, u"monitoring"_s, rwo, u"50Gi"_s, u"ase-node-local"_s));
    // volumeName names a share PV that is bound to another claim → FailedBinding.
    seeder.create(kindname::PersistentVolumeClaim, u"edge-apps"_s,
        claim(u"smb-second-claim"_s, u"edge-apps"_s, rwx, u"10Gi"_s, none, u"mylocalsmbshare1"_s));

    // Lost: it was bound to the PV `sensor-archive`, which has since been deleted. Seeded as
    // it was (Bound); the binder finds the PV missing and marks it Lost with ClaimLost.
    QJsonObject lost = claim(u"sensor-archive"_s, u"iotedge"_s, rwx, u"500Gi"_s, none, u"sensor-archive"_s);
    QJsonObject lostMeta = metafield::of(lost);
    lostMeta.insert(u"annotations"_s, QJsonObject {{u"pv.kubernetes.io/bind-completed"_s, u"yes"_s}});
    lost.insert(u"metadata"_s, lostMeta);
    lost.insert(u"status"_s,
        QJsonObject {{u"phase"_s, u"Bound"_s},
            {u"accessModes"_s, QJsonArray {u"ReadWriteOnce"_s, u"ReadWriteMany"_s}},
            {u"capacity"_s, QJsonObject {{u"storage"_s, u"32Ti"_s}}}});
    seeder.create(kindname::PersistentVolumeClaim, u"iotedge"_s, lost, true);

    // Dynamic provisioning, Immediate: a claim the NFS subdir provisioner binds at once.
    seeder.create(kindname::StorageClass, {}, nfsClientClass(device.identity().dataIp));
    seeder.create(kindname::PersistentVolumeClaim, u"edge-apps"_s,
        claim(u"shared-scratch"_s, u"edge-apps"_s, rwx, u"5Gi"_s, u"nfs-client"_s));
    seeder.create(kindname::Pod, u"kube-system"_s,
        pod(u"nfs-subdir-external-provisioner-6f7d8c9b5-r2t8w"_s, u"kube-system"_s,
            {{u"app"_s, u"nfs-subdir-external-provisioner"_s}},
            podSpec(u"nfs-subdir-external-provisioner"_s,
                u"registry.k8s.io/sig-storage/nfs-subdir-external-provisioner:v4.0.2"_s, {})));

    // Dynamic provisioning: the MySQL example of the device documentation (§2.2), its
    // password in a Secret.
    seeder.create(kindname::Secret, u"edge-apps"_s,
        QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, kindname::Secret},
            {u"metadata"_s, meta(u"mysql-root"_s, u"edge-apps"_s)}, {u"type"_s, u"Opaque"_s},
            {u"data"_s,
                QJsonObject {{u"password"_s, QString::fromLatin1(QByteArray("demo-only").toBase64())}}}});
    seeder.create(kindname::PersistentVolumeClaim, u"edge-apps"_s,
        claim(u"mysql-pv-claim-sc"_s, u"edge-apps"_s, rwo, u"20Gi"_s, u"ase-node-local"_s));
    seeder.create(kindname::Deployment, u"edge-apps"_s, mysqlDeployment(u"edge-apps"_s));

    // Pods: share users, IoT Edge modules, system pods.
    seeder.create(kindname::Pod, u"edge-apps"_s,
        pod(u"smb-writer"_s, u"edge-apps"_s, {{u"app"_s, u"smb-writer"_s}},
            podSpec(u"writer"_s, u"nginx:1.27"_s, {{u"data"_s, u"pvc-smb-flexvol"_s, u"/data"_s}})));
    seeder.create(kindname::Pod, u"edge-apps"_s,
        pod(u"sensor-reader"_s, u"edge-apps"_s, {{u"app"_s, u"sensor-reader"_s}},
            podSpec(u"reader"_s, u"busybox:1.36"_s, {{u"sensors"_s, u"sensor-data"_s, u"/mnt/sensors"_s}})));
    seeder.create(kindname::Pod, u"iotedge"_s,
        pod(u"filemove-6d5f8c9b7-x2kqp"_s, u"iotedge"_s,
            {{u"net.azure-devices.edge.module"_s, u"filemove"_s}},
            podSpec(u"filemove"_s, u"mcr.microsoft.com/azure-iot-edge/filemove:1.0"_s,
                {{u"output"_s, u"cloud-upload"_s, u"/home/output"_s}})));
    seeder.create(kindname::Pod, u"iotedge"_s,
        pod(u"edgeagent-7c9d8b6f4-m8vzr"_s, u"iotedge"_s,
            {{u"net.azure-devices.edge.module"_s, u"edgeAgent"_s}},
            podSpec(u"edgeagent"_s, u"mcr.microsoft.com/azureiotedge-agent:1.5"_s, {})));
    seeder.create(kindname::Pod, u"iotedge"_s,
        pod(u"edgehub-5b8f7d9c6-q4lth"_s, u"iotedge"_s, {{u"net.azure-devices.edge.module"_s, u"edgeHub"_s}},
            podSpec(u"edgehub"_s, u"mcr.microsoft.com/azureiotedge-hub:1.5"_s, {})));
    seeder.create(kindname::Pod, u"kube-system"_s,
        pod(u"coredns-668d6bf9bc-7h2xk"_s, u"kube-system"_s, {{u"k8s-app"_s, u"kube-dns"_s}},
            podSpec(u"coredns"_s, u"registry.k8s.io/coredns/coredns:v1.11.3"_s, {})));
    seeder.create(kindname::Pod, u"kube-system"_s,
        pod(u"local-path-provisioner-7b8f6d5c9-kc4wd"_s, u"kube-system"_s,
            {{u"app"_s, u"local-path-provisioner"_s}},
            podSpec(u"local-path-provisioner"_s, u"rancher/local-path-provisioner:v0.0.30"_s, {})));
    seeder.create(kindname::Pod, u"monitoring"_s,
        pod(u"node-exporter-9xq2m"_s, u"monitoring"_s, {{u"app"_s, u"node-exporter"_s}},
            podSpec(u"node-exporter"_s, u"quay.io/prometheus/node-exporter:v1.8.2"_s, {})));

    // A few events of the device's own making (the controllers add theirs).
    const auto pv = cluster.find(resourceKindByKind(kindname::PersistentVolume), {}, u"mylocalsmbshare1"_s);
    if (pv)
        seeder.event(kindname::PersistentVolume, *pv, u"Normal"_s, u"ShareMounted"_s,
            u"Share mylocalsmbshare1 mounted for Edge compute at /home/hcsshares/mylocalsmbshare1"_s,
            u"databoxedge-device"_s);
    return seeder.error();
}

std::optional<QString> Scenario::seedObjects(ClusterState& cluster, int count)
{
    Seeder seeder(cluster, false);
    constexpr int Namespaces = 10;
    QStringList namespaces;
    for (int i = 0; i < Namespaces; ++i) {
        namespaces.append(u"load-"_s + QString::number(i).rightJustified(2, u'0'));
        seeder.create(kindname::Namespace, {}, namespaceObject(namespaces.last()), true);
    }
    seeder.create(kindname::StorageClass, {}, nodeLocalClass());
    const QString node = nodeName();
    for (int i = 0; i < count && !seeder.error(); ++i) {
        const QString ns = namespaces.at(i % Namespaces);
        const QString number = QString::number(i).rightJustified(6, u'0');
        const QString claimName = u"data-"_s + number;
        const QString volumeName = u"load-pv-"_s + number;

        // Already bound to each other, as the provisioner and binder would leave them.
        QJsonObject pvc = claim(claimName, ns, QJsonArray {u"ReadWriteOnce"_s}, u"1Gi"_s, u"ase-node-local"_s,
            volumeName, {{u"app"_s, u"load"_s}});
        QJsonObject pvcMeta = metafield::of(pvc);
        pvcMeta.insert(u"annotations"_s,
            QJsonObject {{u"pv.kubernetes.io/bind-completed"_s, u"yes"_s},
                {u"pv.kubernetes.io/bound-by-controller"_s, u"yes"_s},
                {u"volume.kubernetes.io/selected-node"_s, node},
                {u"volume.kubernetes.io/storage-provisioner"_s, u"rancher.io/local-path"_s},
                {u"volume.beta.kubernetes.io/storage-provisioner"_s, u"rancher.io/local-path"_s}});
        pvc.insert(u"metadata"_s, pvcMeta);
        pvc.insert(u"status"_s,
            QJsonObject {{u"phase"_s, u"Bound"_s}, {u"accessModes"_s, QJsonArray {u"ReadWriteOnce"_s}},
                {u"capacity"_s, QJsonObject {{u"storage"_s, u"1Gi"_s}}}});
        const QJsonObject storedClaim = seeder.create(kindname::PersistentVolumeClaim, ns, pvc, true);
        const QJsonObject claimMeta = metafield::of(storedClaim);

        const QJsonObject pv {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, kindname::PersistentVolume},
            {u"metadata"_s,
                QJsonObject {{u"name"_s, volumeName},
                    {u"annotations"_s,
                        QJsonObject {{u"pv.kubernetes.io/provisioned-by"_s, u"rancher.io/local-path"_s},
                            {u"pv.kubernetes.io/bound-by-controller"_s, u"yes"_s}}}}},
            {u"spec"_s,
                QJsonObject {{u"capacity"_s, QJsonObject {{u"storage"_s, u"1Gi"_s}}},
                    {u"accessModes"_s, QJsonArray {u"ReadWriteOnce"_s}},
                    {u"persistentVolumeReclaimPolicy"_s, u"Delete"_s},
                    {u"storageClassName"_s, u"ase-node-local"_s}, {u"volumeMode"_s, u"Filesystem"_s},
                    {u"hostPath"_s,
                        QJsonObject {{u"path"_s,
                                         QString(u"/var/lib/rancher/local-path/" + volumeName + u'_' + ns
                                             + u'_' + claimName)},
                            {u"type"_s, u"DirectoryOrCreate"_s}}},
                    {u"nodeAffinity"_s,
                        QJsonObject {{u"required"_s,
                            QJsonObject {{u"nodeSelectorTerms"_s,
                                QJsonArray {QJsonObject {{u"matchExpressions"_s,
                                    QJsonArray {QJsonObject {{u"key"_s, u"kubernetes.io/hostname"_s},
                                        {u"operator"_s, u"In"_s}, {u"values"_s, QJsonArray {node}}}}}}}}}}}},
                    {u"claimRef"_s,
                        QJsonObject {{u"kind"_s, kindname::PersistentVolumeClaim}, {u"apiVersion"_s, u"v1"_s},
                            {u"namespace"_s, ns}, {u"name"_s, claimName},
                            {u"uid"_s, claimMeta.value(u"uid"_s)},
                            {u"resourceVersion"_s, claimMeta.value(u"resourceVersion"_s)}}}}},
            {u"status"_s, QJsonObject {{u"phase"_s, u"Bound"_s}}}};
        seeder.create(kindname::PersistentVolume, {}, pv, true);

        QJsonObject spec = podSpec(u"app"_s, u"busybox:1.36"_s, {{u"data"_s, claimName, u"/data"_s}});
        spec.insert(u"nodeName"_s, node);
        // Already running, as the kubelet would leave it: the device answers as soon as it
        // is up instead of starting every pod of the load first.
        const QJsonObject storedPod
            = seeder.create(kindname::Pod, ns, pod(u"load-"_s + number, ns, {{u"app"_s, u"load"_s}}, spec));
        if (!storedPod.isEmpty())
            cluster.writeStatus(resourceKindByKind(kindname::Pod), ns, metafield::name(storedPod),
                PodLifecycle::runningStatus(storedPod, ClusterState::timestamp(cluster.now())));
    }
    return seeder.error();
}

} // namespace ase::demo
