// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The reflectors (list + watch into the ResourceStore) against the demo device over TLS,
// with the wire misbehaving: watch streams cut every second, requests answered 500/429,
// a short history that expires resourceVersions, continue tokens that expire.
#include "app/demo/DemoDevice.h"
#include "app/demo/controllers/DemoControllers.h"
#include "app/kube/ClusterWatcher.h"
#include "app/kube/KubeClient.h"
#include "app/kube/Reflector.h"
#include "models/store/ResourceStore.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace ase;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

Q_DECLARE_METATYPE(ase::ReflectorState)

namespace {

const QStringList kNamespaces {u"edge-apps"_s, u"team-a"_s, u"team-b"_s};

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

QJsonObject pvManifest(const QString& name)
{
    return {{"apiVersion"_L1, "v1"_L1}, {"kind"_L1, "PersistentVolume"_L1},
        {"metadata"_L1, QJsonObject {{"name"_L1, name}, {"labels"_L1, QJsonObject {{"gen"_L1, "0"_L1}}}}},
        {"spec"_L1,
            QJsonObject {{"capacity"_L1, QJsonObject {{"storage"_L1, "1Gi"_L1}}},
                {"accessModes"_L1, QJsonArray {"ReadWriteOnce"_L1}},
                {"persistentVolumeReclaimPolicy"_L1, "Retain"_L1}, {"storageClassName"_L1, "manual"_L1},
                {"hostPath"_L1, QJsonObject {{"path"_L1, QString(u"/data/"_s + name)}}}}}};
}

QJsonObject pvcManifest(const QString& ns, const QString& name)
{
    return {{"apiVersion"_L1, "v1"_L1}, {"kind"_L1, "PersistentVolumeClaim"_L1},
        {"metadata"_L1,
            QJsonObject {
                {"name"_L1, name}, {"namespace"_L1, ns}, {"labels"_L1, QJsonObject {{"gen"_L1, "0"_L1}}}}},
        {"spec"_L1,
            QJsonObject {{"accessModes"_L1, QJsonArray {"ReadWriteOnce"_L1}},
                {"storageClassName"_L1, "manual"_L1},
                {"resources"_L1, QJsonObject {{"requests"_L1, QJsonObject {{"storage"_L1, "2Gi"_L1}}}}}}}};
}

/// uid and resourceVersion by key: what "equal to the server" means.
using Versions = QMap<QString, QPair<QString, QString>>;

Versions versionsOf(const QList<QJsonObject>& objects)
{
    Versions out;
    for (const QJsonObject& o : objects)
        out.insert(ResourceStore::keyOf(o), {metaString(o, "uid"_L1), metaString(o, "resourceVersion"_L1)});
    return out;
}

/// Empty when equal; else the first differences, readable.
QString difference(const Versions& expected, const Versions& actual)
{
    QStringList lines;
    if (expected.size() != actual.size())
        lines.append(u"count: server %1, store %2"_s.arg(expected.size()).arg(actual.size()));
    for (auto it = expected.cbegin(); it != expected.cend() && lines.size() < 6; ++it) {
        if (!actual.contains(it.key()))
            lines.append(u"missing %1 rv %2"_s.arg(it.key(), it.value().second));
        else if (actual.value(it.key()) != it.value())
            lines.append(u"stale %1: store rv %2 uid %3, server rv %4 uid %5"_s.arg(it.key(),
                actual.value(it.key()).second, actual.value(it.key()).first, it.value().second,
                it.value().first));
    }
    for (auto it = actual.cbegin(); it != actual.cend() && lines.size() < 8; ++it) {
        if (!expected.contains(it.key()))
            lines.append(u"deleted on the server but in the store: %1"_s.arg(it.key()));
    }
    return lines.join(u"; "_s);
}

/// Rebuilds a kind's objects from nothing but the store's change batches, as an item
/// model does, and checks each change against what it has: Added only for new keys,
/// Modified and Deleted only for known ones.
class ChangeMirror final
{
public:
    ChangeMirror(ResourceStore& store, QObject* context)
    {
        QObject::connect(&store, &ResourceStore::changed, context,
            [this](const QString& kind, const QList<StoreChange>& changes) {
                Versions& table = m_tables[kind];
                for (const StoreChange& c : changes) {
                    const bool known = table.contains(c.key);
                    if ((c.type == StoreChange::Type::Added) == known)
                        m_violations.append(u"%1 %2 (%3)"_s.arg(
                            c.type == StoreChange::Type::Added ? u"added again"_s : u"unknown"_s, c.key,
                            kind));
                    if (c.type == StoreChange::Type::Deleted)
                        table.remove(c.key);
                    else
                        table.insert(c.key,
                            {metaString(c.object(), "uid"_L1), metaString(c.object(), "resourceVersion"_L1)});
                }
            });
    }
    Versions table(const QString& kind) const { return m_tables.value(kind); }
    QStringList violations() const { return m_violations; }

private:
    QHash<QString, Versions> m_tables;
    QStringList m_violations;
};

/// Applies `total` random creates, updates and deletes of PVs and PVCs to the demo's
/// ClusterState, `perTick` every `intervalMs`, as the cluster's users and controllers would.
class ChangeDriver final : public QObject
{
public:
    ChangeDriver(demo::ClusterState& state, int total, int perTick, int intervalMs, quint32 seed)
        : m_state(state)
        , m_left(total)
        , m_perTick(perTick)
        , m_random(seed)
    {
        m_timer.setInterval(intervalMs);
        connect(&m_timer, &QTimer::timeout, this, &ChangeDriver::tick);
    }
    void start() { m_timer.start(); }
    bool done() const { return m_left <= 0; }
    int applied() const { return m_applied; }
    QStringList failures() const { return m_failures; }

private:
    void tick()
    {
        for (int i = 0; i < m_perTick && m_left > 0; ++i, --m_left)
            changeOne();
        if (m_left <= 0)
            m_timer.stop();
    }

