// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The device (ARM) client against the demo device's ARM API over TLS on loopback: shares
// through long-running operations (Azure-AsyncOperation and Location), the device's error
// messages, nextLink paging, mount/unmount, token expiry and renewal, the device-code flow,
// the Azure CLI provider (fake az) and the SharePoller feeding a ResourceStore.
#include "ArmTestSupport.h"
#include "RecordingHttpServer.h"

#include "app/demo/ClusterState.h"
#include "app/demo/HttpListener.h"
#include "app/demo/TlsIdentity.h"
#include "app/demo/arm/ArmDevice.h"
#include "app/device/AzCliTokenProvider.h"
#include "app/device/DeviceClient.h"
#include "app/device/DeviceCodeTokenProvider.h"
#include "app/device/SharePoller.h"
#include "app/device/TokenProvider.h"
#include "models/resources/Share.h"
#include "models/store/ResourceStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace ase {

using demo::ArmDevice;
using demo::ArmReply;
using demo::DeviceCollection;

class TestDeviceClient final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void getDevice();
    void untrustedCertificate();
    void createAndDeleteShare_data();
    void createAndDeleteShare();
    void failureCarriesDeviceMessage_data();
    void failureCarriesDeviceMessage();
    void paging();
    void mountUnmountAndDeleteMounted();
    void refreshCloudShare();
    void cancelOperation();
    void expiredTokenRenewedOn401();
    void azCli_data();
    void azCli();
    void deviceCodeFlow_data();
    void deviceCodeFlow();
    void refreshTokenBeforeExpiry();
    void sharePollerFillsStore();
    void sharePollerReportsFailure();
    void tokenStaysWithItsOrigin_data();
    void tokenStaysWithItsOrigin();
    void sameOriginRedirectIsFollowed();

private:
    DeviceProfile profile() const;
    QJsonObject smbShare(const QString& user = u"shareuser1"_s) const
    {
        return test::smbShareBody(m_arm->device(), user);
    }
    ArmResult run(DeviceOperation* op);
    void installHandler();

    std::unique_ptr<demo::ClusterState> m_cluster;
    std::unique_ptr<ArmDevice> m_arm;
    std::unique_ptr<demo::HttpListener> m_listener;
    demo::TlsIdentity m_tls;
    std::unique_ptr<StaticTokenProvider> m_tokens;
    std::unique_ptr<DeviceClient> m_client;
    QTemporaryDir m_dir;
    bool m_locationOnly = false;
    int m_unauthorized = 0;
    /// The fake clock of the token tests (the device's token service and the client's provider).
    QDateTime m_now;
    void useFakeClock()
    {
        m_now = QDateTime::currentDateTimeUtc();
        m_arm->tokens().setClock([this] { return m_now; });
    }
    /// When set, ARM requests are answered with a 302 to it (except those under /moved).
    QUrl m_redirectTo;
    /// Host and Authorization headers of the ARM requests that arrived.
    QList<QPair<QByteArray, QByteArray>> m_arrived;
    QStringList m_movedPaths; ///< the ARM paths that arrived through the redirect
    QStringList m_arrivedPaths; ///< beside m_arrived: the ARM path (without /moved) of each
};

void TestDeviceClient::initTestCase()
{
    m_cluster = std::make_unique<demo::ClusterState>();
    m_arm = std::make_unique<ArmDevice>(*m_cluster);
    m_arm->device().setOperationDuration(300ms);
    m_arm->api().setRetryAfterSeconds(1);
    QString error;
    m_tls = demo::TlsIdentity::generate({u"localhost"_s}, {u"127.0.0.1"_s}, &error);
    QVERIFY2(m_tls.isValid(), qPrintable(error));
    m_listener = std::make_unique<demo::HttpListener>();
    m_arm->install(*m_listener);
    installHandler();
    QVERIFY2(m_listener->listen(QHostAddress::LocalHost, 0, &m_tls, &error), qPrintable(error));
    QVERIFY(m_listener->url().startsWith(u"https://"_s));
    const auto seeded = test::seedShareDevice(*m_cluster, m_arm->device(), {u"shareuser1"_s});
    QVERIFY2(!seeded, qPrintable(seeded.value_or(QString())));
    QVERIFY(m_dir.isValid());
}

