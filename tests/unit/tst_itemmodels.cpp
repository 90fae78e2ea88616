// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/ResourceFilterProxy.h"
#include "models/itemmodels/SortKey.h"
#include "models/itemmodels/StorageTableModels.h"
#include "models/resources/StringPool.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace ase;
using namespace Qt::StringLiterals;

namespace {

QJsonObject meta(const QString& name, const QString& ns = {}, const QString& rv = u"1"_s)
{
    QJsonObject m {{u"name"_s, name}, {u"uid"_s, QString(name + u"-uid"_s)}, {u"resourceVersion"_s, rv},
        {u"creationTimestamp"_s, u"2026-11-29T10:00:00Z"_s}};
    if (!ns.isEmpty())
        m.insert(u"namespace"_s, ns);
    return m;
}

QJsonObject pv(const QString& name, const QString& capacity, const QString& phase, const QString& rv = u"1"_s,
    const QString& storageClass = {}, const QString& claim = {})
{
    QJsonObject spec {{u"capacity"_s, QJsonObject {{u"storage"_s, capacity}}},
        {u"accessModes"_s, QJsonArray {u"ReadWriteMany"_s, u"ReadWriteOnce"_s}},
        {u"persistentVolumeReclaimPolicy"_s, u"Retain"_s}};
    if (!storageClass.isEmpty())
        spec.insert(u"storageClassName"_s, storageClass);
    if (!claim.isEmpty())
        spec.insert(u"claimRef"_s,
            QJsonObject {{u"namespace"_s, claim.section(u'/', 0, 0)}, {u"name"_s, claim.section(u'/', 1)}});
    return {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"PersistentVolume"_s},
        {u"metadata"_s, meta(name, {}, rv)}, {u"spec"_s, spec},
        {u"status"_s, QJsonObject {{u"phase"_s, phase}}}};
}

QJsonObject pvc(const QString& ns, const QString& name, const QString& phase, const QString& volume = {},
    const QString& storageClass = {})
{
    QJsonObject spec {{u"accessModes"_s, QJsonArray {u"ReadWriteOnce"_s}},
        {u"resources"_s, QJsonObject {{u"requests"_s, QJsonObject {{u"storage"_s, u"10Gi"_s}}}}}};
    if (!volume.isEmpty())
        spec.insert(u"volumeName"_s, volume);
    if (!storageClass.isEmpty())
        spec.insert(u"storageClassName"_s, storageClass);
    QJsonObject status {{u"phase"_s, phase}};
    if (phase == u"Bound")
        status.insert(u"capacity"_s, QJsonObject {{u"storage"_s, u"32Ti"_s}}),
            status.insert(u"accessModes"_s, QJsonArray {u"ReadWriteOnce"_s, u"ReadWriteMany"_s});
    return {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"PersistentVolumeClaim"_s},
        {u"metadata"_s, meta(name, ns)}, {u"spec"_s, spec}, {u"status"_s, status}};
}

QJsonObject pod(const QString& ns, const QString& name, const QStringList& claims, const QString& node = {})
{
    QJsonArray volumes;
    for (const QString& c : claims)
        volumes.append(QJsonObject {{u"name"_s, QString(c + u"-vol"_s)},
            {u"persistentVolumeClaim"_s, QJsonObject {{u"claimName"_s, c}}}});
    QJsonObject spec {
        {u"volumes"_s, volumes}, {u"containers"_s, QJsonArray {QJsonObject {{u"name"_s, u"app"_s}}}}};
    if (!node.isEmpty())
        spec.insert(u"nodeName"_s, node);
    // A scheduled pod is a newer version of the unscheduled one (the store skips repeats).
    return {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Pod"_s},
        {u"metadata"_s, meta(name, ns, node.isEmpty() ? u"1"_s : u"2"_s)}, {u"spec"_s, spec}};
}

