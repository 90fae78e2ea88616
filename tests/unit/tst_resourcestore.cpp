// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/PersistentVolumeClaim.h"
#include "models/store/ResourceStore.h"

#include <QJsonArray>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <numeric>

using namespace ase;
using namespace Qt::StringLiterals;

namespace {

QJsonObject pvc(const QString& ns, const QString& name, const QString& rv, const QString& uid = {})
{
    return QJsonObject {{u"kind"_s, u"PersistentVolumeClaim"_s},
        {u"metadata"_s,
            QJsonObject {{u"namespace"_s, ns}, {u"name"_s, name},
                {u"uid"_s, uid.isEmpty() ? name + u"-uid"_s : uid}, {u"resourceVersion"_s, rv}}}};
}

/// `count` claims in namespace "a", named c0, c1...
QList<QJsonObject> claims(int count)
{
    QList<QJsonObject> list;
    for (int i = 0; i < count; ++i)
        list.append(pvc(u"a"_s, u"c%1"_s.arg(i), u"1"_s));
    return list;
}

QList<StoreChange> changesOf(const QSignalSpy& spy, int index)
{
    return spy.at(index).at(1).value<QList<StoreChange>>();
}

/// A pod in namespace "a" mounting the given claims (and an emptyDir, which is no claim).
QJsonObject pod(const QString& name, const QStringList& claimNames, const QString& rv)
{
    QJsonArray volumes {QJsonObject {{u"name"_s, u"scratch"_s}, {u"emptyDir"_s, QJsonObject()}}};
    for (const QString& claim : claimNames)
        volumes.append(QJsonObject {{u"name"_s, QString(claim + u"-vol"_s)},
            {u"persistentVolumeClaim"_s, QJsonObject {{u"claimName"_s, claim}}}});
    return QJsonObject {{u"kind"_s, u"Pod"_s},
        {u"metadata"_s,
            QJsonObject {{u"namespace"_s, u"a"_s}, {u"name"_s, name}, {u"uid"_s, QString(name + u"-uid"_s)},
                {u"resourceVersion"_s, rv}}},
        {u"spec"_s, QJsonObject {{u"volumes"_s, volumes}}}};
}

/// Receivers that take 1 ms a change on a clock the test owns: each turn announces one slice.
void slowReceivers(ResourceStore& store, qint64& now)
{
    store.setClock([&now] { return now; });
    QObject::connect(&store, &ResourceStore::changed, &store,
        [&now](const QString&, const QList<StoreChange>& changes) { now += 1'000'000 * changes.size(); });
}

} // namespace

class TestResourceStore final : public QObject
{
    Q_OBJECT

private slots:
    void keys_data();
    void keys();
    void coalescesIntoOneBatch();
    void sameVersionIsNotAChange();
    void replaceAppliesTheDifference();
    void deleteOfUnknownObjectIsIgnored();
    void replaceSupersedesQueuedDeltas();
    void clearDropsEverything();
    void largeBatchesAreAnnouncedInSlices();
    void slicesShrinkToWhatReceiversDigestInATurn();
    void eachKindIsSlicedAtItsOwnPace();
    void flushAnnouncesEverything();
    void clearKindDropsUnannouncedSlices();
    void largeReListIsComparedInSlices();
    void newReListSupersedesOneBeingCompared();
    void clearKindStopsAComparison();
    void objectsReadBackAsTheyWerePosted_data();
    void objectsReadBackAsTheyWerePosted();
    void sameVersion_data();
    void sameVersion();
    void podsAreIndexedByTheClaimsTheyMount();
    void aReListRebuildsTheIndex();
    void changesCarryTheObject();
    void receiversShareOneTypedObject();
};

void TestResourceStore::keys_data()
{
    QTest::addColumn<QJsonObject>("object");
    QTest::addColumn<QString>("key");
    QTest::newRow("namespaced") << pvc(u"edge-apps"_s, u"data"_s, u"1"_s) << u"edge-apps/data"_s;
    QTest::newRow("cluster-scoped") << QJsonObject {{u"metadata"_s, QJsonObject {{u"name"_s, u"share1"_s}}}}
                                    << u"share1"_s;
    QTest::newRow("ARM resource without metadata")
        << QJsonObject {{u"name"_s, u"localsmb"_s}} << u"localsmb"_s;
}

