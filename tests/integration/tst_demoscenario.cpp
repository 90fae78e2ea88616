// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The demo device's seed scenarios after the controllers ran: what a newcomer sees.
#include "app/demo/ClusterState.h"
#include "app/demo/arm/DeviceState.h"
#include "app/demo/controllers/DemoControllers.h"
#include "app/demo/scenario/Scenario.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace ase::demo {

namespace {

ResourceKind kind(const QString& name)
{
    return resourceKindByKind(name);
}

QString phaseOf(const std::optional<QJsonObject>& object)
{
    return object ? object->value(u"status"_s).toObject().value(u"phase"_s).toString() : u"<absent>"_s;
}

} // namespace

class TestDemoScenario final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void namespacesAndClass();
    void sharesAndVolumes();
    void claims_data();
    void claims();
    void pendingReasons_data();
    void pendingReasons();
    void mysqlDeployment();
    void pods_data();
    void pods();
    void emptyScenario();
    void unknownScenario();
    void loadObjects();

private:
    QStringList eventReasons(const QString& ns, const QString& involvedName) const;

    std::unique_ptr<ClusterState> m_cluster;
    std::unique_ptr<DeviceState> m_device;
    DemoControllers* m_controllers = nullptr;
};

void TestDemoScenario::initTestCase()
{
    m_cluster = std::make_unique<ClusterState>();
    m_controllers = installControllers(*m_cluster, m_cluster.get());
    m_device = std::make_unique<DeviceState>(ArmIdentity {}, m_cluster.get());
    const auto error = Scenario::seed(u"default"_s, *m_cluster, *m_device);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    QVERIFY(m_controllers->settle());
}

QStringList TestDemoScenario::eventReasons(const QString& ns, const QString& involvedName) const
{
    QStringList reasons;
    for (const QJsonObject& event : m_cluster->objects(kind(u"Event"_s), ns)) {
        if (event.value(u"involvedObject"_s).toObject().value(u"name"_s).toString() == involvedName)
            reasons.append(event.value(u"reason"_s).toString());
    }
    return reasons;
}

void TestDemoScenario::namespacesAndClass()
{
    for (const QString& ns : {u"default"_s, u"kube-system"_s, u"edge-apps"_s, u"iotedge"_s, u"monitoring"_s})
        QVERIFY2(m_cluster->find(kind(u"Namespace"_s), {}, ns), qPrintable(ns));
    // ase-node-local (WaitForFirstConsumer) and nfs-client (Immediate), so both are seen.
    QCOMPARE(m_cluster->count(kind(u"StorageClass"_s)), 2);
    const auto nfs = m_cluster->find(kind(u"StorageClass"_s), {}, u"nfs-client"_s);
    QVERIFY(nfs);
    QCOMPARE(nfs->value(u"volumeBindingMode"_s).toString(), u"Immediate"_s);
    QCOMPARE(nfs->value(u"provisioner"_s).toString(), u"cluster.local/nfs-subdir-external-provisioner"_s);
    const auto storageClass = m_cluster->find(kind(u"StorageClass"_s), {}, u"ase-node-local"_s);
    QVERIFY(storageClass);
    QCOMPARE(storageClass->value(u"provisioner"_s).toString(), u"rancher.io/local-path"_s);
    QCOMPARE(storageClass->value(u"volumeBindingMode"_s).toString(), u"WaitForFirstConsumer"_s);
    QCOMPARE(storageClass->value(u"reclaimPolicy"_s).toString(), u"Delete"_s);
    // Not the default class (documented choice, see Scenario).
    QVERIFY(!storageClass->value(u"metadata"_s)
                 .toObject()
                 .value(u"annotations"_s)
                 .toObject()
                 .contains(u"storageclass.kubernetes.io/is-default-class"_s));
}

