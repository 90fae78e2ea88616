// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// `ase-storage-manager claim dynamic` against ase-demo-device (a child process): the
// refusals before sending (a class that does not exist, a mode its provisioner cannot give,
// the MySQL template without its Secret), --dry-run=client printing what the wizard
// previews, and --wait with each consumer until the claims are Bound and the pods Running.

#include "models/provisioning/ClaimManifests.h"

#include "tests/cli/CliTestSupport.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ase;
using ase::test::CliRun;
using provisioning::ClaimDraft;
using provisioning::ConsumerKind;

Q_DECLARE_METATYPE(ase::provisioning::ClaimDraft)

class TestCliDynamic final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void clientDryRunIsThePreview_data();
    void clientDryRunIsThePreview();
    void waitsWithEachConsumer_data();
    void waitsWithEachConsumer();
    void missingSecretTimesOutSayingWhy();

private:
    CliRun run(QStringList arguments) const
    {
        arguments << u"--kubeconfig"_s << m_device.kubeconfig();
        return m_device.run(arguments);
    }

    ase::test::DemoDeviceProcess m_device;
};

void TestCliDynamic::initTestCase()
{
    QString error;
    QVERIFY2(m_device.start(&error), qPrintable(error));
}

void TestCliDynamic::refusedBeforeSending_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QStringList claim {u"claim"_s, u"dynamic"_s, u"x"_s, u"--size"_s, u"1Gi"_s};
    const QStringList local = claim + QStringList {u"--storage-class"_s, u"ase-node-local"_s};
    QTest::newRow("no class") << claim
                              << u"error: give exactly one of --storage-class CLASS (e.g. ase-node-local) or "
                                 "--default-class."_s;
    QTest::newRow("class and default") << local + QStringList {u"--default-class"_s}
                                       << u"error: give exactly one of --storage-class CLASS"_s;
    QTest::newRow("unknown class")
        << claim + QStringList {u"--storage-class"_s, u"gold"_s}
        << u"error: --storage-class: There is no StorageClass named gold; the cluster has "
           "ase-node-local, nfs-client."_s;
    QTest::newRow("mode the provisioner cannot give")
        << local + QStringList {u"--access-mode"_s, u"ReadWriteMany"_s}
        << u"error: --access-mode: ase-node-local (rancher.io/local-path) gives ReadWriteOnce, "
           u"ReadWriteOncePod "
           "only: its volumes live on one node's disk, so ReadWriteMany is not possible."_s;
    QTest::newRow("no default class")
        << claim + QStringList {u"--default-class"_s}
        << u"error: --storage-class: Choose a StorageClass: the cluster has no default "
           "class"_s;
    QTest::newRow("template without workload")
        << local + QStringList {u"--template"_s, u"mysql"_s}
        << u"error: --template needs --consumer deployment or statefulset."_s;
    QTest::newRow("mysql without secret")
        << local + QStringList {u"--consumer"_s, u"deployment"_s, u"--template"_s, u"mysql"_s}
        << u"error: --template mysql takes the root password from a Secret: name it with --password-secret NAME"_s;
    QTest::newRow("secret without mysql") << local + QStringList {u"--password-secret"_s, u"s"_s}
                                          << u"error: --password-secret needs --template mysql."_s;
    QTest::newRow("bad template") << local
            + QStringList {u"--consumer"_s, u"deployment"_s, u"--template"_s, u"pg"_s}
                                  << u"error: --template pg: use generic or mysql."_s;
    QTest::newRow("bad volume mode") << local + QStringList {u"--volume-mode"_s, u"raw"_s}
                                     << u"error: --volume-mode raw: use Filesystem or Block."_s;
    QTest::newRow("bad label") << local + QStringList {u"--label"_s, u"novalue"_s}
                               << u"error: --label novalue: write KEY=VALUE, e.g. --label app=mysql."_s;
    QTest::newRow("mysql replicas")
        << local
            + QStringList {u"--consumer"_s, u"statefulset"_s, u"--template"_s, u"mysql"_s,
                u"--password-secret"_s, u"mysql-root"_s, u"--replicas"_s, u"2"_s}
        << u"error: --replicas: The MySQL template runs one replica (it sets up no replication); set one replica."_s;
    QTest::newRow("block with a workload")
        << local + QStringList {u"--volume-mode"_s, u"Block"_s, u"--consumer"_s, u"deployment"_s}
        << u"error: --volume-mode: A Block claim is a raw device (volumeDevices)"_s;
}