void TestResourceStore::keys()
{
    QFETCH(QJsonObject, object);
    QFETCH(QString, key);
    QCOMPARE(ResourceStore::keyOf(object), key);
}

void TestResourceStore::coalescesIntoOneBatch()
{
    ResourceStore store;
    QSignalSpy spy(&store, &ResourceStore::changed);
    store.postUpsert(u"PersistentVolumeClaim"_s, pvc(u"a"_s, u"one"_s, u"1"_s));
    store.postUpsert(u"PersistentVolumeClaim"_s, pvc(u"a"_s, u"two"_s, u"2"_s));
    store.postUpsert(u"PersistentVolumeClaim"_s, pvc(u"a"_s, u"one"_s, u"3"_s));
    store.postDelete(u"PersistentVolumeClaim"_s, pvc(u"a"_s, u"two"_s, u"4"_s));
    QCOMPARE(spy.count(), 0); // nothing before the flush
    QVERIFY(spy.wait(1000));
    QCOMPARE(spy.count(), 1);
    const QList<StoreChange> changes = changesOf(spy, 0);
    QCOMPARE(changes.size(), 4);
    QCOMPARE(changes[0].type, StoreChange::Type::Added);
    QCOMPARE(changes[2].type, StoreChange::Type::Modified);
    QCOMPARE(changes[3].type, StoreChange::Type::Deleted);
    QCOMPARE(store.count(u"PersistentVolumeClaim"_s), 1);
    QCOMPARE(
        store.object(u"PersistentVolumeClaim"_s, u"a/one"_s)[u"metadata"_s][u"resourceVersion"_s].toString(),
        u"3"_s);
}

void TestResourceStore::sameVersionIsNotAChange()
{
    ResourceStore store;
    QSignalSpy spy(&store, &ResourceStore::changed);
    store.postUpsert(u"K"_s, pvc(u"a"_s, u"one"_s, u"7"_s));
    store.flush();
    store.postUpsert(u"K"_s, pvc(u"a"_s, u"one"_s, u"7"_s));
    store.flush();
    QCOMPARE(spy.count(), 1);
}

void TestResourceStore::replaceAppliesTheDifference()
{
    ResourceStore store;
    store.postReplace(u"K"_s,
        {pvc(u"a"_s, u"keep"_s, u"1"_s), pvc(u"a"_s, u"change"_s, u"1"_s), pvc(u"a"_s, u"gone"_s, u"1"_s)});
    store.flush();
    QSignalSpy spy(&store, &ResourceStore::changed);
    store.postReplace(u"K"_s,
        {pvc(u"a"_s, u"keep"_s, u"1"_s), pvc(u"a"_s, u"change"_s, u"5"_s), pvc(u"a"_s, u"new"_s, u"6"_s)});
    store.flush();
    QCOMPARE(spy.count(), 1);
    QMap<QString, StoreChange::Type> byKey;
    for (const StoreChange& c : changesOf(spy, 0))
        byKey.insert(c.key, c.type);
    QCOMPARE(byKey.size(), 3);
    QCOMPARE(byKey.value(u"a/change"_s), StoreChange::Type::Modified);
    QCOMPARE(byKey.value(u"a/new"_s), StoreChange::Type::Added);
    QCOMPARE(byKey.value(u"a/gone"_s), StoreChange::Type::Deleted);
    QVERIFY(!byKey.contains(u"a/keep"_s));
    QCOMPARE(store.count(u"K"_s), 3);
}

void TestResourceStore::deleteOfUnknownObjectIsIgnored()
{
    ResourceStore store;
    QSignalSpy spy(&store, &ResourceStore::changed);
    store.postDelete(u"K"_s, pvc(u"a"_s, u"never"_s, u"1"_s));
    store.flush();
    QCOMPARE(spy.count(), 0);
}

void TestResourceStore::replaceSupersedesQueuedDeltas()
{
    ResourceStore store;
    store.postUpsert(u"K"_s, pvc(u"a"_s, u"stale"_s, u"1"_s));
    store.postReplace(u"K"_s, {pvc(u"a"_s, u"fresh"_s, u"2"_s)});
    store.flush();
    QCOMPARE(store.count(u"K"_s), 1);
    QVERIFY(store.contains(u"K"_s, u"a/fresh"_s));
}

