// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// `export` and `apply` as a user runs them: everything exported from one demo device with
// --related into a folder, applied to a second, empty device; every claim that was Bound
// binds the same volume again, and every file is valid Kubernetes (../shared/k8s-openapi).

#include "app/kube/ApiError.h"
#include "app/session/ClusterOperations.h"
#include "app/session/Session.h"
#include "models/resources/CleanExport.h"
#include "models/resources/OpenApiValidator.h"
#include "models/resources/PersistentVolumeClaim.h"
#include "models/resources/Yaml.h"

#include "tests/cli/CliTestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ase;
using ase::test::CliRun;

class TestCliExport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripToAnEmptyDevice();
    void singleFileToStandardOutput();
    void applyRefusals_data();
    void applyRefusals();
    void exportRefusals_data();
    void exportRefusals();

private:
    /// The claims of a device: "ns/name" → volumeName, for the Bound ones.
    QMap<QString, QString> boundClaims(const QString& kubeconfig);
    /// Every object of a kind on a device.
    QList<QJsonObject> objectsOf(const QString& kubeconfig, const QString& kind);
    /// Classes and volumes of the target equal the source's, modulo what the export removes.
    void compareClassesAndVolumes(const QString& targetKubeconfig);

    ase::test::DemoDeviceProcess m_source;
    ase::test::DemoDeviceProcess m_target;
    ase::test::DemoDeviceProcess m_kubectlTarget; ///< the same folder, applied by `kubectl apply -R -f`
    QTemporaryDir m_dir;
};

void TestCliExport::initTestCase()
{
    QString error;
    QVERIFY2(m_source.start(&error), qPrintable(error));
    QVERIFY2(m_target.start(&error, {u"--scenario"_s, u"empty"_s}), qPrintable(error));
    QVERIFY2(m_kubectlTarget.start(&error, {u"--scenario"_s, u"empty"_s}), qPrintable(error));
    QVERIFY(m_dir.isValid());
}

QList<QJsonObject> TestCliExport::objectsOf(const QString& kubeconfig, const QString& kind)
{
    Session session;
    session.setWatching(false);
    if (!session.connectKubeconfig(kubeconfig, {}, {}).ok())
        return {};
    bool done = false;
    QList<QJsonObject> objects;
    session.cluster()->listObjects(kind, {}, this, [&](const QList<QJsonObject>& o, const ApiError&) {
        objects = o;
        done = true;
    });
    if (!QTest::qWaitFor([&done] { return done; }, 10000))
        return {};
    return objects;
}

void TestCliExport::compareClassesAndVolumes(const QString& targetKubeconfig)
{
    for (const QString& kind : {u"StorageClass"_s, u"PersistentVolume"_s}) {
        QMap<QString, QJsonObject> source;
        for (const QJsonObject& o : objectsOf(m_source.kubeconfig(), kind))
            source.insert(o.value(u"metadata").toObject().value(u"name").toString(), cleanForExport(o));
        QMap<QString, QJsonObject> target;
        for (const QJsonObject& o : objectsOf(targetKubeconfig, kind))
            target.insert(o.value(u"metadata").toObject().value(u"name").toString(), cleanForExport(o));
        QVERIFY(!source.isEmpty());
        QCOMPARE(target.keys(), source.keys());
        for (auto it = source.cbegin(); it != source.cend(); ++it)
            QVERIFY2(target.value(it.key()) == it.value(),
                qPrintable(kind + u' ' + it.key() + u"\nsource: "_s
                    + QString::fromUtf8(QJsonDocument(it.value()).toJson(QJsonDocument::Compact))
                    + u"\ntarget: "_s
                    + QString::fromUtf8(
                        QJsonDocument(target.value(it.key())).toJson(QJsonDocument::Compact))));
    }
}

QMap<QString, QString> TestCliExport::boundClaims(const QString& kubeconfig)
{
    const QList<QJsonObject> objects = objectsOf(kubeconfig, u"PersistentVolumeClaim"_s);
    QMap<QString, QString> out;
    for (const QJsonObject& o : objects) {
        const PersistentVolumeClaim c = PersistentVolumeClaim::fromJson(o);
        if (c.phase == u"Bound")
            out.insert(c.metadata.key(), c.volumeName);
    }
    return out;
}

