// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// KubeClient against the demo device, in-process, over TLS: the connection comes from the
// kubeconfig the device writes, loaded and resolved like any other.

#include "RecordingHttpServer.h"

#include "app/demo/DemoDevice.h"
#include "app/kube/ExecCredentialProvider.h"
#include "app/kube/KubeClient.h"
#include "app/kube/Kubeconfig.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRegularExpression>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <atomic>
#include <memory>

using namespace ase;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// A list transform that records where it runs and can hold the decode until released.
struct DecodeProbe
{
    std::atomic<int> calls {0};
    std::atomic<QThread*> thread {nullptr};
    QSemaphore started;
    QSemaphore release;
    bool hold = false;

    std::function<QJsonObject(QJsonObject)> transform()
    {
        return [this](QJsonObject item) {
            thread = QThread::currentThread();
            if (calls++ == 0 && hold) {
                started.release();
                release.acquire();
            }
            item.insert("transformed"_L1, true);
            return item;
        };
    }
};

const QString kExecDir = QStringLiteral(ASE_TEST_DATA_DIR "/exec");

ResourceKind pvKind()
{
    return resourceKindByKind(u"PersistentVolume"_s);
}

ResourceKind pvcKind()
{
    return resourceKindByKind(u"PersistentVolumeClaim"_s);
}

QString metaString(const QJsonObject& object, QLatin1StringView field)
{
    return object.value("metadata"_L1).toObject().value(field).toString();
}

QJsonObject pvManifest(const QString& name, const QString& path = {})
{
    return {{"apiVersion"_L1, "v1"_L1}, {"kind"_L1, "PersistentVolume"_L1},
        {"metadata"_L1, QJsonObject {{"name"_L1, name}}},
        {"spec"_L1,
            QJsonObject {{"capacity"_L1, QJsonObject {{"storage"_L1, "1Gi"_L1}}},
                {"accessModes"_L1, QJsonArray {"ReadWriteOnce"_L1}},
                {"persistentVolumeReclaimPolicy"_L1, "Retain"_L1}, {"storageClassName"_L1, "manual"_L1},
                {"hostPath"_L1, QJsonObject {{"path"_L1, path.isEmpty() ? u"/data/"_s + name : path}}}}}};
}

/// A watch that resumes after `resourceVersion` and that the server ends after 30 s.
WatchOptions watchFrom(const QString& resourceVersion)
{
    WatchOptions options;
    options.resourceVersion = resourceVersion;
    options.timeoutSeconds = 30;
    return options;
}

/// Runs one request to its callback.
template <typename Result, typename Start>
Result waitFor(Start start)
{
    std::optional<Result> result;
    QObject context;
    start(&context, [&result](const Result& r) { result = r; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000))
        qFatal("request did not finish");
    return *result;
}

} // namespace

class TestKubeClient final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listPaging();
    void listItemsAreCompleteObjects();
    void watchEvents();
    void aBurstOfEventsIsEmittedOverSeveralTurns();
    void watchExpiredResourceVersion();
    void dryRunWritesLeaveNothing_data();
    void dryRunWritesLeaveNothing();
    void applyCreatesThenUpdates();
    void applyConflictNamesFieldAndManager();
    void invalidMapsCausesToFields();
    void notFoundAndConflictMessages();
    void unauthorizedReRunsExecPlugin();
    void unauthorizedStaysAnError();
    void unauthorizedWatch_data();
    void unauthorizedWatch();
    void forbiddenPerKind();
    void tlsErrorsSayWhatDidNotMatch_data();
    void tlsErrorsSayWhatDidNotMatch();
    void insecureSkipsVerification();
    void connectionRefused();
    void timeout();
    void destroyedContextGetsNoCallback();
    void listIsDecodedOffTheContextsThread();
    void abortWhileDecodingDropsTheAnswer();
    void tokenStaysWithItsOrigin_data();
    void tokenStaysWithItsOrigin();
    void sameOriginRedirectIsFollowed();
    void notAKubernetesList_data();
    void notAKubernetesList();

private:
    std::unique_ptr<KubeClient> clientFor(
        const QString& context, const std::function<void(KubeConnection&)>& tweak = {});
    KubeConnection connectionFor(const QString& context);

    QTemporaryDir m_tmp;
    std::unique_ptr<demo::DemoDevice> m_device;
    QString m_kubeconfigPath;
    QString m_countFile;
};

void TestKubeClient::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    qputenv("PATH", (kExecDir + u':' + qEnvironmentVariable("PATH")).toUtf8());

    demo::DemoDeviceOptions options;
    options.scenario = u"empty"_s;
    options.history = 50; // short, so an old resourceVersion expires
    m_device = std::make_unique<demo::DemoDevice>();
    QString error;
    QVERIFY2(m_device->start(options, &error), qPrintable(error));

    // The device's own kubeconfig, plus users a real cluster would have: a kubelogin exec
    // plugin (whose first token the server refuses) and a stale token.
    m_countFile = m_tmp.filePath(u"kubelogin-runs"_s);
    m_device->authorizer().addToken(u"token-2"_s, {demo::DemoDevice::adminUserName(), {}});
    QJsonObject config = m_device->kubeconfig();
    QJsonArray users = config.value("users"_L1).toArray();
    users.append(QJsonObject {{"name"_L1, "aks-user"_L1},
        {"user"_L1,
            QJsonObject {{"exec"_L1,
                QJsonObject {{"apiVersion"_L1, "client.authentication.k8s.io/v1beta1"_L1},
                    {"command"_L1, "kubelogin"_L1},
                    {"args"_L1, QJsonArray {"get-token"_L1, "--login"_L1, "azurecli"_L1}},
                    {"env"_L1,
                        QJsonArray {QJsonObject {
                            {"name"_L1, "FAKE_KUBELOGIN_COUNT"_L1}, {"value"_L1, m_countFile}}}}}}}}});
    users.append(
        QJsonObject {{"name"_L1, "stale"_L1}, {"user"_L1, QJsonObject {{"token"_L1, "revoked-token"_L1}}}});
    config.insert("users"_L1, users);
    QJsonArray contexts = config.value("contexts"_L1).toArray();
    for (const QString& user : {u"aks-user"_s, u"stale"_s}) {
        contexts.append(QJsonObject {{"name"_L1, user},
            {"context"_L1, QJsonObject {{"cluster"_L1, "ase-demo"_L1}, {"user"_L1, user}}}});
    }
    config.insert("contexts"_L1, contexts);
    m_kubeconfigPath = m_tmp.filePath(u"kubeconfig"_s);
    QFile f(m_kubeconfigPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(config).toJson()); // JSON is YAML
}

