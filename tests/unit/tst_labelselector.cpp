// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/FieldSelector.h"
#include "models/resources/LabelSelector.h"

#include "tests/support/LabelMessages.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace ase;
using ase::test::kKeyMsg;
using ase::test::kValueMsg;
using namespace Qt::StringLiterals;

// Cases follow apimachinery's labels/selector_test.go (TestSelectorParse, TestLexer,
// TestSelectorMatches, TestSetSelectorParser) and fields/selector_test.go.

using Labels = QMap<QString, QString>;

namespace {

QJsonValue json(const char* text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object();
}

} // namespace

class TestLabelSelector final : public QObject
{
    Q_OBJECT

private slots:
    void fieldSelectorPrintedReadsBackAsTheSameTerms();
    void parseValid_data();
    void parseValid();
    void parseInvalid_data();
    void parseInvalid();
    void matches_data();
    void matches();
    void fromJson_data();
    void fromJson();
    void fromJsonErrors_data();
    void fromJsonErrors();
    void everythingAndNothing();
    void validateJson_data();
    void validateJson();
    void fieldParse_data();
    void fieldParse();
    void fieldInvalid_data();
    void fieldInvalid();
    void fieldMatches_data();
    void fieldMatches();
    void fieldHelpers();
};

void TestLabelSelector::parseValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << u"  "_s << QString();
    QTest::newRow("sorted by key") << u"x=a,y=b,z=c"_s << u"x=a,y=b,z=c"_s;
    QTest::newRow("reordered") << u"z=c,x=a"_s << u"x=a,z=c"_s;
    QTest::newRow("empty value") << u"x="_s << u"x="_s;
    QTest::newRow("double equals") << u"x==a"_s << u"x==a"_s;
    QTest::newRow("not equals") << u"x!=a,y!=b"_s << u"x!=a,y!=b"_s;
    QTest::newRow("spaces around") << u" x = a , y != b "_s << u"x=a,y!=b"_s;
    QTest::newRow("in") << u"x in (b,a)"_s << u"x in (a,b)"_s;
    QTest::newRow("notin") << u"x notin (a)"_s << u"x notin (a)"_s;
    QTest::newRow("empty set") << u"x in ()"_s << u"x in ()"_s;
    QTest::newRow("empty members") << u"x in (foo,,baz),y,z notin ()"_s << u"x in (,baz,foo),y,z notin ()"_s;
    QTest::newRow("leading comma in set") << u"x in (,a)"_s << u"x in (,a)"_s;
    QTest::newRow("duplicates dropped") << u"x in (a,a,b)"_s << u"x in (a,b)"_s;
    QTest::newRow("in as a value") << u"x in (in)"_s << u"x in (in)"_s;
    QTest::newRow("notin as a value") << u"x=notin"_s << u"x=notin"_s;
    QTest::newRow("exists") << u"x"_s << u"x"_s;
    QTest::newRow("does not exist") << u"!x"_s << u"!x"_s;
    QTest::newRow("does not exist with space") << u"! x"_s << u"!x"_s;
    QTest::newRow("greater than") << u"x>1"_s << u"x>1"_s;
    QTest::newRow("less than") << u"x<10"_s << u"x<10"_s;
    QTest::newRow("prefixed key") << u"app.kubernetes.io/name=db"_s << u"app.kubernetes.io/name=db"_s;
    QTest::newRow("tabs and newlines") << u"x=a,\ty\n"_s << u"x=a,y"_s;
    QTest::newRow("mixed") << u"env in (prod,qa),tier notin (frontend),!legacy,gen>3"_s
                           << u"env in (prod,qa),gen>3,!legacy,tier notin (frontend)"_s;
}

void TestLabelSelector::parseValid()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QString error;
    const std::optional<LabelSelector> s = LabelSelector::parse(text, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->toString(), canonical);
    // The printed form parses back to the same selector.
    const std::optional<LabelSelector> again = LabelSelector::parse(canonical);
    QVERIFY(again);
    QCOMPARE(again->requirements(), s->requirements());
}

