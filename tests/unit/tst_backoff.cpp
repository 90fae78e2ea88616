// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/kube/Backoff.h"

#include <QTest>

using namespace ase;
using namespace std::chrono_literals;

using Delays = QList<qint64>;

class TestBackoff final : public QObject
{
    Q_OBJECT

private slots:
    void delays_data();
    void delays();
    void resetsAfterTwoHealthyMinutes_data();
    void resetsAfterTwoHealthyMinutes();
    void explicitReset();
};

void TestBackoff::delays_data()
{
    QTest::addColumn<double>("random");
    QTest::addColumn<int>("calls");
    QTest::addColumn<Delays>("expected");
    // client-go: 800 ms doubling, capped at 30 s; jitter 1.0 adds up to one step more.
    QTest::newRow("no jitter doubles to the cap")
        << 0.0 << 9 << Delays {800, 1600, 3200, 6400, 12800, 25600, 30000, 30000, 30000};
    QTest::newRow("half jitter") << 0.5 << 4 << Delays {1200, 2400, 4800, 9600};
    QTest::newRow("full jitter at the cap doubles at most")
        << 0.999 << 8 << Delays {1599, 3198, 6396, 12793, 25587, 51174, 59970, 59970};
}

void TestBackoff::delays()
{
    QFETCH(double, random);
    QFETCH(int, calls);
    QFETCH(Delays, expected);
    Backoff backoff;
    Backoff::Clock::time_point now {};
    backoff.setClock([&now] { return now; });
    backoff.setRandom([random] { return random; });
    Delays got;
    for (int i = 0; i < calls; ++i) {
        got.append(backoff.next().count());
        now += 1s; // failures one second apart: never healthy long enough to reset
    }
    QCOMPARE(got, expected);
}

void TestBackoff::resetsAfterTwoHealthyMinutes_data()
{
    QTest::addColumn<int>("quietSeconds");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("one minute later: keeps growing") << 60 << qint64(6400);
    QTest::newRow("exactly two minutes: not yet") << 120 << qint64(6400);
    QTest::newRow("two minutes and a second: starts over") << 121 << qint64(800);
}

void TestBackoff::resetsAfterTwoHealthyMinutes()
{
    QFETCH(int, quietSeconds);
    QFETCH(qint64, expected);
    Backoff backoff;
    Backoff::Clock::time_point now {};
    backoff.setClock([&now] { return now; });
    backoff.setRandom([] { return 0.0; });
    QCOMPARE(backoff.next().count(), 800);
    QCOMPARE(backoff.next().count(), 1600);
    QCOMPARE(backoff.next().count(), 3200);
    now += std::chrono::seconds(quietSeconds);
    QCOMPARE(backoff.currentStep().count(), expected);
    QCOMPARE(backoff.next().count(), expected);
}

void TestBackoff::explicitReset()
{
    Backoff backoff(Backoff::Policy {100ms, 250ms, std::chrono::minutes(2), 2.0, 0.0});
    QCOMPARE(backoff.next().count(), 100);
    QCOMPARE(backoff.next().count(), 200);
    QCOMPARE(backoff.next().count(), 250);
    backoff.reset();
    QCOMPARE(backoff.next().count(), 100);
}

QTEST_GUILESS_MAIN(TestBackoff)
#include "tst_backoff.moc"
