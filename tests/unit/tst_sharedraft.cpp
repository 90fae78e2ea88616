// The Add-share draft: its checks with their messages and the ARM request body.

#include "models/provisioning/ShareDraft.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ase;
using namespace ase::provisioning;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ase::provisioning::ShareDraft)

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

QTEST_GUILESS_MAIN(TestShareDraft)
#include "tst_sharedraft.moc"
