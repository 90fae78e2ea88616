// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// YamlScalar: how kubectl's YAML reader (go-yaml v2, YAML 1.1) types a scalar, and which
// strings the emitter must therefore quote.

#include "models/resources/YamlScalar.h"

#include <QTest>

#include <cmath>

using namespace ase;
using namespace Qt::StringLiterals;

class TestYamlScalar final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void resolvePlain_data();
    void resolvePlain();
    void tags_data();
    void tags();
    void specialFloats();
    void base60();
};

void TestYamlScalar::resolvePlain_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QJsonValue>("expected");
    QTest::addColumn<bool>("quoted"); // resolvesToNonString: the emitter must quote it

    QTest::newRow("yes") << QByteArray("yes") << QJsonValue(true) << true;
    QTest::newRow("ON") << QByteArray("ON") << QJsonValue(true) << true;
    QTest::newRow("n") << QByteArray("n") << QJsonValue(false) << true;
    QTest::newRow("mixed case stays text") << QByteArray("yES") << QJsonValue(u"yES"_s) << false;
    QTest::newRow("empty is null") << QByteArray("") << QJsonValue(QJsonValue::Null) << true;
    QTest::newRow("tilde") << QByteArray("~") << QJsonValue(QJsonValue::Null) << true;
    QTest::newRow("decimal") << QByteArray("42") << QJsonValue(42) << true;
    QTest::newRow("octal 0755") << QByteArray("0755") << QJsonValue(493) << true;
    QTest::newRow("0o17") << QByteArray("0o17") << QJsonValue(15) << true;
    QTest::newRow("hex") << QByteArray("0x1F") << QJsonValue(31) << true;
    QTest::newRow("binary") << QByteArray("0b101") << QJsonValue(5) << true;
    QTest::newRow("underscores") << QByteArray("1_000") << QJsonValue(1000) << true;
    QTest::newRow("int64 max") << QByteArray("9223372036854775807")
                               << QJsonValue(qint64(9223372036854775807LL)) << true;
    QTest::newRow("beyond int64, decimal: float")
        << QByteArray("18446744073709551616") << QJsonValue(18446744073709551616.0) << true;
    QTest::newRow("beyond int64, hex: text")
        << QByteArray("0x1FFFFFFFFFFFFFFFF") << QJsonValue(u"0x1FFFFFFFFFFFFFFFF"_s) << true;
    QTest::newRow("0789 is a float") << QByteArray("0789") << QJsonValue(789.0) << true;
    QTest::newRow("float") << QByteArray("-2.5e-3") << QJsonValue(-0.0025) << true;
    QTest::newRow(".5") << QByteArray(".5") << QJsonValue(0.5) << true;
    QTest::newRow("overflowing float stays text") << QByteArray("1e999") << QJsonValue(u"1e999"_s) << false;
    QTest::newRow("date stays text") << QByteArray("2024-01-01") << QJsonValue(u"2024-01-01"_s) << true;
    QTest::newRow("impossible date") << QByteArray("2024-13-01") << QJsonValue(u"2024-13-01"_s) << false;
    QTest::newRow("quantity") << QByteArray("500m") << QJsonValue(u"500m"_s) << false;
    QTest::newRow("version") << QByteArray("1.2.3") << QJsonValue(u"1.2.3"_s) << false;
    QTest::newRow("lone sign") << QByteArray("-") << QJsonValue(u"-"_s) << false;
    QTest::newRow("UTF-8") << QByteArray("größe") << QJsonValue(u"größe"_s) << false;
}

void TestYamlScalar::resolvePlain()
{
    QFETCH(QByteArray, text);
    QFETCH(QJsonValue, expected);
    QFETCH(bool, quoted);
    const std::string_view view(text.constData(), std::size_t(text.size()));
    const QJsonValue v = yaml::resolvePlain(view, QString::fromUtf8(text));
    QCOMPARE(v.type(), expected.type());
    QCOMPARE(v, expected);
    QCOMPARE(yaml::resolvesToNonString(view), quoted);
}

void TestYamlScalar::tags_data()
{
    QTest::addColumn<QByteArray>("tag");
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QJsonValue>("expected");

    QTest::newRow("plain") << QByteArray("?") << QByteArray("true") << QJsonValue(true);
    QTest::newRow("quoted (non-specific !)")
        << QByteArray("!") << QByteArray("true") << QJsonValue(u"true"_s);
    QTest::newRow("!!str") << QByteArray("tag:yaml.org,2002:str") << QByteArray("12") << QJsonValue(u"12"_s);
    QTest::newRow("!!int") << QByteArray("tag:yaml.org,2002:int") << QByteArray("12") << QJsonValue(12);
    QTest::newRow("!!int that is not one")
        << QByteArray("tag:yaml.org,2002:int") << QByteArray("twelve") << QJsonValue(u"twelve"_s);
    QTest::newRow("!!null") << QByteArray("tag:yaml.org,2002:null") << QByteArray("x")
                            << QJsonValue(QJsonValue::Null);
    QTest::newRow("unknown tag") << QByteArray("!custom") << QByteArray("1") << QJsonValue(u"1"_s);
}

void TestYamlScalar::tags()
{
    QFETCH(QByteArray, tag);
    QFETCH(QByteArray, text);
    QFETCH(QJsonValue, expected);
    const QJsonValue v = yaml::resolveScalar(tag.toStdString(),
        std::string_view(text.constData(), std::size_t(text.size())), QString::fromUtf8(text));
    QCOMPARE(v.type(), expected.type());
    QCOMPARE(v, expected);
}

void TestYamlScalar::specialFloats()
{
    QVERIFY(std::isnan(yaml::resolvePlain(".NaN", u".NaN"_s).toDouble()));
    QCOMPARE(yaml::resolvePlain("-.inf", u"-.inf"_s).toDouble(), -HUGE_VAL);
    QCOMPARE(yaml::resolvePlain("+.Inf", u"+.Inf"_s).toDouble(), HUGE_VAL);
}

void TestYamlScalar::base60()
{
    QVERIFY(yaml::isBase60Float("12:30"));
    QVERIFY(yaml::isBase60Float("-190:20:30.15"));
    QVERIFY(yaml::isBase60Float("1_0:20"));
    QVERIFY(!yaml::isBase60Float("12:60"));
    QVERIFY(!yaml::isBase60Float("a:30"));
    QVERIFY(!yaml::isBase60Float("1230"));
}

QTEST_GUILESS_MAIN(TestYamlScalar)
#include "tst_yamlscalar.moc"