QJsonObject storageClass(const QString& name, bool isDefault)
{
    QJsonObject m = meta(name);
    if (isDefault)
        m.insert(
            u"annotations"_s, QJsonObject {{u"storageclass.kubernetes.io/is-default-class"_s, u"true"_s}});
    return {{u"apiVersion"_s, u"storage.k8s.io/v1"_s}, {u"kind"_s, u"StorageClass"_s}, {u"metadata"_s, m},
        {u"provisioner"_s, u"rancher.io/local-path"_s}, {u"volumeBindingMode"_s, u"WaitForFirstConsumer"_s}};
}

QString cell(const QAbstractItemModel& model, const QString& key, int column, int role = Qt::DisplayRole)
{
    for (int r = 0; r < model.rowCount(); ++r) {
        if (model.index(r, 0).data(ResourceTableModel::KeyRole).toString() == key)
            return model.index(r, column).data(role).toString();
    }
    return u"<no row>"_s;
}

} // namespace

class TestItemModels final : public QObject
{
    Q_OBJECT

private slots:
    void volumeColumns_data();
    void volumeColumns();
    void headersNameTheirColumns();
    void batchesGiveTheRightRows();
    void selectionSurvivesUpdates();
    void claimsShowTheirPods();
    void rowsShareRepeatedTexts();
    void stringPoolLetsGoOfTextsNoRowHolds();
    void labelValuesThatChangeDoNotPileUp();
    void whyNamesTheUnscheduledPod();
    void storageClassCountsFollowChanges();
    void sortRoleIsTheRawValue();
    void naturalOrder_data();
    void naturalOrder();
    void proxySortsByRealValue_data();
    void proxySortsByRealValue();
    void proxyFilters_data();
    void proxyFilters();
};

void TestItemModels::volumeColumns_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");

    const QJsonObject share = pv(u"localsmb"_s, u"32Ti"_s, u"Bound"_s, u"1"_s, {}, u"edge-apps/data"_s);
    QTest::newRow("capacity canonical")
        << pv(u"a"_s, u"1024Mi"_s, u"Available"_s) << int(PersistentVolumeTableModel::Capacity) << u"1Gi"_s;
    QTest::newRow("access modes in kubectl order")
        << share << int(PersistentVolumeTableModel::AccessModes) << u"RWO,RWX"_s;
    QTest::newRow("claim as ns/name")
        << share << int(PersistentVolumeTableModel::Claim) << u"edge-apps/data"_s;
    QTest::newRow("status is the phase") << share << int(PersistentVolumeTableModel::Status) << u"Bound"_s;
    QTest::newRow("reclaim policy") << share << int(PersistentVolumeTableModel::ReclaimPolicy) << u"Retain"_s;
    QJsonObject deleting = share;
    QJsonObject m = deleting[u"metadata"_s].toObject();
    m.insert(u"deletionTimestamp"_s, u"2026-11-29T11:00:00Z"_s);
    deleting.insert(u"metadata"_s, m);
    QTest::newRow("terminating wins over the phase")
        << deleting << int(PersistentVolumeTableModel::Status) << u"Terminating"_s;
}

void TestItemModels::volumeColumns()
{
    QFETCH(QJsonObject, object);
    QFETCH(int, column);
    QFETCH(QString, text);
    ResourceStore store;
    PersistentVolumeTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.postUpsert(u"PersistentVolume"_s, object);
    store.flush();
    QCOMPARE(cell(model, ResourceStore::keyOf(object), column), text);
}