    void changeOne()
    {
        const bool pv = m_random.bounded(2) == 0;
        const ResourceKind kind = pv ? pvKind() : pvcKind();
        const QList<QJsonObject> existing = m_state.objects(kind);
        const int dice = existing.size() < 20 ? 0 : static_cast<int>(m_random.bounded(100));
        QString failure;
        if (dice < 45) {
            const QString name = u"%1-%2"_s.arg(pv ? u"pv"_s : u"claim"_s).arg(++m_serial);
            const QString ns = pv ? QString() : kNamespaces.at(static_cast<int>(m_random.bounded(3)));
            const auto result = m_state.create(kind, ns, pv ? pvManifest(name) : pvcManifest(ns, name));
            if (!result)
                failure = result.error().message;
        } else {
            const QJsonObject victim = existing.at(static_cast<int>(m_random.bounded(existing.size())));
            const QString ns = metaString(victim, "namespace"_L1);
            const QString name = metaString(victim, "name"_L1);
            if (dice < 80) {
                const QJsonObject patch {{"metadata"_L1,
                    QJsonObject {{"labels"_L1, QJsonObject {{"gen"_L1, QString::number(++m_serial)}}}}}};
                const auto result = m_state.mergePatch(kind, ns, name, patch);
                if (!result)
                    failure = result.error().message;
            } else {
                const auto result = m_state.remove(kind, ns, name);
                if (!result && result.error().code != 404)
                    failure = result.error().message;
            }
        }
        if (failure.isEmpty())
            ++m_applied;
        else if (m_failures.size() < 5)
            m_failures.append(failure);
    }

    demo::ClusterState& m_state;
    int m_left;
    int m_perTick;
    int m_applied = 0;
    int m_serial = 0;
    QStringList m_failures;
    QRandomGenerator m_random;
    QTimer m_timer;
};

} // namespace

