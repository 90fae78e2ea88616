// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// MemoryRelease: a burst of large work gives memory back once, a moment after its last
// call, off the calling thread; the store asks for it after a large batch and not after a
// small one. The arena limit grows with the cores (the limit itself: tst_arenalimit).

#include "models/store/MemoryRelease.h"
#include "models/store/ResourceStore.h"

#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ase;

namespace {

QList<QJsonObject> claims(int count)
{
    QList<QJsonObject> list;
    for (int i = 0; i < count; ++i) {
        list.append(QJsonObject {{u"metadata"_s,
            QJsonObject {{u"namespace"_s, u"a"_s}, {u"name"_s, u"c%1"_s.arg(i)},
                {u"resourceVersion"_s, u"1"_s}, {u"uid"_s, u"u%1"_s.arg(i)}}}});
    }
    return list;
}

} // namespace

class TestMemoryRelease final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void arenaLimitGrowsWithCores_data()
    {
        QTest::addColumn<int>("cores");
        QTest::addColumn<int>("limit");
        QTest::newRow("1 core") << 1 << 4;
        QTest::newRow("2 cores") << 2 << 4;
        QTest::newRow("16 cores") << 16 << 4;
        QTest::newRow("24 cores") << 24 << 6;
        QTest::newRow("64 cores") << 64 << 16;
    }

    void arenaLimitGrowsWithCores()
    {
        QFETCH(int, cores);
        QFETCH(int, limit);
        QCOMPARE(MemoryRelease::arenaLimit(cores), limit);
    }

    void init()
    {
        MemoryRelease::instance().cancel();
        MemoryRelease::instance().setDelay(std::chrono::milliseconds(50));
    }

    void aBurstReleasesOnce()
    {
        MemoryRelease& release = MemoryRelease::instance();
        QSignalSpy released(&release, &MemoryRelease::released);
        const int before = release.releases();
        QVERIFY(!release.isPending());
        MemoryRelease::afterLargeWork();
        MemoryRelease::afterLargeWork();
        MemoryRelease::afterLargeWork();
        QVERIFY(release.isPending());
        QVERIFY(released.wait(5000));
        QCOMPARE(release.releases(), before + 1);
        QVERIFY(!release.isPending());
        // One more call, one more release: the burst of three above gave exactly one.
        MemoryRelease::afterLargeWork();
        QVERIFY(released.wait(5000));
        QCOMPARE(released.count(), 2);
        QCOMPARE(release.releases(), before + 2);
    }

    void eachCallPostponesTheRelease()
    {
        MemoryRelease& release = MemoryRelease::instance();
        release.setDelay(std::chrono::hours(1));
        MemoryRelease::afterLargeWork();
        QVERIFY(release.isPending());
        const int before = release.releases();
        // Work that goes on keeps postponing it: nothing is released while it lasts.
        for (int i = 0; i < 5; ++i) {
            MemoryRelease::afterLargeWork();
            QCoreApplication::processEvents();
        }
        QVERIFY(release.isPending());
        QCOMPARE(release.releases(), before);
        release.cancel();
    }

    void theStoreAsksAfterALargeBatchOnly()
    {
        MemoryRelease& release = MemoryRelease::instance();
        release.setDelay(std::chrono::hours(1)); // scheduled, not run, during the test
        ResourceStore store;
        store.postReplace(u"PersistentVolumeClaim"_s, claims(100));
        store.flush();
        QCOMPARE(store.count(u"PersistentVolumeClaim"_s), 100);
        QVERIFY(!release.isPending());
        store.postReplace(u"PersistentVolumeClaim"_s, claims(3000));
        store.flush();
        QCOMPARE(store.count(u"PersistentVolumeClaim"_s), 3000);
        QVERIFY(release.isPending());
        release.cancel();
        // Closing a connection frees the whole store.
        store.clear();
        QVERIFY(release.isPending());
        release.cancel();
    }
};

QTEST_GUILESS_MAIN(TestMemoryRelease)
#include "tst_memoryrelease.moc"
