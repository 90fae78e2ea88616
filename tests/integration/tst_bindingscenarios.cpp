// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// "Why Pending?" cross-checked against the demo device's binder: each scenario of the table
// is diagnosed from the objects alone (what the app says, sentence included), then the same
// objects go through the demo cluster's controllers (no HTTP), and what the binder did must
// be what the diagnosis said: bound to the volume it named, or still Pending with the event
// it implies (or none, for a missing named volume: the binder is silent there).

#include "app/demo/ClusterState.h"
#include "app/demo/controllers/DemoControllers.h"
#include "models/binding/PendingAdvice.h"
#include "models/binding/VolumeBinding.h"

#include "tests/support/TestJson.h"

#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace ase;
using ase::test::json;
using namespace ase::demo;

namespace {

const ResourceKind& kindOf(const QString& kind)
{
    static QHash<QString, ResourceKind>* cache = new QHash<QString, ResourceKind>();
    if (!cache->contains(kind))
        cache->insert(kind, resourceKindByKind(kind));
    return *cache->find(kind);
}

QJsonObject pv(
    const QString& name, const QString& capacity, const QStringList& modes, const char* extra = "{}")
{
    QJsonObject spec {{"capacity"_L1, QJsonObject {{"storage"_L1, capacity}}},
        {"accessModes"_L1, QJsonArray::fromStringList(modes)}, {"storageClassName"_L1, ""_L1},
        {"hostPath"_L1, QJsonObject {{"path"_L1, QString(u"/data/"_s + name)}}}};
    const QJsonObject more = json(extra);
    for (auto it = more.begin(); it != more.end(); ++it)
        spec.insert(it.key(), it.value());
    return QJsonObject {{"apiVersion"_L1, "v1"_L1}, {"kind"_L1, "PersistentVolume"_L1},
        {"metadata"_L1, QJsonObject {{"name"_L1, name}}}, {"spec"_L1, spec}};
}

QJsonObject pvc(
    const QString& request, const QStringList& modes, const char* extra, const QString& name = u"data"_s)
{
    QJsonObject spec {{"accessModes"_L1, QJsonArray::fromStringList(modes)},
        {"resources"_L1, QJsonObject {{"requests"_L1, QJsonObject {{"storage"_L1, request}}}}}};
    const QJsonObject more = json(extra);
    for (auto it = more.begin(); it != more.end(); ++it)
        spec.insert(it.key(), it.value());
    return QJsonObject {{"apiVersion"_L1, "v1"_L1}, {"kind"_L1, "PersistentVolumeClaim"_L1},
        {"metadata"_L1, QJsonObject {{"name"_L1, name}, {"namespace"_L1, "apps"_L1}}}, {"spec"_L1, spec}};
}

const QStringList RWO {u"ReadWriteOnce"_s};
const QStringList RWX {u"ReadWriteMany"_s};
const QStringList RWO_RWX {u"ReadWriteOnce"_s, u"ReadWriteMany"_s};

} // namespace

class TestBindingScenarios final : public QObject
{
    Q_OBJECT

private slots:
    void scenario_data();
    void scenario();
};