class TestReflector final : public QObject
{
    Q_OBJECT

private slots:
    void convergesUnderFaults_data();
    void convergesUnderFaults();
    void expiredContinueRestartsTheList();
    void timeoutSaysWhatHappened();
    void errorStates_data();
    void errorStates();
    void backoffAndRetryAfter();
    void backoffStartsOverAfterProgress();
    void namespaceScopedUser();

private:
    struct Server
    {
        std::unique_ptr<demo::DemoDevice> device;
        std::unique_ptr<KubeClient> client;
    };
    enum class Token { Admin, User, Bogus };
    static Server startServer(
        const demo::DemoDeviceOptions& options, Token token = Token::Admin, bool trustCa = true);
    static void createNamespaces(demo::ClusterState& state);
    /// Settles the demo's controllers, then waits until the store equals the server for
    /// @p kinds while the server stands still; empty when it does, else the difference.
    static QString waitUntilEqual(demo::DemoDevice& device, ResourceStore& store,
        const QList<ResourceKind>& kinds, int timeoutMs, const QString& ns = {});
};

TestReflector::Server TestReflector::startServer(
    const demo::DemoDeviceOptions& options, Token token, bool trustCa)
{
    Server server;
    server.device = std::make_unique<demo::DemoDevice>();
    QString error;
    if (!server.device->start(options, &error))
        qFatal("demo device did not start: %s", qPrintable(error));
    KubeConnection connection;
    connection.server = QUrl(server.device->clusterUrl());
    connection.defaultNamespace = token == Token::User ? demo::DemoDevice::userNamespace() : u"default"_s;
    if (trustCa)
        connection.ssl.setCaCertificates(QSslCertificate::fromData(server.device->caPem(), QSsl::Pem));
    else
        connection.ssl.setCaCertificates({});
    Credential credential;
    credential.token = token == Token::Admin ? server.device->adminToken()
        : token == Token::User               ? server.device->userToken()
                                             : u"not-a-token"_s;
    connection.credentials = std::make_shared<StaticCredentialProvider>(credential, u"token"_s);
    server.client = std::make_unique<KubeClient>(connection);
    return server;
}

void TestReflector::createNamespaces(demo::ClusterState& state)
{
    for (const QString& ns : kNamespaces) {
        if (!state.find(resourceKindByKind(u"Namespace"_s), {}, ns))
            state.create(resourceKindByKind(u"Namespace"_s), {},
                QJsonObject {{"metadata"_L1, QJsonObject {{"name"_L1, ns}}}});
    }
}

QString TestReflector::waitUntilEqual(demo::DemoDevice& device, ResourceStore& store,
    const QList<ResourceKind>& kinds, int timeoutMs, const QString& ns)
{
    demo::ClusterState& state = device.cluster();
    const QDeadlineTimer deadline(timeoutMs);
    // Compared again whenever the store or the server changed, not on a clock.
    bool dirty = true;
    QObject guard;
    connect(&store, &ResourceStore::changed, &guard, [&dirty] { dirty = true; });
    connect(&state, &demo::ClusterState::changed, &guard, [&dirty] { dirty = true; });
    QString diff;
    const auto equal = [&] {
        if (!dirty)
            return false;
        dirty = false;
        diff.clear();
        for (const ResourceKind& kind : kinds) {
            const QString d = difference(versionsOf(state.objects(kind, kind.namespaced ? ns : QString())),
                versionsOf(store.objects(kind.kind)));
            if (!d.isEmpty())
                diff += kind.kind + u": "_s + d + u' ';
        }
        return diff.isEmpty();
    };
    while (!deadline.hasExpired()) {
        // The server's own controllers may still react to the last changes: let them finish,
        // then the server stands still and the store must come to equal it.
        if (!device.controllers().settle())
            return u"the demo's controllers did not settle"_s;
        const qint64 settledRv = state.resourceVersion();
        dirty = true;
        if (QTest::qWaitFor(equal, deadline) && state.resourceVersion() == settledRv) {
            store.flush(); // announces what is left of a large batch, for the change mirrors
            return {};
        }
    }
    return diff.isEmpty() ? u"the server never went quiet"_s : diff;
}