void TestDeviceClient::installHandler()
{
    // The demo answers writes with both Azure-AsyncOperation and Location; to exercise the
    // Location style the test strips the former, as a device front end might not send it.
    m_listener->setHandler([this](const demo::HttpRequest& request, const demo::ResponderPtr& responder) {
        const bool moved = request.path.startsWith(u"/moved/"_s);
        const QString path = moved ? request.path.mid(6) : request.path;
        if (demo::ArmApi::isArmPath(path)) {
            m_arrived.append({request.header("Host"), request.header("Authorization")});
            m_arrivedPaths.append(path);
            if (moved)
                m_movedPaths.append(path);
            if (!m_redirectTo.isEmpty() && !moved) {
                QUrl location = m_redirectTo;
                if (!location.hasQuery())
                    location.setQuery(request.query); // api-version
                ArmReply::empty(302).withHeader("Location", location.toEncoded()).send(*responder);
                return;
            }
            QUrl url(m_listener->url());
            url.setPath(path);
            url.setQuery(request.query);
            ArmReply reply
                = m_arm->api().handle(request.method, url, request.header("Authorization"), request.body);
            if (reply.status == 401)
                ++m_unauthorized;
            if (m_locationOnly) {
                reply.headers.removeIf([](const auto& h) {
                    return h.first.compare("Azure-AsyncOperation", Qt::CaseInsensitive) == 0;
                });
            }
            reply.send(*responder);
            return;
        }
        m_arm->handle(request, *m_listener, *responder);
    });
}

void TestDeviceClient::cleanupTestCase()
{
    m_client.reset();
    m_tokens.reset();
    m_listener.reset();
    m_arm.reset();
    m_cluster.reset();
}

void TestDeviceClient::init()
{
    m_locationOnly = false;
    m_unauthorized = 0;
    m_arm->api().setPageSize(50);
    m_client.reset();
    m_tokens = std::make_unique<StaticTokenProvider>(m_arm->tokens().issueToken());
    m_client = std::make_unique<DeviceClient>(profile(), m_tokens.get());
    m_client->setPollInterval(50ms); // if Retry-After were ignored, polls would come every 50 ms
}

DeviceProfile TestDeviceClient::profile() const
{
    DeviceProfile p;
    p.armEndpoint = QUrl(m_listener->url());
    p.subscriptionId = m_arm->device().identity().subscriptionId;
    p.resourceGroup = m_arm->device().identity().resourceGroup;
    p.deviceName = m_arm->device().identity().deviceName;
    p.tenant = m_arm->tokens().tenant();
    p.authority = QUrl(m_listener->url());
    p.caCertificatesPem = m_tls.caPem;
    return p;
}

ArmResult TestDeviceClient::run(DeviceOperation* op)
{
    QSignalSpy finished(op, &DeviceOperation::finished);
    if (!finished.wait(20000)) {
        ArmResult none;
        none.error
            = ArmError::make(ArmError::Category::Timeout, u"the operation did not finish within 20 s"_s);
        return none;
    }
    return finished.first().first().value<ArmResult>();
}

void TestDeviceClient::getDevice()
{
    const ArmResult r = run(m_client->getDevice(this, [](const ArmResult&) {}));
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(r.resource.value(u"name"_s).toString(), m_arm->device().identity().deviceName);
    QCOMPARE(r.resource.value(u"id"_s).toString().toLower(), m_arm->device().deviceId().toLower());
}

