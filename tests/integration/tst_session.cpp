// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// Session's operations against the demo device, in-process, over TLS: the cluster through
// the kubeconfig the device writes (connectKubeconfig), the device through its profile.
// No watchers (setWatching(false)), as the headless commands run it.

#include "app/demo/DemoDevice.h"
#include "app/demo/arm/ArmDevice.h"
#include "app/device/DeviceProfile.h"
#include "app/device/TokenProvider.h"
#include "app/kube/KubeClient.h"
#include "app/session/ClusterOperations.h"
#include "app/session/Session.h"
#include "app/session/ShareOperations.h"
#include "models/store/ResourceStore.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace ase;
using namespace Qt::StringLiterals;

namespace {

QString metaString(const QJsonObject& object, QLatin1StringView field)
{
    return object.value("metadata"_L1).toObject().value(field).toString();
}

/// A claim of ase-node-local (WaitForFirstConsumer: no controller touches it until a pod
/// uses it), with optional labels.
QJsonObject claim(const QString& name, const QJsonObject& labels = {})
{
    QJsonObject meta {{"name"_L1, name}, {"namespace"_L1, "default"_L1}};
    if (!labels.isEmpty())
        meta.insert("labels"_L1, labels);
    return {{"apiVersion"_L1, "v1"_L1}, {"kind"_L1, "PersistentVolumeClaim"_L1}, {"metadata"_L1, meta},
        {"spec"_L1,
            QJsonObject {{"accessModes"_L1, QJsonArray {"ReadWriteOnce"_L1}},
                {"storageClassName"_L1, "ase-node-local"_L1},
                {"resources"_L1, QJsonObject {{"requests"_L1, QJsonObject {{"storage"_L1, "1Gi"_L1}}}}}}}};
}

/// Waits for a callback that delivers one value into `slot`: false when none came.
template <typename T>
bool waitFor(const std::optional<T>& slot, int timeoutMs = 30000)
{
    return QTest::qWaitFor([&slot] { return slot.has_value(); }, timeoutMs);
}

struct Fetched
{
    QJsonObject object;
    ApiError error;
};

struct Listed
{
    QList<QJsonObject> objects;
    ApiError error;
};

} // namespace

class TestSession final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void notConnectedSaysSo();
    void dryRunSaysWhatWouldHappenAndStoresNothing();
    void applyCreatesThenSaysUnchangedOrConfigured();
    void applyConflictNamesTheManagerAndForceTakesOver();
    void applyStopsAtTheFirstFailure();
    void deleteOnlyTheConfirmedIncarnation();
    void deleteRefusesAShare();
    void listAndGet();
    void mountShareMakesItsVolume();
    void embeddedDemoWithoutWatchers();

private:
    QList<ObjectOutcome> dryRun(const QList<QJsonObject>& manifests);
    QList<ObjectOutcome> apply(const QList<QJsonObject>& manifests, bool force = false);
    Fetched get(const QString& kind, const QString& ns, const QString& name);
    ApiError remove(const QString& kind, const QString& key, const QString& uid);

    QTemporaryDir m_tmp;
    std::unique_ptr<demo::DemoDevice> m_device;
    std::unique_ptr<Session> m_session;
};

