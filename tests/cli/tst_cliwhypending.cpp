// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// `ase-storage-manager why-pending NS/NAME` against the demo device's Pending claims: each
// outcome (explained, not Pending, missing), each kind of reason with its advice, JSON.

#include "app/kube/ApiError.h"
#include "app/session/ClusterOperations.h"
#include "app/session/Session.h"

#include "tests/cli/CliTestSupport.h"
#include "tests/support/TestJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ase;
using ase::test::CliRun;

class TestCliWhyPending final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void explained_data();
    void explained();
    void notPending_data();
    void notPending();
    void json();
    void deviceProfileTellsUnmountedFromMissing_data();
    void deviceProfileTellsUnmountedFromMissing();
    void help();

private:
    QStringList connection() const
    {
        return {u"--kubeconfig"_s, m_device.kubeconfig(), u"--device-profile"_s, m_device.deviceProfile()};
    }

    ase::test::DemoDeviceProcess m_device;
};

void TestCliWhyPending::initTestCase()
{
    QString error;
    QVERIFY2(m_device.start(&error), qPrintable(error));
    // A claim that names the device share that is not mounted for Edge compute.
    Session session;
    session.setWatching(false);
    QVERIFY(session.connectKubeconfig(m_device.kubeconfig(), {}, {}).ok());
    bool done = false;
    QList<ObjectOutcome> outcomes;
    session.cluster()->apply({ase::test::json(R"({"apiVersion":"v1","kind":"PersistentVolumeClaim",
        "metadata":{"name":"backups","namespace":"edge-apps"},"spec":{"accessModes":["ReadWriteMany"],
        "resources":{"requests":{"storage":"1Gi"}},"storageClassName":"","volumeName":"backupshare"}})"),
                                 // A claim naming a volume that is no share at all.
                                 ase::test::json(R"({"apiVersion":"v1","kind":"PersistentVolumeClaim",
        "metadata":{"name":"orphan","namespace":"edge-apps"},"spec":{"accessModes":["ReadWriteOnce"],
        "resources":{"requests":{"storage":"1Gi"}},"storageClassName":"","volumeName":"nosuchshare"}})")},
        false, this, [&](const QList<ObjectOutcome>& result) {
            outcomes = result;
            done = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(outcomes.value(0).ok(), qPrintable(outcomes.value(0).verbatim()));
    QVERIFY2(outcomes.value(1).ok(), qPrintable(outcomes.value(1).verbatim()));
}

void TestCliWhyPending::explained_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QStringList>("expected"); ///< lines that must appear on stdout

    QTest::newRow("no volume, no class")
        << u"edge-apps/archive-claim"_s
        << QStringList {u"persistentvolumeclaim edge-apps/archive-claim is Pending."_s,
               u"No volume matches and the claim names no storage class to create one from."_s,
               u"What to do:"_s};
    QTest::newRow("class not found")
        << u"edge-apps/fast-cache"_s
        << QStringList {u"Storage class azurefile-premium does not exist and no volume matches."_s,
               u"create class azurefile-premium."_s};
    QTest::newRow("wait for first consumer")
        << u"monitoring/prometheus-data"_s
        << QStringList {u"Class ase-node-local waits for the first consumer"_s,
               u"- This is expected: class ase-node-local creates the volume when the first pod that uses "
               u"the claim "
               "is scheduled. Create a workload that mounts it."_s};
    QTest::newRow("named volume bound elsewhere")
        << u"edge-apps/smb-second-claim"_s
        << QStringList {u"Volume mylocalsmbshare1 is already bound to claim edge-apps/pvc-smb-flexvol."_s,
               u"A claim's volumeName cannot be changed"_s};
    QTest::newRow("share not mounted")
        << u"edge-apps/backups"_s
        << QStringList {u"The claim asks for volume backupshare, which does not exist"_s,
               u"- Share backupshare exists on the device but is not mounted for Edge compute, so it has no "
               "PersistentVolume. Mount it; the claim then binds."_s};
}

void TestCliWhyPending::explained()
{
    QFETCH(QString, claim);
    QFETCH(QStringList, expected);
    const CliRun r = m_device.run(QStringList {u"why-pending"_s, claim} + connection());
    QCOMPARE(r.exitCode, 0);
    for (const QString& line : expected)
        QVERIFY2(r.out.contains(line), qPrintable(line));
    QVERIFY2(r.out.contains(u"VOLUME"_s), "the per-volume table");
}