KubeConnection TestKubeClient::connectionFor(const QString& context)
{
    const Kubeconfig config = Kubeconfig::loadFiles({m_kubeconfigPath}, true);
    const KubeconfigResolution r = config.resolve(context);
    if (!r.ok())
        qFatal("kubeconfig: %s", qPrintable(r.message()));
    return *r.connection;
}

std::unique_ptr<KubeClient> TestKubeClient::clientFor(
    const QString& context, const std::function<void(KubeConnection&)>& tweak)
{
    KubeConnection c = connectionFor(context);
    if (tweak)
        tweak(c);
    return std::make_unique<KubeClient>(c);
}

void TestKubeClient::listPaging()
{
    auto client = clientFor(u"ase-demo-admin"_s);
    QStringList created;
    for (int i = 0; i < 25; ++i) {
        const QString name = u"page-pv-%1"_s.arg(i, 2, 10, QChar(u'0'));
        QJsonObject pv = pvManifest(name);
        pv.insert("metadata"_L1,
            QJsonObject {{"name"_L1, name}, {"labels"_L1, QJsonObject {{"suite"_L1, "paging"_L1}}}});
        const ObjectResult r = waitFor<ObjectResult>(
            [&](QObject* ctx, auto cb) { client->create(pvKind(), pv, {}, ctx, cb); });
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        QVERIFY(r.created());
        created << name;
    }

    ListOptions options;
    options.limit = 10;
    options.labelSelector = u"suite=paging"_s;
    QStringList seen;
    QList<int> pageSizes;
    QString firstRv;
    do {
        const ListResult page = waitFor<ListResult>(
            [&](QObject* ctx, auto cb) { client->list(pvKind(), {}, options, ctx, cb); });
        QVERIFY2(page.ok(), qPrintable(page.error.message()));
        QVERIFY(!page.resourceVersion.isEmpty());
        if (firstRv.isEmpty())
            firstRv = page.resourceVersion;
        QCOMPARE(page.resourceVersion, firstRv); // one consistent snapshot
        pageSizes << page.items.size();
        for (const QJsonObject& o : page.items)
            seen << metaString(o, "name"_L1);
        options.continueToken = page.continueToken;
    } while (!options.continueToken.isEmpty());
    seen.sort();
    QCOMPARE(seen, created);
    QCOMPARE(pageSizes, (QList<int> {10, 10, 5}));
}

