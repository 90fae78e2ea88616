// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// `ase-storage-manager share ...` against ase-demo-device: list, create (refusals, client dry
// run, a local SMB share mounted for Edge compute whose PV appears), unmount, delete
// refused while mounted, refresh refused for a local share, delete.

#include "tests/cli/CliTestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using ase::test::CliRun;

class TestCliShare final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void list();
    void listJson();
    void createRefusals_data();
    void createRefusals();
    void clientDryRunPrintsTheBody();
    void createMountedUntilItsVolumeExists();
    void deleteRefusedWhileMounted();
    void unmountThenDelete();
    void refreshOnlyForCloud();
    void needsTheDevice();
    void userAddTakesThePasswordFromStdinOnly();
    void userAddDryRunMasksThePassword();
    void userAddThenDelete();
    void credentialAddThenDelete();
    void createWithANewUser();
    void deleteUserInUseIsRefused();
    void faultMakesTheCreateFail();

private:
    CliRun share(const QStringList& arguments, const QByteArray& input = {})
    {
        return m_device.run(QStringList {u"share"_s} + arguments
                + QStringList {u"--device-profile"_s, m_device.deviceProfile(), u"--kubeconfig"_s,
                    m_device.kubeconfig()},
            60000, input);
    }

    ase::test::DemoDeviceProcess m_device;
};

void TestCliShare::initTestCase()
{
    QString error;
    QVERIFY2(m_device.start(&error), qPrintable(error));
}

void TestCliShare::list()
{
    const CliRun r = share({u"list"_s});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(u"NAME"_s));
    QVERIFY(r.out.contains(u"mycloudsmbshare1"_s));
    QVERIFY(r.out.contains(u"contosoedgestorage/mycloudsmbshare1"_s));
    const QString backup = r.out.split(u'\n').filter(u"backupshare"_s).value(0);
    QVERIFY2(backup.simplified() == u"backupshare SMB Local OK - -"_s, qPrintable(backup));
}

void TestCliShare::listJson()
{
    const CliRun r = share({u"list"_s, u"-o"_s, u"json"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray shares = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"value").toArray();
    QCOMPARE(shares.size(), 4);
}

void TestCliShare::createRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no protocol") << QStringList {u"create"_s, u"x1"_s, u"--local"_s}
                                 << u"error: --protocol is required: smb or nfs."_s;
    QTest::newRow("neither local nor cloud") << QStringList {u"create"_s, u"x1"_s, u"--protocol"_s, u"smb"_s}
                                             << u"error: give --local, or --storage-account NAME"_s;
    QTest::newRow("bad name") << QStringList {u"create"_s, u"-bad-"_s, u"--protocol"_s, u"smb"_s,
        u"--local"_s, u"--user"_s, u"shareuser1"_s}
                              << u"error: "_s;
    QTest::newRow("unknown user") << QStringList {u"create"_s, u"x1"_s, u"--protocol"_s, u"smb"_s,
        u"--local"_s, u"--user"_s, u"bob=read"_s}
                                  << u"error: The device has no user named bob."_s;
    QTest::newRow("name taken") << QStringList {u"create"_s, u"backupshare"_s, u"--protocol"_s, u"smb"_s,
        u"--local"_s, u"--user"_s, u"shareuser1"_s}
                                << u"error: The device has a share named backupshare already."_s;
    QTest::newRow("bad nfs client") << QStringList {u"create"_s, u"x1"_s, u"--protocol"_s, u"nfs"_s,
        u"--local"_s, u"--nfs-client"_s, u"10.0.0.1=all"_s}
                                    << u"error: --nfs-client 10.0.0.1=all: write IP"_s;
    QTest::newRow("container taken") << QStringList {u"create"_s, u"x2"_s, u"--protocol"_s, u"smb"_s,
        u"--storage-account"_s, u"contosoedgestorage"_s, u"--container"_s, u"mycloudsmbshare1"_s, u"--user"_s,
        u"shareuser1"_s} << u"error: Container mycloudsmbshare1 is used by share mycloudsmbshare1 already"_s;
}