void TestItemModels::headersNameTheirColumns()
{
    // Each model's titles come from one list in its constructor: one per column, in the
    // order of its Column enum.
    ResourceStore store;
    const auto headers = [](const QAbstractItemModel& model) {
        QStringList titles;
        for (int c = 0; c < model.columnCount(); ++c)
            titles << model.headerData(c, Qt::Horizontal).toString();
        return titles;
    };
    const PersistentVolumeTableModel volumes(&store);
    QCOMPARE(volumes.columnCount(), int(PersistentVolumeTableModel::ColumnCount));
    QCOMPARE(headers(volumes),
        QStringList({u"Name"_s, u"Capacity"_s, u"Access Modes"_s, u"Reclaim Policy"_s, u"Status"_s,
            u"Claim"_s, u"StorageClass"_s, u"Reason"_s, u"Age"_s, u"Share"_s}));
    const PersistentVolumeClaimTableModel claims(&store);
    QCOMPARE(headers(claims).size(), int(PersistentVolumeClaimTableModel::ColumnCount));
    QCOMPARE(headers(claims).at(PersistentVolumeClaimTableModel::UsedBy), u"Used By"_s);
    QCOMPARE(headers(claims).at(PersistentVolumeClaimTableModel::Why), u"Why"_s);
    const StorageClassTableModel classes(&store);
    QCOMPARE(headers(classes).at(StorageClassTableModel::VolumeBindingMode), u"Volume Binding Mode"_s);
    QCOMPARE(headers(classes).last(), u"PVCs"_s);
    const ShareTableModel shares(&store);
    QCOMPARE(headers(shares).at(ShareTableModel::EdgeCompute), u"Edge Compute"_s);
    QVERIFY(!headers(shares).contains(QString()));
}

void TestItemModels::batchesGiveTheRightRows()
{
    ResourceStore store;
    PersistentVolumeTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy initialReload(&model, &QAbstractItemModel::modelReset);
    QVERIFY(initialReload.wait()); // the rows are filled at the next turn of the event loop
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    for (int i = 0; i < 100; ++i)
        store.postUpsert(
            u"PersistentVolume"_s, pv(u"pv%1"_s.arg(i, 3, 10, QChar(u'0')), u"1Gi"_s, u"Available"_s));
    store.flush();
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(inserted.count(), 1); // one insert for the whole batch

    // A batch of updates to rows 10..19 and deletions of 50..59 and 70.
    for (int i = 10; i < 20; ++i)
        store.postUpsert(
            u"PersistentVolume"_s, pv(u"pv%1"_s.arg(i, 3, 10, QChar(u'0')), u"2Gi"_s, u"Bound"_s, u"2"_s));
    for (int i : {50, 51, 52, 53, 54, 55, 56, 57, 58, 59, 70})
        store.postDelete(
            u"PersistentVolume"_s, pv(u"pv%1"_s.arg(i, 3, 10, QChar(u'0')), u"1Gi"_s, u"Available"_s));
    store.flush();
    QCOMPARE(model.rowCount(), 89);
    QCOMPARE(changed.count(), 1); // one contiguous range of updated rows
    QCOMPARE(removed.count(), 2); // two contiguous ranges removed
    QCOMPARE(reset.count(), 0);
    QCOMPARE(cell(model, u"pv015"_s, PersistentVolumeTableModel::Capacity), u"2Gi"_s);
    QCOMPARE(cell(model, u"pv055"_s, PersistentVolumeTableModel::Name), u"<no row>"_s);
    QCOMPARE(cell(model, u"pv099"_s, PersistentVolumeTableModel::Name), u"pv099"_s);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.rowOfKey(model.keyAt(r)), r);
}

