// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The demo cluster's controllers against an in-process ClusterState (no HTTP): the PV
// binder's cases of reference/kubernetes-api.md §6 one by one, the ase-node-local
// provisioner, protection finalizers, reclaim, workloads, defaults and validation.
#include "app/demo/ClusterState.h"
#include "app/demo/controllers/DemoControllers.h"
#include "app/demo/controllers/PodLifecycle.h"
#include "app/demo/controllers/WorkIndex.h"
#include "models/resources/PersistentVolume.h"
#include "models/resources/PersistentVolumeClaim.h"

#include "tests/support/TestJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ase;
using ase::test::json;
using namespace ase::demo;

namespace {

const ResourceKind& kindOf(const char* kind)
{
    static QHash<QString, ResourceKind>* cache = new QHash<QString, ResourceKind>();
    const QString k = QString::fromLatin1(kind);
    if (!cache->contains(k))
        cache->insert(k, resourceKindByKind(k));
    return *cache->find(k);
}

QJsonObject pv(
    const QString& name, const QString& capacity, const QStringList& modes, const char* extraSpec = "{}")
{
    QJsonObject spec {{"capacity"_L1, QJsonObject {{"storage"_L1, capacity}}},
        {"accessModes"_L1, QJsonArray::fromStringList(modes)},
        {"hostPath"_L1, QJsonObject {{"path"_L1, QString(u"/data/"_s + name)}}}};
    const QJsonObject extra = json(extraSpec);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        spec.insert(it.key(), it.value());
    return QJsonObject {{"apiVersion"_L1, "v1"_L1}, {"kind"_L1, "PersistentVolume"_L1},
        {"metadata"_L1, QJsonObject {{"name"_L1, name}}}, {"spec"_L1, spec}};
}

QJsonObject pvc(
    const QString& name, const QString& request, const QStringList& modes, const char* extraSpec = "{}")
{
    QJsonObject spec {{"accessModes"_L1, QJsonArray::fromStringList(modes)},
        {"resources"_L1, QJsonObject {{"requests"_L1, QJsonObject {{"storage"_L1, request}}}}}};
    const QJsonObject extra = json(extraSpec);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        spec.insert(it.key(), it.value());
    return QJsonObject {{"apiVersion"_L1, "v1"_L1}, {"kind"_L1, "PersistentVolumeClaim"_L1},
        {"metadata"_L1, QJsonObject {{"name"_L1, name}, {"namespace"_L1, "apps"_L1}}}, {"spec"_L1, spec}};
}

QJsonObject podUsing(const QString& name, const QString& claim)
{
    return QJsonObject {{"apiVersion"_L1, "v1"_L1}, {"kind"_L1, "Pod"_L1},
        {"metadata"_L1, QJsonObject {{"name"_L1, name}, {"namespace"_L1, "apps"_L1}}},
        {"spec"_L1,
            QJsonObject {{"containers"_L1,
                             QJsonArray {QJsonObject {{"name"_L1, "app"_L1}, {"image"_L1, "busybox"_L1}}}},
                {"volumes"_L1,
                    QJsonArray {QJsonObject {{"name"_L1, "data"_L1},
                        {"persistentVolumeClaim"_L1, QJsonObject {{"claimName"_L1, claim}}}}}}}}};
}

const QStringList RWO {u"ReadWriteOnce"_s};
const QStringList RWX {u"ReadWriteMany"_s};
const QStringList RWO_RWX {u"ReadWriteOnce"_s, u"ReadWriteMany"_s};

QString str(const QJsonObject& o, const QString& path)
{
    QJsonValue v = o;
    for (const QString& part : path.split(u'.'))
        v = v.toObject().value(part);
    return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
}

} // namespace

class TestDemoControllers final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void defaultsAndValidation_data();
    void defaultsAndValidation();
    void immutableClaimSpec();
    void malformedQuantityIsRefused();

    void preBoundToMissingVolume();
    void preBoundToUnclaimedVolume();
    void preBoundMismatch_data();
    void preBoundMismatch();
    void preBoundToVolumeOfAnotherClaim();
    void classEmptyVersusUnsetVersusDefault();
    void defaultClassAssignedLater();
    void accessModesFewestFirst();
    void smallestCapacity();
    void selector();
    void classNotFound();

    void waitForFirstConsumerWithoutPod();
    void provisioningOfAseNodeLocal();
    void releasedAndRetained();
    void deleteReclaimRemovesVolume();
    void protectionKeepsUsedClaim();
    void claimLost();
    void deploymentPodsPendingThenRunning();
    void statefulSetClaimsAndPods();
    void resyncRepeatsEvents();

    void localPathRefusesReadWriteMany();
    void nfsSubdirProvisionsImmediately();
    void schedulerPicksSmallestVolume();
    void schedulerChoiceUnit();
    void missingSecretBlocksContainer();
    void workIndexFollowsWhatChanged();

private:
    QJsonObject create(const char* kind, const QJsonObject& object);
    QJsonObject get(const char* kind, const QString& name, const QString& ns = u"apps"_s) const;
    bool exists(const char* kind, const QString& name, const QString& ns = u"apps"_s) const;
    /// "Type Reason: message" of the events about an object.
    QStringList eventsAbout(const QString& name, const QString& ns = u"apps"_s) const;
    void settle();

    std::unique_ptr<ClusterState> m_state;
    std::unique_ptr<DemoControllers> m_controllers;
};

void TestDemoControllers::init()
{
    m_state = std::make_unique<ClusterState>();
    m_controllers.reset(installControllers(*m_state));
    m_controllers->setResyncInterval(std::chrono::hours(1));
    create("Namespace", json(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"apps"}})"));
    create("StorageClass",
        json(R"({"apiVersion":"storage.k8s.io/v1","kind":"StorageClass","metadata":{"name":"ase-node-local"},
                    "provisioner":"rancher.io/local-path","reclaimPolicy":"Delete",
                    "volumeBindingMode":"WaitForFirstConsumer"})"));
    settle();
}

void TestDemoControllers::cleanup()
{
    m_controllers.reset();
    m_state.reset();
}

QJsonObject TestDemoControllers::create(const char* kind, const QJsonObject& object)
{
    const ResourceKind& k = kindOf(kind);
    const ApiResult<WriteOutcome> r = m_state->create(k, k.namespaced ? u"apps"_s : QString(), object);
    if (!r) {
        qWarning("create failed: %s", qPrintable(r.error().message));
        return {};
    }
    return r.value().object;
}

QJsonObject TestDemoControllers::get(const char* kind, const QString& name, const QString& ns) const
{
    const ResourceKind& k = kindOf(kind);
    return m_state->find(k, k.namespaced ? ns : QString(), name).value_or(QJsonObject());
}

bool TestDemoControllers::exists(const char* kind, const QString& name, const QString& ns) const
{
    return !get(kind, name, ns).isEmpty();
}

QStringList TestDemoControllers::eventsAbout(const QString& name, const QString& ns) const
{
    QStringList out;
    for (const QJsonObject& e : m_state->objects(kindOf("Event"), ns)) {
        if (str(e, u"involvedObject.name"_s) == name)
            out.append(str(e, u"type"_s) + u' ' + str(e, u"reason"_s) + u": "_s + str(e, u"message"_s));
    }
    return out;
}

