// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// YamlParser: multi-document streams into objects, typed as kubectl types them, with the
// position of every error; the emitter's output reads back as what was written.

#include "models/resources/Yaml.h"

#include "tests/support/TestJson.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ase;
using ase::test::json;
using namespace Qt::StringLiterals;

class TestYamlParser final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data();
    void roundTrip();
    void multiDocument();
    void typing_data();
    void typing();
    void errors_data();
    void errors();
    void billionLaughs();
    void limits_data();
    void limits();
    void aliasesWithinTheLimit();
};

void TestYamlParser::roundTrip_data()
{
    QTest::addColumn<QByteArray>("input");

    QTest::newRow("pv with unknown fields")
        << QByteArray(R"({"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":"share1",
            "labels":{"ase/share":"share1"},"annotations":{"x.example.com/future":"{\"a\": [1, 2]}"}},
            "spec":{"capacity":{"storage":"32Ti"},"accessModes":["ReadWriteOnce","ReadWriteMany"],
            "csi":{"driver":"smb.csi.k8s.io","volumeHandle":"share1","volumeAttributes":{"source":"//10.0.0.5/share1"}},
            "someFutureField":{"enabled":true,"level":3,"ratio":0.25,"tags":["a","b"],"empty":{},"none":[],"nil":null}},
            "status":{"phase":"Available"}})");
    QTest::newRow("awkward strings and keys") << QByteArray(
        R"({"kind":"X","data":{"true":"yes","":"empty key","a: b":"- c","0755":"0755","multi":"a\nb\n",
            "tab":"a\tb","spaces":"  x  ","long":"word word word word word word word word word word word word word word word word word word word word",
            "longQuoted":"'quoted' word word word word word word word word word word word word word word word word word word word end ",
            "longDouble":"tab\tword word word word word word word word word word word word word word word word word word word  two",
            "unicode":"größe 😀 日本語","date":"2024-01-01","time":"12:30","num":"1e3","bool":"off","null":"null",
            "kkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkkk":"long key",
            "multi\nline key":"v"}})");
    QTest::newRow("numbers") << QByteArray(
        R"({"kind":"X","n":{"i":1,"neg":-5,"max":9223372036854775807,"min":-9223372036854775808,
            "f":0.1,"e":6.02e23,"small":-2.5e-10,"whole":3.0}})");
    QTest::newRow("deep nesting") << QByteArray(
        R"({"kind":"X","a":[[[{"b":[{"c":{"d":[1,{"e":"f"}]}}]}]]]})");
}

void TestYamlParser::roundTrip()
{
    QFETCH(QByteArray, input);
    const QJsonObject object = json(input);
    const QByteArray yaml = toYaml(object);
    const YamlDocuments back = parseYaml(yaml);
    QVERIFY2(back.ok(),
        qPrintable(back.error ? back.error->toString() + u"\n"_s + QString::fromUtf8(yaml) : QString()));
    QCOMPARE(back.objects.size(), 1);
    if (back.objects.first() != object)
        qWarning().noquote() << yaml << "\n" << QJsonDocument(back.objects.first()).toJson();
    QCOMPARE(back.objects.first(), object);
    // And the emitted text is stable.
    QCOMPARE(toYaml(back.objects.first()), yaml);
}

void TestYamlParser::multiDocument()
{
    const QJsonObject a
        = json(R"({"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"a"}})");
    const QJsonObject b = json(
        R"({"apiVersion":"storage.k8s.io/v1","kind":"StorageClass","metadata":{"name":"b"},"provisioner":"p"})");
    const QByteArray yaml = toYaml(QList<QJsonObject> {a, b});
    QCOMPARE(QString::fromUtf8(yaml),
        u"apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: a\n---\n"
        "apiVersion: storage.k8s.io/v1\nkind: StorageClass\nmetadata:\n  name: b\nprovisioner: p\n"_s);

    const YamlDocuments docs = parseYaml(yaml);
    QVERIFY(docs.ok());
    QCOMPARE(docs.objects, (QList<QJsonObject> {a, b}));
    QCOMPARE(docs.lines, (QList<int> {1, 6}));

    // Empty documents and comments are skipped; lines point at each object.
    const YamlDocuments sparse
        = parseYaml("# leading comment\n---\nkind: A\n---\n---\n# nothing\n---\nkind: B\n...\n");
    QVERIFY(sparse.ok());
    QCOMPARE(sparse.objects.size(), 2);
    QCOMPARE(sparse.objects.at(0).value(u"kind").toString(), u"A"_s);
    QCOMPARE(sparse.objects.at(1).value(u"kind").toString(), u"B"_s);
    QCOMPARE(sparse.lines, (QList<int> {3, 8}));
}

