// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/Quantity.h"

#include <QTest>

#include <limits>

using namespace ase;
using namespace Qt::StringLiterals;

// Cases come from kubernetes-api.md §7 and from apimachinery's own quantity_test.go
// (TestQuantityParse, TestQuantityString, TestQuantityParseEmit, TestNewSet, TestQuantityCmp).

namespace {

const QString kFormatError
    = u"quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"_s;
const QString kNumericError = u"unable to parse numeric part of quantity"_s;
const QString kSuffixError = u"unable to parse quantity's suffix"_s;

Quantity mustParse(const QString& text)
{
    QString error;
    const std::optional<Quantity> q = Quantity::parse(text, &error);
    if (!q)
        qFatal("cannot parse '%s': %s", qPrintable(text), qPrintable(error));
    return *q;
}

} // namespace

class TestQuantity final : public QObject
{
    Q_OBJECT

private slots:
    void canonical_data();
    void canonical();
    void negated_data();
    void negated();
    void alternates_data();
    void alternates();
    void formats_data();
    void formats();
    void values_data();
    void values();
    void compare_data();
    void compare();
    void fromInteger_data();
    void fromInteger();
    void invalid_data();
    void invalid();
    void defaultIsZero();
};

void TestQuantity::canonical_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");

    // §7 examples
    QTest::newRow("1024Mi is 1Gi") << u"1024Mi"_s << u"1Gi"_s;
    QTest::newRow("1.5Gi is 1536Mi") << u"1.5Gi"_s << u"1536Mi"_s;
    QTest::newRow("1000M is 1G") << u"1000M"_s << u"1G"_s;
    QTest::newRow("1.5 is 1500m") << u"1.5"_s << u"1500m"_s;
    QTest::newRow("1000 is 1k") << u"1000"_s << u"1k"_s;
    QTest::newRow("1080m kept") << u"1080m"_s << u"1080m"_s;
    QTest::newRow("5 kept") << u"5"_s << u"5"_s;
    QTest::newRow("500m kept") << u"500m"_s << u"500m"_s;
    QTest::newRow(".001Ki is 1024m") << u".001Ki"_s << u"1024m"_s;
    QTest::newRow("1e3 kept") << u"1e3"_s << u"1e3"_s;
    QTest::newRow("80e-3 kept") << u"80e-3"_s << u"80e-3"_s;
    QTest::newRow("zero") << u"0"_s << u"0"_s;
    QTest::newRow("share PV capacity") << u"32Ti"_s << u"32Ti"_s;

    // TestQuantityParseEmit
    QTest::newRow("1Ki") << u"1Ki"_s << u"1Ki"_s;
    QTest::newRow("1Mi") << u"1Mi"_s << u"1Mi"_s;
    QTest::newRow("1Gi") << u"1Gi"_s << u"1Gi"_s;
    QTest::newRow(".000001Ki is 1024u") << u".000001Ki"_s << u"1024u"_s;
    QTest::newRow(".000000001Ki is 1024n") << u".000000001Ki"_s << u"1024n"_s;
    QTest::newRow(".000000000001Ki rounds up to 2n") << u".000000000001Ki"_s << u"2n"_s;

    // TestQuantityParse, as String() prints each
    QTest::newRow("0n") << u"0n"_s << u"0"_s;
    QTest::newRow("0u") << u"0u"_s << u"0"_s;
    QTest::newRow("0m") << u"0m"_s << u"0"_s;
    QTest::newRow("0Ki") << u"0Ki"_s << u"0"_s;
    QTest::newRow("0k") << u"0k"_s << u"0"_s;
    QTest::newRow("0Mi") << u"0Mi"_s << u"0"_s;
    QTest::newRow("0M") << u"0M"_s << u"0"_s;
    QTest::newRow("0Gi") << u"0Gi"_s << u"0"_s;
    QTest::newRow("0G") << u"0G"_s << u"0"_s;
    QTest::newRow("0Ti") << u"0Ti"_s << u"0"_s;
    QTest::newRow("0T") << u"0T"_s << u"0"_s;
    QTest::newRow("1") << u"1"_s << u"1"_s;
    QTest::newRow("8Ki") << u"8Ki"_s << u"8Ki"_s;
    QTest::newRow("7Mi") << u"7Mi"_s << u"7Mi"_s;
    QTest::newRow("6Gi") << u"6Gi"_s << u"6Gi"_s;
    QTest::newRow("5Ti") << u"5Ti"_s << u"5Ti"_s;
    QTest::newRow("4Pi") << u"4Pi"_s << u"4Pi"_s;
    QTest::newRow("3Ei") << u"3Ei"_s << u"3Ei"_s;
    QTest::newRow("10Ti") << u"10Ti"_s << u"10Ti"_s;
    QTest::newRow("100Ti") << u"100Ti"_s << u"100Ti"_s;
    QTest::newRow("5n") << u"5n"_s << u"5n"_s;
    QTest::newRow("4u") << u"4u"_s << u"4u"_s;
    QTest::newRow("3m") << u"3m"_s << u"3m"_s;
    QTest::newRow("8k") << u"8k"_s << u"8k"_s;
    QTest::newRow("50k") << u"50k"_s << u"50k"_s;
    QTest::newRow("7M") << u"7M"_s << u"7M"_s;
    QTest::newRow("6G") << u"6G"_s << u"6G"_s;
    QTest::newRow("5T") << u"5T"_s << u"5T"_s;
    QTest::newRow("40T") << u"40T"_s << u"40T"_s;
    QTest::newRow("300T") << u"300T"_s << u"300T"_s;
    QTest::newRow("2P") << u"2P"_s << u"2P"_s;
    QTest::newRow("1E is exa") << u"1E"_s << u"1E"_s;
    QTest::newRow("1E-3 kept verbatim") << u"1E-3"_s << u"1E-3"_s;
    QTest::newRow("1E6 kept verbatim") << u"1E6"_s << u"1E6"_s;
    QTest::newRow("1e9") << u"1e9"_s << u"1e9"_s;
    QTest::newRow("1E18") << u"1E18"_s << u"1E18"_s;
    QTest::newRow("1e14 is 100e12") << u"1e14"_s << u"100e12"_s;
    QTest::newRow("1e13 is 10e12") << u"1e13"_s << u"10e12"_s;
    QTest::newRow("100.035k kept verbatim") << u"100.035k"_s << u"100.035k"_s;
    QTest::newRow("0.001 is 1m") << u"0.001"_s << u"1m"_s;
    QTest::newRow("0.0005k is 500m") << u"0.0005k"_s << u"500m"_s;
    QTest::newRow("0.005") << u"0.005"_s << u"5m"_s;
    QTest::newRow("0.05") << u"0.05"_s << u"50m"_s;
    QTest::newRow("0.5") << u"0.5"_s << u"500m"_s;
    QTest::newRow("0.00050k") << u"0.00050k"_s << u"500m"_s;
    QTest::newRow("0.00500") << u"0.00500"_s << u"5m"_s;
    QTest::newRow("0.05000") << u"0.05000"_s << u"50m"_s;
    QTest::newRow("0.50000") << u"0.50000"_s << u"500m"_s;
    QTest::newRow("0.5e0") << u"0.5e0"_s << u"500e-3"_s;
    QTest::newRow("0.5e-1") << u"0.5e-1"_s << u"50e-3"_s;
    QTest::newRow("0.5e-2") << u"0.5e-2"_s << u"5e-3"_s;
    QTest::newRow("10.035M kept verbatim") << u"10.035M"_s << u"10.035M"_s;
    QTest::newRow("1.2e3") << u"1.2e3"_s << u"1200"_s;
    QTest::newRow("1.3E+6") << u"1.3E+6"_s << u"1300e3"_s;
    QTest::newRow("1.40e9") << u"1.40e9"_s << u"1400e6"_s;
    QTest::newRow("1.53E12") << u"1.53E12"_s << u"1530e9"_s;
    QTest::newRow("1.6e15") << u"1.6e15"_s << u"1600e12"_s;
    QTest::newRow("1.7E18") << u"1.7E18"_s << u"1700e15"_s;
    QTest::newRow("9.01") << u"9.01"_s << u"9010m"_s;
    QTest::newRow("8.1k") << u"8.1k"_s << u"8100"_s;
    QTest::newRow("7.123456M kept verbatim") << u"7.123456M"_s << u"7.123456M"_s;
    QTest::newRow("6.987654321G kept verbatim") << u"6.987654321G"_s << u"6.987654321G"_s;
    QTest::newRow("5.444T kept verbatim") << u"5.444T"_s << u"5.444T"_s;
    QTest::newRow("40.1T") << u"40.1T"_s << u"40100G"_s;
    QTest::newRow("300.2T") << u"300.2T"_s << u"300200G"_s;
    QTest::newRow("2.5P") << u"2.5P"_s << u"2500T"_s;
    QTest::newRow("1.01E") << u"1.01E"_s << u"1010P"_s;
    QTest::newRow("3.001n rounds up") << u"3.001n"_s << u"4n"_s;
    QTest::newRow("1.1E-9 rounds up") << u"1.1E-9"_s << u"2e-9"_s;
    QTest::newRow("0.0000000001 is 1n") << u"0.0000000001"_s << u"1n"_s;
    QTest::newRow("0.0000000005 is 1n") << u"0.0000000005"_s << u"1n"_s;
    QTest::newRow("0.00000000050 is 1n") << u"0.00000000050"_s << u"1n"_s;
    QTest::newRow("0.5e-9 is 1e-9") << u"0.5e-9"_s << u"1e-9"_s;
    QTest::newRow("0.9n is 1n") << u"0.9n"_s << u"1n"_s;
    QTest::newRow("0.00000012345 is 124n") << u"0.00000012345"_s << u"124n"_s;
    QTest::newRow("0.00000012354 is 124n") << u"0.00000012354"_s << u"124n"_s;
    QTest::newRow("9Ei is capped") << u"9Ei"_s << u"9223372036854775807"_s;
    QTest::newRow("9223372036854775807Ki is capped")
        << u"9223372036854775807Ki"_s << u"9223372036854775807"_s;
    QTest::newRow("8Ei is capped too") << u"8Ei"_s << u"9223372036854775807"_s;
    QTest::newRow("12E") << u"12E"_s << u"12E"_s;
    QTest::newRow("100.035Ki is fractional") << u"100.035Ki"_s << u"102435840m"_s;
    QTest::newRow("0.5Mi is 512Ki") << u"0.5Mi"_s << u"512Ki"_s;
    QTest::newRow("0.05Gi is fractional") << u"0.05Gi"_s << u"53687091200m"_s;
    QTest::newRow("0.025Ti is fractional") << u"0.025Ti"_s << u"27487790694400m"_s;
    QTest::newRow("0.000000000001Ki") << u"0.000000000001Ki"_s << u"2n"_s;
    QTest::newRow(".001") << u".001"_s << u"1m"_s;
    QTest::newRow(".0001k") << u".0001k"_s << u"100m"_s;
    QTest::newRow("1. kept verbatim") << u"1."_s << u"1."_s;
    QTest::newRow("1.G kept verbatim") << u"1.G"_s << u"1.G"_s;
    QTest::newRow("1.Pi is recomputed") << u"1.Pi"_s << u"1Pi"_s;

    // Verbatim rules of the fast path: sign and leading zeros survive when kept
    QTest::newRow("+1Gi kept verbatim") << u"+1Gi"_s << u"+1Gi"_s;
    QTest::newRow("+1Pi recomputed (slow path)") << u"+1Pi"_s << u"1Pi"_s;
    QTest::newRow("01Gi kept verbatim") << u"01Gi"_s << u"01Gi"_s;
    QTest::newRow("-1Gi") << u"-1Gi"_s << u"-1Gi"_s;
    QTest::newRow("-1024Mi") << u"-1024Mi"_s << u"-1Gi"_s;
    QTest::newRow("1032Ki recomputed") << u"1032Ki"_s << u"1032Ki"_s;
    QTest::newRow("2048Ki") << u"2048Ki"_s << u"2Mi"_s;
    QTest::newRow("1025 stays decimal") << u"1025"_s << u"1025"_s;
    QTest::newRow("1500Mi") << u"1500Mi"_s << u"1500Mi"_s;
    QTest::newRow("1.5Ki is 1536") << u"1.5Ki"_s << u"1536"_s;
    QTest::newRow("1000E has no SI suffix") << u"1000E"_s << u"1e21"_s;
    QTest::newRow("1e21 kept") << u"1e21"_s << u"1e21"_s;

    // The scanner accepts a missing number as zero, like Kubernetes
    QTest::newRow("dot alone is zero") << u"."_s << u"0"_s;
    QTest::newRow("minus dot is zero") << u"-."_s << u"0"_s;
    QTest::newRow("minus alone is zero") << u"-"_s << u"0"_s;
    QTest::newRow("00 is zero") << u"00"_s << u"0"_s;
    QTest::newRow("Gi alone is zero") << u"Gi"_s << u"0"_s;
    QTest::newRow("e3 alone is zero") << u"e3"_s << u"0"_s;
    // exponents are narrowed to 32 bits as Kubernetes does: this is 1e3, kept as typed
    QTest::newRow("exponent wraps at 2^32") << u"1e4294967299"_s << u"1e4294967299"_s;
    QTest::newRow("wrapped exponent recomputed") << u"10e4294967298"_s << u"1e3"_s;
}

