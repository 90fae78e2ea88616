// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The Add-share draft: its checks with their messages and the ARM request body.

#include "models/provisioning/ShareDraft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ase;
using namespace ase::provisioning;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ase::provisioning::ShareDraft)
Q_DECLARE_METATYPE(ase::provisioning::CredentialDraft)

namespace {

ShareDraft smb()
{
    ShareDraft d;
    d.name = u"logs"_s;
    d.users = {{u"shareuser1"_s, u"Change"_s}};
    return d;
}

ShareContext context()
{
    ShareContext c;
    c.users = {u"shareuser1"_s, u"analyst"_s};
    c.credentials = {u"contosoedgestorage"_s};
    QJsonObject cloud {{u"name"_s, u"existing"_s},
        {u"properties"_s,
            QJsonObject {{u"accessProtocol"_s, u"SMB"_s}, {u"dataPolicy"_s, u"Cloud"_s},
                {u"azureContainerInfo"_s,
                    QJsonObject {{u"storageAccountCredentialId"_s,
                                     u"/d/storageAccountCredentials/contosoedgestorage"_s},
                        {u"containerName"_s, u"shared"_s}, {u"dataFormat"_s, u"BlockBlob"_s}}}}}};
    c.shares = {Share::fromJson(cloud)};
    return c;
}

} // namespace

class TestShareDraft final : public QObject
{
    Q_OBJECT

private slots:
    void checks_data();
    void checks();
    void limit();
    void smbBody();
    void cloudNfsBody();
    void userChecks_data();
    void userChecks();
    void credentialChecks_data();
    void credentialChecks();
    void newUserAndCredentialRequestsAreMasked();
    void whoUsesAUserOrACredential();
};

void TestShareDraft::checks_data()
{
    QTest::addColumn<ShareDraft>("draft");
    QTest::addColumn<QString>("message"); ///< the first error, "" for none
    const auto with = [](auto change) {
        ShareDraft d = smb();
        change(d);
        return d;
    };
    QTest::newRow("valid smb") << smb() << QString();
    QTest::newRow("no name") << with([](ShareDraft& d) { d.name.clear(); })
                             << u"Give the share a name: 3 to 63 lowercase letters, digits and hyphens."_s;
    QTest::newRow("taken") << with([](ShareDraft& d) { d.name = u"existing"_s; })
                           << u"The device has a share named existing already."_s;
    QTest::newRow("no user") << with([](ShareDraft& d) { d.users.clear(); })
                             << u"An SMB share needs at least one user with Change or Read access."_s;
    QTest::newRow("unknown user") << with([](ShareDraft& d) {
        d.users = {{u"bob"_s, u"Read"_s}};
    }) << u"The device has no user named bob."_s;
    QTest::newRow("nfs without clients") << with([](ShareDraft& d) {
        d.nfs = true;
        d.users.clear();
    }) << u"An NFS share needs at least one client IP address."_s;
    QTest::newRow("bad ip") << with([](ShareDraft& d) {
        d.nfs = true;
        d.clients = {{u"10.0.0.300"_s, u"ReadWrite"_s}};
    }) << u"10.0.0.300 is not an IPv4 or IPv6 address."_s;
    QTest::newRow("ipv6 is fine") << with([](ShareDraft& d) {
        d.nfs = true;
        d.clients = {{u"fd00::12"_s, u"ReadOnly"_s}};
    }) << QString();
    QTest::newRow("cloud without account")
        << with([](ShareDraft& d) { d.cloud = true; })
        << u"A cloud share needs a storage account: choose one of the device's "
           "storage account credentials."_s;
    QTest::newRow("unknown account") << with([](ShareDraft& d) {
        d.cloud = true;
        d.storageAccountCredential = u"other"_s;
    }) << u"The device has no storage account credential named other; it has contosoedgestorage."_s;
    QTest::newRow("container taken") << with([](ShareDraft& d) {
        d.cloud = true;
        d.storageAccountCredential = u"contosoedgestorage"_s;
        d.container = u"shared"_s;
    }) << u"Container shared is used by share existing already; a container holds one share."_s;
}