void TestSession::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    m_device = std::make_unique<demo::DemoDevice>();
    QString error;
    QVERIFY2(m_device->start({}, &error), qPrintable(error));
    QVERIFY2(demo::ArmDevice::attach(*m_device, &error), qPrintable(error));
    const QString kubeconfig = m_tmp.filePath(u"kubeconfig"_s);
    QVERIFY(demo::DemoDevice::writeJsonFile(kubeconfig, m_device->kubeconfig(), &error));

    m_session = std::make_unique<Session>();
    m_session->setWatching(false);
    // A context that does not exist: nothing changes, the error says why.
    const ApiError wrong = m_session->connectKubeconfig(kubeconfig, u"no-such-context"_s);
    QCOMPARE(wrong.category, ApiError::Category::Config);
    QVERIFY2(wrong.message().contains(u"no-such-context"_s), qPrintable(wrong.message()));
    QVERIFY(!m_session->isConnected());

    const ApiError connected = m_session->connectKubeconfig(kubeconfig, u"ase-demo-admin"_s);
    QVERIFY2(connected.ok(), qPrintable(connected.message()));
    QVERIFY(m_session->isConnected());
    QVERIFY(m_session->cluster()->isConnected());
    QString token;
    const DeviceProfile profile = DeviceProfile::fromDemoJson(m_device->deviceProfile(), &token);
    m_session->connectDevice(profile, new StaticTokenProvider(token));
    QVERIFY(m_session->shares()->isConnected());
    // Without watchers nothing lists or polls: a list of each API, asked now, is answered
    // (anything started at connect would have been answered first), and the store is empty.
    QVERIFY(!m_session->clusterWatcher());
    std::optional<Listed> volumes;
    m_session->cluster()->listObjects(
        u"PersistentVolume"_s, {}, this, [&volumes](const QList<QJsonObject>& o, const ApiError& e) {
            volumes = Listed {o, e};
        });
    std::optional<ArmError> shares;
    m_session->shares()->listShares(this, [&shares](const QList<Share>&, const ArmError& e) { shares = e; });
    QVERIFY(waitFor(volumes));
    QVERIFY(waitFor(shares));
    QVERIFY2(volumes->error.ok(), qPrintable(volumes->error.message()));
    QVERIFY(!volumes->objects.isEmpty());
    QVERIFY2(shares->ok(), qPrintable(shares->message()));
    m_session->store()->flush();
    QCOMPARE(m_session->store()->count(u"PersistentVolume"_s), 0);
    QCOMPARE(m_session->store()->count(u"Share"_s), 0);
}

void TestSession::cleanupTestCase()
{
    m_session.reset();
    m_device.reset();
}

QList<ObjectOutcome> TestSession::dryRun(const QList<QJsonObject>& manifests)
{
    std::optional<QList<ObjectOutcome>> result;
    m_session->cluster()->dryRun(manifests, this, [&result](const QList<ObjectOutcome>& o) { result = o; });
    if (!waitFor(result))
        qFatal("dry run did not finish");
    return *result;
}

QList<ObjectOutcome> TestSession::apply(const QList<QJsonObject>& manifests, bool force)
{
    std::optional<QList<ObjectOutcome>> result;
    m_session->cluster()->apply(
        manifests, force, this, [&result](const QList<ObjectOutcome>& o) { result = o; });
    if (!waitFor(result))
        qFatal("apply did not finish");
    return *result;
}

Fetched TestSession::get(const QString& kind, const QString& ns, const QString& name)
{
    std::optional<Fetched> result;
    m_session->cluster()->getObject(
        kind, ns, name, this, [&result](const QJsonObject& object, const ApiError& error) {
            result = Fetched {object, error};
        });
    if (!waitFor(result))
        qFatal("get did not finish");
    return *result;
}

ApiError TestSession::remove(const QString& kind, const QString& key, const QString& uid)
{
    std::optional<ApiError> result;
    m_session->cluster()->deleteObject(kind, key, uid, this, [&result](const ApiError& e) { result = e; });
    if (!waitFor(result))
        qFatal("delete did not finish");
    return *result;
}

