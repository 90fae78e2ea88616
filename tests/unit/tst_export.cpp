// Export plans: the storage rules (each with its note), related objects, the folder
// layout and kustomization, apply order, and what is never exported.

#include "models/export/ExportPlan.h"
#include "models/resources/Yaml.h"

#include "tests/support/TestJson.h"

#include <QJsonArray>
#include <QTest>

using namespace ase;
using namespace ase::exporting;
using ase::test::json;
using namespace Qt::StringLiterals;

namespace {

const QByteArray sharePv
    = R"({"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"share1","uid":"u-pv",
  "annotations":{"pv.kubernetes.io/bound-by-controller":"yes"},"resourceVersion":"5"},
  "spec":{"capacity":{"storage":"32Ti"},"accessModes":["ReadWriteMany"],"persistentVolumeReclaimPolicy":"Retain",
  "storageClassName":"","hostPath":{"path":"/home/hcsshares/share1"},
  "claimRef":{"kind":"PersistentVolumeClaim","namespace":"apps","name":"data","uid":"u-claim","resourceVersion":"7"}},
  "status":{"phase":"Bound"}})";
const QByteArray staticClaim = R"({"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"data",
  "namespace":"apps","uid":"u-claim","annotations":{"pv.kubernetes.io/bind-completed":"yes"}},
  "spec":{"accessModes":["ReadWriteMany"],"resources":{"requests":{"storage":"10Gi"}},"storageClassName":"",
  "volumeName":"share1"},"status":{"phase":"Bound"}})";
const QByteArray dynamicPv = R"({"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"pvc-u-db",
  "annotations":{"pv.kubernetes.io/provisioned-by":"rancher.io/local-path"}},
  "spec":{"capacity":{"storage":"8Gi"},"accessModes":["ReadWriteOnce"],"persistentVolumeReclaimPolicy":"Delete",
  "storageClassName":"ase-node-local","hostPath":{"path":"/x"},
  "claimRef":{"kind":"PersistentVolumeClaim","namespace":"apps","name":"db","uid":"u-db"}},"status":{"phase":"Bound"}})";
const QByteArray dynamicClaim = R"({"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"db",
  "namespace":"apps","uid":"u-db"},"spec":{"accessModes":["ReadWriteOnce"],"resources":{"requests":{"storage":"8Gi"}},
  "storageClassName":"ase-node-local","volumeName":"pvc-u-db"},"status":{"phase":"Bound"}})";
const QByteArray nodeLocal = R"({"apiVersion":"storage.k8s.io/v1","kind":"StorageClass",
  "metadata":{"name":"ase-node-local"},"provisioner":"rancher.io/local-path","reclaimPolicy":"Delete"})";
const QByteArray secret
    = R"({"apiVersion":"v1","kind":"Secret","metadata":{"name":"db-pass","namespace":"apps"},
  "data":{"password":"c2VjcmV0"}})";

QList<QJsonObject> everything()
{
    return {
        json(sharePv), json(staticClaim), json(dynamicPv), json(dynamicClaim), json(nodeLocal), json(secret)};
}

QStringList notesOf(const ExportPlan& plan)
{
    QStringList out;
    for (const ExportNote& n : plan.notes)
        out << n.object + u": "_s + n.text;
    return out;
}

} // namespace

class TestExport final : public QObject
{
    Q_OBJECT

private slots:
    void paths_data();
    void paths();
    void related();
    void staticPairRoundTrips();
    void dynamicClaimWithoutItsVolume();
    void dynamicClaimWithItsVolume();
    void rawKeepsEverything();
    void secretsAreNeverExported();
    void layoutAndOrder();
};

void TestExport::paths_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path");
    QTest::newRow("claim") << u"PersistentVolumeClaim"_s << u"apps"_s << u"data"_s
                           << u"apps/persistentvolumeclaim/data.yaml"_s;
    QTest::newRow("volume") << u"PersistentVolume"_s << QString() << u"share1"_s
                            << u"cluster/persistentvolume/share1.yaml"_s;
    QTest::newRow("dotted name") << u"StorageClass"_s << QString() << u"fast.ssd.v2"_s
                                 << u"cluster/storageclass/fast.ssd.v2.yaml"_s;
    QTest::newRow("same name, other kind") << u"PersistentVolumeClaim"_s << u"cluster"_s << u"share1"_s
                                           << u"cluster/persistentvolumeclaim/share1.yaml"_s;
    QTest::newRow("unsafe") << u"ConfigMap"_s << u"apps"_s << u".."_s << u"apps/configmap/_...yaml"_s;
}

void TestExport::paths()
{
    QFETCH(QString, kind);
    QFETCH(QString, ns);
    QFETCH(QString, name);
    QFETCH(QString, path);
    QCOMPARE(exportPath(kind, ns, name), path);
}

void TestExport::related()
{
    const QList<QJsonObject> out = withRelated({json(dynamicClaim)}, everything());
    QCOMPARE(out.size(), 3);
    QCOMPARE(out.at(1).value(u"metadata").toObject().value(u"name").toString(), u"pvc-u-db"_s);
    QCOMPARE(out.at(2).value(u"kind").toString(), u"StorageClass"_s);
    const QList<QJsonObject> fromVolume = withRelated({json(sharePv)}, everything());
    QCOMPARE(fromVolume.size(), 2);
    QCOMPARE(fromVolume.at(1).value(u"metadata").toObject().value(u"name").toString(), u"data"_s);
}

