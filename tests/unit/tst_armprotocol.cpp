// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The device client's pure parts: LRO headers and status documents, Retry-After,
// CloudError bodies, the Azure CLI's output, JWT expiry, the device profile in settings.
#include "app/device/ArmError.h"
#include "app/device/ArmLro.h"
#include "app/device/AzCliTokenProvider.h"
#include "app/device/DeviceProfile.h"
#include "app/device/TokenProvider.h"

#include <QJsonDocument>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace ase {

class TestArmProtocol final : public QObject
{
    Q_OBJECT

private slots:
    void retryAfter_data();
    void retryAfter();
    void lroPlan_data();
    void lroPlan();
    void operationStatus_data();
    void operationStatus();
    void cloudError_data();
    void cloudError();
    void azCliOutput_data();
    void azCliOutput();
    void jwtExpiry();
    void profileSavedWithoutSecrets();
    void profileFromDemoJson();
    void profileValidation_data();
    void profileValidation();
};

void TestArmProtocol::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("expected"); // -1 = none

    QTest::newRow("absent") << QByteArray() << -1;
    QTest::newRow("seconds") << QByteArray("7") << 7;
    QTest::newRow("zero") << QByteArray("0") << 0;
    QTest::newRow("spaces") << QByteArray(" 3 ") << 3;
    QTest::newRow("negative") << QByteArray("-2") << -1;
    QTest::newRow("http date 30 s ahead") << QByteArray("Sun, 29 Nov 2026 12:00:30 GMT") << 30;
    QTest::newRow("http date in the past") << QByteArray("Sun, 29 Nov 2026 11:00:00 GMT") << 0;
    QTest::newRow("garbage") << QByteArray("soon") << -1;
}

void TestArmProtocol::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, expected);
    const QDateTime now(QDate(2026, 11, 29), QTime(12, 0, 0), QTimeZone::UTC);
    const std::optional<int> parsed = parseRetryAfter(header, now);
    QCOMPARE(parsed.value_or(-1), expected);
}

void TestArmProtocol::lroPlan_data()
{
    QTest::addColumn<QByteArray>("asyncOperation");
    QTest::addColumn<QByteArray>("location");
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<int>("style");
    QTest::addColumn<QString>("statusUrl");
    QTest::addColumn<int>("retry");

    const QByteArray async = "https://dev.example/op/1/operationsStatus/abc?api-version=2023-12-01";
    const QByteArray loc = "https://dev.example/op/1/operationResults/abc?api-version=2023-12-01";
    QTest::newRow("both headers: Azure-AsyncOperation preferred")
        << async << loc << QByteArray("2") << int(LroPlan::Style::AsyncOperation)
        << QString::fromLatin1(async) << 2;
    QTest::newRow("only Location") << QByteArray() << loc << QByteArray() << int(LroPlan::Style::Location)
                                   << QString::fromLatin1(loc) << -1;
    QTest::newRow("neither: not long-running")
        << QByteArray() << QByteArray() << QByteArray("5") << int(LroPlan::Style::None) << QString() << 5;
    QTest::newRow("relative Location resolved against the request")
        << QByteArray() << QByteArray("/subscriptions/s/operationResults/x?api-version=2023-12-01")
        << QByteArray("1") << int(LroPlan::Style::Location)
        << u"https://arm.example:8443/subscriptions/s/operationResults/x?api-version=2023-12-01"_s << 1;
}

void TestArmProtocol::lroPlan()
{
    QFETCH(QByteArray, asyncOperation);
    QFETCH(QByteArray, location);
    QFETCH(QByteArray, retryAfter);
    QFETCH(int, style);
    QFETCH(QString, statusUrl);
    QFETCH(int, retry);
    const QUrl request(u"https://arm.example:8443/subscriptions/s/shares/a?api-version=2023-12-01"_s);
    const LroPlan plan = LroPlan::fromHeaders(request, asyncOperation, location, retryAfter);
    QCOMPARE(int(plan.style), style);
    QCOMPARE(plan.statusUrl.toString(QUrl::FullyEncoded), statusUrl);
    QCOMPARE(plan.retryAfterSeconds.value_or(-1), retry);
    QCOMPARE(plan.isLongRunning(), style != int(LroPlan::Style::None));
}

void TestArmProtocol::operationStatus_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("terminal");
    QTest::addColumn<bool>("succeeded");
    QTest::addColumn<int>("percent");
    QTest::addColumn<QString>("errorMessage");

    QTest::newRow("in progress with percent") << QByteArray(R"({"status":"InProgress","percentComplete":40})")
                                              << true << false << false << 40 << QString();
    QTest::newRow("job running") << QByteArray(R"({"status":"Running"})") << true << false << false << -1
                                 << QString();
    QTest::newRow("unknown status counts as in progress")
        << QByteArray(R"({"status":"Accepted"})") << true << false << false << -1 << QString();
    QTest::newRow("succeeded") << QByteArray(R"({"name":"g","status":"Succeeded","percentComplete":100})")
                               << true << true << true << 100 << QString();
    QTest::newRow("failed with error") << QByteArray(
        R"({"status":"Failed","error":{"code":"ShareInUse","message":"The share is mounted."}})")
                                       << true << true << false << -1 << u"The share is mounted."_s;
    QTest::newRow("canceled") << QByteArray(R"({"status":"Canceled"})") << true << true << false << -1
                              << QString();
    QTest::newRow("no status") << QByteArray(R"({"percentComplete":10})") << false << false << false << -1
                               << QString();
}