void TestReflector::convergesUnderFaults_data()
{
    QTest::addColumn<bool>("faults");
    QTest::addColumn<int>("pageSize");

    QTest::newRow("clean wire, pages of 500") << false << 500;
    QTest::newRow("cuts every second, 500/429, history of 40, pages of 500") << true << 500;
    QTest::newRow("cuts every second, 500/429, history of 40, pages of 16") << true << 16;
}

void TestReflector::convergesUnderFaults()
{
    QFETCH(bool, faults);
    QFETCH(int, pageSize);

    demo::DemoDeviceOptions options;
    options.scenario = u"empty"_s;
    options.bookmarkIntervalMs = 500;
    if (faults) {
        options.cutWatchEverySeconds = 1;
        options.errorRate = 0.1;
        options.history = 40;
    }
    Server server = startServer(options);
    demo::ClusterState& state = server.device->cluster();
    createNamespaces(state);
    // Something to list before the watch starts.
    for (int i = 0; i < 120; ++i) {
        QVERIFY(state.create(pvKind(), {}, pvManifest(u"seed-pv-%1"_s.arg(i))));
        const QString ns = kNamespaces.at(i % 3);
        QVERIFY(state.create(pvcKind(), ns, pvcManifest(ns, u"seed-claim-%1"_s.arg(i))));
    }

    ResourceStore store;
    ChangeMirror mirror(store, this);
    ClusterWatcher watcher(server.client.get(), &store);
    watcher.setKinds({pvKind(), pvcKind()});
    watcher.setReflectorSetup([pageSize](Reflector& r) { r.setPageSize(pageSize); });
    QSignalSpy settled(&watcher, &ClusterWatcher::settled);
    watcher.start();
    QVERIFY(settled.wait(30000));
    QCOMPARE(watcher.status(u"PersistentVolume"_s).synced, true);
    QCOMPARE(watcher.status(u"PersistentVolumeClaim"_s).synced, true);

    ChangeDriver driver(state, 2000, 5, 20, 20261129);
    driver.start();
    QTRY_VERIFY_WITH_TIMEOUT(driver.done(), 60000);
    QVERIFY2(driver.failures().isEmpty(), qPrintable(driver.failures().join(u"; "_s)));
    QCOMPARE(driver.applied(), 2000);

    QElapsedTimer converging;
    converging.start();
    const QString diff = waitUntilEqual(*server.device, store, {pvKind(), pvcKind()}, 60000);
    const qint64 convergedMs = converging.elapsed();
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QVERIFY2(mirror.violations().isEmpty(), qPrintable(mirror.violations().join(u", "_s)));
    for (const ResourceKind& kind : {pvKind(), pvcKind()}) {
        QCOMPARE(mirror.table(kind.kind), versionsOf(state.objects(kind)));
        QVERIFY(store.count(kind.kind) > 0);
    }

    // The wire did what the row says, and the reflectors took the paths it forces.
    ReflectorStats total;
    for (const QString& kind : watcher.kinds()) {
        const ReflectorStats s = watcher.reflector(kind)->stats();
        total.lists += s.lists;
        total.listPages += s.listPages;
        total.watches += s.watches;
        total.expired += s.expired;
        total.errors += s.errors;
        total.events += s.events;
    }
    qInfo("equal to the server %lld ms after the last change; lists %d, "
          "pages %d, watches %d, 410 re-lists %d, errors %d, events %lld",
        convergedMs, total.lists, total.listPages, total.watches, total.expired, total.errors, total.events);
    if (faults) {
        QVERIFY(total.watches > 2);
        QVERIFY(total.expired > 0);
        QVERIFY(total.lists > 2);
    } else {
        // Nothing forces a re-list on a clean wire: one list per kind, then events only.
        QCOMPARE(total.lists, 2);
        QCOMPARE(total.expired, 0);
        QCOMPARE(total.errors, 0);
        QVERIFY(total.events >= 2000);
        QCOMPARE(watcher.status(u"PersistentVolume"_s).state, ReflectorState::Live);
    }
    if (pageSize < 100)
        QVERIFY(total.listPages >= 2 * (240 / pageSize));
}

