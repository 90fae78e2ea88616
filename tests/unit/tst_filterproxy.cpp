// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The tables' sort and filter proxy: the order a worker thread computes is the order of
// the comparator, it follows a table that changes while the worker runs, and it tells
// views in few signals.
#include "models/itemmodels/ResourceFilterProxy.h"
#include "models/itemmodels/RowOrder.h"
#include "models/itemmodels/StorageTableModels.h"
#include "models/store/MemoryRelease.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace ase;
using namespace Qt::StringLiterals;

namespace {

const QStringList kCapacities {u"1Gi"_s, u"1024Mi"_s, u"500Mi"_s, u"2Ti"_s, u"10Gi"_s, u"900Ki"_s, u"3G"_s};
const QStringList kPhases {u"Available"_s, u"Bound"_s, u"Released"_s, u"Failed"_s};
const QStringList kClasses {u"ase-node-local"_s, u"gold"_s, u""_s};

/// A volume with random capacity, phase, class, label and creation time.
QJsonObject randomVolume(QRandomGenerator& random, const QString& name, int version)
{
    const auto pick
        = [&random](const QStringList& list) { return list.at(random.bounded(int(list.size()))); };
    QJsonObject meta {{u"name"_s, name}, {u"uid"_s, QString(name + u"-uid"_s)},
        {u"resourceVersion"_s, QString::number(version)},
        {u"creationTimestamp"_s,
            QDateTime(QDate(2026, 11, 1 + random.bounded(28)), QTime(random.bounded(24), 0), QTimeZone::UTC)
                .toString(Qt::ISODate)},
        {u"labels"_s, QJsonObject {{u"tier"_s, random.bounded(2) ? u"gold"_s : u"bronze"_s}}}};
    QJsonObject spec {{u"capacity"_s, QJsonObject {{u"storage"_s, pick(kCapacities)}}},
        {u"accessModes"_s, QJsonArray {u"ReadWriteOnce"_s}},
        {u"persistentVolumeReclaimPolicy"_s, u"Retain"_s}};
    if (const QString storageClass = pick(kClasses); !storageClass.isEmpty())
        spec.insert(u"storageClassName"_s, storageClass);
    return {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"PersistentVolume"_s}, {u"metadata"_s, meta},
        {u"spec"_s, spec}, {u"status"_s, QJsonObject {{u"phase"_s, pick(kPhases)}}}};
}

/// A new resourceVersion, so that the store takes the object as a change.
void bumpVersion(QJsonObject& object)
{
    QJsonObject meta = object.value(u"metadata"_s).toObject();
    meta.insert(
        u"resourceVersion"_s, QString::number(meta.value(u"resourceVersion"_s).toString().toInt() + 1000));
    object.insert(u"metadata"_s, meta);
}

QStringList shownKeys(const QAbstractItemModel& proxy)
{
    QStringList keys;
    for (int r = 0; r < proxy.rowCount(); ++r)
        keys.append(proxy.index(r, 0).data(ResourceTableModel::KeyRole).toString());
    return keys;
}

/// What the proxy must show: the comparator's order of the rows the filter accepts.
QStringList expectedKeys(const ResourceTableModel& table, const RowOrdering& ordering)
{
    QList<int> rows;
    for (int r = 0; r < table.rowCount(); ++r) {
        if (ordering.filter.accepts(table.row(r)))
            rows.append(r);
    }
    if (ordering.column >= 0) {
        std::sort(rows.begin(), rows.end(), [&](int a, int b) {
            const int c = compareTableRows(table.row(a), table.row(b), ordering.column);
            return ordering.order == Qt::AscendingOrder ? c < 0 : c > 0;
        });
    }
    QStringList keys;
    for (const int r : std::as_const(rows))
        keys.append(table.row(r).key);
    return keys;
}

struct Fixture
{
    explicit Fixture(int volumes, quint32 seed = 7)
        : random(seed)
    {
        for (int i = 0; i < volumes; ++i)
            upsert(u"pv-%1"_s.arg(i));
        store.flush();
        QCoreApplication::processEvents(); // the table's first fill
        proxy.setSourceModel(&table);
    }
    void upsert(const QString& name)
    {
        store.postUpsert(u"PersistentVolume"_s, randomVolume(random, name, ++version));
    }
    void remove(const QString& name)
    {
        store.postDelete(u"PersistentVolume"_s, randomVolume(random, name, ++version));
    }
    RowOrdering ordering() const { return {proxy.sortColumn(), proxy.sortOrder(), proxy.filter()}; }

