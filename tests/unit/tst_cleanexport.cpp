// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/CleanExport.h"

#include "tests/support/TestJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace ase;
using ase::test::json;
using namespace Qt::StringLiterals;

class TestCleanExport final : public QObject
{
    Q_OBJECT

private slots:
    void rules_data();
    void rules();
    void inputIsUntouched();
};

void TestCleanExport::rules_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("status goes")
        << QByteArray(
               R"({"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"a"},"spec":{"volumeName":"s"},
            "status":{"phase":"Bound","capacity":{"storage":"1Gi"}}})")
        << QByteArray(
               R"({"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"a"},"spec":{"volumeName":"s"}})");

    QTest::newRow("metadata keeps name, namespace, labels, annotations")
        << QByteArray(
               R"({"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"a","namespace":"ns",
            "labels":{"app":"x"},"annotations":{"team":"edge"},"uid":"u-1","resourceVersion":"9","generation":2,
            "creationTimestamp":"2024-01-01T00:00:00Z","selfLink":"/api/v1/x","finalizers":["kubernetes.io/pvc-protection"],
            "ownerReferences":[{"apiVersion":"apps/v1","kind":"StatefulSet","name":"db","uid":"u-2"}],"generateName":"a-",
            "deletionTimestamp":"2024-01-02T00:00:00Z","deletionGracePeriodSeconds":0,
            "managedFields":[{"manager":"kubectl","operation":"Apply","fieldsV1":{"f:spec":{}}}]},"spec":{"volumeName":"s"}})")
        << QByteArray(
               R"({"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"a","namespace":"ns",
            "labels":{"app":"x"},"annotations":{"team":"edge"}},"spec":{"volumeName":"s"}})");

    QTest::newRow("cluster annotations go, provisioned-by stays")
        << QByteArray(R"({"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"pv","annotations":{
            "kubectl.kubernetes.io/last-applied-configuration":"{}","pv.kubernetes.io/bind-completed":"yes",
            "pv.kubernetes.io/bound-by-controller":"yes","volume.kubernetes.io/storage-provisioner":"rancher.io/local-path",
            "volume.beta.kubernetes.io/storage-provisioner":"rancher.io/local-path","volume.kubernetes.io/selected-node":"node-1",
            "pv.kubernetes.io/provisioned-by":"rancher.io/local-path"}},"spec":{"storageClassName":"ase-node-local"}})")
        << QByteArray(R"({"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"pv","annotations":{
            "pv.kubernetes.io/provisioned-by":"rancher.io/local-path"}},"spec":{"storageClassName":"ase-node-local"}})");

    QTest::newRow("annotations that were all cluster ones vanish")
        << QByteArray(
               R"({"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"a","annotations":{
            "pv.kubernetes.io/bind-completed":"yes"}},"spec":{"volumeName":"s"}})")
        << QByteArray(
               R"({"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"a"},"spec":{"volumeName":"s"}})");

    QTest::newRow("claimRef keeps its identity only")
        << QByteArray(R"({"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"share1"},"spec":{
            "claimRef":{"kind":"PersistentVolumeClaim","apiVersion":"v1","namespace":"apps","name":"data","uid":"u-3",
            "resourceVersion":"42","fieldPath":""},"persistentVolumeReclaimPolicy":"Delete"}})")
        << QByteArray(R"({"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"share1"},"spec":{
            "claimRef":{"kind":"PersistentVolumeClaim","apiVersion":"v1","namespace":"apps","name":"data"},
            "persistentVolumeReclaimPolicy":"Delete"}})");

    QTest::newRow("pv defaults go: Filesystem, Retain, hostPath type empty")
        << QByteArray(R"({"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"pv"},"spec":{
            "volumeMode":"Filesystem","persistentVolumeReclaimPolicy":"Retain","hostPath":{"path":"/data","type":""},
            "capacity":{"storage":"1Gi"}}})")
        << QByteArray(R"({"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"pv"},"spec":{
            "hostPath":{"path":"/data"},"capacity":{"storage":"1Gi"}}})");

    QTest::newRow("pv non-defaults stay: Block, Delete, hostPath type")
        << QByteArray(R"({"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"pv"},"spec":{
            "volumeMode":"Block","persistentVolumeReclaimPolicy":"Delete","hostPath":{"path":"/d","type":"DirectoryOrCreate"}}})")
        << QByteArray(R"({"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"pv"},"spec":{
            "volumeMode":"Block","persistentVolumeReclaimPolicy":"Delete","hostPath":{"path":"/d","type":"DirectoryOrCreate"}}})");

    QTest::newRow("pvc Filesystem default goes, empty storageClassName stays")
        << QByteArray(
               R"({"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"data","namespace":"apps"},
            "spec":{"accessModes":["ReadWriteOnce"],"resources":{"requests":{"storage":"32Ti"}},"storageClassName":"",
            "volumeMode":"Filesystem","volumeName":"share1"}})")
        << QByteArray(
               R"({"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"data","namespace":"apps"},
            "spec":{"accessModes":["ReadWriteOnce"],"resources":{"requests":{"storage":"32Ti"}},"storageClassName":"",
            "volumeName":"share1"}})");

    QTest::newRow("defaults are core/v1 only")
        << QByteArray(R"({"apiVersion":"example.com/v1","kind":"PersistentVolume","metadata":{"name":"x"},
            "spec":{"volumeMode":"Filesystem"}})")
        << QByteArray(R"({"apiVersion":"example.com/v1","kind":"PersistentVolume","metadata":{"name":"x"},
            "spec":{"volumeMode":"Filesystem"}})");

    QTest::newRow("nodeName goes") << QByteArray(
        R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"nodeName":"node-1",
            "containers":[{"name":"c","image":"nginx"}]}})")
                                   << QByteArray(
                                          R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{
            "containers":[{"name":"c","image":"nginx"}]}})");

    QTest::newRow("pod token volumes and serviceAccount go")
        << QByteArray(
               R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"serviceAccount":"default",
            "serviceAccountName":"default","volumes":[{"name":"data","persistentVolumeClaim":{"claimName":"data"}},
            {"name":"kube-api-access-x7k2p","projected":{"sources":[]}},{"name":"default-token-abcde","secret":{"secretName":"t"}}],
            "containers":[{"name":"c","image":"nginx","volumeMounts":[{"name":"data","mountPath":"/data"},
            {"name":"kube-api-access-x7k2p","mountPath":"/var/run/secrets/kubernetes.io/serviceaccount","readOnly":true}]}]}})")
        << QByteArray(
               R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{"serviceAccountName":"default",
            "volumes":[{"name":"data","persistentVolumeClaim":{"claimName":"data"}}],
            "containers":[{"name":"c","image":"nginx","volumeMounts":[{"name":"data","mountPath":"/data"}]}]}})");

    QTest::newRow("empty maps and arrays go recursively, empty strings and false stay")
        << QByteArray(
               R"({"apiVersion":"storage.k8s.io/v1","kind":"StorageClass","metadata":{"name":"sc","labels":{}},
            "parameters":{},"mountOptions":[],"allowedTopologies":[{"matchLabelExpressions":[]}],"allowVolumeExpansion":false,
            "provisioner":"rancher.io/local-path","extra":{"a":{"b":{}},"c":""}})")
        << QByteArray(R"({"apiVersion":"storage.k8s.io/v1","kind":"StorageClass","metadata":{"name":"sc"},
            "allowedTopologies":[{}],"allowVolumeExpansion":false,"provisioner":"rancher.io/local-path","extra":{"c":""}})");

    QTest::newRow("emptyDir stays although empty")
        << QByteArray(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{
            "volumes":[{"name":"scratch","emptyDir":{}}],"containers":[{"name":"c","image":"nginx","env":[]}]}})")
        << QByteArray(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":"p"},"spec":{
            "volumes":[{"name":"scratch","emptyDir":{}}],"containers":[{"name":"c","image":"nginx"}]}})");

    QTest::newRow("list: each item cleaned, list metadata gone") << QByteArray(
        R"({"apiVersion":"v1","kind":"List","metadata":{"resourceVersion":"100"},"items":[
            {"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"a","uid":"1"},"spec":{"volumeMode":"Filesystem",
            "capacity":{"storage":"1Gi"}},"status":{"phase":"Available"}},
            {"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"b","namespace":"n","resourceVersion":"3"},
            "spec":{"storageClassName":""}}]})") << QByteArray(R"({"apiVersion":"v1","kind":"List","items":[
            {"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"a"},"spec":{"capacity":{"storage":"1Gi"}}},
            {"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"b","namespace":"n"},
            "spec":{"storageClassName":""}}]})");

    QTest::newRow("typed list from the API")
        << QByteArray(
               R"({"apiVersion":"v1","kind":"PersistentVolumeList","metadata":{"resourceVersion":"7"},"items":[
            {"metadata":{"name":"a","managedFields":[]},"spec":{"nodeName":"x","capacity":{"storage":"1Gi"}}}]})")
        << QByteArray(R"({"apiVersion":"v1","kind":"PersistentVolumeList","items":[
            {"metadata":{"name":"a"},"spec":{"capacity":{"storage":"1Gi"}}}]})");

    QTest::newRow("unknown fields survive")
        << QByteArray(
               R"({"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"a"},"spec":{"future":{"x":1}},
            "topLevelFuture":"kept"})")
        << QByteArray(
               R"({"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"a"},"spec":{"future":{"x":1}},
            "topLevelFuture":"kept"})");
}