void TestQuantity::canonical()
{
    QFETCH(QString, input);
    QFETCH(QString, canonical);
    QString error;
    const std::optional<Quantity> q = Quantity::parse(input, &error);
    QVERIFY2(q, qPrintable(error));
    QCOMPARE(q->toString(), canonical);
    // The canonical string parses back to the same value and prints itself.
    const Quantity again = mustParse(canonical);
    QCOMPARE(again, *q);
    QCOMPARE(again.toString(), canonical);
}

void TestQuantity::negated_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("-1Ki") << u"-1Ki"_s << u"-1Ki"_s;
    QTest::newRow("-1024Mi") << u"-1024Mi"_s << u"-1Gi"_s;
    QTest::newRow("-1000M") << u"-1000M"_s << u"-1G"_s;
    QTest::newRow("-.001Ki") << u"-.001Ki"_s << u"-1024m"_s;
    QTest::newRow("-.000000000001Ki") << u"-.000000000001Ki"_s << u"-2n"_s;
    QTest::newRow("-1.5") << u"-1.5"_s << u"-1500m"_s;
    QTest::newRow("-0.9n") << u"-0.9n"_s << u"-1n"_s;
    QTest::newRow("-9Ei is capped") << u"-9Ei"_s << u"-9223372036854775807"_s;
    QTest::newRow("-0Gi is zero") << u"-0Gi"_s << u"0"_s;
    QTest::newRow("-1000E") << u"-1000E"_s << u"-1e21"_s;
}

