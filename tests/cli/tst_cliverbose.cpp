// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// --verbose logs requests and their timings, and never a secret: a verbose run of commands
// that carry the demo's tokens and send passwords and keys, against a verbose
// ase-demo-device, is searched for every secret involved. It must find request lines (so
// the search has something to search) and none of the secrets.

#include "tests/cli/CliTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using ase::test::CliRun;

class TestCliVerbose final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void logsRequestsButNoSecret();

private:
    CliRun share(const QStringList& arguments, const QByteArray& input = {})
    {
        return m_device.run(QStringList {u"share"_s} + arguments
                + QStringList {u"--device-profile"_s, m_device.deviceProfile(), u"--verbose"_s},
            60000, input);
    }

    ase::test::DemoDeviceProcess m_device;
};

void TestCliVerbose::initTestCase()
{
    QString error;
    QVERIFY2(m_device.start(&error, {u"--verbose"_s}), qPrintable(error));
}

void TestCliVerbose::logsRequestsButNoSecret()
{
    // The secrets: the device's ARM token and encryption key, the cluster's tokens, and what
    // the commands below send.
    QStringList secrets;
    QFile profileFile(m_device.deviceProfile());
    QVERIFY(profileFile.open(QIODevice::ReadOnly));
    const QJsonObject profile = QJsonDocument::fromJson(profileFile.readAll()).object();
    secrets << profile.value("token"_L1).toString() << profile.value("channelIntegrityKey"_L1).toString();
    QFile kubeconfigFile(m_device.kubeconfig());
    QVERIFY(kubeconfigFile.open(QIODevice::ReadOnly));
    const QJsonArray users
        = QJsonDocument::fromJson(kubeconfigFile.readAll()).object().value("users"_L1).toArray();
    for (const QJsonValue& user : users)
        secrets << user.toObject().value("user"_L1).toObject().value("token"_L1).toString();
    const QString sharePassword = u"Gina-Pa55w-7Qx"_s;
    const QString userPassword = u"Frank-Pa55w-3Zy"_s;
    const QByteArray accountKey = QByteArray("storage-account-key-for-the-verbose-test").toBase64();
    secrets << sharePassword << userPassword << QString::fromLatin1(accountKey);
    secrets.removeAll(QString());
    QVERIFY2(secrets.size() >= 6, qPrintable(secrets.join(u", "_s))); // all found

    QString logged;
    const auto keep = [&logged](const CliRun& r) {
        logged += r.out + r.err;
        return r.exitCode;
    };
    QCOMPARE(keep(share({u"list"_s})), 0);
    QCOMPARE(keep(share({u"create"_s, u"verbosedocs"_s, u"--protocol"_s, u"smb"_s, u"--local"_s,
                            u"--new-user"_s, u"gina=read"_s, u"--password-stdin"_s, u"--wait=60s"_s},
                 sharePassword.toUtf8() + '\n')),
        0);
    QCOMPARE(
        keep(share({u"user"_s, u"add"_s, u"frank"_s, u"--password-stdin"_s}, userPassword.toUtf8() + '\n')),
        0);
    QCOMPARE(keep(share({u"credential"_s, u"add"_s, u"archive9"_s, u"--account-name"_s, u"contosoarchive"_s,
                            u"--account-key-stdin"_s},
                 accountKey)),
        0);
    QCOMPARE(keep(m_device.run({u"export"_s, u"-A"_s, u"--kubeconfig"_s, m_device.kubeconfig(), u"-o"_s,
                 m_device.home() + u"/all.yaml"_s, u"--verbose"_s})),
        0);
    const QString demoLog = QString::fromUtf8(m_device.log());

    // Something was logged: requests with method, path, status and time, on both sides.
    static const QRegularExpression deviceRequest(
        u"ase\\.device: (GET|PUT|POST) /subscriptions/\\S+ \\d{3} \\d+ ms"_s);
    static const QRegularExpression kubeRequest(u"ase\\.kube: GET /api\\S* \\d{3} \\d+ ms"_s);
    static const QRegularExpression served(u"ase\\.demo: served (GET|PUT|POST) /\\S+ in \\d+ ms"_s);
    QVERIFY2(logged.contains(deviceRequest), qPrintable(logged.left(4000)));
    QVERIFY2(logged.contains(kubeRequest), qPrintable(logged.left(4000)));
    QVERIFY2(demoLog.contains(served), qPrintable(demoLog.left(4000)));

    // ...and no secret, in any form a log line could carry it.
    for (const QString& secret : std::as_const(secrets)) {
        for (const QString& form : {secret, QString::fromLatin1(secret.toUtf8().toBase64())}) {
            QVERIFY2(!logged.contains(form), qPrintable(u"the commands logged a secret: "_s + form.left(6)));
            QVERIFY2(
                !demoLog.contains(form), qPrintable(u"the demo device logged a secret: "_s + form.left(6)));
        }
    }
    QVERIFY(!logged.contains(u"Bearer"_s, Qt::CaseInsensitive));
    QVERIFY(!demoLog.contains(u"Bearer"_s, Qt::CaseInsensitive));
}

QTEST_GUILESS_MAIN(TestCliVerbose)
#include "tst_cliverbose.moc"