void TestCliExport::roundTripToAnEmptyDevice()
{
    const QString folder = m_dir.filePath(u"bundle"_s);
    const CliRun exported = m_source.run({u"export"_s, u"-A"_s, u"--related"_s, u"--kind"_s,
        u"Namespace,StorageClass,PersistentVolume,PersistentVolumeClaim"_s, u"--dir"_s, folder,
        u"--kubeconfig"_s, m_source.kubeconfig()});
    QCOMPARE(exported.exitCode, 0);
    QVERIFY2(
        exported.err.contains(u"note: PersistentVolume mylocalnfsshare1: claimRef keeps only the claim's"_s),
        qPrintable(exported.err));
    QVERIFY(QFile::exists(folder + u"/Kustomization"_s));
    QVERIFY(QFile::exists(folder + u"/edge-apps/persistentvolumeclaim/sensor-data.yaml"_s));
    QVERIFY(QFile::exists(folder + u"/cluster/persistentvolume/mylocalnfsshare1.yaml"_s));

    // Every file is valid Kubernetes.
    OpenApiValidator validator;
    for (const QString& doc : {u"api__v1_openapi.json"_s, u"apis__storage.k8s.io__v1_openapi.json"_s}) {
        QString error;
        QVERIFY2(validator.loadFile(QStringLiteral(ASE_SHARED_DIR) + u"/k8s-openapi/"_s + doc, &error),
            qPrintable(error));
    }
    int files = 0;
    QDirIterator it(folder, {u"*.yaml"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        if (file.endsWith(u"kustomization.yaml"_s))
            continue;
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const YamlDocuments docs = parseYaml(f.readAll());
        QVERIFY2(docs.ok() && docs.objects.size() == 1, qPrintable(file));
        const QStringList problems = validator.validate(docs.objects.first());
        QVERIFY2(problems.isEmpty(), qPrintable(file + u": "_s + problems.join(u"; "_s)));
        ++files;
    }
    QVERIFY(files > 10);

    const CliRun local = m_target.run({u"apply"_s, u"-f"_s, folder, u"--dry-run=client"_s});
    QCOMPARE(local.exitCode, 0);
    QVERIFY2(
        local.out.contains(u"storageclass.storage.k8s.io/ase-node-local serverside-applied (dry run)\n"_s),
        qPrintable(local.out));

    const CliRun dry = m_target.run(
        {u"apply"_s, u"-f"_s, folder, u"--dry-run=server"_s, u"--kubeconfig"_s, m_target.kubeconfig()});
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.contains(u"persistentvolumeclaim/sensor-data serverside-applied (server dry run)"_s),
        qPrintable(dry.out));

    const CliRun applied
        = m_target.run({u"apply"_s, u"-f"_s, folder, u"--kubeconfig"_s, m_target.kubeconfig()});
    QCOMPARE(applied.exitCode, 0);
    QVERIFY2(applied.out.contains(u"persistentvolume/mylocalnfsshare1 serverside-applied\n"_s),
        qPrintable(applied.out));

    const QMap<QString, QString> before = boundClaims(m_source.kubeconfig());
    QVERIFY(before.size() >= 3);
    QMap<QString, QString> after;
    QTRY_VERIFY_WITH_TIMEOUT(
        (after = boundClaims(m_target.kubeconfig()), after.size() >= before.size()), 20000);
    for (auto i = before.cbegin(); i != before.cend(); ++i)
        QCOMPARE(after.value(i.key()), i.value());
    compareClassesAndVolumes(m_target.kubeconfig());
    if (QTest::currentTestFailed())
        return;

    // The same folder with kubectl itself (client-side apply, recursively).
    const QString kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
    if (kubectl.isEmpty()) {
        qWarning("kubectl is not installed (Debian package kubernetes-client): its half of the round trip is "
                 "skipped");
        return;
    }
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_kubectlTarget.home());
    env.insert(u"KUBECACHEDIR"_s, m_kubectlTarget.home() + u"/cache"_s);
    env.remove(u"KUBECONFIG"_s);
    p.setProcessEnvironment(env);
    p.start(kubectl, {u"--kubeconfig"_s, m_kubectlTarget.kubeconfig(), u"apply"_s, u"-R"_s, u"-f"_s, folder});
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    qInfo().noquote() << "$ kubectl apply -R -f" << folder << "\n" << out << err;
    QVERIFY2(p.exitCode() == 0, qPrintable(err));
    QVERIFY(out.contains(u"persistentvolumeclaim/sensor-data created"_s));
    QTRY_VERIFY_WITH_TIMEOUT(
        (after = boundClaims(m_kubectlTarget.kubeconfig()), after.size() >= before.size()), 20000);
    for (auto i = before.cbegin(); i != before.cend(); ++i)
        QCOMPARE(after.value(i.key()), i.value());
    compareClassesAndVolumes(m_kubectlTarget.kubeconfig());

    // The folder is a kustomization too (kubectl apply -k): kustomize renders every object.
    QProcess k;
    k.setProcessEnvironment(env);
    k.start(kubectl, {u"kustomize"_s, folder});
    QVERIFY(k.waitForFinished(60000));
    QVERIFY2(k.exitCode() == 0, k.readAllStandardError().constData());
    const YamlDocuments rendered = parseYaml(k.readAllStandardOutput());
    QVERIFY(rendered.ok());
    QCOMPARE(rendered.objects.size(), files);
}