void TestLabelSelector::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("value with space") << u"x=a b"_s << u"found 'b', expected: ',' or 'end of string'"_s;
    QTest::newRow("trailing comma") << u"x=a,"_s << u"found '', expected: identifier after ','"_s;
    QTest::newRow("leading comma") << u",x=a"_s
                                   << u"found ',', expected: !, identifier, or 'end of string'"_s;
    QTest::newRow("unclosed set") << u"x in (a"_s
                                  << u"unable to parse requirement: found '', expected: ',' or ')'"_s;
    QTest::newRow("set without parenthesis")
        << u"x in a"_s << u"unable to parse requirement: found 'a' expected: '('"_s;
    QTest::newRow("bad operator")
        << u"x y"_s << u"unable to parse requirement: found 'y', expected: in, notin, =, ==, !=, gt, lt"_s;
    QTest::newRow("operator instead of value")
        << u"x=!y"_s << u"unable to parse requirement: found '!', expected: identifier"_s;
    QTest::newRow("double negation") << u"!!x"_s
                                     << u"unable to parse requirement: found '!', expected: identifier"_s;
    QTest::newRow("operator in set") << u"x in (a=b)"_s
                                     << u"unable to parse requirement: found '=', expected: ',' or ')'"_s;
    QTest::newRow("set starting with operator")
        << u"x in (=)"_s << u"unable to parse requirement: found '=', expected: ',', ')' or identifier"_s;
    QTest::newRow("invalid key")
        << u"a/b/c=x"_s
        << u"unable to parse requirement: <nil>: Invalid value: \"a/b/c\": a valid label key "_s + kKeyMsg
            + u" with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"_s;
    QTest::newRow("key errors joined")
        << u"Bad_/-x=1"_s
        << u"unable to parse requirement: <nil>: Invalid value: \"Bad_/-x\": prefix part "
           u"a lowercase RFC 1123 subdomain must consist of lower case alphanumeric "
           u"characters, '-' or '.', and must start and end with an alphanumeric "
           u"character (e.g. 'example.com', regex used for validation is "
           u"'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*'); name part "_s
            + kKeyMsg;
    QTest::newRow("negative bound is not a label value")
        << u"x<-1"_s << u"unable to parse requirement: values[0][x]: Invalid value: \"-1\": "_s + kValueMsg;
    QTest::newRow("invalid value") << u"x=a%b"_s
                                   << u"unable to parse requirement: values[0][x]: Invalid value: \"a%b\": "_s
            + kValueMsg;
    QTest::newRow("non-integer bound")
        << u"x>a"_s
        << u"unable to parse requirement: values[0]: Invalid value: \"a\": for 'Gt', 'Lt' operators, the value must be an integer"_s;
    QTest::newRow("missing bound")
        << u"x<"_s
        << u"unable to parse requirement: values[0]: Invalid value: \"\": for 'Gt', 'Lt' operators, the value must be an integer"_s;
    QTest::newRow("two value errors")
        << u"x in (-a,b-)"_s
        << u"unable to parse requirement: [values[0][x]: Invalid value: \"-a\": "_s + kValueMsg
            + u", values[1][x]: Invalid value: \"b-\": "_s + kValueMsg + u"]"_s;
}

void TestLabelSelector::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!LabelSelector::parse(text, &message));
    QCOMPARE(message, error);
}

