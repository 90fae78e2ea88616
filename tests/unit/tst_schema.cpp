// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// Checks the YAML the resource core emits against the official Kubernetes 1.35 OpenAPI v3
// schemas (../shared/k8s-openapi/, not part of the product): emit → parse back → validate.

#include "models/resources/CleanExport.h"
#include "models/resources/OpenApiValidator.h"
#include "models/resources/Yaml.h"

#include "tests/support/TestJson.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <cmath>
#include <limits>

using namespace ase;
using ase::test::json;
using namespace Qt::StringLiterals;

namespace {

const QByteArray sharePv = R"({"apiVersion":"v1","kind":"PersistentVolume",
    "metadata":{"name":"share1","labels":{"ase.microsoft.com/share":"share1"},
      "annotations":{"pv.kubernetes.io/bound-by-controller":"yes","note":"true"},
      "finalizers":["kubernetes.io/pv-protection"],"resourceVersion":"812","uid":"3b9c2b51-2a5e-4c57-8f3e-5f6c3f1f0a11",
      "creationTimestamp":"2024-05-01T10:00:00Z"},
    "spec":{"capacity":{"storage":"32Ti"},"accessModes":["ReadWriteOnce","ReadWriteMany"],
      "persistentVolumeReclaimPolicy":"Retain","volumeMode":"Filesystem","storageClassName":"",
      "hostPath":{"path":"/home/hcsshares/share1","type":""},"mountOptions":["vers=3.0"],
      "claimRef":{"kind":"PersistentVolumeClaim","apiVersion":"v1","namespace":"edge-apps","name":"data",
        "uid":"8d0e6f5a-1111-4c57-8f3e-5f6c3f1f0a11","resourceVersion":"901"}},
    "status":{"phase":"Bound","lastPhaseTransitionTime":"2024-05-01T10:00:05Z"}})";

const QByteArray localPv = R"({"apiVersion":"v1","kind":"PersistentVolume",
    "metadata":{"name":"pvc-5f0c1d2e","annotations":{"pv.kubernetes.io/provisioned-by":"rancher.io/local-path",
      "local.path.provisioner/selected-node":"node-1"},
      "managedFields":[{"apiVersion":"v1","fieldsType":"FieldsV1","fieldsV1":{"f:spec":{"f:capacity":{".":{}}}},
        "manager":"local-path-provisioner","operation":"Update","time":"2024-05-01T10:00:00Z"}]},
    "spec":{"capacity":{"storage":"8Gi"},"accessModes":["ReadWriteOnce"],"persistentVolumeReclaimPolicy":"Delete",
      "storageClassName":"ase-node-local","volumeMode":"Filesystem",
      "hostPath":{"path":"/var/lib/rancher/local-path/pvc-5f0c1d2e","type":"DirectoryOrCreate"},
      "nodeAffinity":{"required":{"nodeSelectorTerms":[{"matchExpressions":[
        {"key":"kubernetes.io/hostname","operator":"In","values":["node-1"]}]}]}}},
    "status":{"phase":"Bound"}})";

const QByteArray staticPvc = R"({"apiVersion":"v1","kind":"PersistentVolumeClaim",
    "metadata":{"name":"data","namespace":"edge-apps","labels":{"app":"web","tier":"0755"}},
    "spec":{"accessModes":["ReadWriteMany"],"resources":{"requests":{"storage":"32Ti"}},"storageClassName":"",
      "volumeName":"share1","volumeMode":"Filesystem"},
    "status":{"phase":"Bound","accessModes":["ReadWriteMany"],"capacity":{"storage":"32Ti"}}})";

const QByteArray dynamicPvc = R"({"apiVersion":"v1","kind":"PersistentVolumeClaim",
    "metadata":{"name":"mysql","namespace":"db"},
    "spec":{"accessModes":["ReadWriteOnce"],"resources":{"requests":{"storage":"10Gi"},"limits":{"storage":"20Gi"}},
      "storageClassName":"ase-node-local","selector":{"matchLabels":{"disk":"ssd"},
        "matchExpressions":[{"key":"zone","operator":"In","values":["a","b"]}]}}})";

const QByteArray storageClass = R"({"apiVersion":"storage.k8s.io/v1","kind":"StorageClass",
    "metadata":{"name":"ase-node-local","annotations":{"storageclass.kubernetes.io/is-default-class":"true"}},
    "provisioner":"rancher.io/local-path","reclaimPolicy":"Delete","volumeBindingMode":"WaitForFirstConsumer",
    "allowVolumeExpansion":true,"parameters":{"nodePath":"/var/lib/rancher","replicas":"1"},"mountOptions":["noatime"],
    "allowedTopologies":[{"matchLabelExpressions":[{"key":"kubernetes.io/hostname","values":["node-1"]}]}]})";

