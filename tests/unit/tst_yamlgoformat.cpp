// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// YamlGoFormat: go-yaml v2's key order and Go's number formatting, what make the emitter's
// output identical to kubectl's.

#include "models/resources/YamlGoFormat.h"

#include <QJsonArray>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace ase;
using namespace Qt::StringLiterals;

class TestYamlGoFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyOrder_data();
    void keyOrder();
    void fastPathAgrees();
    void topLevelRank();
    void numbers_data();
    void numbers();
};

void TestYamlGoFormat::keyOrder_data()
{
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("sorted");

    QTest::newRow("letters") << QStringList {u"spec"_s, u"kind"_s, u"apiVersion"_s}
                             << QStringList {u"apiVersion"_s, u"kind"_s, u"spec"_s};
    QTest::newRow("upper before lower (code point)")
        << QStringList {u"b"_s, u"B"_s, u"a"_s} << QStringList {u"B"_s, u"a"_s, u"b"_s};
    QTest::newRow("prefix first") << QStringList {u"ab"_s, u"a"_s} << QStringList {u"a"_s, u"ab"_s};
    QTest::newRow("numbers by value")
        << QStringList {u"a10"_s, u"a9"_s, u"a2"_s} << QStringList {u"a2"_s, u"a9"_s, u"a10"_s};
    QTest::newRow("other runes before letters") << QStringList {u"a.b"_s, u"ab"_s, u"a-b"_s, u"a/b"_s}
                                                << QStringList {u"a-b"_s, u"a.b"_s, u"a/b"_s, u"ab"_s};
    QTest::newRow("annotation keys") << QStringList {u"pv.kubernetes.io/bound-by-controller"_s,
        u"kubectl.kubernetes.io/last-applied-configuration"_s, u"pv.kubernetes.io/bind-completed"_s}
                                     << QStringList {u"kubectl.kubernetes.io/last-applied-configuration"_s,
                                            u"pv.kubernetes.io/bind-completed"_s,
                                            u"pv.kubernetes.io/bound-by-controller"_s};
    QTest::newRow("outside the BMP: a symbol before letters")
        << QStringList {u"z"_s, u"é"_s, u"\U0001F600"_s} << QStringList {u"\U0001F600"_s, u"z"_s, u"é"_s};
}

void TestYamlGoFormat::keyOrder()
{
    QFETCH(QStringList, keys);
    QFETCH(QStringList, sorted);
    std::sort(keys.begin(), keys.end(), yaml::keyLess);
    QCOMPARE(keys, sorted);
}

void TestYamlGoFormat::fastPathAgrees()
{
    const QStringList keys {u"a"_s, u"B"_s, u"ab"_s, u"abc"_s, u"Ab"_s, u"zz"_s, u"a1"_s, u"a01"_s, u"a_b"_s};
    for (const QString& a : keys) {
        for (const QString& b : keys)
            QCOMPARE(yaml::keyLess(a, b), yaml::goKeyLess(a, b));
    }
}

void TestYamlGoFormat::topLevelRank()
{
    QCOMPARE(yaml::topLevelRank(u"apiVersion"_s), 0);
    QCOMPARE(yaml::topLevelRank(u"status"_s), 4);
    QCOMPARE(yaml::topLevelRank(u"allowVolumeExpansion"_s), 5);
}

void TestYamlGoFormat::numbers_data()
{
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QByteArray>("expected");

    QTest::newRow("int") << QJsonValue(42) << QByteArray("42");
    QTest::newRow("int64 max") << QJsonValue(qint64(9223372036854775807LL))
                               << QByteArray("9223372036854775807");
    QTest::newRow("zero") << QJsonValue(0.0) << QByteArray("0");
    QTest::newRow("whole double") << QJsonValue(3.0) << QByteArray("3");
    QTest::newRow("1e20 whole") << QJsonValue(1e20) << QByteArray("100000000000000000000");
    QTest::newRow("1e21 exponent") << QJsonValue(1e21) << QByteArray("1e+21");
    QTest::newRow("fraction") << QJsonValue(0.25) << QByteArray("0.25");
    QTest::newRow("small") << QJsonValue(-2.5e-10) << QByteArray("-2.5e-10");
    QTest::newRow("1e-4 fixed") << QJsonValue(0.0001) << QByteArray("0.0001");
    QTest::newRow("1e-5 exponent") << QJsonValue(0.00001) << QByteArray("1e-05");
    QTest::newRow("shortest digits") << QJsonValue(0.1) << QByteArray("0.1");
    QTest::newRow("infinity") << QJsonValue(HUGE_VAL) << QByteArray(".inf");
    QTest::newRow("minus infinity") << QJsonValue(-HUGE_VAL) << QByteArray("-.inf");
}

void TestYamlGoFormat::numbers()
{
    QFETCH(QJsonValue, value);
    QFETCH(QByteArray, expected);
    const QJsonArray holder {value};
    char buf[64];
    const int n = yaml::formatNumber(*holder.constBegin(), buf);
    QCOMPARE(QByteArray(buf, n), expected);
}

QTEST_GUILESS_MAIN(TestYamlGoFormat)
#include "tst_yamlgoformat.moc"