void TestDeviceClient::untrustedCertificate()
{
    DeviceProfile p = profile();
    p.caCertificatesPem.clear(); // the system's authorities do not know the demo's CA
    DeviceClient client(p, m_tokens.get());
    const ArmResult r = run(client.getDevice(this, [](const ArmResult&) {}));
    QCOMPARE(r.error.category, ArmError::Category::Tls);
    QVERIFY2(r.error.message().contains(u"not signed by an authority this system trusts"_s),
        qPrintable(r.error.message()));
}

void TestDeviceClient::createAndDeleteShare_data()
{
    QTest::addColumn<bool>("locationOnly");
    QTest::newRow("Azure-AsyncOperation") << false;
    QTest::newRow("Location") << true;
}

void TestDeviceClient::createAndDeleteShare()
{
    QFETCH(bool, locationOnly);
    m_locationOnly = locationOnly;
    const QString name = locationOnly ? u"share-loc"_s : u"share-async"_s;

    QElapsedTimer clock;
    clock.start();
    DeviceOperation* op = m_client->createShare(name, smbShare(), this, [](const ArmResult&) {});
    QSignalSpy progress(op, &DeviceOperation::progress);
    const ArmResult created = run(op);
    const qint64 elapsed = clock.elapsed();
    QVERIFY2(created.ok(), qPrintable(created.error.message()));
    QCOMPARE(created.resource.value(u"name"_s).toString(), name);
    QCOMPARE(
        created.resource.value(u"properties"_s).toObject().value(u"accessProtocol"_s).toString(), u"SMB"_s);
    QVERIFY(m_arm->device().get(DeviceCollection::Shares, name).has_value());
    // Retry-After: 1 was honoured: one poll after a second, not a poll every 50 ms.
    QCOMPARE(created.polls, 1);
    QVERIFY2(elapsed >= 950, qPrintable(QString::number(elapsed)));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toString(), u"Succeeded"_s);

    const ArmResult deleted = run(m_client->deleteShare(name, this, [](const ArmResult&) {}));
    QVERIFY2(deleted.ok(), qPrintable(deleted.error.message()));
    QCOMPARE(deleted.polls, 1);
    QVERIFY(!m_arm->device().get(DeviceCollection::Shares, name).has_value());
    const ArmResult gone = run(m_client->getShare(name, this, [](const ArmResult&) {}));
    QVERIFY(gone.error.isNotFound());
    QCOMPARE(gone.error.code(), u"ResourceNotFound"_s);
}

void TestDeviceClient::failureCarriesDeviceMessage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("code");

    QTest::newRow("invalid share name") << u"Bad_Name!"_s << u"shareuser1"_s << u"InvalidShareName"_s;
    QTest::newRow("missing user") << u"share-nouser"_s << u"nobody"_s << u"UserNotFound"_s;
}

void TestDeviceClient::failureCarriesDeviceMessage()
{
    QFETCH(QString, name);
    QFETCH(QString, user);
    QFETCH(QString, code);
    const QJsonObject body = smbShare(user);
    // What the device itself says about this request (validation has no side effect).
    const auto expected = m_arm->device().putShare(name, body);
    QVERIFY(expected.error.has_value());

    const ArmResult r = run(m_client->createShare(name, body, this, [](const ArmResult&) {}));
    QCOMPARE(r.error.category, ArmError::Category::Http);
    QCOMPARE(r.error.httpStatus, 400);
    QCOMPARE(r.error.code(), code);
    QCOMPARE(r.error.message(), expected.error->message);
    QVERIFY(!m_arm->device().get(DeviceCollection::Shares, name).has_value());
}

void TestDeviceClient::paging()
{
    for (int i = 0; i < 5; ++i)
        QVERIFY(!m_arm->device().putShareNow(u"page-share-%1"_s.arg(i), smbShare()));
    m_arm->api().setPageSize(2);
    const qsizetype expected = m_arm->device().list(DeviceCollection::Shares).size();
    QVERIFY(expected >= 5);
    const ArmResult r = run(m_client->listShares(this, [](const ArmResult&) {}));
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(r.items.size(), expected);
    QCOMPARE(r.pages, int((expected + 1) / 2));
    QStringList names;
    for (const Share& s : r.itemsAs<Share>())
        names << s.name;
    for (int i = 0; i < 5; ++i)
        QVERIFY(names.contains(u"page-share-%1"_s.arg(i)));
    names.removeDuplicates();
    QCOMPARE(names.size(), expected);
    for (int i = 0; i < 5; ++i)
        QVERIFY(!run(m_client->deleteShare(u"page-share-%1"_s.arg(i), this, [](const ArmResult&) {})).error);
}