void TestDemoControllers::settle()
{
    QVERIFY(m_controllers->settle());
}

// ---- API rules -----------------------------------------------------------------------------

void TestDemoControllers::defaultsAndValidation_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QStringList>("expected"); // field=value after create, or error fragments

    QTest::newRow("PV defaults") << u"PersistentVolume"_s << pv(u"pv-d"_s, u"1Gi"_s, RWO)
                                 << QStringList {u"spec.persistentVolumeReclaimPolicy=Retain"_s,
                                        u"spec.volumeMode=Filesystem"_s, u"spec.hostPath.type="_s};
    QTest::newRow("PVC defaults") << u"PersistentVolumeClaim"_s
                                  << pvc(u"c-d"_s, u"1Gi"_s, RWO, R"({"storageClassName":""})")
                                  << QStringList {u"spec.volumeMode=Filesystem"_s, u"status.phase=Pending"_s};
    QTest::newRow("StorageClass defaults")
        << u"StorageClass"_s
        << json(
               R"({"apiVersion":"storage.k8s.io/v1","kind":"StorageClass","metadata":{"name":"nfs"},"provisioner":"example.com/nfs"})")
        << QStringList {u"reclaimPolicy=Delete"_s, u"volumeBindingMode=Immediate"_s};
    QTest::newRow("PVC required fields")
        << u"PersistentVolumeClaim"_s
        << json(
               R"({"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"bad","namespace":"apps"},"spec":{}})")
        << QStringList {u"!PersistentVolumeClaim \"bad\" is invalid: [spec.accessModes: Required value: at "
                        u"least 1 access "
                        u"mode is required, spec.resources[storage]: Required value]"_s};
    QTest::newRow("PVC unsupported access mode")
        << u"PersistentVolumeClaim"_s << pvc(u"bad"_s, u"1Gi"_s, {u"ReadWriteSometimes"_s})
        << QStringList {u"!spec.accessModes: Unsupported value: \"ReadWriteSometimes\": supported values: "
                        u"\"ReadOnlyMany\", \"ReadWriteMany\", \"ReadWriteOnce\", \"ReadWriteOncePod\""_s};
    QTest::newRow("PVC ReadWriteOncePod with others")
        << u"PersistentVolumeClaim"_s << pvc(u"bad"_s, u"1Gi"_s, {u"ReadWriteOncePod"_s, u"ReadWriteOnce"_s})
        << QStringList {
               u"!spec.accessModes: Forbidden: may not use ReadWriteOncePod with other access modes"_s};
    QTest::newRow("PVC negative size")
        << u"PersistentVolumeClaim"_s << pvc(u"bad"_s, u"-1Gi"_s, RWO)
        << QStringList {
               u"!spec.resources[storage]: Invalid value: \"-1Gi\": must be greater than or equal to 0"_s};
    QTest::newRow("PV without source and capacity")
        << u"PersistentVolume"_s
        << json(
               R"({"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"bad"},"spec":{"accessModes":["ReadWriteOnce"]}})")
        << QStringList {
               u"!spec.capacity: Required value"_s, u"!spec: Required value: must specify a volume type"_s};
    QTest::newRow("PV without access modes")
        << u"PersistentVolume"_s
        << json(
               R"({"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"bad"},"spec":{"capacity":{"storage":"1Gi"},"nfs":{"server":"10.0.0.1","path":"/x"}}})")
        << QStringList {u"!spec.accessModes: Required value"_s};
    QTest::newRow("PV bad reclaim policy")
        << u"PersistentVolume"_s << pv(u"bad"_s, u"1Gi"_s, RWO, R"({"persistentVolumeReclaimPolicy":"Keep"})")
        << QStringList {
               u"!spec.persistentVolumeReclaimPolicy: Unsupported value: \"Keep\": supported values: "
               u"\"Delete\", \"Recycle\", \"Retain\""_s};
    QTest::newRow("StorageClass without provisioner")
        << u"StorageClass"_s
        << json(R"({"apiVersion":"storage.k8s.io/v1","kind":"StorageClass","metadata":{"name":"x"}})")
        << QStringList {u"!provisioner: Required value"_s};
}

void TestDemoControllers::defaultsAndValidation()
{
    QFETCH(QString, kind);
    QFETCH(QJsonObject, object);
    QFETCH(QStringList, expected);
    const ResourceKind k = resourceKindByKind(kind);
    const ApiResult<WriteOutcome> r = m_state->create(k, k.namespaced ? u"apps"_s : QString(), object);
    for (const QString& e : expected) {
        if (e.startsWith(u'!')) {
            QVERIFY(!r.ok());
            QCOMPARE(r.error().code, 422);
            QVERIFY2(r.error().message.contains(e.mid(1)), qPrintable(r.error().message));
        } else {
            QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
            const qsizetype eq = e.indexOf(u'=');
            QCOMPARE(str(r.value().object, e.left(eq)), e.mid(eq + 1));
        }
    }
}

void TestDemoControllers::immutableClaimSpec()
{
    create("PersistentVolumeClaim", pvc(u"c1"_s, u"1Gi"_s, RWO, R"({"storageClassName":""})"));
    settle();
    QJsonObject changed = get("PersistentVolumeClaim", u"c1"_s);
    QJsonObject spec = changed.value("spec"_L1).toObject();
    spec.insert("accessModes"_L1, QJsonArray {u"ReadWriteMany"_s});
    changed.insert("spec"_L1, spec);
    const ApiResult<WriteOutcome> r
        = m_state->update(kindOf("PersistentVolumeClaim"), u"apps"_s, u"c1"_s, changed);
    QVERIFY(!r.ok());
    QVERIFY2(
        r.error().message.startsWith(u"PersistentVolumeClaim \"c1\" is invalid: spec: Forbidden: spec is "
                                     u"immutable after creation except "
                                     u"resources.requests and volumeAttributesClassName for bound claims"_s),
        qPrintable(r.error().message));
    // Labels may change.
    QJsonObject relabelled = get("PersistentVolumeClaim", u"c1"_s);
    QJsonObject meta = relabelled.value("metadata"_L1).toObject();
    meta.insert("labels"_L1, QJsonObject {{"team"_L1, "a"_L1}});
    relabelled.insert("metadata"_L1, meta);
    QVERIFY(m_state->update(kindOf("PersistentVolumeClaim"), u"apps"_s, u"c1"_s, relabelled).ok());
}

void TestDemoControllers::malformedQuantityIsRefused()
{
    const ApiResult<WriteOutcome> r
        = m_state->create(kindOf("PersistentVolumeClaim"), u"apps"_s, pvc(u"q"_s, u"10 GB"_s, RWO));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, 400);
    QCOMPARE(r.error().message,
        u"PersistentVolumeClaim in version \"v1\" cannot be handled as a PersistentVolumeClaim: quantities "
        u"must "
        u"match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"_s);
}

// ---- binder: pre-bound claims --------------------------------------------------------------

void TestDemoControllers::preBoundToMissingVolume()
{
    create("PersistentVolumeClaim",
        pvc(u"c1"_s, u"1Gi"_s, RWO, R"({"storageClassName":"","volumeName":"ghost"})"));
    settle();
    QCOMPARE(str(get("PersistentVolumeClaim", u"c1"_s), u"status.phase"_s), u"Pending"_s);
    QVERIFY(eventsAbout(u"c1"_s).isEmpty());
}