void TestResourceStore::clearDropsEverything()
{
    ResourceStore store;
    store.postUpsert(u"K"_s, pvc(u"a"_s, u"one"_s, u"1"_s));
    store.flush();
    store.postUpsert(u"K"_s, pvc(u"a"_s, u"two"_s, u"1"_s)); // queued, must not survive
    QSignalSpy cleared(&store, &ResourceStore::cleared);
    QSignalSpy changed(&store, &ResourceStore::changed);
    store.clear();
    QCOMPARE(cleared.count(), 1);
    // A change posted after clear() is announced after anything still queued before it:
    // once it has come, nothing else came.
    store.postUpsert(u"Marker"_s, pvc(u"a"_s, u"marker"_s, u"1"_s));
    QVERIFY(changed.wait(5000));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toString(), u"Marker"_s);
    QCOMPARE(store.count(u"K"_s), 0);
}

void TestResourceStore::largeBatchesAreAnnouncedInSlices()
{
    // A first list of 2,500 claims, then a change queued behind it: the store holds the
    // whole state at once; the signals come in slices of at most 1,000 (receivers taking
    // 2 µs a change on the test's clock: 2,000 fit in a turn's budget), and in order.
    ResourceStore store;
    store.setMaxChangesPerTurn(1000);
    qint64 now = 0;
    store.setClock([&now] { return now; });
    connect(&store, &ResourceStore::changed, &store,
        [&now](const QString&, const QList<StoreChange>& changes) { now += 2'000 * changes.size(); });
    const QList<QJsonObject> list = claims(2500);
    QSignalSpy spy(&store, &ResourceStore::changed);
    store.postReplace(u"PersistentVolumeClaim"_s, list);
    QVERIFY(spy.wait(1000));
    QCOMPARE(store.count(u"PersistentVolumeClaim"_s), 2500); // the state is whole already
    store.postUpsert(u"PersistentVolumeClaim"_s, pvc(u"a"_s, u"c0"_s, u"2"_s));
    QTRY_VERIFY(changesOf(spy, int(spy.count()) - 1).constLast().type == StoreChange::Type::Modified);
    QStringList keys;
    const int slices = int(spy.count());
    for (int i = 0; i + 1 < slices; ++i) {
        const QList<StoreChange> changes = changesOf(spy, i);
        QVERIFY(changes.size() <= 1000);
        for (const StoreChange& c : changes) {
            QCOMPARE(c.type, StoreChange::Type::Added);
            keys.append(c.key);
        }
    }
    // The later change comes after the whole list, never before it.
    const QList<StoreChange> last = changesOf(spy, slices - 1);
    QCOMPARE(last.size(), 1);
    QCOMPARE(last.first().key, u"a/c0"_s);
    QCOMPARE(changesOf(spy, 0).size(), 8); // the first, that learns the receivers' pace
    QVERIFY(slices >= 4);
    QCOMPARE(keys.size(), 2500);
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()).size(), 2500);
}