void TestQuantity::negated()
{
    canonical();
}

void TestQuantity::alternates_data()
{
    // TestQuantityString: an alternate spelling prints the canonical one; the canonical
    // spelling is kept as typed.
    QTest::addColumn<QString>("canonical");
    QTest::addColumn<QString>("alternate");
    QTest::newRow("1Gi") << u"1Gi"_s << u"1024Mi"_s;
    QTest::newRow("300Mi") << u"300Mi"_s << u"307200Ki"_s;
    QTest::newRow("1001Gi") << u"1001Gi"_s << u"1025024Mi"_s;
    QTest::newRow("1Ti") << u"1Ti"_s << u"1024Gi"_s;
    QTest::newRow("5") << u"5"_s << u"5000m"_s;
    QTest::newRow("500m") << u"500m"_s << u"0.5"_s;
    QTest::newRow("1G from 1000M") << u"1G"_s << u"1000M"_s;
    QTest::newRow("1G from 0.001T") << u"1G"_s << u"0.001T"_s;
    QTest::newRow("1m") << u"1m"_s << u"1000u"_s;
    QTest::newRow("1080m from 1.08") << u"1080m"_s << u"1.08"_s;
    QTest::newRow("1080m from 1080000000n") << u"1080m"_s << u"1080000000n"_s;
    QTest::newRow("1e21") << u"1e21"_s << u"1000E"_s;
    QTest::newRow("5e21") << u"5e21"_s << u"5000E"_s;
    QTest::newRow("1e24") << u"1e24"_s << u"1000000E"_s;
    QTest::newRow("1e9") << u"1e9"_s << u".001e12"_s;
    QTest::newRow("1e-3") << u"1e-3"_s << u"0.001e0"_s;
    QTest::newRow("1e-9") << u"1e-9"_s << u"1000e-12"_s;
    QTest::newRow("0") << u"0"_s << u"00"_s;
    // canonical forms without an alternate in the table
    QTest::newRow("6Ki") << u"6Ki"_s << QString();
    QTest::newRow("80m") << u"80m"_s << QString();
    QTest::newRow("300M") << u"300M"_s << QString();
    QTest::newRow("1T") << u"1T"_s << QString();
    QTest::newRow("1E") << u"1E"_s << QString();
    QTest::newRow("1234567M") << u"1234567M"_s << QString();
    QTest::newRow("1234567m") << u"1234567m"_s << QString();
    QTest::newRow("3k") << u"3k"_s << QString();
    QTest::newRow("1025") << u"1025"_s << QString();
    QTest::newRow("80e-3") << u"80e-3"_s << QString();
    QTest::newRow("300e6") << u"300e6"_s << QString();
    QTest::newRow("1e12") << u"1e12"_s << QString();
    QTest::newRow("3e3") << u"3e3"_s << QString();
    QTest::newRow("1n") << u"1n"_s << QString();
    QTest::newRow("80n") << u"80n"_s << QString();
    QTest::newRow("1080n") << u"1080n"_s << QString();
    QTest::newRow("1u") << u"1u"_s << QString();
    QTest::newRow("80u") << u"80u"_s << QString();
    QTest::newRow("1080u") << u"1080u"_s << QString();
}