void TestLabelSelector::matches_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<Labels>("labels");
    QTest::addColumn<bool>("expected");
    const Labels ab {{u"x"_s, u"a"_s}, {u"y"_s, u"b"_s}};
    const Labels none;
    QTest::newRow("everything matches nothing set") << QString() << none << true;
    QTest::newRow("equals") << u"x=a"_s << ab << true;
    QTest::newRow("equals other") << u"x=b"_s << ab << false;
    QTest::newRow("double equals") << u"x==a"_s << ab << true;
    QTest::newRow("equals missing key") << u"z=a"_s << ab << false;
    QTest::newRow("empty value needs the key") << u"z="_s << ab << false;
    QTest::newRow("not equals") << u"x!=a"_s << ab << false;
    QTest::newRow("not equals other") << u"x!=b"_s << ab << true;
    QTest::newRow("not equals matches missing key") << u"z!=a"_s << ab << true;
    QTest::newRow("in") << u"x in (a,c)"_s << ab << true;
    QTest::newRow("in other") << u"x in (c,d)"_s << ab << false;
    QTest::newRow("in missing key") << u"z in (a)"_s << ab << false;
    QTest::newRow("notin") << u"x notin (a)"_s << ab << false;
    QTest::newRow("notin other") << u"x notin (c)"_s << ab << true;
    QTest::newRow("notin matches missing key") << u"z notin (a)"_s << ab << true;
    QTest::newRow("exists") << u"x"_s << ab << true;
    QTest::newRow("exists missing") << u"z"_s << ab << false;
    QTest::newRow("does not exist") << u"!z"_s << ab << true;
    QTest::newRow("does not exist present") << u"!x"_s << ab << false;
    QTest::newRow("AND all") << u"x=a,y=b"_s << ab << true;
    QTest::newRow("AND one fails") << u"x=a,y=c"_s << ab << false;
    QTest::newRow("in with empty member matches empty value")
        << u"x in (,a)"_s << Labels {{u"x"_s, QString()}} << true;
    const Labels gen {{u"gen"_s, u"5"_s}, {u"name"_s, u"web"_s}};
    QTest::newRow("greater") << u"gen>3"_s << gen << true;
    QTest::newRow("not greater") << u"gen>5"_s << gen << false;
    QTest::newRow("less") << u"gen<6"_s << gen << true;
    QTest::newRow("not less") << u"gen<5"_s << gen << false;
    QTest::newRow("greater needs an integer label") << u"name>3"_s << gen << false;
    QTest::newRow("greater needs the key") << u"missing>3"_s << gen << false;
    QTest::newRow("zero bound") << u"gen>0"_s << gen << true;
}

void TestLabelSelector::matches()
{
    QFETCH(QString, selector);
    QFETCH(Labels, labels);
    QFETCH(bool, expected);
    const std::optional<LabelSelector> s = LabelSelector::parse(selector);
    QVERIFY(s);
    QCOMPARE(s->matches(labels), expected);
}

void TestLabelSelector::fromJson_data()
{
    QTest::addColumn<QJsonValue>("selector");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<Labels>("labels");
    QTest::addColumn<bool>("expected");
    const Labels fast {{u"disk"_s, u"ssd"_s}, {u"zone"_s, u"edge-1"_s}};
    QTest::newRow("empty object matches everything") << json("{}") << QString() << fast << true;
    QTest::newRow("empty lists match everything")
        << json(R"({"matchLabels":{},"matchExpressions":[]})") << QString() << fast << true;
    QTest::newRow("matchLabels") << json(R"({"matchLabels":{"disk":"ssd"}})") << u"disk=ssd"_s << fast
                                 << true;
    QTest::newRow("matchLabels mismatch")
        << json(R"({"matchLabels":{"disk":"hdd"}})") << u"disk=hdd"_s << fast << false;
    QTest::newRow("In") << json(
        R"({"matchExpressions":[{"key":"zone","operator":"In","values":["edge-2","edge-1"]}]})")
                        << u"zone in (edge-1,edge-2)"_s << fast << true;
    QTest::newRow("NotIn") << json(
        R"({"matchExpressions":[{"key":"zone","operator":"NotIn","values":["edge-1"]}]})")
                           << u"zone notin (edge-1)"_s << fast << false;
    QTest::newRow("Exists") << json(R"({"matchExpressions":[{"key":"disk","operator":"Exists"}]})")
                            << u"disk"_s << fast << true;
    QTest::newRow("DoesNotExist") << json(
        R"({"matchExpressions":[{"key":"disk","operator":"DoesNotExist"}]})")
                                  << u"!disk"_s << fast << false;
    QTest::newRow("both, ANDed and sorted") << json(
        R"({"matchLabels":{"zone":"edge-1"},"matchExpressions":[{"key":"disk","operator":"In","values":["ssd"]}]})")
                                            << u"disk in (ssd),zone=edge-1"_s << fast << true;
    QTest::newRow("null matches nothing") << QJsonValue(QJsonValue::Null) << QString() << fast << false;
}