void TestResourceStore::slicesShrinkToWhatReceiversDigestInATurn()
{
    // Receivers that take 100 µs a change (on a clock the test moves): the first slice is
    // a small one that learns their pace; the next ones what they digest in the budget.
    ResourceStore store;
    qint64 now = 0;
    qint64 costPerChange = 100'000;
    store.setClock([&now] { return now; });
    store.setMaxChangesPerTurn(500);
    QList<qsizetype> sizes;
    connect(&store, &ResourceStore::changed, &store, [&](const QString&, const QList<StoreChange>& changes) {
        sizes.append(changes.size());
        now += costPerChange * changes.size();
    });
    store.postReplace(u"PersistentVolumeClaim"_s, claims(1200));
    const auto announced = [&sizes] { return std::accumulate(sizes.cbegin(), sizes.cend(), qsizetype(0)); };
    QTRY_COMPARE(announced(), 1200);
    const qsizetype digested = ResourceStore::announceBudgetNs() / costPerChange; // 20
    QCOMPARE(sizes.first(), 8);
    QCOMPARE(sizes.at(1), digested - 8); // the rest of the first turn's budget
    QCOMPARE(sizes.at(2), digested);
    QCOMPARE(sizes.at(3), digested);
    QCOMPARE(store.nextSliceSize(u"PersistentVolumeClaim"_s), digested);
    // Slow receivers: never fewer than a few a turn.
    costPerChange = 10'000'000;
    store.postReplace(u"PersistentVolumeClaim"_s, claims(1300));
    QTRY_COMPARE(announced(), 1300);
    QCOMPARE(store.nextSliceSize(u"PersistentVolumeClaim"_s), 8);
    // Fast ones again: the slices grow back to the most a turn carries.
    costPerChange = 1'000;
    sizes.clear();
    store.postReplace(u"PersistentVolumeClaim"_s, claims(5000));
    QTRY_COMPARE(announced(), 5000 - 1300); // the first 1,300 are the same versions
    QCOMPARE(store.nextSliceSize(u"PersistentVolumeClaim"_s), 500);
    QCOMPARE(*std::max_element(sizes.cbegin(), sizes.cend()), 500);
}

void TestResourceStore::eachKindIsSlicedAtItsOwnPace()
{
    // Pods cost the receivers 10 µs a change, claims 200 µs: a claim slice must not be
    // sized by the pods' pace (200 claims would keep the window 40 ms).
    ResourceStore store;
    qint64 now = 0;
    store.setClock([&now] { return now; });
    QList<std::pair<QString, qsizetype>> slices;
    connect(
        &store, &ResourceStore::changed, &store, [&](const QString& kind, const QList<StoreChange>& changes) {
            slices.append({kind, changes.size()});
            now += (kind == u"Pod" ? 10'000 : 200'000) * changes.size();
        });
    store.postReplace(u"Pod"_s, claims(3000));
    store.postReplace(u"PersistentVolumeClaim"_s, claims(300));
    QTRY_VERIFY([&] {
        qsizetype total = 0;
        for (const auto& [kind, size] : std::as_const(slices))
            total += size;
        return total == 3300;
    }());
    QHash<QString, int> seen;
    for (const auto& [kind, size] : std::as_const(slices)) {
        // The budget at the kind's pace: 200 pods, 10 claims.
        const qsizetype most = ResourceStore::announceBudgetNs() / (kind == u"Pod" ? 10'000 : 200'000);
        if (seen[kind]++ > 0)
            QVERIFY2(size <= most, qPrintable(u"%1 slice of %2"_s.arg(kind).arg(size)));
        else
            QCOMPARE(size, 8); // the first slice of a kind learns its pace
    }
    QVERIFY(seen.value(u"Pod"_s) > 2);
    QVERIFY(seen.value(u"PersistentVolumeClaim"_s) > 2);
    QCOMPARE(store.nextSliceSize(u"Pod"_s), ResourceStore::announceBudgetNs() / 10'000);
    QCOMPARE(store.nextSliceSize(u"PersistentVolumeClaim"_s), ResourceStore::announceBudgetNs() / 200'000);
}

void TestResourceStore::flushAnnouncesEverything()
{
    ResourceStore store;
    store.setMaxChangesPerTurn(100);
    qint64 now = 0;
    slowReceivers(store, now);
    const QList<QJsonObject> list = claims(250);
    QSignalSpy spy(&store, &ResourceStore::changed);
    store.postReplace(u"PersistentVolumeClaim"_s, list);
    QVERIFY(spy.wait(1000)); // the first slice, on its own
    QCOMPARE(changesOf(spy, 0).size(), 8);
    store.flush(); // the rest, now
    qsizetype announced = 0;
    for (int i = 0; i < spy.count(); ++i)
        announced += changesOf(spy, i).size();
    QCOMPARE(announced, 250);
    const int emitted = int(spy.count());
    // Nothing left over: the next change posted is the next one announced.
    store.postUpsert(u"Marker"_s, pvc(u"a"_s, u"marker"_s, u"1"_s));
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.count(), emitted + 1);
    QCOMPARE(spy.last().first().toString(), u"Marker"_s);
}

void TestResourceStore::clearKindDropsUnannouncedSlices()
{
    ResourceStore store;
    store.setMaxChangesPerTurn(10);
    qint64 now = 0;
    slowReceivers(store, now); // a slice a turn
    const QList<QJsonObject> list = claims(50);
    QSignalSpy spy(&store, &ResourceStore::changed);
    store.postReplace(u"PersistentVolumeClaim"_s, list);
    QVERIFY(spy.wait(1000));
    store.clearKind(u"PersistentVolumeClaim"_s);
    // No slice of the dropped kind after clearKind(): the next change announced is a later one.
    store.postUpsert(u"Marker"_s, pvc(u"a"_s, u"marker"_s, u"1"_s));
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.count(), 2);
    QCOMPARE(spy.last().first().toString(), u"Marker"_s);
    QCOMPARE(store.count(u"PersistentVolumeClaim"_s), 0);
}