void TestBindingScenarios::scenario_data()
{
    QTest::addColumn<QList<QJsonObject>>("volumes"); ///< and other claims, made (and bound) first
    QTest::addColumn<QJsonObject>("claim");
    QTest::addColumn<QString>("state"); ///< stateId of the diagnosis
    QTest::addColumn<QString>("sentence"); ///< the diagnosis' one sentence
    QTest::addColumn<QString>("volume"); ///< the volume it binds to ("" = stays Pending)
    QTest::addColumn<QString>("event"); ///< "Type Reason" the binder reports ("" = none)

    const QList<QJsonObject> share {pv(u"share1"_s, u"32Ti"_s, RWO_RWX)};
    QTest::newRow("a share fits") << share << pvc(u"1Gi"_s, RWX, R"({"storageClassName":""})")
                                  << u"WillBind"_s
                                  << u"Volume share1 matches; the binder binds it on its next pass."_s
                                  << u"share1"_s << QString();
    QTest::newRow("exact modes beat a smaller volume")
        << QList<QJsonObject> {pv(u"exact"_s, u"100Gi"_s, RWO), pv(u"small-extra"_s, u"5Gi"_s, RWO_RWX)}
        << pvc(u"1Gi"_s, RWO, R"({"storageClassName":""})") << u"WillBind"_s
        << u"Volume exact matches; the binder binds it on its next pass."_s << u"exact"_s << QString();
    QTest::newRow("the smallest of a mode set")
        << QList<QJsonObject> {pv(u"big"_s, u"100Gi"_s, RWO), pv(u"small"_s, u"5Gi"_s, RWO)}
        << pvc(u"1Gi"_s, RWO, R"({"storageClassName":""})") << u"WillBind"_s
        << u"Volume small matches; the binder binds it on its next pass."_s << u"small"_s << QString();
    QTest::newRow("too small, no class")
        << share << pvc(u"64Ti"_s, RWX, R"({"storageClassName":""})") << u"NoVolumeNoClass"_s
        << u"No volume matches and the claim names no storage class to create "
           "one from."_s
        << QString() << u"Normal FailedBinding"_s;
    QTest::newRow("wrong mode, no class")
        << QList<QJsonObject> {pv(u"rwo"_s, u"10Gi"_s, RWO)}
        << pvc(u"1Gi"_s, RWX, R"({"storageClassName":""})") << u"NoVolumeNoClass"_s
        << u"No volume matches and the claim names no storage class to create one from."_s << QString()
        << u"Normal FailedBinding"_s;
    QTest::newRow("selector does not match")
        << share
        << pvc(u"1Gi"_s, RWX, R"({"storageClassName":"","selector":{"matchLabels":{"tier":"gold"}}})")
        << u"NoVolumeNoClass"_s
        << u"No volume matches and the claim names no storage class to create one from."_s << QString()
        << u"Normal FailedBinding"_s;
    QTest::newRow("named volume missing")
        << share << pvc(u"1Gi"_s, RWX, R"({"storageClassName":"","volumeName":"backupshare"})")
        << u"RequestedVolumeMissing"_s
        << u"The claim asks for volume backupshare, which does not exist; it stays Pending until the volume "
           u"is "
           "created."_s
        << QString() << QString();
    QTest::newRow("named volume fits")
        << share << pvc(u"1Gi"_s, RWX, R"({"storageClassName":"","volumeName":"share1"})") << u"WillBind"_s
        << u"Volume share1 fits; the binder binds it on its next pass."_s << u"share1"_s << QString();
    QTest::newRow("named volume too small")
        << share << pvc(u"64Ti"_s, RWX, R"({"storageClassName":"","volumeName":"share1"})")
        << u"RequestedVolumeMismatch"_s
        << u"Volume share1 cannot be used: Its capacity 32Ti is less than the requested 64Ti."_s << QString()
        << u"Warning VolumeMismatch"_s;
    QTest::newRow("named volume, wrong class")
        << share << pvc(u"1Gi"_s, RWX, R"({"storageClassName":"gold","volumeName":"share1"})")
        << u"RequestedVolumeMismatch"_s
        << u"Volume share1 cannot be used: Its storage class (none) differs from the claim's gold."_s
        << QString() << u"Warning VolumeMismatch"_s;
    QTest::newRow("named volume bound elsewhere")
        << QList<QJsonObject> {pv(u"share1"_s, u"32Ti"_s, RWO_RWX),
               pvc(u"1Gi"_s, RWX, R"({"storageClassName":"","volumeName":"share1"})", u"other"_s)}
        << pvc(u"1Gi"_s, RWX, R"({"storageClassName":"","volumeName":"share1"})")
        << u"RequestedVolumeBoundElsewhere"_s << u"Volume share1 is already bound to claim apps/other."_s
        << QString() << u"Warning FailedBinding"_s;
    QTest::newRow("named volume Released") << QList<QJsonObject> {pv(u"old-data"_s, u"5Gi"_s, RWO,
        R"({"claimRef":{"kind":"PersistentVolumeClaim","namespace":"apps","name":"gone","uid":"u0"}})")}
                                           << pvc(u"1Gi"_s, RWO,
                                                  R"({"storageClassName":"","volumeName":"old-data"})")
                                           << u"RequestedVolumeBoundElsewhere"_s
                                           << u"Volume old-data is Released: it still names its deleted "
                                              u"claim apps/gone, so this claim cannot bind it "
                                              "until that reference is removed."_s
                                           << QString() << u"Warning FailedBinding"_s;
    QTest::newRow("wait for first consumer")
        << QList<QJsonObject>() << pvc(u"1Gi"_s, RWO, R"({"storageClassName":"ase-node-local"})")
        << u"WaitingForFirstConsumer"_s
        << u"Class ase-node-local waits for the first consumer: the volume is created when a pod that uses "
           u"the "
           "claim is scheduled."_s
        << QString() << u"Normal WaitForFirstConsumer"_s;
    QTest::newRow("class missing") << QList<QJsonObject>()
                                   << pvc(u"1Gi"_s, RWO, R"({"storageClassName":"fast"})")
                                   << u"ClassNotFound"_s
                                   << u"Storage class fast does not exist and no volume matches."_s
                                   << QString() << u"Warning ProvisioningFailed"_s;
}

