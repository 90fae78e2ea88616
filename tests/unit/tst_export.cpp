// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// Export plans: the storage rules (each with its note), related objects, the folder
// layout and kustomization, apply order, and what is never exported.

#include "models/export/ExportPlan.h"
#include "models/export/ExportWriter.h"
#include "models/resources/Yaml.h"

#include "tests/support/TestJson.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

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
    void rulesBeforeAndAfter_data();
    void rulesBeforeAndAfter();
    void ruleSummaries();
    void relatedBringsNamespaces();
    void builtInNamespacesAreSkipped();
    void unusualNames_data();
    void unusualNames();
    void collisionsGetUniquePaths();
    void writeSingleFile();
    void writeFolder();
    void existingTargetNeedsOverwrite();
    void cancelLeavesNothing_data();
    void cancelLeavesNothing();
    void failedWriteKeepsOldFile();
    void iotEdgeMounts();
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

namespace {

QJsonValue at(const QJsonObject& o, const QString& path)
{
    QJsonValue v = o;
    for (const QString& part : path.split(u'.'))
        v = v.toObject().value(part);
    return v;
}

/// Files under a folder, relative, sorted.
QStringList filesUnder(const QString& dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(dir).relativeFilePath(it.next()));
    out.sort();
    return out;
}

/// Entries of a folder (hidden ones too): what a canceled export must not leave behind.
QStringList entriesOf(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

ExportPlan bigPlan(int volumes)
{
    QList<QJsonObject> objects;
    for (int i = 0; i < volumes; ++i) {
        QJsonObject pv = json(sharePv);
        QJsonObject meta = pv.value(u"metadata").toObject();
        meta.insert(u"name"_s, u"pv-%1"_s.arg(i));
        pv.insert(u"metadata"_s, meta);
        objects.append(pv);
    }
    return planExport(objects, objects, {});
}

} // namespace

void TestExport::rulesBeforeAndAfter_data()
{
    QTest::addColumn<QByteArray>("before");
    QTest::addColumn<bool>("withVolume");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("after"); ///< JSON of the value after, "undefined" when removed
    QTest::addColumn<int>("rule");
    // A claim with no class: "" stays "" (kubectl-neat drops it: the default class takes it).
    QTest::newRow("storageClassName \"\" kept")
        << staticClaim << true << u"spec.storageClassName"_s << u"\"\""_s << int(ExportRule::ClassEmptyKept);
    QTest::newRow("static volumeName kept")
        << staticClaim << true << u"spec.volumeName"_s << u"\"share1\""_s << int(ExportRule::VolumeNameKept);
    QTest::newRow("static volumeName kept alone") << staticClaim << false << u"spec.volumeName"_s
                                                  << u"\"share1\""_s << int(ExportRule::StaticVolumeMissing);
    QTest::newRow("claimRef uid dropped")
        << sharePv << false << u"spec.claimRef.uid"_s << u"undefined"_s << int(ExportRule::ClaimRefCleaned);
    QTest::newRow("claimRef resourceVersion dropped")
        << sharePv << false << u"spec.claimRef.resourceVersion"_s << u"undefined"_s
        << int(ExportRule::ClaimRefCleaned);
    QTest::newRow("bind annotation dropped") << sharePv << false << u"metadata.annotations"_s
                                             << u"undefined"_s << int(ExportRule::ClaimRefCleaned);
    QTest::newRow("claimRef name kept")
        << sharePv << false << u"spec.claimRef.name"_s << u"\"data\""_s << int(ExportRule::RetainClaimRef);
    QTest::newRow("dynamic volumeName dropped") << dynamicClaim << false << u"spec.volumeName"_s
                                                << u"undefined"_s << int(ExportRule::DynamicVolumeDropped);
    QTest::newRow("dynamic volumeName kept with its volume")
        << dynamicClaim << true << u"spec.volumeName"_s << u"\"pvc-u-db\""_s
        << int(ExportRule::VolumeNameKept);
}