void TestLabelSelector::fromJson()
{
    QFETCH(QJsonValue, selector);
    QFETCH(QString, canonical);
    QFETCH(Labels, labels);
    QFETCH(bool, expected);
    QString error;
    const std::optional<LabelSelector> s = LabelSelector::fromJson(selector, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->toString(), canonical);
    QCOMPARE(s->matches(labels), expected);
}

void TestLabelSelector::fromJsonErrors_data()
{
    QTest::addColumn<QJsonValue>("selector");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown operator")
        << json(R"({"matchExpressions":[{"key":"a","operator":"Equals","values":["x"]}]})")
        << u"\"Equals\" is not a valid label selector operator"_s;
    QTest::newRow("In without values")
        << json(R"({"matchExpressions":[{"key":"a","operator":"In","values":[]}]})")
        << u"values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty"_s;
    QTest::newRow("Exists with values")
        << json(R"({"matchExpressions":[{"key":"a","operator":"Exists","values":["x","y"]}]})")
        << u"values: Invalid value: []string{\"x\", \"y\"}: values set must be empty for exists and does not exist"_s;
    QTest::newRow("bad key") << json(R"({"matchLabels":{"-a":"x"}})")
                             << u"key: Invalid value: \"-a\": name part "_s + kKeyMsg;
    QTest::newRow("bad value") << json(R"({"matchLabels":{"a":"x y"}})")
                               << u"values[0][a]: Invalid value: \"x y\": "_s + kValueMsg;
    QTest::newRow("not an object") << QJsonValue(u"app=web"_s)
                                   << u"A label selector must be a JSON object."_s;
}

void TestLabelSelector::fromJsonErrors()
{
    QFETCH(QJsonValue, selector);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!LabelSelector::fromJson(selector, &message));
    QCOMPARE(message, error);
}

void TestLabelSelector::everythingAndNothing()
{
    const Labels any {{u"a"_s, u"b"_s}};
    QVERIFY(LabelSelector().isEverything());
    QVERIFY(LabelSelector().matches(any));
    QVERIFY(LabelSelector().matches({}));
    QVERIFY(LabelSelector::nothing().isNothing());
    QVERIFY(!LabelSelector::nothing().matches(any));
    QVERIFY(!LabelSelector::nothing().matches({}));
    QVERIFY(!LabelSelector::nothing().isEverything());

    const LabelSelector set = LabelSelector::fromSet({{u"b"_s, u"2"_s}, {u"a"_s, u"1"_s}});
    QCOMPARE(set.toString(), u"a=1,b=2"_s);
    QVERIFY(set.matches({{u"a"_s, u"1"_s}, {u"b"_s, u"2"_s}, {u"c"_s, u"3"_s}}));
    QVERIFY(!set.matches({{u"a"_s, u"1"_s}}));
}