void TestArmProtocol::operationStatus()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(bool, terminal);
    QFETCH(bool, succeeded);
    QFETCH(int, percent);
    QFETCH(QString, errorMessage);
    const auto status = OperationStatus::fromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(status.has_value(), valid);
    if (!status)
        return;
    QCOMPARE(status->isTerminal(), terminal);
    QCOMPARE(status->succeeded(), succeeded);
    QCOMPARE(status->percentComplete.value_or(-1), percent);
    QCOMPARE(status->error.message, errorMessage);
}

void TestArmProtocol::cloudError_data()
{
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("plain CloudError")
        << 400
        << QByteArray(R"({"error":{"code":"InvalidShareName","message":"The share name 'A_b' is invalid."}})")
        << u"InvalidShareName"_s << u"The share name 'A_b' is invalid."_s;
    QTest::newRow("nested details")
        << 400
        << QByteArray(R"({"error":{"code":"InvalidRequestContent","message":"The request is invalid.",)"
                      R"("details":[{"code":"MissingUser","message":"User 'bob' does not exist.",)"
                      R"("details":[{"code":"Hint","message":"Create the user first."}]}]}})")
        << u"InvalidRequestContent"_s
        << u"The request is invalid.\nMissingUser: User 'bob' does not exist.\nHint: Create the user first."_s;
    QTest::newRow("job error with errorDetails and recommendations")
        << 200
        << QByteArray(R"({"error":{"code":"Fail","message":"Refresh failed.","errorDetails":[{"code":"Auth",)"
                      R"("message":"Key rejected.","recommendations":["Sync the storage key."]}]}})")
        << u"Fail"_s << u"Refresh failed.\nAuth: Key rejected.\nSync the storage key."_s;
    QTest::newRow("no body: text for the code")
        << 404 << QByteArray() << QString() << ArmError::genericMessageForCode(404);
    QTest::newRow("OAuth error is not a CloudError")
        << 400 << QByteArray(R"({"error":"invalid_grant","error_description":"x"})") << QString()
        << ArmError::genericMessageForCode(400);
    QTest::newRow("HTML body") << 502 << QByteArray("<html>Bad gateway</html>") << QString()
                               << ArmError::genericMessageForCode(502);
}

void TestArmProtocol::cloudError()
{
    QFETCH(int, httpStatus);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    const ArmError error = ArmError::fromHttp(httpStatus, body, "12");
    QVERIFY(!error.ok());
    QCOMPARE(error.httpStatus, httpStatus);
    QCOMPARE(error.code(), code);
    QCOMPARE(error.message(), message);
    QCOMPARE(error.retryAfterSeconds, 12);
}

void TestArmProtocol::azCliOutput_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QDateTime>("expiresAt");

    const QDateTime posix = QDateTime::fromSecsSinceEpoch(1893456000, QTimeZone::UTC); // 2030-01-01
    QTest::newRow("expires_on (POSIX seconds) wins over expiresOn") << QByteArray(
        R"({"accessToken":"tok","expiresOn":"2001-01-01 00:00:00.000000","expires_on":1893456000,)"
        R"("tokenType":"Bearer"})") << true << posix;
    QTest::newRow("expires_on as a string")
        << QByteArray(R"({"accessToken":"tok","expires_on":"1893456000"})") << true << posix;
    QTest::newRow("only expiresOn (local time, microseconds)")
        << QByteArray(R"({"accessToken":"tok","expiresOn":"2029-06-15 13:45:10.921462"})") << true
        << QDateTime(QDate(2029, 6, 15), QTime(13, 45, 10, 921), QTimeZone::LocalTime).toUTC();
    QTest::newRow("no expiry") << QByteArray(R"({"accessToken":"tok"})") << true << QDateTime();
    QTest::newRow("no token") << QByteArray(R"({"expires_on":1893456000})") << false << QDateTime();
    QTest::newRow("not JSON") << QByteArray("ERROR: Please run 'az login'") << false << QDateTime();
}

void TestArmProtocol::azCliOutput()
{
    QFETCH(QByteArray, output);
    QFETCH(bool, ok);
    QFETCH(QDateTime, expiresAt);
    QString error;
    const auto token = AzCliTokenProvider::parseOutput(output, &error);
    QCOMPARE(token.has_value(), ok);
    if (!token) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QCOMPARE(token->token, u"tok"_s);
    QCOMPARE(token->expiresAt.isValid(), expiresAt.isValid());
    if (expiresAt.isValid())
        QCOMPARE(token->expiresAt.toUTC(), expiresAt);
}