void TestDeviceClient::mountUnmountAndDeleteMounted()
{
    const QString name = u"mounted-share"_s;
    QVERIFY(!m_arm->device().putShareNow(name, smbShare()));
    const ArmResult mounted = run(m_client->mountShare(name, this, [](const ArmResult&) {}));
    QVERIFY2(mounted.ok(), qPrintable(mounted.error.message()));
    QVERIFY(m_arm->device().isMounted(name));
    const QJsonArray endpoints = test::roleStorageEndpoints(mounted.resource).toArray();
    bool listed = false;
    for (const QJsonValue& e : endpoints)
        listed = listed
            || e.toObject()
                    .value(u"shareId"_s)
                    .toString()
                    .compare(m_client->resourceId(u"shares"_s, name), Qt::CaseInsensitive)
                == 0;
    QVERIFY(listed);

    // The device refuses to delete a mounted share: the operation fails with its message.
    const ArmResult refused = run(m_client->deleteShare(name, this, [](const ArmResult&) {}));
    QCOMPARE(refused.error.category, ArmError::Category::Operation);
    QCOMPARE(refused.error.code(), u"ShareInUse"_s);
    QVERIFY2(refused.error.message().contains(u"Unmount the share"_s), qPrintable(refused.error.message()));
    QVERIFY(m_arm->device().get(DeviceCollection::Shares, name).has_value());

    const ArmResult unmounted = run(m_client->unmountShare(name, this, [](const ArmResult&) {}));
    QVERIFY2(unmounted.ok(), qPrintable(unmounted.error.message()));
    QVERIFY(!m_arm->device().isMounted(name));
    QVERIFY(run(m_client->deleteShare(name, this, [](const ArmResult&) {})).ok());
}

void TestDeviceClient::refreshCloudShare()
{
    const QString name = u"cloud-share"_s;
    const QJsonObject body = test::cloudShareBody(m_arm->device(), name);
    const ArmResult created = run(m_client->createShare(name, body, this, [](const ArmResult&) {}));
    QVERIFY2(created.ok(), qPrintable(created.error.message()));
    const ArmResult refreshed = run(m_client->refreshShare(name, this, [](const ArmResult&) {}));
    QVERIFY2(refreshed.ok(), qPrintable(refreshed.error.message()));
    QCOMPARE(refreshed.resource.value(u"status"_s).toString(), u"Succeeded"_s);
    QVERIFY(run(m_client->deleteShare(name, this, [](const ArmResult&) {})).ok());
}

void TestDeviceClient::cancelOperation()
{
    m_arm->device().setOperationDuration(3s);
    const QString name = u"share-canceled"_s;
    bool called = false;
    ArmResult seen;
    DeviceOperation* op = m_client->createShare(name, smbShare(), this, [&](const ArmResult& r) {
        called = true;
        seen = r;
    });
    QSignalSpy progress(op, &DeviceOperation::progress);
    QVERIFY(progress.wait(5000)); // accepted: now following it
    QVERIFY(op->isLongRunning());
    op->cancel();
    QVERIFY(called);
    QCOMPARE(seen.error.category, ArmError::Category::Canceled);
    QVERIFY(!seen.error.message().isEmpty());
    // Wait for the device to finish and tidy up.
    QTRY_VERIFY_WITH_TIMEOUT(m_arm->device().get(DeviceCollection::Shares, name).has_value(), 6000);
    m_arm->device().setOperationDuration(300ms);
    QVERIFY(run(m_client->deleteShare(name, this, [](const ArmResult&) {})).ok());
}