void TestResourceStore::largeReListIsComparedInSlices()
{
    // 1,000 claims held; a re-list of 1,000 (one changed, one gone, one new) compared 300 at
    // a time: readers see the old table, whole, until the new one is complete; a change
    // posted meanwhile waits behind it; flush() is never needed.
    ResourceStore store;
    store.postReplace(u"K"_s, claims(1000));
    store.flush();
    store.setMaxObjectsPerTurn(300);
    store.setFlushInterval(0);
    QList<QJsonObject> next = claims(1000);
    next[5] = pvc(u"a"_s, u"c5"_s, u"2"_s);
    next.removeAt(7);
    next.append(pvc(u"a"_s, u"new"_s, u"3"_s));
    QSignalSpy spy(&store, &ResourceStore::changed);
    int turnsWithTheOldTable = 0;
    QTimer observer; // one look per event-loop turn
    observer.setInterval(0);
    connect(&observer, &QTimer::timeout, &store, [&] {
        if (store.contains(u"K"_s, u"a/c7"_s)) {
            ++turnsWithTheOldTable;
            QVERIFY(!store.contains(u"K"_s, u"a/new"_s)); // never a mix of old and new
            QCOMPARE(
                store.object(u"K"_s, u"a/c5"_s).value(u"metadata"_s).toObject().value(u"resourceVersion"_s),
                u"1"_s);
        }
    });
    observer.start();
    store.postReplace(u"K"_s, next);
    store.postUpsert(u"K"_s, pvc(u"a"_s, u"c9"_s, u"4"_s)); // after the re-list
    QTRY_COMPARE(spy.count(), 2);
    observer.stop();
    // 1,000 objects and 1,000 old keys at 300 a turn: at least six turns with the old table.
    QVERIFY2(turnsWithTheOldTable >= 6, qPrintable(QString::number(turnsWithTheOldTable)));
    QMap<QString, StoreChange::Type> byKey;
    for (const StoreChange& c : changesOf(spy, 0))
        byKey.insert(c.key, c.type);
    QCOMPARE(byKey.size(), 3);
    QCOMPARE(byKey.value(u"a/c5"_s), StoreChange::Type::Modified);
    QCOMPARE(byKey.value(u"a/c7"_s), StoreChange::Type::Deleted);
    QCOMPARE(byKey.value(u"a/new"_s), StoreChange::Type::Added);
    QCOMPARE(changesOf(spy, 1).size(), 1);
    QCOMPARE(changesOf(spy, 1).first().key, u"a/c9"_s);
    QCOMPARE(store.count(u"K"_s), 1000);
    QCOMPARE(
        store.object(u"K"_s, u"a/c9"_s).value(u"metadata"_s).toObject().value(u"resourceVersion"_s), u"4"_s);
}

void TestResourceStore::newReListSupersedesOneBeingCompared()
{
    ResourceStore store;
    store.setMaxObjectsPerTurn(100);
    store.setFlushInterval(0);
    QSignalSpy spy(&store, &ResourceStore::changed);
    store.postReplace(u"K"_s, claims(1000));
    QTRY_VERIFY(spy.isEmpty() && store.count(u"K"_s) == 0); // being compared
    store.postReplace(u"K"_s, claims(3));
    QTRY_COMPARE(store.count(u"K"_s), 3);
    store.flush();
    qsizetype announced = 0;
    for (int i = 0; i < spy.count(); ++i)
        announced += changesOf(spy, i).size();
    QCOMPARE(announced, 3); // nothing of the superseded list
}

