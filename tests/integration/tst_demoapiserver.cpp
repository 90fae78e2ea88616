// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The demo device's Kubernetes API, checked over HTTPS with plain requests.
#include "DemoApiClient.h"
#include "app/demo/DemoDevice.h"
#include "app/demo/controllers/DemoControllers.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using ase::test::DemoApiClient;
using ase::test::HttpResult;
using ase::test::pvcManifest;

namespace {

const QString kPvcs = u"/api/v1/namespaces/edge-apps/persistentvolumeclaims"_s;

QStringList itemNames(const QJsonObject& list)
{
    QStringList names;
    for (const QJsonValue& item : list.value("items"_L1).toArray())
        names.append(item.toObject().value("metadata"_L1).toObject().value("name"_L1).toString());
    return names;
}

QByteArray json(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

class TestDemoApiServer final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void authentication_data();
    void authentication();
    void listPagingIsAConsistentSnapshot();
    void expiredContinueToken();
    void selectors_data();
    void selectors();
    void createGetUpdateConflict();
    void deleteWithFinalizerKeepsObjectTerminating();
    void dryRunStoresNothing_data();
    void dryRunStoresNothing();
    void unsupportedDryRunIs422();
    void mergePatch();
    void jsonPatch();
    void serverSideApply();
    void applyWithoutFieldManager();
    void validationErrors_data();
    void validationErrors();
    void watchEventsAndBookmarks();
    void watchTooOldResourceVersion();
    void watchSendInitialEvents();
    void watchListOptionsValidation_data();
    void watchListOptionsValidation();
    void discovery_data();
    void discovery();
    void openApi();
    void tableColumns_data();
    void tableColumns();
    void faultsAnswer429WithRetryAfter();
    void booleanQueryParameters_data();
    void booleanQueryParameters();
    void integerQueryParameters();
    void protobufBodies();
    void fieldValidation_data();
    void fieldValidation();
    void fieldValidationOfPatches();
    void scaleSubresource();

private:
    HttpResult createPvc(const QString& name, const QJsonObject& labels = {});

    std::unique_ptr<ase::demo::DemoDevice> m_device;
    std::unique_ptr<DemoApiClient> m_admin;
};

void TestDemoApiServer::initTestCase()
{
    m_device = std::make_unique<ase::demo::DemoDevice>();
    ase::demo::DemoDeviceOptions options;
    options.bookmarkIntervalMs = 200;
    QString error;
    QVERIFY2(m_device->start(options, &error), qPrintable(error));
    QVERIFY(m_device->clusterUrl().startsWith(u"https://127.0.0.1:"));
    m_admin
        = std::make_unique<DemoApiClient>(m_device->clusterUrl(), m_device->caPem(), m_device->adminToken());
}

void TestDemoApiServer::cleanup()
{
    // Every test starts with an empty edge-apps namespace.
    for (const QJsonObject& pvc :
        m_device->cluster().objects(ase::resourceKindByKind(u"PersistentVolumeClaim"_s))) {
        const QJsonObject meta = pvc.value("metadata"_L1).toObject();
        const QString name = meta.value("name"_L1).toString();
        const ase::ResourceKind kind = ase::resourceKindByKind(u"PersistentVolumeClaim"_s);
        m_device->cluster().modify(kind, meta.value("namespace"_L1).toString(), name, [](QJsonObject& o) {
            QJsonObject m = o.value("metadata"_L1).toObject();
            m.remove("finalizers"_L1);
            o.insert("metadata"_L1, m);
            return true;
        });
        m_device->cluster().remove(kind, meta.value("namespace"_L1).toString(), name);
    }
}

HttpResult TestDemoApiServer::createPvc(const QString& name, const QJsonObject& labels)
{
    return m_admin->post(kPvcs, pvcManifest(name, u"edge-apps"_s, u"1Gi"_s, labels));
}

void TestDemoApiServer::authentication_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    QTest::newRow("no token") << QString() << u"/api/v1/persistentvolumes"_s << 401 << u"Unauthorized"_s;
    QTest::newRow("wrong token") << u"not-a-token"_s << u"/api/v1/namespaces"_s << 401 << u"Unauthorized"_s;
    QTest::newRow("admin lists PVs") << u"admin"_s << u"/api/v1/persistentvolumes"_s << 200 << QString();
    QTest::newRow("user lists PVs at cluster scope") << u"user"_s << u"/api/v1/persistentvolumes"_s << 403
                                                     << u"persistentvolumes is forbidden: User \"edge-user\" "
                                                        u"cannot list resource \"persistentvolumes\" in API "
                                                        "group \"\" at the cluster scope"_s;
    QTest::newRow("user lists storage classes")
        << u"user"_s << u"/apis/storage.k8s.io/v1/storageclasses"_s << 403
        << u"storageclasses.storage.k8s.io is forbidden: User \"edge-user\" cannot list resource "
           "\"storageclasses\" in API group \"storage.k8s.io\" at the cluster scope"_s;
    QTest::newRow("user reads another namespace")
        << u"user"_s << u"/api/v1/namespaces/default/pods/web"_s << 403
        << u"pods \"web\" is forbidden: User \"edge-user\" cannot get resource \"pods\" in API group \"\" in "
           u"the "
           "namespace \"default\""_s;
    QTest::newRow("user lists its namespace") << u"user"_s << kPvcs << 200 << QString();
    QTest::newRow("user reads discovery") << u"user"_s << u"/api/v1"_s << 200 << QString();
}

void TestDemoApiServer::authentication()
{
    QFETCH(QString, token);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, message);
    const QString realToken = token == u"admin" ? m_device->adminToken()
        : token == u"user"                      ? m_device->userToken()
                                                : token;
    DemoApiClient client(m_device->clusterUrl(), m_device->caPem(), realToken);
    const HttpResult r = client.get(path);
    QCOMPARE(r.status, status);
    if (status != 200) {
        const QJsonObject body = r.json();
        QCOMPARE(body.value("kind"_L1).toString(), u"Status"_s);
        QCOMPARE(body.value("code"_L1).toInt(), status);
        QCOMPARE(body.value("message"_L1).toString(), message);
    }
}

void TestDemoApiServer::listPagingIsAConsistentSnapshot()
{
    for (int i = 0; i < 7; ++i)
        QCOMPARE(createPvc(u"page-%1"_s.arg(i)).status, 201);
    const HttpResult first = m_admin->get(kPvcs + u"?limit=3"_s);
    QCOMPARE(first.status, 200);
    const QJsonObject page1 = first.json();
    QCOMPARE(itemNames(page1), (QStringList {u"page-0"_s, u"page-1"_s, u"page-2"_s}));
    QCOMPARE(page1.value("metadata"_L1).toObject().value("remainingItemCount"_L1).toInt(), 4);
    const QString token = page1.value("metadata"_L1).toObject().value("continue"_L1).toString();
    QVERIFY(!token.isEmpty());
    QVERIFY(!page1.value("items"_L1).toArray().first().toObject().contains("kind"_L1));

    // A change between pages is not seen: the pages form one snapshot.
    QCOMPARE(createPvc(u"page-00-late"_s).status, 201);
    const QJsonObject page2 = m_admin->get(kPvcs + u"?limit=3&continue="_s + token).json();
    QCOMPARE(itemNames(page2), (QStringList {u"page-3"_s, u"page-4"_s, u"page-5"_s}));
    QCOMPARE(page2.value("metadata"_L1).toObject().value("resourceVersion"_L1),
        page1.value("metadata"_L1).toObject().value("resourceVersion"_L1));
    const QString token2 = page2.value("metadata"_L1).toObject().value("continue"_L1).toString();
    const QJsonObject page3 = m_admin->get(kPvcs + u"?limit=3&continue="_s + token2).json();
    QCOMPARE(itemNames(page3), QStringList {u"page-6"_s});
    QVERIFY(!page3.value("metadata"_L1).toObject().contains("continue"_L1));
    QVERIFY(!page3.value("metadata"_L1).toObject().contains("remainingItemCount"_L1));

    // Empty lists still carry "items": [].
    const QJsonObject empty = m_admin->get(u"/api/v1/namespaces/kube-public/persistentvolumeclaims"_s).json();
    QVERIFY(empty.value("items"_L1).isArray());
    QCOMPARE(empty.value("kind"_L1).toString(), u"PersistentVolumeClaimList"_s);
}