void TestSession::notConnectedSaysSo()
{
    Session session;
    QObject context;
    std::optional<QList<ObjectOutcome>> dry;
    session.cluster()->dryRun(
        {claim(u"a"_s), claim(u"b"_s)}, &context, [&dry](const QList<ObjectOutcome>& o) { dry = o; });
    QVERIFY(!dry); // never inside the call
    QVERIFY(waitFor(dry));
    QCOMPARE(dry->size(), 2); // a dry run reports every manifest
    QCOMPARE(dry->at(0).error().category, ApiError::Category::Config);
    QCOMPARE(dry->at(0).verbatim(), u"Not connected to a cluster."_s);

    std::optional<QList<ObjectOutcome>> applied;
    session.cluster()->apply({claim(u"a"_s), claim(u"b"_s)}, false, &context,
        [&applied](const QList<ObjectOutcome>& o) { applied = o; });
    QVERIFY(waitFor(applied));
    QCOMPARE(applied->size(), 1); // an apply stops at the first failure
    QVERIFY(!applied->at(0).ok());

    std::optional<ApiError> deleted;
    session.cluster()->deleteObject(u"PersistentVolumeClaim"_s, u"default/a"_s, {}, &context,
        [&deleted](const ApiError& e) { deleted = e; });
    QVERIFY(waitFor(deleted));
    QCOMPARE(deleted->message(), u"Not connected to a cluster."_s);

    std::optional<Listed> listed;
    session.cluster()->listObjects(
        u"PersistentVolume"_s, {}, &context, [&listed](const QList<QJsonObject>& o, const ApiError& e) {
            listed = Listed {o, e};
        });
    QVERIFY(waitFor(listed));
    QCOMPARE(listed->error.category, ApiError::Category::Config);

    std::optional<ArmError> mounted;
    session.shares()->mountShare(
        u"backupshare"_s, &context, {}, [&mounted](const ArmError& e) { mounted = e; });
    QVERIFY(!mounted);
    QVERIFY(waitFor(mounted));
    QCOMPARE(mounted->category, ArmError::Category::Config);
    QCOMPARE(mounted->message(), u"Not connected to a device."_s);

    std::optional<ArmError> shares;
    session.shares()->listShares(&context, [&shares](const QList<Share>&, const ArmError& e) { shares = e; });
    QVERIFY(waitFor(shares));
    QCOMPARE(shares->category, ArmError::Category::Config);

    // A destroyed context gets no callback, not even by the time the callback of a later
    // call (delivered the same way, after it) has come.
    bool called = false;
    {
        QObject gone;
        session.cluster()->getObject(u"PersistentVolume"_s, {}, u"x"_s, &gone,
            [&called](const QJsonObject&, const ApiError&) { called = true; });
    }
    std::optional<ApiError> later;
    session.cluster()->getObject(u"PersistentVolume"_s, {}, u"x"_s, &context,
        [&later](const QJsonObject&, const ApiError& e) { later = e; });
    QVERIFY(waitFor(later));
    QVERIFY(!called);
}

void TestSession::dryRunSaysWhatWouldHappenAndStoresNothing()
{
    const QList<ObjectOutcome> outcomes = dryRun({claim(u"data"_s)});
    QCOMPARE(outcomes.size(), 1);
    const ObjectOutcome& o = outcomes.first();
    QVERIFY2(o.ok(), qPrintable(o.verbatim()));
    QCOMPARE(o.action, ObjectOutcome::Action::Created);
    QCOMPARE(o.kind, u"PersistentVolumeClaim"_s);
    QCOMPARE(o.ns, u"default"_s);
    QCOMPARE(o.name, u"data"_s);
    QCOMPARE(o.verbatim(), u"persistentvolumeclaim/data created (server dry run)"_s);
    QCOMPARE(metaString(o.result.object, "name"_L1), u"data"_s); // what it would be

    const Fetched after = get(u"PersistentVolumeClaim"_s, u"default"_s, u"data"_s);
    QVERIFY(after.error.isNotFound());
    QCOMPARE(after.error.httpStatus, 404);
}

