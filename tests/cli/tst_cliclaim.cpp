// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// `ase-storage-manager claim static|dynamic` against ase-demo-device (a child process, as a
// user would run it): every exit code, the refusals before sending with their messages, a
// server refusal, the happy path to Bound, and --dry-run=client printing exactly what the
// wizard previews (the same builder).

#include "app/device/ArmError.h"
#include "app/device/DeviceProfile.h"
#include "app/device/TokenProvider.h"
#include "app/kube/ApiError.h"
#include "app/session/ClusterOperations.h"
#include "app/session/Session.h"
#include "app/session/ShareOperations.h"
#include "models/provisioning/ClaimManifests.h"

#include "tests/cli/CliTestSupport.h"
#include "tests/support/TestJson.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ase;

using ase::test::CliRun;

class TestCliClaim final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void help();
    void refusedBeforeSending_data();
    void refusedBeforeSending();
    void clientDryRunIsThePreview();
    void serverDryRunStoresNothing();
    void mountThenClaimUntilBound();
    void refusedByTheServer();
    void timesOut();
    void embeddedDemo();

private:
    CliRun run(const QStringList& arguments) { return m_device.run(arguments); }
    /// The session of the test itself (to mount, create and read), connected to the device.
    void connectSession();

    ase::test::DemoDeviceProcess m_device;
    QString m_kubeconfig;
    QString m_profile;
    Session* m_session = nullptr;
};

void TestCliClaim::initTestCase()
{
    QString error;
    QVERIFY2(m_device.start(&error), qPrintable(error));
    m_kubeconfig = m_device.kubeconfig();
    m_profile = m_device.deviceProfile();
    connectSession();
    // A small class-less volume next to the shares, for the size and mode refusals.
    bool done = false;
    QList<ObjectOutcome> outcomes;
    m_session->cluster()->apply({ase::test::json(R"({"apiVersion":"v1","kind":"PersistentVolume",
        "metadata":{"name":"spare-pv"},"spec":{"capacity":{"storage":"5Gi"},"accessModes":["ReadWriteOnce"],
        "storageClassName":"","hostPath":{"path":"/srv/spare"}}})")},
        false, this, [&](const QList<ObjectOutcome>& result) {
            outcomes = result;
            done = true;
        });
    QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
    QVERIFY2(outcomes.size() == 1 && outcomes.first().ok(), qPrintable(outcomes.value(0).verbatim()));
}

void TestCliClaim::connectSession()
{
    m_session = new Session(this);
    m_session->setWatching(false);
    const ApiError error = m_session->connectKubeconfig(m_kubeconfig, {}, {});
    QVERIFY2(error.ok(), qPrintable(error.message()));
}

void TestCliClaim::cleanupTestCase()
{
    delete m_session;
    m_session = nullptr;
}

void TestCliClaim::help()
{
    const CliRun r = run({u"claim"_s, u"static"_s, u"--help"_s});
    QCOMPARE(r.exitCode, 0);
    for (const QString& flag : {u"--share"_s, u"--volume"_s, u"--size"_s, u"--access-mode"_s, u"--consumer"_s,
             u"--dry-run"_s, u"--wait"_s, u"--kubeconfig"_s, u"--demo"_s})
        QVERIFY2(r.out.contains(flag), qPrintable(flag));
    QCOMPARE(run({u"claim"_s, u"dynamic"_s, u"--help"_s}).exitCode, 0);
    // The program's own --help needs no display and names every command.
    const CliRun top = run({u"--help"_s});
    QCOMPARE(top.exitCode, 0);
    for (const QString& command : {u"claim static|dynamic"_s, u"why-pending NS/NAME"_s, u"graph"_s,
             u"export"_s, u"apply -f FILE|DIR"_s, u"share"_s})
        QVERIFY2(top.out.contains(command), qPrintable(command));
    QCOMPARE(run({u"frobnicate"_s, u"--help"_s}).exitCode, 0); // not a command: the window's help
    QVERIFY(run({u"claim"_s, u"dynamic"_s, u"--help"_s}).out.contains(u"--storage-class"_s));
}