void TestDemoControllers::preBoundToUnclaimedVolume()
{
    const QJsonObject share = create("PersistentVolume", pv(u"share1"_s, u"32Ti"_s, RWO_RWX));
    QVERIFY(!str(share, u"status.lastPhaseTransitionTime"_s).isEmpty());
    settle();
    QCOMPARE(str(get("PersistentVolume", u"share1"_s), u"status.phase"_s), u"Available"_s);
    const QJsonObject created = create("PersistentVolumeClaim",
        pvc(u"c1"_s, u"10Gi"_s, RWX, R"({"storageClassName":"","volumeName":"share1"})"));
    settle();

    const QJsonObject claim = get("PersistentVolumeClaim", u"c1"_s);
    const QJsonObject volume = get("PersistentVolume", u"share1"_s, {});
    QCOMPARE(str(claim, u"status.phase"_s), u"Bound"_s);
    QCOMPARE(str(claim, u"status.capacity.storage"_s), u"32Ti"_s);
    QCOMPARE(claim.value("status"_L1).toObject().value("accessModes"_L1).toArray(),
        QJsonArray::fromStringList(RWO_RWX));
    const QJsonObject annotations = claim.value("metadata"_L1).toObject().value("annotations"_L1).toObject();
    QCOMPARE(annotations.value("pv.kubernetes.io/bind-completed"_L1).toString(), u"yes"_s);
    QVERIFY(!annotations.contains("pv.kubernetes.io/bound-by-controller"_L1)); // the user chose the volume

    QCOMPARE(str(volume, u"status.phase"_s), u"Bound"_s);
    const QJsonObject ref = volume.value("spec"_L1).toObject().value("claimRef"_L1).toObject();
    QCOMPARE(ref.value("kind"_L1).toString(), u"PersistentVolumeClaim"_s);
    QCOMPARE(ref.value("namespace"_L1).toString(), u"apps"_s);
    QCOMPARE(ref.value("name"_L1).toString(), u"c1"_s);
    QCOMPARE(ref.value("uid"_L1).toString(), str(created, u"metadata.uid"_s));
    QCOMPARE(ref.value("apiVersion"_L1).toString(), u"v1"_s);
    QVERIFY(!ref.value("resourceVersion"_L1).toString().isEmpty());
    QCOMPARE(volume.value("metadata"_L1)
                 .toObject()
                 .value("annotations"_L1)
                 .toObject()
                 .value("pv.kubernetes.io/bound-by-controller"_L1)
                 .toString(),
        u"yes"_s);
    QVERIFY(
        str(volume, u"status.lastPhaseTransitionTime"_s) >= str(share, u"status.lastPhaseTransitionTime"_s));
}

void TestDemoControllers::preBoundMismatch_data()
{
    QTest::addColumn<QJsonObject>("volume");
    QTest::addColumn<QString>("reason");
    QTest::newRow("too small") << pv(u"pv1"_s, u"1Gi"_s, RWO_RWX) << u"requested PV is too small"_s;
    QTest::newRow("class") << pv(u"pv1"_s, u"10Gi"_s, RWO_RWX, R"({"storageClassName":"gold"})")
                           << u"storageClassName does not match"_s;
    QTest::newRow("volume mode") << pv(u"pv1"_s, u"10Gi"_s, RWO_RWX, R"({"volumeMode":"Block"})")
                                 << u"incompatible volumeMode"_s;
    QTest::newRow("access modes") << pv(u"pv1"_s, u"10Gi"_s, RWX) << u"incompatible accessMode"_s;
}

void TestDemoControllers::preBoundMismatch()
{
    QFETCH(QJsonObject, volume);
    QFETCH(QString, reason);
    create("PersistentVolume", volume);
    settle();
    create("PersistentVolumeClaim",
        pvc(u"c1"_s, u"5Gi"_s, RWO, R"({"storageClassName":"","volumeName":"pv1"})"));
    settle();
    QCOMPARE(str(get("PersistentVolumeClaim", u"c1"_s), u"status.phase"_s), u"Pending"_s);
    QCOMPARE(str(get("PersistentVolume", u"pv1"_s, {}), u"status.phase"_s), u"Available"_s);
    QCOMPARE(eventsAbout(u"c1"_s),
        QStringList {u"Warning VolumeMismatch: Cannot bind to requested volume \"pv1\": "_s + reason});
}

void TestDemoControllers::preBoundToVolumeOfAnotherClaim()
{
    create("PersistentVolume", pv(u"share1"_s, u"32Ti"_s, RWO_RWX));
    create("PersistentVolumeClaim",
        pvc(u"first"_s, u"1Gi"_s, RWO, R"({"storageClassName":"","volumeName":"share1"})"));
    settle();
    create("PersistentVolumeClaim",
        pvc(u"second"_s, u"1Gi"_s, RWO, R"({"storageClassName":"","volumeName":"share1"})"));
    settle();
    QCOMPARE(str(get("PersistentVolumeClaim", u"first"_s), u"status.phase"_s), u"Bound"_s);
    QCOMPARE(str(get("PersistentVolumeClaim", u"second"_s), u"status.phase"_s), u"Pending"_s);
    QCOMPARE(eventsAbout(u"second"_s),
        QStringList {u"Warning FailedBinding: volume \"share1\" already bound to a different claim."_s});
}

// ---- binder: matching ----------------------------------------------------------------------

void TestDemoControllers::classEmptyVersusUnsetVersusDefault()
{
    // ase-node-local becomes the default class.
    QVERIFY(m_state
                ->modify(kindOf("StorageClass"), {}, u"ase-node-local"_s,
                    [](QJsonObject& o) {
                        QJsonObject meta = o.value("metadata"_L1).toObject();
                        meta.insert("annotations"_L1,
                            QJsonObject {{"storageclass.kubernetes.io/is-default-class"_L1, "true"_L1}});
                        o.insert("metadata"_L1, meta);
                        return true;
                    })
                .ok());
    create("PersistentVolume", pv(u"static"_s, u"10Gi"_s, RWO));
    const QJsonObject unset = create("PersistentVolumeClaim", pvc(u"unset"_s, u"1Gi"_s, RWO));
    const QJsonObject empty
        = create("PersistentVolumeClaim", pvc(u"empty"_s, u"1Gi"_s, RWO, R"({"storageClassName":""})"));
    QCOMPARE(str(unset, u"spec.storageClassName"_s), u"ase-node-local"_s); // DefaultStorageClass admission
    QVERIFY(empty.value("spec"_L1).toObject().value("storageClassName"_L1).isString());
    QCOMPARE(str(empty, u"spec.storageClassName"_s), QString());
    settle();
    // "" means no class: it binds the class-less PV; the defaulted claim waits for a consumer.
    QCOMPARE(str(get("PersistentVolumeClaim", u"empty"_s), u"spec.volumeName"_s), u"static"_s);
    QCOMPARE(str(get("PersistentVolumeClaim", u"unset"_s), u"status.phase"_s), u"Pending"_s);
    QCOMPARE(eventsAbout(u"unset"_s),
        QStringList {
            u"Normal WaitForFirstConsumer: waiting for first consumer to be created before binding"_s});
}