void TestExport::rulesBeforeAndAfter()
{
    QFETCH(QByteArray, before);
    QFETCH(bool, withVolume);
    QFETCH(QString, path);
    QFETCH(QString, after);
    QFETCH(int, rule);
    const QJsonObject original = json(before);
    QVERIFY(!at(original, path).isUndefined() || path == u"metadata.annotations"_s);
    ExportOptions options;
    options.related = withVolume;
    const ExportPlan plan = planExport({original}, everything(), options);
    const auto it = std::find_if(plan.objects.cbegin(), plan.objects.cend(),
        [&original](const ExportedObject& e) { return e.kind == original.value(u"kind").toString(); });
    QVERIFY(it != plan.objects.cend());
    const QJsonValue value = at(it->object, path);
    if (after == u"undefined")
        QVERIFY2(value.isUndefined(), qPrintable(path));
    else
        QCOMPARE(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact),
            (u"["_s + after + u"]"_s).toUtf8());
    const bool noted = std::any_of(plan.notes.cbegin(), plan.notes.cend(), [&](const ExportNote& n) {
        return int(n.rule) == rule && n.object.startsWith(original.value(u"kind").toString());
    });
    QVERIFY2(noted, qPrintable(notesOf(plan).join(u'\n')));
}

void TestExport::ruleSummaries()
{
    const ExportPlan plan
        = planExport({json(staticClaim), json(sharePv), json(dynamicClaim)}, everything(), {});
    const QList<RuleSummary> rules = plan.ruleSummaries();
    QStringList texts;
    for (const RuleSummary& r : rules)
        texts << r.text + u" ["_s + r.objects.join(u", "_s) + u']';
    QCOMPARE(texts,
        QStringList({ruleText(ExportRule::ClassEmptyKept) + u" [PersistentVolumeClaim apps/data]"_s,
            ruleText(ExportRule::VolumeNameKept) + u" [PersistentVolumeClaim apps/data]"_s,
            ruleText(ExportRule::ClaimRefCleaned) + u" [PersistentVolume share1]"_s,
            ruleText(ExportRule::DynamicVolumeDropped) + u" [PersistentVolumeClaim apps/db]"_s,
            ruleText(ExportRule::RetainClaimRef) + u" [PersistentVolume share1]"_s}));
    QVERIFY(ruleText(ExportRule::ClassEmptyKept).contains(u"storageClassName \"\""_s));
}

void TestExport::relatedBringsNamespaces()
{
    const QJsonObject apps
        = json(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"apps","uid":"n1"}})");
    QList<QJsonObject> all = everything();
    all.append(apps);
    const QList<QJsonObject> out = withRelated({json(staticClaim)}, all);
    QCOMPARE(out.size(), 3); // the claim, its namespace, its volume
    ExportOptions options;
    options.related = true;
    const ExportPlan plan = planExport({json(staticClaim)}, all, options);
    QCOMPARE(plan.objects.first().kind, u"Namespace"_s); // applied first
    QCOMPARE(plan.objects.first().path, u"cluster/namespace/apps.yaml"_s);
    QVERIFY(!plan.objects.first().object.value(u"metadata").toObject().contains(u"uid"));
}

void TestExport::builtInNamespacesAreSkipped()
{
    const QJsonObject def = json(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"default"}})");
    const QJsonObject system
        = json(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"kube-system"}})");
    const QJsonObject apps = json(R"({"apiVersion":"v1","kind":"Namespace","metadata":{"name":"apps"}})");
    const ExportPlan plan = planExport({def, system, apps}, {def, system, apps}, {});
    QCOMPARE(plan.objects.size(), 1);
    QCOMPARE(plan.objects.first().name, u"apps"_s);
    QCOMPARE(plan.ruleSummaries().size(), 1);
    QCOMPARE(plan.ruleSummaries().first().objects,
        QStringList({u"Namespace default"_s, u"Namespace kube-system"_s}));
}

void TestExport::unusualNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("path");
    QTest::newRow("colon and star") << u"a:b*c"_s << u"apps/configmap/a_b_c.yaml"_s;
    QTest::newRow("backslash") << u"a\\b"_s << u"apps/configmap/a_b.yaml"_s;
    QTest::newRow("slash") << u"a/b"_s << u"apps/configmap/a_b.yaml"_s;
    QTest::newRow("control") << u"a\tb"_s << u"apps/configmap/a_b.yaml"_s;
    QTest::newRow("quotes and pipes") << u"a\"b|c<d>e?"_s << u"apps/configmap/a_b_c_d_e_.yaml"_s;
    QTest::newRow("dots") << u"."_s << u"apps/configmap/_..yaml"_s;
    QTest::newRow("empty") << QString() << u"apps/configmap/_.yaml"_s;
    QTest::newRow("unicode kept") << u"daten-ü"_s << u"apps/configmap/daten-ü.yaml"_s;
}

void TestExport::unusualNames()
{
    QFETCH(QString, name);
    QFETCH(QString, path);
    QCOMPARE(exportPath(u"ConfigMap"_s, u"apps"_s, name), path);
}

