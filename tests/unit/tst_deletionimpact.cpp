// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// DeletionImpact: what the delete question tells the user before a claim, a volume or a
// class is deleted — pods that keep a claim Terminating, a Delete reclaim policy that
// destroys the data, a bound volume, a share that brings its volume back, claims of a class.

#include "models/itemmodels/DeletionImpact.h"
#include "models/store/ResourceStore.h"

#include "tests/support/TestJson.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ase;
using ase::test::json;

namespace {

QJsonObject claim(const QByteArray& name, const QByteArray& volume, bool protectedClaim = true,
    const QByteArray& className = "ase-node-local")
{
    return json(R"({"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":")" + name
        + R"(","namespace":"apps","finalizers":[)"
        + (protectedClaim ? R"("kubernetes.io/pvc-protection")" : "") + R"(]},"spec":{"storageClassName":")"
        + className + R"(","volumeName":")" + volume + R"("},"status":{"phase":")"
        + (volume.isEmpty() ? "Pending" : "Bound") + R"("}})");
}

QJsonObject volume(const QByteArray& name, const QByteArray& policy, const QByteArray& claimName = {})
{
    const QByteArray claimRef = claimName.isEmpty()
        ? QByteArray()
        : QByteArray(R"(,"claimRef":{"namespace":"apps","name":")" + claimName + R"("})");
    return json(R"({"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":")" + name
        + R"(","finalizers":["kubernetes.io/pv-protection"]},"spec":{"persistentVolumeReclaimPolicy":")"
        + policy + R"(","capacity":{"storage":"1Gi"})" + claimRef + R"(},"status":{"phase":")"
        + (claimName.isEmpty() ? "Available" : "Bound") + R"("}})");
}

QJsonObject pod(const QByteArray& name, const QByteArray& claimName, const QByteArray& phase = "Running")
{
    return json(R"({"apiVersion":"v1","kind":"Pod","metadata":{"name":")" + name
        + R"(","namespace":"apps"},"spec":{"volumes":[{"name":"data","persistentVolumeClaim":{"claimName":")"
        + claimName + R"("}}]},"status":{"phase":")" + phase + R"("}})");
}

QJsonObject storageClass(const QByteArray& name)
{
    return json(R"({"apiVersion":"storage.k8s.io/v1","kind":"StorageClass","metadata":{"name":")" + name
        + R"("},"provisioner":"rancher.io/local-path","reclaimPolicy":"Delete"})");
}

QJsonObject share(const QByteArray& name)
{
    return json(R"({"kind":"Share","metadata":{"name":")" + name + R"("}})");
}

} // namespace

class TestDeletionImpact final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void claims_data();
    void claims();
    void volumes_data();
    void volumes();
    void classes();
    void otherKindsSayNothing();

private:
    ResourceStore m_store;
};

void TestDeletionImpact::init()
{
    for (const QString& kind : m_store.kinds())
        m_store.clearKind(kind);
    m_store.postUpsert(u"PersistentVolume"_s, volume("pv-delete", "Delete", "db"));
    m_store.postUpsert(u"PersistentVolume"_s, volume("pv-retain", "Retain", "logs"));
    m_store.postUpsert(u"PersistentVolume"_s, volume("share1", "Retain", "media"));
    m_store.postUpsert(u"PersistentVolume"_s, volume("pv-free", "Retain"));
    m_store.postUpsert(u"PersistentVolume"_s, volume("pv-recycle", "Recycle", "scratch"));
    m_store.postUpsert(u"Pod"_s, pod("db-0", "db"));
    m_store.postUpsert(u"Pod"_s, pod("db-1", "db"));
    m_store.postUpsert(u"Pod"_s, pod("logs-job", "logs", "Succeeded")); // finished: holds nothing
    m_store.postUpsert(u"Share"_s, share("share1"));
    m_store.postUpsert(u"PersistentVolumeClaim"_s, claim("db", "pv-delete"));
    m_store.postUpsert(u"PersistentVolumeClaim"_s, claim("logs", "pv-retain"));
    m_store.postUpsert(u"PersistentVolumeClaim"_s, claim("waiting", {}, true, "ase-node-local"));
    m_store.flush();
}