void TestDemoControllers::defaultClassAssignedLater()
{
    create("PersistentVolumeClaim", pvc(u"late"_s, u"1Gi"_s, RWO));
    settle();
    QVERIFY(get("PersistentVolumeClaim", u"late"_s)
                .value("spec"_L1)
                .toObject()
                .value("storageClassName"_L1)
                .isUndefined());
    QCOMPARE(eventsAbout(u"late"_s),
        QStringList {
            u"Normal FailedBinding: no persistent volumes available for this claim and no storage class is set"_s});
    create("StorageClass",
        json(R"({"apiVersion":"storage.k8s.io/v1","kind":"StorageClass","metadata":{"name":"standard",
                    "annotations":{"storageclass.kubernetes.io/is-default-class":"true"}},"provisioner":"example.com/nfs"})"));
    settle();
    const QJsonObject claim = get("PersistentVolumeClaim", u"late"_s);
    QCOMPARE(str(claim, u"spec.storageClassName"_s), u"standard"_s);
    const QJsonObject annotations = claim.value("metadata"_L1).toObject().value("annotations"_L1).toObject();
    QCOMPARE(
        annotations.value("volume.kubernetes.io/storage-provisioner"_L1).toString(), u"example.com/nfs"_s);
    QCOMPARE(annotations.value("volume.beta.kubernetes.io/storage-provisioner"_L1).toString(),
        u"example.com/nfs"_s);
    QVERIFY(eventsAbout(u"late"_s).contains(
        u"Normal ExternalProvisioning: Waiting for a volume to be created either by the external provisioner "
        u"'example.com/nfs' or manually by the system administrator. If volume creation is delayed, please "
        u"verify "
        u"that the provisioner is running and correctly registered."_s));
}

void TestDemoControllers::accessModesFewestFirst()
{
    create("PersistentVolume", pv(u"shared"_s, u"1Gi"_s, RWO_RWX));
    create("PersistentVolume", pv(u"local"_s, u"10Gi"_s, RWO));
    create("PersistentVolumeClaim", pvc(u"c1"_s, u"1Gi"_s, RWO, R"({"storageClassName":""})"));
    settle();
    const QJsonObject claim = get("PersistentVolumeClaim", u"c1"_s);
    QCOMPARE(str(claim, u"spec.volumeName"_s), u"local"_s);
    QCOMPARE(claim.value("metadata"_L1)
                 .toObject()
                 .value("annotations"_L1)
                 .toObject()
                 .value("pv.kubernetes.io/bound-by-controller"_L1)
                 .toString(),
        u"yes"_s);
    QCOMPARE(str(claim, u"status.capacity.storage"_s), u"10Gi"_s);
    QCOMPARE(str(get("PersistentVolume", u"shared"_s, {}), u"status.phase"_s), u"Available"_s);
}

void TestDemoControllers::smallestCapacity()
{
    create("PersistentVolume", pv(u"ten"_s, u"10Gi"_s, RWO));
    create("PersistentVolume", pv(u"five"_s, u"5Gi"_s, RWO));
    create("PersistentVolume", pv(u"three"_s, u"3Gi"_s, RWO));
    create("PersistentVolume", pv(u"twenty"_s, u"20Gi"_s, RWO));
    create("PersistentVolumeClaim", pvc(u"c1"_s, u"4Gi"_s, RWO, R"({"storageClassName":""})"));
    settle();
    QCOMPARE(str(get("PersistentVolumeClaim", u"c1"_s), u"spec.volumeName"_s), u"five"_s);
}

void TestDemoControllers::selector()
{
    QJsonObject labelled = pv(u"fast"_s, u"100Gi"_s, RWO);
    QJsonObject meta = labelled.value("metadata"_L1).toObject();
    meta.insert("labels"_L1, QJsonObject {{"tier"_L1, "fast"_L1}});
    labelled.insert("metadata"_L1, meta);
    create("PersistentVolume", labelled);
    create("PersistentVolume", pv(u"plain"_s, u"1Gi"_s, RWO));
    create("PersistentVolumeClaim",
        pvc(u"c1"_s, u"1Gi"_s, RWO, R"({"storageClassName":"","selector":{"matchLabels":{"tier":"fast"}}})"));
    settle();
    QCOMPARE(str(get("PersistentVolumeClaim", u"c1"_s), u"spec.volumeName"_s), u"fast"_s);
}

void TestDemoControllers::classNotFound()
{
    create("PersistentVolumeClaim", pvc(u"c1"_s, u"1Gi"_s, RWO, R"({"storageClassName":"fast"})"));
    settle();
    QCOMPARE(eventsAbout(u"c1"_s),
        QStringList {u"Warning ProvisioningFailed: storageclass.storage.k8s.io \"fast\" not found"_s});
}

// ---- WaitForFirstConsumer and the ase-node-local provisioner -------------------------------

void TestDemoControllers::waitForFirstConsumerWithoutPod()
{
    create("PersistentVolumeClaim",
        pvc(u"mysql-pv-claim-sc"_s, u"20Gi"_s, RWO, R"({"storageClassName":"ase-node-local"})"));
    settle();
    const QJsonObject claim = get("PersistentVolumeClaim", u"mysql-pv-claim-sc"_s);
    QCOMPARE(str(claim, u"status.phase"_s), u"Pending"_s);
    QVERIFY(!claim.value("metadata"_L1)
                 .toObject()
                 .value("annotations"_L1)
                 .toObject()
                 .contains("volume.kubernetes.io/selected-node"_L1));
    QCOMPARE(eventsAbout(u"mysql-pv-claim-sc"_s),
        QStringList {
            u"Normal WaitForFirstConsumer: waiting for first consumer to be created before binding"_s});
    QCOMPARE(m_state->count(kindOf("PersistentVolume")), 0);
}