void TestSession::applyCreatesThenSaysUnchangedOrConfigured()
{
    QList<ObjectOutcome> o = apply({claim(u"applied"_s)});
    QCOMPARE(o.size(), 1);
    QVERIFY2(o.first().ok(), qPrintable(o.first().verbatim()));
    QCOMPARE(o.first().result.httpStatus, 201);
    QCOMPARE(o.first().verbatim(), u"persistentvolumeclaim/applied created"_s);
    const QString uid = metaString(o.first().result.object, "uid"_L1);
    const QJsonArray managed
        = o.first().result.object.value("metadata"_L1).toObject().value("managedFields"_L1).toArray();
    QCOMPARE(managed.first().toObject().value("manager"_L1).toString(), u"ase-storage-manager"_s);

    o = apply({claim(u"applied"_s)});
    QVERIFY2(o.first().ok(), qPrintable(o.first().verbatim()));
    QCOMPARE(o.first().verbatim(), u"persistentvolumeclaim/applied unchanged"_s);
    QCOMPARE(dryRun({claim(u"applied"_s)}).first().verbatim(),
        u"persistentvolumeclaim/applied unchanged (server dry run)"_s);

    const QJsonObject labelled = claim(u"applied"_s, {{"tier"_L1, "gold"_L1}});
    QCOMPARE(dryRun({labelled}).first().verbatim(),
        u"persistentvolumeclaim/applied configured (server dry run)"_s);
    QVERIFY(get(u"PersistentVolumeClaim"_s, u"default"_s, u"applied"_s)
                .object.value("metadata"_L1)
                .toObject()
                .value("labels"_L1)
                .toObject()
                .isEmpty());
    o = apply({labelled});
    QCOMPARE(o.first().verbatim(), u"persistentvolumeclaim/applied configured"_s);
    QCOMPARE(metaString(o.first().result.object, "uid"_L1), uid);

    // A cluster-scoped kind of another group, in kubectl's words.
    const QJsonObject sc {{"apiVersion"_L1, "storage.k8s.io/v1"_L1}, {"kind"_L1, "StorageClass"_L1},
        {"metadata"_L1, QJsonObject {{"name"_L1, "fast"_L1}}},
        {"provisioner"_L1, "rancher.io/local-path"_L1}};
    o = dryRun({sc});
    QCOMPARE(o.first().verbatim(), u"storageclass.storage.k8s.io/fast created (server dry run)"_s);
    QVERIFY(o.first().ns.isEmpty());
}

void TestSession::applyConflictNamesTheManagerAndForceTakesOver()
{
    // Another manager (kubectl) owns metadata.labels.tier ...
    std::optional<ObjectResult> theirs;
    ApplyOptions kubectl;
    kubectl.fieldManager = u"kubectl"_s;
    m_session->kubeClient()->apply(resourceKindByKind(u"PersistentVolumeClaim"_s),
        claim(u"contested"_s, {{"tier"_L1, "silver"_L1}}), kubectl, this,
        [&theirs](const ObjectResult& r) { theirs = r; });
    QVERIFY(waitFor(theirs));
    QVERIFY2(theirs->ok(), qPrintable(theirs->error.message()));

    // ... so ours, without force, is refused, typed, naming the field and the manager.
    const QJsonObject ours = claim(u"contested"_s, {{"tier"_L1, "gold"_L1}});
    QList<ObjectOutcome> o = apply({ours});
    QCOMPARE(o.size(), 1);
    QVERIFY(!o.first().ok());
    QCOMPARE(o.first().action, ObjectOutcome::Action::Failed);
    QVERIFY(o.first().error().isApplyConflict());
    QVERIFY(o.first().error().applyConflicts().contains(
        FieldConflict {u".metadata.labels.tier"_s, u"kubectl"_s}));
    QCOMPARE(o.first().verbatim(), o.first().error().message());
    QVERIFY2(o.first().verbatim().startsWith(u"Apply failed with "_s), qPrintable(o.first().verbatim()));

    o = apply({ours}, true);
    QVERIFY2(o.first().ok(), qPrintable(o.first().verbatim()));
    QCOMPARE(o.first().verbatim(), u"persistentvolumeclaim/contested configured"_s);
}

