// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The share operations of a Session against the demo device, in-process over TLS: users and
// storage account credentials whose secrets are encrypted as §1.12 says and decrypted by the
// device (the whole path, for real), the refusals the device makes (CloudError codes), the
// 24-share limit, one share per container, deleting a mounted share, LRO failures (--fault),
// and a share draft with a new credential and a new user mounted for Edge compute.

#include "app/demo/ClusterState.h"
#include "app/demo/DemoDevice.h"
#include "app/demo/arm/ArmDevice.h"
#include "app/demo/arm/DeviceState.h"
#include "app/device/DeviceProfile.h"
#include "app/device/SecretStore.h"
#include "app/device/TokenProvider.h"
#include "app/session/Session.h"
#include "app/session/ShareOperations.h"
#include "models/resources/ResourceKind.h"

#include <QJsonArray>
#include <QTest>

#include <memory>
#include <optional>

using namespace ase;
using namespace ase::provisioning;
using namespace Qt::StringLiterals;

namespace {

constexpr auto kPassword = "Edge-Pa55word";

QString accountKey()
{
    return QString::fromLatin1(
        QByteArray("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef").toBase64());
}

} // namespace

class TestShareOperations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void extendedInformationServesTheWrappedCertificate();
    void userPasswordRoundTrips();
    void credentialKeyRoundTrips();
    void noKeyOrWrongKeyIsSaid();
    void keyIsKeptInTheSecretStore();
    void deleteUserInUseIsRefused();
    void draftWithNewCredentialAndUserMountedForCompute();
    void deleteMountedShareIsRefused();
    void oneSharePerContainer();
    void shareLimit();
    void faultFailsTheOperationMidway();
    void refreshFaultFailsTheJob();

private:
    ArmError wait(const std::function<void(ShareOperations::DoneCallback)>& start);
    ShareOperations* ops() const { return m_session->shares(); }
    demo::DeviceState& device() const { return m_arm->device(); }

    std::unique_ptr<demo::DemoDevice> m_device;
    demo::ArmDevice* m_arm = nullptr;
    std::unique_ptr<Session> m_session;
    QString m_cik;
};

void TestShareOperations::initTestCase()
{
    m_device = std::make_unique<demo::DemoDevice>();
    QString error;
    QVERIFY2(m_device->start({}, &error), qPrintable(error));
    m_arm = demo::ArmDevice::attach(*m_device, &error);
    QVERIFY2(m_arm, qPrintable(error));
    device().setOperationDuration(std::chrono::milliseconds(300));
    m_session = std::make_unique<Session>();
    m_session->setWatching(false);
    QString token;
    const DeviceProfile profile = DeviceProfile::fromDemoJson(m_device->deviceProfile(), &token, &m_cik);
    QVERIFY(!m_cik.isEmpty());
    QCOMPARE(m_cik, device().channelIntegrityKey());
    m_session->connectDevice(profile, new StaticTokenProvider(token));
    ops()->setChannelIntegrityKey(m_cik, false);
}

void TestShareOperations::cleanupTestCase()
{
    m_session.reset();
    m_device.reset();
}

ArmError TestShareOperations::wait(const std::function<void(ShareOperations::DoneCallback)>& start)
{
    std::optional<ArmError> result;
    start([&result](const ArmError& error) { result = error; });
    if (!QTest::qWaitFor([&result] { return result.has_value(); }, 30000))
        return ArmError::make(ArmError::Category::Timeout, u"the test waited in vain"_s);
    return *result;
}

void TestShareOperations::extendedInformationServesTheWrappedCertificate()
{
    const QJsonObject info = device().extendedInformation();
    const QJsonObject properties = info.value(u"properties"_s).toObject();
    QVERIFY(!properties.value(u"encryptionKey"_s).toString().isEmpty());
    QCOMPARE(properties.value(u"encryptionKeyThumbprint"_s).toString().size(), 40);
    // Encrypting through the session gives what the device accepts.
    std::optional<QJsonObject> secret;
    ops()->encryptSecret(u"abc"_s, this, [&secret](const QJsonObject& s, const ArmError& e) {
        QVERIFY2(e.ok(), qPrintable(e.message()));
        secret = s;
    });
    QVERIFY(QTest::qWaitFor([&secret] { return secret.has_value(); }, 10000));
    QCOMPARE(secret->value(u"encryptionAlgorithm"_s).toString(), u"AES256"_s);
    QCOMPARE(secret->value(u"encryptionCertThumbprint"_s).toString(),
        properties.value(u"encryptionKeyThumbprint"_s).toString());
    QVERIFY(secret->value(u"value"_s).toString() != u"abc"_s);
}