void TestReflector::expiredContinueRestartsTheList()
{
    demo::DemoDeviceOptions options;
    options.scenario = u"empty"_s;
    options.latencyMs = 30; // room between pages for the history to move past the list
    options.history = 20;
    Server server = startServer(options);
    demo::ClusterState& state = server.device->cluster();
    for (int i = 0; i < 200; ++i)
        QVERIFY(state.create(pvKind(), {}, pvManifest(u"pv-%1"_s.arg(i))));

    // Other clients' writes move the history past the list's resourceVersion (Kubernetes: a
    // compaction), so the reflector's continue tokens expire.
    QTimer crowd;
    QRandomGenerator random(7);
    int generation = 0;
    connect(&crowd, &QTimer::timeout, this, [&] {
        ++generation;
        for (int i = 0; i < 40; ++i)
            state.mergePatch(pvKind(), {}, u"pv-%1"_s.arg(random.bounded(200)),
                {{"metadata"_L1,
                    QJsonObject {{"labels"_L1, QJsonObject {{"gen"_L1, QString::number(generation)}}}}}});
    });

    ResourceStore store;
    Reflector reflector(server.client.get(), &store, pvKind());
    reflector.setPageSize(10);
    QSignalSpy listed(&reflector, &Reflector::listed);
    reflector.start();
    crowd.start(10);
    QVERIFY(listed.wait(20000));
    crowd.stop();
    const QString diff = waitUntilEqual(*server.device, store, {pvKind()}, 20000);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(store.count(u"PersistentVolume"_s), 200);
    // Three expiries in a row make the reflector read the list unpaged.
    QVERIFY2(reflector.stats().continueExpired >= 3,
        qPrintable(QString::number(reflector.stats().continueExpired)));
    QCOMPARE(reflector.state(), ReflectorState::Live);
}

void TestReflector::timeoutSaysWhatHappened()
{
    // The server answers after 1.5 s, the client waits 300 ms: the first list times out.
    // The aborted reply is not read (Qt would log "device not open"), the status names the
    // request, the server and the wait, and after the recovery the error is still in the stats.
    QTest::failOnWarning(QRegularExpression(u"device not open"_s));
    demo::DemoDeviceOptions options;
    options.scenario = u"empty"_s;
    options.latencyMs = 1500;
    Server server = startServer(options);
    server.client->setRequestTimeout(300ms);
    ResourceStore store;
    Reflector reflector(server.client.get(), &store, pvKind());
    reflector.setBackoffPolicy({1000ms, 30000ms, 120000ms, 2.0, 0.0});
    reflector.start();
    QTRY_COMPARE_WITH_TIMEOUT(reflector.state(), ReflectorState::Reconnecting, 10000);
    const QString authority = QUrl(server.device->clusterUrl()).authority();
    const QString message = reflector.status().message;
    QVERIFY2(message.startsWith(u"Could not list persistentvolumes on %1: "_s.arg(authority)),
        qPrintable(message));
    QVERIFY2(message.contains(u"did not answer within"_s), qPrintable(message));
    QVERIFY2(message.contains(u"Retrying in"_s), qPrintable(message));
    QCOMPARE(reflector.status().error.category, ApiError::Category::Timeout);

    // Patient again: the retry gets through.
    server.client->setRequestTimeout(30000ms);
    QTRY_COMPARE_WITH_TIMEOUT(reflector.state(), ReflectorState::Live, 15000);
    QVERIFY(reflector.status().message.isEmpty());
    QVERIFY(reflector.stats().errors >= 1);
    QCOMPARE(reflector.stats().lastError.category, ApiError::Category::Timeout);
    QVERIFY(!reflector.stats().lastError.message().isEmpty());
}

