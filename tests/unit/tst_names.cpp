// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/Names.h"

#include "tests/support/LabelMessages.h"

#include <QTest>

using namespace Qt::StringLiterals;
namespace names = ase::names;
using ase::test::kKeyMsg;
using ase::test::kValueMsg;

// Expected messages are spelled out here, copied from apimachinery's validation.go and
// content/kube.go (including the double space its RegexError puts before " or ").

namespace {

const QString kLabelMsg
    = u"a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start "
      u"and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is "
      u"'[a-z0-9]([-a-z0-9]*[a-z0-9])?')"_s;
const QString kSubdomainMsg
    = u"a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and "
      u"must "
      u"start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is "
      u"'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"_s;

const QString kShareRequired = u"A share name is required."_s;
const QString kShareLength = u"A share name must be 3 to 63 characters long."_s;
const QString kShareCharset
    = u"A share name may contain only lowercase letters (a-z), digits (0-9) and hyphens (-)."_s;
const QString kShareEnds = u"A share name must start and end with a letter or a digit."_s;
const QString kShareDouble = u"A share name must not contain two hyphens in a row."_s;

QString repeat(const QString& s, int n)
{
    return s.repeated(n);
}

/// A valid 253-character subdomain: three 63-character labels and a 61-character one.
QString longSubdomain(int lastLabel)
{
    return repeat(repeat(u"a"_s, 63) + u"."_s, 3) + repeat(u"a"_s, lastLabel);
}

} // namespace

class TestNames final : public QObject
{
    Q_OBJECT

private slots:
    void dns1123Label_data();
    void dns1123Label();
    void dns1123Subdomain_data();
    void dns1123Subdomain();
    void qualifiedName_data();
    void qualifiedName();
    void labelValue_data();
    void labelValue();
    void shareName_data();
    void shareName();
    void goQuote_data();
    void goQuote();
    void fieldErrors();
    void aggregate_data();
    void aggregate();
};

void TestNames::dns1123Label_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("errors");
    const QStringList ok;
    for (const QString& v : {u"a"_s, u"ab"_s, u"abc"_s, u"a1"_s, u"a-1"_s, u"a--1--2--b"_s, u"0"_s, u"01"_s,
             u"012"_s, u"1a"_s, u"1-a"_s, u"1--a--b--2"_s, u"edge-apps"_s}) {
        QTest::addRow("valid %s", qPrintable(v)) << v << ok;
    }
    QTest::newRow("valid 63 characters") << repeat(u"a"_s, 63) << ok;

    const QStringList regex {kLabelMsg};
    QTest::newRow("empty") << QString() << regex;
    for (const QString& v :
        {u"A"_s, u"ABC"_s, u"aBc"_s, u"A1"_s, u"A-1"_s, u"1-A"_s, u"-"_s, u"a-"_s, u"-a"_s, u"1-"_s, u"-1"_s,
            u"_"_s, u"a_"_s, u"_a"_s, u"a_b"_s, u"1_2"_s, u"."_s, u"a."_s, u".a"_s, u"a b"_s}) {
        QTest::addRow("invalid %s", qPrintable(v)) << v << regex;
    }
    QTest::newRow("trailing newline is not ignored") << u"a\n"_s << regex;
    QTest::newRow("dots") << u"a.b"_s << QStringList {u"must not contain dots"_s};
    QTest::newRow("dotted name") << u"my.edge.share"_s << QStringList {u"must not contain dots"_s};
    QTest::newRow("64 characters") << repeat(u"a"_s, 64)
                                   << QStringList {u"must be no more than 63 characters"_s};
    QTest::newRow("64 characters and uppercase")
        << (u"A"_s + repeat(u"a"_s, 63)) << QStringList {u"must be no more than 63 characters"_s, kLabelMsg};
}

void TestNames::dns1123Label()
{
    QFETCH(QString, value);
    QFETCH(QStringList, errors);
    QCOMPARE(names::isDns1123Label(value), errors);
}

void TestNames::dns1123Subdomain_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("errors");
    const QStringList ok;
    for (const QString& v :
        {u"a"_s, u"ab"_s, u"a.b"_s, u"a.b.c"_s, u"1.2.3"_s, u"a-1.b-2"_s, u"pvc-1234.x"_s, u"0.0"_s}) {
        QTest::addRow("valid %s", qPrintable(v)) << v << ok;
    }
    QTest::newRow("valid 253 characters") << longSubdomain(61) << ok;
    QTest::newRow("labels longer than 63 are fine") << repeat(u"a"_s, 100) << ok;

    const QStringList regex {kSubdomainMsg};
    QTest::newRow("empty") << QString() << regex;
    for (const QString& v : {u"A"_s, u"A.a"_s, u"a."_s, u".a"_s, u"a..b"_s, u"a_b.c"_s, u"-a.b"_s, u"a.b-"_s,
             u"a.-b"_s, u"MyVolume"_s, u"a b"_s}) {
        QTest::addRow("invalid %s", qPrintable(v)) << v << regex;
    }
    QTest::newRow("254 characters") << longSubdomain(62)
                                    << QStringList {u"must be no more than 253 characters"_s};
    QTest::newRow("254 characters ending in a dot")
        << (longSubdomain(61) + u"."_s)
        << QStringList {u"must be no more than 253 characters"_s, kSubdomainMsg};
}