void TestCliDynamic::refusedBeforeSending()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun r = run(arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliDynamic::clientDryRunIsThePreview_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<ClaimDraft>("draft");

    ClaimDraft sts = ClaimDraft::forStorageClass(u"ase-node-local"_s);
    sts.name = u"data"_s;
    sts.ns = u"edge-apps"_s;
    sts.size = u"3Gi"_s;
    sts.labels = {{u"tier"_s, u"db"_s}};
    sts.consumer.kind = ConsumerKind::StatefulSet;
    sts.consumer.name = u"web"_s;
    sts.consumer.replicas = 3;
    QTest::newRow("statefulset templates") << QStringList {u"claim"_s, u"dynamic"_s, u"data"_s,
        u"--storage-class"_s, u"ase-node-local"_s, u"--size"_s, u"3Gi"_s, u"-n"_s, u"edge-apps"_s,
        u"--label"_s, u"tier=db"_s, u"--consumer"_s, u"statefulset"_s, u"--consumer-name"_s, u"web"_s,
        u"--replicas"_s, u"3"_s} << sts;
    ClaimDraft mysql = ClaimDraft::forStorageClass(u"ase-node-local"_s);
    mysql.name = u"mysql-data"_s;
    mysql.ns = u"edge-apps"_s;
    mysql.size = u"20Gi"_s;
    mysql.consumer.kind = ConsumerKind::Deployment;
    mysql.consumer.name = u"mysql"_s;
    mysql.consumer.setApp(provisioning::ConsumerApp::MySql);
    mysql.consumer.secretName = u"mysql-root"_s;
    QTest::newRow("mysql") << QStringList {u"claim"_s, u"dynamic"_s, u"mysql-data"_s, u"--storage-class"_s,
        u"ase-node-local"_s, u"--size"_s, u"20Gi"_s, u"-n"_s, u"edge-apps"_s, u"--consumer"_s,
        u"deployment"_s, u"--consumer-name"_s, u"mysql"_s, u"--template"_s, u"mysql"_s,
        u"--password-secret"_s, u"mysql-root"_s}
                           << mysql;
    ClaimDraft block = ClaimDraft::forStorageClass(u"nfs-client"_s);
    block.name = u"raw"_s;
    block.ns = u"default"_s;
    block.size = u"1Gi"_s;
    block.volumeMode = provisioning::VolumeMode::Block;
    block.accessModes = AccessMode::ReadWriteMany;
    QTest::newRow("block, nfs-client") << QStringList {u"claim"_s, u"dynamic"_s, u"raw"_s,
        u"--storage-class"_s, u"nfs-client"_s, u"--size"_s, u"1Gi"_s, u"--volume-mode"_s, u"Block"_s,
        u"--access-mode"_s, u"ReadWriteMany"_s, u"-n"_s, u"default"_s}
                                       << block;
}