void TestShareDraft::checks()
{
    QFETCH(ShareDraft, draft);
    QFETCH(QString, message);
    QList<ShareCheck> errors;
    for (const ShareCheck& c : checkShareDraft(draft, context()))
        if (c.error)
            errors.append(c);
    if (message.isEmpty()) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
        return;
    }
    QVERIFY(!errors.isEmpty());
    QCOMPARE(errors.first().message, message);
}

void TestShareDraft::limit()
{
    ShareContext c = context();
    while (c.shares.size() < kMaxShares)
        c.shares.append(Share::fromJson(QJsonObject {{u"name"_s, u"s%1"_s.arg(c.shares.size())}}));
    const QList<ShareCheck> checks = checkShareDraft(smb(), c);
    QVERIFY(!checks.isEmpty());
    QCOMPARE(checks.first().message, u"The device has 24 of 24 shares; delete one before adding another."_s);
}

void TestShareDraft::smbBody()
{
    ShareDraft d = smb();
    d.users.append({u"analyst"_s, u"Read"_s});
    d.description = u"Logs"_s;
    const QJsonObject body = shareRequestBody(
        d, u"/subscriptions/s/resourceGroups/g/providers/Microsoft.DataBoxEdge/dataBoxEdgeDevices/dev"_s);
    const QJsonObject p = body.value(u"properties").toObject();
    QCOMPARE(p.value(u"accessProtocol").toString(), u"SMB"_s);
    QCOMPARE(p.value(u"dataPolicy").toString(), u"Local"_s);
    QCOMPARE(p.value(u"shareStatus").toString(), u"OK"_s);
    QCOMPARE(p.value(u"monitoringStatus").toString(), u"Enabled"_s);
    QCOMPARE(p.value(u"description").toString(), u"Logs"_s);
    const QJsonArray rights = p.value(u"userAccessRights").toArray();
    QCOMPARE(rights.size(), 2);
    QCOMPARE(rights.at(1).toObject().value(u"userId").toString(),
        u"/subscriptions/s/resourceGroups/g/providers/Microsoft.DataBoxEdge/dataBoxEdgeDevices/dev/users/analyst"_s);
    QCOMPARE(rights.at(1).toObject().value(u"accessType").toString(), u"Read"_s);
    QVERIFY(!p.contains(u"azureContainerInfo"));
    QVERIFY(!p.contains(u"clientAccessRights"));
}

void TestShareDraft::cloudNfsBody()
{
    ShareDraft d;
    d.name = u"sensors"_s;
    d.nfs = true;
    d.cloud = true;
    d.storageAccountCredential = u"contosoedgestorage"_s;
    d.dataFormat = u"PageBlob"_s;
    d.clients = {{u"10.1.2.3"_s, u"ReadWrite"_s}};
    const QJsonObject p = shareRequestBody(d, u"/d"_s).value(u"properties").toObject();
    QCOMPARE(p.value(u"dataPolicy").toString(), u"Cloud"_s);
    const QJsonObject info = p.value(u"azureContainerInfo").toObject();
    QCOMPARE(info.value(u"storageAccountCredentialId").toString(),
        u"/d/storageAccountCredentials/contosoedgestorage"_s);
    QCOMPARE(info.value(u"containerName").toString(), u"sensors"_s);
    QCOMPARE(info.value(u"dataFormat").toString(), u"PageBlob"_s);
    QCOMPARE(p.value(u"clientAccessRights").toArray().at(0).toObject().value(u"accessPermission").toString(),
        u"ReadWrite"_s);
    QVERIFY(!p.contains(u"userAccessRights"));
}