void TestDemoScenario::sharesAndVolumes()
{
    const QJsonObject device = m_device->device();
    QCOMPARE(device["properties"_L1]["dataBoxEdgeDeviceStatus"_L1].toString(), u"Online"_s);
    QCOMPARE(device["properties"_L1]["deviceModel"_L1].toString(), u"Azure Stack Edge Pro - 1 GPU"_s);
    QCOMPARE(m_device->list(DeviceCollection::Shares).size(), 4);
    QCOMPARE(m_device->list(DeviceCollection::Users).size(), 2);
    QCOMPARE(m_device->list(DeviceCollection::StorageAccountCredentials).size(), 1);
    QCOMPARE(m_device->kubernetesRoleName(), u"kubernetesRole"_s);

    const QStringList mounted {u"mylocalsmbshare1"_s, u"mylocalnfsshare1"_s, u"mycloudsmbshare1"_s};
    for (const QString& name : mounted) {
        QVERIFY(m_device->isMounted(name));
        const auto share = m_device->get(DeviceCollection::Shares, name);
        QCOMPARE((*share)["properties"_L1]["shareMappings"_L1].toArray().size(), 1);
        const auto pv = m_cluster->find(kind(u"PersistentVolume"_s), {}, name);
        QVERIFY2(pv, qPrintable(name));
        QCOMPARE((*pv)["spec"_L1]["capacity"_L1]["storage"_L1].toString(), u"32Ti"_s);
        QCOMPARE((*pv)["spec"_L1]["persistentVolumeReclaimPolicy"_L1].toString(), u"Retain"_s);
        QCOMPARE(phaseOf(pv), u"Bound"_s);
    }
    QCOMPARE(
        (*m_device->get(DeviceCollection::Shares, u"mycloudsmbshare1"_s))["properties"_L1]["dataPolicy"_L1]
            .toString(),
        u"Cloud"_s);
    QCOMPARE((*m_device->get(
                 DeviceCollection::Shares, u"mylocalnfsshare1"_s))["properties"_L1]["accessProtocol"_L1]
                 .toString(),
        u"NFS"_s);
    QVERIFY(!m_device->isMounted(u"backupshare"_s));
    QVERIFY(!m_cluster->find(kind(u"PersistentVolume"_s), {}, u"backupshare"_s));
}

void TestDemoScenario::claims_data()
{
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("volume"); // "pvc-" : a provisioned volume

    QTest::newRow("SMB share claim") << u"edge-apps"_s << u"pvc-smb-flexvol"_s << u"Bound"_s
                                     << u"mylocalsmbshare1"_s;
    QTest::newRow("NFS share claim") << u"edge-apps"_s << u"sensor-data"_s << u"Bound"_s
                                     << u"mylocalnfsshare1"_s;
    QTest::newRow("cloud share claim")
        << u"iotedge"_s << u"cloud-upload"_s << u"Bound"_s << u"mycloudsmbshare1"_s;
    QTest::newRow("MySQL on ase-node-local")
        << u"edge-apps"_s << u"mysql-pv-claim-sc"_s << u"Bound"_s << u"pvc-"_s;
    QTest::newRow("too large for any PV")
        << u"edge-apps"_s << u"archive-claim"_s << u"Pending"_s << QString();
    QTest::newRow("class missing") << u"edge-apps"_s << u"fast-cache"_s << u"Pending"_s << QString();
    QTest::newRow("waiting for a consumer")
        << u"monitoring"_s << u"prometheus-data"_s << u"Pending"_s << QString();
    QTest::newRow("volume bound elsewhere")
        << u"edge-apps"_s << u"smb-second-claim"_s << u"Pending"_s << u"mylocalsmbshare1"_s;
    QTest::newRow("lost its volume") << u"iotedge"_s << u"sensor-archive"_s << u"Lost"_s
                                     << u"sensor-archive"_s;
}

void TestDemoScenario::claims()
{
    QFETCH(QString, ns);
    QFETCH(QString, name);
    QFETCH(QString, phase);
    QFETCH(QString, volume);

    const auto claim = m_cluster->find(kind(u"PersistentVolumeClaim"_s), ns, name);
    QVERIFY(claim);
    QCOMPARE(phaseOf(claim), phase);
    const QString volumeName = (*claim)["spec"_L1]["volumeName"_L1].toString();
    if (volume == u"pvc-") {
        QCOMPARE(volumeName, u"pvc-"_s + (*claim)["metadata"_L1]["uid"_L1].toString());
        QVERIFY(m_cluster->find(kind(u"PersistentVolume"_s), {}, volumeName));
    } else {
        QCOMPARE(volumeName, volume);
    }
}