void TestDemoControllers::provisioningOfAseNodeLocal()
{
    const QJsonObject created = create("PersistentVolumeClaim",
        pvc(u"mysql-pv-claim-sc"_s, u"20Gi"_s, RWO, R"({"storageClassName":"ase-node-local"})"));
    settle();
    create("Pod", podUsing(u"mysql"_s, u"mysql-pv-claim-sc"_s));
    settle();

    const QString uid = str(created, u"metadata.uid"_s);
    const QString volumeName = u"pvc-"_s + uid;
    const QJsonObject claim = get("PersistentVolumeClaim", u"mysql-pv-claim-sc"_s);
    const QJsonObject annotations = claim.value("metadata"_L1).toObject().value("annotations"_L1).toObject();
    QCOMPARE(annotations.value("volume.kubernetes.io/selected-node"_L1).toString(), u"k8s-ase-node1"_s);
    QCOMPARE(annotations.value("volume.kubernetes.io/storage-provisioner"_L1).toString(),
        u"rancher.io/local-path"_s);
    QCOMPARE(annotations.value("volume.beta.kubernetes.io/storage-provisioner"_L1).toString(),
        u"rancher.io/local-path"_s);
    QCOMPARE(str(claim, u"status.phase"_s), u"Bound"_s);
    QCOMPARE(str(claim, u"spec.volumeName"_s), volumeName);

    const QJsonObject volume = get("PersistentVolume", volumeName, {});
    QCOMPARE(str(volume, u"status.phase"_s), u"Bound"_s);
    QCOMPARE(str(volume, u"spec.capacity.storage"_s), u"20Gi"_s);
    QCOMPARE(str(volume, u"spec.storageClassName"_s), u"ase-node-local"_s);
    QCOMPARE(str(volume, u"spec.persistentVolumeReclaimPolicy"_s), u"Delete"_s);
    QCOMPARE(str(volume, u"spec.claimRef.uid"_s), uid);
    QVERIFY(
        str(volume, u"spec.hostPath.path"_s).startsWith(u"/var/lib/rancher/local-path-provisioner/pvc-"_s));
    const QJsonObject term = volume.value("spec"_L1)
                                 .toObject()
                                 .value("nodeAffinity"_L1)
                                 .toObject()
                                 .value("required"_L1)
                                 .toObject()
                                 .value("nodeSelectorTerms"_L1)
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value("matchExpressions"_L1)
                                 .toArray()
                                 .first()
                                 .toObject();
    QCOMPARE(term.value("key"_L1).toString(), u"kubernetes.io/hostname"_s);
    QCOMPARE(term.value("values"_L1).toArray(), QJsonArray {u"k8s-ase-node1"_s});
    QCOMPARE(volume.value("metadata"_L1)
                 .toObject()
                 .value("annotations"_L1)
                 .toObject()
                 .value("pv.kubernetes.io/provisioned-by"_L1)
                 .toString(),
        u"rancher.io/local-path"_s);
    const QJsonArray finalizers = volume.value("metadata"_L1).toObject().value("finalizers"_L1).toArray();
    QVERIFY(finalizers.contains(u"kubernetes.io/pv-controller"_s));
    QVERIFY(finalizers.contains(u"kubernetes.io/pv-protection"_s));

    const QStringList events = eventsAbout(u"mysql-pv-claim-sc"_s);
    QVERIFY2(events.contains(u"Normal Provisioning: External provisioner is provisioning volume for claim "
                             u"\"apps/mysql-pv-claim-sc\""_s),
        qPrintable(events.join(u'\n')));
    QVERIFY(
        events.contains(u"Normal ProvisioningSucceeded: Successfully provisioned volume "_s + volumeName));
    QVERIFY(std::any_of(events.begin(), events.end(),
        [](const QString& e) { return e.startsWith(u"Normal ExternalProvisioning: "_s); }));

    const QJsonObject pod = get("Pod", u"mysql"_s);
    QCOMPARE(str(pod, u"status.phase"_s), u"Running"_s);
    QCOMPARE(str(pod, u"spec.nodeName"_s), u"k8s-ase-node1"_s);
    QVERIFY(eventsAbout(u"mysql"_s)
                .contains(u"Normal Scheduled: Successfully assigned apps/mysql to k8s-ase-node1"_s));
}

// ---- reclaim and protection ----------------------------------------------------------------

void TestDemoControllers::releasedAndRetained()
{
    create("PersistentVolume", pv(u"share1"_s, u"32Ti"_s, RWO_RWX));
    create("PersistentVolumeClaim",
        pvc(u"c1"_s, u"1Gi"_s, RWO, R"({"storageClassName":"","volumeName":"share1"})"));
    settle();
    QVERIFY(m_state->remove(kindOf("PersistentVolumeClaim"), u"apps"_s, u"c1"_s).ok());
    settle();
    QVERIFY(!exists("PersistentVolumeClaim", u"c1"_s));
    const QJsonObject volume = get("PersistentVolume", u"share1"_s, {});
    QCOMPARE(str(volume, u"status.phase"_s), u"Released"_s);
    QCOMPARE(str(volume, u"spec.claimRef.name"_s), u"c1"_s); // Retain keeps the reference
    // A new claim for the same volume does not bind it: it is still claimed.
    create("PersistentVolumeClaim", pvc(u"c2"_s, u"1Gi"_s, RWO, R"({"storageClassName":""})"));
    settle();
    QCOMPARE(str(get("PersistentVolumeClaim", u"c2"_s), u"status.phase"_s), u"Pending"_s);
}

void TestDemoControllers::deleteReclaimRemovesVolume()
{
    create(
        "PersistentVolumeClaim", pvc(u"data"_s, u"1Gi"_s, RWO, R"({"storageClassName":"ase-node-local"})"));
    create("Pod", podUsing(u"app"_s, u"data"_s));
    settle();
    const QString volumeName = str(get("PersistentVolumeClaim", u"data"_s), u"spec.volumeName"_s);
    QVERIFY(volumeName.startsWith(u"pvc-"_s));
    QVERIFY(m_state->remove(kindOf("Pod"), u"apps"_s, u"app"_s).ok());
    QVERIFY(m_state->remove(kindOf("PersistentVolumeClaim"), u"apps"_s, u"data"_s).ok());
    settle();
    QVERIFY(!exists("PersistentVolumeClaim", u"data"_s));
    QVERIFY(!exists("PersistentVolume", volumeName, {}));
}

void TestDemoControllers::protectionKeepsUsedClaim()
{
    create("PersistentVolume", pv(u"share1"_s, u"32Ti"_s, RWO_RWX));
    const QJsonObject claim
        = create("PersistentVolumeClaim", pvc(u"c1"_s, u"1Gi"_s, RWO, R"({"storageClassName":""})"));
    QVERIFY(claim.value("metadata"_L1)
                .toObject()
                .value("finalizers"_L1)
                .toArray()
                .contains(u"kubernetes.io/pvc-protection"_s));
    create("Pod", podUsing(u"app"_s, u"c1"_s));
    settle();
    QCOMPARE(str(get("Pod", u"app"_s), u"status.phase"_s), u"Running"_s);

    QVERIFY(m_state->remove(kindOf("PersistentVolumeClaim"), u"apps"_s, u"c1"_s).ok());
    QVERIFY(m_state->remove(kindOf("PersistentVolume"), {}, u"share1"_s).ok());
    settle();
    // Used by a running pod: Terminating, and its Bound volume too.
    QVERIFY(!str(get("PersistentVolumeClaim", u"c1"_s), u"metadata.deletionTimestamp"_s).isEmpty());
    QVERIFY(!str(get("PersistentVolume", u"share1"_s, {}), u"metadata.deletionTimestamp"_s).isEmpty());

    QVERIFY(m_state->remove(kindOf("Pod"), u"apps"_s, u"app"_s).ok());
    settle();
    QVERIFY(!exists("PersistentVolumeClaim", u"c1"_s));
    QVERIFY(!exists("PersistentVolume", u"share1"_s, {})); // Released → pv-protection lets go
}

void TestDemoControllers::claimLost()
{
    create("PersistentVolume", pv(u"share1"_s, u"32Ti"_s, RWO_RWX));
    create("PersistentVolumeClaim", pvc(u"c1"_s, u"1Gi"_s, RWO, R"({"storageClassName":""})"));
    settle();
    // Force the PV away (past its protection finalizer).
    QVERIFY(m_state
                ->modify(kindOf("PersistentVolume"), {}, u"share1"_s,
                    [](QJsonObject& o) {
                        QJsonObject meta = o.value("metadata"_L1).toObject();
                        meta.remove("finalizers"_L1);
                        o.insert("metadata"_L1, meta);
                        return true;
                    })
                .ok());
    QVERIFY(m_state->remove(kindOf("PersistentVolume"), {}, u"share1"_s).ok());
    settle();
    QCOMPARE(str(get("PersistentVolumeClaim", u"c1"_s), u"status.phase"_s), u"Lost"_s);
    QVERIFY(eventsAbout(u"c1"_s).contains(
        u"Warning ClaimLost: Bound claim has lost its PersistentVolume. Data on the volume is lost!"_s));
}