void TestReflector::errorStates_data()
{
    QTest::addColumn<int>("token");
    QTest::addColumn<bool>("trustCa");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<ReflectorState>("expected");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("retryAfterSeconds");

    QTest::newRow("namespace-scoped user lists PVs: forbidden")
        << int(Token::User) << true << u"PersistentVolume"_s << ReflectorState::Forbidden
        << u"No permission to list PersistentVolumes."_s << 60;
    QTest::newRow("namespace-scoped user lists StorageClasses: forbidden")
        << int(Token::User) << true << u"StorageClass"_s << ReflectorState::Forbidden
        << u"No permission to list StorageClasses."_s << 60;
    QTest::newRow("unknown token: unauthorized") << int(Token::Bogus) << true << u"PersistentVolumeClaim"_s
                                                 << ReflectorState::Unauthorized << QString() << 60;
    QTest::newRow("server certificate not trusted: failed")
        << int(Token::Admin) << false << u"PersistentVolume"_s << ReflectorState::Failed << QString() << 60;
}

void TestReflector::errorStates()
{
    QFETCH(int, token);
    QFETCH(bool, trustCa);
    QFETCH(QString, kind);
    QFETCH(ReflectorState, expected);
    QFETCH(QString, message);
    QFETCH(int, retryAfterSeconds);

    demo::DemoDeviceOptions options;
    options.scenario = u"empty"_s;
    Server server = startServer(options, Token(token), trustCa);
    ResourceStore store;
    Reflector reflector(server.client.get(), &store, resourceKindByKind(kind));
    reflector.start();
    QTRY_COMPARE_WITH_TIMEOUT(reflector.state(), expected, 10000);
    const ReflectorStatus status = reflector.status();
    if (!message.isEmpty())
        QCOMPARE(status.message, message);
    QVERIFY(!status.message.isEmpty());
    QVERIFY(!status.error.ok());
    QVERIFY(!status.synced);
    // Retried slowly: no storm of requests. The scheduled delay, not the wall clock.
    QCOMPARE(qint64(status.retryDelay.count()), qint64(retryAfterSeconds) * 1000);
    QVERIFY(status.nextRetry.isValid());
    QCOMPARE(reflector.stats().errors, 1);
    QCOMPARE(reflector.state(), expected);
    QCOMPARE(store.count(kind), 0);
}

void TestReflector::backoffAndRetryAfter()
{
    // Every request fails, alternately 500 and 429 (Retry-After: 1).
    demo::DemoDeviceOptions options;
    options.scenario = u"empty"_s;
    options.errorRate = 1.0;
    Server server = startServer(options);
    ResourceStore store;
    Reflector reflector(server.client.get(), &store, pvKind());
    struct Attempt
    {
        int code;
        qint64 waitMs;
    };
    QList<Attempt> attempts;
    connect(&reflector, &Reflector::statusChanged, this, [&attempts](const ReflectorStatus& s) {
        if (s.state == ReflectorState::Reconnecting && s.nextRetry.isValid())
            attempts.append({s.error.httpStatus, qint64(s.retryDelay.count())});
    });
    reflector.start();
    QTRY_VERIFY_WITH_TIMEOUT(attempts.size() >= 5, 20000);
    reflector.stop();

    // 500s back off 800 ms doubling per failure (jitter up to +100 %); 429s wait exactly their Retry-After.
    qint64 step = 800;
    for (const Attempt& a : std::as_const(attempts)) {
        if (a.code == 429) {
            QCOMPARE(a.waitMs, qint64(1000));
        } else {
            QCOMPARE(a.code, 500);
            QVERIFY2(a.waitMs >= step && a.waitMs <= 2 * step,
                qPrintable(u"%1 for step %2"_s.arg(a.waitMs).arg(step)));
        }
        step *= 2; // every failure, a 429 too, doubles the next step
    }
    QCOMPARE(reflector.state(), ReflectorState::Stopped);
    QCOMPARE(store.count(u"PersistentVolume"_s), 0);
}

