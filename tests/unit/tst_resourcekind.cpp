// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/ResourceKind.h"

#include <QTest>

using namespace ase;
using namespace Qt::StringLiterals;

class TestResourceKind final : public QObject
{
    Q_OBJECT

private slots:
    void paths_data();
    void paths();
    void lookups();
};

void TestResourceKind::paths_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("collection");
    QTest::addColumn<QString>("qualified");

    QTest::newRow("pv is cluster-scoped")
        << u"PersistentVolume"_s << u"ignored"_s << u"/api/v1/persistentvolumes"_s << u"persistentvolumes"_s;
    QTest::newRow("pvc in a namespace")
        << u"PersistentVolumeClaim"_s << u"edge-apps"_s
        << u"/api/v1/namespaces/edge-apps/persistentvolumeclaims"_s << u"persistentvolumeclaims"_s;
    QTest::newRow("pvc in all namespaces")
        << u"PersistentVolumeClaim"_s << QString() << u"/api/v1/persistentvolumeclaims"_s
        << u"persistentvolumeclaims"_s;
    QTest::newRow("storage class has a group")
        << u"StorageClass"_s << QString() << u"/apis/storage.k8s.io/v1/storageclasses"_s
        << u"storageclasses.storage.k8s.io"_s;
    QTest::newRow("deployment in apps")
        << u"Deployment"_s << u"default"_s << u"/apis/apps/v1/namespaces/default/deployments"_s
        << u"deployments.apps"_s;
}

void TestResourceKind::paths()
{
    QFETCH(QString, kind);
    QFETCH(QString, ns);
    QFETCH(QString, collection);
    QFETCH(QString, qualified);
    const ResourceKind k = resourceKindByKind(kind);
    QVERIFY(k.isValid());
    QCOMPARE(k.collectionPath(ns), collection);
    QCOMPARE(k.objectPath(ns, u"x"_s), collection + u"/x"_s);
    QCOMPARE(k.qualifiedResource(), qualified);
}

void TestResourceKind::lookups()
{
    QCOMPARE(resourceKindByResource(u"storage.k8s.io"_s, u"storageclasses"_s).kind, u"StorageClass"_s);
    QVERIFY(!resourceKindByResource(QString(), u"storageclasses"_s).isValid());
    QVERIFY(!resourceKindByKind(u"Ingress"_s).isValid());
    // Secrets are served (the MySQL template names one) but in no category: `get all` skips them.
    QCOMPARE(resourceKindByKind(u"Secret"_s).collectionPath(u"ns"_s), u"/api/v1/namespaces/ns/secrets"_s);
    QVERIFY(resourceKindByKind(u"Secret"_s).categories.isEmpty());
    QCOMPARE(resourceKindByKind(u"PersistentVolumeClaim"_s).apiVersion(), u"v1"_s);
    QCOMPARE(resourceKindByKind(u"StatefulSet"_s).apiVersion(), u"apps/v1"_s);
    QCOMPARE(resourceKindByKind(u"PersistentVolume"_s).shortNames, QStringList {u"pv"_s});
}

QTEST_GUILESS_MAIN(TestResourceKind)
#include "tst_resourcekind.moc"