void TestDemoApiServer::expiredContinueToken()
{
    // A token outlives its snapshot when the history no longer reaches back to the list's
    // resourceVersion (Kubernetes: an etcd compaction).
    ase::demo::DemoDevice small;
    QVERIFY(small.start({}));
    DemoApiClient client(small.clusterUrl(), small.caPem(), small.adminToken());
    for (int i = 0; i < 4; ++i)
        QCOMPARE(client.post(kPvcs, pvcManifest(u"x%1"_s.arg(i), u"edge-apps"_s)).status, 201);
    const QJsonObject page1 = client.get(kPvcs + u"?limit=1"_s).json();
    const QString token = page1.value("metadata"_L1).toObject().value("continue"_L1).toString();
    QVERIFY(!token.isEmpty());
    // Still within the history: the next page is served.
    QCOMPARE(client.get(kPvcs + u"?limit=1&continue="_s + token).status, 200);
    small.cluster().setHistoryLimit(3);
    for (int i = 0; i < 4; ++i)
        QCOMPARE(client.post(kPvcs, pvcManifest(u"y%1"_s.arg(i), u"edge-apps"_s)).status, 201);
    const HttpResult r = client.get(kPvcs + u"?limit=1&continue="_s + token);
    QCOMPARE(r.status, 410);
    QCOMPARE(r.json().value("reason"_L1).toString(), u"Expired"_s);
    QCOMPARE(r.json().value("message"_L1).toString(),
        u"The provided continue parameter is too old to display a consistent list result. You can start a "
        "new list without the continue parameter."_s);

    // A token that is not one: 400.
    const HttpResult bad = client.get(kPvcs + u"?limit=1&continue=bm90LWEtdG9rZW4"_s);
    QCOMPARE(bad.status, 400);
}

void TestDemoApiServer::selectors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("message");

    QTest::newRow("label equals") << u"labelSelector=app%3Dweb"_s << 200 << QStringList {u"a"_s, u"b"_s}
                                  << QString();
    QTest::newRow("label not equals matches missing key")
        << u"labelSelector=tier!%3Ddb"_s << 200 << QStringList {u"a"_s, u"c"_s} << QString();
    QTest::newRow("label in set") << u"labelSelector=tier%20in%20(db,cache)"_s << 200 << QStringList {u"b"_s}
                                  << QString();
    QTest::newRow("label exists, and")
        << u"labelSelector=app,!tier"_s << 200 << QStringList {u"a"_s} << QString();
    QTest::newRow("field name") << u"fieldSelector=metadata.name%3Dc"_s << 200 << QStringList {u"c"_s}
                                << QString();
    QTest::newRow("field and label") << u"fieldSelector=metadata.name!%3Da&labelSelector=app%3Dweb"_s << 200
                                     << QStringList {u"b"_s} << QString();
    QTest::newRow("unsupported field") << u"fieldSelector=spec.volumeName%3Dx"_s << 400 << QStringList()
                                       << u"field label not supported: spec.volumeName"_s;
}

void TestDemoApiServer::selectors()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QStringList, names);
    QFETCH(QString, message);
    QCOMPARE(createPvc(u"a"_s, {{"app"_L1, "web"_L1}}).status, 201);
    QCOMPARE(createPvc(u"b"_s, {{"app"_L1, "web"_L1}, {"tier"_L1, "db"_L1}}).status, 201);
    QCOMPARE(createPvc(u"c"_s, {{"other"_L1, "x"_L1}}).status, 201);
    const HttpResult r = m_admin->get(kPvcs + u'?' + query);
    QCOMPARE(r.status, status);
    if (status == 200) {
        QCOMPARE(itemNames(r.json()), names);
        // The all-namespaces list applies the same selector.
        QCOMPARE(itemNames(m_admin->get(u"/api/v1/persistentvolumeclaims?"_s + query).json()), names);
    } else {
        QCOMPARE(r.json().value("message"_L1).toString(), message);
    }
}

void TestDemoApiServer::createGetUpdateConflict()
{
    const HttpResult created = createPvc(u"data"_s);
    QCOMPARE(created.status, 201);
    const QJsonObject object = created.json();
    const QJsonObject meta = object.value("metadata"_L1).toObject();
    QVERIFY(!meta.value("uid"_L1).toString().isEmpty());
    QVERIFY(!meta.value("creationTimestamp"_L1).toString().isEmpty());
    const qint64 rv = meta.value("resourceVersion"_L1).toString().toLongLong();
    QVERIFY(rv > 0);
    QCOMPARE(object.value("status"_L1).toObject().value("phase"_L1).toString(), u"Pending"_s);
    QCOMPARE(object.value("spec"_L1).toObject().value("volumeMode"_L1).toString(), u"Filesystem"_s);

    QCOMPARE(createPvc(u"data"_s).status, 409);
    QCOMPARE(createPvc(u"data"_s).json().value("message"_L1).toString(),
        u"persistentvolumeclaims \"data\" already exists"_s);

    // The controllers react to the new claim (finalizer, phase) before it is read and written.
    QVERIFY(m_device->controllers().settle());
    const HttpResult got = m_admin->get(kPvcs + u"/data"_s);
    QCOMPARE(got.status, 200);
    QCOMPARE(got.json().value("metadata"_L1).toObject().value("uid"_L1), meta.value("uid"_L1));
    QCOMPARE(got.json().value("spec"_L1), object.value("spec"_L1));

    QJsonObject changed = got.json();
    QJsonObject m = changed.value("metadata"_L1).toObject();
    m.insert("labels"_L1, QJsonObject {{"v"_L1, "2"_L1}});
    changed.insert("metadata"_L1, m);
    const HttpResult updated = m_admin->put(kPvcs + u"/data"_s, changed);
    QCOMPARE(updated.status, 200);
    const qint64 rv2
        = updated.json().value("metadata"_L1).toObject().value("resourceVersion"_L1).toString().toLongLong();
    QVERIFY(rv2 > rv);
    QCOMPARE(
        updated.json().value("metadata"_L1).toObject().value("labels"_L1).toObject().value("v"_L1).toString(),
        u"2"_s);

    // The same body again carries the old resourceVersion: 409 Conflict.
    const HttpResult stale = m_admin->put(kPvcs + u"/data"_s, changed);
    QCOMPARE(stale.status, 409);
    QCOMPARE(stale.json().value("reason"_L1).toString(), u"Conflict"_s);
    QCOMPARE(stale.json().value("message"_L1).toString(),
        u"Operation cannot be fulfilled on persistentvolumeclaims \"data\": the object has been modified; "
        "please apply your changes to the latest version and try again"_s);

    const HttpResult missing = m_admin->get(kPvcs + u"/nope"_s);
    QCOMPARE(missing.status, 404);
    QCOMPARE(missing.json().value("message"_L1).toString(), u"persistentvolumeclaims \"nope\" not found"_s);
}