void TestNames::dns1123Subdomain()
{
    QFETCH(QString, value);
    QFETCH(QStringList, errors);
    QCOMPARE(names::isDns1123Subdomain(value), errors);
}

void TestNames::qualifiedName_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("errors");
    const QStringList ok;
    // content/kube_test.go TestIsLabelKey successCases
    for (const QString& v :
        {u"simple"_s, u"now-with-dashes"_s, u"1-starts-with-num"_s, u"1234"_s, u"simple/simple"_s,
            u"now-with-dashes/simple"_s, u"now-with-dashes/now-with-dashes"_s, u"now.with.dots/simple"_s,
            u"now-with.dashes-and.dots/simple"_s, u"1-num.2-num/3-num"_s, u"1234/5678"_s, u"1.2.3.4/5678"_s,
            u"Uppercase_Is_OK_123"_s, u"example.com/Uppercase_Is_OK_123"_s, u"requests.storage-foo"_s,
            u"pv.kubernetes.io/provisioned-by"_s}) {
        QTest::addRow("valid %s", qPrintable(v)) << v << ok;
    }
    QTest::newRow("valid 63-character name") << repeat(u"a"_s, 63) << ok;
    QTest::newRow("valid 253-character prefix") << (repeat(u"a"_s, 253) + u"/"_s + repeat(u"b"_s, 63)) << ok;

    // errorCases, with the messages Kubernetes gives
    const QStringList nameRegex {u"name part "_s + kKeyMsg};
    QTest::newRow("special characters") << u"nospecialchars%^=@"_s << nameRegex;
    QTest::newRow("ends with a dash") << u"cantendwithadash-"_s << nameRegex;
    QTest::newRow("starts with a dash") << u"-cantstartwithadash-"_s << nameRegex;
    QTest::newRow("two slashes") << u"only/one/slash"_s
                                 << QStringList {u"a valid label key "_s + kKeyMsg
                                        + u" with an optional DNS subdomain prefix and '/' (e.g. "
                                          u"'example.com/MyName')"_s};
    QTest::newRow("uppercase prefix")
        << u"Example.com/abc"_s << QStringList {u"prefix part "_s + kSubdomainMsg};
    QTest::newRow("underscore prefix")
        << u"example_com/abc"_s << QStringList {u"prefix part "_s + kSubdomainMsg};
    QTest::newRow("empty name") << u"example.com/"_s
                                << QStringList {u"name part must be non-empty"_s, u"name part "_s + kKeyMsg};
    QTest::newRow("empty prefix") << u"/simple"_s << QStringList {u"prefix part must be non-empty"_s};
    QTest::newRow("empty key") << QString()
                               << QStringList {u"name part must be non-empty"_s, u"name part "_s + kKeyMsg};
    QTest::newRow("64-character name")
        << repeat(u"a"_s, 64) << QStringList {u"name part must be no more than 63 characters"_s};
    QTest::newRow("254-character prefix")
        << (repeat(u"a"_s, 254) + u"/abc"_s)
        << QStringList {u"prefix part must be no more than 253 characters"_s};
}

void TestNames::qualifiedName()
{
    QFETCH(QString, value);
    QFETCH(QStringList, errors);
    QCOMPARE(names::isQualifiedName(value), errors);
}

void TestNames::labelValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("errors");
    const QStringList ok;
    for (const QString& v : {u"simple"_s, u"now-with-dashes"_s, u"1-starts-with-num"_s, u"end-with-num-1"_s,
             u"1234"_s, u"Mixed_Case.9"_s}) {
        QTest::addRow("valid %s", qPrintable(v)) << v << ok;
    }
    QTest::newRow("valid 63 characters") << repeat(u"a"_s, 63) << ok;
    QTest::newRow("valid empty") << QString() << ok;

    const QStringList regex {kValueMsg};
    QTest::newRow("special characters") << u"nospecialchars%^=@"_s << regex;
    QTest::newRow("non-ASCII") << u"Tama-nui-te-r\u0101.is.M\u0101ori.sun"_s << regex;
    QTest::newRow("backslashes") << u"\\backslashes\\are\\bad"_s << regex;
    QTest::newRow("starts with a dash") << u"-starts-with-dash"_s << regex;
    QTest::newRow("ends with a dash") << u"ends-with-dash-"_s << regex;
    QTest::newRow("starts with a dot") << u".starts.with.dot"_s << regex;
    QTest::newRow("ends with a dot") << u"ends.with.dot."_s << regex;
    QTest::newRow("64 characters") << repeat(u"a"_s, 64)
                                   << QStringList {u"must be no more than 63 characters"_s};
    // Kubernetes counts bytes: 32 two-byte characters are 64 bytes.
    QTest::newRow("64 bytes of non-ASCII")
        << repeat(u"\u0101"_s, 32) << QStringList {u"must be no more than 63 characters"_s, kValueMsg};
}