void TestResourceStore::clearKindStopsAComparison()
{
    ResourceStore store;
    store.setMaxObjectsPerTurn(100);
    store.setFlushInterval(0);
    QSignalSpy spy(&store, &ResourceStore::changed);
    store.postReplace(u"K"_s, claims(1000));
    store.postUpsert(u"L"_s, pvc(u"a"_s, u"other"_s, u"1"_s));
    QTRY_COMPARE(spy.count(), 1); // the other kind does not wait for K's comparison
    QCOMPARE(spy.at(0).at(0).toString(), u"L"_s);
    QCOMPARE(store.count(u"K"_s), 0);
    store.clearKind(u"K"_s);
    store.flush();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(store.count(u"K"_s), 0);
}

void TestResourceStore::objectsReadBackAsTheyWerePosted_data()
{
    QTest::addColumn<QJsonObject>("object");
    QJsonObject japanese = pvc(u"データ"_s, u"共有-1"_s, u"7"_s);
    japanese.insert(
        u"spec"_s, QJsonObject {{u"description"_s, u"写真と\"引用\"\n改行\u0001"_s}, {u"emoji"_s, u"📦"_s}});
    QTest::newRow("Japanese, quotes, control characters") << japanese;
    QJsonObject numbers = pvc(u"a"_s, u"numbers"_s, u"8"_s);
    numbers.insert(u"spec"_s,
        QJsonObject {{u"big"_s, qint64(9007199254740991)}, {u"negative"_s, -42}, {u"fraction"_s, 0.125},
            {u"zero"_s, 0}, {u"yes"_s, true}, {u"nothing"_s, QJsonValue::Null}});
    QTest::newRow("numbers, booleans, null") << numbers;
    QJsonObject nested = pvc(u"a"_s, u"nested"_s, u"9"_s);
    nested.insert(u"status"_s,
        QJsonObject {{u"conditions"_s,
            QJsonArray {QJsonObject {{u"type"_s, u"Ready"_s}}, QJsonArray {}, QJsonObject {}}}});
    QTest::newRow("nested arrays and empty containers") << nested;
}

void TestResourceStore::objectsReadBackAsTheyWerePosted()
{
    QFETCH(QJsonObject, object);
    ResourceStore store;
    store.postUpsert(u"PersistentVolumeClaim"_s, object);
    store.flush();
    const QString key = ResourceStore::keyOf(object);
    QCOMPARE(store.object(u"PersistentVolumeClaim"_s, key), object);
    QCOMPARE(store.objects(u"PersistentVolumeClaim"_s), QList<QJsonObject> {object});
    // Kept as text, which is far smaller than the object (the point of the text).
    const StoredObject stored = store.stored(u"PersistentVolumeClaim"_s, key);
    QCOMPARE(stored.key(), key);
    QVERIFY(stored.textBytes() > 0);
    QVERIFY(stored.textBytes() < 400);
}