void TestQuantity::alternates()
{
    QFETCH(QString, canonical);
    QFETCH(QString, alternate);
    const Quantity q = mustParse(canonical);
    QCOMPARE(q.toString(), canonical);
    if (!q.isZero())
        QCOMPARE(mustParse(u"-"_s + canonical).toString(), u"-"_s + canonical);
    if (alternate.isEmpty())
        return;
    const Quantity alt = mustParse(alternate);
    QCOMPARE(alt.toString(), canonical);
    QCOMPARE(alt, q);
    if (!q.isZero())
        QCOMPARE(mustParse(u"-"_s + alternate).toString(), u"-"_s + canonical);
}

void TestQuantity::formats_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<Quantity::Format>("format");
    QTest::newRow("plain number") << u"1"_s << Quantity::Format::DecimalSI;
    QTest::newRow("binary") << u"1Ki"_s << Quantity::Format::BinarySI;
    QTest::newRow("binary zero") << u"0Ki"_s << Quantity::Format::BinarySI;
    QTest::newRow("binary below one turns decimal") << u"0.000000000001Ki"_s << Quantity::Format::DecimalSI;
    QTest::newRow("binary half mebibyte stays binary") << u"0.5Mi"_s << Quantity::Format::BinarySI;
    QTest::newRow("decimal") << u"5G"_s << Quantity::Format::DecimalSI;
    QTest::newRow("exponent") << u"1E-3"_s << Quantity::Format::DecimalExponent;
    QTest::newRow("exponent with plus") << u"1.3E+6"_s << Quantity::Format::DecimalExponent;
    QTest::newRow("E alone is exa") << u"1E"_s << Quantity::Format::DecimalSI;
    QTest::newRow("capped binary") << u"9Ei"_s << Quantity::Format::BinarySI;
}

