// YamlParser: multi-document streams into objects, typed as kubectl types them, with the
// position of every error; the emitter's output reads back as what was written.

#include "models/resources/Yaml.h"

#include "tests/support/TestJson.h"

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

QTEST_GUILESS_MAIN(TestYamlParser)
#include "tst_yamlparser.moc"