void TestCliDynamic::clientDryRunIsThePreview()
{
    QFETCH(QStringList, arguments);
    QFETCH(ClaimDraft, draft);
    const CliRun r = run(arguments + QStringList {u"--dry-run=client"_s, u"-o"_s, u"yaml"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QString::fromUtf8(provisioning::claimManifestsYaml(draft)));
}

void TestCliDynamic::waitsWithEachConsumer_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("lines");

    QTest::newRow("deployment (WaitForFirstConsumer)")
        << QStringList {u"claim"_s, u"dynamic"_s, u"app-data"_s, u"--storage-class"_s, u"ase-node-local"_s,
               u"--size"_s, u"1Gi"_s, u"-n"_s, u"edge-apps"_s, u"--consumer"_s, u"deployment"_s}
        << QStringList {u"persistentvolumeclaim/app-data created"_s, u"deployment.apps/app-data created"_s,
               u"persistentvolumeclaim/app-data bound to volume pvc-"_s, u"pod/app-data-"_s,
               u"running on k8s-ase-node1"_s};
    QTest::newRow("statefulset: one claim per pod")
        << QStringList {u"claim"_s, u"dynamic"_s, u"www"_s, u"--storage-class"_s, u"ase-node-local"_s,
               u"--size"_s, u"1Gi"_s, u"-n"_s, u"edge-apps"_s, u"--consumer"_s, u"statefulset"_s,
               u"--consumer-name"_s, u"web"_s, u"--replicas"_s, u"2"_s}
        << QStringList {u"statefulset.apps/web created"_s,
               u"persistentvolumeclaim/www-web-0 bound to volume pvc-"_s,
               u"persistentvolumeclaim/www-web-1 bound to volume pvc-"_s,
               u"pod/web-0 running on k8s-ase-node1"_s, u"pod/web-1 running on k8s-ase-node1"_s};
    QTest::newRow("mysql with the seeded Secret")
        << QStringList {u"claim"_s, u"dynamic"_s, u"mysql2-data"_s, u"--storage-class"_s, u"ase-node-local"_s,
               u"--size"_s, u"5Gi"_s, u"-n"_s, u"edge-apps"_s, u"--consumer"_s, u"statefulset"_s,
               u"--consumer-name"_s, u"mysql2"_s, u"--template"_s, u"mysql"_s, u"--password-secret"_s,
               u"mysql-root"_s}
        << QStringList {u"service/mysql2 created"_s, u"statefulset.apps/mysql2 created"_s,
               u"persistentvolumeclaim/mysql2-data-mysql2-0 bound to volume pvc-"_s,
               u"pod/mysql2-0 running on k8s-ase-node1"_s};
    QTest::newRow("immediate class, no consumer") << QStringList {u"claim"_s, u"dynamic"_s, u"scratch2"_s,
        u"--storage-class"_s, u"nfs-client"_s, u"--size"_s, u"1Gi"_s, u"--access-mode"_s, u"ReadWriteMany"_s,
        u"-n"_s, u"default"_s} << QStringList {u"persistentvolumeclaim/scratch2 bound to volume pvc-"_s};
}

void TestCliDynamic::waitsWithEachConsumer()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, lines);
    const CliRun r = run(arguments + QStringList {u"--wait=60s"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    for (const QString& line : lines)
        QVERIFY2(r.out.contains(line), qPrintable(line + u"\n---\n"_s + r.out));
}

void TestCliDynamic::missingSecretTimesOutSayingWhy()
{
    const CliRun r = run({u"claim"_s, u"dynamic"_s, u"db-data"_s, u"--storage-class"_s, u"ase-node-local"_s,
        u"--size"_s, u"1Gi"_s, u"-n"_s, u"default"_s, u"--consumer"_s, u"deployment"_s, u"--consumer-name"_s,
        u"db"_s, u"--template"_s, u"mysql"_s, u"--password-secret"_s, u"no-such-secret"_s, u"--wait=3s"_s});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains(u"persistentvolumeclaim/db-data bound to volume"_s), qPrintable(r.out));
    QVERIFY2(r.err.contains(u"timed out waiting for 1 of 1 pods of db to be Running (0 are)"_s),
        qPrintable(r.err));
    QVERIFY2(r.err.contains(u"CreateContainerConfigError: secret \"no-such-secret\" not found"_s),
        qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliDynamic)
#include "tst_clidynamic.moc"