void TestDemoScenario::pendingReasons_data()
{
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");

    QTest::newRow("no PV, no class") << u"edge-apps"_s << u"archive-claim"_s << u"FailedBinding"_s;
    QTest::newRow("class missing") << u"edge-apps"_s << u"fast-cache"_s << u"ProvisioningFailed"_s;
    QTest::newRow("WaitForFirstConsumer")
        << u"monitoring"_s << u"prometheus-data"_s << u"WaitForFirstConsumer"_s;
    QTest::newRow("volume bound elsewhere") << u"edge-apps"_s << u"smb-second-claim"_s << u"FailedBinding"_s;
    QTest::newRow("lost") << u"iotedge"_s << u"sensor-archive"_s << u"ClaimLost"_s;
}

void TestDemoScenario::pendingReasons()
{
    QFETCH(QString, ns);
    QFETCH(QString, name);
    QFETCH(QString, reason);
    const QStringList reasons = eventReasons(ns, name);
    QVERIFY2(reasons.contains(reason), qPrintable(reasons.join(u", "_s)));
}

void TestDemoScenario::mysqlDeployment()
{
    const auto deployment = m_cluster->find(kind(u"Deployment"_s), u"edge-apps"_s, u"mysql"_s);
    QVERIFY(deployment);
    const QJsonObject spec = deployment->value(u"spec"_s).toObject();
    QCOMPARE(spec["strategy"_L1]["type"_L1].toString(), u"Recreate"_s);
    const QJsonObject podSpec = spec["template"_L1]["spec"_L1].toObject();
    const QJsonObject container = podSpec.value(u"containers"_s).toArray().at(0).toObject();
    QCOMPARE(container.value(u"image"_s).toString(), u"mysql:5.6"_s);
    QCOMPARE(container["volumeMounts"_L1][0]["mountPath"_L1].toString(), u"/var/lib/mysql"_s);
    QCOMPARE(container["ports"_L1][0]["containerPort"_L1].toInt(), 3306);
    QCOMPARE(podSpec["volumes"_L1][0]["persistentVolumeClaim"_L1]["claimName"_L1].toString(),
        u"mysql-pv-claim-sc"_s);

    const auto claim
        = m_cluster->find(kind(u"PersistentVolumeClaim"_s), u"edge-apps"_s, u"mysql-pv-claim-sc"_s);
    QCOMPARE((*claim)["spec"_L1]["storageClassName"_L1].toString(), u"ase-node-local"_s);
    QCOMPARE((*claim)["spec"_L1]["resources"_L1]["requests"_L1]["storage"_L1].toString(), u"20Gi"_s);
    QCOMPARE((*claim)["spec"_L1]["accessModes"_L1].toArray(), QJsonArray {u"ReadWriteOnce"_s});
    // The provisioner's volume.
    const auto pv
        = m_cluster->find(kind(u"PersistentVolume"_s), {}, (*claim)["spec"_L1]["volumeName"_L1].toString());
    QVERIFY(pv);
    QCOMPARE((*pv)["spec"_L1]["storageClassName"_L1].toString(), u"ase-node-local"_s);
    QCOMPARE((*pv)["spec"_L1]["capacity"_L1]["storage"_L1].toString(), u"20Gi"_s);
    // Its pod runs.
    bool running = false;
    for (const QJsonObject& pod : m_cluster->objects(kind(u"Pod"_s), u"edge-apps"_s)) {
        if (pod["metadata"_L1]["name"_L1].toString().startsWith(u"mysql-"_s))
            running = running || phaseOf(pod) == u"Running";
    }
    QVERIFY(running);
}