void TestCleanExport::rules()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    const QJsonObject out = cleanForExport(json(input));
    const QJsonObject want = json(expected);
    if (out != want)
        qWarning().noquote() << QJsonDocument(out).toJson();
    QCOMPARE(out, want);
}

void TestCleanExport::inputIsUntouched()
{
    const QByteArray text = R"({"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"a","uid":"1"},
        "spec":{"volumeMode":"Filesystem","claimRef":{"name":"c","uid":"2"}},"status":{"phase":"Bound"}})";
    const QJsonObject in = json(text);
    // Independent of `in`: parsed separately and serialised, so no shared data can hide a change.
    const QJsonObject before = json(text);
    const QByteArray beforeBytes = QJsonDocument(in).toJson(QJsonDocument::Compact);
    const QJsonObject out = cleanForExport(in);
    QCOMPARE(in, before);
    QCOMPARE(QJsonDocument(in).toJson(QJsonDocument::Compact), beforeBytes);
    QVERIFY(in.contains(u"status"));
    QVERIFY(!out.contains(u"status"));
    QCOMPARE(out.value(u"spec").toObject().value(u"claimRef").toObject(), QJsonObject({{u"name"_s, u"c"_s}}));
}

QTEST_GUILESS_MAIN(TestCleanExport)
#include "tst_cleanexport.moc"