namespace {

QString writeAzOutput(const QTemporaryDir& dir, const QString& fileName, const QJsonObject& json)
{
    const QString path = dir.filePath(fileName);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(QJsonDocument(json).toJson());
    return path;
}

int countLines(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return int(file.readAll().count('\n'));
}

QString fakeAz()
{
    return QStringLiteral(ASE_TEST_DATA_DIR "/device/fake-az");
}

} // namespace

void TestDeviceClient::expiredTokenRenewedOn401()
{
    // az hands out a token the device lets expire early; the client sees 401
    // ExpiredAuthenticationToken, re-runs az (the next token) and retries once.
    useFakeClock();
    auto restore = qScopeGuard([this] { m_arm->tokens().setClock({}); });
    const QString output = writeAzOutput(m_dir, u"az-expiring.json"_s,
        {{u"accessToken"_s, m_arm->tokens().issueToken(200ms)}, {u"expires_on"_s, 4102444800LL}});
    const QString counter = m_dir.filePath(u"az-expiring.count"_s);
    QFile::remove(counter);
    qputenv("ASE_FAKE_AZ_OUTPUT", output.toLocal8Bit());
    qputenv("ASE_FAKE_AZ_COUNT", counter.toLocal8Bit());
    qunsetenv("ASE_FAKE_AZ_FAIL");
    AzCliTokenProvider az;
    az.setProgram(fakeAz());
    DeviceClient client(profile(), &az);
    QVERIFY(run(client.getDevice(this, [](const ArmResult&) {})).ok());
    QCOMPARE(countLines(counter), 1);

    m_now = m_now.addMSecs(300); // the device now considers the token expired
    writeAzOutput(m_dir, u"az-expiring.json"_s,
        {{u"accessToken"_s, m_arm->tokens().issueToken()}, {u"expires_on"_s, 4102444800LL}});
    m_unauthorized = 0;
    const ArmResult r = run(client.listShares(this, [](const ArmResult&) {}));
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(m_unauthorized, 1);
    QCOMPARE(countLines(counter), 2);
}

void TestDeviceClient::azCli_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QJsonObject>("output");
    QTest::addColumn<QString>("failure");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("messageContains");

    const qint64 inAnHour = QDateTime::currentSecsSinceEpoch() + 3600;
    const QString localInAnHour
        = QDateTime::currentDateTime().addSecs(3600).toString(u"yyyy-MM-dd HH:mm:ss.zzz'123'"_s);
    QTest::newRow("expires_on") << fakeAz() << QJsonObject {{u"expires_on"_s, inAnHour}} << QString() << true
                                << QString();
    QTest::newRow("expiresOn only (older CLI)")
        << fakeAz() << QJsonObject {{u"expiresOn"_s, localInAnHour}} << QString() << true << QString();
    QTest::newRow("az not installed") << QString(m_dir.filePath(u"no-such-az"_s)) << QJsonObject {}
                                      << QString() << false << u"install-azure-cli"_s;
    QTest::newRow("not signed in") << fakeAz() << QJsonObject {}
                                   << u"ERROR: Please run 'az login' to setup account."_s << false
                                   << u"az login"_s;
}

