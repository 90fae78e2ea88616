// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// WatchPipeline: a watch body decoded on a pool thread, its items back in order on the
// receiving thread, with the transform and the store's encoding done there too; an error
// ends it; a pipeline or context destroyed with a job in flight hears nothing more.

#include "app/kube/WatchPipeline.h"

#include "tests/support/TestJson.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QThreadPool>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace ase;
using ase::test::watchLine;

namespace {

/// What an item says: "ADDED pv-3 @3", "error <message>".
QString describe(const WatchDecoder::Item& item)
{
    if (item.kind == WatchDecoder::Item::Kind::Error)
        return u"error "_s + item.error.message();
    const QJsonObject object = item.event.stored.isNull() ? item.event.object : item.event.stored.decode();
    return WatchEvent::typeName(item.event.type) + u' '
        + object.value("metadata"_L1).toObject().value("name"_L1).toString() + u" @"_s
        + item.event.resourceVersion();
}

/// A transform that holds the pool thread until the test lets it go.
struct BlockingTransform
{
    QSemaphore entered;
    QSemaphore release;

    std::function<QJsonObject(QJsonObject)> function()
    {
        return [this](QJsonObject object) {
            entered.release();
            release.acquire();
            return object;
        };
    }
};

/// Takes every item the pipeline hands over until it is done (or `timeoutMs` passes).
QStringList collect(
    WatchPipeline& pipeline, QList<WatchDecoder::Item>* items = nullptr, int timeoutMs = 10000)
{
    QStringList seen;
    auto takeAll = [&] {
        while (pipeline.hasItems()) {
            const WatchDecoder::Item item = pipeline.take();
            seen << describe(item);
            if (items)
                items->append(item);
        }
    };
    takeAll();
    (void)QTest::qWaitFor(
        [&] {
            takeAll();
            return pipeline.isDone();
        },
        timeoutMs);
    return seen;
}

} // namespace