void TestCliShare::createRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun r = share(arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

void TestCliShare::clientDryRunPrintsTheBody()
{
    const CliRun r = m_device.run({u"share"_s, u"create"_s, u"media"_s, u"--protocol"_s, u"nfs"_s,
        u"--local"_s, u"--nfs-client"_s, u"10.1.2.3=readonly"_s, u"--dry-run=client"_s});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject p = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"properties").toObject();
    QCOMPARE(p.value(u"accessProtocol").toString(), u"NFS"_s);
    QCOMPARE(p.value(u"clientAccessRights").toArray().at(0).toObject().value(u"accessPermission").toString(),
        u"ReadOnly"_s);
}

void TestCliShare::createMountedUntilItsVolumeExists()
{
    const CliRun r = share({u"create"_s, u"appdata"_s, u"--protocol"_s, u"smb"_s, u"--local"_s, u"--user"_s,
        u"shareuser1=change"_s, u"--user"_s, u"analyst=read"_s, u"--compute-mount"_s, u"--wait=60s"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out,
        u"share/appdata created\nshare/appdata mounted for Edge compute\npersistentvolume/appdata exists\n"_s);
    const CliRun listed = share({u"list"_s});
    QVERIFY(listed.out.split(u'\n').filter(u"appdata"_s).value(0).contains(u"Mounted"_s));
}

void TestCliShare::deleteRefusedWhileMounted()
{
    const CliRun r = share({u"delete"_s, u"appdata"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(
                 u"share appdata is mounted for Edge compute; unmount it first (share unmount appdata)"_s),
        qPrintable(r.err));
}

void TestCliShare::unmountThenDelete()
{
    QCOMPARE(share({u"unmount"_s, u"appdata"_s}).exitCode, 0);
    const CliRun r = share({u"delete"_s, u"appdata"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"share/appdata deleted\n"_s);
    QVERIFY(!share({u"list"_s}).out.contains(u"appdata"_s));
    QCOMPARE(share({u"delete"_s, u"appdata"_s}).exitCode, 2); // gone: the device says so
}

void TestCliShare::refreshOnlyForCloud()
{
    const CliRun local = share({u"refresh"_s, u"backupshare"_s});
    QCOMPARE(local.exitCode, 1);
    QVERIFY(local.err.contains(u"only cloud shares can be refreshed"_s));
    const CliRun cloud = share({u"refresh"_s, u"mycloudsmbshare1"_s});
    QCOMPARE(cloud.exitCode, 0);
    QCOMPARE(cloud.out, u"share/mycloudsmbshare1 refreshed\n"_s);
}

void TestCliShare::needsTheDevice()
{
    const CliRun r = m_device.run({u"share"_s, u"list"_s, u"--kubeconfig"_s, m_device.kubeconfig()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(u"this command needs the device: --device-profile FILE, or --demo."_s));
}

void TestCliShare::userAddTakesThePasswordFromStdinOnly()
{
    CliRun r = share({u"user"_s, u"add"_s, u"frank"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"share user add needs --password-stdin"_s), qPrintable(r.err));
    r = share({u"user"_s, u"add"_s, u"frank"_s, u"--password"_s, u"Edge-Pa55word"_s});
    QCOMPARE(r.exitCode, 1); // no such option: secrets never come from an argument
    r = share({u"user"_s, u"add"_s, u"frank"_s, u"--password-stdin"_s}, "weak\n");
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"The password must have 8 to 16 characters"_s), qPrintable(r.err));
    r = share({u"user"_s, u"add"_s, u"frank"_s, u"--password-stdin"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"stdin was empty"_s), qPrintable(r.err));
    r = share({u"user"_s, u"rename"_s, u"frank"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"share user takes add or delete"_s), qPrintable(r.err));
}

void TestCliShare::userAddDryRunMasksThePassword()
{
    const CliRun r = m_device.run(
        {u"share"_s, u"user"_s, u"add"_s, u"frank"_s, u"--password-stdin"_s, u"--dry-run=client"_s}, 60000,
        "Edge-Pa55word\n");
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(u"Edge-Pa55word"_s));
    QVERIFY(!r.err.contains(u"Edge-Pa55word"_s));
    const QJsonObject p = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"properties").toObject();
    QCOMPARE(p.value(u"userType").toString(), u"Share"_s);
    QCOMPARE(p.value(u"encryptedPassword").toObject().value(u"value").toString(), u"••••"_s);
    // A credential likewise; a share with a new user prints every request in order.
    const CliRun c
        = m_device.run({u"share"_s, u"create"_s, u"docs"_s, u"--protocol"_s, u"smb"_s, u"--local"_s,
                           u"--new-user"_s, u"gina=read"_s, u"--password-stdin"_s, u"--dry-run=client"_s},
            60000, "Edge-Pa55word");
    QCOMPARE(c.exitCode, 0);
    QVERIFY(!c.out.contains(u"Edge-Pa55word"_s));
    const QJsonArray requests = QJsonDocument::fromJson(c.out.toUtf8()).object().value(u"requests").toArray();
    QCOMPARE(requests.size(), 2);
    QCOMPARE(requests.at(0).toObject().value(u"path").toString(), u"users/gina"_s);
    QCOMPARE(requests.at(1).toObject().value(u"path").toString(), u"shares/docs"_s);
}