void TestDeletionImpact::claims_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QStringList>("consequences");
    QTest::addColumn<bool>("destroysData");
    QTest::addColumn<bool>("staysTerminating");

    QTest::newRow("used by pods, Delete policy")
        << claim("db", "pv-delete")
        << QStringList {u"The claim is used by 2 pod(s) (db-0, db-1): it will stay Terminating until they "
                        u"are deleted."_s,
               u"The volume pv-delete has reclaimPolicy Delete: it and the data on it will be destroyed."_s}
        << true << true;
    QTest::newRow("used by pods, no protection finalizer")
        << claim("db", "pv-delete", false)
        << QStringList {u"The volume pv-delete has reclaimPolicy Delete: it and the data on it will be "
                        u"destroyed."_s}
        << true << false;
    QTest::newRow("finished pod only, Retain policy")
        << claim("logs", "pv-retain")
        << QStringList {u"The volume pv-retain has reclaimPolicy Retain: it will stay, with its data, as "
                        u"Released; it must be cleared before another claim can use it."_s}
        << false << false;
    QTest::newRow("not bound") << claim("waiting", {})
                               << QStringList {u"The claim is not bound to a volume: no data is affected."_s}
                               << false << false;
    QTest::newRow("bound to a volume the store does not have")
        << claim("lost", "pv-gone")
        << QStringList {u"The claim names the volume pv-gone, which this connection cannot see: what "
                        u"happens to its data depends on that volume's reclaimPolicy. Check it before "
                        u"deleting (kubectl get pv pv-gone)."_s}
        << false << false;
    QTest::newRow("Recycle policy")
        << claim("scratch", "pv-recycle")
        << QStringList {u"The volume pv-recycle has reclaimPolicy Recycle: the data on it will be erased "
                        u"and the volume offered to other claims."_s}
        << true << false;
}

void TestDeletionImpact::claims()
{
    QFETCH(QJsonObject, object);
    QFETCH(QStringList, consequences);
    QFETCH(bool, destroysData);
    QFETCH(bool, staysTerminating);
    const DeletionImpact impact = assessDeletion(u"PersistentVolumeClaim"_s, object, m_store);
    QCOMPARE(impact.consequences, consequences);
    QCOMPARE(impact.destroysData, destroysData);
    QCOMPARE(impact.staysTerminating, staysTerminating);
}

void TestDeletionImpact::volumes_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QStringList>("consequences");
    QTest::addColumn<bool>("staysTerminating");

    const QString storageStays
        = u"Deleting a PersistentVolume object does not delete the storage behind it."_s;
    QTest::newRow("bound") << volume("pv-delete", "Delete", "db")
                           << QStringList {u"The volume is bound to the claim apps/db: it will stay "
                                           u"Terminating until that claim "
                                           u"is deleted."_s,
                                  storageStays}
                           << true;
    QTest::newRow("a share's volume")
        << volume("share1", "Retain", "media")
        << QStringList {u"The volume is bound to the claim apps/media: it will stay Terminating until that "
                        u"claim is deleted."_s,
               u"The device share share1 stays; the device may create this volume again while the share is "
               u"mounted for Edge compute."_s,
               storageStays}
        << true;
    QTest::newRow("available") << volume("pv-free", "Retain") << QStringList {storageStays} << false;
}

void TestDeletionImpact::volumes()
{
    QFETCH(QJsonObject, object);
    QFETCH(QStringList, consequences);
    QFETCH(bool, staysTerminating);
    const DeletionImpact impact = assessDeletion(u"PersistentVolume"_s, object, m_store);
    QCOMPARE(impact.consequences, consequences);
    QCOMPARE(impact.staysTerminating, staysTerminating);
    QVERIFY(!impact.destroysData); // deleting the object never deletes the storage
}

void TestDeletionImpact::classes()
{
    DeletionImpact impact = assessDeletion(u"StorageClass"_s, storageClass("ase-node-local"), m_store);
    QCOMPARE(impact.consequences,
        QStringList {u"3 claim(s) name this class; existing volumes stay, but new claims of this class will "
                     u"not be provisioned."_s});
    QVERIFY(!impact.destroysData);
    impact = assessDeletion(u"StorageClass"_s, storageClass("unused"), m_store);
    QCOMPARE(impact.consequences, QStringList {u"No claim uses this class."_s});
}

void TestDeletionImpact::otherKindsSayNothing()
{
    const DeletionImpact impact = assessDeletion(u"Pod"_s, pod("db-0", "db"), m_store);
    QVERIFY(impact.consequences.isEmpty());
    QVERIFY(!impact.destroysData);
    QVERIFY(!impact.staysTerminating);
}

QTEST_GUILESS_MAIN(TestDeletionImpact)
#include "tst_deletionimpact.moc"