void TestSession::applyStopsAtTheFirstFailure()
{
    QJsonObject invalid = claim(u"Not_A_Name"_s);
    const QList<ObjectOutcome> o = apply({claim(u"first"_s), invalid, claim(u"never"_s)});
    QCOMPARE(o.size(), 2);
    QVERIFY(o.at(0).ok());
    QVERIFY(!o.at(1).ok());
    QVERIFY2(o.at(1).error().isInvalid(), qPrintable(o.at(1).verbatim()));
    QVERIFY(get(u"PersistentVolumeClaim"_s, u"default"_s, u"never"_s).error.isNotFound());

    // A dry run goes on past a failure.
    const QList<ObjectOutcome> d = dryRun({invalid, claim(u"never"_s)});
    QCOMPARE(d.size(), 2);
    QVERIFY(!d.at(0).ok());
    QCOMPARE(d.at(1).verbatim(), u"persistentvolumeclaim/never created (server dry run)"_s);
}

void TestSession::deleteOnlyTheConfirmedIncarnation()
{
    const QList<ObjectOutcome> made = apply({claim(u"doomed"_s)});
    QVERIFY(made.first().ok());
    const QString uid = metaString(made.first().result.object, "uid"_L1);
    QVERIFY(!uid.isEmpty());

    const QString stale = u"6f1d2c3b-0000-4000-8000-000000000000"_s;
    const ApiError refused = remove(u"PersistentVolumeClaim"_s, u"default/doomed"_s, stale);
    QVERIFY(refused.isConflict());
    QCOMPARE(refused.httpStatus, 409);
    QVERIFY2(refused.message().contains(
                 u"Precondition failed: UID in precondition: %1, UID in object meta: %2"_s.arg(stale, uid)),
        qPrintable(refused.message()));
    QVERIFY(get(u"PersistentVolumeClaim"_s, u"default"_s, u"doomed"_s).error.ok());

    const ApiError deleted = remove(u"PersistentVolumeClaim"_s, u"default/doomed"_s, uid);
    QVERIFY2(deleted.ok(), qPrintable(deleted.message()));
    QTRY_VERIFY_WITH_TIMEOUT(
        get(u"PersistentVolumeClaim"_s, u"default"_s, u"doomed"_s).error.isNotFound(), 5000);
}

void TestSession::deleteRefusesAShare()
{
    const ApiError e = remove(u"Share"_s, u"backupshare"_s, {});
    QCOMPARE(e.category, ApiError::Category::Config);
    QVERIFY(!e.message().isEmpty());
}

void TestSession::listAndGet()
{
    std::optional<Listed> listed;
    m_session->cluster()->listObjects(
        u"StorageClass"_s, {}, this, [&listed](const QList<QJsonObject>& o, const ApiError& e) {
            listed = Listed {o, e};
        });
    QVERIFY(waitFor(listed));
    QVERIFY2(listed->error.ok(), qPrintable(listed->error.message()));
    bool nodeLocal = false;
    for (const QJsonObject& sc : std::as_const(listed->objects))
        nodeLocal = nodeLocal || metaString(sc, "name"_L1) == u"ase-node-local";
    QVERIFY(nodeLocal);

    listed.reset();
    m_session->cluster()->listObjects(u"PersistentVolumeClaim"_s, u"edge-apps"_s, this,
        [&listed](const QList<QJsonObject>& o, const ApiError& e) {
            listed = Listed {o, e};
        });
    QVERIFY(waitFor(listed));
    QVERIFY(!listed->objects.isEmpty());
    for (const QJsonObject& pvc : std::as_const(listed->objects)) {
        QCOMPARE(metaString(pvc, "namespace"_L1), u"edge-apps"_s);
        QCOMPARE(pvc.value("kind"_L1).toString(), u"PersistentVolumeClaim"_s);
    }
    const QString name = metaString(listed->objects.first(), "name"_L1);
    const Fetched one = get(u"PersistentVolumeClaim"_s, u"edge-apps"_s, name);
    QVERIFY2(one.error.ok(), qPrintable(one.error.message()));
    QCOMPARE(metaString(one.object, "name"_L1), name);
}