void TestItemModels::selectionSurvivesUpdates()
{
    ResourceStore store;
    PersistentVolumeClaimTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (int i = 0; i < 10; ++i)
        store.postUpsert(u"PersistentVolumeClaim"_s, pvc(u"ns"_s, u"c%1"_s.arg(i), u"Pending"_s));
    store.flush();
    QItemSelectionModel selection(&model);
    selection.setCurrentIndex(model.index(model.rowOfKey(u"ns/c7"_s), 0),
        QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    // Remove rows before it, update it, add others.
    store.postDelete(u"PersistentVolumeClaim"_s, pvc(u"ns"_s, u"c1"_s, u"Pending"_s));
    store.postDelete(u"PersistentVolumeClaim"_s, pvc(u"ns"_s, u"c2"_s, u"Pending"_s));
    QJsonObject updated = pvc(u"ns"_s, u"c7"_s, u"Bound"_s, u"share1"_s);
    QJsonObject m = updated[u"metadata"_s].toObject();
    m[u"resourceVersion"_s] = u"9"_s;
    updated[u"metadata"_s] = m;
    store.postUpsert(u"PersistentVolumeClaim"_s, updated);
    store.postUpsert(u"PersistentVolumeClaim"_s, pvc(u"ns"_s, u"new"_s, u"Pending"_s));
    store.flush();
    QCOMPARE(selection.currentIndex().data(ResourceTableModel::KeyRole).toString(), u"ns/c7"_s);
    QCOMPARE(selection.selectedRows().size(), 1);
    QCOMPARE(model.index(selection.currentIndex().row(), PersistentVolumeClaimTableModel::Status)
                 .data()
                 .toString(),
        u"Bound"_s);
}

void TestItemModels::claimsShowTheirPods()
{
    ResourceStore store;
    store.postUpsert(u"Pod"_s, pod(u"edge-apps"_s, u"web-1"_s, {u"data"_s}));
    store.flush();
    PersistentVolumeClaimTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy initialReload(&model, &QAbstractItemModel::modelReset);
    store.postUpsert(u"PersistentVolumeClaim"_s, pvc(u"edge-apps"_s, u"data"_s, u"Bound"_s, u"share1"_s));
    store.postUpsert(u"PersistentVolumeClaim"_s, pvc(u"other"_s, u"data"_s, u"Pending"_s));
    // The model's first fill (the pod only), then the claims arrive as changes.
    QVERIFY(initialReload.wait());
    store.flush();
    QCOMPARE(cell(model, u"edge-apps/data"_s, PersistentVolumeClaimTableModel::UsedBy), u"web-1"_s);
    QCOMPARE(cell(model, u"edge-apps/data"_s, PersistentVolumeClaimTableModel::Capacity), u"32Ti"_s);
    QCOMPARE(cell(model, u"other/data"_s, PersistentVolumeClaimTableModel::UsedBy), QString());
    QCOMPARE(cell(model, u"other/data"_s, PersistentVolumeClaimTableModel::Capacity), QString());

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    store.postUpsert(u"Pod"_s, pod(u"edge-apps"_s, u"web-2"_s, {u"data"_s}));
    store.flush();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(cell(model, u"edge-apps/data"_s, PersistentVolumeClaimTableModel::UsedBy), u"web-1, web-2"_s);
    store.postDelete(u"Pod"_s, pod(u"edge-apps"_s, u"web-1"_s, {u"data"_s}));
    store.flush();
    QCOMPARE(cell(model, u"edge-apps/data"_s, PersistentVolumeClaimTableModel::UsedBy), u"web-2"_s);
    QCOMPARE(model.podsUsing(u"edge-apps/data"_s), QStringList {u"web-2"_s});
}

void TestItemModels::rowsShareRepeatedTexts()
{
    // 50,000 claims show a handful of namespaces, phases and classes: the rows share one copy
    // of each text instead of holding one each.
    ResourceStore store;
    store.postUpsert(u"PersistentVolumeClaim"_s, pvc(u"edge-apps"_s, u"a"_s, u"Bound"_s, u"share1"_s));
    store.postUpsert(u"PersistentVolumeClaim"_s, pvc(u"edge-apps"_s, u"b"_s, u"Bound"_s, u"share2"_s));
    store.flush();
    PersistentVolumeClaimTableModel model(&store);
    QTRY_COMPARE(model.rowCount(), 2);
    const auto text = [&model](int row, int column) { return model.index(row, column).data().toString(); };
    for (const int column : {int(PersistentVolumeClaimTableModel::Namespace),
             int(PersistentVolumeClaimTableModel::Status), int(PersistentVolumeClaimTableModel::Capacity),
             int(PersistentVolumeClaimTableModel::AccessModes)}) {
        QVERIFY(!text(0, column).isEmpty());
        QCOMPARE(text(0, column), text(1, column));
        QVERIFY2(text(0, column).constData() == text(1, column).constData(),
            qPrintable(u"column %1 holds two copies of %2"_s.arg(column).arg(text(0, column))));
    }
    QVERIFY(text(0, PersistentVolumeClaimTableModel::Name).constData()
        != text(1, PersistentVolumeClaimTableModel::Name).constData());
    // A row's key is the store's key string, and a volume's name (its key) is that string too.
    store.postUpsert(u"PersistentVolume"_s, pv(u"share1"_s, u"1Gi"_s, u"Bound"_s));
    store.flush();
    PersistentVolumeTableModel volumes(&store);
    QTRY_COMPARE(volumes.rowCount(), 1);
    const QString storeKey = store.storedObjects(u"PersistentVolume"_s).first().key();
    const QModelIndex name = volumes.index(0, PersistentVolumeTableModel::Name);
    QVERIFY(name.data(ResourceTableModel::KeyRole).toString().constData() == storeKey.constData());
    QVERIFY(name.data().toString().constData() == storeKey.constData());
    QVERIFY(model.index(0, 0).data(ResourceTableModel::KeyRole).toString().constData()
        == store.stored(u"PersistentVolumeClaim"_s, model.keyAt(0)).key().constData());
}

void TestItemModels::stringPoolLetsGoOfTextsNoRowHolds()
{
    StringPool pool;
    const QString held = pool.intern(QString(u"Bound"_s));
    // 20,000 texts that nothing keeps (a label value new at every change).
    for (int i = 0; i < 20000; ++i)
        pool.intern(u"v%1"_s.arg(i));
    QVERIFY2(pool.size() <= 1025, qPrintable(QString::number(pool.size())));
    // What is still held is still shared.
    QVERIFY(pool.intern(QString(u"Bound"_s)).constData() == held.constData());
    // Texts that are held are kept through every prune.
    QStringList rows;
    for (int i = 0; i < 3000; ++i)
        rows.append(pool.intern(u"ns-%1"_s.arg(i)));
    for (int i = 0; i < 20000; ++i)
        pool.intern(u"x%1"_s.arg(i));
    for (int i = 0; i < 3000; ++i)
        QVERIFY(pool.intern(u"ns-%1"_s.arg(i)).constData() == rows.at(i).constData());
    QVERIFY2(pool.size() <= 2 * 3001, qPrintable(QString::number(pool.size())));
    pool.prune();
    // The held texts and "Bound" (from a literal: static data, never let go, never allocated).
    QCOMPARE(pool.size(), 3001);
}

void TestItemModels::labelValuesThatChangeDoNotPileUp()
{
    // A label whose value is new at each change (bench_mainwindow's churn writes a counter):
    // the table's pool lets go of the values no row shows any more.
    ResourceStore store;
    PersistentVolumeClaimTableModel model(&store);
    for (int i = 0; i < 20000; ++i) {
        QJsonObject claim = pvc(u"apps"_s, u"c%1"_s.arg(i % 20), u"Bound"_s, u"pv"_s);
        QJsonObject metadata = claim.value(u"metadata"_s).toObject();
        metadata.insert(u"labels"_s, QJsonObject {{u"bench"_s, QString::number(i)}});
        metadata.insert(u"resourceVersion"_s, QString::number(i + 1));
        claim.insert(u"metadata"_s, metadata);
        store.postUpsert(u"PersistentVolumeClaim"_s, claim);
        if (i % 20 == 19) { // each claim once a batch: every value reaches the table
            store.flush();
            QCoreApplication::processEvents();
        }
    }
    store.flush();
    QTRY_COMPARE(model.rowCount(), 20);
    QVERIFY2(model.sharedTextCount() <= 1100, qPrintable(QString::number(model.sharedTextCount())));
    // The rows keep their last values.
    for (int row = 0; row < model.rowCount(); ++row) {
        const TableRow& r = model.row(row);
        const int claim = r.name.sliced(1).toInt();
        QCOMPARE(r.labels.size(), 1);
        QCOMPARE(r.labels.first().second, QString::number(19980 + claim));
    }
}

void TestItemModels::whyNamesTheUnscheduledPod()
{
    // A WaitForFirstConsumer claim whose pod exists but is not scheduled waits for that pod,
    // not for a first consumer.
    ResourceStore store;
    PersistentVolumeClaimTableModel model(&store);
    store.postUpsert(u"StorageClass"_s, storageClass(u"ase-node-local"_s, true));
    store.postUpsert(
        u"PersistentVolumeClaim"_s, pvc(u"db"_s, u"mysql"_s, u"Pending"_s, {}, u"ase-node-local"_s));
    store.flush();
    QTRY_COMPARE(cell(model, u"db/mysql"_s, PersistentVolumeClaimTableModel::Status), u"Pending"_s);
    const QString waitingForConsumer
        = u"Class ase-node-local waits for the first consumer: the volume is created "
          "when a pod that uses the claim is scheduled."_s;
    QCOMPARE(cell(model, u"db/mysql"_s, PersistentVolumeClaimTableModel::Why), waitingForConsumer);

    store.postUpsert(u"Pod"_s, pod(u"db"_s, u"mysql-0"_s, {u"mysql"_s}));
    store.flush();
    QCOMPARE(cell(model, u"db/mysql"_s, PersistentVolumeClaimTableModel::Why),
        u"Class ase-node-local waits for the first consumer: pod mysql-0 must be scheduled first."_s);
    // A pod of another namespace with a claim of the same name does not count.
    store.postUpsert(u"Pod"_s, pod(u"other"_s, u"web-0"_s, {u"mysql"_s}));
    store.flush();
    QCOMPARE(cell(model, u"db/mysql"_s, PersistentVolumeClaimTableModel::Why),
        u"Class ase-node-local waits for the first consumer: pod mysql-0 must be scheduled first."_s);

    // Scheduled (spec.nodeName set): no longer waiting for it.
    store.postUpsert(u"Pod"_s, pod(u"db"_s, u"mysql-0"_s, {u"mysql"_s}, u"node1"_s));
    store.flush();
    QCOMPARE(cell(model, u"db/mysql"_s, PersistentVolumeClaimTableModel::Why), waitingForConsumer);
    // Gone again, then back unscheduled: a reload of the pods counts it too.
    store.postDelete(u"Pod"_s, pod(u"db"_s, u"mysql-0"_s, {u"mysql"_s}, u"node1"_s));
    store.flush();
    QCOMPARE(cell(model, u"db/mysql"_s, PersistentVolumeClaimTableModel::Why), waitingForConsumer);
    store.postReplace(u"Pod"_s, {pod(u"db"_s, u"mysql-1"_s, {u"mysql"_s})});
    store.flush();
    QCOMPARE(cell(model, u"db/mysql"_s, PersistentVolumeClaimTableModel::Why),
        u"Class ase-node-local waits for the first consumer: pod mysql-1 must be scheduled first."_s);
}

void TestItemModels::storageClassCountsFollowChanges()
{
    ResourceStore store;
    StorageClassTableModel model(&store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    store.postUpsert(u"StorageClass"_s, storageClass(u"ase-node-local"_s, true));
    store.postUpsert(
        u"PersistentVolumeClaim"_s, pvc(u"db"_s, u"mysql"_s, u"Pending"_s, {}, u"ase-node-local"_s));
    store.postUpsert(
        u"PersistentVolume"_s, pv(u"pvc-1"_s, u"20Gi"_s, u"Bound"_s, u"1"_s, u"ase-node-local"_s));
    store.flush();
    QCOMPARE(cell(model, u"ase-node-local"_s, StorageClassTableModel::Name), u"ase-node-local (default)"_s);
    QCOMPARE(cell(model, u"ase-node-local"_s, StorageClassTableModel::Volumes), u"1"_s);
    QCOMPARE(cell(model, u"ase-node-local"_s, StorageClassTableModel::Claims), u"1"_s);
    QCOMPARE(cell(model, u"ase-node-local"_s, StorageClassTableModel::VolumeBindingMode),
        u"WaitForFirstConsumer"_s);
    QCOMPARE(cell(model, u"ase-node-local"_s, StorageClassTableModel::ReclaimPolicy), u"Delete"_s);
    store.postDelete(
        u"PersistentVolume"_s, pv(u"pvc-1"_s, u"20Gi"_s, u"Bound"_s, u"1"_s, u"ase-node-local"_s));
    store.flush();
    QCOMPARE(cell(model, u"ase-node-local"_s, StorageClassTableModel::Volumes), u"0"_s);
}

void TestItemModels::sortRoleIsTheRawValue()
{
    ResourceStore store;
    PersistentVolumeTableModel model(&store);
    store.postUpsert(u"PersistentVolume"_s, pv(u"small"_s, u"900Mi"_s, u"Available"_s));
    store.postUpsert(u"PersistentVolume"_s, pv(u"big"_s, u"1Gi"_s, u"Available"_s));
    store.flush();
    const double small
        = cell(model, u"small"_s, PersistentVolumeTableModel::Capacity, ResourceTableModel::SortRole)
              .toDouble();
    const double big
        = cell(model, u"big"_s, PersistentVolumeTableModel::Capacity, ResourceTableModel::SortRole)
              .toDouble();
    QCOMPARE(small, 900.0 * 1024 * 1024);
    QVERIFY(big > small); // "1Gi" < "900Mi" as text, not as bytes
}

void TestItemModels::naturalOrder_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<int>("order");

    QTest::newRow("numbers by value") << u"pv2"_s << u"pv10"_s << -1;
    QTest::newRow("case-insensitive") << u"PV3"_s << u"pv3"_s << 0;
    QTest::newRow("case does not beat the number") << u"PV3"_s << u"pv10"_s << -1;
    QTest::newRow("leading zeros") << u"disk007"_s << u"disk7"_s << 0;
    QTest::newRow("longer number later") << u"a99b"_s << u"a100a"_s << -1;
    QTest::newRow("prefix first") << u"data"_s << u"data-1"_s << -1;
    QTest::newRow("dash before digits") << u"pv-1"_s << u"pv1"_s << -1;
    QTest::newRow("digits before letters") << u"pv1"_s << u"pva"_s << -1;
    QTest::newRow("several runs") << u"load-07-claim-9"_s << u"load-7-claim-10"_s << -1;
    QTest::newRow("empty first") << QString() << u"a"_s << -1;
    QTest::newRow("longer than the stack key")
        << QString(300, u'a') + u"2"_s << QString(300, u'A') + u"10"_s << -1;
}

void TestItemModels::naturalOrder()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(int, order);
    const auto sign = [](int v) { return v < 0 ? -1 : (v > 0 ? 1 : 0); };
    QCOMPARE(sign(naturalSortKey(left).compare(naturalSortKey(right))), order);
    QCOMPARE(sign(naturalSortKey(right).compare(naturalSortKey(left))), -order);
    QCOMPARE(sign(compareSortValues(QVariant(left), QVariant(right))), order);
    // The same order without making the keys (ties between rows are ordered so).
    QCOMPARE(naturalCompare(left, right), order);
    QCOMPARE(naturalCompare(right, left), -order);
}