void TestExport::collisionsGetUniquePaths()
{
    const auto configMap = [](const QString& name) {
        return QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"ConfigMap"_s},
            {u"metadata"_s, QJsonObject {{u"name"_s, name}, {u"namespace"_s, u"apps"_s}}}};
    };
    // Same name, three kinds: three folders. Names equal once made safe: suffixes.
    const QJsonObject sc = json(
        R"({"apiVersion":"storage.k8s.io/v1","kind":"StorageClass","metadata":{"name":"data"},"provisioner":"x"})");
    const QJsonObject pv
        = json(R"({"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"data"},"spec":{}})");
    const QList<QJsonObject> objects {
        json(staticClaim), sc, pv, configMap(u"a:b"_s), configMap(u"a*b"_s), configMap(u"a_b"_s)};
    const ExportPlan plan = planExport(objects, objects, {});
    QStringList paths;
    for (const ExportedObject& e : plan.objects)
        paths << e.path;
    QCOMPARE(paths,
        QStringList({u"cluster/storageclass/data.yaml"_s, u"cluster/persistentvolume/data.yaml"_s,
            u"apps/persistentvolumeclaim/data.yaml"_s, u"apps/configmap/a_b.yaml"_s,
            u"apps/configmap/a_b-2.yaml"_s, u"apps/configmap/a_b-3.yaml"_s}));
    QTemporaryDir dir;
    ExportTarget target {ExportLayout::Folder, dir.filePath(u"out"_s), false};
    const ExportResult result = writeExport(plan, target);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.files, 7);
}

void TestExport::writeSingleFile()
{
    ExportOptions options;
    options.related = true;
    const ExportPlan plan = planExport({json(staticClaim), json(dynamicClaim)}, everything(), options);
    QTemporaryDir dir;
    int calls = 0;
    const ExportTarget target {ExportLayout::SingleFile, dir.filePath(u"sub/all.yaml"_s), false};
    const ExportResult result = writeExport(plan, target, [&calls](qsizetype done, qsizetype total) {
        ++calls;
        return done <= total;
    });
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(calls, 5);
    QCOMPARE(result.files, 1);
    QCOMPARE(result.counts.value(u"PersistentVolume"_s), 2);
    QFile f(target.path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QCOMPARE(bytes, plan.singleFile()); // streamed object by object, the same bytes
    QCOMPARE(result.bytes, bytes.size());
    QCOMPARE(entriesOf(dir.filePath(u"sub"_s)), QStringList {u"all.yaml"_s});
}

void TestExport::writeFolder()
{
    ExportOptions options;
    options.related = true;
    const ExportPlan plan = planExport({json(staticClaim), json(dynamicClaim)}, everything(), options);
    QTemporaryDir dir;
    const ExportTarget target {ExportLayout::Folder, dir.filePath(u"bundle"_s), false};
    const ExportResult result = writeExport(plan, target);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(filesUnder(target.path),
        QStringList({u"Kustomization"_s, u"apps/persistentvolumeclaim/data.yaml"_s,
            u"apps/persistentvolumeclaim/db.yaml"_s, u"cluster/persistentvolume/pvc-u-db.yaml"_s,
            u"cluster/persistentvolume/share1.yaml"_s, u"cluster/storageclass/ase-node-local.yaml"_s}));
    QCOMPARE(entriesOf(dir.path()), QStringList {u"bundle"_s}); // no temporary sibling left
    for (const ExportedObject& e : plan.objects) {
        QFile f(QDir(target.path).filePath(e.path));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), toYaml(e.object));
    }
    QFile k(QDir(target.path).filePath(u"Kustomization"_s));
    QVERIFY(k.open(QIODevice::ReadOnly));
    QCOMPARE(k.readAll(), plan.kustomization());
}

void TestExport::existingTargetNeedsOverwrite()
{
    const ExportPlan plan = planExport({json(staticClaim)}, everything(), {});
    QTemporaryDir dir;
    const QString folder = dir.filePath(u"bundle"_s);
    QVERIFY(QDir().mkpath(folder + u"/old"_s));
    QFile stale(folder + u"/old/stale.yaml"_s);
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    ExportTarget target {ExportLayout::Folder, folder, false};
    QVERIFY(exportTargetExists(target));
    QCOMPARE(writeExport(plan, target).status, ExportResult::Status::Exists);
    QVERIFY(QFile::exists(folder + u"/old/stale.yaml"_s)); // untouched
    target.overwrite = true;
    const ExportResult replaced = writeExport(plan, target);
    QVERIFY2(replaced.ok(), qPrintable(replaced.error));
    QCOMPARE(
        filesUnder(folder), QStringList({u"Kustomization"_s, u"apps/persistentvolumeclaim/data.yaml"_s}));
    QCOMPARE(entriesOf(dir.path()), QStringList {u"bundle"_s});

    const QString file = dir.filePath(u"one.yaml"_s);
    QFile old(file);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("old\n");
    old.close();
    ExportTarget fileTarget {ExportLayout::SingleFile, file, false};
    QCOMPARE(writeExport(plan, fileTarget).status, ExportResult::Status::Exists);
    fileTarget.overwrite = true;
    QVERIFY(writeExport(plan, fileTarget).ok());
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), plan.singleFile());
}

