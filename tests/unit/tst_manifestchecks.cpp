// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The checks of YAML opened to apply (File → Open YAML…, and the extra documents of a
// wizard's Edit YAML): parse errors at line and column, names, Quantities, List items, and
// the schema of ../shared/k8s-openapi.

#include "models/provisioning/ManifestChecks.h"
#include "models/resources/OpenApiValidator.h"

#include <QFileInfo>
#include <QTest>

using namespace ase;
using namespace ase::provisioning;
using namespace Qt::StringLiterals;

class TestManifestChecks final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void parseErrorAtLineAndColumn();
    void problems_data();
    void problems();
    void validObjectsPass();
    void listsGiveTheirItems();
    void schema();
    void shownKinds();

private:
    OpenApiValidator m_validator;
};

namespace {

const QByteArray claim = "apiVersion: v1\n"
                         "kind: PersistentVolumeClaim\n"
                         "metadata:\n"
                         "  name: data\n"
                         "  namespace: apps\n"
                         "spec:\n"
                         "  accessModes: [ReadWriteOnce]\n"
                         "  storageClassName: \"\"\n"
                         "  volumeName: share1\n"
                         "  resources:\n"
                         "    requests:\n"
                         "      storage: 10Gi\n";

QStringList messages(const ManifestSet& set)
{
    QStringList out;
    for (const Check& c : set.checks)
        out << c.message;
    return out;
}

} // namespace

void TestManifestChecks::initTestCase()
{
    // The schema case needs the official OpenAPI documents next to the repository. Without
    // them the whole test skips (ctest shows it as skipped, see ase_add_test), rather than
    // one case skipping inside a test that ctest would report as passed.
    const QString dir = QStringLiteral(ASE_SHARED_DIR) + u"/k8s-openapi/"_s;
    if (!QFileInfo::exists(dir))
        QSKIP("../shared/k8s-openapi is not there: the schema checks cannot be tested");
    QString error;
    QVERIFY2(m_validator.loadFile(dir + u"api__v1_openapi.json"_s, &error)
            && m_validator.loadFile(dir + u"apis__storage.k8s.io__v1_openapi.json"_s, &error),
        qPrintable(error));
}

void TestManifestChecks::parseErrorAtLineAndColumn()
{
    const QByteArray text = claim + "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: x\ndata: {}\n";
    const ManifestSet set = checkManifests(text, nullptr);
    QVERIFY(set.error.has_value());
    QVERIFY2(set.error->line >= 16 && set.error->line <= 18, qPrintable(set.error->toString()));
    QVERIFY(set.error->column > 0);
    QVERIFY(!set.ok());
}

void TestManifestChecks::problems_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("document");
    QTest::newRow("bad name") << QByteArray(claim).replace("name: data", "name: Data_1")
                              << u"PersistentVolumeClaim Data_1: metadata.name: Invalid value: \"Data_1\": a "
                                 "lowercase RFC 1123 subdomain"_s
                              << 1;
    QTest::newRow("bad namespace") << QByteArray(claim).replace("namespace: apps", "namespace: a.b")
                                   << u"metadata.namespace: Invalid value: \"a.b\""_s << 1;
    QTest::newRow("no name") << QByteArray(claim).replace("  name: data\n", "")
                             << u"metadata.name: Required value"_s << 1;
    QTest::newRow("bad quantity") << "---\n" + QByteArray(claim).replace("10Gi", "10GB")
                                  << u"spec.resources.requests.storage: Invalid value: \"10GB\""_s << 1;
    QTest::newRow("bad capacity")
        << (claim
               + "---\napiVersion: v1\nkind: PersistentVolume\nmetadata: {name: share1}\n"
                 "spec: {capacity: {storage: lots}, accessModes: [ReadWriteMany], hostPath: {path: /x}}\n")
        << u"PersistentVolume share1: spec.capacity.storage: Invalid value: \"lots\""_s << 2;
    QTest::newRow("container resources")
        << QByteArray("apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web, namespace: apps}\n"
                      "spec:\n  template:\n    spec:\n      containers:\n      - name: c\n        image: x\n"
                      "        resources: {limits: {memory: 1Gb}}\n")
        << u"spec.template.spec.containers[0].resources.limits.memory: Invalid value: \"1Gb\""_s << 1;
    QTest::newRow("no kind") << QByteArray("apiVersion: v1\nmetadata: {name: x}\n")
                             << u"kind: Required value"_s << 1;
    QTest::newRow("namespace on a volume") << QByteArray(
        "apiVersion: v1\nkind: PersistentVolume\nmetadata: {name: v, namespace: apps}\n"
        "spec: {capacity: {storage: 1Gi}, accessModes: [ReadWriteOnce], hostPath: {path: /x}}\n")
                                           << u"metadata.namespace apps is ignored"_s << 1;
}

void TestManifestChecks::problems()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QString, message);
    QFETCH(int, document);
    const ManifestSet set = checkManifests(yaml, nullptr);
    QVERIFY2(!set.error, qPrintable(set.error ? set.error->toString() : QString()));
    const auto it = std::find_if(
        set.checks.cbegin(), set.checks.cend(), [&](const Check& c) { return c.message.contains(message); });
    QVERIFY2(it != set.checks.cend(), qPrintable(messages(set).join(u'\n')));
    QCOMPARE(it->document, document);
    QCOMPARE(it->field, DraftField::Manifest);
    QVERIFY(set.lines.size() >= document);
}

void TestManifestChecks::validObjectsPass()
{
    const ManifestSet set = checkManifests(QByteArray(claim + "---\n" + claim), nullptr);
    QVERIFY2(set.ok(), qPrintable(messages(set).join(u'\n')));
    QCOMPARE(set.objects.size(), 2);
    QCOMPARE(set.lines, QList<int>({1, 14}));
}

void TestManifestChecks::listsGiveTheirItems()
{
    const ManifestSet set = checkManifests(
        "apiVersion: v1\nkind: List\nitems:\n- {apiVersion: v1, kind: Namespace, metadata: {name: a}}\n"
        "- {apiVersion: v1, kind: Namespace, metadata: {name: B}}\n",
        nullptr);
    QCOMPARE(set.objects.size(), 2);
    QCOMPARE(set.checks.size(), 1);
    QCOMPARE(set.checks.first().document, 2);
    QVERIFY(set.checks.first().message.contains(u"RFC 1123 label"_s));
}

void TestManifestChecks::schema()
{
    const ManifestSet ok = checkManifests(claim, &m_validator);
    QVERIFY2(ok.ok(), qPrintable(messages(ok).join(u'\n')));
    const ManifestSet bad
        = checkManifests(QByteArray(claim).replace("volumeName", "volumeNam"), &m_validator);
    QVERIFY(!bad.ok());
    QVERIFY2(messages(bad).join(u'\n').contains(u"volumeNam"_s), qPrintable(messages(bad).join(u'\n')));
}

void TestManifestChecks::shownKinds()
{
    QVERIFY(isShownKind(u"PersistentVolumeClaim"_s));
    QVERIFY(!isShownKind(u"ConfigMap"_s));
}

QTEST_GUILESS_MAIN(TestManifestChecks)
#include "tst_manifestchecks.moc"