void TestLabelSelector::validateJson_data()
{
    QTest::addColumn<QJsonValue>("selector");
    QTest::addColumn<QStringList>("errors");
    QTest::newRow("valid") << json(
        R"({"matchLabels":{"app":"db"},"matchExpressions":[{"key":"tier","operator":"In","values":["a"]}]})")
                           << QStringList();
    QTest::newRow("null is fine") << QJsonValue(QJsonValue::Null) << QStringList();
    QTest::newRow("In needs values")
        << json(R"({"matchExpressions":[{"key":"tier","operator":"NotIn"}]})")
        << QStringList {
               u"spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` "
               u"is 'In' or 'NotIn'"_s};
    QTest::newRow("Exists forbids values")
        << json(R"({"matchExpressions":[{"key":"tier","operator":"DoesNotExist","values":["a"]}]})")
        << QStringList {
               u"spec.selector.matchExpressions[0].values: Forbidden: may not be specified when `operator` "
               u"is 'Exists' or 'DoesNotExist'"_s};
    QTest::newRow("unknown operator and bad key")
        << json(
               R"({"matchExpressions":[{"key":"tier","operator":"In","values":["a"]},{"key":"-x","operator":"Gt"}]})")
        << QStringList {
               u"spec.selector.matchExpressions[1].operator: Invalid value: \"Gt\": not a valid selector "
               u"operator"_s,
               u"spec.selector.matchExpressions[1].key: Invalid value: \"-x\": name part "_s + kKeyMsg};
    QTest::newRow("bad label value") << json(R"({"matchLabels":{"app":"-db"}})")
                                     << QStringList {u"spec.selector.matchLabels: Invalid value: \"-db\": "_s
                                            + kValueMsg};
    QTest::newRow("bad expression value")
        << json(R"({"matchExpressions":[{"key":"tier","operator":"In","values":["ok","no!"]}]})")
        << QStringList {
               u"spec.selector.matchExpressions[0].values[1]: Invalid value: \"no!\": "_s + kValueMsg};
}

void TestLabelSelector::validateJson()
{
    QFETCH(QJsonValue, selector);
    QFETCH(QStringList, errors);
    QCOMPARE(LabelSelector::validateJson(selector, u"spec.selector"_s), errors);
}

void TestLabelSelector::fieldParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<int>("terms");
    QTest::newRow("empty") << QString() << QString() << 0;
    QTest::newRow("one") << u"metadata.name=x"_s << u"metadata.name=x"_s << 1;
    QTest::newRow("double equals prints single") << u"metadata.name==x"_s << u"metadata.name=x"_s << 1;
    QTest::newRow("not equals") << u"metadata.namespace!=kube-system"_s
                                << u"metadata.namespace!=kube-system"_s << 1;
    QTest::newRow("terms sorted") << u"metadata.namespace=b,metadata.name=a"_s
                                  << u"metadata.name=a,metadata.namespace=b"_s << 2;
    QTest::newRow("escaped comma and equals") << u"a=x\\,y\\=z"_s << u"a=x\\,y\\=z"_s << 1;
    QTest::newRow("escaped backslash") << u"a=x\\\\y"_s << u"a=x\\\\y"_s << 1;
    QTest::newRow("empty value") << u"spec.nodeName="_s << u"spec.nodeName="_s << 1;
    QTest::newRow("empty parts skipped") << u",a=b,,"_s << u"a=b"_s << 1;
    QTest::newRow("bare equals selects everything") << u"="_s << QString() << 0;
    QTest::newRow("describe events")
        << u"involvedObject.name=data,involvedObject.namespace=edge,involvedObject.kind=PersistentVolumeClaim,involvedObject.uid=u1"_s
        << u"involvedObject.kind=PersistentVolumeClaim,involvedObject.name=data,involvedObject.namespace=edge,involvedObject.uid=u1"_s
        << 4;
}

void TestLabelSelector::fieldParse()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    QFETCH(int, terms);
    QString error;
    const std::optional<FieldSelector> s = FieldSelector::parse(text, &error);
    QVERIFY2(s, qPrintable(error));
    QCOMPARE(s->toString(), canonical);
    QCOMPARE(s->terms().size(), terms);
    QCOMPARE(s->isEmpty(), terms == 0);
}