void TestItemModels::proxySortsByRealValue_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("capacities");
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QStringList>("expected");

    const QStringList names {u"pv10"_s, u"pv2"_s, u"pv-1"_s, u"pv3"_s};
    QTest::newRow("name, naturally") << names << QStringList {u"1Gi"_s, u"1Gi"_s, u"1Gi"_s, u"1Gi"_s}
                                     << int(PersistentVolumeTableModel::Name) << Qt::AscendingOrder
                                     << QStringList {u"pv-1"_s, u"pv2"_s, u"pv3"_s, u"pv10"_s};
    QTest::newRow("name, descending") << names << QStringList {u"1Gi"_s, u"1Gi"_s, u"1Gi"_s, u"1Gi"_s}
                                      << int(PersistentVolumeTableModel::Name) << Qt::DescendingOrder
                                      << QStringList {u"pv10"_s, u"pv3"_s, u"pv2"_s, u"pv-1"_s};
    QTest::newRow("capacity by bytes") << names << QStringList {u"900Mi"_s, u"2Ti"_s, u"1Gi"_s, u"500Ki"_s}
                                       << int(PersistentVolumeTableModel::Capacity) << Qt::AscendingOrder
                                       << QStringList {u"pv3"_s, u"pv10"_s, u"pv-1"_s, u"pv2"_s};
    QTest::newRow("capacity ties by name") << names << QStringList {u"1Gi"_s, u"1024Mi"_s, u"5Gi"_s, u"1Gi"_s}
                                           << int(PersistentVolumeTableModel::Capacity) << Qt::AscendingOrder
                                           << QStringList {u"pv2"_s, u"pv3"_s, u"pv10"_s, u"pv-1"_s};
}

