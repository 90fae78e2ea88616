// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// ApiError: the typed result of a failed Kubernetes request, with client-go's texts when
// the server sends no Status, and the small pure helpers of the client.

#include "app/kube/ApiError.h"
#include "app/kube/KubeClient.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ase;

class TestApiError final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void withoutStatusBody_data();
    void withoutStatusBody();
    void statusBodyWins();
    void applyConflictsNameFieldAndManager();
    void retryAfter_data();
    void retryAfter();
    void expired_data();
    void expired();
    void forbiddenSummary_data();
    void forbiddenSummary();
    void eventsFieldSelector_data();
    void eventsFieldSelector();
};

void TestApiError::withoutStatusBody_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("message");

    // apimachinery NewGenericServerResponse, word for word.
    QTest::newRow("404") << 404 << QByteArray("404 page not found") << u"NotFound"_s
                         << u"the server could not find the requested resource"_s;
    QTest::newRow("401") << 401 << QByteArray() << u"Unauthorized"_s
                         << u"the server has asked for the client to provide credentials"_s;
    QTest::newRow("403 keeps the server's text")
        << 403 << QByteArray("  forbidden by proxy\n") << u"Forbidden"_s << u"forbidden by proxy"_s;
    QTest::newRow("409") << 409 << QByteArray() << u"Conflict"_s << u"the server reported a conflict"_s;
    QTest::newRow("422") << 422 << QByteArray() << u"Invalid"_s
                         << u"the server rejected our request due to an error in our request"_s;
    QTest::newRow("429")
        << 429 << QByteArray() << u"TooManyRequests"_s
        << u"the server has received too many requests and has asked us to try again later"_s;
    QTest::newRow("500 quotes the body")
        << 500 << QByteArray("boom \"x\"") << u"InternalError"_s
        << u"an error on the server (\"boom \\\"x\\\"\") has prevented the request "
           "from succeeding"_s;
    QTest::newRow("503") << 503 << QByteArray("<html>") << u"ServiceUnavailable"_s
                         << u"the server is currently unable to handle the request"_s;
    QTest::newRow("418 unknown code")
        << 418 << QByteArray() << QString()
        << u"the server responded with the status code 418 but did not return more "
           "information"_s;
}

void TestApiError::withoutStatusBody()
{
    QFETCH(int, code);
    QFETCH(QByteArray, body);
    QFETCH(QString, reason);
    QFETCH(QString, message);

    const ApiError e = ApiError::fromHttp(code, body);
    QVERIFY(!e.ok());
    QVERIFY(bool(e));
    QCOMPARE(e.category, ApiError::Category::Http);
    QCOMPARE(e.httpStatus, code);
    QCOMPARE(e.reason(), reason);
    QCOMPARE(e.message(), message);
}

void TestApiError::statusBodyWins()
{
    ApiStatus s;
    s.status = u"Failure"_s;
    s.code = 422;
    s.reason = u"Invalid"_s;
    s.message = u"PersistentVolumeClaim \"x\" is invalid: spec.accessModes: Required value"_s;
    s.kind = u"PersistentVolumeClaim"_s;
    s.name = u"x"_s;
    s.causes = {{u"FieldValueRequired"_s, u"Required value"_s, u"spec.accessModes"_s}};
    const ApiError e = ApiError::fromHttp(422, QJsonDocument(s.toJson()).toJson());
    QCOMPARE(e.message(), s.message);
    QVERIFY(e.isInvalid());
    QCOMPARE(e.causes(), s.causes);
    QCOMPARE(e.status, s);
    QVERIFY(!e.isRetriable());
}

void TestApiError::applyConflictsNameFieldAndManager()
{
    // The body kube-apiserver sends (apimachinery fieldmanager NewConflictError/printManager).
    const QByteArray body = R"({"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure",
        "message":"Apply failed with 3 conflicts: conflicts with \"kubectl\" using v1:\n- .metadata.labels.tier",
        "reason":"Conflict","details":{"causes":[
        {"reason":"FieldManagerConflict","message":"conflict with \"kubectl\" using v1","field":".metadata.labels.tier"},
        {"reason":"FieldManagerConflict","message":"conflict with \"kube-controller-manager\" with subresource \"status\" using v1","field":".status.phase"},
        {"reason":"FieldManagerConflict","message":"conflict with \"my \\\"odd\\\" tool\" using v1 at 2026-01-01T00:00:00Z","field":".spec.x"}
        ]},"code":409})";
    const ApiError e = ApiError::fromHttp(409, body);
    QVERIFY(e.isApplyConflict());
    const QList<FieldConflict> expected {{u".metadata.labels.tier"_s, u"kubectl"_s},
        {u".status.phase"_s, u"kube-controller-manager"_s}, {u".spec.x"_s, u"my \"odd\" tool"_s}};
    QCOMPARE(e.applyConflicts(), expected);

    // A conflict of another kind (stale resourceVersion) names no fields.
    const ApiError stale = ApiError::fromHttp(409,
        R"({"kind":"Status","apiVersion":"v1","status":"Failure","message":"the object has been modified",
        "reason":"Conflict","code":409})");
    QVERIFY(!stale.isApplyConflict());
    QVERIFY(stale.applyConflicts().isEmpty());
}

