// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// WatchDecoder: the body of a watch (one JSON event per line) decoded from chunks split
// anywhere, with the ERROR events, the lines that are not watch events and the line limit.

#include "app/kube/WatchDecoder.h"

#include "tests/support/TestJson.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ase;
using ase::test::watchLine;

namespace {

/// "ADDED data", "BOOKMARK @42", and for the end "error: <category> <code> <message>".
QStringList decodeInChunks(WatchDecoder& decoder, const QByteArray& body, qsizetype chunk)
{
    QStringList seen;
    auto drain = [&] {
        while (true) {
            const WatchDecoder::Item item = decoder.next();
            if (item.kind == WatchDecoder::Item::Kind::NeedMore)
                return true;
            if (item.kind == WatchDecoder::Item::Kind::Error) {
                seen << u"error %1 %2"_s.arg(item.error.httpStatus).arg(item.error.message());
                return false;
            }
            const QString name
                = item.event.object.value("metadata"_L1).toObject().value("name"_L1).toString();
            seen << WatchEvent::typeName(item.event.type) + u' '
                    + (name.isEmpty() ? u'@' + item.event.resourceVersion() : name);
        }
    };
    for (qsizetype at = 0; at < body.size(); at += chunk) {
        decoder.feed(QByteArrayView(body).sliced(at, std::min(chunk, body.size() - at)));
        if (!drain())
            return seen;
    }
    decoder.finish();
    drain();
    return seen;
}

} // namespace

class TestWatchDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data();
    void decodes();
    void lastLineNeedsFinish();
    void endlessLineFailsBeforeItEnds();
    void errorIsFinal();
    void limitErrorNamesTheLimit();
    void watchEventHelpers();
};

void TestWatchDecoder::decodes_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected");

    const QByteArray three
        = watchLine("ADDED", u"a"_s, 1) + watchLine("MODIFIED", u"a"_s, 2) + watchLine("DELETED", u"a"_s, 3);
    QTest::newRow("three events") << three << QStringList {u"ADDED a"_s, u"MODIFIED a"_s, u"DELETED a"_s};
    QTest::newRow("bookmark") << QByteArray(
        R"({"type":"BOOKMARK","object":{"metadata":{"resourceVersion":"42"}}})"
        "\n") << QStringList {u"BOOKMARK @42"_s};
    QTest::newRow("CRLF and blank lines")
        << QByteArray("\r\n\n" + watchLine("ADDED", u"b"_s, 1).chopped(1) + "\r\n  \n")
        << QStringList {u"ADDED b"_s};
    // Multi-byte UTF-8 (3 and 4 bytes): every chunk size below splits some sequence.
    QTest::newRow("UTF-8 names") << watchLine("ADDED", u"データ"_s, 1)
            + watchLine("ADDED", u"\U0001F4BE"_s, 2)
                                 << QStringList {u"ADDED データ"_s, u"ADDED \U0001F4BE"_s};
    QTest::newRow("in-stream 410 ends the stream")
        << QByteArray(watchLine("ADDED", u"a"_s, 1)
               + "{\"type\":\"ERROR\",\"object\":{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"status\":"
                 "\"Failure\",\"message\":\"too old resource version: 1 (5)\",\"reason\":\"Expired\","
                 "\"code\":410}}\n"
               + watchLine("ADDED", u"never"_s, 6))
        << QStringList {u"ADDED a"_s, u"error 410 too old resource version: 1 (5)"_s};
    QTest::newRow("ERROR without a Status")
        << QByteArray("{\"type\":\"ERROR\",\"object\":{\"message\":\"x\"}}\n")
        << QStringList {u"error 0 The watch stream reported an error without a Status."_s};
    QTest::newRow("not JSON") << QByteArray("<html>oops</html>\n")
                              << QStringList {u"error 0 The watch stream sent something that is not a watch "
                                              "event: the line is not JSON (illegal value at byte 1)."_s};
    QTest::newRow("JSON array") << QByteArray("[1,2]\n")
                                << QStringList {u"error 0 The watch stream sent something that is not a "
                                                "watch event: the line is not a JSON object."_s};
    QTest::newRow("a list, not an event")
        << QByteArray(R"({"kind":"PersistentVolumeList","items":[]})"
                      "\n")
        << QStringList {u"error 0 The watch stream sent something that is not a watch event: it has "
                        "no \"type\"."_s};
    QTest::newRow("unknown type")
        << QByteArray(R"({"type":"RENAMED","object":{}})"
                      "\n")
        << QStringList {u"error 0 The watch stream sent something that is not a watch event: its type "
                        "\"RENAMED\" is none of ADDED, MODIFIED, DELETED, BOOKMARK, ERROR."_s};
    QTest::newRow("object missing")
        << QByteArray(R"({"type":"ADDED","object":"pv"})"
                      "\n")
        << QStringList {u"error 0 The watch stream sent something that is not a watch event: its "
                        "\"object\" is missing or not an object."_s};
    QTest::newRow("truncated last line")
        << QByteArray(watchLine("ADDED", u"a"_s, 1) + R"({"type":"ADDED","obj)")
        << QStringList {u"ADDED a"_s,
               u"error 0 The watch stream sent something that is not a watch event: the line is not "
               "JSON (unterminated string at byte 21)."_s};
}