void TestYamlParser::typing_data()
{
    QTest::addColumn<QByteArray>("scalar");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("true") << QByteArray("true") << QJsonValue(true);
    QTest::newRow("yaml 1.1 yes") << QByteArray("yes") << QJsonValue(true);
    QTest::newRow("yaml 1.1 Off") << QByteArray("Off") << QJsonValue(false);
    QTest::newRow("quoted yes") << QByteArray("'yes'") << QJsonValue(u"yes"_s);
    QTest::newRow("double quoted true") << QByteArray("\"true\"") << QJsonValue(u"true"_s);
    QTest::newRow("explicit str") << QByteArray("!!str 123") << QJsonValue(u"123"_s);
    QTest::newRow("tilde") << QByteArray("~") << QJsonValue(QJsonValue::Null);
    QTest::newRow("null") << QByteArray("null") << QJsonValue(QJsonValue::Null);
    QTest::newRow("nothing") << QByteArray("") << QJsonValue(QJsonValue::Null);
    QTest::newRow("quoted null") << QByteArray("\"null\"") << QJsonValue(u"null"_s);
    QTest::newRow("int") << QByteArray("42") << QJsonValue(42);
    QTest::newRow("int64") << QByteArray("9007199254740993") << QJsonValue(qint64(9007199254740993LL));
    QTest::newRow("octal") << QByteArray("0755") << QJsonValue(493);
    QTest::newRow("hex") << QByteArray("0x1F") << QJsonValue(31);
    QTest::newRow("underscores") << QByteArray("1_000") << QJsonValue(1000);
    QTest::newRow("negative") << QByteArray("-12") << QJsonValue(-12);
    QTest::newRow("float") << QByteArray("1.5") << QJsonValue(1.5);
    QTest::newRow("exponent") << QByteArray("1e3") << QJsonValue(1000.0);
    QTest::newRow("date stays text") << QByteArray("2024-01-01") << QJsonValue(u"2024-01-01"_s);
    QTest::newRow("quantity") << QByteArray("10Gi") << QJsonValue(u"10Gi"_s);
    QTest::newRow("literal block") << QByteArray("|\n  a\n  b") << QJsonValue(u"a\nb\n"_s);
    QTest::newRow("alias of an anchored list")
        << QByteArray("&modes [ReadWriteOnce]\nw: *modes") << QJsonValue(QJsonArray {u"ReadWriteOnce"_s});
    QTest::newRow("folded block") << QByteArray(">-\n  a\n  b") << QJsonValue(u"a b"_s);
}

void TestYamlParser::typing()
{
    QFETCH(QByteArray, scalar);
    QFETCH(QJsonValue, expected);
    const YamlDocuments docs = parseYaml(QByteArray("v: " + scalar + "\n"));
    QVERIFY2(docs.ok(), qPrintable(docs.error ? docs.error->toString() : QString()));
    QCOMPARE(docs.objects.size(), 1);
    const QJsonValue v = docs.objects.first().value(u"v");
    QCOMPARE(v.type(), expected.type());
    QCOMPARE(v, expected);
}

void TestYamlParser::errors_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("document");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("unclosed flow sequence in document 1")
        << QByteArray("apiVersion: v1\nkind: Pod\nmetadata:\n  name: [a, b\nspec: {}\n") << 1 << 5 << 5
        << u"end of sequence flow"_s;
    QTest::newRow("bad indentation in document 2")
        << QByteArray("kind: A\n---\nkind: B\nmetadata:\n  name: b\n   labels: x\n") << 2 << 6 << 10
        << u"illegal map value"_s;
    QTest::newRow("document 2 is a list") << QByteArray("kind: A\n---\n# a list\n- a\n- b\n") << 2 << 4 << 1
                                          << u"document 2 is not a Kubernetes object: expected a mapping"_s;
    QTest::newRow("document 1 is a scalar") << QByteArray("just text\n") << 1 << 1 << 1
                                            << u"document 1 is not a Kubernetes object: expected a mapping"_s;
    QTest::newRow("duplicate key") << QByteArray("kind: A\nmetadata:\n  name: a\n  name: b\n") << 1 << 4 << 3
                                   << u"mapping key \"name\" already defined"_s;
    QTest::newRow("tab indentation in document 3")
        << QByteArray("kind: A\n---\nkind: B\n---\nkind: C\nspec:\n\tx: 1\n") << 3 << 7 << 3 << QString();
}

void TestYamlParser::errors()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, document);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);
    const YamlDocuments docs = parseYaml(yaml);
    QVERIFY(!docs.ok());
    const YamlError& e = *docs.error;
    QVERIFY2(e.message.contains(messagePart), qPrintable(e.message));
    QVERIFY(!e.message.isEmpty());
    QCOMPARE(e.document, document);
    QCOMPARE(e.line, line);
    QCOMPARE(e.column, column);
    QVERIFY(e.toString().startsWith(u"line %1, column %2: "_s.arg(line).arg(column)));
}

namespace {

/// The classic "billion laughs": nine levels of nine aliases, 9^9 ≈ 387 million strings
/// once expanded, in well under a kilobyte.
QByteArray billionLaughsYaml()
{
    QByteArray yaml = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n";
    for (char level = 'b'; level <= 'i'; ++level) {
        const char previous = char(level - 1);
        yaml += QByteArray(1, level) + ": &" + level + " [";
        for (int i = 0; i < 9; ++i)
            yaml += (i ? ",*" : "*") + QByteArray(1, previous);
        yaml += "]\n";
    }
    return yaml;
}

} // namespace