void TestNames::labelValue()
{
    QFETCH(QString, value);
    QFETCH(QStringList, errors);
    QCOMPARE(names::isValidLabelValue(value), errors);
}

void TestNames::shareName_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QStringList>("errors");
    const QStringList ok;
    for (const QString& v : {u"abc"_s, u"share1"_s, u"my-share-01"_s, u"123"_s, u"a-b-c"_s})
        QTest::addRow("valid %s", qPrintable(v)) << v << ok;
    QTest::newRow("valid 63 characters") << repeat(u"s"_s, 63) << ok;

    QTest::newRow("empty") << QString() << QStringList {kShareRequired};
    QTest::newRow("too short") << u"ab"_s << QStringList {kShareLength};
    QTest::newRow("too long") << repeat(u"s"_s, 64) << QStringList {kShareLength};
    QTest::newRow("uppercase") << u"My-Share"_s << QStringList {kShareCharset};
    QTest::newRow("underscore") << u"my_share"_s << QStringList {kShareCharset};
    QTest::newRow("dot") << u"my.share"_s << QStringList {kShareCharset};
    QTest::newRow("leading hyphen") << u"-share"_s << QStringList {kShareEnds};
    QTest::newRow("trailing hyphen") << u"share-"_s << QStringList {kShareEnds};
    QTest::newRow("double hyphen") << u"my--share"_s << QStringList {kShareDouble};
    QTest::newRow("one hyphen") << u"-"_s << QStringList {kShareLength, kShareEnds};
    QTest::newRow("two hyphens") << u"--"_s << QStringList {kShareLength, kShareEnds, kShareDouble};
    QTest::newRow("everything wrong") << u"-A_"_s << QStringList {kShareCharset, kShareEnds};
}

void TestNames::shareName()
{
    QFETCH(QString, value);
    QFETCH(QStringList, errors);
    QCOMPARE(names::isValidShareName(value), errors);
}

void TestNames::goQuote_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << u"Foo"_s << u"\"Foo\""_s;
    QTest::newRow("empty") << QString() << u"\"\""_s;
    QTest::newRow("quote") << u"a\"b"_s << u"\"a\\\"b\""_s;
    QTest::newRow("backslash") << u"a\\b"_s << u"\"a\\\\b\""_s;
    QTest::newRow("tab and newline") << u"a\tb\n"_s << u"\"a\\tb\\n\""_s;
    QTest::newRow("control") << u"a\u0001"_s << u"\"a\\x01\""_s;
    QTest::newRow("non-ASCII letters kept") << u"r\u0101"_s << u"\"r\u0101\""_s;
}

void TestNames::goQuote()
{
    QFETCH(QString, value);
    QFETCH(QString, quoted);
    QCOMPARE(names::goQuote(value), quoted);
}

void TestNames::fieldErrors()
{
    QCOMPARE(names::fieldInvalid(u"metadata.name"_s, u"Foo", kSubdomainMsg),
        u"metadata.name: Invalid value: \"Foo\": "_s + kSubdomainMsg);
    QCOMPARE(names::fieldRequired(u"spec.resources.requests[storage]"_s),
        u"spec.resources.requests[storage]: Required value"_s);
    QCOMPARE(names::fieldRequired(u"metadata.name"_s, u"name or generateName is required"_s),
        u"metadata.name: Required value: name or generateName is required"_s);
}

void TestNames::aggregate_data()
{
    QTest::addColumn<QStringList>("errors");
    QTest::addColumn<QString>("message");
    QTest::newRow("none") << QStringList() << QString();
    QTest::newRow("one") << QStringList {u"a"_s} << u"a"_s;
    QTest::newRow("two") << QStringList {u"a"_s, u"b"_s} << u"[a, b]"_s;
    QTest::newRow("duplicates removed") << QStringList {u"a"_s, u"b"_s, u"a"_s} << u"[a, b]"_s;
    QTest::newRow("one repeated") << QStringList {u"a"_s, u"a"_s} << u"a"_s;
}

void TestNames::aggregate()
{
    QFETCH(QStringList, errors);
    QFETCH(QString, message);
    QCOMPARE(names::aggregate(errors), message);
}

QTEST_APPLESS_MAIN(TestNames)
#include "tst_names.moc"