    QRandomGenerator random;
    int version = 0;
    ResourceStore store;
    PersistentVolumeTableModel table {&store};
    ResourceFilterProxy proxy;
    QAbstractItemModelTester tester {&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest};
};

} // namespace

class TestFilterProxy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void orderRowsFollowsTheComparator_data();
    void orderRowsFollowsTheComparator();
    void aWorkerOrdersALargeTable();
    void followsTheTableWhileAWorkerOrders_data();
    void followsTheTableWhileAWorkerOrders();
    void aNewRequestSupersedesOneOnItsWay();
    void theCurrentRowStaysOnItsObject();
    void tellsViewsInFewSignals();
    void noTableShowsNothing();
};

void TestFilterProxy::orderRowsFollowsTheComparator_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::addColumn<QString>("filter");
    const QList<std::pair<const char*, int>> columns {{"name", PersistentVolumeTableModel::Name},
        {"capacity", PersistentVolumeTableModel::Capacity}, {"status", PersistentVolumeTableModel::Status},
        {"class", PersistentVolumeTableModel::StorageClass}, {"age", PersistentVolumeTableModel::Age},
        {"unsorted", -1}};
    for (const auto& [name, column] : columns) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            for (const QString& filter : {QString(), u"bound"_s, u"tier=gold pv-1"_s, u"tier!=gold"_s}) {
                QTest::addRow(
                    "%s %s '%s'", name, order == Qt::AscendingOrder ? "up" : "down", qPrintable(filter))
                    << column << order << filter;
            }
        }
    }
}

void TestFilterProxy::orderRowsFollowsTheComparator()
{
    QFETCH(int, column);
    QFETCH(Qt::SortOrder, order);
    QFETCH(QString, filter);
    Fixture f(400);
    const RowOrdering ordering {column, order, ResourceFilter::parse(filter)};
    QStringList keys;
    for (const int row : orderRows(f.table.rows(), ordering))
        keys.append(f.table.row(row).key);
    const QStringList expected = expectedKeys(f.table, ordering);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(keys, expected);
    // Canceled: nothing.
    QVERIFY(orderRows(f.table.rows(), ordering, [] { return true; }).isEmpty());
}

void TestFilterProxy::aWorkerOrdersALargeTable()
{
    Fixture f(300);
    f.proxy.setSynchronousLimit(100);
    QSignalSpy applied(&f.proxy, &ResourceFilterProxy::orderingApplied);
    const QStringList before = shownKeys(f.proxy);
    MemoryRelease::instance().setDelay(std::chrono::hours(1));
    MemoryRelease::instance().cancel();
    f.proxy.sort(PersistentVolumeTableModel::Capacity, Qt::DescendingOrder);
    // Until the worker is done, the view keeps what it had.
    QVERIFY(f.proxy.isOrdering());
    QCOMPARE(shownKeys(f.proxy), before);
    QVERIFY(applied.wait(5000));
    QVERIFY(!f.proxy.isOrdering());
    // What the worker's copy held is given back to the system a moment later.
    QVERIFY(MemoryRelease::instance().isPending());
    MemoryRelease::instance().cancel();
    QCOMPARE(shownKeys(f.proxy), expectedKeys(f.table, f.ordering()));
    f.proxy.setFilterText(u"released"_s);
    QVERIFY(f.proxy.isOrdering());
    QVERIFY(applied.wait(5000));
    QCOMPARE(shownKeys(f.proxy), expectedKeys(f.table, f.ordering()));
    QVERIFY(f.proxy.rowCount() > 0 && f.proxy.rowCount() < 300);
}

void TestFilterProxy::followsTheTableWhileAWorkerOrders_data()
{
    QTest::addColumn<int>("synchronousLimit");
    QTest::addColumn<quint32>("seed");
    for (const quint32 seed : {1u, 2u, 3u}) {
        QTest::addRow("on a worker, seed %u", seed) << 0 << seed;
        QTest::addRow("at once, seed %u", seed) << 1000000 << seed;
        QTest::addRow("batches larger than the limit, seed %u", seed) << 20 << seed;
    }
}