void TestShareDraft::userChecks_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("confirmation");
    QTest::addColumn<QString>("message"); ///< "" for none
    QTest::newRow("good") << u"alice"_s << u"Edge-Pa55"_s << u"Edge-Pa55"_s << QString();
    QTest::newRow("no name") << QString() << u"Edge-Pa55"_s << u"Edge-Pa55"_s
                             << u"Give the new user a name."_s;
    QTest::newRow("bad name")
        << u"-al"_s << u"Edge-Pa55"_s << u"Edge-Pa55"_s
        << u"User name -al: use 1 to 64 letters, digits, periods, hyphens and underscores, "
           "starting and ending with a letter or a digit."_s;
    QTest::newRow("taken")
        << u"Analyst"_s << u"Edge-Pa55"_s << u"Edge-Pa55"_s
        << u"The device has a user named Analyst already; choose it among the existing users."_s;
    QTest::newRow("short") << u"bob"_s << u"Ab1!"_s << u"Ab1!"_s
                           << u"The password must have 8 to 16 characters from three of: uppercase letters, "
                              "lowercase letters, digits, special characters."_s;
    QTest::newRow("two classes")
        << u"bob"_s << u"abcdefgh12"_s << u"abcdefgh12"_s
        << u"The password must have 8 to 16 characters from three of: uppercase letters, "
           "lowercase letters, digits, special characters."_s;
    QTest::newRow("differ") << u"bob"_s << u"Edge-Pa55"_s << u"Edge-Pa56"_s
                            << u"The two passwords differ; type the same password twice."_s;
}

void TestShareDraft::userChecks()
{
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(QString, confirmation);
    QFETCH(QString, message);
    const QList<ShareCheck> checks = checkUserDraft({name, password, confirmation}, context().users);
    QCOMPARE(checks.isEmpty() ? QString() : checks.first().message, message);
    if (!checks.isEmpty())
        QCOMPARE(checks.first().field, ShareCheck::Field::Access);
}

void TestShareDraft::credentialChecks_data()
{
    QTest::addColumn<CredentialDraft>("draft");
    QTest::addColumn<QString>("message");
    CredentialDraft good {
        u"archive"_s, u"contosoarchive"_s, QString::fromLatin1(QByteArray(64, 'k').toBase64())};
    QTest::newRow("good") << good << QString();
    CredentialDraft taken = good;
    taken.alias = u"ContosoEdgeStorage"_s;
    QTest::newRow("taken")
        << taken << u"The device has a storage account credential named ContosoEdgeStorage already."_s;
    CredentialDraft account = good;
    account.accountName = u"Contoso_Archive"_s;
    QTest::newRow("account")
        << account
        << u"Storage account name Contoso_Archive: use 3 to 24 lowercase letters and digits, as in Azure."_s;
    CredentialDraft noKey = good;
    noKey.accountKey.clear();
    QTest::newRow("no key")
        << noKey << u"Give the storage account's access key (Azure portal: the account ▸ Access keys)."_s;
    CredentialDraft badKey = good;
    badKey.accountKey = u"not base64!"_s;
    QTest::newRow("bad key")
        << badKey << u"The access key is not base64; copy key1 or key2 of the storage account as shown."_s;
}

void TestShareDraft::credentialChecks()
{
    QFETCH(CredentialDraft, draft);
    QFETCH(QString, message);
    const QList<ShareCheck> checks = checkCredentialDraft(draft, context().credentials);
    QCOMPARE(checks.isEmpty() ? QString() : checks.first().message, message);
}