void TestDemoApiServer::deleteWithFinalizerKeepsObjectTerminating()
{
    QJsonObject pvc = pvcManifest(u"held"_s, u"edge-apps"_s);
    QJsonObject meta = pvc.value("metadata"_L1).toObject();
    meta.insert("finalizers"_L1, QJsonArray {u"example.com/hold"_s});
    pvc.insert("metadata"_L1, meta);
    QCOMPARE(m_admin->post(kPvcs, pvc).status, 201);

    const HttpResult deleted = m_admin->del(kPvcs + u"/held"_s);
    QCOMPARE(deleted.status, 200);
    QVERIFY(deleted.json().value("metadata"_L1).toObject().contains("deletionTimestamp"_L1));
    const HttpResult still = m_admin->get(kPvcs + u"/held"_s);
    QCOMPARE(still.status, 200);
    QVERIFY(still.json().value("metadata"_L1).toObject().contains("deletionTimestamp"_L1));

    // Removing the last finalizer removes the object.
    const HttpResult patched = m_admin->patch(
        kPvcs + u"/held"_s, R"({"metadata":{"finalizers":null}})", "application/merge-patch+json");
    QCOMPARE(patched.status, 200);
    QCOMPARE(m_admin->get(kPvcs + u"/held"_s).status, 404);
}

void TestDemoApiServer::dryRunStoresNothing_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("contentType");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");

    QTest::newRow("create") << QByteArray("POST") << QByteArray("application/json")
                            << json(pvcManifest(u"dry"_s, u"edge-apps"_s)) << 201;
    QTest::newRow("merge patch") << QByteArray("PATCH") << QByteArray("application/merge-patch+json")
                                 << QByteArray(R"({"metadata":{"labels":{"dry":"yes"}}})") << 200;
    QTest::newRow("apply") << QByteArray("PATCH") << QByteArray("application/apply-patch+yaml")
                           << QByteArray(
                                  "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: base\n  "
                                  "labels:\n    dry: \"yes\"\n")
                           << 200;
    QTest::newRow("delete") << QByteArray("DELETE") << QByteArray() << QByteArray() << 200;
}

void TestDemoApiServer::dryRunStoresNothing()
{
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, contentType);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QCOMPARE(createPvc(u"base"_s).status, 201);
    // The controllers react to the new claim (finalizer, phase) before it is read and written.
    QVERIFY(m_device->controllers().settle());
    const HttpResult base = m_admin->get(kPvcs + u"/base"_s);
    const QString path = method == "POST" ? kPvcs : kPvcs + u"/base"_s;
    QString query = u"?dryRun=All"_s;
    if (contentType.contains("apply"))
        query += u"&fieldManager=test"_s;
    const HttpResult r = m_admin->request(method, path + query, body, contentType);
    QCOMPARE(r.status, status);
    QCOMPARE(m_admin->get(kPvcs + u"/dry"_s).status, 404);
    QCOMPARE(m_admin->get(kPvcs + u"/base"_s).json(), base.json());
    if (method == "PATCH")
        QCOMPARE(
            r.json().value("metadata"_L1).toObject().value("labels"_L1).toObject().value("dry"_L1).toString(),
            u"yes"_s);
}

void TestDemoApiServer::unsupportedDryRunIs422()
{
    const HttpResult r
        = m_admin->request("POST", kPvcs + u"?dryRun=Foo"_s, json(pvcManifest(u"x"_s, u"edge-apps"_s)));
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value("message"_L1).toString(),
        u"CreateOptions.meta.k8s.io \"\" is invalid: dryRun: Unsupported value: [\"Foo\"]: supported values: \"All\""_s);
    QCOMPARE(m_admin->get(kPvcs + u"/x"_s).status, 404);
}

void TestDemoApiServer::mergePatch()
{
    QCOMPARE(createPvc(u"m"_s, {{"keep"_L1, "1"_L1}, {"drop"_L1, "1"_L1}}).status, 201);
    const HttpResult r = m_admin->patch(kPvcs + u"/m"_s, R"({"metadata":{"labels":{"drop":null,"new":"2"}}})",
        "application/merge-patch+json");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("metadata"_L1).toObject().value("labels"_L1).toObject(),
        (QJsonObject {{"keep"_L1, "1"_L1}, {"new"_L1, "2"_L1}}));
    // An immutable field: 422 with Kubernetes' text.
    const HttpResult immutable = m_admin->patch(
        kPvcs + u"/m"_s, R"({"spec":{"accessModes":["ReadWriteMany"]}})", "application/merge-patch+json");
    QCOMPARE(immutable.status, 422);
    QCOMPARE(immutable.json().value("message"_L1).toString(),
        u"PersistentVolumeClaim \"m\" is invalid: spec: Forbidden: spec is immutable after creation except "
        "resources.requests and volumeAttributesClassName for bound claims"_s);
    QCOMPARE(m_admin->patch(kPvcs + u"/m"_s, "{}", "text/plain").status, 415);
}

void TestDemoApiServer::jsonPatch()
{
    QCOMPARE(createPvc(u"j"_s, {{"a"_L1, "1"_L1}}).status, 201);
    const HttpResult r = m_admin->patch(kPvcs + u"/j"_s,
        R"([{"op":"replace","path":"/metadata/labels/a","value":"2"},{"op":"add","path":"/metadata/labels/b","value":"3"}])",
        "application/json-patch+json");
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value("metadata"_L1).toObject().value("labels"_L1).toObject(),
        (QJsonObject {{"a"_L1, "2"_L1}, {"b"_L1, "3"_L1}}));
}