void TestQuantity::formats()
{
    QFETCH(QString, input);
    QFETCH(Quantity::Format, format);
    QCOMPARE(mustParse(input).format(), format);
    QCOMPARE(mustParse(u"-"_s + input).format(), format);
}

void TestQuantity::values_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<qint64>("milli");
    const qint64 max = std::numeric_limits<qint64>::max();
    const qint64 min = std::numeric_limits<qint64>::min();
    QTest::newRow("1Gi") << u"1Gi"_s << qint64(1073741824) << qint64(1073741824000);
    QTest::newRow("32Ti") << u"32Ti"_s << qint64(35184372088832) << qint64(35184372088832000);
    QTest::newRow("1.5 rounds up") << u"1.5"_s << qint64(2) << qint64(1500);
    QTest::newRow("500m") << u"500m"_s << qint64(1) << qint64(500);
    QTest::newRow("1m") << u"1m"_s << qint64(1) << qint64(1);
    QTest::newRow("0.9n rounds up twice") << u"0.9n"_s << qint64(1) << qint64(1);
    QTest::newRow("-1.5 away from zero") << u"-1.5"_s << qint64(-2) << qint64(-1500);
    QTest::newRow("1.1Ki") << u"1.1Ki"_s << qint64(1127) << qint64(1126400);
    QTest::newRow("9Ei capped") << u"9Ei"_s << max << max;
    QTest::newRow("1e24 saturates") << u"1e24"_s << max << max;
    QTest::newRow("-1e24 saturates") << u"-1e24"_s << min << min;
    QTest::newRow("1E") << u"1E"_s << qint64(1000000000000000000) << max;
    QTest::newRow("zero") << u"0"_s << qint64(0) << qint64(0);
}

