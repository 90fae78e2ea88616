// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// ListDecoder: a LIST answer into items (kind/apiVersion filled in), its metadata, and the
// answers that are not Kubernetes lists.

#include "app/kube/ListDecoder.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace ase;

class TestListDecoder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesAPage();
    void notAList_data();
    void notAList();
};

void TestListDecoder::decodesAPage()
{
    const ListResult r = ListDecoder::decode(R"({"kind":"PersistentVolumeList","apiVersion":"v1",
        "metadata":{"resourceVersion":"77","continue":"abc","remainingItemCount":3},
        "items":[{"metadata":{"name":"a"}},{"kind":"Other","apiVersion":"x/v2","metadata":{"name":"b"}}]})",
        u"PersistentVolume"_s, u"v1"_s);
    QVERIFY(r.ok());
    QCOMPARE(r.resourceVersion, u"77"_s);
    QCOMPARE(r.continueToken, u"abc"_s);
    QVERIFY(r.hasMore());
    QCOMPARE(r.remainingItemCount, std::optional<qint64>(3));
    QCOMPARE(r.items.size(), 2);
    QCOMPARE(r.items[0].value("kind"_L1).toString(), u"PersistentVolume"_s);
    QCOMPARE(r.items[0].value("apiVersion"_L1).toString(), u"v1"_s);
    // What the server states wins.
    QCOMPARE(r.items[1].value("kind"_L1).toString(), u"Other"_s);
    QCOMPARE(r.items[1].value("apiVersion"_L1).toString(), u"x/v2"_s);

    const ListResult empty = ListDecoder::decode(R"({"items":[]})", u"Pod"_s, u"v1"_s);
    QVERIFY(empty.ok());
    QVERIFY(empty.items.isEmpty());
    QVERIFY(!empty.hasMore());
    QVERIFY(!empty.remainingItemCount);
}

void TestListDecoder::notAList_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("detail");

    QTest::newRow("empty body") << QByteArray() << u"illegal value at byte 0."_s;
    QTest::newRow("HTML") << QByteArray("<html>proxy error</html>") << u"illegal value at byte 1."_s;
    QTest::newRow("truncated") << QByteArray(R"({"items":[{"a":)") << u"unterminated object at byte 15."_s;
    QTest::newRow("an object, not a list")
        << QByteArray(R"({"kind":"PersistentVolume","metadata":{}})") << u"It has no \"items\" array."_s;
    QTest::newRow("items not an array") << QByteArray(R"({"items":{}})") << u"It has no \"items\" array."_s;
    QTest::newRow("array") << QByteArray("[]") << u"It is not a JSON object."_s;
    QTest::newRow("an item is not an object")
        << QByteArray(R"({"items":[{"metadata":{}},42]})") << u"Item 1 is not an object."_s;
}

void TestListDecoder::notAList()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, detail);
    const ListResult r = ListDecoder::decode(body, u"PersistentVolume"_s, u"v1"_s);
    QVERIFY(!r.ok());
    QCOMPARE(r.error.category, ApiError::Category::Decode);
    QCOMPARE(r.error.message(),
        u"The server's answer to the list of PersistentVolume is not a Kubernetes list."_s);
    QCOMPARE(r.error.detail, detail);
    QCOMPARE(r.error.verb, u"list"_s);
    QCOMPARE(r.error.kind, u"PersistentVolume"_s);
    QVERIFY(r.items.isEmpty());
}

QTEST_GUILESS_MAIN(TestListDecoder)
#include "tst_listdecoder.moc"