// ---- workloads -----------------------------------------------------------------------------

void TestDemoControllers::deploymentPodsPendingThenRunning()
{
    create("PersistentVolumeClaim", pvc(u"mysql-pv-claim"_s, u"20Gi"_s, RWO, R"({"storageClassName":""})"));
    create("Deployment",
        json(R"({"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"mysql","namespace":"apps"},
        "spec":{"selector":{"matchLabels":{"app":"mysql"}},"strategy":{"type":"Recreate"},
          "template":{"metadata":{"labels":{"app":"mysql"}},"spec":{
            "containers":[{"name":"mysql","image":"mysql:5.6","ports":[{"containerPort":3306}],
                           "volumeMounts":[{"name":"mysql-persistent-storage","mountPath":"/var/lib/mysql"}]}],
            "volumes":[{"name":"mysql-persistent-storage","persistentVolumeClaim":{"claimName":"mysql-pv-claim"}}]}}}})"));
    settle();
    const QList<QJsonObject> pods = m_state->objects(kindOf("Pod"), u"apps"_s);
    QCOMPARE(pods.size(), 1);
    const QJsonObject pod = pods.first();
    const QString podName = str(pod, u"metadata.name"_s);
    const QString hash = str(pod, u"metadata.labels.pod-template-hash"_s);
    QVERIFY(!hash.isEmpty());
    QVERIFY2(QRegularExpression(u"^mysql-[bcdfghjklmnpqrstvwxz2456789]+-[bcdfghjklmnpqrstvwxz2456789]{5}$"_s)
                 .match(podName)
                 .hasMatch(),
        qPrintable(podName));
    QVERIFY(podName.startsWith(u"mysql-"_s + hash + u'-'));
    QCOMPARE(str(pod, u"status.phase"_s), u"Pending"_s);
    const QJsonObject scheduled
        = pod.value("status"_L1).toObject().value("conditions"_L1).toArray().first().toObject();
    QCOMPARE(scheduled.value("type"_L1).toString(), u"PodScheduled"_s);
    QCOMPARE(scheduled.value("status"_L1).toString(), u"False"_s);
    QCOMPARE(scheduled.value("reason"_L1).toString(), u"Unschedulable"_s);
    const QString message
        = PodLifecycle::unschedulableMessage(u"pod has unbound immediate PersistentVolumeClaims"_s);
    QCOMPARE(message,
        u"0/1 nodes are available: pod has unbound immediate PersistentVolumeClaims. preemption: 0/1 "
        u"nodes are available: 1 Preemption is not helpful for scheduling."_s);
    QCOMPARE(scheduled.value("message"_L1).toString(), message);
    QVERIFY(eventsAbout(podName).contains(u"Warning FailedScheduling: "_s + message));
    QVERIFY(str(get("Deployment", u"mysql"_s), u"status.readyReplicas"_s).isEmpty());

    create("PersistentVolume", pv(u"share1"_s, u"32Ti"_s, RWO_RWX));
    settle();
    QCOMPARE(str(get("PersistentVolumeClaim", u"mysql-pv-claim"_s), u"status.phase"_s), u"Bound"_s);
    const QJsonObject running = get("Pod", podName);
    QCOMPARE(str(running, u"status.phase"_s), u"Running"_s);
    QCOMPARE(str(running, u"spec.nodeName"_s), u"k8s-ase-node1"_s);
    QVERIFY(str(running, u"status.podIP"_s).startsWith(u"172.27."_s));
    QCOMPARE(running.value("status"_L1)
                 .toObject()
                 .value("containerStatuses"_L1)
                 .toArray()
                 .first()
                 .toObject()
                 .value("image"_L1)
                 .toString(),
        u"docker.io/library/mysql:5.6"_s);
    const QJsonObject deployment = get("Deployment", u"mysql"_s);
    QCOMPARE(str(deployment, u"status.readyReplicas"_s), u"1"_s);
    QCOMPARE(str(deployment, u"status.replicas"_s), u"1"_s);

    QVERIFY(m_state->remove(kindOf("Deployment"), u"apps"_s, u"mysql"_s).ok());
    settle();
    QCOMPARE(m_state->objects(kindOf("Pod"), u"apps"_s).size(), 0);
}

void TestDemoControllers::statefulSetClaimsAndPods()
{
    create("StatefulSet",
        json(R"({"apiVersion":"apps/v1","kind":"StatefulSet","metadata":{"name":"web","namespace":"apps"},
        "spec":{"serviceName":"web","replicas":2,"selector":{"matchLabels":{"app":"web"}},
          "template":{"metadata":{"labels":{"app":"web"}},"spec":{"containers":[{"name":"nginx","image":"nginx:1.27"}]}},
          "volumeClaimTemplates":[{"metadata":{"name":"data"},"spec":{"accessModes":["ReadWriteOnce"],
             "storageClassName":"ase-node-local","resources":{"requests":{"storage":"1Gi"}}}}]}})"));
    settle();
    for (const QString& ordinal : {u"0"_s, u"1"_s}) {
        const QJsonObject claim = get("PersistentVolumeClaim", u"data-web-"_s + ordinal);
        QCOMPARE(str(claim, u"status.phase"_s), u"Bound"_s);
        QCOMPARE(str(claim, u"metadata.labels.app"_s), u"web"_s);
        const QJsonObject pod = get("Pod", u"web-"_s + ordinal);
        QCOMPARE(str(pod, u"status.phase"_s), u"Running"_s);
        QCOMPARE(pod.value("metadata"_L1)
                     .toObject()
                     .value("labels"_L1)
                     .toObject()
                     .value("apps.kubernetes.io/pod-index"_L1)
                     .toString(),
            ordinal);
    }
    QCOMPARE(str(get("StatefulSet", u"web"_s), u"status.readyReplicas"_s), u"2"_s);
    QVERIFY(eventsAbout(u"web"_s).contains(
        u"Normal SuccessfulCreate: create Claim data-web-0 Pod web-0 in StatefulSet web success"_s));
    QVERIFY(eventsAbout(u"web"_s).contains(
        u"Normal SuccessfulCreate: create Pod web-1 in StatefulSet web successful"_s));
}

void TestDemoControllers::resyncRepeatsEvents()
{
    create(
        "PersistentVolumeClaim", pvc(u"wait"_s, u"1Gi"_s, RWO, R"({"storageClassName":"ase-node-local"})"));
    settle();
    m_controllers->setResyncInterval(std::chrono::milliseconds(30));
    QSignalSpy passes(m_controllers.get(), &DemoControllers::passFinished);
    QTRY_VERIFY_WITH_TIMEOUT(passes.count() >= 3, 5000);
    int count = 0;
    for (const QJsonObject& e : m_state->objects(kindOf("Event"), u"apps"_s)) {
        if (str(e, u"involvedObject.name"_s) == u"wait")
            count = e.value("count"_L1).toInt();
    }
    QVERIFY2(count >= 2, qPrintable(QString::number(count)));
}

// ---- issue 11: dynamic provisioning ---------------------------------------------------------