void TestShareOperations::userPasswordRoundTrips()
{
    const ArmError error = wait([this](auto done) {
        ops()->createUser(
            {u"alice"_s, QString::fromLatin1(kPassword), QString::fromLatin1(kPassword)}, this, {}, done);
    });
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(device().receivedSecret(demo::DeviceCollection::Users, u"alice"_s),
        std::optional<QString>(QString::fromLatin1(kPassword)));
    // The device never echoes it.
    const auto user = device().get(demo::DeviceCollection::Users, u"alice"_s);
    QVERIFY(user);
    QVERIFY(!user->value(u"properties"_s).toObject().contains(u"encryptedPassword"_s));
}

void TestShareOperations::credentialKeyRoundTrips()
{
    CredentialDraft credential {u"archive"_s, u"contosoarchive"_s, accountKey()};
    const ArmError error
        = wait([&](auto done) { ops()->createStorageAccountCredential(credential, this, {}, done); });
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(device().receivedSecret(demo::DeviceCollection::StorageAccountCredentials, u"archive"_s),
        std::optional<QString>(accountKey()));
    const auto sac = device().get(demo::DeviceCollection::StorageAccountCredentials, u"archive"_s);
    QVERIFY(sac);
    QCOMPARE(sac->value(u"properties"_s).toObject().value(u"userName"_s).toString(), u"contosoarchive"_s);
    QVERIFY(!sac->value(u"properties"_s).toObject().contains(u"accountKey"_s));
}

void TestShareOperations::noKeyOrWrongKeyIsSaid()
{
    ops()->setChannelIntegrityKey(u"not-the-device-key"_s, false);
    ArmError error = wait([this](auto done) {
        ops()->createUser(
            {u"bob"_s, QString::fromLatin1(kPassword), QString::fromLatin1(kPassword)}, this, {}, done);
    });
    QCOMPARE(error.category, ArmError::Category::Config);
    QVERIFY2(error.message().contains(u"does not match"_s), qPrintable(error.message()));
    QVERIFY(!device().get(demo::DeviceCollection::Users, u"bob"_s));
    // A key that is not the device's is forgotten: the next secret asks for it again.
    std::optional<bool> known;
    ops()->hasChannelIntegrityKey(this, [&known](bool k) { known = k; });
    QVERIFY(QTest::qWaitFor([&known] { return known.has_value(); }, 5000));
    QVERIFY(!*known);

    ops()->setChannelIntegrityKey(QString(), false);
    error = wait([this](auto done) {
        ops()->createUser(
            {u"bob"_s, QString::fromLatin1(kPassword), QString::fromLatin1(kPassword)}, this, {}, done);
    });
    QCOMPARE(error.category, ArmError::Category::Config);
    QVERIFY2(error.message().contains(u"encryption key is needed"_s), qPrintable(error.message()));
    ops()->setChannelIntegrityKey(m_cik, false);
}

void TestShareOperations::keyIsKeptInTheSecretStore()
{
    SecretStore store(SecretStore::Backend::Memory);
    ops()->setSecretStore(&store);
    ops()->setChannelIntegrityKey(m_cik); // kept
    // A new connection to the same device forgets the session's copy and reads the store.
    QString token;
    const DeviceProfile profile = DeviceProfile::fromDemoJson(m_device->deviceProfile(), &token);
    m_session->connectDevice(profile, new StaticTokenProvider(token));
    std::optional<bool> known;
    ops()->hasChannelIntegrityKey(this, [&known](bool k) { known = k; });
    QVERIFY(QTest::qWaitFor([&known] { return known.has_value(); }, 5000));
    QVERIFY(*known);
    const ArmError error = wait([this](auto done) {
        ops()->createUser(
            {u"carol"_s, QString::fromLatin1(kPassword), QString::fromLatin1(kPassword)}, this, {}, done);
    });
    QVERIFY2(error.ok(), qPrintable(error.message()));
    ops()->setSecretStore(nullptr);
    m_session->connectDevice(profile, new StaticTokenProvider(token));
    ops()->setChannelIntegrityKey(m_cik, false);
}