void TestItemModels::proxySortsByRealValue()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, capacities);
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QStringList, expected);
    ResourceStore store;
    PersistentVolumeTableModel model(&store);
    ResourceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    for (qsizetype i = 0; i < names.size(); ++i)
        store.postUpsert(u"PersistentVolume"_s, pv(names.at(i), capacities.at(i), u"Available"_s));
    store.flush();
    proxy.sort(column, order);
    QStringList shown;
    for (int r = 0; r < proxy.rowCount(); ++r)
        shown.append(proxy.index(r, 0).data(ResourceTableModel::KeyRole).toString());
    QCOMPARE(shown, expected);
}

void TestItemModels::proxyFilters_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("nothing") << QString() << QStringList {u"data-a"_s, u"data-b"_s, u"logs"_s};
    QTest::newRow("a word, any case") << u"DATA"_s << QStringList {u"data-a"_s, u"data-b"_s};
    QTest::newRow("words in different cells") << u"data 900mi"_s << QStringList {u"data-b"_s};
    QTest::newRow("every word must occur") << u"logs 900mi"_s << QStringList {};
    QTest::newRow("status cell") << u"released"_s << QStringList {u"logs"_s};
    QTest::newRow("label equals") << u"tier=gold"_s << QStringList {u"data-a"_s};
    QTest::newRow("label not equals") << u"tier!=gold"_s << QStringList {u"data-b"_s, u"logs"_s};
    QTest::newRow("word and label") << u"data tier!=gold"_s << QStringList {u"data-b"_s};
}