void TestYamlParser::billionLaughs()
{
    const QByteArray yaml = billionLaughsYaml();
    QVERIFY(yaml.size() < 1024);
    QElapsedTimer timer;
    timer.start();
    const YamlDocuments docs = parseYaml(yaml);
    // Reported, not asserted (tests do not assert times): it fails after a few thousand values.
    qInfo("billion laughs (%lld bytes) refused after %lld ms", static_cast<long long>(yaml.size()),
        static_cast<long long>(timer.elapsed()));
    QVERIFY(!docs.ok());
    QVERIFY(docs.objects.isEmpty());
    QVERIFY2(docs.error->message.contains(u"aliases expand the YAML to more than 4000000 values"_s),
        qPrintable(docs.error->message));
    QCOMPARE(docs.error->document, 1);
    QVERIFY(docs.error->line >= 7); // where the expansion passed the limit
}

void TestYamlParser::limits_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<int>("maxBytes");
    QTest::addColumn<int>("maxDepth");
    QTest::addColumn<int>("maxValues");
    QTest::addColumn<int>("maxDocuments");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("document");

    const QByteArray deep = "a: " + QByteArray(300, '[') + QByteArray(300, ']') + "\n";
    QTest::newRow("nesting past the default depth")
        << deep << 1 << 0 << 0 << 0 << u"mappings and sequences nest deeper than 256 levels (the limit)"_s
        << 1;
    QByteArray blockDeep;
    for (int i = 0; i < 6; ++i)
        blockDeep += QByteArray(i * 2, ' ') + "k" + QByteArray::number(i) + ":\n";
    QTest::newRow("block nesting") << blockDeep << 1 << 4 << 0 << 0
                                   << u"mappings and sequences nest deeper than 4 levels (the limit)"_s << 1;
    QTest::newRow("text size") << QByteArray("kind: A\n") << 7 << 0 << 0 << 0
                               << u"the YAML text is 8 bytes, more than the limit of 7 bytes"_s << 1;
    QTest::newRow("documents") << QByteArray("kind: A\n---\nkind: B\n---\nkind: C\n") << 1 << 0 << 0 << 2
                               << u"the YAML has more than 2 documents (the limit)"_s << 3;
    QTest::newRow("values without aliases")
        << QByteArray("kind: A\nspec: {a: 1, b: 2, c: 3}\n") << 1 << 0 << 6 << 0
        << u"the YAML has more than 6 values (the limit)"_s << 1;
    QTest::newRow("values across documents") << QByteArray("a: 1\n---\nb: 2\n---\nc: 3\n") << 1 << 0 << 5 << 0
                                             << u"the YAML has more than 5 values (the limit)"_s << 2;
    QTest::newRow("aliases") << QByteArray("a: &x [1, 2, 3, 4]\nb: [*x, *x]\n") << 1 << 0 << 12 << 0
                             << u"its aliases expand the YAML to more than 12 values (the limit that stops "
                                "\"billion laughs\" documents)"_s
                             << 1;
}

void TestYamlParser::limits()
{
    QFETCH(QByteArray, yaml);
    QFETCH(int, maxBytes);
    QFETCH(int, maxDepth);
    QFETCH(int, maxValues);
    QFETCH(int, maxDocuments);
    QFETCH(QString, message);
    QFETCH(int, document);

    YamlLimits limits; // 0 and 1 keep the default (1 for the byte limit)
    if (maxBytes > 1)
        limits.maxBytes = maxBytes;
    if (maxDepth)
        limits.maxDepth = maxDepth;
    if (maxValues)
        limits.maxValues = maxValues;
    if (maxDocuments)
        limits.maxDocuments = maxDocuments;
    const YamlDocuments docs = parseYaml(yaml, limits);
    QVERIFY(!docs.ok());
    QCOMPARE(docs.error->message, message);
    QCOMPARE(docs.error->document, document);
    QVERIFY(docs.objects.isEmpty());

    // The same text with the default limits (or a byte limit it fits) reads.
    if (maxBytes > 1 || maxDepth || maxValues || maxDocuments) {
        const YamlDocuments ok = parseYaml(yaml);
        QVERIFY2(ok.ok(), qPrintable(ok.error ? ok.error->toString() : QString()));
    }
}

void TestYamlParser::aliasesWithinTheLimit()
{
    // Exactly at the limit: 1 (root) + 2 keys + the list (1 + 4) + b's list (1 + 2 × 5) = 19.
    YamlLimits limits;
    limits.maxValues = 19;
    const YamlDocuments docs = parseYaml("a: &x [1, 2, 3, 4]\nb: [*x, *x]\n", limits);
    QVERIFY2(docs.ok(), qPrintable(docs.error ? docs.error->toString() : QString()));
    QCOMPARE(docs.objects.first().value(u"b"_s).toArray().at(1).toArray().size(), 4);
    limits.maxValues = 18;
    QVERIFY(!parseYaml("a: &x [1, 2, 3, 4]\nb: [*x, *x]\n", limits).ok());
}

QTEST_GUILESS_MAIN(TestYamlParser)
#include "tst_yamlparser.moc"