void TestDemoControllers::localPathRefusesReadWriteMany()
{
    create(
        "PersistentVolumeClaim", pvc(u"shared"_s, u"5Gi"_s, RWX, R"({"storageClassName":"ase-node-local"})"));
    create("Pod", podUsing(u"writer"_s, u"shared"_s));
    settle();
    const QStringList events = eventsAbout(u"shared"_s);
    QVERIFY2(events.contains(u"Warning ProvisioningFailed: failed to provision volume with StorageClass "
                             u"\"ase-node-local\": NodePath only supports ReadWriteOnce and ReadWriteOncePod "
                             u"(1.22+) access modes"_s),
        qPrintable(events.join(u'\n')));
    QCOMPARE(str(get("PersistentVolumeClaim", u"shared"_s), u"status.phase"_s), u"Pending"_s);
    QCOMPARE(m_state->objects(kindOf("PersistentVolume")).size(), 0);
    QCOMPARE(str(get("Pod", u"writer"_s), u"status.phase"_s), u"Pending"_s);
}

void TestDemoControllers::nfsSubdirProvisionsImmediately()
{
    create("StorageClass",
        json(R"({"apiVersion":"storage.k8s.io/v1","kind":"StorageClass","metadata":{"name":"nfs-client"},
                 "provisioner":"cluster.local/nfs-subdir-external-provisioner","reclaimPolicy":"Delete",
                 "volumeBindingMode":"Immediate",
                 "parameters":{"server":"10.128.47.91","path":"/mylocalnfsshare1"}})"));
    const QJsonObject created = create(
        "PersistentVolumeClaim", pvc(u"scratch"_s, u"5Gi"_s, RWX, R"({"storageClassName":"nfs-client"})"));
    settle();
    // No pod needed: Immediate.
    const QJsonObject claim = get("PersistentVolumeClaim", u"scratch"_s);
    QCOMPARE(str(claim, u"status.phase"_s), u"Bound"_s);
    const QString volumeName = u"pvc-"_s + str(created, u"metadata.uid"_s);
    QCOMPARE(str(claim, u"spec.volumeName"_s), volumeName);
    const QJsonObject volume = get("PersistentVolume", volumeName, {});
    QCOMPARE(str(volume, u"spec.nfs.server"_s), u"10.128.47.91"_s);
    QCOMPARE(str(volume, u"spec.nfs.path"_s), u"/mylocalnfsshare1/apps-scratch-"_s + volumeName);
    QCOMPARE(volume.value("spec"_L1).toObject().value("accessModes"_L1).toArray(),
        QJsonArray {u"ReadWriteMany"_s});
    QVERIFY(!volume.value("spec"_L1).toObject().contains("nodeAffinity"_L1));
    const QStringList events = eventsAbout(u"scratch"_s);
    QVERIFY2(
        events.contains(u"Normal ProvisioningSucceeded: Successfully provisioned volume "_s + volumeName),
        qPrintable(events.join(u'\n')));
    QVERIFY(!events.join(u'\n').contains(u"WaitForFirstConsumer"_s));
}

void TestDemoControllers::schedulerPicksSmallestVolume()
{
    // A WaitForFirstConsumer class without a provisioner: the scheduler picks the volume.
    create("StorageClass",
        json(R"({"apiVersion":"storage.k8s.io/v1","kind":"StorageClass","metadata":{"name":"local"},
                 "provisioner":"kubernetes.io/no-provisioner","volumeBindingMode":"WaitForFirstConsumer"})"));
    // The PV controller would take "rwo-10" (fewest access modes first); the scheduler takes
    // the smallest that fits, "both-5". "other-node-2" is smaller still but on another node.
    create("PersistentVolume", pv(u"rwo-10"_s, u"10Gi"_s, RWO, R"({"storageClassName":"local"})"));
    create("PersistentVolume", pv(u"both-5"_s, u"5Gi"_s, RWO_RWX, R"({"storageClassName":"local"})"));
    create("PersistentVolume",
        pv(u"other-node-2"_s, u"2Gi"_s, RWO,
            R"({"storageClassName":"local","nodeAffinity":{"required":{"nodeSelectorTerms":[{"matchExpressions":
                [{"key":"kubernetes.io/hostname","operator":"In","values":["other-node"]}]}]}}})"));
    create("PersistentVolumeClaim", pvc(u"db"_s, u"1Gi"_s, RWO, R"({"storageClassName":"local"})"));
    settle();
    QCOMPARE(str(get("PersistentVolumeClaim", u"db"_s), u"status.phase"_s), u"Pending"_s);
    create("Pod", podUsing(u"db-0"_s, u"db"_s));
    settle();
    const QJsonObject claim = get("PersistentVolumeClaim", u"db"_s);
    QCOMPARE(str(claim, u"status.phase"_s), u"Bound"_s);
    QCOMPARE(str(claim, u"spec.volumeName"_s), u"both-5"_s);
    QCOMPARE(str(get("Pod", u"db-0"_s), u"status.phase"_s), u"Running"_s);
}

void TestDemoControllers::schedulerChoiceUnit()
{
    const auto volume
        = [](const QString& name, const QString& size, const QStringList& modes, const char* extra = "{}") {
              QJsonObject o = pv(name, size, modes, extra);
              QJsonObject spec = o.value("spec"_L1).toObject();
              spec.insert("storageClassName"_L1, u"local"_s);
              o.insert("spec"_L1, spec);
              o.insert("status"_L1, QJsonObject {{"phase"_L1, "Available"_L1}});
              return PersistentVolume::fromJson(o);
          };
    const auto claim = [](const QString& name, const QString& size) {
        return PersistentVolumeClaim::fromJson(pvc(name, size, RWO, R"({"storageClassName":"local"})"));
    };
    const QList<PersistentVolume> volumes {volume(u"a-10"_s, u"10Gi"_s, RWO),
        volume(u"b-3"_s, u"3Gi"_s, RWO_RWX), volume(u"c-20"_s, u"20Gi"_s, RWO)};
    const auto choose = [&volumes](const QList<PersistentVolumeClaim>& claims) {
        QStringList out;
        for (const PodLifecycle::VolumeChoice& choice : PodLifecycle::chooseVolumes(claims, volumes))
            out.append(choice.claim.metadata.name + u'=' + choice.volume);
        return out;
    };
    // Claims in order of size, each the smallest left: 2Gi → b-3, 8Gi → a-10.
    QCOMPARE(choose({claim(u"big"_s, u"8Gi"_s), claim(u"small"_s, u"2Gi"_s)}),
        (QStringList {u"small=b-3"_s, u"big=a-10"_s}));
    // Two claims, one fitting volume: no choice at all.
    QCOMPARE(choose({claim(u"x"_s, u"15Gi"_s), claim(u"y"_s, u"16Gi"_s)}), QStringList());
}

