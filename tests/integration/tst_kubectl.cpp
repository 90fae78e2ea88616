// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// kubectl (Debian's kubernetes-client) against ase-demo-device: the demo must be faithful
// enough that kubectl itself works; and the app's YAML emitter writes what `kubectl get -o
// yaml` writes, byte for byte, for every kind the demo serves.
#include "models/resources/Yaml.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// Each line with runs of blanks collapsed: kubectl's column widths depend on the data.
QString normalized(const QString& text)
{
    QStringList lines = text.split(u'\n');
    for (QString& line : lines)
        line = line.simplified();
    return lines.join(u'\n');
}

struct KubectlRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

const char* const kPvc = R"(apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: %1
  namespace: edge-apps
  labels:
    app: %2
spec:
  accessModes:
  - ReadWriteOnce
  storageClassName: ase-node-local
  resources:
    requests:
      storage: 5Gi
)";

const char* const kStrictPvc = R"(apiVersion: v1
kind: PersistentVolumeClaim
metadata:
  name: demo-strict
  namespace: edge-apps
spec:
  accessModes:
  - ReadWriteOnce
  foo: bar
  resources:
    requests:
      storage: 1Gi
)";

/// KUBE_EDITOR for `kubectl edit`: changes the ConfigMap's value in the file it is given.
const char* const kEditor = R"(#!/bin/sh
sed -i 's/greeting: hello/greeting: edited/' "$1"
)";

void writeFile(const QString& path, const char* text, QFile::Permissions permissions = {})
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(text);
    f.close();
    if (permissions)
        QVERIFY(f.setPermissions(permissions));
}

} // namespace

class TestKubectl final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void commands_data();
    void commands();
    void getWatchSeesAChange();
    void yamlIsKubectls_data();
    void yamlIsKubectls();

private:
    KubectlRun kubectl(const QStringList& arguments, int timeoutMs = 30000, bool log = true);
    QProcessEnvironment environment() const;
    QString writeManifest(const QString& file, const QString& name, const QString& app);

    QString m_kubectl;
    QTemporaryDir m_dir;
    QProcess m_device;
    QString m_kubeconfig;
};

QProcessEnvironment TestKubectl::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, m_dir.path());
    env.insert(u"KUBECONFIG"_s, m_kubeconfig);
    env.insert(u"KUBECACHEDIR"_s, m_dir.filePath(u"cache"_s));
    env.insert(u"KUBE_EDITOR"_s, m_dir.filePath(u"editor.sh"_s));
    return env;
}

QString TestKubectl::writeManifest(const QString& file, const QString& name, const QString& app)
{
    const QString path = m_dir.filePath(file);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(QString::fromLatin1(kPvc).arg(name, app).toUtf8());
    return path;
}