void TestShareOperations::deleteUserInUseIsRefused()
{
    ShareDraft draft;
    draft.name = u"alicedocs"_s;
    draft.users = {{u"alice"_s, u"Change"_s}};
    draft.computeMount = false;
    ArmError error = wait([&](auto done) { ops()->createShareFromDraft(draft, this, {}, {}, done); });
    QVERIFY2(error.ok(), qPrintable(error.message()));
    error = wait([&](auto done) { ops()->deleteUser(u"alice"_s, this, {}, done); });
    QCOMPARE(error.code(), u"UserInUse"_s);
    QVERIFY(device().get(demo::DeviceCollection::Users, u"alice"_s));
    // Without a share it goes.
    QVERIFY(wait([&](auto done) { ops()->deleteShare(u"alicedocs"_s, this, {}, done); }).ok());
    QVERIFY(wait([&](auto done) { ops()->deleteUser(u"alice"_s, this, {}, done); }).ok());
    QVERIFY(!device().get(demo::DeviceCollection::Users, u"alice"_s));
    QVERIFY(!device().receivedSecret(demo::DeviceCollection::Users, u"alice"_s));
}

void TestShareOperations::draftWithNewCredentialAndUserMountedForCompute()
{
    ShareDraft draft;
    draft.name = u"telemetry"_s;
    draft.cloud = true;
    draft.newCredential = CredentialDraft {u"telemetrysac"_s, u"contosotelemetry"_s, accountKey()};
    draft.storageAccountCredential = u"telemetrysac"_s;
    draft.dataFormat = u"PageBlob"_s;
    draft.newUser = UserDraft {u"dave"_s, QString::fromLatin1(kPassword), QString::fromLatin1(kPassword)};
    draft.computeMount = true;
    QStringList steps;
    const ArmError error = wait([&](auto done) {
        ops()->createShareFromDraft(
            draft, this, [&steps](const QString& s) { steps.append(s); }, {}, done);
    });
    QVERIFY2(error.ok(), qPrintable(error.message()));
    QCOMPARE(steps,
        (QStringList {u"Creating storage account credential telemetrysac"_s, u"Creating user dave"_s,
            u"Creating share telemetry"_s, u"Mounting share telemetry for Edge compute"_s}));
    QCOMPARE(device().receivedSecret(demo::DeviceCollection::Users, u"dave"_s),
        std::optional<QString>(QString::fromLatin1(kPassword)));
    const auto share = device().get(demo::DeviceCollection::Shares, u"telemetry"_s);
    QVERIFY(share);
    const QJsonObject container
        = share->value(u"properties"_s).toObject().value(u"azureContainerInfo"_s).toObject();
    QCOMPARE(container.value(u"containerName"_s).toString(), u"telemetry"_s);
    QCOMPARE(container.value(u"dataFormat"_s).toString(), u"PageBlob"_s);
    QVERIFY(device().isMounted(u"telemetry"_s));
    QVERIFY(m_device->cluster().get(resourceKindByKind(u"PersistentVolume"_s), {}, u"telemetry"_s).ok());
}

void TestShareOperations::deleteMountedShareIsRefused()
{
    ArmError error = wait([&](auto done) { ops()->deleteShare(u"telemetry"_s, this, {}, done); });
    QCOMPARE(error.code(), u"ShareInUse"_s);
    QVERIFY2(error.message().contains(u"Unmount the share"_s), qPrintable(error.message()));
    QVERIFY(device().get(demo::DeviceCollection::Shares, u"telemetry"_s));
    // The credential it uses cannot go either.
    error
        = wait([&](auto done) { ops()->deleteStorageAccountCredential(u"telemetrysac"_s, this, {}, done); });
    QCOMPARE(error.code(), u"StorageAccountCredentialInUse"_s);
    // Unmounted, it goes, and so does its PV.
    QVERIFY(wait([&](auto done) { ops()->unmountShare(u"telemetry"_s, this, {}, done); }).ok());
    QVERIFY(!m_device->cluster().get(resourceKindByKind(u"PersistentVolume"_s), {}, u"telemetry"_s).ok());
    QVERIFY(wait([&](auto done) { ops()->deleteShare(u"telemetry"_s, this, {}, done); }).ok());
    QVERIFY(wait([&](auto done) {
        ops()->deleteStorageAccountCredential(u"telemetrysac"_s, this, {}, done);
    }).ok());
}

void TestShareOperations::oneSharePerContainer()
{
    ShareDraft first;
    first.name = u"firstcloud"_s;
    first.cloud = true;
    first.storageAccountCredential = u"archive"_s;
    first.container = u"shared"_s;
    first.users = {{u"carol"_s, u"Read"_s}};
    first.computeMount = false;
    QVERIFY(wait([&](auto done) { ops()->createShareFromDraft(first, this, {}, {}, done); }).ok());
    ShareDraft second = first;
    second.name = u"secondcloud"_s;
    const ArmError error = wait([&](auto done) { ops()->createShareFromDraft(second, this, {}, {}, done); });
    QCOMPARE(error.code(), u"ContainerInUse"_s);
    QCOMPARE(error.httpStatus, 409);
    QVERIFY2(error.message().contains(u"firstcloud"_s), qPrintable(error.message()));
}