void TestDemoApiServer::serverSideApply()
{
    const QByteArray v1
        = "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: ssa\n  labels:\n    tier: gold\n"
          "spec:\n  accessModes: [ReadWriteOnce]\n  storageClassName: ase-node-local\n"
          "  resources:\n    requests:\n      storage: 2Gi\n";
    const HttpResult created
        = m_admin->patch(kPvcs + u"/ssa?fieldManager=team-a"_s, v1, "application/apply-patch+yaml");
    QCOMPARE(created.status, 201);
    const QJsonArray managed
        = created.json().value("metadata"_L1).toObject().value("managedFields"_L1).toArray();
    QCOMPARE(managed.size(), 1);
    QCOMPARE(managed.first().toObject().value("manager"_L1).toString(), u"team-a"_s);
    QCOMPARE(managed.first().toObject().value("operation"_L1).toString(), u"Apply"_s);

    // Re-applying by the same manager updates (200).
    QByteArray v2 = v1;
    v2.replace("tier: gold", "tier: silver");
    const HttpResult updated
        = m_admin->patch(kPvcs + u"/ssa?fieldManager=team-a"_s, v2, "application/apply-patch+yaml");
    QCOMPARE(updated.status, 200);
    QCOMPARE(updated.json()
                 .value("metadata"_L1)
                 .toObject()
                 .value("labels"_L1)
                 .toObject()
                 .value("tier"_L1)
                 .toString(),
        u"silver"_s);

    // Another manager changing a field team-a owns: 409 with FieldManagerConflict.
    const QByteArray other = "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: ssa\n  "
                             "labels:\n    tier: bronze\n";
    const HttpResult conflict
        = m_admin->patch(kPvcs + u"/ssa?fieldManager=team-b"_s, other, "application/apply-patch+yaml");
    QCOMPARE(conflict.status, 409);
    const QJsonObject status = conflict.json();
    QCOMPARE(status.value("reason"_L1).toString(), u"Conflict"_s);
    QCOMPARE(status.value("message"_L1).toString(),
        u"Apply failed with 1 conflict: conflict with \"team-a\" using v1: .metadata.labels.tier"_s);
    const QJsonObject cause
        = status.value("details"_L1).toObject().value("causes"_L1).toArray().first().toObject();
    QCOMPARE(cause.value("reason"_L1).toString(), u"FieldManagerConflict"_s);
    QCOMPARE(cause.value("field"_L1).toString(), u".metadata.labels.tier"_s);

    // force=true takes the field over.
    const HttpResult forced = m_admin->patch(
        kPvcs + u"/ssa?fieldManager=team-b&force=true"_s, other, "application/apply-patch+yaml");
    QCOMPARE(forced.status, 200);
    QCOMPARE(forced.json()
                 .value("metadata"_L1)
                 .toObject()
                 .value("labels"_L1)
                 .toObject()
                 .value("tier"_L1)
                 .toString(),
        u"bronze"_s);
    // force on a non-apply patch is refused.
    QCOMPARE(m_admin->patch(kPvcs + u"/ssa?force=true"_s, "{}", "application/merge-patch+json").status, 422);
}

void TestDemoApiServer::applyWithoutFieldManager()
{
    const HttpResult r = m_admin->patch(kPvcs + u"/x"_s,
        "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: x\n",
        "application/apply-patch+yaml");
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value("message"_L1).toString(),
        u"PatchOptions.meta.k8s.io \"\" is invalid: fieldManager: Required value: is required for apply patch"_s);
}

void TestDemoApiServer::validationErrors_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("causeField");
    QTest::addColumn<QString>("causeReason");

    QTest::newRow("bad name")
        << pvcManifest(u"Bad_Name"_s, u"edge-apps"_s)
        << u"PersistentVolumeClaim \"Bad_Name\" is invalid: metadata.name: Invalid value: \"Bad_Name\": "
           "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or "
           "'.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used "
           "for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"_s
        << u"metadata.name"_s << u"FieldValueInvalid"_s;
    QTest::newRow("bad label value") << pvcManifest(
        u"l"_s, u"edge-apps"_s, u"1Gi"_s, {{"app"_L1, "-web-"_L1}})
                                     << u"PersistentVolumeClaim \"l\" is invalid: metadata.labels: Invalid "
                                        u"value: \"-web-\": a valid label must be an "
                                        "empty string or consist of alphanumeric characters, '-', '_' or "
                                        "'.', and must start and end with an "
                                        "alphanumeric character (e.g. 'MyValue',  or 'my_value',  or "
                                        "'12345', regex used for validation is "
                                        "'(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')"_s
                                     << u"metadata.labels"_s << u"FieldValueInvalid"_s;
    QJsonObject noModes = pvcManifest(u"n"_s, u"edge-apps"_s);
    QJsonObject spec = noModes.value("spec"_L1).toObject();
    spec.remove("accessModes"_L1);
    noModes.insert("spec"_L1, spec);
    QTest::newRow("missing access modes")
        << noModes
        << u"PersistentVolumeClaim \"n\" is invalid: spec.accessModes: Required value: at least 1 access mode is required"_s
        << u"spec.accessModes"_s << u"FieldValueRequired"_s;
}

void TestDemoApiServer::validationErrors()
{
    QFETCH(QJsonObject, object);
    QFETCH(QString, message);
    QFETCH(QString, causeField);
    QFETCH(QString, causeReason);
    const HttpResult r = m_admin->post(kPvcs, object);
    QCOMPARE(r.status, 422);
    const QJsonObject status = r.json();
    QCOMPARE(status.value("reason"_L1).toString(), u"Invalid"_s);
    QCOMPARE(status.value("message"_L1).toString(), message);
    const QJsonObject details = status.value("details"_L1).toObject();
    QCOMPARE(details.value("kind"_L1).toString(), u"PersistentVolumeClaim"_s);
    const QJsonObject cause = details.value("causes"_L1).toArray().first().toObject();
    QCOMPARE(cause.value("field"_L1).toString(), causeField);
    QCOMPARE(cause.value("reason"_L1).toString(), causeReason);
}

void TestDemoApiServer::watchEventsAndBookmarks()
{
    const QString rv = QString::number(m_device->cluster().resourceVersion());
    auto watch = m_admin->watch(kPvcs + u"?watch=1&allowWatchBookmarks=true&resourceVersion="_s + rv);
    QVERIFY(watch->waitForStart());
    QCOMPARE(createPvc(u"w"_s).status, 201);
    QCOMPARE(
        m_admin->patch(
                   kPvcs + u"/w"_s, R"({"metadata":{"labels":{"x":"y"}}})", "application/merge-patch+json")
            .status,
        200);
    QCOMPARE(m_admin->del(kPvcs + u"/w"_s).status, 200);
    QVERIFY(watch->waitForEvents(5, 5000));
    QCOMPARE(watch->status(), 200);
    QStringList types;
    bool bookmark = false;
    for (const QJsonObject& e : watch->events()) {
        if (e.value("type"_L1).toString() == u"BOOKMARK") {
            bookmark = true;
            QVERIFY(!e.value("object"_L1)
                         .toObject()
                         .value("metadata"_L1)
                         .toObject()
                         .value("resourceVersion"_L1)
                         .toString()
                         .isEmpty());
        } else {
            types.append(e.value("type"_L1).toString());
        }
    }
    // The pvc-protection finalizer makes the delete a MODIFIED (Terminating) first.
    QVERIFY2(types.size() >= 3, qPrintable(types.join(u',')));
    QCOMPARE(types.first(), u"ADDED"_s);
    QCOMPARE(types.at(1), u"MODIFIED"_s);
    QCOMPARE(types.last(), u"DELETED"_s);
    if (!bookmark) {
        QVERIFY(watch->waitForEvents(watch->events().size() + 1, 2000));
        QCOMPARE(watch->events().last().value("type"_L1).toString(), u"BOOKMARK"_s);
    }
}