void TestDeviceClient::azCli()
{
    QFETCH(QString, program);
    QFETCH(QJsonObject, output);
    QFETCH(QString, failure);
    QFETCH(bool, ok);
    QFETCH(QString, messageContains);
    const QString token = m_arm->tokens().issueToken();
    output.insert(u"accessToken"_s, token);
    output.insert(u"tokenType"_s, u"Bearer"_s);
    qputenv("ASE_FAKE_AZ_OUTPUT", writeAzOutput(m_dir, u"az.json"_s, output).toLocal8Bit());
    qunsetenv("ASE_FAKE_AZ_COUNT");
    if (failure.isEmpty())
        qunsetenv("ASE_FAKE_AZ_FAIL");
    else
        qputenv("ASE_FAKE_AZ_FAIL", failure.toLocal8Bit());

    AzCliTokenProvider az;
    az.setProgram(program);
    DeviceClient client(profile(), &az);
    const ArmResult r = run(client.getDevice(this, [](const ArmResult&) {}));
    qunsetenv("ASE_FAKE_AZ_FAIL");
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(az.current().token, token);
        // Both fields give an expiry about an hour ahead.
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(az.current().expiresAt);
        QVERIFY2(left > 3500 && left <= 3600, qPrintable(QString::number(left)));
        return;
    }
    QCOMPARE(r.error.category, ArmError::Category::Credential);
    QVERIFY2(r.error.message().contains(messageContains), qPrintable(r.error.message()));
}

void TestDeviceClient::deviceCodeFlow_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QStringList>("states");
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("pending, slow_down, success")
        << u"success"_s << QStringList {u"authorization_pending"_s, u"slow_down"_s, u"success"_s}
        << QString();
    QTest::newRow("expired") << u"expired"_s << QStringList {u"expired_token"_s} << u"expired"_s;
    QTest::newRow("declined") << u"declined"_s << QStringList {u"authorization_declined"_s} << u"declined"_s;
}

void TestDeviceClient::deviceCodeFlow()
{
    QFETCH(QString, outcome);
    QFETCH(QStringList, states);
    QFETCH(QString, messageContains);

    demo::TokenService::Settings settings;
    settings.intervalSeconds = 5; // × 40 ms: a poll every 200 ms
    settings.minPollSpacingMs = 350; // the second poll comes too soon: slow_down (interval 10)
    settings.approveAfterPolls = outcome == u"success" ? 2 : 0;
    settings.deviceCodeLifetimeSeconds = outcome == u"expired" ? 0 : 900;
    m_arm->tokens().setSettings(settings);

    DeviceCodeTokenProvider provider;
    provider.setAuthority(QUrl(m_listener->url()));
    provider.setTenant(m_arm->tokens().tenant());
    provider.setCaCertificates(profile().caCertificates());
    provider.setSecondUnit(40ms);
    QStringList seen;
    connect(&provider, &DeviceCodeTokenProvider::pollAnswered, this,
        [&seen](const QString& state, int) { seen << state; });
    connect(
        &provider, &DeviceCodeTokenProvider::userCodeReady, this, [this, outcome](const DeviceCodePrompt& p) {
            if (outcome == u"declined")
                m_arm->tokens().decline(p.userCode); // the person clicks "Decline" in the browser
        });
    QSignalSpy prompts(&provider, &DeviceCodeTokenProvider::userCodeReady);
    QSignalSpy finished(&provider, &DeviceCodeTokenProvider::signInFinished);

    DeviceClient client(profile(), &provider);
    const ArmResult r = run(client.getDevice(this, [](const ArmResult&) {}));
    m_arm->tokens().setSettings({});

    QCOMPARE(prompts.size(), 1);
    const auto prompt = prompts.first().first().value<DeviceCodePrompt>();
    QCOMPARE(prompt.userCode.size(), 9);
    QVERIFY(prompt.verificationUri.toString().startsWith(m_listener->url()));
    QVERIFY(prompt.message.contains(prompt.userCode));
    QCOMPARE(finished.size(), 1);
    const auto signIn = finished.first().first().value<ArmError>();
    if (outcome == u"success") {
        QVERIFY2(signIn.ok(), qPrintable(signIn.message()));
        QVERIFY2(r.ok(), qPrintable(r.error.message()));
        // pending first, slowed down (each slow_down adds 5 s), pending until approved, success.
        QCOMPARE(seen.first(), states.at(0));
        QCOMPARE(seen.at(1), states.at(1));
        QCOMPARE(seen.last(), states.at(2));
        QCOMPARE(provider.intervalSeconds(), 5 + 5 * int(seen.count(u"slow_down"_s)));
        QVERIFY(seen.count(u"authorization_pending"_s) >= 2);
        QVERIFY(!provider.current().refreshToken.isEmpty());
        return;
    }
    QCOMPARE(seen, states);
    QCOMPARE(r.error.category, ArmError::Category::Credential);
    QCOMPARE(signIn.message(), r.error.message());
    QVERIFY2(r.error.message().contains(messageContains), qPrintable(r.error.message()));
}