void TestResourceStore::podsAreIndexedByTheClaimsTheyMount()
{
    ResourceStore store;
    const QString Pod = u"Pod"_s;
    store.postUpsert(Pod, pod(u"web-1"_s, {u"data"_s}, u"1"_s));
    store.postUpsert(Pod, pod(u"web-0"_s, {u"data"_s, u"logs"_s}, u"2"_s));
    store.postUpsert(Pod, pod(u"batch"_s, {}, u"3"_s));
    store.flush();
    QCOMPARE(store.referringKeys(Pod, u"a/data"_s), (QStringList {u"a/web-0"_s, u"a/web-1"_s}));
    QCOMPARE(store.referringKeys(Pod, u"a/logs"_s), QStringList {u"a/web-0"_s});
    QCOMPARE(store.referringKeys(Pod, u"b/data"_s), QStringList()); // another namespace
    QCOMPARE(store.referringKeys(Pod, u"a/scratch"_s), QStringList()); // an emptyDir
    QCOMPARE(store.referringObjects(Pod, u"a/logs"_s).size(), 1);
    QCOMPARE(ResourceStore::keyOf(store.referringObjects(Pod, u"a/logs"_s).first()), u"a/web-0"_s);

    // web-0 lets go of data; web-1 is deleted; the batch pod takes the logs.
    store.postUpsert(Pod, pod(u"web-0"_s, {u"logs"_s}, u"4"_s));
    store.postDelete(Pod, pod(u"web-1"_s, {u"data"_s}, u"5"_s));
    store.postUpsert(Pod, pod(u"batch"_s, {u"logs"_s}, u"6"_s));
    store.flush();
    QCOMPARE(store.referringKeys(Pod, u"a/data"_s), QStringList());
    QCOMPARE(store.referringKeys(Pod, u"a/logs"_s), (QStringList {u"a/batch"_s, u"a/web-0"_s}));

    // A claim of a generic ephemeral volume is named after the pod and the volume.
    QJsonObject ephemeral = pod(u"cache"_s, {}, u"7"_s);
    ephemeral.insert(u"spec"_s,
        QJsonObject {{u"volumes"_s,
            QJsonArray {QJsonObject {{u"name"_s, u"scratch"_s},
                {u"ephemeral"_s, QJsonObject {{u"volumeClaimTemplate"_s, QJsonObject()}}}}}}});
    store.postUpsert(Pod, ephemeral);
    store.flush();
    QCOMPARE(store.referringKeys(Pod, u"a/cache-scratch"_s), QStringList {u"a/cache"_s});

    store.clearKind(Pod);
    QCOMPARE(store.referringKeys(Pod, u"a/logs"_s), QStringList());
}

void TestResourceStore::aReListRebuildsTheIndex()
{
    ResourceStore store;
    store.setMaxObjectsPerTurn(2); // compared over several turns
    store.setFlushInterval(0);
    const QString Pod = u"Pod"_s;
    store.postReplace(Pod, {pod(u"p1"_s, {u"c1"_s}, u"1"_s), pod(u"p2"_s, {u"c1"_s}, u"1"_s)});
    store.flush();
    QCOMPARE(store.referringKeys(Pod, u"a/c1"_s), (QStringList {u"a/p1"_s, u"a/p2"_s}));
    // The re-list: p1 unchanged, p2 moved to c2, p3 new, and the index is the new state's.
    QSignalSpy spy(&store, &ResourceStore::changed);
    store.postReplace(Pod,
        {pod(u"p1"_s, {u"c1"_s}, u"1"_s), pod(u"p2"_s, {u"c2"_s}, u"2"_s), pod(u"p3"_s, {u"c2"_s}, u"3"_s),
            pod(u"p4"_s, {}, u"3"_s)});
    QTRY_VERIFY(!spy.isEmpty()); // announced when the comparison is complete
    QCOMPARE(store.referringKeys(Pod, u"a/c1"_s), QStringList {u"a/p1"_s});
    QCOMPARE(store.referringKeys(Pod, u"a/c2"_s), (QStringList {u"a/p2"_s, u"a/p3"_s}));
}

void TestResourceStore::changesCarryTheObject()
{
    ResourceStore store;
    QSignalSpy spy(&store, &ResourceStore::changed);
    QList<QJsonObject> seen;
    connect(
        &store, &ResourceStore::changed, this, [&seen](const QString&, const QList<StoreChange>& changes) {
            for (const StoreChange& change : changes)
                seen.append(change.object());
        });
    const QJsonObject one = pvc(u"a"_s, u"one"_s, u"1"_s);
    const QJsonObject gone = pvc(u"a"_s, u"one"_s, u"2"_s);
    store.postUpsert(u"K"_s, one);
    store.flush();
    store.postDelete(u"K"_s, gone);
    store.flush();
    QCOMPARE(seen, (QList<QJsonObject> {one, gone})); // a deletion carries the last state
    QCOMPARE(changesOf(spy, 1).first().object(), gone); // and so does a copy of the change
}