void TestApiError::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("detailsSeconds");
    QTest::addColumn<int>("expected");

    QTest::newRow("Retry-After header") << QByteArray("7") << 0 << 7;
    QTest::newRow("details.retryAfterSeconds") << QByteArray() << 3 << 3;
    QTest::newRow("header beats details") << QByteArray(" 5 ") << 3 << 5;
    QTest::newRow("HTTP date is not seconds") << QByteArray("Wed, 21 Oct 2026 07:28:00 GMT") << 0 << 0;
}

void TestApiError::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, detailsSeconds);
    QFETCH(int, expected);

    ApiStatus s;
    s.status = u"Failure"_s;
    s.code = 429;
    s.reason = u"TooManyRequests"_s;
    s.message = u"Too many requests, please try again later."_s;
    s.retryAfterSeconds = detailsSeconds;
    const ApiError e = ApiError::fromHttp(429, QJsonDocument(s.toJson()).toJson(), header);
    QVERIFY(e.isTooManyRequests());
    QVERIFY(e.isRetriable());
    QCOMPARE(e.retryAfterSeconds, expected);
}

void TestApiError::expired_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("expired");

    QTest::newRow("410 Expired") << 410 << u"Expired"_s << true;
    QTest::newRow("410 Gone (old servers)") << 410 << u"Gone"_s << true;
    QTest::newRow("500") << 500 << u"InternalError"_s << false;
}

void TestApiError::expired()
{
    QFETCH(int, code);
    QFETCH(QString, reason);
    QFETCH(bool, expired);

    ApiStatus s;
    s.status = u"Failure"_s;
    s.code = code;
    s.reason = reason;
    s.message = u"too old resource version: 100 (250)"_s;
    const ApiError e = ApiError::fromStatus(s); // as an in-stream watch ERROR arrives
    QCOMPARE(e.isExpired(), expired);
    QCOMPARE(e.httpStatus, code);
    QCOMPARE(e.message(), s.message);
}

void TestApiError::forbiddenSummary_data()
{
    QTest::addColumn<QString>("verb");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("summary");

    QTest::newRow("list PersistentVolumes")
        << u"list"_s << u"PersistentVolume"_s << u"No permission to list PersistentVolumes."_s;
    QTest::newRow("watch StorageClasses")
        << u"watch"_s << u"StorageClass"_s << u"No permission to watch StorageClasses."_s;
    QTest::newRow("no kind: the server's message")
        << u"get"_s << QString() << u"version is forbidden: User \"x\" cannot get path \"/version\""_s;
}

void TestApiError::forbiddenSummary()
{
    QFETCH(QString, verb);
    QFETCH(QString, kind);
    QFETCH(QString, summary);

    ApiError e = ApiError::fromHttp(403, "version is forbidden: User \"x\" cannot get path \"/version\"");
    e.verb = verb;
    e.kind = kind;
    QVERIFY(e.isForbidden());
    QCOMPARE(e.summary(), summary);
}

void TestApiError::eventsFieldSelector_data()
{
    QTest::addColumn<QString>("uid");
    QTest::addColumn<QString>("expected");

    QTest::newRow("with uid (kubectl describe)") << u"0b5e"_s
                                                 << u"involvedObject.kind=PersistentVolumeClaim,"
                                                    u"involvedObject.name=data,involvedObject.namespace=apps,"
                                                    "involvedObject.uid=0b5e"_s;
    QTest::newRow("without uid") << QString()
                                 << u"involvedObject.kind=PersistentVolumeClaim,involvedObject.name=data,"
                                    "involvedObject.namespace=apps"_s;
}

void TestApiError::eventsFieldSelector()
{
    QFETCH(QString, uid);
    QFETCH(QString, expected);
    QCOMPARE(
        KubeClient::eventsFieldSelector(u"PersistentVolumeClaim"_s, u"apps"_s, u"data"_s, uid), expected);
}

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