void TestReflector::backoffStartsOverAfterProgress()
{
    // The server cuts every watch after a second; each stream delivers bookmarks first.
    demo::DemoDeviceOptions options;
    options.scenario = u"empty"_s;
    options.cutWatchEverySeconds = 1;
    options.bookmarkIntervalMs = 200;
    Server server = startServer(options);
    ResourceStore store;
    Reflector reflector(server.client.get(), &store, pvKind());
    Backoff::Policy policy;
    policy.initial = std::chrono::milliseconds(100);
    reflector.setBackoffPolicy(policy);
    reflector.start();
    // Healthy streams start the backoff over: after every cut the delay is the initial step
    // plus jitter (at most 200 ms). A backoff that kept growing over healthy streams would
    // have reached 100·2⁵ = 3.2 s or more by the seventh watch. Counted, not timed.
    QTRY_VERIFY_WITH_TIMEOUT(reflector.stats().watches >= 7, 60000);
    const ReflectorStats stats = reflector.stats();
    QVERIFY2(stats.longestRetryDelay <= std::chrono::milliseconds(200),
        qPrintable(u"longest re-watch delay %1 ms"_s.arg(stats.longestRetryDelay.count())));
    QVERIFY(stats.lastRetryDelay > std::chrono::milliseconds(0));
    QVERIFY(stats.bookmarks > 0);
    QCOMPARE(stats.lists, 1);
    QCOMPARE(reflector.state(), ReflectorState::Live);
}

void TestReflector::namespaceScopedUser()
{
    demo::DemoDeviceOptions options;
    options.scenario = u"empty"_s;
    Server server = startServer(options, Token::User);
    demo::ClusterState& state = server.device->cluster();
    createNamespaces(state);
    const QString mine = demo::DemoDevice::userNamespace();
    for (int i = 0; i < 5; ++i) {
        QVERIFY(state.create(pvKind(), {}, pvManifest(u"pv-%1"_s.arg(i))));
        QVERIFY(state.create(pvcKind(), mine, pvcManifest(mine, u"mine-%1"_s.arg(i))));
        QVERIFY(state.create(pvcKind(), u"team-a"_s, pvcManifest(u"team-a"_s, u"theirs-%1"_s.arg(i))));
    }

    ResourceStore store;
    store.setFlushInterval(0);
    ClusterWatcher watcher(server.client.get(), &store);
    watcher.setKinds({pvKind(), pvcKind()});
    QSignalSpy settled(&watcher, &ClusterWatcher::settled);
    watcher.start(); // all namespaces: narrowed to the user's namespace for PVCs
    QVERIFY(settled.wait(10000));
    store.flush();

    const ReflectorStatus pvs = watcher.status(u"PersistentVolume"_s);
    QCOMPARE(pvs.state, ReflectorState::Forbidden);
    QCOMPARE(pvs.message, u"No permission to list PersistentVolumes."_s);
    QCOMPARE(store.count(u"PersistentVolume"_s), 0);

    const ReflectorStatus pvcs = watcher.status(u"PersistentVolumeClaim"_s);
    QCOMPARE(pvcs.state, ReflectorState::Live);
    QCOMPARE(pvcs.namespaceName, mine);
    QCOMPARE(
        versionsOf(store.objects(u"PersistentVolumeClaim"_s)), versionsOf(state.objects(pvcKind(), mine)));

    // Watched: changes in the user's namespace arrive; other namespaces stay out.
    QVERIFY(state.create(pvcKind(), mine, pvcManifest(mine, u"new-mine"_s)));
    QVERIFY(state.create(pvcKind(), u"team-a"_s, pvcManifest(u"team-a"_s, u"new-theirs"_s)));
    QVERIFY(state.remove(pvcKind(), mine, u"mine-0"_s));
    const QString diff = waitUntilEqual(*server.device, store, {pvcKind()}, 20000, mine);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QVERIFY(store.contains(u"PersistentVolumeClaim"_s, mine + u"/new-mine"_s));
    QVERIFY(!store.contains(u"PersistentVolumeClaim"_s, u"team-a/new-theirs"_s));
    QCOMPARE(watcher.status(u"PersistentVolumeClaim"_s).state, ReflectorState::Live);
    QCOMPARE(watcher.status(u"PersistentVolume"_s).state, ReflectorState::Forbidden);
    QCOMPARE(watcher.reflector(u"PersistentVolume"_s)->stats().errors, 1);
}

QTEST_GUILESS_MAIN(TestReflector)
#include "tst_reflector.moc"