void TestDemoApiServer::watchTooOldResourceVersion()
{
    ase::demo::DemoDevice small;
    ase::demo::DemoDeviceOptions options;
    options.history = 3;
    QVERIFY(small.start(options));
    DemoApiClient client(small.clusterUrl(), small.caPem(), small.adminToken());
    for (int i = 0; i < 6; ++i)
        QCOMPARE(client.post(kPvcs, pvcManifest(u"h%1"_s.arg(i), u"edge-apps"_s)).status, 201);
    const qint64 oldest = small.cluster().oldestResumableVersion();
    QVERIFY(oldest > 2);
    auto watch = client.watch(kPvcs + u"?watch=1&resourceVersion=2"_s);
    QVERIFY(watch->waitForEnd(5000));
    QCOMPARE(watch->status(), 200);
    QCOMPARE(watch->events().size(), 1);
    const QJsonObject error = watch->events().first();
    QCOMPARE(error.value("type"_L1).toString(), u"ERROR"_s);
    const QJsonObject status = error.value("object"_L1).toObject();
    QCOMPARE(status.value("code"_L1).toInt(), 410);
    QCOMPARE(status.value("reason"_L1).toString(), u"Expired"_s);
    QCOMPARE(status.value("message"_L1).toString(), u"too old resource version: 2 (%1)"_s.arg(oldest));

    // From a recent version, the changes after it are sent (a longer history now: the
    // controllers' own writes would otherwise expire the version before the watch starts).
    small.cluster().setHistoryLimit(1000);
    auto resumed = client.watch(
        kPvcs + u"?watch=1&resourceVersion="_s + QString::number(small.cluster().resourceVersion()));
    QVERIFY(resumed->waitForStart());
    QCOMPARE(client.post(kPvcs, pvcManifest(u"h-late"_s, u"edge-apps"_s)).status, 201);
    QVERIFY(resumed->waitForEvents(1, 3000));
    QCOMPARE(resumed->events().first().value("type"_L1).toString(), u"ADDED"_s);
}

void TestDemoApiServer::watchSendInitialEvents()
{
    QCOMPARE(createPvc(u"i1"_s).status, 201);
    QCOMPARE(createPvc(u"i2"_s).status, 201);
    auto watch = m_admin->watch(kPvcs
        + u"?watch=1&sendInitialEvents=true&resourceVersionMatch=NotOlderThan&allowWatchBookmarks=true"_s);
    QVERIFY(watch->waitForEvents(3, 5000));
    const QList<QJsonObject>& events = watch->events();
    QCOMPARE(events.at(0).value("type"_L1).toString(), u"ADDED"_s);
    QCOMPARE(events.at(1).value("type"_L1).toString(), u"ADDED"_s);
    QCOMPARE(events.at(2).value("type"_L1).toString(), u"BOOKMARK"_s);
    const QJsonObject meta = events.at(2).value("object"_L1).toObject().value("metadata"_L1).toObject();
    QCOMPARE(
        meta.value("annotations"_L1).toObject().value("k8s.io/initial-events-end"_L1).toString(), u"true"_s);
    // The controllers keep writing (events), so the bookmark is at most the current version.
    const qint64 bookmarkRv = meta.value("resourceVersion"_L1).toString().toLongLong();
    QVERIFY(bookmarkRv > 0 && bookmarkRv <= m_device->cluster().resourceVersion());
    // Then live events.
    QCOMPARE(createPvc(u"i3"_s).status, 201);
    QVERIFY(watch->waitForEvents(5, 5000));
    QCOMPARE(events.at(3).value("type"_L1).toString(), u"ADDED"_s);
}

void TestDemoApiServer::watchListOptionsValidation_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("message");

    QTest::newRow("sendInitialEvents without NotOlderThan")
        << u"watch=1&sendInitialEvents=true"_s
        << u"ListOptions.meta.k8s.io \"\" is invalid: resourceVersionMatch: Forbidden: sendInitialEvents "
           u"requires setting "
           "resourceVersionMatch to NotOlderThan"_s;
    QTest::newRow("resourceVersionMatch on a plain watch")
        << u"watch=1&resourceVersionMatch=NotOlderThan&resourceVersion=1"_s
        << u"ListOptions.meta.k8s.io \"\" is invalid: resourceVersionMatch: Forbidden: resourceVersionMatch "
           u"is forbidden for "
           "watch unless sendInitialEvents is provided"_s;
    QTest::newRow("sendInitialEvents on a list")
        << u"sendInitialEvents=true"_s
        << u"ListOptions.meta.k8s.io \"\" is invalid: sendInitialEvents: Forbidden: sendInitialEvents is forbidden for list"_s;
    QTest::newRow("resourceVersionMatch without resourceVersion")
        << u"resourceVersionMatch=NotOlderThan"_s
        << u"ListOptions.meta.k8s.io \"\" is invalid: resourceVersionMatch: Forbidden: resourceVersionMatch "
           u"is forbidden "
           "unless resourceVersion is provided"_s;
}

void TestDemoApiServer::watchListOptionsValidation()
{
    QFETCH(QString, query);
    QFETCH(QString, message);
    const HttpResult r = m_admin->get(kPvcs + u'?' + query);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.json().value("message"_L1).toString(), message);
}

void TestDemoApiServer::discovery_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("shortName");
    QTest::addColumn<bool>("namespaced");

    QTest::newRow("pvc") << u"/api/v1"_s << u"persistentvolumeclaims"_s << u"pvc"_s << true;
    QTest::newRow("pv") << u"/api/v1"_s << u"persistentvolumes"_s << u"pv"_s << false;
    QTest::newRow("configmap") << u"/api/v1"_s << u"configmaps"_s << u"cm"_s << true;
    QTest::newRow("ns") << u"/api/v1"_s << u"namespaces"_s << u"ns"_s << false;
    QTest::newRow("po") << u"/api/v1"_s << u"pods"_s << u"po"_s << true;
    QTest::newRow("ev") << u"/api/v1"_s << u"events"_s << u"ev"_s << true;
    QTest::newRow("sc") << u"/apis/storage.k8s.io/v1"_s << u"storageclasses"_s << u"sc"_s << false;
    QTest::newRow("deploy") << u"/apis/apps/v1"_s << u"deployments"_s << u"deploy"_s << true;
    QTest::newRow("sts") << u"/apis/apps/v1"_s << u"statefulsets"_s << u"sts"_s << true;
}

void TestDemoApiServer::discovery()
{
    QFETCH(QString, path);
    QFETCH(QString, resource);
    QFETCH(QString, shortName);
    QFETCH(bool, namespaced);
    const QJsonObject list = m_admin->get(path).json();
    QCOMPARE(list.value("kind"_L1).toString(), u"APIResourceList"_s);
    QJsonObject found;
    bool statusSubresource = false;
    for (const QJsonValue& v : list.value("resources"_L1).toArray()) {
        const QString name = v.toObject().value("name"_L1).toString();
        if (name == resource)
            found = v.toObject();
        if (name == resource + u"/status"_s)
            statusSubresource = true;
    }
    QCOMPARE(found.value("shortNames"_L1).toArray(), QJsonArray {shortName});
    QCOMPARE(found.value("namespaced"_L1).toBool(), namespaced);
    QVERIFY(found.value("verbs"_L1).toArray().contains(u"watch"_s));
    QVERIFY(!found.value("singularName"_L1).toString().isEmpty());
    QCOMPARE(statusSubresource,
        resource != u"events" && resource != u"storageclasses" && resource != u"configmaps");

    const QJsonObject groups = m_admin->get(u"/apis"_s).json();
    QStringList names;
    for (const QJsonValue& g : groups.value("groups"_L1).toArray())
        names.append(g.toObject().value("name"_L1).toString());
    QCOMPARE(names, (QStringList {u"storage.k8s.io"_s, u"apps"_s}));
    QCOMPARE(m_admin->get(u"/api"_s).json().value("versions"_L1).toArray(), QJsonArray {u"v1"_s});
    QCOMPARE(m_admin->get(u"/version"_s).json().value("major"_L1).toString(), u"1"_s);
}