void TestCliShare::userAddThenDelete()
{
    CliRun r = share({u"user"_s, u"add"_s, u"frank"_s, u"--password-stdin"_s}, "Edge-Pa55word\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"user/frank created\n"_s);
    QVERIFY(!r.err.contains(u"Edge-Pa55word"_s));
    r = share({u"user"_s, u"add"_s, u"frank"_s, u"--password-stdin"_s}, "Edge-Pa55word\n");
    QCOMPARE(r.exitCode, 0); // a PUT: the password is set again
    r = share({u"user"_s, u"delete"_s, u"frank"_s, u"--wait=30s"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"user/frank deleted\n"_s);
}

void TestCliShare::credentialAddThenDelete()
{
    const QByteArray key = QByteArray(64, 'k').toBase64();
    CliRun r = share({u"credential"_s, u"add"_s, u"archive2"_s, u"--account-key-stdin"_s}, key);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"--account-name"_s), qPrintable(r.err));
    r = share({u"credential"_s, u"add"_s, u"archive2"_s, u"--account-name"_s, u"contosoarchive"_s,
                  u"--account-key-stdin"_s},
        key);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"storageaccountcredential/archive2 created\n"_s);
    r = share({u"credential"_s, u"delete"_s, u"archive2"_s});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"storageaccountcredential/archive2 deleted\n"_s);
    // The seed's credential is used by a share: refused, naming it.
    r = share({u"credential"_s, u"delete"_s, u"contosoedgestorage"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"mycloudsmbshare1"_s), qPrintable(r.err));
}

void TestCliShare::createWithANewUser()
{
    const CliRun r = share({u"create"_s, u"docs"_s, u"--protocol"_s, u"smb"_s, u"--local"_s, u"--new-user"_s,
                               u"gina=read"_s, u"--password-stdin"_s},
        "Edge-Pa55word\n");
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, u"user/gina created\nshare/docs created\n"_s);
}

void TestCliShare::deleteUserInUseIsRefused()
{
    const CliRun r = share({u"user"_s, u"delete"_s, u"gina"_s});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(u"user gina has access to docs"_s), qPrintable(r.err));
    QCOMPARE(share({u"delete"_s, u"docs"_s}).exitCode, 0);
    QCOMPARE(share({u"user"_s, u"delete"_s, u"gina"_s}).exitCode, 0);
}

void TestCliShare::faultMakesTheCreateFail()
{
    ase::test::DemoDeviceProcess faulty;
    QString error;
    QVERIFY2(faulty.start(&error, {u"--fault"_s, u"share-create"_s}), qPrintable(error));
    const CliRun r = faulty.run({u"share"_s, u"create"_s, u"broken"_s, u"--protocol"_s, u"nfs"_s,
        u"--local"_s, u"--nfs-client"_s, u"10.0.0.9"_s, u"--device-profile"_s, faulty.deviceProfile()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"Creating share broken failed: The operation failed on the device"_s),
        qPrintable(r.err));
    QVERIFY(!faulty.run({u"share"_s, u"list"_s, u"--device-profile"_s, faulty.deviceProfile()})
                 .out.contains(u"broken"_s));
}

QTEST_GUILESS_MAIN(TestCliShare)
#include "tst_clishare.moc"