void TestItemModels::proxyFilters()
{
    QFETCH(QString, filter);
    QFETCH(QStringList, expected);
    ResourceStore store;
    PersistentVolumeTableModel model(&store);
    ResourceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QJsonObject gold = pv(u"data-a"_s, u"1Gi"_s, u"Available"_s);
    QJsonObject meta = gold.value(u"metadata"_s).toObject();
    meta.insert(u"labels"_s, QJsonObject {{u"tier"_s, u"gold"_s}});
    gold.insert(u"metadata"_s, meta);
    store.postUpsert(u"PersistentVolume"_s, gold);
    store.postUpsert(u"PersistentVolume"_s, pv(u"data-b"_s, u"900Mi"_s, u"Available"_s));
    store.postUpsert(u"PersistentVolume"_s, pv(u"logs"_s, u"5Gi"_s, u"Released"_s));
    store.flush();
    proxy.sort(PersistentVolumeTableModel::Name, Qt::AscendingOrder);
    proxy.setFilterText(filter);
    QStringList shown;
    for (int r = 0; r < proxy.rowCount(); ++r)
        shown.append(proxy.index(r, 0).data(ResourceTableModel::KeyRole).toString());
    QCOMPARE(shown, expected);
}

QTEST_GUILESS_MAIN(TestItemModels)
#include "tst_itemmodels.moc"