void TestShareDraft::newUserAndCredentialRequestsAreMasked()
{
    ShareDraft d = smb();
    d.users.clear();
    d.cloud = true;
    d.newCredential = CredentialDraft {u"archive"_s, u"contosoarchive"_s, u"c2VjcmV0LWtleQ=="_s};
    d.storageAccountCredential = u"archive"_s;
    d.newUser = UserDraft {u"alice"_s, u"Edge-Pa55"_s, u"Edge-Pa55"_s};
    d.newUserAccess = u"Read"_s;
    // The new user and credential count as there: no error.
    const QList<ShareCheck> checks = checkShareDraft(d, context());
    QVERIFY2(std::none_of(checks.cbegin(), checks.cend(), [](const ShareCheck& c) { return c.error; }),
        qPrintable(checks.value(0).message));

    const QList<DeviceRequest> requests = shareRequests(d, u"/dev"_s);
    QCOMPARE(requests.size(), 3);
    QCOMPARE(requests.at(0).path, u"storageAccountCredentials/archive"_s);
    QCOMPARE(requests.at(1).path, u"users/alice"_s);
    QCOMPARE(requests.at(2).path, u"shares/logs"_s);
    const QJsonObject sac = requests.at(0).body.value(u"properties"_s).toObject();
    QCOMPARE(sac.value(u"alias"_s).toString(), u"archive"_s);
    QCOMPARE(sac.value(u"userName"_s).toString(), u"contosoarchive"_s);
    QCOMPARE(sac.value(u"sslStatus"_s).toString(), u"Enabled"_s);
    QCOMPARE(sac.value(u"accountType"_s).toString(), u"GeneralPurposeStorage"_s);
    QCOMPARE(sac.value(u"accountKey"_s).toObject(), maskedSecret());
    QCOMPARE(maskedSecret().value(u"value"_s).toString(), u"••••"_s);
    QCOMPARE(maskedSecret().value(u"encryptionAlgorithm"_s).toString(), u"AES256"_s);
    const QJsonObject user = requests.at(1).body.value(u"properties"_s).toObject();
    QCOMPARE(user.value(u"userType"_s).toString(), u"Share"_s);
    QCOMPARE(user.value(u"encryptedPassword"_s).toObject(), maskedSecret());
    const QJsonArray rights
        = requests.at(2).body.value(u"properties"_s).toObject().value(u"userAccessRights"_s).toArray();
    QCOMPARE(rights.size(), 1);
    QCOMPARE(rights.at(0).toObject().value(u"userId"_s).toString(), u"/dev/users/alice"_s);
    QCOMPARE(rights.at(0).toObject().value(u"accessType"_s).toString(), u"Read"_s);
    // No secret anywhere in what is shown.
    for (const DeviceRequest& r : requests) {
        const QByteArray text = QJsonDocument(r.body).toJson();
        QVERIFY(!text.contains("Edge-Pa55"));
        QVERIFY(!text.contains("c2VjcmV0LWtleQ"));
    }
    // A mismatched confirmation is an Access error of the share draft.
    d.newUser->confirmation = u"other"_s;
    const QList<ShareCheck> mismatch = checkShareDraft(d, context());
    QVERIFY(std::any_of(mismatch.cbegin(), mismatch.cend(), [](const ShareCheck& c) {
        return c.error && c.field == ShareCheck::Field::Access && c.message.contains(u"differ"_s);
    }));
    // The real body carries what it is given.
    QCOMPARE(userRequestBody(encryptedSecret(u"QUJD"_s, u"AB12"_s))
                 .value(u"properties"_s)
                 .toObject()
                 .value(u"encryptedPassword"_s)
                 .toObject()
                 .value(u"value"_s)
                 .toString(),
        u"QUJD"_s);
}

void TestShareDraft::whoUsesAUserOrACredential()
{
    QJsonObject share {{u"name"_s, u"logs"_s},
        {u"properties"_s,
            QJsonObject {{u"accessProtocol"_s, u"SMB"_s},
                {u"userAccessRights"_s,
                    QJsonArray {QJsonObject {
                        {u"userId"_s, u"/dev/users/Alice"_s}, {u"accessType"_s, u"Change"_s}}}}}}};
    const QList<Share> shares = context().shares + QList<Share> {Share::fromJson(share)};
    QCOMPARE(sharesUsingUser(shares, u"alice"_s), QStringList {u"logs"_s});
    QCOMPARE(sharesUsingUser(shares, u"bob"_s), QStringList());
    QCOMPARE(sharesUsingCredential(shares, u"contosoedgestorage"_s), QStringList {u"existing"_s});
}

QTEST_GUILESS_MAIN(TestShareDraft)
#include "tst_sharedraft.moc"