void TestQuantity::values()
{
    QFETCH(QString, input);
    QFETCH(qint64, value);
    QFETCH(qint64, milli);
    const Quantity q = mustParse(input);
    QCOMPARE(q.value(), value);
    QCOMPARE(q.milliValue(), milli);
    QCOMPARE(q.sign(), value > 0 ? 1 : (value < 0 ? -1 : 0));
    QCOMPARE(q.isZero(), value == 0);
}

void TestQuantity::compare_data()
{
    QTest::addColumn<QString>("left");
    QTest::addColumn<QString>("right");
    QTest::addColumn<int>("expected");
    QTest::newRow("0 = 0") << u"0"_s << u"0"_s << 0;
    QTest::newRow("100m > 50m") << u"100m"_s << u"50m"_s << 1;
    QTest::newRow("50m < 100m") << u"50m"_s << u"100m"_s << -1;
    QTest::newRow("10000T > 100Gi") << u"10000T"_s << u"100Gi"_s << 1;
    QTest::newRow("1Gi = 1024Mi") << u"1Gi"_s << u"1024Mi"_s << 0;
    QTest::newRow("1Gi = 1073741824") << u"1Gi"_s << u"1073741824"_s << 0;
    QTest::newRow("1.5Gi = 1536Mi") << u"1.5Gi"_s << u"1536Mi"_s << 0;
    QTest::newRow("1k < 1Ki") << u"1k"_s << u"1Ki"_s << -1;
    QTest::newRow("1G < 1Gi") << u"1G"_s << u"1Gi"_s << -1;
    QTest::newRow("1e3 = 1k") << u"1e3"_s << u"1k"_s << 0;
    QTest::newRow("0Gi = 0") << u"0Gi"_s << u"0"_s << 0;
    QTest::newRow("-1 < 0") << u"-1"_s << u"0"_s << -1;
    QTest::newRow("-1Gi < -1G") << u"-1Gi"_s << u"-1G"_s << -1;
    QTest::newRow("1000E > capped 9Ei") << u"1000E"_s << u"9Ei"_s << 1;
    QTest::newRow("1n > 0") << u"1n"_s << u"0"_s << 1;
    QTest::newRow("1.0000000001 = 1000000001n") << u"1.0000000001"_s << u"1000000001n"_s << 0;
}

void TestQuantity::compare()
{
    QFETCH(QString, left);
    QFETCH(QString, right);
    QFETCH(int, expected);
    const Quantity l = mustParse(left);
    const Quantity r = mustParse(right);
    const auto order = l <=> r;
    QCOMPARE(order < 0, expected < 0);
    QCOMPARE(order > 0, expected > 0);
    QCOMPARE(l == r, expected == 0);
    QCOMPARE((r <=> l) > 0, expected < 0);
}

void TestQuantity::fromInteger_data()
{
    // TestNewSet
    QTest::addColumn<qint64>("value");
    QTest::addColumn<Quantity::Format>("format");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("1") << qint64(1) << Quantity::Format::DecimalSI << u"1"_s;
    QTest::newRow("1000") << qint64(1000) << Quantity::Format::DecimalSI << u"1k"_s;
    QTest::newRow("1234000") << qint64(1234000) << Quantity::Format::DecimalSI << u"1234k"_s;
    QTest::newRow("1024 binary") << qint64(1024) << Quantity::Format::BinarySI << u"1Ki"_s;
    QTest::newRow("1000000 exponent") << qint64(1000000) << Quantity::Format::DecimalExponent << u"1e6"_s;
    QTest::newRow("1Mi") << qint64(1024 * 1024) << Quantity::Format::BinarySI << u"1Mi"_s;
    QTest::newRow("5 binary prints decimal") << qint64(5) << Quantity::Format::BinarySI << u"5"_s;
    QTest::newRow("1025 binary") << qint64(1025) << Quantity::Format::BinarySI << u"1025"_s;
    QTest::newRow("32Ti") << qint64(35184372088832) << Quantity::Format::BinarySI << u"32Ti"_s;
    QTest::newRow("zero") << qint64(0) << Quantity::Format::BinarySI << u"0"_s;
    QTest::newRow("-2Gi") << qint64(-2147483648) << Quantity::Format::BinarySI << u"-2Gi"_s;
}