void TestExport::cancelLeavesNothing_data()
{
    QTest::addColumn<int>("layout");
    QTest::addColumn<bool>("existing");
    QTest::newRow("file") << int(ExportLayout::SingleFile) << false;
    QTest::newRow("file over an old one") << int(ExportLayout::SingleFile) << true;
    QTest::newRow("folder") << int(ExportLayout::Folder) << false;
    QTest::newRow("folder over an old one") << int(ExportLayout::Folder) << true;
}

void TestExport::cancelLeavesNothing()
{
    QFETCH(int, layout);
    QFETCH(bool, existing);
    const ExportPlan plan = bigPlan(200);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"out"_s);
    if (existing) {
        ExportPlan small = bigPlan(1);
        QVERIFY(writeExport(small, {ExportLayout(layout), path, false}).ok());
    }
    const QStringList before
        = existing ? (layout == int(ExportLayout::Folder) ? filesUnder(path) : QStringList()) : QStringList();
    const ExportResult result = writeExport(plan, {ExportLayout(layout), path, true},
        [](qsizetype done, qsizetype total) { return done < total / 2; });
    QCOMPARE(result.status, ExportResult::Status::Canceled);
    // Nothing half-written: no new target, the old one as it was, no temporary left.
    QCOMPARE(entriesOf(dir.path()), existing ? QStringList {u"out"_s} : QStringList());
    if (existing && layout == int(ExportLayout::Folder))
        QCOMPARE(filesUnder(path), before);
    if (existing && layout == int(ExportLayout::SingleFile)) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bigPlan(1).singleFile());
    }
}

void TestExport::failedWriteKeepsOldFile()
{
    // A write that fails (here: the temporary file beside the target cannot be created, its
    // name being longer than the file system allows; a read-only folder would not stop root)
    // reports the failure and leaves the old file exactly as it was.
    QTemporaryDir dir;
    const QString path = dir.filePath(QString(250, u'x') + u".yaml"_s);
    QFile old(path);
    QVERIFY2(old.open(QIODevice::WriteOnly), qPrintable(old.errorString()));
    old.write("old\n");
    old.close();
    const ExportResult result = writeExport(bigPlan(3), {ExportLayout::SingleFile, path, true});
    QCOMPARE(result.status, ExportResult::Status::Failed);
    QVERIFY2(result.error.contains(u"Cannot write"_s), qPrintable(result.error));
    QVERIFY(old.open(QIODevice::ReadOnly));
    QCOMPARE(old.readAll(), "old\n");
    QCOMPARE(entriesOf(dir.path()).size(), 1); // no temporary left either
}

void TestExport::iotEdgeMounts()
{
    ExportOptions options;
    options.iotEdgeShares = {u"share1"_s};
    const ExportPlan plan = planExport({json(sharePv)}, everything(), options);
    QCOMPARE(plan.attachments.size(), 1);
    QCOMPARE(plan.attachments.first().path, u"iotedge/share1.json"_s);
    const QJsonObject mounts = QJsonDocument::fromJson(plan.attachments.first().bytes).object();
    const QJsonArray list = mounts.value(u"HostConfig"_s).toObject().value(u"Mounts"_s).toArray();
    QVERIFY(!list.isEmpty());
    QCOMPARE(list.first().toObject().value(u"Type"_s).toString(), u"volume"_s);
    QCOMPARE(list.first().toObject().value(u"Source"_s).toString(), u"share1"_s);
    QTemporaryDir dir;
    const ExportResult result = writeExport(plan, {ExportLayout::Folder, dir.filePath(u"b"_s), false});
    QVERIFY(result.ok());
    QVERIFY(QFile::exists(dir.filePath(u"b/iotedge/share1.json"_s)));
    QVERIFY(!plan.kustomization().contains("iotedge"));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