void TestCliClaim::refusedBeforeSending_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    const QStringList claim {u"claim"_s, u"static"_s};
    QTest::newRow("no name") << claim + QStringList {u"--share"_s, u"backupshare"_s}
                             << u"error: the claim's name is missing: claim static NAME ..."_s;
    QTest::newRow("share and volume")
        << claim + QStringList {u"x"_s, u"--share"_s, u"a"_s, u"--volume"_s, u"b"_s}
        << u"error: give exactly one of --share SHARE or --volume PV."_s;
    QTest::newRow("bad wait") << claim + QStringList {u"x"_s, u"--share"_s, u"a"_s, u"--wait=soon"_s}
                              << u"error: --wait: time: invalid duration \"soon\"; write e.g. 30s or 2m."_s;
    QTest::newRow("bad dry-run") << claim + QStringList {u"x"_s, u"--share"_s, u"a"_s, u"--dry-run=maybe"_s}
                                 << u"error: --dry-run maybe: use none, client or server."_s;
    QTest::newRow("bad mode")
        << claim + QStringList {u"x"_s, u"--share"_s, u"a"_s, u"--access-mode"_s, u"RWX"_s}
        << u"error: --access-mode RWX: not an access mode; use ReadWriteOnce, ReadOnlyMany, "
           "ReadWriteMany or ReadWriteOncePod."_s;
    QTest::newRow("bad consumer") << claim
            + QStringList {u"x"_s, u"--share"_s, u"a"_s, u"--consumer"_s,
                u"pod"_s} << u"error: --consumer pod: use none, deployment, statefulset or iotedge."_s;
    QTest::newRow("image without workload")
        << claim + QStringList {u"x"_s, u"--share"_s, u"a"_s, u"--image"_s, u"i"_s}
        << u"error: --image needs --consumer deployment or statefulset."_s;
    QTest::newRow("dynamic without size")
        << QStringList {u"claim"_s, u"dynamic"_s, u"x"_s, u"--storage-class"_s, u"ase-node-local"_s}
        << u"error: --size is required for a dynamic claim, e.g. --size 10Gi."_s;
    // Refusals that need the cluster's and the device's state (the same checks as the wizard).
    const QStringList connected {u"--kubeconfig"_s, u"KUBECONFIG"_s, u"--device-profile"_s, u"PROFILE"_s};
    QTest::newRow("bad name") << claim + QStringList {u"Data"_s, u"--volume"_s, u"spare-pv"_s} + connected
                              << u"error: NAME: metadata.name: Invalid value: \"Data\": a lowercase RFC 1123 "
                                 "subdomain must consist of"_s;
    QTest::newRow("bound volume") << claim
            + QStringList {u"x"_s, u"--share"_s, u"mylocalsmbshare1"_s, u"-n"_s, u"edge-apps"_s} + connected
                                  << u"error: --share/--volume: mylocalsmbshare1: Already bound to claim "
                                     "edge-apps/pvc-smb-flexvol."_s;
    QTest::newRow("size over capacity")
        << claim + QStringList {u"x"_s, u"--volume"_s, u"spare-pv"_s, u"--size"_s, u"10Gi"_s} + connected
        << u"error: --size: spare-pv: Its capacity 5Gi is less than the requested 10Gi."_s;
    QTest::newRow("mode not offered")
        << claim + QStringList {u"x"_s, u"--volume"_s, u"spare-pv"_s, u"--access-mode"_s, u"ReadWriteMany"_s}
            + connected
        << u"error: --access-mode: spare-pv: It offers ReadWriteOnce; the claim asks for "
           "ReadWriteMany."_s;
    QTest::newRow("share not mounted")
        << claim + QStringList {u"x"_s, u"--share"_s, u"backupshare"_s} + connected
        << u"error: --share/--volume: Not mounted for Edge compute, so Kubernetes has "
           "no PersistentVolume for it yet. Mount it for Edge compute to claim it."_s;
    QTest::newRow("namespace missing")
        << claim + QStringList {u"x"_s, u"--volume"_s, u"spare-pv"_s, u"-n"_s, u"nowhere"_s} + connected
        << u"error: --namespace: Namespace nowhere does not exist"_s;
}