/// `object` with the JSON at a dotted path replaced (or removed when `value` is undefined).
QJsonObject with(QJsonObject object, const QStringList& path, const QJsonValue& value)
{
    if (path.size() == 1) {
        if (value.isUndefined())
            object.remove(path.first());
        else
            object.insert(path.first(), value);
        return object;
    }
    object.insert(path.first(), with(object.value(path.first()).toObject(), path.mid(1), value));
    return object;
}

} // namespace

class TestSchema final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();

private:
    /// Emits the object as YAML, reads it back and validates what came back.
    QStringList validateThroughYaml(const QJsonObject& object);

    OpenApiValidator m_validator;
};

void TestSchema::initTestCase()
{
    const QString dir = QStringLiteral(ASE_SHARED_DIR) + u"/k8s-openapi/"_s;
    for (const QStringView file :
        {QStringView(u"api__v1_openapi.json"), QStringView(u"apis__storage.k8s.io__v1_openapi.json")}) {
        QString error;
        QVERIFY2(m_validator.loadFile(dir + file, &error), qPrintable(error));
    }
}

QStringList TestSchema::validateThroughYaml(const QJsonObject& object)
{
    const YamlDocuments back = parseYaml(toYaml(object));
    if (!back.ok())
        return {back.error->toString()};
    if (back.objects.size() != 1)
        return {u"expected one document"_s};
    return m_validator.validate(back.objects.first());
}

void TestSchema::valid_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::newRow("share pv") << json(sharePv);
    QTest::newRow("local-path pv with node affinity") << json(localPv);
    QTest::newRow("static pvc") << json(staticPvc);
    QTest::newRow("dynamic pvc") << json(dynamicPvc);
    QTest::newRow("storage class") << json(storageClass);
    QTest::newRow("clean export of share pv") << cleanForExport(json(sharePv));
    QTest::newRow("clean export of local pv") << cleanForExport(json(localPv));
    QTest::newRow("clean export of static pvc") << cleanForExport(json(staticPvc));
}

void TestSchema::valid()
{
    QFETCH(QJsonObject, object);
    const QStringList errors = validateThroughYaml(object);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
}

void TestSchema::invalid_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QString>("expectedError");

    QTest::newRow("accessModes is a string") << with(json(staticPvc), {u"spec"_s, u"accessModes"_s},
        u"ReadWriteOnce"_s) << u".spec.accessModes: expected array, got string"_s;
    QTest::newRow("unknown field in spec") << with(json(staticPvc), {u"spec"_s, u"storageClass"_s}, u"fast"_s)
                                           << u".spec.storageClass: unknown field"_s;
    QTest::newRow("unknown field in metadata")
        << with(json(storageClass), {u"metadata"_s, u"nam"_s}, u"x"_s) << u".metadata.nam: unknown field"_s;
    QTest::newRow("quantity is a boolean") << with(json(sharePv), {u"spec"_s, u"capacity"_s, u"storage"_s},
        true) << u".spec.capacity.storage: boolean matches 0 of the oneOf alternatives, not exactly one"_s;
    QTest::newRow("label value is a number") << with(json(staticPvc), {u"metadata"_s, u"labels"_s, u"tier"_s},
        755) << u".metadata.labels.tier: expected string, got number"_s;
    QTest::newRow("storage class without provisioner") << with(json(storageClass), {u"provisioner"_s},
        QJsonValue(QJsonValue::Undefined)) << u".provisioner: required field missing"_s;
    QTest::newRow("allowVolumeExpansion is a string") << with(json(storageClass), {u"allowVolumeExpansion"_s},
        u"yes"_s) << u".allowVolumeExpansion: expected boolean, got string"_s;
    QTest::newRow("node selector term without list") << with(json(localPv),
        {u"spec"_s, u"nodeAffinity"_s, u"required"_s, u"nodeSelectorTerms"_s},
        QJsonObject()) << u".spec.nodeAffinity.required.nodeSelectorTerms: expected array, got object"_s;
}

void TestSchema::invalid()
{
    QFETCH(QJsonObject, object);
    QFETCH(QString, expectedError);
    const QStringList errors = validateThroughYaml(object);
    QVERIFY2(errors.contains(expectedError), qPrintable(errors.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