void TestCliExport::singleFileToStandardOutput()
{
    const CliRun r = m_source.run(
        {u"export"_s, u"-n"_s, u"edge-apps"_s, u"-o"_s, u"-"_s, u"--kubeconfig"_s, m_source.kubeconfig()});
    QCOMPARE(r.exitCode, 0);
    const YamlDocuments docs = parseYaml(r.out.toUtf8());
    QVERIFY(docs.ok());
    QVERIFY(!docs.objects.isEmpty());
    for (const QJsonObject& o : docs.objects) {
        QCOMPARE(o.value(u"kind").toString(), u"PersistentVolumeClaim"_s); // one namespace: claims only
        QCOMPARE(o.value(u"metadata").toObject().value(u"namespace").toString(), u"edge-apps"_s);
        QVERIFY(!o.contains(u"status"));
        QVERIFY(!o.value(u"metadata").toObject().contains(u"uid"));
    }
    QVERIFY2(r.err.contains(u"volumeName pvc-"_s)
            && r.err.contains(u"removed: the volume was made by a provisioner"_s),
        qPrintable(r.err));
}

void TestCliExport::applyRefusals_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax") << QByteArray("apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: [\n") << 1
                            << u"line 4, column 1"_s;
    QTest::newRow("invalid name") << QByteArray(
        "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: Bad\n"
        "  namespace: default\nspec:\n  accessModes: [ReadWriteOnce]\n"
        "  resources:\n    requests:\n      storage: 1Gi\n")
                                  << 2 << u"error: persistentvolumeclaim/Bad:"_s;
}

void TestCliExport::applyRefusals()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const QString file
        = m_dir.filePath(u"%1.yaml"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(yaml);
    f.close();
    const CliRun r = m_target.run({u"apply"_s, u"-f"_s, file, u"--kubeconfig"_s, m_target.kubeconfig()});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCliExport::exportRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no target") << QStringList {u"export"_s, u"-A"_s}
                               << u"give -o FILE (or -o - for standard output) or --dir FOLDER."_s;
    QTest::newRow("existing folder") << QStringList {u"export"_s, u"-A"_s, u"--dir"_s, u"EXISTING"_s}
                                     << u"exists already; name a new folder (nothing is overwritten)."_s;
    QTest::newRow("bad kind") << QStringList {u"export"_s, u"--kind"_s, u"Widget"_s, u"-o"_s, u"-"_s}
                              << u"--kind Widget: not a kind this tool exports"_s;
    QTest::newRow("bad selector") << QStringList {u"export"_s, u"-l"_s, u"a in (b"_s, u"-o"_s, u"-"_s}
                                  << u"-l a in (b:"_s;
}

void TestCliExport::exportRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    arguments.replaceInStrings(u"EXISTING"_s, m_dir.path());
    const CliRun r = m_source.run(arguments + QStringList {u"--kubeconfig"_s, m_source.kubeconfig()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