class TestWatchPipeline final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void itemsArriveInOrderFromChunksSplitAnywhere_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::newRow("seed 1") << 1U;
        QTest::newRow("seed 7") << 7U;
        QTest::newRow("seed 42") << 42U;
    }

    void itemsArriveInOrderFromChunksSplitAnywhere()
    {
        QFETCH(quint32, seed);
        QByteArray body;
        QStringList expected;
        for (int i = 1; i <= 300; ++i) {
            const char* type = i % 7 == 0 ? "DELETED" : i % 3 == 0 ? "MODIFIED" : "ADDED";
            body += watchLine(type, u"pv-%1"_s.arg(i), i);
            expected << u"%1 pv-%2 @%2"_s.arg(QLatin1StringView(type)).arg(i);
        }
        body.chop(1); // the last line has no newline: finish() makes it count

        QObject context;
        int readyCalls = 0;
        WatchPipeline pipeline(&context, {1 << 20, {}, {}}, [&readyCalls] { ++readyCalls; });
        QRandomGenerator random(seed);
        for (qsizetype at = 0; at < body.size();) {
            const qsizetype chunk = std::min<qsizetype>(random.bounded(1, 400), body.size() - at);
            pipeline.feed(body.mid(at, chunk));
            at += chunk;
            if (random.bounded(4) == 0)
                QCoreApplication::processEvents(); // let some jobs land between feeds
        }
        pipeline.finish();
        QVERIFY(!pipeline.isDone());
        QCOMPARE(collect(pipeline), expected);
        QVERIFY(readyCalls > 0);
        QVERIFY(!pipeline.hasItems());
    }

    void transformsAndEncodesOnAPoolThread()
    {
        std::atomic<QThread*> transformedOn {nullptr};
        auto transform = [&transformedOn](QJsonObject object) {
            transformedOn = QThread::currentThread();
            QJsonObject metadata = object.value("metadata"_L1).toObject();
            metadata.insert("labels"_L1, QJsonObject {{"seen"_L1, "yes"_L1}});
            object.insert("metadata"_L1, metadata);
            return object;
        };
        QObject context;
        WatchPipeline pipeline(&context, {1 << 20, transform, u"PersistentVolume"_s}, {});
        pipeline.feed(
            watchLine("ADDED", u"a"_s, 5) + watchLine("DELETED", u"b"_s, 6) + watchLine("BOOKMARK", {}, 7));
        pipeline.finish();
        QList<WatchDecoder::Item> items;
        QCOMPARE(
            collect(pipeline, &items), (QStringList {u"ADDED a @5"_s, u"DELETED b @6"_s, u"BOOKMARK  @7"_s}));
        QVERIFY(transformedOn.load() != nullptr);
        QVERIFY(transformedOn.load() != QThread::currentThread());

        // The added object: transformed, encoded with its key, the decoded form given up.
        const WatchEvent& added = items.at(0).event;
        QVERIFY(added.object.isEmpty());
        QCOMPARE(added.stored.key(), u"a"_s);
        QCOMPARE(added.stored.decode()["metadata"_L1]["labels"_L1]["seen"_L1].toString(), u"yes"_s);
        // The deletion passes the transform by, as the store's postDelete() expects.
        const WatchEvent& deleted = items.at(1).event;
        QCOMPARE(deleted.stored.key(), u"b"_s);
        QVERIFY(!deleted.stored.decode()["metadata"_L1].toObject().contains("labels"_L1));
        // A bookmark keeps its object (for isInitialEventsEnd()) and is not encoded.
        QVERIFY(items.at(2).event.stored.isNull());
        QCOMPARE(items.at(2).event.object["metadata"_L1]["resourceVersion"_L1].toString(), u"7"_s);
    }

    void withoutEncodingTheObjectStaysDecoded()
    {
        QObject context;
        WatchPipeline pipeline(&context, {1 << 20, {}, {}}, {});
        pipeline.feed(watchLine("MODIFIED", u"c"_s, 9));
        pipeline.finish();
        QList<WatchDecoder::Item> items;
        QCOMPARE(collect(pipeline, &items), QStringList {u"MODIFIED c @9"_s});
        QVERIFY(items.at(0).event.stored.isNull());
        QCOMPARE(items.at(0).event.object["metadata"_L1]["name"_L1].toString(), u"c"_s);
    }

    void anErrorEndsThePipeline()
    {
        QObject context;
        WatchPipeline pipeline(&context, {1 << 20, {}, {}}, {});
        pipeline.feed(watchLine("ADDED", u"a"_s, 1) + "not json\n" + watchLine("ADDED", u"b"_s, 2));
        const QStringList seen = collect(pipeline);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.at(0), u"ADDED a @1"_s);
        QVERIFY2(seen.at(1).startsWith(u"error The watch stream sent something that is not a watch event"_s),
            qPrintable(seen.at(1)));
        // Nothing follows an error, whatever is fed.
        QVERIFY(pipeline.isDone());
        pipeline.feed(watchLine("ADDED", u"c"_s, 3));
        pipeline.finish();
        QVERIFY(!pipeline.hasItems());
        QVERIFY(pipeline.isDone());
    }

    void aLineOverTheLimitIsAnError()
    {
        QObject context;
        WatchPipeline pipeline(&context, {64, {}, {}}, {});
        pipeline.feed(watchLine("ADDED", u"a-name-long-enough-to-pass-sixty-four-bytes"_s, 1));
        const QStringList seen = collect(pipeline);
        QCOMPARE(seen.size(), 1);
        QVERIFY2(seen.at(0).startsWith(u"error "_s), qPrintable(seen.at(0)));
    }

    void aPipelineDestroyedWithAJobInFlightHearsNothing()
    {
        BlockingTransform blocking;
        QObject context;
        int readyCalls = 0;
        auto pipeline = std::make_unique<WatchPipeline>(&context,
            WatchPipeline::Options {1 << 20, blocking.function(), {}}, [&readyCalls] { ++readyCalls; });
        pipeline->feed(watchLine("ADDED", u"a"_s, 1));
        QVERIFY(blocking.entered.tryAcquire(1, 10000)); // the job is running
        pipeline.reset();
        blocking.release.release();
        QThreadPool::globalInstance()->waitForDone(10000);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(readyCalls, 0);
    }

    void aContextDestroyedWithAJobInFlightHearsNothing()
    {
        BlockingTransform blocking;
        auto context = std::make_unique<QObject>();
        int readyCalls = 0;
        WatchPipeline pipeline(
            context.get(), {1 << 20, blocking.function(), {}}, [&readyCalls] { ++readyCalls; });
        pipeline.feed(watchLine("ADDED", u"a"_s, 1));
        QVERIFY(blocking.entered.tryAcquire(1, 10000));
        context.reset();
        blocking.release.release();
        QThreadPool::globalInstance()->waitForDone(10000);
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(readyCalls, 0);
        QVERIFY(!pipeline.hasItems());
        // Without its context the pipeline starts no more jobs.
        pipeline.feed(watchLine("ADDED", u"b"_s, 2));
        QThreadPool::globalInstance()->waitForDone(10000);
        QCoreApplication::processEvents();
        QCOMPARE(readyCalls, 0);
    }
};

QTEST_GUILESS_MAIN(TestWatchPipeline)
#include "tst_watchpipeline.moc"