void TestQuantity::fromInteger()
{
    QFETCH(qint64, value);
    QFETCH(Quantity::Format, format);
    QFETCH(QString, canonical);
    const Quantity q = Quantity::fromInteger(value, format);
    QCOMPARE(q.toString(), canonical);
    QCOMPARE(q.value(), value);
    QCOMPARE(q.format(), format);
    QCOMPARE(mustParse(canonical), q);
}

void TestQuantity::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QString() << kFormatError;
    QTest::newRow("1.1.M") << u"1.1.M"_s << kFormatError;
    QTest::newRow("1+1.0M") << u"1+1.0M"_s << kFormatError;
    QTest::newRow("0.1mi") << u"0.1mi"_s << kSuffixError;
    QTest::newRow("0.1am") << u"0.1am"_s << kFormatError;
    QTest::newRow("aoeu") << u"aoeu"_s << kFormatError;
    QTest::newRow(".5i") << u".5i"_s << kSuffixError;
    QTest::newRow("1i") << u"1i"_s << kSuffixError;
    QTest::newRow("-3.01i") << u"-3.01i"_s << kSuffixError;
    QTest::newRow("-3.01e-") << u"-3.01e-"_s << kSuffixError;
    QTest::newRow("leading space") << u" 1"_s << kFormatError;
    QTest::newRow("trailing space") << u"1 "_s << kFormatError;
    QTest::newRow("K alone") << u"1K"_s << kSuffixError;
    QTest::newRow("KB") << u"10KB"_s << kFormatError;
    QTest::newRow("lowercase gi") << u"1gi"_s << kFormatError;
    QTest::newRow("e without exponent") << u"1e"_s << kSuffixError;
    QTest::newRow("E+ without digits") << u"1E+"_s << kSuffixError;
    QTest::newRow("two exponents") << u"1ee3"_s << kSuffixError;
    QTest::newRow("suffix then digits") << u"1Gi5"_s << kSuffixError;
    QTest::newRow("fractional exponent") << u"1e3.5"_s << kFormatError;
    QTest::newRow("double sign") << u"--1"_s << kSuffixError;
    QTest::newRow("Pi without a number") << u"Pi"_s << kNumericError;
    QTest::newRow("tiny exponent without a number") << u"e-10"_s << kNumericError;
    QTest::newRow("exponent overflows int64") << u"1e99999999999999999999"_s << kSuffixError;
    QTest::newRow("non-ASCII") << u"1Gi\u00e9"_s << kFormatError;
    // Kubernetes keeps decimals of any size; this class keeps |v| < 1.7e29 exactly and
    // refuses the rest rather than round.
    QTest::newRow("beyond the exact range") << u"1e30"_s << kNumericError;
}

void TestQuantity::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, error);
    QString message;
    QVERIFY(!Quantity::parse(input, &message));
    QCOMPARE(message, error);
    QVERIFY(!Quantity::parse(input)); // no error pointer is fine
}

void TestQuantity::defaultIsZero()
{
    const Quantity q;
    QVERIFY(q.isZero());
    QCOMPARE(q.toString(), u"0"_s);
    QCOMPARE(q.format(), Quantity::Format::DecimalSI);
    QCOMPARE(q, mustParse(u"0Gi"_s));
    QCOMPARE(q.toDouble(), 0.0);
    QCOMPARE(mustParse(u"1.5Gi"_s).toDouble(), 1610612736.0);
}

QTEST_APPLESS_MAIN(TestQuantity)
#include "tst_quantity.moc"