void TestKubeClient::listItemsAreCompleteObjects()
{
    auto client = clientFor(u"ase-demo-admin"_s);
    const ListResult r = waitFor<ListResult>(
        [&](QObject* ctx, auto cb) { client->list(resourceKindByKind(u"StorageClass"_s), {}, {}, ctx, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    for (const QJsonObject& o : r.items) {
        QCOMPARE(o.value("kind"_L1).toString(), u"StorageClass"_s);
        QCOMPARE(o.value("apiVersion"_L1).toString(), u"storage.k8s.io/v1"_s);
    }
}

void TestKubeClient::aBurstOfEventsIsEmittedOverSeveralTurns()
{
    // Volumes made before the watch starts: the server replays them at once (as many as
    // its short history keeps). With no budget, one event a turn: a timer queued at the
    // first event runs before the second.
    auto client = clientFor(u"ase-demo-admin"_s);
    const ListResult list
        = waitFor<ListResult>([&](QObject* ctx, auto cb) { client->list(pvKind(), {}, {}, ctx, cb); });
    QVERIFY(list.ok());
    QStringList made;
    for (int i = 0; i < 10; ++i) {
        made << u"burst-%1"_s.arg(i);
        const ObjectResult r = waitFor<ObjectResult>(
            [&](QObject* ctx, auto cb) { client->create(pvKind(), pvManifest(made.last()), {}, ctx, cb); });
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
    }
    client->setWatchTurnBudget(std::chrono::nanoseconds(0));
    QObject owner;
    WatchStream* stream = client->watch(pvKind(), {}, watchFrom(list.resourceVersion), &owner);
    QStringList added;
    qsizetype seenByTheNextTurn = -1;
    connect(stream, &WatchStream::eventReceived, &owner, [&](const WatchEvent& e) {
        const QString name = metaString(e.object, "name"_L1);
        if (e.type != WatchEvent::Type::Added || !name.startsWith(u"burst-"_s))
            return;
        added << name;
        if (added.size() == 1)
            QTimer::singleShot(0, &owner, [&] { seenByTheNextTurn = added.size(); });
    });
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), made.size(), 10000);
    QCOMPARE(added, made); // in order
    QCOMPARE(seenByTheNextTurn, 1);
    QVERIFY(stream->isRunning());
    stream->abort();

    // Ended mid-burst: the rest of it is not emitted.
    WatchStream* second = client->watch(pvKind(), {}, watchFrom(list.resourceVersion), &owner);
    int afterAbort = 0;
    connect(second, &WatchStream::eventReceived, &owner, [&](const WatchEvent&) {
        ++afterAbort;
        second->abort();
    });
    QTRY_COMPARE_WITH_TIMEOUT(afterAbort, 1, 10000);
    for (int turn = 0; turn < 5; ++turn)
        QCoreApplication::processEvents();
    QCOMPARE(afterAbort, 1);
    for (const QString& name : std::as_const(made)) {
        const ObjectResult r = waitFor<ObjectResult>(
            [&](QObject* ctx, auto cb) { client->remove(pvKind(), {}, name, {}, ctx, cb); });
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
    }
}

void TestKubeClient::watchEvents()
{
    auto client = clientFor(u"ase-demo-admin"_s);
    const ListResult list
        = waitFor<ListResult>([&](QObject* ctx, auto cb) { client->list(pvKind(), {}, {}, ctx, cb); });
    QVERIFY(list.ok());

    QObject owner;
    WatchStream* stream = client->watch(pvKind(), {}, watchFrom(list.resourceVersion), &owner);
    QStringList events;
    bool patchSeen = false;
    connect(stream, &WatchStream::eventReceived, &owner, [&events, &patchSeen](const WatchEvent& e) {
        if (e.type == WatchEvent::Type::Bookmark || metaString(e.object, "name"_L1) != u"watched")
            return;
        events << WatchEvent::typeName(e.type) + u' ' + metaString(e.object, "name"_L1);
        if (e.type == WatchEvent::Type::Modified
            && e.object.value("metadata"_L1).toObject().value("labels"_L1).toObject().value("x"_L1) == u"1"_s)
            patchSeen = true;
    });
    QSignalSpy finished(stream, &WatchStream::finished);

    // No wait for the watch to be established: it starts at the list's resourceVersion, so
    // the server sends every change after it, however late the watch request arrives.
    ObjectResult r = waitFor<ObjectResult>(
        [&](QObject* ctx, auto cb) { client->create(pvKind(), pvManifest(u"watched"_s), {}, ctx, cb); });
    QVERIFY(r.ok());
    r = waitFor<ObjectResult>([&](QObject* ctx, auto cb) {
        client->mergePatch(pvKind(), {}, u"watched"_s,
            QJsonObject {{"metadata"_L1, QJsonObject {{"labels"_L1, QJsonObject {{"x"_L1, "1"_L1}}}}}}, {},
            ctx, cb);
    });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    const QString patchedRv = metaString(r.object, "resourceVersion"_L1);
    r = waitFor<ObjectResult>(
        [&](QObject* ctx, auto cb) { client->remove(pvKind(), {}, u"watched"_s, {}, ctx, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));

    // The demo's controllers may touch the PV too (status): ADDED first, DELETED last,
    // only MODIFIED between, the patch among them.
    QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty() && events.last() == u"DELETED watched", 10000);
    QCOMPARE(events.first(), u"ADDED watched"_s);
    QVERIFY(events.size() >= 3);
    for (qsizetype i = 1; i + 1 < events.size(); ++i)
        QCOMPARE(events.at(i), u"MODIFIED watched"_s);
    QVERIFY(patchSeen);
    QVERIFY(stream->isRunning());
    QVERIFY(stream->lastResourceVersion() != list.resourceVersion);
    QVERIFY(stream->lastResourceVersion() != patchedRv);
    QCOMPARE(finished.size(), 0);
    stream->abort();
    QVERIFY(!stream->isRunning());
}

void TestKubeClient::watchExpiredResourceVersion()
{
    auto client = clientFor(u"ase-demo-admin"_s);
    const ListResult list
        = waitFor<ListResult>([&](QObject* ctx, auto cb) { client->list(pvKind(), {}, {}, ctx, cb); });
    QVERIFY(list.ok());
    // More changes than the server's history (50) keeps.
    for (int i = 0; i < 60; ++i) {
        const ObjectResult r = waitFor<ObjectResult>([&](QObject* ctx, auto cb) {
            client->create(pvKind(), pvManifest(u"churn-%1"_s.arg(i)), {}, ctx, cb);
        });
        QVERIFY(r.ok());
    }
    QObject owner;
    WatchOptions options;
    options.resourceVersion = list.resourceVersion;
    WatchStream* stream = client->watch(pvKind(), {}, options, &owner);
    QSignalSpy events(stream, &WatchStream::eventReceived);
    QSignalSpy finished(stream, &WatchStream::finished);
    QVERIFY(finished.wait(10000));
    const auto error = finished.first().first().value<ApiError>();
    QVERIFY(error.isExpired());
    QCOMPARE(error.httpStatus, 410);
    QCOMPARE(error.status.reason, u"Expired"_s);
    QVERIFY2(error.message().startsWith(u"too old resource version: "_s), qPrintable(error.message()));
    QCOMPARE(error.verb, u"watch"_s);
    QCOMPARE(events.size(), 0); // the ERROR event is not passed on as an object event
    QVERIFY(!stream->isRunning());
}

void TestKubeClient::dryRunWritesLeaveNothing_data()
{
    QTest::addColumn<QString>("operation");
    QTest::newRow("create") << u"create"_s;
    QTest::newRow("server-side apply") << u"apply"_s;
}

void TestKubeClient::dryRunWritesLeaveNothing()
{
    QFETCH(QString, operation);
    auto client = clientFor(u"ase-demo-admin"_s);
    const QString name = u"dry-"_s + operation;
    ObjectResult r;
    if (operation == u"create") {
        WriteOptions o;
        o.dryRun = true;
        r = waitFor<ObjectResult>(
            [&](QObject* ctx, auto cb) { client->create(pvKind(), pvManifest(name), o, ctx, cb); });
    } else {
        ApplyOptions o;
        o.dryRun = true;
        r = waitFor<ObjectResult>(
            [&](QObject* ctx, auto cb) { client->apply(pvKind(), pvManifest(name), o, ctx, cb); });
    }
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(metaString(r.object, "name"_L1), name); // what it would be

    const ObjectResult got
        = waitFor<ObjectResult>([&](QObject* ctx, auto cb) { client->get(pvKind(), {}, name, ctx, cb); });
    QVERIFY(got.error.isNotFound());
    QCOMPARE(got.error.message(), u"persistentvolumes \"%1\" not found"_s.arg(name));

    // A dry-run delete leaves the object in place.
    ObjectResult made = waitFor<ObjectResult>(
        [&](QObject* ctx, auto cb) { client->create(pvKind(), pvManifest(name), {}, ctx, cb); });
    QVERIFY(made.ok());
    DeleteOptions d;
    d.dryRun = true;
    d.propagationPolicy = u"Background"_s;
    const ObjectResult del = waitFor<ObjectResult>(
        [&](QObject* ctx, auto cb) { client->remove(pvKind(), {}, name, d, ctx, cb); });
    QVERIFY2(del.ok(), qPrintable(del.error.message()));
    const ObjectResult still
        = waitFor<ObjectResult>([&](QObject* ctx, auto cb) { client->get(pvKind(), {}, name, ctx, cb); });
    QVERIFY2(still.ok(), qPrintable(still.error.message()));
    QCOMPARE(metaString(still.object, "uid"_L1), metaString(made.object, "uid"_L1));
}

void TestKubeClient::applyCreatesThenUpdates()
{
    auto client = clientFor(u"ase-demo-admin"_s);
    QJsonObject manifest = pvManifest(u"applied"_s);
    ObjectResult r = waitFor<ObjectResult>(
        [&](QObject* ctx, auto cb) { client->apply(pvKind(), manifest, {}, ctx, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(r.httpStatus, 201);
    const QString uid = metaString(r.object, "uid"_L1);

    QJsonObject meta = manifest.value("metadata"_L1).toObject();
    meta.insert("labels"_L1, QJsonObject {{"tier"_L1, "gold"_L1}});
    manifest.insert("metadata"_L1, meta);
    r = waitFor<ObjectResult>([&](QObject* ctx, auto cb) { client->apply(pvKind(), manifest, {}, ctx, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(r.httpStatus, 200);
    QCOMPARE(metaString(r.object, "uid"_L1), uid);
    QCOMPARE(
        r.object.value("metadata"_L1).toObject().value("labels"_L1).toObject().value("tier"_L1).toString(),
        u"gold"_s);
    // The manager is the app's.
    const QJsonArray managed = r.object.value("metadata"_L1).toObject().value("managedFields"_L1).toArray();
    QVERIFY(!managed.isEmpty());
    QCOMPARE(managed.first().toObject().value("manager"_L1).toString(), u"ase-storage-manager"_s);
}

void TestKubeClient::applyConflictNamesFieldAndManager()
{
    auto client = clientFor(u"ase-demo-admin"_s);
    const auto labelled = [](const QString& tier) {
        QJsonObject pv = pvManifest(u"contested"_s);
        pv.insert("metadata"_L1,
            QJsonObject {{"name"_L1, "contested"_L1}, {"labels"_L1, QJsonObject {{"tier"_L1, tier}}}});
        return pv;
    };
    // Another manager owns metadata.labels.tier ...
    ApplyOptions other;
    other.fieldManager = u"kubectl"_s;
    ObjectResult r = waitFor<ObjectResult>(
        [&](QObject* ctx, auto cb) { client->apply(pvKind(), labelled(u"silver"_s), other, ctx, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));

    // ... so the app's apply of another value conflicts, field by field, naming the manager.
    r = waitFor<ObjectResult>(
        [&](QObject* ctx, auto cb) { client->apply(pvKind(), labelled(u"gold"_s), {}, ctx, cb); });
    QVERIFY(!r.ok());
    QVERIFY(r.error.isConflict());
    QVERIFY(r.error.isApplyConflict());
    QVERIFY2(r.error.message().startsWith(u"Apply failed with "_s), qPrintable(r.error.message()));
    bool found = false;
    for (const StatusCause& c : r.error.causes()) {
        QCOMPARE(c.reason, u"FieldManagerConflict"_s);
        if (c.field == u".metadata.labels.tier") {
            found = true;
            QVERIFY2(c.message.contains(u"conflict with \"kubectl\""_s), qPrintable(c.message));
        }
    }
    QVERIFY2(found, "no cause for .metadata.labels.tier");

    // force takes the field over.
    ApplyOptions force;
    force.force = true;
    r = waitFor<ObjectResult>(
        [&](QObject* ctx, auto cb) { client->apply(pvKind(), labelled(u"gold"_s), force, ctx, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(
        r.object.value("metadata"_L1).toObject().value("labels"_L1).toObject().value("tier"_L1).toString(),
        u"gold"_s);
}

void TestKubeClient::invalidMapsCausesToFields()
{
    auto client = clientFor(u"ase-demo-admin"_s);
    QJsonObject pvc {{"apiVersion"_L1, "v1"_L1}, {"kind"_L1, "PersistentVolumeClaim"_L1},
        {"metadata"_L1, QJsonObject {{"name"_L1, "no-modes"_L1}, {"namespace"_L1, "default"_L1}}},
        {"spec"_L1,
            QJsonObject {
                {"resources"_L1, QJsonObject {{"requests"_L1, QJsonObject {{"storage"_L1, "1Gi"_L1}}}}}}}};
    const ObjectResult r
        = waitFor<ObjectResult>([&](QObject* ctx, auto cb) { client->create(pvcKind(), pvc, {}, ctx, cb); });
    QVERIFY(!r.ok());
    QVERIFY(r.error.isInvalid());
    QCOMPARE(r.error.reason(), u"Invalid"_s);
    QVERIFY2(r.error.message().startsWith(u"PersistentVolumeClaim \"no-modes\" is invalid: "_s),
        qPrintable(r.error.message()));
    QStringList fields;
    for (const StatusCause& c : r.error.causes())
        fields << c.field;
    QVERIFY2(fields.contains(u"spec.accessModes"_s), qPrintable(fields.join(u", ")));
    QCOMPARE(r.error.verb, u"create"_s);
    QCOMPARE(r.error.kind, u"PersistentVolumeClaim"_s);
}

void TestKubeClient::notFoundAndConflictMessages()
{
    auto client = clientFor(u"ase-demo-admin"_s);
    ObjectResult made = waitFor<ObjectResult>(
        [&](QObject* ctx, auto cb) { client->create(pvKind(), pvManifest(u"versioned"_s), {}, ctx, cb); });
    QVERIFY(made.ok());
    const ObjectResult again = waitFor<ObjectResult>(
        [&](QObject* ctx, auto cb) { client->create(pvKind(), pvManifest(u"versioned"_s), {}, ctx, cb); });
    QVERIFY(again.error.isAlreadyExists());
    QCOMPARE(again.error.message(), u"persistentvolumes \"versioned\" already exists"_s);

    // An update with a stale resourceVersion: 409 Conflict with Kubernetes' sentence.
    QJsonObject stale = made.object;
    QJsonObject meta = stale.value("metadata"_L1).toObject();
    meta.insert("resourceVersion"_L1, "1"_L1);
    meta.insert("labels"_L1, QJsonObject {{"a"_L1, "b"_L1}});
    stale.insert("metadata"_L1, meta);
    const ObjectResult conflict
        = waitFor<ObjectResult>([&](QObject* ctx, auto cb) { client->update(pvKind(), stale, {}, ctx, cb); });
    QVERIFY(conflict.error.isConflict());
    QVERIFY(!conflict.error.isApplyConflict());
    QCOMPARE(conflict.error.message(),
        u"Operation cannot be fulfilled on persistentvolumes \"versioned\": the object has been modified; "
        "please apply your changes to the latest version and try again"_s);
}

void TestKubeClient::unauthorizedReRunsExecPlugin()
{
    // kubelogin's first token ("token-1") is unknown to the server: 401, the plugin runs
    // again, "token-2" works, and the caller only sees the success.
    QFile::remove(m_countFile);
    auto client = clientFor(u"aks-user"_s);
    auto* exec = dynamic_cast<ExecCredentialProvider*>(client->connection().credentials.get());
    QVERIFY(exec);
    const ListResult r
        = waitFor<ListResult>([&](QObject* ctx, auto cb) { client->list(pvKind(), {}, {}, ctx, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error.message() + u'\n' + r.error.detail));
    QCOMPARE(exec->runCount(), 2);
    // The fresh token is cached: no third run.
    const ListResult again
        = waitFor<ListResult>([&](QObject* ctx, auto cb) { client->list(pvKind(), {}, {}, ctx, cb); });
    QVERIFY(again.ok());
    QCOMPARE(exec->runCount(), 2);
}

void TestKubeClient::unauthorizedStaysAnError()
{
    auto client = clientFor(u"stale"_s);
    const ListResult r
        = waitFor<ListResult>([&](QObject* ctx, auto cb) { client->list(pvKind(), {}, {}, ctx, cb); });
    QVERIFY(r.error.isUnauthorized());
    QCOMPARE(r.error.category, ApiError::Category::Http);
    QVERIFY(!r.error.message().isEmpty());
}

void TestKubeClient::unauthorizedWatch_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<bool>("recovers");

    // kubelogin's first token gets 401: the plugin runs again and the watch goes on.
    QTest::newRow("exec plugin re-run, watch goes on") << u"aks-user"_s << true;
    // A token the provider cannot replace: no retry, the watch ends with the 401.
    QTest::newRow("revoked token ends the watch") << u"stale"_s << false;
}

void TestKubeClient::unauthorizedWatch()
{
    QFETCH(QString, context);
    QFETCH(bool, recovers);

    QFile::remove(m_countFile);
    auto admin = clientFor(u"ase-demo-admin"_s);
    const ListResult list
        = waitFor<ListResult>([&](QObject* ctx, auto cb) { admin->list(pvKind(), {}, {}, ctx, cb); });
    QVERIFY(list.ok());

    auto client = clientFor(context);
    QObject owner;
    WatchStream* stream = client->watch(pvKind(), {}, watchFrom(list.resourceVersion), &owner);
    QStringList added;
    connect(stream, &WatchStream::eventReceived, &owner, [&added](const WatchEvent& e) {
        if (e.type == WatchEvent::Type::Added)
            added << metaString(e.object, "name"_L1);
    });
    QSignalSpy finished(stream, &WatchStream::finished);

    if (!recovers) {
        QVERIFY(finished.wait(10000));
        const auto error = finished.first().first().value<ApiError>();
        QVERIFY(error.isUnauthorized());
        QCOMPARE(error.verb, u"watch"_s);
        QCOMPARE(error.kind, u"PersistentVolume"_s);
        QVERIFY(!stream->isRunning());
        return;
    }

    auto* exec = dynamic_cast<ExecCredentialProvider*>(client->connection().credentials.get());
    QVERIFY(exec);
    QTRY_COMPARE_WITH_TIMEOUT(exec->runCount(), 2, 10000);
    // The retried watch resumes from the list's resourceVersion: a PV made now is seen.
    const QString name = u"watched-after-401"_s;
    ObjectResult r = waitFor<ObjectResult>(
        [&](QObject* ctx, auto cb) { admin->create(pvKind(), pvManifest(name), {}, ctx, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QTRY_VERIFY_WITH_TIMEOUT(added.contains(name), 10000);
    QVERIFY(stream->isRunning());
    QCOMPARE(finished.size(), 0);
    QCOMPARE(exec->runCount(), 2); // one retry, no more runs
    r = waitFor<ObjectResult>([&](QObject* ctx, auto cb) { admin->remove(pvKind(), {}, name, {}, ctx, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
}

void TestKubeClient::forbiddenPerKind()
{
    // The namespace-scoped user of the device (as New-HcsKubernetesUser creates).
    auto client = clientFor(u"ase-demo-user"_s);
    QCOMPARE(client->connection().defaultNamespace, demo::DemoDevice::userNamespace());

    const ListResult pvs
        = waitFor<ListResult>([&](QObject* ctx, auto cb) { client->list(pvKind(), {}, {}, ctx, cb); });
    QVERIFY(pvs.error.isForbidden());
    QCOMPARE(pvs.error.verb, u"list"_s);
    QCOMPARE(pvs.error.kind, u"PersistentVolume"_s);
    QCOMPARE(pvs.error.summary(), u"No permission to list PersistentVolumes."_s);
    QVERIFY2(pvs.error.message().startsWith(u"persistentvolumes is forbidden: User \"edge-user\""_s),
        qPrintable(pvs.error.message()));

    const ListResult sc = waitFor<ListResult>(
        [&](QObject* ctx, auto cb) { client->list(resourceKindByKind(u"StorageClass"_s), {}, {}, ctx, cb); });
    QVERIFY(sc.error.isForbidden());
    QCOMPARE(sc.error.summary(), u"No permission to list StorageClasses."_s);

    // Its own namespace still works, for lists and watches.
    const ListResult pvcs = waitFor<ListResult>([&](QObject* ctx, auto cb) {
        client->list(pvcKind(), demo::DemoDevice::userNamespace(), {}, ctx, cb);
    });
    QVERIFY2(pvcs.ok(), qPrintable(pvcs.error.message()));

    QObject owner;
    WatchStream* denied = client->watch(pvKind(), {}, {}, &owner);
    QSignalSpy deniedFinished(denied, &WatchStream::finished);
    WatchOptions wo;
    wo.resourceVersion = pvcs.resourceVersion;
    WatchStream* allowed = client->watch(pvcKind(), demo::DemoDevice::userNamespace(), wo, &owner);
    QSignalSpy allowedFinished(allowed, &WatchStream::finished);
    QVERIFY(deniedFinished.wait(10000));
    const auto error = deniedFinished.first().first().value<ApiError>();
    QVERIFY(error.isForbidden());
    QCOMPARE(error.summary(), u"No permission to watch PersistentVolumes."_s);
    // The allowed watch runs on: a claim created in the namespace after the denial arrives.
    QStringList added;
    connect(allowed, &WatchStream::eventReceived, &owner, [&added](const WatchEvent& e) {
        if (e.type == WatchEvent::Type::Added)
            added << metaString(e.object, "name"_L1);
    });
    const QJsonObject claim {{"apiVersion"_L1, "v1"_L1}, {"kind"_L1, "PersistentVolumeClaim"_L1},
        {"metadata"_L1,
            QJsonObject {
                {"name"_L1, "after-denial"_L1}, {"namespace"_L1, demo::DemoDevice::userNamespace()}}},
        {"spec"_L1,
            QJsonObject {{"accessModes"_L1, QJsonArray {"ReadWriteOnce"_L1}},
                {"resources"_L1, QJsonObject {{"requests"_L1, QJsonObject {{"storage"_L1, "1Gi"_L1}}}}}}}};
    ObjectResult created = waitFor<ObjectResult>(
        [&](QObject* ctx, auto cb) { client->create(pvcKind(), claim, {}, ctx, cb); });
    QVERIFY2(created.ok(), qPrintable(created.error.message()));
    QTRY_VERIFY_WITH_TIMEOUT(added.contains(u"after-denial"_s), 10000);
    QVERIFY(allowed->isRunning());
    QCOMPARE(allowedFinished.size(), 0);
    created = waitFor<ObjectResult>([&](QObject* ctx, auto cb) {
        client->remove(pvcKind(), demo::DemoDevice::userNamespace(), u"after-denial"_s, {}, ctx, cb);
    });
    QVERIFY2(created.ok(), qPrintable(created.error.message()));
}

void TestKubeClient::tlsErrorsSayWhatDidNotMatch_data()
{
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("tlsServerName");
    QTest::addColumn<QString>("expected");

    QTest::newRow("CA of another cluster")
        << u"kubeconfig/pki/other-ca.crt"_s << QString()
        << u"is not signed by the certificate authority of the kubeconfig"_s;
    QTest::newRow("tls-server-name the certificate lacks")
        << QString() << u"wrong.example"_s << u"not for wrong.example"_s;
}

void TestKubeClient::tlsErrorsSayWhatDidNotMatch()
{
    QFETCH(QString, caFile);
    QFETCH(QString, tlsServerName);
    QFETCH(QString, expected);

    auto client = clientFor(u"ase-demo-admin"_s, [&](KubeConnection& c) {
        if (!caFile.isEmpty()) {
            QFile f(QStringLiteral(ASE_TEST_DATA_DIR "/") + caFile);
            if (f.open(QIODevice::ReadOnly))
                c.ssl.setCaCertificates(QSslCertificate::fromData(f.readAll()));
        }
        c.tlsServerName = tlsServerName;
    });
    const ListResult r
        = waitFor<ListResult>([&](QObject* ctx, auto cb) { client->list(pvKind(), {}, {}, ctx, cb); });
    QCOMPARE(r.error.category, ApiError::Category::Tls);
    QVERIFY2(r.error.message().contains(expected), qPrintable(r.error.message()));
}

void TestKubeClient::insecureSkipsVerification()
{
    auto client = clientFor(u"ase-demo-admin"_s, [](KubeConnection& c) {
        c.ssl.setCaCertificates({});
        c.insecureSkipTlsVerify = true;
    });
    QVERIFY(client->isInsecure());
    const ListResult r
        = waitFor<ListResult>([&](QObject* ctx, auto cb) { client->list(pvKind(), {}, {}, ctx, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
}

void TestKubeClient::connectionRefused()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    auto client = clientFor(u"ase-demo-admin"_s, [port](KubeConnection& c) { c.server.setPort(port); });
    const ListResult r
        = waitFor<ListResult>([&](QObject* ctx, auto cb) { client->list(pvKind(), {}, {}, ctx, cb); });
    QCOMPARE(r.error.category, ApiError::Category::Connection);
    QCOMPARE(r.error.message(),
        u"The connection to the server 127.0.0.1:%1 was refused - did you specify the right host or port?"_s
            .arg(port));
    QVERIFY(r.error.isRetriable());
}

void TestKubeClient::timeout()
{
    // A server that accepts and never answers. The aborted reply must not be read (Qt then
    // logs "QIODevice::read (QNetworkReplyHttpImpl): device not open"), and the error says
    // what happened, where, and how long the client waited.
    QTest::failOnWarning(QRegularExpression(u"device not open"_s));
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    auto client = clientFor(
        u"ase-demo-admin"_s, [&silent](KubeConnection& c) { c.server.setPort(silent.serverPort()); });
    client->setRequestTimeout(300ms);
    const ListResult r
        = waitFor<ListResult>([&](QObject* ctx, auto cb) { client->list(pvKind(), {}, {}, ctx, cb); });
    QCOMPARE(r.error.category, ApiError::Category::Timeout);
    QVERIFY(r.error.isTimeout());
    QVERIFY(r.error.isRetriable());
    QVERIFY2(r.error.message().contains(QString::number(silent.serverPort())), qPrintable(r.error.message()));
    QCOMPARE(r.error.verb, u"list"_s);
    QCOMPARE(r.error.kind, u"PersistentVolume"_s);

    // A watch whose answer never starts ends the same way.
    WatchOptions options;
    WatchStream* watch = client->watch(pvKind(), {}, options, this);
    QSignalSpy finished(watch, &WatchStream::finished);
    QVERIFY(finished.wait(5000));
    const ApiError error = finished.first().first().value<ApiError>();
    QCOMPARE(error.category, ApiError::Category::Timeout);
    QVERIFY2(!error.message().isEmpty(), "a watch timeout without a message");
    QCOMPARE(error.verb, u"watch"_s);
    delete watch;
}

void TestKubeClient::listIsDecodedOffTheContextsThread()
{
    // A page is decoded and transformed on a pool thread; the callback runs in the
    // context's thread with the transformed items.
    auto client = clientFor(u"ase-demo-admin"_s);
    DecodeProbe probe;
    ListOptions options;
    options.itemTransform = probe.transform();
    QThread* callbackThread = nullptr;
    const ListResult r = waitFor<ListResult>([&](QObject* ctx, auto cb) {
        client->list(pvKind(), {}, options, ctx, [&callbackThread, cb](const ListResult& result) {
            callbackThread = QThread::currentThread();
            cb(result);
        });
    });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QVERIFY(!r.items.isEmpty());
    QCOMPARE(probe.calls.load(), int(r.items.size()));
    for (const QJsonObject& item : r.items)
        QVERIFY(item.value("transformed"_L1).toBool());
    QCOMPARE(callbackThread, QThread::currentThread());
    QVERIFY(probe.thread.load() != nullptr);
    QVERIFY(probe.thread.load() != QThread::currentThread());
}

void TestKubeClient::abortWhileDecodingDropsTheAnswer()
{
    // The answer has arrived and is being decoded when the request is aborted: the decode
    // finishes on its thread, but nothing reaches the callback.
    auto client = clientFor(u"ase-demo-admin"_s);
    DecodeProbe probe;
    probe.hold = true;
    ListOptions options;
    options.itemTransform = probe.transform();
    bool called = false;
    QObject context;
    QPointer<KubeRequest> request
        = client->list(pvKind(), {}, options, &context, [&called](const ListResult&) { called = true; });
    QVERIFY(QTest::qWaitFor([&probe] { return probe.started.tryAcquire(); }, 30000)); // decoding now
    QVERIFY(request);
    request->abort();
    probe.release.release();
    QVERIFY(QThreadPool::globalInstance()->waitForDone(30000));
    QTRY_VERIFY_WITH_TIMEOUT(request.isNull(), 5000);
    QCoreApplication::processEvents(); // a continuation, had one been queued, would run now
    QVERIFY(!called);
    QVERIFY(probe.calls.load() > 1); // the decode did finish
}

void TestKubeClient::destroyedContextGetsNoCallback()
{
    auto client = clientFor(u"ase-demo-admin"_s);
    bool called = false;
    QPointer<KubeRequest> request;
    {
        QObject context;
        request = client->list(pvKind(), {}, {}, &context, [&called](const ListResult&) { called = true; });
        QVERIFY(request);
    }
    // The owner is gone: the request is aborted and cleaned up, the callback never runs,
    // not even by the time a later request on the same client has had its whole answer.
    QTRY_VERIFY_WITH_TIMEOUT(request.isNull(), 5000);
    QVERIFY(
        waitFor<ListResult>([&](QObject* ctx, auto cb) { client->list(pvKind(), {}, {}, ctx, cb); }).ok());
    QVERIFY(!called);

    // abort() by hand, likewise.
    QObject context;
    request = client->list(pvKind(), {}, {}, &context, [&called](const ListResult&) { called = true; });
    request->abort();
    QTRY_VERIFY_WITH_TIMEOUT(request.isNull(), 5000);
    QVERIFY(
        waitFor<ListResult>([&](QObject* ctx, auto cb) { client->list(pvKind(), {}, {}, ctx, cb); }).ok());
    QVERIFY(!called);
}

namespace {

const QByteArray kEmptyPvList
    = R"({"kind":"PersistentVolumeList","apiVersion":"v1","metadata":{"resourceVersion":"1"},"items":[]})";
const QString kRedirectToken = u"redirect-test-token-Zq8xv3"_s;

KubeConnection tokenConnection(const QUrl& server)
{
    KubeConnection c;
    c.server = server;
    Credential credential;
    credential.token = kRedirectToken;
    c.credentials = std::make_shared<StaticCredentialProvider>(credential, u"token"_s);
    return c;
}

} // namespace

void TestKubeClient::tokenStaysWithItsOrigin_data()
{
    QTest::addColumn<QString>("where"); // port | host | scheme
    QTest::addColumn<int>("status");
    QTest::newRow("another port, 302") << u"port"_s << 302;
    QTest::newRow("another port, 307") << u"port"_s << 307;
    QTest::newRow("another host") << u"host"_s << 302;
    QTest::newRow("another scheme") << u"scheme"_s << 308;
}

void TestKubeClient::tokenStaysWithItsOrigin()
{
    QFETCH(QString, where);
    QFETCH(int, status);
    // The API server answers with a redirect to another origin; the other origin records what
    // arrives. The client must refuse to go there: its bearer token stays with the API server.
    test::RecordingHttpServer other(
        [](const test::RecordedRequest&) { return test::RecordingHttpServer::json(200, kEmptyPvList); });
    QVERIFY(other.listen());
    QUrl target;
    test::RecordingHttpServer api([&target, status](const test::RecordedRequest& request) {
        if (!request.header("Host").startsWith("127.0.0.1"))
            return test::RecordingHttpServer::json(200, kEmptyPvList); // reached as another host
        return test::RecordingHttpServer::redirect(status, target);
    });
    QVERIFY(api.listen());
    target = where == u"port"_s ? other.url() : api.url();
    if (where == u"host"_s)
        target.setHost(u"localhost"_s);
    if (where == u"scheme"_s)
        target.setScheme(u"https"_s);
    target.setPath(u"/api/v1/persistentvolumes"_s);

    KubeClient client(tokenConnection(api.url()));
    const ListResult r
        = waitFor<ListResult>([&](QObject* ctx, auto cb) { client.list(pvKind(), {}, {}, ctx, cb); });
    QVERIFY2(!r.ok(), "the list followed a redirect to another origin");
    QCOMPARE(r.error.category, ApiError::Category::Connection);
    QVERIFY2(
        r.error.message().contains(u"redirected the request to %1"_s.arg(target.toString(QUrl::RemoveQuery))),
        qPrintable(r.error.message()));
    QVERIFY2(r.error.message().contains(u"kubeconfig"_s), qPrintable(r.error.message()));
    // The first request did carry the token (so the check below can fail)...
    QCOMPARE(api.requests().size(), 1);
    QCOMPARE(api.requests().first().header("Authorization"), "Bearer " + kRedirectToken.toUtf8());
    // ...and nothing arrived at the other origin.
    QVERIFY(other.requests().isEmpty());
}

void TestKubeClient::sameOriginRedirectIsFollowed()
{
    // A redirect within the server's origin (a path prefix moved) keeps working, token included.
    test::RecordingHttpServer* self = nullptr;
    test::RecordingHttpServer api([&self](const test::RecordedRequest& request) {
        if (request.target.startsWith("/moved/"))
            return test::RecordingHttpServer::json(200, kEmptyPvList);
        QUrl moved = self->url();
        moved.setPath(u"/moved"_s + QString::fromUtf8(request.target).section(u'?', 0, 0));
        return test::RecordingHttpServer::redirect(307, moved);
    });
    self = &api;
    QVERIFY(api.listen());
    KubeClient client(tokenConnection(api.url()));
    const ListResult r
        = waitFor<ListResult>([&](QObject* ctx, auto cb) { client.list(pvKind(), {}, {}, ctx, cb); });
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(api.requests().size(), 2);
    for (const test::RecordedRequest& request : api.requests())
        QCOMPARE(request.header("Authorization"), "Bearer " + kRedirectToken.toUtf8());
}

void TestKubeClient::notAKubernetesList_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("why"); // what the detail says was wrong
    // A proxy's login page, a Status where a list belongs, an object, a list without items.
    QTest::newRow("HTML") << QByteArray("<html><body>Sign in to continue</body></html>") << u"at byte"_s;
    QTest::newRow("cut JSON") << QByteArray(R"({"kind":"PersistentVolumeList","items":[{"metad)")
                              << u"at byte"_s;
    QTest::newRow("a Status") << QByteArray(
        R"({"kind":"Status","apiVersion":"v1","status":"Success","message":"ok"})")
                              << u"It has no \"items\" array."_s;
    QTest::newRow("items not an array")
        << QByteArray(R"({"kind":"PersistentVolumeList","apiVersion":"v1","items":{}})")
        << u"It has no \"items\" array."_s;
    QTest::newRow("a JSON array") << QByteArray(R"([{"kind":"PersistentVolume"}])")
                                  << u"It is not a JSON object."_s;
}

void TestKubeClient::notAKubernetesList()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, why);
    test::RecordingHttpServer server(
        [&body](const test::RecordedRequest&) { return test::RecordingHttpServer::json(200, body); });
    QVERIFY(server.listen());
    KubeClient client(tokenConnection(server.url()));
    const ListResult r
        = waitFor<ListResult>([&](QObject* ctx, auto cb) { client.list(pvKind(), {}, {}, ctx, cb); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error.category, ApiError::Category::Decode);
    QCOMPARE(r.error.message(),
        u"The server's answer to the list of PersistentVolume is not a Kubernetes list."_s);
    QCOMPARE(r.error.verb, u"list"_s);
    QCOMPARE(r.error.kind, u"PersistentVolume"_s);
    QVERIFY2(r.error.detail.contains(why), qPrintable(r.error.detail));
    QVERIFY(r.items.isEmpty());
}

QTEST_MAIN(TestKubeClient)
#include "tst_kubeclient.moc"