void TestKubectl::initTestCase()
{
    m_kubectl = QStandardPaths::findExecutable(u"kubectl"_s);
    // Required, not optional: the project's set-up (dev.sh) installs it.
    if (m_kubectl.isEmpty())
        QFAIL("kubectl is not installed. Install the Debian package kubernetes-client (dev.sh setup does), "
              "or put kubectl on PATH.");
    QVERIFY(m_dir.isValid());
    m_kubeconfig = m_dir.filePath(u"kubeconfig"_s);
    m_device.setProgram(QStringLiteral(ASE_DEMO_DEVICE));
    m_device.setArguments(
        {u"--kubeconfig-out"_s, m_kubeconfig, u"--device-profile-out"_s, m_dir.filePath(u"device.json"_s)});
    m_device.setProcessChannelMode(QProcess::SeparateChannels);
    m_device.start();
    QVERIFY(m_device.waitForStarted());
    QByteArray line;
    QDeadlineTimer deadline(30000);
    while (!line.contains('\n') && !deadline.hasExpired()) {
        m_device.waitForReadyRead(500);
        line += m_device.readAllStandardOutput();
    }
    QVERIFY2(line.startsWith("ready https://127.0.0.1:"), line.constData());
    QCOMPARE(line.trimmed().split(' ').size(), 3);
    qInfo().noquote() << "ase-demo-device:" << line.trimmed();
    QVERIFY(QFile::exists(m_kubeconfig));
    writeManifest(u"demo-data.yaml"_s, u"demo-data"_s, u"web"_s);
    writeManifest(u"demo-data-v2.yaml"_s, u"demo-data"_s, u"web-v2"_s);
    writeManifest(u"demo-ssa.yaml"_s, u"demo-ssa"_s, u"ssa"_s);
    writeManifest(u"demo-dry.yaml"_s, u"demo-dry"_s, u"dry"_s);
    writeManifest(u"demo-watch.yaml"_s, u"demo-watch"_s, u"watch"_s);
    writeFile(m_dir.filePath(u"strict.yaml"_s), kStrictPvc);
    writeFile(
        m_dir.filePath(u"editor.sh"_s), kEditor, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestKubectl::cleanupTestCase()
{
    if (m_device.state() == QProcess::Running) {
        m_device.terminate(); // SIGTERM: the device exits cleanly
        QVERIFY(m_device.waitForFinished(10000));
        QCOMPARE(m_device.exitStatus(), QProcess::NormalExit);
        QCOMPARE(m_device.exitCode(), 0);
    }
}

KubectlRun TestKubectl::kubectl(const QStringList& arguments, int timeoutMs, bool log)
{
    QProcess p;
    p.setProcessEnvironment(environment());
    p.setWorkingDirectory(m_dir.path());
    p.start(m_kubectl, arguments);
    KubectlRun run;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    run.exitCode = p.exitCode();
    run.out = QString::fromUtf8(p.readAllStandardOutput());
    run.err = QString::fromUtf8(p.readAllStandardError());
    if (log)
        qInfo().noquote() << "$ kubectl" << arguments.join(u' ') << "\n" << run.out << run.err;
    return run;
}

void TestKubectl::commands_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected"); ///< lines or fragments that must appear (stdout + stderr)

    // The rows run in order against one device: each builds on the previous ones.
    QTest::newRow("apply creates") << QStringList {u"apply"_s, u"-f"_s, u"demo-data.yaml"_s} << 0
                                   << QStringList {u"persistentvolumeclaim/demo-data created"_s};
    QTest::newRow("apply again is unchanged") << QStringList {u"apply"_s, u"-f"_s, u"demo-data.yaml"_s} << 0
                                              << QStringList {u"persistentvolumeclaim/demo-data unchanged"_s};
    QTest::newRow("apply a change is configured") << QStringList {u"apply"_s, u"-f"_s,
        u"demo-data-v2.yaml"_s} << 0 << QStringList {u"persistentvolumeclaim/demo-data configured"_s};
    QTest::newRow("server-side apply") << QStringList {u"apply"_s, u"--server-side"_s, u"-f"_s,
        u"demo-ssa.yaml"_s} << 0 << QStringList {u"persistentvolumeclaim/demo-ssa serverside-applied"_s};
    QTest::newRow("label from client-side apply is stored") << QStringList {u"get"_s, u"pvc"_s,
        u"demo-data"_s, u"-n"_s, u"edge-apps"_s, u"-o"_s, u"jsonpath={.metadata.labels.app}"_s}
                                                            << 0 << QStringList {u"web-v2"_s};
    QTest::newRow("get pv,pvc,sc -A")
        << QStringList {u"get"_s, u"pv,pvc,sc"_s, u"-A"_s} << 0
        << QStringList {
               u"NAMESPACE NAME STATUS VOLUME CAPACITY ACCESS MODES STORAGECLASS VOLUMEATTRIBUTESCLASS AGE"_s,
               u"edge-apps persistentvolumeclaim/demo-data Pending ase-node-local <unset>"_s,
               u"NAME PROVISIONER RECLAIMPOLICY VOLUMEBINDINGMODE ALLOWVOLUMEEXPANSION AGE"_s,
               u"storageclass.storage.k8s.io/ase-node-local"_s,
               u"rancher.io/local-path Delete WaitForFirstConsumer false"_s};
    QTest::newRow("describe pvc") << QStringList {u"describe"_s, u"pvc"_s, u"demo-data"_s, u"-n"_s,
        u"edge-apps"_s} << 0
                                  << QStringList {u"Name: demo-data"_s, u"Namespace: edge-apps"_s,
                                         u"StorageClass: ase-node-local"_s, u"Status: Pending"_s,
                                         u"Labels: app=web-v2"_s, u"VolumeMode: Filesystem"_s,
                                         u"Finalizers: [kubernetes.io/pvc-protection]"_s, u"Events:"_s};
    QTest::newRow("apply --dry-run=server")
        << QStringList {u"apply"_s, u"-f"_s, u"demo-dry.yaml"_s, u"--dry-run=server"_s} << 0
        << QStringList {u"persistentvolumeclaim/demo-dry created (server dry run)"_s};
    QTest::newRow("the dry run stored nothing")
        << QStringList {u"get"_s, u"pvc"_s, u"demo-dry"_s, u"-n"_s, u"edge-apps"_s} << 1
        << QStringList {u"Error from server (NotFound): persistentvolumeclaims \"demo-dry\" not found"_s};
    QTest::newRow("delete") << QStringList {u"delete"_s, u"pvc"_s, u"demo-ssa"_s, u"-n"_s, u"edge-apps"_s}
                            << 0 << QStringList {u"persistentvolumeclaim \"demo-ssa\" deleted"_s};
    QTest::newRow("deleted is gone") << QStringList {u"get"_s, u"pvc"_s, u"-n"_s, u"edge-apps"_s, u"-o"_s,
        u"name"_s} << 0 << QStringList {u"persistentvolumeclaim/demo-data"_s};
    QTest::newRow("namespace-scoped user is forbidden at cluster scope")
        << QStringList {u"--context"_s, u"ase-demo-user"_s, u"get"_s, u"pv"_s} << 1
        << QStringList {u"Error from server (Forbidden): persistentvolumes is forbidden: User \"edge-user\" "
                        u"cannot list "
                        "resource \"persistentvolumes\" in API group \"\" at the cluster scope"_s};
    QTest::newRow("namespace-scoped user reads its namespace")
        << QStringList {u"--context"_s, u"ase-demo-user"_s, u"get"_s, u"pvc"_s, u"-o"_s, u"name"_s} << 0
        << QStringList {u"persistentvolumeclaim/demo-data"_s};

    // The everyday verbs. kubectl >= 1.32 sends the objects of `create` as protobuf first.
    const QStringList ns {u"-n"_s, u"demo-ns"_s};
    QTest::newRow("create namespace") << QStringList {u"create"_s, u"namespace"_s, u"demo-ns"_s} << 0
                                      << QStringList {u"namespace/demo-ns created"_s};
    QTest::newRow("create deployment")
        << QStringList {u"create"_s, u"deployment"_s, u"demo-web"_s, u"--image=busybox"_s} + ns << 0
        << QStringList {u"deployment.apps/demo-web created"_s};
    QTest::newRow("create configmap") << QStringList {u"create"_s, u"configmap"_s, u"demo-config"_s,
                                             u"--from-literal=greeting=hello"_s}
            + ns << 0 << QStringList {u"configmap/demo-config created"_s};
    // The Secret the MySQL template names (the password never passes through the app).
    QTest::newRow("create secret") << QStringList {u"create"_s, u"secret"_s, u"generic"_s, u"mysql-root"_s,
                                          u"--from-literal=password=s3cret"_s}
            + ns << 0 << QStringList {u"secret/mysql-root created"_s};
    QTest::newRow("get secret data") << QStringList {u"get"_s, u"secret"_s, u"mysql-root"_s, u"-o"_s,
                                            u"jsonpath={.data.password}"_s}
            + ns << 0 << QStringList {u"czNjcmV0"_s};
    QTest::newRow("get configmap") << QStringList {u"get"_s, u"configmap"_s} + ns << 0
                                   << QStringList {u"NAME DATA AGE"_s, u"demo-config 1 "_s};
    QTest::newRow("scale") << QStringList {u"scale"_s, u"deployment"_s, u"demo-web"_s, u"--replicas=3"_s} + ns
                           << 0 << QStringList {u"deployment.apps/demo-web scaled"_s};
    QTest::newRow("rollout status") << QStringList {u"rollout"_s, u"status"_s, u"deployment/demo-web"_s,
                                           u"--timeout=60s"_s}
            + ns << 0 << QStringList {u"deployment \"demo-web\" successfully rolled out"_s};
    QTest::newRow("wait --for=jsonpath") << QStringList {u"wait"_s,
                                                u"--for=jsonpath={.status.readyReplicas}=3"_s,
                                                u"deployment/demo-web"_s, u"--timeout=60s"_s}
            + ns << 0 << QStringList {u"deployment.apps/demo-web condition met"_s};
    QTest::newRow("get -o wide") << QStringList {u"get"_s, u"deployment"_s, u"demo-web"_s, u"-o"_s, u"wide"_s}
            + ns << 0
                                 << QStringList {
                                        u"NAME READY UP-TO-DATE AVAILABLE AGE CONTAINERS IMAGES SELECTOR"_s,
                                        u"demo-web 3/3 3 3 "_s, u" busybox busybox app=demo-web"_s};
    QTest::newRow("edit") << QStringList {u"edit"_s, u"configmap"_s, u"demo-config"_s} + ns << 0
                          << QStringList {u"configmap/demo-config edited"_s};
    QTest::newRow("patch --type=json") << QStringList {u"patch"_s, u"configmap"_s, u"demo-config"_s,
                                              u"--type=json"_s,
                                              uR"(-p=[{"op":"add","path":"/data/json","value":"1"}])"_s}
            + ns << 0 << QStringList {u"configmap/demo-config patched"_s};
    QTest::newRow("patch --type=merge") << QStringList {u"patch"_s, u"configmap"_s, u"demo-config"_s,
                                               u"--type=merge"_s, uR"(-p={"data":{"merge":"2"}})"_s}
            + ns << 0 << QStringList {u"configmap/demo-config patched"_s};
    QTest::newRow("patch --type=strategic") << QStringList {u"patch"_s, u"configmap"_s, u"demo-config"_s,
                                                   u"--type=strategic"_s,
                                                   uR"(-p={"data":{"strategic":"3"}})"_s}
            + ns << 0 << QStringList {u"configmap/demo-config patched"_s};
    QTest::newRow("label") << QStringList {u"label"_s, u"configmap"_s, u"demo-config"_s, u"tier=backend"_s}
            + ns << 0 << QStringList {u"configmap/demo-config labeled"_s};
    QTest::newRow("annotate") << QStringList {u"annotate"_s, u"configmap"_s, u"demo-config"_s,
                                     u"owner=team-a"_s}
            + ns << 0 << QStringList {u"configmap/demo-config annotated"_s};
    QTest::newRow("get -o yaml")
        << QStringList {u"get"_s, u"configmap"_s, u"demo-config"_s, u"-o"_s, u"yaml"_s} + ns << 0
        << QStringList {u"kind: ConfigMap"_s, u"greeting: edited"_s, u"json: \"1\""_s, u"merge: \"2\""_s,
               u"strategic: \"3\""_s, u"tier: backend"_s, u"owner: team-a"_s};
    QTest::newRow("get -o json") << QStringList {u"get"_s, u"configmap"_s, u"demo-config"_s, u"-o"_s,
                                        u"json"_s}
            + ns << 0 << QStringList {u"\"kind\": \"ConfigMap\","_s, u"\"greeting\": \"edited\""_s};
    QTest::newRow("get -o name") << QStringList {u"get"_s, u"configmap,deployment"_s, u"-o"_s, u"name"_s} + ns
                                 << 0 << QStringList {u"configmap/demo-config\ndeployment.apps/demo-web"_s};
    QTest::newRow("get -o jsonpath") << QStringList {u"get"_s, u"configmap"_s, u"demo-config"_s, u"-o"_s,
                                            u"jsonpath={.data.greeting}"_s}
            + ns << 0 << QStringList {u"edited"_s};
    QTest::newRow("get -o custom-columns")
        << QStringList {u"get"_s, u"configmap"_s, u"-o"_s,
               u"custom-columns=NAME:.metadata.name,TIER:.metadata.labels.tier,OWNER:.metadata.annotations.owner"_s}
            + ns
        << 0 << QStringList {u"NAME TIER OWNER"_s, u"demo-config backend team-a"_s};
    QTest::newRow("explain") << QStringList {u"explain"_s, u"persistentvolumeclaim.spec"_s} << 0
                             << QStringList {u"KIND: PersistentVolumeClaim"_s,
                                    u"FIELD: spec <PersistentVolumeClaimSpec>"_s, u"accessModes <[]string>"_s,
                                    u"storageClassName <string>"_s};

    // Strict field validation (kubectl's default): an unknown field is refused by the server.
    QTest::newRow("apply --validate=strict refuses an unknown field")
        << QStringList {u"apply"_s, u"--validate=strict"_s, u"-f"_s, u"strict.yaml"_s} << 1
        << QStringList {
               u"Error from server (BadRequest): error when creating \"strict.yaml\": PersistentVolumeClaim "
               "in version \"v1\" cannot be handled as a PersistentVolumeClaim: strict decoding error: "
               "unknown field \"spec.foo\""_s};
    QTest::newRow("the refused object is not stored") << QStringList {u"get"_s, u"pvc"_s, u"demo-strict"_s,
        u"-n"_s, u"edge-apps"_s} << 1 << QStringList {u"(NotFound)"_s};
    QTest::newRow("apply --validate=warn warns and drops it")
        << QStringList {u"apply"_s, u"--validate=warn"_s, u"-f"_s, u"strict.yaml"_s} << 0
        << QStringList {
               u"Warning: unknown field \"spec.foo\""_s, u"persistentvolumeclaim/demo-strict created"_s};
}

void TestKubectl::commands()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    const KubectlRun run = kubectl(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
    const QString all = normalized(run.out + run.err);
    for (const QString& e : expected)
        QVERIFY2(all.contains(e), qPrintable(u"missing: "_s + e + u"\nin:\n"_s + all));
    if (arguments.first() == u"delete")
        QVERIFY(!kubectl({u"get"_s, u"pvc"_s, u"-n"_s, u"edge-apps"_s, u"-o"_s, u"name"_s})
                     .out.contains(u"demo-ssa"));
}

void TestKubectl::getWatchSeesAChange()
{
    QProcess watch;
    watch.setProcessEnvironment(environment());
    watch.setWorkingDirectory(m_dir.path());
    watch.start(m_kubectl, {u"get"_s, u"pvc"_s, u"-n"_s, u"edge-apps"_s, u"-w"_s});
    QVERIFY(watch.waitForStarted());
    QString output;
    QDeadlineTimer deadline(30000);
    while (!output.contains(u"demo-data") && !deadline.hasExpired()) {
        watch.waitForReadyRead(200);
        output += QString::fromUtf8(watch.readAllStandardOutput());
    }
    QVERIFY2(normalized(output).contains(u"NAME STATUS VOLUME CAPACITY ACCESS MODES STORAGECLASS"),
        qPrintable(output));
    const KubectlRun apply = kubectl({u"apply"_s, u"-f"_s, u"demo-watch.yaml"_s});
    QCOMPARE(apply.exitCode, 0);
    while (!output.contains(u"demo-watch") && !deadline.hasExpired()) {
        watch.waitForReadyRead(200);
        output += QString::fromUtf8(watch.readAllStandardOutput());
    }
    qInfo().noquote() << "$ kubectl get pvc -n edge-apps -w\n" << output;
    watch.kill();
    watch.waitForFinished();
    QVERIFY2(normalized(output).contains(u"demo-watch Pending ase-node-local <unset>"), qPrintable(output));
}

void TestKubectl::yamlIsKubectls_data()
{
    QTest::addColumn<QString>("resource");
    const KubectlRun resources = kubectl({u"api-resources"_s, u"-o"_s, u"name"_s});
    QVERIFY2(resources.exitCode == 0, qPrintable(resources.err));
    const QStringList names = resources.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY(names.size() >= 5);
    for (const QString& name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestKubectl::yamlIsKubectls()
{
    QFETCH(QString, resource);
    // The same list as JSON and as YAML; JSON again after, to know that nothing changed in
    // between (the demo's controllers and events move on).
    for (int attempt = 0; attempt < 5; ++attempt) {
        const QStringList get {u"get"_s, resource, u"-A"_s, u"-o"_s};
        const KubectlRun json = kubectl(get + QStringList {u"json"_s}, 30000, false);
        const KubectlRun yaml = kubectl(get + QStringList {u"yaml"_s}, 30000, false);
        const KubectlRun again = kubectl(get + QStringList {u"json"_s}, 30000, false);
        QVERIFY2(json.exitCode == 0 && yaml.exitCode == 0, qPrintable(json.err + yaml.err));
        if (json.out != again.out)
            continue;
        QJsonParseError error;
        const QJsonObject list = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QString ours = QString::fromUtf8(ase::toYaml(list, ase::YamlKeyOrder::Kubectl));
        if (ours != yaml.out) {
            const QStringList a = ours.split(u'\n');
            const QStringList b = yaml.out.split(u'\n');
            qsizetype line = 0;
            while (line < a.size() && line < b.size() && a[line] == b[line])
                ++line;
            QFAIL(qPrintable(u"line %1 differs:\n  ours:    %2\n  kubectl: %3"_s.arg(line + 1).arg(
                a.value(line), b.value(line))));
        }
        return;
    }
    QFAIL("the objects kept changing between the JSON and the YAML reads");
}

QTEST_GUILESS_MAIN(TestKubectl)
#include "tst_kubectl.moc"
