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

private:
    CliRun share(const QStringList& arguments)
    {
        return m_device.run(QStringList {u"share"_s} + arguments
            + QStringList {
                u"--device-profile"_s, m_device.deviceProfile(), u"--kubeconfig"_s, m_device.kubeconfig()});
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

QTEST_GUILESS_MAIN(TestCliShare)
#include "tst_clishare.moc"