void TestDemoApiServer::openApi()
{
    const QJsonObject index = m_admin->get(u"/openapi/v3"_s).json();
    const QJsonObject paths = index.value("paths"_L1).toObject();
    QCOMPARE(paths.keys(), (QStringList {u"api/v1"_s, u"apis/apps/v1"_s, u"apis/storage.k8s.io/v1"_s}));
    const QString url = paths.value("api/v1"_L1).toObject().value("serverRelativeURL"_L1).toString();
    QVERIFY(url.startsWith(u"/openapi/v3/api/v1?hash="));
    const QJsonObject doc = m_admin->get(url).json();
    QCOMPARE(doc.value("openapi"_L1).toString(), u"3.0.0"_s);
    const QJsonObject patch = doc.value("paths"_L1)
                                  .toObject()
                                  .value("/api/v1/namespaces/{namespace}/persistentvolumeclaims/{name}"_L1)
                                  .toObject()
                                  .value("patch"_L1)
                                  .toObject();
    QCOMPARE(patch.value("x-kubernetes-action"_L1).toString(), u"patch"_s);
    QCOMPARE(patch.value("x-kubernetes-group-version-kind"_L1).toObject().value("kind"_L1).toString(),
        u"PersistentVolumeClaim"_s);
    QStringList params;
    for (const QJsonValue& p : patch.value("parameters"_L1).toArray())
        params.append(p.toObject().value("name"_L1).toString());
    QVERIFY(params.contains(u"fieldValidation"_s));
    QVERIFY(params.contains(u"dryRun"_s));
    const QJsonObject schema = doc.value("components"_L1)
                                   .toObject()
                                   .value("schemas"_L1)
                                   .toObject()
                                   .value("io.k8s.api.core.v1.PersistentVolumeClaimSpec"_L1)
                                   .toObject();
    QVERIFY(schema.value("properties"_L1).toObject().contains("storageClassName"_L1));
}

void TestDemoApiServer::tableColumns_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QStringList>("firstRow"); ///< leading cells ("" = skip the check)

    QTest::newRow("pvc") << kPvcs
                         << QStringList {u"Name"_s, u"Status"_s, u"Volume"_s, u"Capacity"_s,
                                u"Access Modes"_s, u"StorageClass"_s, u"VolumeAttributesClass"_s, u"Age"_s,
                                u"VolumeMode"_s}
                         << QStringList {u"t"_s, u"Pending"_s, QString(), QString(), QString(),
                                u"ase-node-local"_s, u"<unset>"_s};
    QTest::newRow("storage class") << u"/apis/storage.k8s.io/v1/storageclasses"_s
                                   << QStringList {u"Name"_s, u"Provisioner"_s, u"ReclaimPolicy"_s,
                                          u"VolumeBindingMode"_s, u"AllowVolumeExpansion"_s, u"Age"_s}
                                   << QStringList {u"ase-node-local (default)"_s, u"rancher.io/local-path"_s,
                                          u"Delete"_s, u"WaitForFirstConsumer"_s, u"false"_s};
    QTest::newRow("pv") << u"/api/v1/persistentvolumes"_s
                        << QStringList {u"Name"_s, u"Capacity"_s, u"Access Modes"_s, u"Reclaim Policy"_s,
                               u"Status"_s, u"Claim"_s, u"StorageClass"_s, u"VolumeAttributesClass"_s,
                               u"Reason"_s, u"Age"_s, u"VolumeMode"_s}
                        << QStringList {u"share1"_s, u"32Ti"_s, u"RWO,RWX"_s, u"Retain"_s};
    QTest::newRow("namespace") << u"/api/v1/namespaces"_s << QStringList {u"Name"_s, u"Status"_s, u"Age"_s}
                               << QStringList {u"default"_s, u"Active"_s};
    QTest::newRow("deployment") << u"/apis/apps/v1/deployments"_s
                                << QStringList {u"Name"_s, u"Ready"_s, u"Up-to-date"_s, u"Available"_s,
                                       u"Age"_s, u"Containers"_s, u"Images"_s, u"Selector"_s}
                                << QStringList();
    QTest::newRow("pod") << u"/api/v1/pods"_s
                         << QStringList {u"Name"_s, u"Ready"_s, u"Status"_s, u"Restarts"_s, u"Age"_s, u"IP"_s,
                                u"Node"_s, u"Nominated Node"_s, u"Readiness Gates"_s}
                         << QStringList();
}

void TestDemoApiServer::tableColumns()
{
    QFETCH(QString, path);
    QFETCH(QStringList, columns);
    QFETCH(QStringList, firstRow);
    QCOMPARE(createPvc(u"t"_s).status, 201);
    if (!m_device->cluster().find(ase::resourceKindByKind(u"PersistentVolume"_s), {}, u"share1"_s)) {
        const QJsonObject pv {{"apiVersion"_L1, "v1"_L1}, {"kind"_L1, "PersistentVolume"_L1},
            {"metadata"_L1, QJsonObject {{"name"_L1, "share1"_L1}}},
            {"spec"_L1,
                QJsonObject {{"capacity"_L1, QJsonObject {{"storage"_L1, "32Ti"_L1}}},
                    {"accessModes"_L1, QJsonArray {u"ReadWriteMany"_s, u"ReadWriteOnce"_s}},
                    {"hostPath"_L1, QJsonObject {{"path"_L1, "/home/hcsshares/share1"_L1}}}}}};
        QCOMPARE(m_admin->post(u"/api/v1/persistentvolumes"_s, pv).status, 201);
    }
    const HttpResult r = m_admin->get(path, "application/json;as=Table;v=v1;g=meta.k8s.io,application/json");
    QCOMPARE(r.status, 200);
    const QJsonObject table = r.json();
    QCOMPARE(table.value("kind"_L1).toString(), u"Table"_s);
    QCOMPARE(table.value("apiVersion"_L1).toString(), u"meta.k8s.io/v1"_s);
    QStringList names;
    for (const QJsonValue& c : table.value("columnDefinitions"_L1).toArray())
        names.append(c.toObject().value("name"_L1).toString());
    QCOMPARE(names, columns);
    if (firstRow.isEmpty())
        return;
    const QJsonObject row = table.value("rows"_L1).toArray().first().toObject();
    const QJsonArray cells = row.value("cells"_L1).toArray();
    QCOMPARE(cells.size(), columns.size());
    for (qsizetype i = 0; i < firstRow.size(); ++i)
        QCOMPARE(cells.at(i).toString(), firstRow.at(i));
    QCOMPARE(row.value("object"_L1).toObject().value("kind"_L1).toString(), u"PartialObjectMetadata"_s);
}

void TestDemoApiServer::faultsAnswer429WithRetryAfter()
{
    ase::demo::DemoDevice faulty;
    ase::demo::DemoDeviceOptions options;
    options.errorRate = 1.0;
    options.tls = false;
    QVERIFY(faulty.start(options));
    QVERIFY(faulty.clusterUrl().startsWith(u"http://"));
    DemoApiClient client(faulty.clusterUrl(), {}, faulty.adminToken());
    const HttpResult first = client.get(u"/api/v1/namespaces"_s);
    const HttpResult second = client.get(u"/api/v1/namespaces"_s);
    QCOMPARE(first.status, 500);
    QCOMPARE(first.json().value("reason"_L1).toString(), u"InternalError"_s);
    QCOMPARE(second.status, 429);
    QCOMPARE(second.header("Retry-After"), QByteArray("1"));
    QCOMPARE(second.json().value("details"_L1).toObject().value("retryAfterSeconds"_L1).toInt(), 1);
}