void TestArmProtocol::jwtExpiry()
{
    const auto part = [](const QByteArray& json) {
        return QString::fromLatin1(
            json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    const QString jwt
        = part(R"({"alg":"RS256"})") + u'.' + part(R"({"exp":1893456000,"aud":"x"})") + u".c2ln";
    QCOMPARE(AccessToken::jwtExpiry(jwt), QDateTime::fromSecsSinceEpoch(1893456000, QTimeZone::UTC));
    QVERIFY(!AccessToken::jwtExpiry(u"opaque-token"_s).isValid());
    QVERIFY(!AccessToken::jwtExpiry(part("{}") + u'.' + part(R"({"aud":"x"})") + u".x").isValid());
}

void TestArmProtocol::profileSavedWithoutSecrets()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"settings.ini"_s);
    const QString token = u"eyJ-secret-token-value"_s;
    DeviceProfile profile;
    profile.armEndpoint = QUrl(u"https://127.0.0.1:4443"_s);
    profile.tenant = u"contoso.onmicrosoft.com"_s;
    profile.subscriptionId = u"8b2f0b5e-0000-4e5f-9a7b-0a5e0de70001"_s;
    profile.resourceGroup = u"rg"_s;
    profile.deviceName = u"dev1"_s;
    profile.authMethod = DeviceAuthMethod::AzureCli;
    profile.authority = QUrl(u"https://login.example"_s);
    profile.caCertificatesPem = "-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n";
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.beginGroup(u"device"_s);
        profile.save(settings);
        settings.endGroup();
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    QVERIFY(!written.contains(token.toUtf8()));
    QVERIFY(!written.toLower().contains("token="));
    QVERIFY(written.contains("azureCli"));

    QSettings settings(path, QSettings::IniFormat);
    settings.beginGroup(u"device"_s);
    const DeviceProfile loaded = DeviceProfile::load(settings);
    QCOMPARE(loaded, profile);
    QCOMPARE(loaded.deviceId(),
        u"/subscriptions/8b2f0b5e-0000-4e5f-9a7b-0a5e0de70001/resourceGroups/rg/providers/"
        u"Microsoft.DataBoxEdge/dataBoxEdgeDevices/dev1"_s);
}

void TestArmProtocol::profileFromDemoJson()
{
    const QJsonObject json {{u"armEndpoint"_s, u"https://127.0.0.1:40123"_s}, {u"subscriptionId"_s, u"sub"_s},
        {u"resourceGroup"_s, u"ase-demo-rg"_s}, {u"deviceName"_s, u"ase-demo-gpu"_s},
        {u"tenant"_s, u"ase-demo.onmicrosoft.com"_s},
        {u"tokenEndpoint"_s, u"https://127.0.0.1:40123/ase-demo.onmicrosoft.com/oauth2/v2.0/token"_s},
        {u"certificateAuthorityData"_s, QString::fromLatin1(QByteArray("PEM DATA").toBase64())},
        {u"token"_s, u"demo-secret"_s}};
    QString token;
    const DeviceProfile profile = DeviceProfile::fromDemoJson(json, &token);
    QCOMPARE(token, u"demo-secret"_s);
    QCOMPARE(profile.armEndpoint, QUrl(u"https://127.0.0.1:40123"_s));
    QCOMPARE(profile.deviceName, u"ase-demo-gpu"_s);
    QCOMPARE(profile.tenant, u"ase-demo.onmicrosoft.com"_s);
    QCOMPARE(profile.authority, QUrl(u"https://127.0.0.1:40123"_s));
    QCOMPARE(profile.caCertificatesPem, QByteArray("PEM DATA"));
    QCOMPARE(profile.authMethod, DeviceAuthMethod::PastedToken);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"device-profile.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(json).toJson());
    file.close();
    QString fileToken;
    QString error;
    QCOMPARE(DeviceProfile::loadDemoFile(path, &fileToken, &error), profile);
    QCOMPARE(fileToken, u"demo-secret"_s);
    QVERIFY(!DeviceProfile::loadDemoFile(dir.filePath(u"missing.json"_s), nullptr, &error).isValid());
    QVERIFY(error.contains(u"missing.json"_s));
}

void TestArmProtocol::profileValidation_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("device");
    QTest::addColumn<int>("problems");

    QTest::newRow("complete") << u"https://management.azure.com"_s << u"dev"_s << 0;
    QTest::newRow("no device name") << u"https://management.azure.com"_s << QString() << 1;
    QTest::newRow("endpoint without scheme") << u"management.azure.com"_s << u"dev"_s << 1;
    QTest::newRow("ftp endpoint and no device") << u"ftp://x"_s << QString() << 2;
}

void TestArmProtocol::profileValidation()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, device);
    QFETCH(int, problems);
    DeviceProfile p;
    p.armEndpoint = QUrl(endpoint);
    p.subscriptionId = u"s"_s;
    p.resourceGroup = u"rg"_s;
    p.deviceName = device;
    QCOMPARE(p.validate().size(), problems);
}

} // namespace ase

QTEST_GUILESS_MAIN(ase::TestArmProtocol)
#include "tst_armprotocol.moc"