void TestCliWhyPending::notPending_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("bound")
        << QStringList {u"edge-apps/pvc-smb-flexvol"_s} << 1
        << u"persistentvolumeclaim edge-apps/pvc-smb-flexvol is not Pending: it is Bound to volume "
           "mylocalsmbshare1."_s;
    QTest::newRow("lost") << QStringList {u"sensor-archive"_s, u"-n"_s, u"iotedge"_s} << 1
                          << u"persistentvolumeclaim iotedge/sensor-archive is not Pending: it is Lost."_s;
    QTest::newRow("missing") << QStringList {u"edge-apps/nothing-here"_s} << 2
                             << u"persistentvolumeclaims \"nothing-here\" not found"_s;
    QTest::newRow("bad key") << QStringList {u"a/b/c"_s} << 1
                             << u"a/b/c: write the claim as NAMESPACE/NAME."_s;
}

void TestCliWhyPending::notPending()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun r = m_device.run(QStringList {u"why-pending"_s} + arguments + connection());
    QCOMPARE(r.exitCode, exitCode);
    const QString all = r.out + r.err;
    QVERIFY2(all.contains(message), qPrintable(all));
}

void TestCliWhyPending::json()
{
    const CliRun r = m_device.run(
        QStringList {u"why-pending"_s, u"edge-apps/archive-claim"_s, u"-o"_s, u"json"_s} + connection());
    QCOMPARE(r.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(report.value(u"state").toString(), u"NoVolumeNoClass"_s);
    QCOMPARE(report.value(u"phase").toString(), u"Pending"_s);
    const QJsonArray candidates = report.value(u"candidates").toArray();
    QVERIFY(!candidates.isEmpty());
    QJsonObject share;
    for (const QJsonValue& c : candidates)
        if (c.toObject().value(u"volume").toString() == u"mylocalsmbshare1")
            share = c.toObject();
    QCOMPARE(share.value(u"rule").toString(), u"BoundToOtherClaim"_s);
    QCOMPARE(
        share.value(u"message").toString(), u"It is already bound to claim edge-apps/pvc-smb-flexvol."_s);
    QCOMPARE(share.value(u"eligible").toBool(), false);
    QVERIFY(!report.value(u"events").toArray().isEmpty());
    QCOMPARE(report.value(u"advice").toArray().at(0).toObject().value(u"action").toString(),
        u"OpenStaticWizard"_s);
}

void TestCliWhyPending::deviceProfileTellsUnmountedFromMissing_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<bool>("device");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("advice");
    QTest::newRow("unmounted share, device known")
        << u"edge-apps/backups"_s << true << u"MountShare"_s
        << u"Share backupshare exists on the device but is not mounted for Edge compute"_s;
    QTest::newRow("no such share, device known")
        << u"edge-apps/orphan"_s << true << u"OpenStaticWizard"_s
        << u"No share or volume is named nosuchshare. Create the share with \"Use the share with Edge compute\""_s;
    QTest::newRow("unmounted share, device unknown")
        << u"edge-apps/backups"_s << false << u"OpenStaticWizard"_s
        << u"No volume is named backupshare. If it is a device share, connect the device"_s;
}

void TestCliWhyPending::deviceProfileTellsUnmountedFromMissing()
{
    QFETCH(QString, claim);
    QFETCH(bool, device);
    QFETCH(QString, action);
    QFETCH(QString, advice);
    QStringList arguments {
        u"why-pending"_s, claim, u"-o"_s, u"json"_s, u"--kubeconfig"_s, m_device.kubeconfig()};
    if (device)
        arguments << u"--device-profile"_s << m_device.deviceProfile();
    const CliRun r = m_device.run(arguments);
    QCOMPARE(r.exitCode, 0);
    const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(report.value(u"state").toString(), u"RequestedVolumeMissing"_s);
    const QJsonObject first = report.value(u"advice").toArray().at(0).toObject();
    QCOMPARE(first.value(u"action").toString(), action);
    QVERIFY2(first.value(u"text").toString().startsWith(advice), qPrintable(first.value(u"text").toString()));
}

void TestCliWhyPending::help()
{
    const CliRun r = m_device.run({u"why-pending"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains(u"NS/NAME"_s));
}

QTEST_GUILESS_MAIN(TestCliWhyPending)
#include "tst_cliwhypending.moc"
