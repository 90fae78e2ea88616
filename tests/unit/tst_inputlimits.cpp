// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// InputLimit: the bounds on untrusted input, raised by environment variables, with
// messages that name the limit and how to raise it, and bounded reading of files and
// devices without an end.

#include "app/net/InputLimits.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ase;

namespace {
constexpr InputLimit kTest {"ASE_TEST_LIMIT_MIB", 2048};
}

class TestInputLimits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environmentRaisesTheLimit_data();
    void environmentRaisesTheLimit();
    void messages();
    void readAll_data();
    void readAll();
    void deviceWithoutEnd();
    void downloadProgress();
};

void TestInputLimits::environmentRaisesTheLimit_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("bytes");

    QTest::newRow("unset") << QByteArray() << qint64(2048);
    QTest::newRow("3 MiB") << QByteArray("3") << qint64(3 * 1024 * 1024);
    QTest::newRow("not a number: the default") << QByteArray("lots") << qint64(2048);
    QTest::newRow("zero: the default") << QByteArray("0") << qint64(2048);
    QTest::newRow("negative: the default") << QByteArray("-5") << qint64(2048);
    QTest::newRow("absurd: the default") << QByteArray("99999999999") << qint64(2048);
}

void TestInputLimits::environmentRaisesTheLimit()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, bytes);
    const auto restore = qScopeGuard([] { qunsetenv("ASE_TEST_LIMIT_MIB"); });
    if (!value.isNull())
        qputenv("ASE_TEST_LIMIT_MIB", value);
    QCOMPARE(kTest.bytes(), bytes);
}

void TestInputLimits::messages()
{
    QCOMPARE(limits::kWatchEvent.exceededMessage(u"An event of the watch stream"_s),
        u"An event of the watch stream is larger than the limit of 16 MiB (set the environment variable "
        "ASE_MAX_WATCH_EVENT_MIB to a larger number of MiB to raise it)."_s);
    const InputLimit unnamed {nullptr, 1536};
    QCOMPARE(
        unnamed.exceededMessage(u"The answer"_s), u"The answer is larger than the limit of 1536 bytes."_s);
    QCOMPARE(InputLimit::formatSize(2048), u"2 KiB"_s);
    QCOMPARE(InputLimit::formatSize(256 * limits::kMiB), u"256 MiB"_s);
    // Every limit raises through its own variable.
    QStringList names;
    for (const InputLimit& l : {limits::kResponseBody, limits::kWatchEvent, limits::kExecOutput,
             limits::kKubeconfigFile, limits::kManifestFile}) {
        names << QString::fromLatin1(l.environmentVariable);
        QVERIFY(l.defaultBytes >= limits::kMiB);
    }
    names.removeDuplicates();
    QCOMPARE(names.size(), 5);
}

void TestInputLimits::readAll_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<bool>("tooLarge");

    QTest::newRow("empty") << 0 << false;
    QTest::newRow("below") << 100 << false;
    QTest::newRow("exactly the limit") << 2048 << false;
    QTest::newRow("one byte over") << 2049 << true;
    QTest::newRow("far over") << 100000 << true;
}

void TestInputLimits::readAll()
{
    QFETCH(int, size);
    QFETCH(bool, tooLarge);
    QByteArray data(size, 'x');
    QBuffer buffer(&data);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    bool over = false;
    const QByteArray read = kTest.readAll(buffer, &over);
    QCOMPARE(over, tooLarge);
    QCOMPARE(read.size(), tooLarge ? 0 : size);
    QVERIFY(buffer.pos() <= kTest.bytes() + 1);
}

void TestInputLimits::deviceWithoutEnd()
{
    QVERIFY(QFileInfo::exists(u"/dev/zero"_s));
    QFile zero(u"/dev/zero"_s);
    QVERIFY(zero.open(QIODevice::ReadOnly));
    bool over = false;
    QVERIFY(kTest.readAll(zero, &over).isEmpty());
    QVERIFY(over);
}

void TestInputLimits::downloadProgress()
{
    QVERIFY(!kTest.exceededBy(2048, -1)); // size unknown (chunked)
    QVERIFY(kTest.exceededBy(2049, -1));
    QVERIFY(kTest.exceededBy(0, 4096)); // announced by Content-Length: abort before reading
    QVERIFY(!kTest.exceededBy(100, 2048));
}

QTEST_GUILESS_MAIN(TestInputLimits)
#include "tst_inputlimits.moc"