void TestDemoApiServer::booleanQueryParameters_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("watch");

    // apimachinery's Convert_Slice_string_To_bool: only "0" and "false" (any case) are false.
    QTest::newRow("true") << u"true"_s << true;
    QTest::newRow("True (the Python client)") << u"True"_s << true;
    QTest::newRow("TRUE") << u"TRUE"_s << true;
    QTest::newRow("1") << u"1"_s << true;
    QTest::newRow("t") << u"t"_s << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("false") << u"false"_s << false;
    QTest::newRow("False") << u"False"_s << false;
    QTest::newRow("FALSE") << u"FALSE"_s << false;
    QTest::newRow("0") << u"0"_s << false;
}

void TestDemoApiServer::booleanQueryParameters()
{
    QFETCH(QString, value);
    QFETCH(bool, watch);
    QCOMPARE(createPvc(u"flag"_s).status, 201);
    const HttpResult r = m_admin->get(kPvcs + u"?timeoutSeconds=1&watch="_s + value);
    QCOMPARE(r.status, 200);
    const QJsonObject first = QJsonDocument::fromJson(r.body.left(r.body.indexOf('\n'))).object();
    if (watch) {
        QCOMPARE(first.value("type"_L1).toString(), u"ADDED"_s);
        QCOMPARE(
            first.value("object"_L1).toObject().value("metadata"_L1).toObject().value("name"_L1).toString(),
            u"flag"_s);
    } else {
        QCOMPARE(r.json().value("kind"_L1).toString(), u"PersistentVolumeClaimList"_s);
    }
}

void TestDemoApiServer::integerQueryParameters()
{
    const HttpResult limit = m_admin->get(kPvcs + u"?limit=ten"_s);
    QCOMPARE(limit.status, 400);
    QCOMPARE(
        limit.json().value("message"_L1).toString(), u"strconv.ParseInt: parsing \"ten\": invalid syntax"_s);
    QCOMPARE(m_admin->get(kPvcs + u"?watch=1&timeoutSeconds=soon"_s).status, 400);
}

void TestDemoApiServer::protobufBodies()
{
    // kubectl 1.32 sends the objects of `kubectl create` as protobuf and does not retry a 415
    // in JSON; these are its bytes for `create namespace exp-ns` and `create configmap
    // exp-cm --from-literal=a=b -n exp-ns` (kubectl -v=8).
    const QByteArray ns = QByteArray::fromHex("6b3873000a0f0a02763112094e616d657370616365121e0a160a066578702d"
                                              "6e7312001a0022002a0032003800420012001a02"
                                              "0a001a002200");
    const QByteArray configMap = QByteArray::fromHex("6b3873000a0f0a0276311209436f6e6669674d617012260a1c0a066"
                                                     "578702d636d12001a066578702d6e7322002a003200380042"
                                                     "0012060a01611201621a002200");
    const QByteArray protobuf = "application/vnd.kubernetes.protobuf";
    const HttpResult created = m_admin->request("POST", u"/api/v1/namespaces"_s, ns, protobuf);
    QCOMPARE(created.status, 201);
    QCOMPARE(created.json().value("metadata"_L1).toObject().value("name"_L1).toString(), u"exp-ns"_s);
    // Zero values of plain fields are absent, as after Go's decoding.
    QVERIFY(!created.json().value("metadata"_L1).toObject().contains("generateName"_L1));
    const HttpResult cm
        = m_admin->request("POST", u"/api/v1/namespaces/exp-ns/configmaps"_s, configMap, protobuf);
    QCOMPARE(cm.status, 201);
    QCOMPARE(cm.json().value("data"_L1).toObject(), (QJsonObject {{"a"_L1, "b"_L1}}));

    // A kind it cannot decode, or another media type: 415 with the types it reads.
    QByteArray unknownKind = ns;
    unknownKind.replace("Namespace", "Namespacf");
    const HttpResult r = m_admin->request("POST", u"/api/v1/namespaces"_s, unknownKind, protobuf);
    QCOMPARE(r.status, 415);
    const QJsonObject status = r.json();
    QCOMPARE(status.value("kind"_L1).toString(), u"Status"_s);
    QCOMPARE(status.value("reason"_L1).toString(), u"UnsupportedMediaType"_s);
    QCOMPARE(status.value("message"_L1).toString(),
        u"the body of the request was in an unknown format - accepted media types include: "
        "application/json, application/yaml"_s);
    QCOMPARE(m_admin->request("POST", kPvcs, "name: x", "text/plain").status, 415);
    QCOMPARE(m_admin->request("POST", u"/api/v1/namespaces"_s, ns.left(30), protobuf).status, 400);
    QCOMPARE(m_admin->del(u"/api/v1/namespaces/exp-ns"_s).status, 200);
}

void TestDemoApiServer::fieldValidation_data()
{
    QTest::addColumn<QString>("directive");
    QTest::addColumn<QByteArray>("spec"); ///< the PVC's spec, as JSON text
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message"); ///< of the Status (Strict) or the one Warning header (Warn)

    const QByteArray unknown
        = R"({"accessModes":["ReadWriteOnce"],"foo":1,"resources":{"requests":{"storage":"1Gi"}}})";
    const QByteArray nested
        = R"({"accessModes":["ReadWriteOnce"],"selector":{"matchExpressions":[{"key":"a","operator":"Exists","bar":2}]},"resources":{"requests":{"storage":"1Gi"}}})";
    const QByteArray duplicate
        = R"({"accessModes":["ReadWriteOnce"],"volumeMode":"Filesystem","volumeMode":"Block","resources":{"requests":{"storage":"1Gi"}}})";
    const QString strict
        = u"PersistentVolumeClaim in version \"v1\" cannot be handled as a PersistentVolumeClaim: "
          "strict decoding error: "_s;
    QTest::newRow("Strict, unknown") << u"Strict"_s << unknown << 400
                                     << strict + u"unknown field \"spec.foo\""_s;
    QTest::newRow("Strict, unknown in a list")
        << u"Strict"_s << nested << 400
        << strict + u"unknown field \"spec.selector.matchExpressions[0].bar\""_s;
    QTest::newRow("Strict, duplicate")
        << u"Strict"_s << duplicate << 400 << strict + u"duplicate field \"spec.volumeMode\""_s;
    QTest::newRow("Warn") << u"Warn"_s << unknown << 201 << u"299 - \"unknown field \\\"spec.foo\\\"\""_s;
    QTest::newRow("default is Warn") << QString() << unknown << 201
                                     << u"299 - \"unknown field \\\"spec.foo\\\"\""_s;
    QTest::newRow("Ignore") << u"Ignore"_s << unknown << 201 << QString();
    QTest::newRow("unsupported directive")
        << u"Loud"_s << unknown << 422
        << u"CreateOptions.meta.k8s.io \"\" is invalid: fieldValidation: Unsupported value: \"Loud\": "
           "supported values: \"\", \"Ignore\", \"Strict\", \"Warn\""_s;
}