void TestLabelSelector::fieldInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::newRow("no operator") << u"a"_s << u"invalid selector: 'a'; can't understand 'a'"_s;
    QTest::newRow("one bad term") << u"x=y,b"_s << u"invalid selector: 'x=y,b'; can't understand 'b'"_s;
    QTest::newRow("unescaped equals")
        << u"a=b=c"_s << u"invalid field selector: unescaped character in value: 61"_s;
    QTest::newRow("unknown escape") << u"a=b\\c"_s
                                    << u"invalid field selector: invalid escape sequence: \\c"_s;
    QTest::newRow("trailing backslash")
        << u"a=b\\"_s << u"invalid field selector: invalid escape sequence: \\"_s;
}

void TestLabelSelector::fieldInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!FieldSelector::parse(text, &message));
    QCOMPARE(message, error);
}

void TestLabelSelector::fieldMatches_data()
{
    QTest::addColumn<QString>("selector");
    QTest::addColumn<bool>("expected");
    // fields of the object under test
    QTest::newRow("name equals") << u"metadata.name=data"_s << true;
    QTest::newRow("name double equals") << u"metadata.name==data"_s << true;
    QTest::newRow("name differs") << u"metadata.name=logs"_s << false;
    QTest::newRow("namespace not equals") << u"metadata.namespace!=kube-system"_s << true;
    QTest::newRow("namespace not equals itself") << u"metadata.namespace!=edge"_s << false;
    QTest::newRow("AND") << u"metadata.name=data,metadata.namespace=edge"_s << true;
    QTest::newRow("AND one fails") << u"metadata.name=data,metadata.namespace=other"_s << false;
    QTest::newRow("missing field reads empty") << u"spec.nodeName="_s << true;
    QTest::newRow("missing field is not a value") << u"spec.nodeName!="_s << false;
    QTest::newRow("escaped value") << u"note=a\\,b"_s << true;
}

void TestLabelSelector::fieldMatches()
{
    QFETCH(QString, selector);
    QFETCH(bool, expected);
    const QMap<QString, QString> fields {
        {u"metadata.name"_s, u"data"_s}, {u"metadata.namespace"_s, u"edge"_s}, {u"note"_s, u"a,b"_s}};
    const std::optional<FieldSelector> s = FieldSelector::parse(selector);
    QVERIFY(s);
    QCOMPARE(s->matches(fields), expected);
}

void TestLabelSelector::fieldHelpers()
{
    QCOMPARE(FieldSelector::escapeValue(u"a\\b,c=d"), u"a\\\\b\\,c\\=d"_s);
    const std::optional<FieldSelector> s
        = FieldSelector::parse(u"metadata.name=x,metadata.namespace!=y,metadata.name==x"_s);
    QVERIFY(s);
    QCOMPARE(s->requiresExactMatch(u"metadata.name"_s).value_or(QString()), u"x"_s);
    QVERIFY(!s->requiresExactMatch(u"metadata.namespace"_s));
    QCOMPARE(s->fieldNames(), (QStringList {u"metadata.name"_s, u"metadata.namespace"_s}));
    QVERIFY(FieldSelector().matches({}));
}

void TestLabelSelector::fieldSelectorPrintedReadsBackAsTheSameTerms()
{
    // Found by fuzz_selectors: terms are sorted by their text before parsing (as Kubernetes
    // does), and `==` prints as `=`, so "se==-" sorts after "se=.]" but its printed "se=-"
    // before it. The printed selector must still mean the same terms, and print stably.
    const std::optional<FieldSelector> s = FieldSelector::parse(u"se=.],se==-"_s);
    QVERIFY(s);
    const std::optional<FieldSelector> again = FieldSelector::parse(s->toString());
    QVERIFY(again);
    QCOMPARE(again->terms().size(), 2);
    for (const FieldSelector::Term& t : s->terms()) {
        const auto same = std::find_if(again->terms().cbegin(), again->terms().cend(),
            [&t](const auto& u) { return u.field == t.field && u.value == t.value; });
        QVERIFY(same != again->terms().cend());
    }
    QCOMPARE(FieldSelector::parse(again->toString())->toString(), again->toString());
}

QTEST_APPLESS_MAIN(TestLabelSelector)
#include "tst_labelselector.moc"