void TestSession::mountShareMakesItsVolume()
{
    const QString share = u"backupshare"_s; // the scenario's share not used by Edge compute
    std::optional<QList<Share>> shares;
    m_session->shares()->listShares(this, [&shares](const QList<Share>& s, const ArmError& e) {
        QVERIFY2(e.ok(), qPrintable(e.message()));
        shares = s;
    });
    QVERIFY(waitFor(shares));
    const auto it = std::find_if(
        shares->cbegin(), shares->cend(), [&share](const Share& s) { return s.name == share; });
    QVERIFY(it != shares->cend());
    QVERIFY(!it->isMountedForCompute());
    QVERIFY(get(u"PersistentVolume"_s, {}, share).error.isNotFound());

    QStringList progress;
    std::optional<ArmError> mounted;
    m_session->shares()->mountShare(
        share, this, [&progress](const QString& status, int) { progress.append(status); },
        [&mounted](const ArmError& e) { mounted = e; });
    QVERIFY(waitFor(mounted));
    QVERIFY2(mounted->ok(), qPrintable(mounted->message()));
    QVERIFY(!progress.isEmpty()); // the device's operation status polls, forwarded
    QTRY_VERIFY_WITH_TIMEOUT(get(u"PersistentVolume"_s, {}, share).error.ok(), 5000);

    std::optional<ArmError> unmounted;
    m_session->shares()->unmountShare(share, this, {}, [&unmounted](const ArmError& e) { unmounted = e; });
    QVERIFY(waitFor(unmounted));
    QVERIFY2(unmounted->ok(), qPrintable(unmounted->message()));
    QTRY_VERIFY_WITH_TIMEOUT(get(u"PersistentVolume"_s, {}, share).error.isNotFound(), 5000);

    std::optional<ArmError> missing;
    m_session->shares()->mountShare(
        u"no-such-share"_s, this, {}, [&missing](const ArmError& e) { missing = e; });
    QVERIFY(waitFor(missing));
    QVERIFY(!missing->ok());
    QVERIFY(!missing->message().isEmpty());
}

void TestSession::embeddedDemoWithoutWatchers()
{
    Session session;
    session.setWatching(false);
    session.connectDemo();
    QTRY_VERIFY_WITH_TIMEOUT(session.isConnected() && session.shares()->isConnected(), 30000);
    QVERIFY(session.isDemo());
    QVERIFY(!session.clusterWatcher());
    QObject context;
    std::optional<Listed> listed;
    session.cluster()->listObjects(
        u"PersistentVolume"_s, {}, &context, [&listed](const QList<QJsonObject>& o, const ApiError& e) {
            listed = Listed {o, e};
        });
    QVERIFY(waitFor(listed));
    QVERIFY2(listed->error.ok(), qPrintable(listed->error.message()));
    QVERIFY(!listed->objects.isEmpty());
    QCOMPARE(session.store()->count(u"PersistentVolume"_s), 0); // nothing watched

    // Dropping the connection ends what is in flight: canceled, not silence.
    std::optional<ApiError> canceled;
    session.cluster()->getObject(u"PersistentVolume"_s, {}, u"mylocalsmbshare1"_s, &context,
        [&canceled](const QJsonObject&, const ApiError& e) { canceled = e; });
    std::optional<ArmError> mountCanceled;
    session.shares()->mountShare(
        u"backupshare"_s, &context, {}, [&mountCanceled](const ArmError& e) { mountCanceled = e; });
    session.disconnectAll();
    QVERIFY(waitFor(canceled));
    QVERIFY(canceled->isCanceled());
    QVERIFY(waitFor(mountCanceled));
    QVERIFY(mountCanceled->isCanceled());
}

QTEST_GUILESS_MAIN(TestSession)
#include "tst_session.moc"