void TestCliClaim::refusedBeforeSending()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments.replaceInStrings(u"KUBECONFIG"_s, m_kubeconfig);
    arguments.replaceInStrings(u"PROFILE"_s, m_profile);
    const CliRun r = run(arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
}

void TestCliClaim::clientDryRunIsThePreview()
{
    // --dry-run=client sends nothing and prints what the wizard's preview shows for the
    // same inputs: the same draft through the same builder.
    const CliRun r = run({u"claim"_s, u"static"_s, u"logs"_s, u"--volume"_s, u"spare-pv"_s, u"-n"_s,
        u"edge-apps"_s, u"--consumer"_s, u"deployment"_s, u"--image"_s, u"nginx:1.27"_s, u"--mount-path"_s,
        u"/var/log/app"_s, u"--replicas"_s, u"2"_s, u"--dry-run=client"_s, u"-o"_s, u"yaml"_s,
        u"--kubeconfig"_s, m_kubeconfig});
    QCOMPARE(r.exitCode, 0);
    provisioning::ClaimDraft draft = provisioning::ClaimDraft::forVolume(u"spare-pv"_s);
    draft.name = u"logs"_s;
    draft.ns = u"edge-apps"_s;
    draft.size = u"5Gi"_s; // the PV's capacity, as the wizard prefills it
    draft.accessModes = AccessMode::ReadWriteOnce; // the PV's only mode
    draft.consumer.kind = provisioning::ConsumerKind::Deployment;
    draft.consumer.image = u"nginx:1.27"_s;
    draft.consumer.mountPath = u"/var/log/app"_s;
    draft.consumer.replicas = 2;
    QCOMPARE(r.out, QString::fromUtf8(provisioning::claimManifestsYaml(draft)));
    QVERIFY2(r.err.contains(u"warning: --replicas: 2 replicas share one ReadWriteOnce claim"_s),
        qPrintable(r.err));

    bool done = false;
    ApiError error;
    m_session->cluster()->getObject(u"PersistentVolumeClaim"_s, u"edge-apps"_s, u"logs"_s, this,
        [&](const QJsonObject&, const ApiError& e) {
            error = e;
            done = true;
        });
    QTRY_VERIFY(done);
    QVERIFY2(error.isNotFound(), "a client dry run must not create anything");
}

void TestCliClaim::serverDryRunStoresNothing()
{
    const CliRun r = run({u"claim"_s, u"static"_s, u"probe"_s, u"--volume"_s, u"spare-pv"_s, u"-n"_s,
        u"default"_s, u"--dry-run=server"_s, u"--kubeconfig"_s, m_kubeconfig});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"persistentvolumeclaim/probe created (server dry run)\n"_s);
    bool done = false;
    ApiError error;
    m_session->cluster()->getObject(u"PersistentVolumeClaim"_s, u"default"_s, u"probe"_s, this,
        [&](const QJsonObject&, const ApiError& e) {
            error = e;
            done = true;
        });
    QTRY_VERIFY(done);
    QVERIFY(error.isNotFound());
}