void TestFilterProxy::followsTheTableWhileAWorkerOrders()
{
    QFETCH(int, synchronousLimit);
    QFETCH(quint32, seed);
    Fixture f(200, seed);
    f.proxy.setSynchronousLimit(synchronousLimit);
    const QList<int> columns {PersistentVolumeTableModel::Name, PersistentVolumeTableModel::Capacity,
        PersistentVolumeTableModel::Status, PersistentVolumeTableModel::Age,
        PersistentVolumeTableModel::StorageClass};
    const QStringList filters {QString(), u"bound"_s, u"tier=gold"_s, u"pv-1"_s, u"gi released"_s};
    int next = 200;
    for (int round = 0; round < 40; ++round) {
        // A few requests and changes, each while what came before may still be ordering.
        for (int step = 0; step < 4; ++step) {
            switch (f.random.bounded(5)) {
            case 0:
                f.proxy.sort(columns.at(f.random.bounded(int(columns.size()))),
                    f.random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
                break;
            case 1:
                f.proxy.setFilterText(filters.at(f.random.bounded(int(filters.size()))));
                break;
            case 2: // new volumes
                for (int i = f.random.bounded(1, 40); i > 0; --i)
                    f.upsert(u"pv-%1"_s.arg(next++));
                break;
            case 3: // changed ones: new capacities, phases, labels
                for (int i = f.random.bounded(1, 40); i > 0; --i)
                    f.upsert(u"pv-%1"_s.arg(f.random.bounded(next)));
                break;
            default: // deleted ones, some then made again
                for (int i = f.random.bounded(1, 30); i > 0; --i)
                    f.remove(u"pv-%1"_s.arg(f.random.bounded(next)));
                if (f.random.bounded(2))
                    f.upsert(u"pv-%1"_s.arg(f.random.bounded(next)));
            }
            f.store.flush();
            if (f.random.bounded(3) == 0)
                QCoreApplication::processEvents();
        }
        QVERIFY(QTest::qWaitFor([&f] { return !f.proxy.isOrdering(); }, 5000));
        QCOMPARE(shownKeys(f.proxy), expectedKeys(f.table, f.ordering()));
    }
}

void TestFilterProxy::aNewRequestSupersedesOneOnItsWay()
{
    Fixture f(300);
    f.proxy.setSynchronousLimit(0);
    f.proxy.sort(PersistentVolumeTableModel::Capacity, Qt::AscendingOrder);
    f.proxy.sort(PersistentVolumeTableModel::Status, Qt::DescendingOrder);
    f.proxy.setFilterText(u"gi"_s);
    QVERIFY(QTest::qWaitFor([&f] { return !f.proxy.isOrdering(); }, 5000));
    const RowOrdering last {
        PersistentVolumeTableModel::Status, Qt::DescendingOrder, ResourceFilter::parse(u"gi"_s)};
    QCOMPARE(f.ordering(), last);
    QCOMPARE(shownKeys(f.proxy), expectedKeys(f.table, last));
    // Asking again for what is shown while another is on its way: the other is dropped.
    f.proxy.setFilterText({});
    QVERIFY(f.proxy.isOrdering());
    f.proxy.setFilterText(u"gi"_s);
    QVERIFY(!f.proxy.isOrdering());
    QTest::qWait(50);
    QCOMPARE(shownKeys(f.proxy), expectedKeys(f.table, last));
}

void TestFilterProxy::theCurrentRowStaysOnItsObject()
{
    Fixture f(300);
    f.proxy.setSynchronousLimit(0);
    const QPersistentModelIndex current = f.proxy.index(17, 3);
    const QString key = current.data(ResourceTableModel::KeyRole).toString();
    f.proxy.sort(PersistentVolumeTableModel::Capacity, Qt::DescendingOrder);
    QVERIFY(QTest::qWaitFor([&f] { return !f.proxy.isOrdering(); }, 5000));
    QVERIFY(current.isValid());
    QCOMPARE(current.column(), 3);
    QCOMPARE(current.data(ResourceTableModel::KeyRole).toString(), key);
    QCOMPARE(f.proxy.mapToSource(current).row(), f.table.rowOfKey(key));
    // Filtered out: the index goes; shown again, the object is there.
    f.proxy.setFilterText(u"no-such-volume"_s);
    QVERIFY(QTest::qWaitFor([&f] { return !f.proxy.isOrdering(); }, 5000));
    QCOMPARE(f.proxy.rowCount(), 0);
    QVERIFY(!current.isValid());
}

void TestFilterProxy::tellsViewsInFewSignals()
{
    Fixture f(200);
    f.proxy.sort(PersistentVolumeTableModel::Capacity, Qt::AscendingOrder);
    QSignalSpy layouts(&f.proxy, &QAbstractItemModel::layoutChanged);
    QSignalSpy inserted(&f.proxy, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&f.proxy, &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(&f.proxy, &QAbstractItemModel::dataChanged);

    // The ticking Age column: one dataChanged over every row, nothing placed again.
    const int age = PersistentVolumeTableModel::Age;
    Q_EMIT f.table.dataChanged(f.table.index(0, age), f.table.index(f.table.rowCount() - 1, age));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
    QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), f.proxy.rowCount() - 1);
    QCOMPARE(layouts.size(), 0);

    // A volume whose capacity grows past every other: one layout change.
    const QString first = f.proxy.index(0, 0).data(ResourceTableModel::KeyRole).toString();
    QJsonObject big = f.store.object(u"PersistentVolume"_s, first);
    QJsonObject spec = big.value(u"spec"_s).toObject();
    spec.insert(u"capacity"_s, QJsonObject {{u"storage"_s, u"900Ti"_s}});
    big.insert(u"spec"_s, spec);
    bumpVersion(big);
    f.store.postUpsert(u"PersistentVolume"_s, big);
    f.store.flush();
    QCOMPARE(layouts.size(), 1);
    QCOMPARE(inserted.size() + removed.size(), 0);
    QCOMPARE(f.proxy.index(f.proxy.rowCount() - 1, 0).data(ResourceTableModel::KeyRole).toString(), first);

    // A change that keeps its place: no layout change, one dataChanged.
    changed.clear();
    QJsonObject same = f.store.object(u"PersistentVolume"_s, first);
    QJsonObject status = same.value(u"status"_s).toObject();
    status.insert(u"reason"_s, u"still here"_s);
    same.insert(u"status"_s, status);
    bumpVersion(same);
    f.store.postUpsert(u"PersistentVolume"_s, same);
    f.store.flush();
    QCOMPARE(layouts.size(), 1);
    QCOMPARE(changed.size(), 1);

    // A filter that hides rows all over the table: one layout change and one removal.
    layouts.clear();
    f.proxy.setFilterText(u"tier=gold"_s);
    QCOMPARE(layouts.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 0);
    // And back: one insertion and one layout change.
    layouts.clear();
    removed.clear();
    f.proxy.setFilterText({});
    QCOMPARE(layouts.size(), 1);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(f.proxy.rowCount(), 200);

    // A new volume that sorts last: one insertion at the end, no layout change.
    layouts.clear();
    inserted.clear();
    QJsonObject last = randomVolume(f.random, u"pv-new"_s, 1000);
    QJsonObject lastSpec = last.value(u"spec"_s).toObject();
    lastSpec.insert(u"capacity"_s, QJsonObject {{u"storage"_s, u"999Ti"_s}});
    last.insert(u"spec"_s, lastSpec);
    f.store.postUpsert(u"PersistentVolume"_s, last);
    f.store.flush();
    QCOMPARE(layouts.size(), 0);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 200);

    // A filter that hides a few runs of rows: a removal per run, no layout change. By name,
    // pv-1, pv-10..pv-19 and pv-100..pv-199 stay; pv-0, pv-2..pv-9, pv-20..pv-99 and
    // pv-new go.
    f.proxy.sort(PersistentVolumeTableModel::Name, Qt::AscendingOrder);
    layouts.clear();
    removed.clear();
    f.proxy.setFilterText(u"pv-1"_s);
    QCOMPARE(layouts.size(), 0);
    QCOMPARE(removed.size(), 4);
    QCOMPARE(f.proxy.rowCount(), 111);
}

void TestFilterProxy::noTableShowsNothing()
{
    ResourceFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(1, Qt::DescendingOrder);
    proxy.setFilterText(u"x"_s);
    QCOMPARE(proxy.rowCount(), 0);
    QCOMPARE(proxy.columnCount(), 0);
    QVERIFY(!proxy.isOrdering());
    QVERIFY(!proxy.mapFromSource({}).isValid());
    // A table given later is shown as asked.
    ResourceStore store;
    PersistentVolumeTableModel table(&store);
    QRandomGenerator random(3);
    for (int i = 0; i < 20; ++i)
        store.postUpsert(u"PersistentVolume"_s, randomVolume(random, u"x-%1"_s.arg(i), 1));
    store.flush();
    QCoreApplication::processEvents();
    proxy.setSourceModel(&table);
    QCOMPARE(shownKeys(proxy), expectedKeys(table, {1, Qt::DescendingOrder, ResourceFilter::parse(u"x"_s)}));
}

QTEST_GUILESS_MAIN(TestFilterProxy)
#include "tst_filterproxy.moc"