void TestDemoControllers::missingSecretBlocksContainer()
{
    create("PersistentVolumeClaim",
        pvc(u"mysql-data"_s, u"1Gi"_s, RWO, R"({"storageClassName":"ase-node-local"})"));
    QJsonObject pod = podUsing(u"mysql"_s, u"mysql-data"_s);
    QJsonObject spec = pod.value("spec"_L1).toObject();
    spec.insert("containers"_L1,
        json(R"({"c":[{"name":"mysql","image":"mysql:8.4","env":[{"name":"MYSQL_ROOT_PASSWORD",
            "valueFrom":{"secretKeyRef":{"name":"mysql-root","key":"password"}}}]}]})")
            .value("c"_L1));
    pod.insert("spec"_L1, spec);
    create("Pod", pod);
    settle();
    QJsonObject current = get("Pod", u"mysql"_s);
    QCOMPARE(str(current, u"status.phase"_s), u"Pending"_s);
    QCOMPARE(str(current, u"spec.nodeName"_s), u"k8s-ase-node1"_s);
    const QJsonObject waiting = current.value("status"_L1)
                                    .toObject()
                                    .value("containerStatuses"_L1)
                                    .toArray()
                                    .first()
                                    .toObject()
                                    .value("state"_L1)
                                    .toObject()
                                    .value("waiting"_L1)
                                    .toObject();
    QCOMPARE(waiting.value("reason"_L1).toString(), u"CreateContainerConfigError"_s);
    QCOMPARE(waiting.value("message"_L1).toString(), u"secret \"mysql-root\" not found"_s);
    QVERIFY(eventsAbout(u"mysql"_s).contains(u"Warning Failed: Error: secret \"mysql-root\" not found"_s));
    // The claim was provisioned all the same (the pod was scheduled).
    QCOMPARE(str(get("PersistentVolumeClaim", u"mysql-data"_s), u"status.phase"_s), u"Bound"_s);

    // The Secret without the key, then with it: the kubelet retries at the next resync.
    create("Secret",
        json(R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"mysql-root"},"data":{"pw":"eA=="}})"));
    settle();
    current = get("Pod", u"mysql"_s);
    QCOMPARE(str(current, u"status.phase"_s), u"Pending"_s);
    QVERIFY(eventsAbout(u"mysql"_s)
                .contains(u"Warning Failed: Error: couldn't find key password in Secret apps/mysql-root"_s));
    m_state->modify(kindOf("Secret"), u"apps"_s, u"mysql-root"_s, [](QJsonObject& o) {
        o.insert("data"_L1, QJsonObject {{"password"_L1, "eA=="_L1}});
        return true;
    });
    settle();
    QCOMPARE(str(get("Pod", u"mysql"_s), u"status.phase"_s), u"Running"_s);
}

void TestDemoControllers::workIndexFollowsWhatChanged()
{
    // "Every unbound claim" and "every Pending pod" become keys, and stay right as the
    // changes a pass names come in, without reading every object again.
    ClusterState state; // no controllers: only what the test writes
    const ResourceKind& pvc = kindOf("PersistentVolumeClaim");
    const ResourceKind& pod = kindOf("Pod");
    const auto claim = [](const QString& name, bool bound) {
        QJsonObject meta {{u"name"_s, name}};
        if (bound)
            meta.insert(u"annotations"_s, QJsonObject {{u"pv.kubernetes.io/bind-completed"_s, u"yes"_s}});
        return QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"PersistentVolumeClaim"_s},
            {u"metadata"_s, meta},
            {u"spec"_s,
                QJsonObject {{u"accessModes"_s, QJsonArray {u"ReadWriteOnce"_s}},
                    {u"resources"_s,
                        QJsonObject {{u"requests"_s, QJsonObject {{u"storage"_s, u"1Gi"_s}}}}}}}};
    };
    const auto podObject = [](const QString& name) {
        return QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Pod"_s},
            {u"metadata"_s, QJsonObject {{u"name"_s, name}}},
            {u"spec"_s,
                QJsonObject {{u"containers"_s,
                    QJsonArray {QJsonObject {{u"name"_s, u"c"_s}, {u"image"_s, u"busybox"_s}}}}}}};
    };
    QVERIFY(state.create(kindOf("Namespace"), {},
        json(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"apps"}})")));
    QVERIFY(state.create(pvc, u"apps"_s, claim(u"bound"_s, true)));
    QVERIFY(state.create(pvc, u"apps"_s, claim(u"waiting"_s, false)));
    QVERIFY(state.create(pod, u"apps"_s, podObject(u"starting"_s)));
    QVERIFY(state.writeStatus(pod, u"apps"_s, u"starting"_s, QJsonObject {{u"phase"_s, u"Pending"_s}}));
    QVERIFY(state.create(pod, u"apps"_s, podObject(u"running"_s)));
    QVERIFY(state.writeStatus(pod, u"apps"_s, u"running"_s, QJsonObject {{u"phase"_s, u"Running"_s}}));

    WorkIndex index(state);
    bool flagsTurnedIntoKeys = true;
    const auto resolve = [&index, &flagsTurnedIntoKeys](QSet<QString> claims, QSet<QString> pods) {
        SyncScope scope;
        scope.unboundClaims = true;
        scope.pendingPods = true;
        scope.claims = std::move(claims);
        scope.pods = std::move(pods);
        index.resolve(scope);
        flagsTurnedIntoKeys = flagsTurnedIntoKeys && !scope.unboundClaims && !scope.pendingPods;
        return std::pair {scope.claims, scope.pods};
    };
    auto [claims, pods] = resolve({}, {});
    QCOMPARE(claims, QSet<QString> {u"apps/waiting"_s});
    QCOMPARE(pods, QSet<QString> {u"apps/starting"_s});

    // The waiting claim gets bound, a new one comes, the pod starts: each change names its
    // object in the next scope.
    QVERIFY(state.modify(pvc, u"apps"_s, u"waiting"_s, [](QJsonObject& o) {
        QJsonObject meta = o.value(u"metadata"_s).toObject();
        meta.insert(u"annotations"_s, QJsonObject {{u"pv.kubernetes.io/bind-completed"_s, u"yes"_s}});
        o.insert(u"metadata"_s, meta);
        return true;
    }));
    QVERIFY(state.create(pvc, u"apps"_s, claim(u"new"_s, false)));
    QVERIFY(state.writeStatus(pod, u"apps"_s, u"starting"_s, QJsonObject {{u"phase"_s, u"Running"_s}}));
    std::tie(claims, pods) = resolve({u"apps/waiting"_s, u"apps/new"_s}, {u"apps/starting"_s});
    // The named keys stay in the scope; of the unbound ones only "new" is left.
    QCOMPARE(claims, (QSet<QString> {u"apps/waiting"_s, u"apps/new"_s}));
    QCOMPARE(pods, QSet<QString> {u"apps/starting"_s});
    std::tie(claims, pods) = resolve({}, {});
    QCOMPARE(claims, QSet<QString> {u"apps/new"_s});
    QVERIFY(pods.isEmpty());

    // A deleted claim drops out; a full scope is left alone.
    QVERIFY(state.remove(pvc, u"apps"_s, u"new"_s));
    std::tie(claims, pods) = resolve({u"apps/new"_s}, {});
    QCOMPARE(claims, QSet<QString> {u"apps/new"_s});
    std::tie(claims, pods) = resolve({}, {});
    QVERIFY(claims.isEmpty());
    SyncScope full;
    full.full = true;
    index.resolve(full);
    QVERIFY(full.full && full.claims.isEmpty());
    QVERIFY(flagsTurnedIntoKeys);
}

QTEST_GUILESS_MAIN(TestDemoControllers)
#include "tst_democontrollers.moc"