void TestShareOperations::shareLimit()
{
    const int before = int(device().list(demo::DeviceCollection::Shares).size());
    for (int i = before; i < demo::DeviceState::MaxShares; ++i) {
        const QJsonObject body {{u"properties"_s,
            QJsonObject {{u"shareStatus"_s, u"OK"_s}, {u"monitoringStatus"_s, u"Enabled"_s},
                {u"accessProtocol"_s, u"NFS"_s}, {u"dataPolicy"_s, u"Local"_s},
                {u"clientAccessRights"_s,
                    QJsonArray {QJsonObject {
                        {u"client"_s, u"10.0.0.1"_s}, {u"accessPermission"_s, u"ReadOnly"_s}}}}}}};
        QVERIFY(!device().putShareNow(u"filler%1"_s.arg(i), body));
    }
    ShareDraft draft;
    draft.name = u"onetoomany"_s;
    draft.nfs = true;
    draft.clients = {{u"10.0.0.2"_s, u"ReadWrite"_s}};
    draft.computeMount = false;
    const ArmError error = wait([&](auto done) { ops()->createShareFromDraft(draft, this, {}, {}, done); });
    QCOMPARE(error.code(), u"ShareLimitReached"_s);
    // The draft's own check says the same before anything is sent.
    std::optional<QList<Share>> shares;
    ops()->listShares(this, [&shares](const QList<Share>& s, const ArmError&) { shares = s; });
    QVERIFY(QTest::qWaitFor([&shares] { return shares.has_value(); }, 10000));
    ShareContext context;
    context.shares = *shares;
    const QList<ShareCheck> checks = checkShareDraft(draft, context);
    QVERIFY(std::any_of(checks.cbegin(), checks.cend(),
        [](const ShareCheck& c) { return c.message.contains(u"24 of 24"_s); }));
    for (int i = before; i < demo::DeviceState::MaxShares; ++i)
        QVERIFY(wait([&](auto done) { ops()->deleteShare(u"filler%1"_s.arg(i), this, {}, done); }).ok());
}

void TestShareOperations::faultFailsTheOperationMidway()
{
    device().setFaults({u"share-create"_s, u"user-create"_s});
    ShareDraft draft;
    draft.name = u"faulty"_s;
    draft.nfs = true;
    draft.clients = {{u"10.0.0.2"_s, u"ReadWrite"_s}};
    draft.computeMount = false;
    QStringList statuses;
    std::optional<ArmError> result;
    ops()->createShareFromDraft(
        draft, this, {}, [&statuses](const QString& s, int) { statuses.append(s); },
        [&result](const ArmError& e) { result = e; });
    QVERIFY(QTest::qWaitFor([&result] { return result.has_value(); }, 30000));
    QCOMPARE(result->category, ArmError::Category::Operation);
    QCOMPARE(result->code(), u"DeviceOperationFailed"_s);
    QVERIFY2(
        result->message().startsWith(u"Creating share faulty failed: "_s), qPrintable(result->message()));
    QVERIFY(statuses.contains(u"InProgress"_s));
    QVERIFY(!device().get(demo::DeviceCollection::Shares, u"faulty"_s));
    const ArmError user = wait([this](auto done) {
        ops()->createUser(
            {u"erin"_s, QString::fromLatin1(kPassword), QString::fromLatin1(kPassword)}, this, {}, done);
    });
    QCOMPARE(user.code(), u"DeviceOperationFailed"_s);
    QVERIFY(!device().get(demo::DeviceCollection::Users, u"erin"_s));
    device().setFaults({});
}

void TestShareOperations::refreshFaultFailsTheJob()
{
    device().setFaults({u"share-refresh"_s});
    ArmError error = wait([&](auto done) { ops()->refreshShare(u"firstcloud"_s, this, {}, done); });
    QCOMPARE(error.code(), u"DeviceOperationFailed"_s);
    // The job is over: a new refresh may start (and succeeds without the fault).
    device().setFaults({});
    error = wait([&](auto done) { ops()->refreshShare(u"firstcloud"_s, this, {}, done); });
    QVERIFY2(error.ok(), qPrintable(error.message()));
    // Local shares are refused at once.
    error = wait([&](auto done) { ops()->refreshShare(u"backupshare"_s, this, {}, done); });
    QCOMPARE(error.code(), u"InvalidShareOperation"_s);
}

QTEST_GUILESS_MAIN(TestShareOperations)
#include "tst_shareoperations.moc"