void TestResourceStore::receiversShareOneTypedObject()
{
    // Two caches that keep the typed claim of a change get one object between them (its
    // texts shared), decoded once, in the form caches keep.
    ResourceStore store;
    QList<PersistentVolumeClaim> first;
    QList<PersistentVolumeClaim> second;
    QList<const void*> addresses;
    for (QList<PersistentVolumeClaim>* cache : {&first, &second}) {
        connect(&store, &ResourceStore::changed, this,
            [cache, &addresses](const QString&, const QList<StoreChange>& changes) {
                for (const StoreChange& change : changes) {
                    cache->append(change.as<PersistentVolumeClaim>());
                    addresses.append(&change.as<PersistentVolumeClaim>());
                }
            });
    }
    QJsonObject claim = pvc(u"a"_s, u"data"_s, u"1"_s);
    claim.insert(u"spec"_s, QJsonObject {{u"storageClassName"_s, u"gold"_s}, {u"volumeMode"_s, u"Block"_s}});
    store.postUpsert(u"PersistentVolumeClaim"_s, claim);
    store.flush();
    QCOMPARE(first.size(), 1);
    QCOMPARE(second.size(), 1);
    QCOMPARE(addresses.at(0), addresses.at(1)); // decoded once
    QCOMPARE(first.first().storageClassName, u"gold"_s);
    QVERIFY(first.first().metadata.name.constData() == second.first().metadata.name.constData());
    QVERIFY(first.first().json().isEmpty()); // forCache(): no selector or access modes to keep
}

void TestResourceStore::sameVersion_data()
{
    QTest::addColumn<QString>("leftVersion");
    QTest::addColumn<QString>("leftUid");
    QTest::addColumn<QString>("rightVersion");
    QTest::addColumn<QString>("rightUid");
    QTest::addColumn<bool>("same");
    QTest::newRow("same state") << u"7"_s << u"u-1"_s << u"7"_s << u"u-1"_s << true;
    QTest::newRow("a newer state") << u"7"_s << u"u-1"_s << u"8"_s << u"u-1"_s << false;
    QTest::newRow("re-created with the same version") << u"7"_s << u"u-1"_s << u"7"_s << u"u-2"_s << false;
    QTest::newRow("no version: never the same") << QString() << u"u-1"_s << QString() << u"u-1"_s << false;
    QTest::newRow("no uid") << u"7"_s << QString() << u"7"_s << QString() << true;
    QTest::newRow("no uid on one side") << u"7"_s << QString() << u"7"_s << u"u-1"_s << false;
    QTest::newRow("a version that is not a number") << u"abc"_s << u"u-1"_s << u"abc"_s << u"u-1"_s << true;
    QTest::newRow("another version that is not a number")
        << u"abc"_s << u"u-1"_s << u"abd"_s << u"u-1"_s << false;
    QTest::newRow("a number and a text") << u"7"_s << u"u-1"_s << u"7a"_s << u"u-1"_s << false;
    QTest::newRow("the same number written otherwise") << u"7"_s << u"u-1"_s << u"07"_s << u"u-1"_s << false;
    QTest::newRow("a number with a space") << u"7"_s << u"u-1"_s << u" 7"_s << u"u-1"_s << false;
    QTest::newRow("large revisions") << u"9007199254740993"_s << u"u-1"_s << u"9007199254740992"_s << u"u-1"_s
                                     << false;
    QTest::newRow("revisions past 18 digits")
        << u"1234567890123456789"_s << u"u-1"_s << u"1234567890123456789"_s << u"u-1"_s << true;
}

void TestResourceStore::sameVersion()
{
    QFETCH(QString, leftVersion);
    QFETCH(QString, leftUid);
    QFETCH(QString, rightVersion);
    QFETCH(QString, rightUid);
    QFETCH(bool, same);
    const auto object = [](const QString& version, const QString& uid) {
        QJsonObject meta {{u"name"_s, u"pv-1"_s}};
        if (!version.isNull())
            meta.insert(u"resourceVersion"_s, version);
        if (!uid.isNull())
            meta.insert(u"uid"_s, uid);
        return StoredObject::encode(u"PersistentVolume"_s, QJsonObject {{u"metadata"_s, meta}});
    };
    QCOMPARE(object(leftVersion, leftUid).isSameVersion(object(rightVersion, rightUid)), same);
    QCOMPARE(object(rightVersion, rightUid).isSameVersion(object(leftVersion, leftUid)), same);
}

QTEST_GUILESS_MAIN(TestResourceStore)
#include "tst_resourcestore.moc"