void TestWatchDecoder::decodes()
{
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);
    for (qsizetype chunk :
        {qsizetype(1), qsizetype(2), qsizetype(3), qsizetype(7), qsizetype(64), body.size()}) {
        WatchDecoder decoder(1024);
        QCOMPARE(decodeInChunks(decoder, body, chunk), expected);
    }
}

void TestWatchDecoder::lastLineNeedsFinish()
{
    WatchDecoder decoder(1024);
    decoder.feed(watchLine("ADDED", u"a"_s, 1).chopped(1));
    QCOMPARE(decoder.next().kind, WatchDecoder::Item::Kind::NeedMore);
    decoder.finish();
    const WatchDecoder::Item item = decoder.next();
    QCOMPARE(item.kind, WatchDecoder::Item::Kind::Event);
    QCOMPARE(item.event.resourceVersion(), u"1"_s);
    QCOMPARE(decoder.next().kind, WatchDecoder::Item::Kind::NeedMore);
    QCOMPARE(decoder.bufferedBytes(), 0);
}

void TestWatchDecoder::endlessLineFailsBeforeItEnds()
{
    // A server that never ends its line: the decoder gives up once the line passes the
    // limit, holding at most the limit plus one chunk.
    WatchDecoder decoder(4096);
    const QByteArray chunk(1000, 'x');
    int fed = 0;
    WatchDecoder::Item item;
    while (item.kind == WatchDecoder::Item::Kind::NeedMore && fed < 100) {
        decoder.feed(chunk);
        ++fed;
        item = decoder.next();
    }
    QCOMPARE(fed, 5);
    QCOMPARE(item.kind, WatchDecoder::Item::Kind::Error);
    QCOMPARE(item.error.category, ApiError::Category::Decode);
    QVERIFY2(item.error.message().contains(u"4 KiB"), qPrintable(item.error.message()));
    QCOMPARE(decoder.bufferedBytes(), 0);

    // A complete line over the limit fails too.
    WatchDecoder strict(16);
    strict.feed(watchLine("ADDED", u"a"_s, 1));
    QCOMPARE(strict.next().kind, WatchDecoder::Item::Kind::Error);
}

void TestWatchDecoder::errorIsFinal()
{
    WatchDecoder decoder(1024);
    decoder.feed(QByteArray(QByteArray("nonsense\n") + watchLine("ADDED", u"a"_s, 1)));
    const WatchDecoder::Item first = decoder.next();
    QCOMPARE(first.kind, WatchDecoder::Item::Kind::Error);
    QCOMPARE(first.error.detail, u"nonsense"_s);
    decoder.feed(watchLine("ADDED", u"b"_s, 2));
    const WatchDecoder::Item again = decoder.next();
    QCOMPARE(again.kind, WatchDecoder::Item::Kind::Error);
    QCOMPARE(again.error.message(), first.error.message());
}

void TestWatchDecoder::limitErrorNamesTheLimit()
{
    WatchDecoder decoder(16 * 1024 * 1024);
    decoder.feed(QByteArray(16 * 1024 * 1024 + 1, ' '));
    const WatchDecoder::Item item = decoder.next();
    QCOMPARE(item.kind, WatchDecoder::Item::Kind::Error);
    QCOMPARE(item.error.message(),
        u"An event of the watch stream is larger than the limit of 16 MiB (set the environment "
        "variable ASE_MAX_WATCH_EVENT_MIB to a larger number of MiB to raise it)."_s);
}

void TestWatchDecoder::watchEventHelpers()
{
    WatchEvent bookmark;
    bookmark.type = WatchEvent::Type::Bookmark;
    bookmark.object = QJsonDocument::fromJson(R"({"kind":"PersistentVolume","apiVersion":"v1","metadata":{
        "resourceVersion":"42","annotations":{"k8s.io/initial-events-end":"true"}}})")
                          .object();
    QCOMPARE(bookmark.resourceVersion(), u"42"_s);
    QVERIFY(bookmark.isInitialEventsEnd());
    WatchEvent added = bookmark;
    added.type = WatchEvent::Type::Added;
    QVERIFY(!added.isInitialEventsEnd());
    QCOMPARE(WatchEvent::typeName(WatchEvent::Type::Deleted), u"DELETED"_s);
}

QTEST_GUILESS_MAIN(TestWatchDecoder)
#include "tst_watchdecoder.moc"