void TestDeviceClient::refreshTokenBeforeExpiry()
{
    demo::TokenService::Settings settings;
    settings.intervalSeconds = 1;
    settings.minPollSpacingMs = 0;
    settings.approveAfterPolls = 1;
    settings.tokenLifetime = 2s;
    m_arm->tokens().setSettings(settings);
    useFakeClock();
    auto restore = qScopeGuard([this] { m_arm->tokens().setClock({}); });

    DeviceCodeTokenProvider provider;
    provider.setClock([this] { return m_now; });
    provider.setAuthority(QUrl(m_listener->url()));
    provider.setTenant(m_arm->tokens().tenant());
    provider.setCaCertificates(profile().caCertificates());
    provider.setSecondUnit(20ms);
    QSignalSpy prompts(&provider, &DeviceCodeTokenProvider::userCodeReady);
    QSignalSpy changed(&provider, &TokenProvider::tokenChanged);
    DeviceClient client(profile(), &provider);
    QVERIFY(run(client.getDevice(this, [](const ArmResult&) {})).ok());
    const QString first = provider.current().token;
    QCOMPARE(changed.size(), 1);

    // Not yet due: the same token is used.
    QVERIFY(run(client.getDevice(this, [](const ArmResult&) {})).ok());
    QCOMPARE(changed.size(), 1);
    m_now = m_now.addMSecs(1700); // within a fifth of its lifetime of expiry: renewed before use
    m_unauthorized = 0;
    const ArmResult r = run(client.listShares(this, [](const ArmResult&) {}));
    m_arm->tokens().setSettings({});
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(prompts.size(), 1); // the refresh token was used: no second sign-in
    QVERIFY(provider.current().token != first);
    QCOMPARE(m_unauthorized, 0);
}

void TestDeviceClient::sharePollerFillsStore()
{
    ResourceStore store;
    store.setFlushInterval(0);
    QVERIFY(!m_arm->device().putShareNow(u"polled-a"_s, smbShare()));
    SharePoller poller(m_client.get(), &store);
    poller.setInterval(60s); // only start() and writes make it list
    QSignalSpy listed(&poller, &SharePoller::listed);
    poller.start();
    QVERIFY(listed.wait(10000));
    store.flush();
    QCOMPARE(poller.status().state, DeviceWatchState::Live);
    QCOMPARE(store.count(u"Share"_s), m_arm->device().list(DeviceCollection::Shares).size());
    QVERIFY(store.contains(u"Share"_s, u"polled-a"_s));

    // A write through the client is in the store right after it finished.
    QVERIFY(run(m_client->createShare(u"polled-b"_s, smbShare(), this, [](const ArmResult&) {})).ok());
    QTRY_VERIFY_WITH_TIMEOUT(store.contains(u"Share"_s, u"polled-b"_s), 5000);
    QVERIFY(run(m_client->deleteShare(u"polled-a"_s, this, [](const ArmResult&) {})).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!store.contains(u"Share"_s, u"polled-a"_s), 5000);
    const QJsonObject b = store.object(u"Share"_s, u"polled-b"_s);
    QCOMPARE(Share::fromJson(b).accessProtocol, u"SMB"_s);
    poller.stop();
    QVERIFY(run(m_client->deleteShare(u"polled-b"_s, this, [](const ArmResult&) {})).ok());
}

