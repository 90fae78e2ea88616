// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The long-running operation poller's states, against canned status answers (no network):
// Azure-AsyncOperation and Location styles, failures, retried poll errors, the timeout,
// Retry-After, and stop().
#include "app/device/HttpExchange.h"
#include "app/device/LroPoller.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace ase {

namespace {

struct Canned
{
    HttpAnswer answer;
    ArmError error;
};

Canned status(const QByteArray& json, const QByteArray& retryAfter = {})
{
    Canned c;
    c.answer.status = 200;
    c.answer.body = json;
    if (!retryAfter.isEmpty())
        c.answer.headers.append({"Retry-After", retryAfter});
    return c;
}

Canned httpStatus(int code, const QByteArray& body = {})
{
    Canned c;
    c.answer.status = code;
    c.answer.body = body;
    if (code >= 400)
        c.error = ArmError::fromHttp(code, body);
    return c;
}

Canned connectionFailure()
{
    Canned c;
    c.error = ArmError::make(ArmError::Category::Connection, u"The device did not answer."_s);
    return c;
}

LroPlan asyncPlan()
{
    return LroPlan::fromHeaders(QUrl(u"https://device.test/shares/s1"_s), "/operations/op1", {}, {});
}

LroPlan locationPlan()
{
    return LroPlan::fromHeaders(QUrl(u"https://device.test/shares/s1"_s), {}, "/operationResults/op1", {});
}

/// Answers each status GET with the next canned answer, on the next turn of the event loop
/// (as a real exchange would); counts the GETs and the URLs asked for.
struct FakeDevice
{
    QList<Canned> answers;
    QList<QUrl> asked;
    QObject context;

    LroPoller::Fetch fetch()
    {
        return [this](const QUrl& url, LroPoller::Done done) {
            asked.append(url);
            const Canned next = answers.isEmpty() ? httpStatus(500) : answers.takeFirst();
            QTimer::singleShot(0, &context, [next, done] { done(next.answer, next.error); });
        };
    }
};

ArmResult resultOf(const QSignalSpy& finished)
{
    return finished.first().first().value<ArmResult>();
}

} // namespace

class TestLroPoller final : public QObject
{
    Q_OBJECT

private slots:
    void asyncOperationSucceeds();
    void asyncOperationEnds_data();
    void asyncOperationEnds();
    void locationStyle_data();
    void locationStyle();
    void retriablePollErrorsAreRetried();
    void pollErrorsGiveUpAfterTheLimit();
    void timeout();
    void retryAfterSetsTheWait();
    void stopEndsWithoutFinishing();
};

void TestLroPoller::asyncOperationSucceeds()
{
    FakeDevice device;
    device.answers = {status(R"({"status":"InProgress","percentComplete":30})"),
        status(R"({"status":"Succeeded","percentComplete":100,"name":"op1"})")};
    LroPoller poller(asyncPlan(), device.fetch());
    poller.setPollInterval(0ms);
    QCOMPARE(poller.state(), LroPoller::State::Idle);
    QSignalSpy progress(&poller, &LroPoller::progress);
    QSignalSpy finished(&poller, &LroPoller::finished);

    poller.start();
    QCOMPARE(poller.state(), LroPoller::State::Waiting);
    QCOMPARE(progress.size(), 1);
    QCOMPARE(progress.first(), (QVariantList {u"InProgress"_s, -1}));

    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(poller.state(), LroPoller::State::Succeeded);
    const ArmResult result = resultOf(finished);
    QVERIFY2(result.ok(), qPrintable(result.error.message()));
    QCOMPARE(result.polls, 2);
    QCOMPARE(result.resource.value("name"_L1).toString(), u"op1"_s);
    QCOMPARE(progress.size(), 3);
    QCOMPARE(progress.at(1), (QVariantList {u"InProgress"_s, 30}));
    QCOMPARE(progress.at(2), (QVariantList {u"Succeeded"_s, 100}));
    QCOMPARE(device.asked,
        (QList<QUrl> {
            QUrl(u"https://device.test/operations/op1"_s), QUrl(u"https://device.test/operations/op1"_s)}));
}

void TestLroPoller::asyncOperationEnds_data()
{
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("category");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("failed with the device's error")
        << QByteArray(R"({"status":"Failed","error":{"code":"InvalidShareName","message":"Bad name."}})")
        << int(LroPoller::State::Failed) << int(ArmError::Category::Operation) << u"Bad name."_s;
    QTest::newRow("canceled") << QByteArray(R"({"status":"Canceled"})") << int(LroPoller::State::Failed)
                              << int(ArmError::Category::Operation) << QString();
    QTest::newRow("no status") << QByteArray(R"({"percentComplete":10})") << int(LroPoller::State::Failed)
                               << int(ArmError::Category::Decode) << u"\"status\""_s;
    QTest::newRow("not JSON") << QByteArray("<html>") << int(LroPoller::State::Failed)
                              << int(ArmError::Category::Decode) << u"\"status\""_s;
}

void TestLroPoller::asyncOperationEnds()
{
    QFETCH(QByteArray, document);
    QFETCH(int, state);
    QFETCH(int, category);
    QFETCH(QString, messagePart);

    FakeDevice device;
    device.answers = {status(document)};
    LroPoller poller(asyncPlan(), device.fetch());
    poller.setPollInterval(0ms);
    QSignalSpy finished(&poller, &LroPoller::finished);
    poller.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(int(poller.state()), state);
    const ArmResult result = resultOf(finished);
    QVERIFY(!result.ok());
    QCOMPARE(int(result.error.category), category);
    QVERIFY2(result.error.message().contains(messagePart), qPrintable(result.error.message()));
    QCOMPARE(result.polls, 1);
}