void TestDemoScenario::pods_data()
{
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("name");
    QTest::newRow("SMB share user") << u"edge-apps"_s << u"smb-writer"_s;
    QTest::newRow("NFS share user") << u"edge-apps"_s << u"sensor-reader"_s;
    QTest::newRow("IoT Edge module on the cloud share") << u"iotedge"_s << u"filemove-6d5f8c9b7-x2kqp"_s;
    QTest::newRow("system pod") << u"kube-system"_s << u"coredns-668d6bf9bc-7h2xk"_s;
}

void TestDemoScenario::pods()
{
    QFETCH(QString, ns);
    QFETCH(QString, name);
    const auto pod = m_cluster->find(kind(u"Pod"_s), ns, name);
    QVERIFY(pod);
    QCOMPARE(phaseOf(pod), u"Running"_s);
    QCOMPARE((*pod)["spec"_L1]["nodeName"_L1].toString(), Scenario::nodeName());
}

void TestDemoScenario::emptyScenario()
{
    ClusterState cluster;
    DemoControllers* controllers = installControllers(cluster, &cluster);
    DeviceState device(ArmIdentity {}, &cluster);
    QVERIFY(!Scenario::seed(u"empty"_s, cluster, device));
    QVERIFY(controllers->settle());
    QCOMPARE(cluster.count(kind(u"StorageClass"_s)), 1);
    QVERIFY(cluster.find(kind(u"Namespace"_s), {}, u"edge-apps"_s));
    QCOMPARE(cluster.count(kind(u"PersistentVolume"_s)), 0);
    QCOMPARE(cluster.count(kind(u"PersistentVolumeClaim"_s)), 0);
    QCOMPARE(cluster.count(kind(u"Pod"_s)), 0);
    QVERIFY(device.list(DeviceCollection::Shares).isEmpty());
    QCOMPARE(device.kubernetesRoleName(), u"kubernetesRole"_s);
}

void TestDemoScenario::unknownScenario()
{
    ClusterState cluster;
    DeviceState device(ArmIdentity {}, &cluster);
    const auto error = Scenario::seed(u"nosuch"_s, cluster, device);
    QVERIFY(error);
    QVERIFY(error->contains(u"nosuch"_s));
}

void TestDemoScenario::loadObjects()
{
    // ASE_DEMO_LOAD_OBJECTS=10000 measures a larger seed (the count must be a multiple of 10).
    const int Count = qEnvironmentVariableIsSet("ASE_DEMO_LOAD_OBJECTS")
        ? qEnvironmentVariableIntValue("ASE_DEMO_LOAD_OBJECTS")
        : 2000;
    ClusterState cluster;
    DemoControllers* controllers = installControllers(cluster, &cluster);
    DeviceState device(ArmIdentity {}, &cluster);
    QVERIFY(!Scenario::seed(u"empty"_s, cluster, device));
    QElapsedTimer timer;
    timer.start();
    const auto error = Scenario::seedObjects(cluster, Count);
    QVERIFY2(!error, qPrintable(error.value_or(QString())));
    qInfo("seeded %d PV/PVC pairs and pods in %lld ms", Count, timer.elapsed());
    QVERIFY(controllers->settle(200));
    qInfo("seeded and settled in %lld ms", timer.elapsed());

    QCOMPARE(cluster.count(kind(u"PersistentVolume"_s)), Count);
    QCOMPARE(cluster.count(kind(u"PersistentVolumeClaim"_s)), Count);
    QCOMPARE(cluster.count(kind(u"Pod"_s)), Count);
    for (int i = 0; i < 10; ++i) {
        const QString ns = u"load-0"_s + QString::number(i);
        QCOMPARE(cluster.objects(kind(u"PersistentVolumeClaim"_s), ns).size(), Count / 10);
    }
    for (const QJsonObject& claim : cluster.objects(kind(u"PersistentVolumeClaim"_s)))
        QCOMPARE(phaseOf(claim), u"Bound"_s);
    for (const QJsonObject& pv : cluster.objects(kind(u"PersistentVolume"_s)))
        QCOMPARE(phaseOf(pv), u"Bound"_s);
}

} // namespace ase::demo

QTEST_GUILESS_MAIN(ase::demo::TestDemoScenario)
#include "tst_demoscenario.moc"