void TestDemoApiServer::fieldValidation()
{
    QFETCH(QString, directive);
    QFETCH(QByteArray, spec);
    QFETCH(int, status);
    QFETCH(QString, message);
    const QByteArray body
        = R"({"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"fv"},"spec":)" + spec
        + '}';
    const HttpResult r = m_admin->request(
        "POST", kPvcs + (directive.isEmpty() ? QString() : u"?fieldValidation="_s + directive), body);
    QCOMPARE(r.status, status);
    if (status != 201) {
        QCOMPARE(r.json().value("message"_L1).toString(), message);
        QVERIFY(!m_device->cluster().find(
            ase::resourceKindByKind(u"PersistentVolumeClaim"_s), u"edge-apps"_s, u"fv"_s));
        return;
    }
    QCOMPARE(QString::fromUtf8(r.header("Warning")), message);
    // Unknown fields are dropped, as the API server's decoding drops them.
    QVERIFY(!r.json().value("spec"_L1).toObject().contains("foo"_L1));
    QCOMPARE(r.json().value("spec"_L1).toObject().value("accessModes"_L1).toArray(),
        QJsonArray {u"ReadWriteOnce"_s});
}

void TestDemoApiServer::fieldValidationOfPatches()
{
    QCOMPARE(createPvc(u"fvp"_s).status, 201);
    const HttpResult merge = m_admin->patch(
        kPvcs + u"/fvp?fieldValidation=Strict"_s, R"({"spec":{"foo":1}})", "application/merge-patch+json");
    QCOMPARE(merge.status, 422);
    QVERIFY2(merge.json()
                 .value("message"_L1)
                 .toString()
                 .endsWith(u"strict decoding error: unknown field \"spec.foo\""_s),
        merge.body.constData());
    QVERIFY(merge.json()
                .value("message"_L1)
                .toString()
                .startsWith(u" \"\" is invalid: patch: Invalid value: "_s));
    const HttpResult json = m_admin->patch(kPvcs + u"/fvp?fieldValidation=Strict"_s,
        R"([{"op":"add","path":"/metadata/labels","value":{"a":"1"}},{"op":"add","path":"/spec/foo","value":1}])",
        "application/json-patch+json");
    QCOMPARE(json.status, 422);
    const HttpResult labels = m_admin->patch(kPvcs + u"/fvp?fieldValidation=Strict"_s,
        R"({"metadata":{"labels":{"a":"1"}}})", "application/strategic-merge-patch+json");
    QCOMPARE(labels.status, 200);
    QVERIFY(labels.header("Warning").isEmpty());
    const HttpResult apply = m_admin->patch(kPvcs + u"/fvp?fieldManager=t&fieldValidation=Strict"_s,
        "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: fvp\nspec:\n  foo: 1\n",
        "application/apply-patch+yaml");
    QCOMPARE(apply.status, 400);
    QCOMPARE(apply.json().value("message"_L1).toString(),
        u"failed to create typed patch object (/v1, Kind=PersistentVolumeClaim): .spec.foo: field not "
        u"declared "
        "in schema"_s);
}

void TestDemoApiServer::scaleSubresource()
{
    const QString deployments = u"/apis/apps/v1/namespaces/edge-apps/deployments"_s;
    const QJsonObject labels {{"app"_L1, "scaled"_L1}};
    const QJsonObject deployment {{"apiVersion"_L1, "apps/v1"_L1}, {"kind"_L1, "Deployment"_L1},
        {"metadata"_L1, QJsonObject {{"name"_L1, "scaled"_L1}}},
        {"spec"_L1,
            QJsonObject {{"replicas"_L1, 1}, {"selector"_L1, QJsonObject {{"matchLabels"_L1, labels}}},
                {"template"_L1,
                    QJsonObject {{"metadata"_L1, QJsonObject {{"labels"_L1, labels}}},
                        {"spec"_L1,
                            QJsonObject {{"containers"_L1,
                                QJsonArray {
                                    QJsonObject {{"name"_L1, "c"_L1}, {"image"_L1, "busybox"_L1}}}}}}}}}}};
    QCOMPARE(m_admin->post(deployments, deployment).status, 201);
    const QString scalePath = deployments + u"/scaled/scale"_s;
    const HttpResult get = m_admin->get(scalePath);
    QCOMPARE(get.status, 200);
    QCOMPARE(get.json().value("kind"_L1).toString(), u"Scale"_s);
    QCOMPARE(get.json().value("apiVersion"_L1).toString(), u"autoscaling/v1"_s);
    QCOMPARE(get.json().value("spec"_L1).toObject().value("replicas"_L1).toInt(), 1);
    QCOMPARE(get.json().value("status"_L1).toObject().value("selector"_L1).toString(), u"app=scaled"_s);

    const HttpResult patch
        = m_admin->patch(scalePath, R"({"spec":{"replicas":3}})", "application/merge-patch+json");
    QCOMPARE(patch.status, 200);
    QCOMPARE(patch.json().value("spec"_L1).toObject().value("replicas"_L1).toInt(), 3);
    QCOMPARE(m_admin->get(deployments + u"/scaled"_s)
                 .json()
                 .value("spec"_L1)
                 .toObject()
                 .value("replicas"_L1)
                 .toInt(),
        3);
    const HttpResult json = m_admin->patch(
        scalePath, R"([{"op":"replace","path":"/spec/replicas","value":2}])", "application/json-patch+json");
    QCOMPARE(json.json().value("spec"_L1).toObject().value("replicas"_L1).toInt(), 2);

    // PUT: a stale resourceVersion is a conflict; a negative count is invalid.
    QJsonObject scale = json.json();
    QJsonObject meta = scale.value("metadata"_L1).toObject();
    meta.insert("resourceVersion"_L1, "1"_L1);
    scale.insert("metadata"_L1, meta);
    scale.insert("spec"_L1, QJsonObject {{"replicas"_L1, 5}});
    QCOMPARE(m_admin->put(scalePath, scale).status, 409);
    meta.remove("resourceVersion"_L1);
    scale.insert("metadata"_L1, meta);
    const HttpResult put = m_admin->put(scalePath, scale);
    QCOMPARE(put.status, 200);
    QCOMPARE(put.json().value("spec"_L1).toObject().value("replicas"_L1).toInt(), 5);
    scale.insert("spec"_L1, QJsonObject {{"replicas"_L1, -1}});
    const HttpResult negative = m_admin->put(scalePath, scale);
    QCOMPARE(negative.status, 422);
    QVERIFY2(negative.json()
                 .value("message"_L1)
                 .toString()
                 .contains(u"spec.replicas: Invalid value: -1: must be greater than or equal to 0"_s),
        negative.body.constData());

    QCOMPARE(m_admin->get(deployments + u"/missing/scale"_s).status, 404);
    QCOMPARE(m_admin->get(kPvcs + u"/x/scale"_s).status, 404);
    bool listed = false;
    for (const QJsonValue& r : m_admin->get(u"/apis/apps/v1"_s).json().value("resources"_L1).toArray())
        listed = listed || r.toObject().value("name"_L1).toString() == u"deployments/scale";
    QVERIFY(listed);
    QCOMPARE(m_admin->del(deployments + u"/scaled"_s).status, 200);
}

QTEST_MAIN(TestDemoApiServer)
#include "tst_demoapiserver.moc"