void TestLroPoller::locationStyle_data()
{
    QTest::addColumn<int>("finalCode");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("category");
    QTest::addColumn<int>("percent");

    QTest::newRow("200") << 200 << int(LroPoller::State::Succeeded) << int(ArmError::Category::None) << 100;
    QTest::newRow("204") << 204 << int(LroPoller::State::Succeeded) << int(ArmError::Category::None) << 100;
    // The Location URL answers with the operation's own error: an operation failure...
    QTest::newRow("409") << 409 << int(LroPoller::State::Failed) << int(ArmError::Category::Operation) << -1;
    // ...but a refused token stays an HTTP error (the user must sign in again).
    QTest::newRow("403") << 403 << int(LroPoller::State::Failed) << int(ArmError::Category::Http) << -1;
}

void TestLroPoller::locationStyle()
{
    QFETCH(int, finalCode);
    QFETCH(int, state);
    QFETCH(int, category);
    QFETCH(int, percent);

    FakeDevice device;
    device.answers = {httpStatus(202), httpStatus(202), httpStatus(finalCode, R"({"name":"s1"})")};
    LroPoller poller(locationPlan(), device.fetch());
    poller.setPollInterval(0ms);
    QSignalSpy finished(&poller, &LroPoller::finished);
    poller.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(int(poller.state()), state);
    QCOMPARE(poller.percentComplete(), percent);
    const ArmResult result = resultOf(finished);
    QCOMPARE(int(result.error.category), category);
    QCOMPARE(result.polls, 3);
    QCOMPARE(result.httpStatus, finalCode);
    if (finalCode == 200)
        QCOMPARE(result.resource.value("name"_L1).toString(), u"s1"_s);
    QCOMPARE(device.asked.first(), QUrl(u"https://device.test/operationResults/op1"_s));
}

void TestLroPoller::retriablePollErrorsAreRetried()
{
    FakeDevice device;
    device.answers = {connectionFailure(), httpStatus(503), status(R"({"status":"Succeeded"})")};
    LroPoller poller(asyncPlan(), device.fetch());
    poller.setPollInterval(0ms);
    QSignalSpy finished(&poller, &LroPoller::finished);
    poller.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(poller.state(), LroPoller::State::Succeeded);
    QCOMPARE(resultOf(finished).polls, 3);
}

void TestLroPoller::pollErrorsGiveUpAfterTheLimit()
{
    FakeDevice device;
    for (int i = 0; i < LroPoller::kMaxPollFailures; ++i)
        device.answers.append(connectionFailure());
    device.answers.append(status(R"({"status":"Succeeded"})"));
    LroPoller poller(asyncPlan(), device.fetch());
    poller.setPollInterval(0ms);
    QSignalSpy finished(&poller, &LroPoller::finished);
    poller.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(poller.state(), LroPoller::State::Failed);
    const ArmResult result = resultOf(finished);
    QCOMPARE(result.error.category, ArmError::Category::Connection);
    QCOMPARE(result.polls, LroPoller::kMaxPollFailures);
    QCOMPARE(device.answers.size(), 1); // the success after the limit was never asked for
}

void TestLroPoller::timeout()
{
    FakeDevice device;
    device.answers = {status(R"({"status":"Succeeded"})")};
    LroPoller poller(asyncPlan(), device.fetch());
    poller.setPollInterval(0ms);
    poller.setTimeout(0ms);
    QSignalSpy finished(&poller, &LroPoller::finished);
    poller.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(poller.state(), LroPoller::State::TimedOut);
    const ArmResult result = resultOf(finished);
    QCOMPARE(result.error.category, ArmError::Category::Timeout);
    QCOMPARE(result.polls, 0);
    QVERIFY(device.asked.isEmpty());
}

void TestLroPoller::retryAfterSetsTheWait()
{
    FakeDevice device;
    device.answers = {status(R"({"status":"Running"})", "7")};
    const LroPlan plan
        = LroPlan::fromHeaders(QUrl(u"https://device.test/shares/s1"_s), "/operations/op1", {}, "0");
    LroPoller poller(plan, device.fetch());
    poller.setPollInterval(1h);
    QSignalSpy progress(&poller, &LroPoller::progress);
    poller.start();
    QCOMPARE(poller.nextPollDelay(), 0ms); // the first answer's Retry-After: 0
    QTRY_COMPARE(progress.size(), 2);
    QCOMPARE(poller.status(), u"Running"_s);
    QCOMPARE(poller.state(), LroPoller::State::Waiting);
    QCOMPARE(poller.nextPollDelay(), 7000ms); // the status answer's Retry-After
    poller.stop();
}

void TestLroPoller::stopEndsWithoutFinishing()
{
    FakeDevice device;
    device.answers = {status(R"({"status":"Succeeded"})")};
    LroPoller poller(asyncPlan(), device.fetch());
    poller.setPollInterval(0ms);
    QSignalSpy finished(&poller, &LroPoller::finished);
    poller.start();
    QTRY_COMPARE(device.asked.size(), 1); // the GET is out
    QCOMPARE(poller.state(), LroPoller::State::Polling);
    poller.stop();
    QCOMPARE(poller.state(), LroPoller::State::Stopped);
    // The answer still arrives; it is ignored.
    QTRY_VERIFY(device.answers.isEmpty());
    QCoreApplication::processEvents();
    QCOMPARE(finished.size(), 0);
    QCOMPARE(poller.state(), LroPoller::State::Stopped);
    poller.start(); // a stopped poller does not start again
    QCOMPARE(poller.state(), LroPoller::State::Stopped);
}

} // namespace ase

QTEST_GUILESS_MAIN(ase::TestLroPoller)
#include "tst_lropoller.moc"