void TestExport::staticPairRoundTrips()
{
    const ExportPlan plan = planExport({json(staticClaim), json(sharePv)}, everything(), {});
    QCOMPARE(plan.objects.size(), 2);
    QCOMPARE(plan.objects.at(0).kind, u"PersistentVolume"_s); // volumes before claims
    const QJsonObject pv = plan.objects.at(0).object;
    const QJsonObject ref = pv.value(u"spec").toObject().value(u"claimRef").toObject();
    QCOMPARE(ref.value(u"name").toString(), u"data"_s);
    QVERIFY(!ref.contains(u"uid"));
    QVERIFY(!ref.contains(u"resourceVersion"));
    QVERIFY(!pv.value(u"metadata").toObject().contains(u"annotations"));
    const QJsonObject claim = plan.objects.at(1).object;
    QCOMPARE(claim.value(u"spec").toObject().value(u"volumeName").toString(), u"share1"_s);
    QVERIFY(claim.value(u"spec").toObject().contains(u"storageClassName"));
    QCOMPARE(claim.value(u"spec").toObject().value(u"storageClassName").toString(), QString());
    const QStringList notes = notesOf(plan);
    QVERIFY2(notes.contains(
                 u"PersistentVolume share1: claimRef keeps only the claim's namespace and name (its uid "
                 "and resourceVersion belong to this cluster), and the bind annotations are removed, so "
                 "the pair binds again when applied."_s),
        qPrintable(notes.join(u'\n')));
    QVERIFY(notes.contains(
        u"PersistentVolume share1: Reclaim policy Retain with a claimRef: only claim apps/data can "
        "bind this volume."_s));
}

void TestExport::dynamicClaimWithoutItsVolume()
{
    const ExportPlan plan = planExport({json(dynamicClaim)}, everything(), {});
    QCOMPARE(plan.objects.size(), 1);
    QVERIFY(!plan.objects.first().object.value(u"spec").toObject().contains(u"volumeName"));
    QCOMPARE(notesOf(plan),
        QStringList {
            u"PersistentVolumeClaim apps/db: volumeName pvc-u-db removed: the volume was made by a "
            "provisioner for this claim and is not exported, so the claim gets a new volume from class "
            "ase-node-local when applied."_s});
    // A static claim alone keeps its volumeName, and says so.
    const ExportPlan alone = planExport({json(staticClaim)}, everything(), {});
    QCOMPARE(
        alone.objects.first().object.value(u"spec").toObject().value(u"volumeName").toString(), u"share1"_s);
    QVERIFY(notesOf(alone).first().contains(u"volumeName share1 kept (a static claim)"_s));
}

void TestExport::dynamicClaimWithItsVolume()
{
    ExportOptions options;
    options.related = true;
    const ExportPlan plan = planExport({json(dynamicClaim)}, everything(), options);
    QCOMPARE(plan.objects.size(), 3);
    QCOMPARE(plan.objects.at(0).kind, u"StorageClass"_s);
    QCOMPARE(
        plan.objects.at(2).object.value(u"spec").toObject().value(u"volumeName").toString(), u"pvc-u-db"_s);
}

void TestExport::rawKeepsEverything()
{
    ExportOptions options;
    options.clean = false;
    const ExportPlan plan = planExport({json(sharePv)}, everything(), options);
    QCOMPARE(plan.objects.first().object, json(sharePv));
}

void TestExport::secretsAreNeverExported()
{
    ExportOptions options;
    options.clean = false;
    const ExportPlan plan = planExport({json(secret), json(staticClaim)}, everything(), options);
    QCOMPARE(plan.objects.size(), 1);
    QCOMPARE(plan.skipped, QStringList {u"Secret apps/db-pass"_s});
    QVERIFY(!plan.singleFile().contains("c2VjcmV0"));
}

void TestExport::layoutAndOrder()
{
    ExportOptions options;
    options.related = true;
    const ExportPlan plan = planExport({json(staticClaim), json(dynamicClaim)}, everything(), options);
    QStringList paths;
    for (const ExportedObject& e : plan.objects)
        paths << e.path;
    QCOMPARE(paths,
        QStringList({u"cluster/storageclass/ase-node-local.yaml"_s, u"cluster/persistentvolume/share1.yaml"_s,
            u"cluster/persistentvolume/pvc-u-db.yaml"_s, u"apps/persistentvolumeclaim/data.yaml"_s,
            u"apps/persistentvolumeclaim/db.yaml"_s}));
    const YamlDocuments k = parseYaml(plan.kustomization());
    QVERIFY(k.ok());
    QCOMPARE(k.objects.first().value(u"kind").toString(), u"Kustomization"_s);
    QCOMPARE(k.objects.first().value(u"resources").toArray().size(), 5);
    const YamlDocuments all = parseYaml(plan.singleFile());
    QVERIFY(all.ok());
    QCOMPARE(all.objects.size(), 5);
    QCOMPARE(plan.countsByKind().value(u"PersistentVolume"_s), 2);
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