void TestCliClaim::mountThenClaimUntilBound()
{
    // The user's story: the share is not mounted for Edge compute; mount it (the device
    // makes its PV), then claim it and wait until the binder binds the pair.
    QFile profile(m_profile);
    QVERIFY(profile.open(QIODevice::ReadOnly));
    Session device;
    device.setWatching(false);
    QVERIFY(device.connectKubeconfig(m_kubeconfig, {}, {}).ok());
    {
        const QJsonObject json = QJsonDocument::fromJson(profile.readAll()).object();
        QString token;
        const DeviceProfile deviceProfile = DeviceProfile::fromDemoJson(json, &token);
        device.connectDevice(deviceProfile, new StaticTokenProvider(token));
    }
    bool mounted = false;
    ArmError mountError;
    device.shares()->mountShare(u"backupshare"_s, this, {}, [&](const ArmError& error) {
        mountError = error;
        mounted = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(mounted, 30000);
    QVERIFY2(mountError.ok(), qPrintable(mountError.message()));

    const QStringList claim {u"claim"_s, u"static"_s, u"web-data"_s, u"--share"_s, u"backupshare"_s, u"-n"_s,
        u"edge-apps"_s, u"--kubeconfig"_s, m_kubeconfig, u"--device-profile"_s, m_profile};
    // The PV appears shortly after the mount; until then the command says so.
    CliRun r;
    QDeadlineTimer deadline(20000);
    do {
        r = run(claim + QStringList {u"--consumer"_s, u"deployment"_s, u"--wait=60s"_s});
    } while (r.exitCode == 1 && r.err.contains(u"has not appeared yet"_s) && !deadline.hasExpired());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(u"persistentvolumeclaim/web-data created\n"_s), qPrintable(r.out));
    QVERIFY2(r.out.contains(u"deployment.apps/web-data created\n"_s), qPrintable(r.out));
    QVERIFY2(
        r.out.contains(u"persistentvolumeclaim/web-data bound to volume backupshare\n"_s), qPrintable(r.out));
    // With a workload, --wait also waits for its pod to run.
    QVERIFY2(r.out.contains(QRegularExpression(u"pod/web-data-[a-z0-9-]+ running on k8s-ase-node1\n$"_s)),
        qPrintable(r.out));

    // Again: the share's volume is taken now, and the name too.
    const CliRun again = run(claim);
    QCOMPARE(again.exitCode, 1);
    QVERIFY2(again.err.contains(u"A claim named web-data already exists in namespace edge-apps"_s),
        qPrintable(again.err));
    QVERIFY2(again.err.contains(u"backupshare: Already bound to claim edge-apps/web-data."_s),
        qPrintable(again.err));
}

void TestCliClaim::refusedByTheServer()
{
    // The namespace user may not write in another namespace: the checks cannot know (it may
    // not list namespaces or PVs), the server refuses, the command says so verbatim.
    const CliRun r = run({u"claim"_s, u"static"_s, u"x"_s, u"--volume"_s, u"spare-pv"_s, u"--size"_s,
        u"1Gi"_s, u"--access-mode"_s, u"ReadWriteOnce"_s, u"-n"_s, u"kube-system"_s, u"--context"_s,
        u"ase-demo-user"_s, u"--kubeconfig"_s, m_kubeconfig});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"is forbidden"_s), qPrintable(r.err));
}

void TestCliClaim::timesOut()
{
    // WaitForFirstConsumer: nothing binds without a pod; --wait gives up with exit 3 and why.
    const CliRun r = run({u"claim"_s, u"dynamic"_s, u"cache"_s, u"--storage-class"_s, u"ase-node-local"_s,
        u"--size"_s, u"1Gi"_s, u"-n"_s, u"default"_s, u"--wait=1s"_s, u"--kubeconfig"_s, m_kubeconfig});
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains(u"persistentvolumeclaim/cache created"_s), qPrintable(r.out));
    QVERIFY2(
        r.err.contains(u"timed out waiting for persistentvolumeclaim/cache to be Bound (phase Pending)"_s),
        qPrintable(r.err));
}

void TestCliClaim::embeddedDemo()
{
    const CliRun r = run({u"claim"_s, u"dynamic"_s, u"db"_s, u"--storage-class"_s, u"ase-node-local"_s,
        u"--size"_s, u"2Gi"_s, u"--demo"_s, u"--dry-run=server"_s, u"-n"_s, u"default"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"persistentvolumeclaim/db created (server dry run)\n"_s);
}

QTEST_GUILESS_MAIN(TestCliClaim)
#include "tst_cliclaim.moc"