void TestDeviceClient::sharePollerReportsFailure()
{
    ResourceStore store;
    StaticTokenProvider rejected(u"not-a-token-the-device-issued"_s);
    DeviceClient client(profile(), &rejected);
    SharePoller poller(&client, &store);
    QSignalSpy status(&poller, &SharePoller::statusChanged);
    poller.start();
    QTRY_COMPARE_WITH_TIMEOUT(poller.status().state, DeviceWatchState::Failed, 10000);
    QCOMPARE(poller.status().error.httpStatus, 401);
    QCOMPARE(poller.status().error.code(), u"InvalidAuthenticationToken"_s);
    QVERIFY(!poller.status().message.isEmpty());
    QVERIFY(poller.status().nextRetry.isValid());
    QCOMPARE(store.count(u"Share"_s), 0);
}

void TestDeviceClient::tokenStaysWithItsOrigin_data()
{
    QTest::addColumn<QString>("where"); // recorder | host
    QTest::newRow("another scheme and port") << u"recorder"_s;
    QTest::newRow("another host") << u"host"_s;
}

void TestDeviceClient::tokenStaysWithItsOrigin()
{
    QFETCH(QString, where);
    // The device's ARM endpoint answers with a redirect to another origin; the client must
    // not go there with its bearer token.
    test::RecordingHttpServer recorder(
        [](const test::RecordedRequest&) { return test::RecordingHttpServer::json(200, "{}"); });
    QVERIFY(recorder.listen());
    QUrl target = where == u"recorder"_s ? recorder.url() : QUrl(m_listener->url());
    if (where == u"host"_s)
        target.setHost(u"localhost"_s); // the demo itself, reached under another name
    target.setPath(u"/subscriptions/elsewhere"_s);
    m_redirectTo = target;
    m_arrived.clear();
    auto restore = qScopeGuard([this] { m_redirectTo.clear(); });

    const ArmResult r = run(m_client->getDevice(this, [](const ArmResult&) {}));
    QVERIFY2(!r.ok(), "the client followed a redirect to another origin");
    QCOMPARE(r.error.category, ArmError::Category::Connection);
    QVERIFY2(r.error.message().contains(u"redirected the request to %1"_s.arg(target.toString())),
        qPrintable(r.error.message()));
    QVERIFY2(r.error.message().contains(u"device profile"_s), qPrintable(r.error.message()));
    // One request arrived, at the device, with the token; none under another name or elsewhere.
    QCOMPARE(m_arrived.size(), 1);
    QVERIFY(m_arrived.first().first.startsWith("127.0.0.1:"));
    QVERIFY(m_arrived.first().second.startsWith("Bearer "));
    QVERIFY(recorder.requests().isEmpty());
}

void TestDeviceClient::sameOriginRedirectIsFollowed()
{
    // A redirect within the endpoint's origin keeps working, token included.
    QUrl target(m_listener->url());
    target.setPath(u"/moved"_s + m_arm->device().deviceId());
    m_redirectTo = target;
    m_arrived.clear();
    m_arrivedPaths.clear();
    m_movedPaths.clear();
    auto restore = qScopeGuard([this] { m_redirectTo.clear(); });
    const ArmResult r = run(m_client->getDevice(this, [](const ArmResult&) {}));
    QVERIFY2(r.ok(), qPrintable(r.error.message()));
    // The original path always answers 302 while the redirect is set: the device's answer
    // can only have come through the moved path.
    QCOMPARE(r.resource.value(u"name"_s).toString(), m_arm->device().identity().deviceName);
    // The request and its redirected repeat. A poll left running by an earlier test may read
    // the device meanwhile (and be redirected too), so the counts are at least, not exactly.
    QVERIFY(m_arrivedPaths.count(m_arm->device().deviceId()) >= 2);
    QVERIFY(m_movedPaths.count(m_arm->device().deviceId()) >= 1);
    for (const auto& [host, authorization] : std::as_const(m_arrived))
        QVERIFY(authorization.startsWith("Bearer "));
}

} // namespace ase

QTEST_GUILESS_MAIN(ase::TestDeviceClient)
#include "tst_deviceclient.moc"