void TestBindingScenarios::scenario()
{
    QFETCH(QList<QJsonObject>, volumes);
    QFETCH(QJsonObject, claim);
    QFETCH(QString, state);
    QFETCH(QString, sentence);
    QFETCH(QString, volume);
    QFETCH(QString, event);

    ClusterState cluster;
    std::unique_ptr<DemoControllers> controllers(installControllers(cluster));
    controllers->setResyncInterval(std::chrono::hours(1));
    const auto create = [&cluster](const QString& kind, const QJsonObject& object) {
        const ResourceKind& k = kindOf(kind);
        const ApiResult<WriteOutcome> r = cluster.create(k, k.namespaced ? u"apps"_s : QString(), object);
        if (!r)
            qWarning("create failed: %s", qPrintable(r.error().message));
        return r ? r.value().object : QJsonObject();
    };
    create(u"Namespace"_s, json(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"apps"}})"));
    create(u"StorageClass"_s, json(R"({"apiVersion":"storage.k8s.io/v1","kind":"StorageClass",
        "metadata":{"name":"ase-node-local"},"provisioner":"rancher.io/local-path","reclaimPolicy":"Delete",
        "volumeBindingMode":"WaitForFirstConsumer"})"));
    for (const QJsonObject& v : volumes)
        QVERIFY(!create(v.value("kind"_L1).toString(), v).isEmpty());
    QVERIFY(controllers->settle());

    // The app's prediction, from the objects as the cluster holds them (defaults applied).
    const QJsonObject created = create(u"PersistentVolumeClaim"_s, claim);
    QVERIFY(!created.isEmpty());
    QList<PersistentVolume> pvs;
    for (const QJsonObject& v : cluster.objects(kindOf(u"PersistentVolume"_s), QString()))
        pvs.append(PersistentVolume::fromJson(v));
    QList<StorageClass> classes;
    for (const QJsonObject& c : cluster.objects(kindOf(u"StorageClass"_s), QString()))
        classes.append(StorageClass::fromJson(c));
    const binding::ClaimDiagnosis d
        = binding::diagnoseClaim(PersistentVolumeClaim::fromJson(created), pvs, classes);
    QCOMPARE(binding::stateId(d.state), state);
    QCOMPARE(d.message, sentence);

    // The binder's deed.
    QVERIFY(controllers->settle());
    const PersistentVolumeClaim after = PersistentVolumeClaim::fromJson(
        cluster.find(kindOf(u"PersistentVolumeClaim"_s), u"apps"_s, u"data"_s).value_or(QJsonObject()));
    if (!volume.isEmpty()) {
        QCOMPARE(after.phase, u"Bound"_s);
        QCOMPARE(after.volumeName, volume);
    } else {
        QCOMPARE(after.phase, u"Pending"_s);
    }
    QStringList reasons;
    for (const QJsonObject& e : cluster.objects(kindOf(u"Event"_s), u"apps"_s)) {
        if (e.value("involvedObject"_L1).toObject().value("name"_L1).toString() == u"data")
            reasons.append(e.value("type"_L1).toString() + u' ' + e.value("reason"_L1).toString());
    }
    if (event.isEmpty())
        QVERIFY2(reasons.isEmpty() || !volume.isEmpty(), qPrintable(reasons.join(u", "_s)));
    else
        QVERIFY2(reasons.contains(event), qPrintable(reasons.join(u", "_s)));
}

QTEST_GUILESS_MAIN(TestBindingScenarios)
#include "tst_bindingscenarios.moc"
