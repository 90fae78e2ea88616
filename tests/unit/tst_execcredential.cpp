// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// client-go exec credential plugins: fake plugins under tests/data/exec stand in for
// kubelogin and for plugins that misbehave.

#include "app/kube/ExecCredentialProvider.h"
#include "app/kube/Kubeconfig.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ase;

namespace {

const QString kExecDir = QStringLiteral(ASE_TEST_DATA_DIR "/exec");
const QString kV1 = u"client.authentication.k8s.io/v1"_s;
const QString kV1beta1 = u"client.authentication.k8s.io/v1beta1"_s;

struct Outcome
{
    bool done = false;
    Credential credential;
    ApiError error;
};

Outcome fetchAndWait(CredentialProvider& provider)
{
    Outcome out;
    QObject context;
    provider.fetch(&context, [&out](const Credential& c, const ApiError& e) {
        out.done = true;
        out.credential = c;
        out.error = e;
    });
    if (!QTest::qWaitFor([&out] { return out.done; }, 20000))
        qWarning("credential plugin did not answer");
    return out;
}

ExecConfig kubeloginConfig(const QString& apiVersion, const QString& countFile, const QString& expiry = {})
{
    ExecConfig c;
    c.apiVersion = apiVersion;
    c.command = u"kubelogin"_s; // found on PATH, as in a converted kubeconfig
    c.args = {u"get-token"_s, u"--login"_s, u"azurecli"_s, u"--server-id"_s,
        u"6dae42f8-4368-4678-94ff-3960e28e3630"_s};
    c.interactiveMode = apiVersion == kV1 ? u"Never"_s : u"IfAvailable"_s;
    c.env = {{u"FAKE_KUBELOGIN_COUNT"_s, countFile}};
    if (!expiry.isEmpty())
        c.env.append({u"FAKE_KUBELOGIN_EXPIRY"_s, expiry});
    return c;
}

ExecConfig echoConfig(const QString& output, const QString& apiVersion = kV1)
{
    ExecConfig c;
    c.apiVersion = apiVersion;
    c.command = kExecDir + u"/echo-plugin"_s;
    c.interactiveMode = u"Never"_s;
    c.env = {{u"PLUGIN_OUTPUT"_s, output}};
    return c;
}

QByteArray readData(const QString& name)
{
    QFile f(QStringLiteral(ASE_TEST_DATA_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read test data");
    return f.readAll();
}

QString credentialJson(const QString& apiVersion, const QJsonObject& status)
{
    const QJsonObject o {
        {"kind"_L1, "ExecCredential"_L1}, {"apiVersion"_L1, apiVersion}, {"status"_L1, status}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

class TestExecCredential final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void kubeloginToken_data();
    void kubeloginToken();
    void caching_data();
    void caching();
    void concurrentFetchesShareOneRun();
    void staleRejectionDoesNotReRun();
    void clientCertificateOutput();
    void badOutput_data();
    void badOutput();
    void failingPlugin();
    void endlessOutputIsStopped();
    void missingPluginGivesInstallHint();
    void configErrors_data();
    void configErrors();
    void clusterInfoOnlyWhenAsked_data();
    void clusterInfoOnlyWhenAsked();
    void stderrLinesAreReported();
    void pluginOutputShownWithoutTokens_data();
    void pluginOutputShownWithoutTokens();
    void kubeloginKubeconfigWorks();

private:
    QTemporaryDir m_tmp;
    int m_counter = 0;
    QString newCountFile() { return m_tmp.filePath(u"count-%1"_s.arg(++m_counter)); }
};

void TestExecCredential::initTestCase()
{
    QVERIFY(m_tmp.isValid());
    // kubelogin is looked up on PATH, as for a kubeconfig written by `kubelogin convert-kubeconfig`.
    qputenv("PATH", (kExecDir + u':' + qEnvironmentVariable("PATH")).toUtf8());
}

void TestExecCredential::kubeloginToken_data()
{
    QTest::addColumn<QString>("apiVersion");
    QTest::newRow("v1beta1 (kubelogin's default)") << kV1beta1;
    QTest::newRow("v1 echoed back from KUBERNETES_EXEC_INFO") << kV1;
}

void TestExecCredential::kubeloginToken()
{
    QFETCH(QString, apiVersion);
    ExecCredentialProvider provider(kubeloginConfig(apiVersion, newCountFile()), {}, u"aks-user"_s);
    const Outcome out = fetchAndWait(provider);
    QVERIFY(out.done);
    QVERIFY2(out.error.ok(), qPrintable(out.error.message() + u'\n' + out.error.detail));
    QCOMPARE(out.credential.token, u"token-1"_s);
    QCOMPARE(out.credential.expiresAt, QDateTime(QDate(2099, 1, 1), QTime(0, 0), QTimeZone::UTC));
    QVERIFY(!out.credential.hasClientCertificate());
    QCOMPARE(provider.runCount(), 1);
}

void TestExecCredential::caching_data()
{
    QTest::addColumn<QString>("expiry");
    QTest::addColumn<bool>("invalidate");
    QTest::addColumn<QString>("secondToken");
    QTest::addColumn<int>("runs");

    QTest::newRow("valid token is cached") << u"2099-01-01T00:00:00Z"_s << false << u"token-1"_s << 1;
    QTest::newRow("expired token: plugin runs again")
        << u"2001-01-01T00:00:00Z"_s << false << u"token-2"_s << 2;
    QTest::newRow("401 (invalidate): plugin runs again")
        << u"2099-01-01T00:00:00Z"_s << true << u"token-2"_s << 2;
    QTest::newRow("fractional-second expiry in the past")
        << u"2001-01-01T00:00:00.5+02:00"_s << false << u"token-2"_s << 2;
}

void TestExecCredential::caching()
{
    QFETCH(QString, expiry);
    QFETCH(bool, invalidate);
    QFETCH(QString, secondToken);
    QFETCH(int, runs);

    ExecCredentialProvider provider(kubeloginConfig(kV1beta1, newCountFile(), expiry), {}, u"aks-user"_s);
    const Outcome first = fetchAndWait(provider);
    QVERIFY2(first.error.ok(), qPrintable(first.error.message()));
    QCOMPARE(first.credential.token, u"token-1"_s);
    if (invalidate)
        QVERIFY(provider.invalidate(first.credential));
    const Outcome second = fetchAndWait(provider);
    QVERIFY2(second.error.ok(), qPrintable(second.error.message()));
    QCOMPARE(second.credential.token, secondToken);
    QCOMPARE(provider.runCount(), runs);
}

void TestExecCredential::concurrentFetchesShareOneRun()
{
    ExecCredentialProvider provider(kubeloginConfig(kV1beta1, newCountFile()), {}, u"aks-user"_s);
    QObject context;
    QStringList tokens;
    for (int i = 0; i < 3; ++i)
        provider.fetch(&context, [&tokens](const Credential& c, const ApiError&) { tokens << c.token; });
    QTRY_COMPARE_WITH_TIMEOUT(tokens.size(), 3, 20000);
    QCOMPARE(tokens, (QStringList {u"token-1"_s, u"token-1"_s, u"token-1"_s}));
    QCOMPARE(provider.runCount(), 1);

    // A caller that went away is not called back.
    bool called = false;
    {
        QObject gone;
        provider.invalidate(Credential {u"token-1"_s, {}, {}, {}});
        provider.fetch(&gone, [&called](const Credential&, const ApiError&) { called = true; });
    }
    const Outcome after = fetchAndWait(provider);
    QCOMPARE(after.credential.token, u"token-2"_s);
    QVERIFY(!called);
}

void TestExecCredential::staleRejectionDoesNotReRun()
{
    // Two requests sent with token-1 both get 401: the first makes the plugin run again,
    // the second finds token-2 already there (client-go's maybeRefreshCreds).
    ExecCredentialProvider provider(kubeloginConfig(kV1beta1, newCountFile()), {}, u"aks-user"_s);
    const Outcome first = fetchAndWait(provider);
    QVERIFY(provider.invalidate(first.credential));
    const Outcome second = fetchAndWait(provider);
    QCOMPARE(second.credential.token, u"token-2"_s);
    QVERIFY(provider.invalidate(first.credential)); // stale: still worth a retry...
    const Outcome third = fetchAndWait(provider);
    QCOMPARE(third.credential.token, u"token-2"_s); // ...with the cached fresh token
    QCOMPARE(provider.runCount(), 2);
}

void TestExecCredential::clientCertificateOutput()
{
    const QJsonObject status {
        {"clientCertificateData"_L1, QString::fromUtf8(readData(u"kubeconfig/pki/client.crt"_s))},
        {"clientKeyData"_L1, QString::fromUtf8(readData(u"kubeconfig/pki/client.key"_s))}};
    ExecCredentialProvider provider(echoConfig(credentialJson(kV1, status)), {}, u"cert-user"_s);
    const Outcome out = fetchAndWait(provider);
    QVERIFY2(out.error.ok(), qPrintable(out.error.message()));
    QVERIFY(out.credential.hasClientCertificate());
    QVERIFY(!out.credential.hasToken());
    QCOMPARE(out.credential.clientCertificate.first().subjectInfo(QSslCertificate::CommonName),
        QStringList {u"ase-admin"_s});
    QCOMPARE(out.credential.clientKey.algorithm(), QSsl::Rsa);
    QVERIFY(!out.credential.expiresAt.isValid()); // no expirationTimestamp: never expires
}

void TestExecCredential::badOutput_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("prefixOnly");

    const QString cert = QString::fromUtf8(readData(u"kubeconfig/pki/client.crt"_s));
    QTest::newRow("not JSON")
        << u"hello"_s
        << u"getting credentials: decoding stdout: couldn't get version/kind; json parse error: "_s << true;
    QTest::newRow("kind missing")
        << uR"({"apiVersion":"client.authentication.k8s.io/v1","status":{"token":"t"}})"_s
        << u"getting credentials: decoding stdout: Object 'Kind' is missing in '"_s << true;
    QTest::newRow("other apiVersion") << credentialJson(kV1beta1, {{"token"_L1, "t"_L1}})
                                      << u"getting credentials: exec plugin is configured to use API version "
                                         u"client.authentication.k8s.io/v1, "
                                         "plugin returned version client.authentication.k8s.io/v1beta1"_s
                                      << false;
    QTest::newRow("no status")
        << uR"({"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1"})"_s
        << u"getting credentials: exec plugin didn't return a status field"_s << false;
    QTest::newRow("neither token nor certificate")
        << credentialJson(kV1, {{"expirationTimestamp"_L1, "2099-01-01T00:00:00Z"_L1}})
        << u"getting credentials: exec plugin didn't return a token or cert/key pair"_s << false;
    QTest::newRow("certificate without key")
        << credentialJson(kV1, {{"clientCertificateData"_L1, cert}})
        << u"getting credentials: exec plugin returned only certificate or key, not both"_s << false;
    QTest::newRow("certificate that is not PEM")
        << credentialJson(
               kV1, {{"clientCertificateData"_L1, "garbage"_L1}, {"clientKeyData"_L1, "garbage"_L1}})
        << u"getting credentials: failed parsing client key/certificate: tls: failed to find any PEM data in "
           "certificate input"_s
        << false;
    QTest::newRow("bad expirationTimestamp")
        << credentialJson(kV1, {{"token"_L1, "t"_L1}, {"expirationTimestamp"_L1, "tomorrow"_L1}})
        << u"getting credentials: decoding stdout: parsing time \"tomorrow\""_s << true;
}

void TestExecCredential::badOutput()
{
    QFETCH(QString, output);
    QFETCH(QString, expected);
    QFETCH(bool, prefixOnly);

    ExecCredentialProvider provider(echoConfig(output), {}, u"u"_s);
    const Outcome out = fetchAndWait(provider);
    QVERIFY(out.done);
    QCOMPARE(out.error.category, ApiError::Category::Credential);
    if (prefixOnly)
        QVERIFY2(out.error.message().startsWith(expected), qPrintable(out.error.message()));
    else
        QCOMPARE(out.error.message(), expected);
    QVERIFY(out.credential.isEmpty());
    // A failure is not cached: the next fetch runs the plugin again.
    fetchAndWait(provider);
    QCOMPARE(provider.runCount(), 2);
}

void TestExecCredential::failingPlugin()
{
    ExecConfig config = echoConfig(QString());
    config.env.append({u"PLUGIN_EXIT"_s, u"3"_s});
    config.env.append({u"PLUGIN_STDERR"_s, u"AADSTS70043: The refresh token has expired"_s});
    ExecCredentialProvider provider(config, {}, u"u"_s);
    const Outcome out = fetchAndWait(provider);
    QCOMPARE(out.error.message(),
        u"getting credentials: exec: executable %1 failed with exit code 3"_s.arg(config.command));
    QVERIFY(out.error.detail.contains(u"AADSTS70043"_s));
}

void TestExecCredential::endlessOutputIsStopped()
{
    // A plugin that writes without end (here `yes`) is killed once its stdout passes the
    // limit, instead of filling memory until it is killed by the timeout.
    qputenv("ASE_MAX_EXEC_OUTPUT_MIB", "1");
    const auto restore = qScopeGuard([] { qunsetenv("ASE_MAX_EXEC_OUTPUT_MIB"); });
    ExecConfig config;
    config.apiVersion = kV1;
    config.command = u"yes"_s;
    config.args = {u"token"_s};
    config.interactiveMode = u"Never"_s;
    ExecCredentialProvider provider(config, {}, u"u"_s);
    const Outcome out = fetchAndWait(provider);
    QVERIFY(out.done);
    QCOMPARE(out.error.category, ApiError::Category::Credential);
    QVERIFY2(
        out.error.message().contains(u"What the credential plugin yes wrote to its standard output is larger "
                                     "than the limit of 1 MiB (set the environment variable "
                                     "ASE_MAX_EXEC_OUTPUT_MIB to a larger number of MiB to raise it)."_s),
        qPrintable(out.error.message()));
    QVERIFY(out.credential.isEmpty());
}

void TestExecCredential::missingPluginGivesInstallHint()
{
    ExecConfig config;
    config.apiVersion = kV1beta1;
    config.command = u"ase-test-no-such-plugin"_s;
    config.installHint = u"Install it with: az aks install-cli"_s;
    ExecCredentialProvider provider(config, {}, u"u"_s);
    const Outcome out = fetchAndWait(provider);
    QVERIFY(out.done);
    QCOMPARE(out.error.category, ApiError::Category::Credential);
    const QString message = out.error.message();
    QVERIFY2(
        message.startsWith(u"getting credentials: exec: executable ase-test-no-such-plugin not found\n\n"
                           "It looks like you are trying to use a client-go credential plugin that is not "
                           "installed."_s),
        qPrintable(message));
    QVERIFY2(message.endsWith(u"\n\nInstall it with: az aks install-cli"_s), qPrintable(message));
}

void TestExecCredential::configErrors_data()
{
    QTest::addColumn<QString>("apiVersion");
    QTest::addColumn<QString>("interactiveMode");
    QTest::addColumn<QString>("expected");

    QTest::newRow("unknown apiVersion")
        << u"client.authentication.k8s.io/v1alpha1"_s << u"Never"_s
        << u"getting credentials: exec plugin: invalid apiVersion \"client.authentication.k8s.io/v1alpha1\""_s;
    QTest::newRow("interactiveMode Always without a terminal")
        << kV1 << u"Always"_s
        << u"getting credentials: exec plugin cannot support interactive mode: standard input is not a terminal"_s;
}

void TestExecCredential::configErrors()
{
    QFETCH(QString, apiVersion);
    QFETCH(QString, interactiveMode);
    QFETCH(QString, expected);

    ExecConfig config = echoConfig(credentialJson(apiVersion, {{"token"_L1, "t"_L1}}), apiVersion);
    config.interactiveMode = interactiveMode;
    ExecCredentialProvider provider(config, {}, u"u"_s);
    const Outcome out = fetchAndWait(provider);
    QCOMPARE(out.error.message(), expected);
    QCOMPARE(provider.runCount(), 0); // refused before running anything
}

void TestExecCredential::clusterInfoOnlyWhenAsked_data()
{
    QTest::addColumn<bool>("provideClusterInfo");
    QTest::newRow("provideClusterInfo: cluster sent") << true;
    QTest::newRow("default: no cluster") << false;
}

void TestExecCredential::clusterInfoOnlyWhenAsked()
{
    QFETCH(bool, provideClusterInfo);

    const QString infoFile = m_tmp.filePath(u"info-%1.json"_s.arg(++m_counter));
    ExecConfig config = echoConfig(credentialJson(kV1, {{"token"_L1, "t"_L1}}));
    config.provideClusterInfo = provideClusterInfo;
    config.env.append({u"PLUGIN_INFO_FILE"_s, infoFile});
    ExecClusterInfo cluster;
    cluster.server = u"https://api.example.com:6443"_s;
    cluster.tlsServerName = u"api.internal"_s;
    cluster.certificateAuthorityData = "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n";
    cluster.config = QJsonObject {{"audience"_L1, "ase"_L1}};
    ExecCredentialProvider provider(config, cluster, u"u"_s);
    const Outcome out = fetchAndWait(provider);
    QVERIFY2(out.error.ok(), qPrintable(out.error.message()));

    QFile f(infoFile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject info = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(info.value("kind"_L1).toString(), u"ExecCredential"_s);
    QCOMPARE(info.value("apiVersion"_L1).toString(), kV1);
    const QJsonObject spec = info.value("spec"_L1).toObject();
    QCOMPARE(spec.value("interactive"_L1), QJsonValue(false));
    QCOMPARE(spec.contains("cluster"_L1), provideClusterInfo);
    if (provideClusterInfo) {
        const QJsonObject c = spec.value("cluster"_L1).toObject();
        QCOMPARE(c.value("server"_L1).toString(), cluster.server);
        QCOMPARE(c.value("tls-server-name"_L1).toString(), cluster.tlsServerName);
        QCOMPARE(QByteArray::fromBase64(c.value("certificate-authority-data"_L1).toString().toLatin1()),
            cluster.certificateAuthorityData);
        QCOMPARE(c.value("config"_L1).toObject().value("audience"_L1).toString(), u"ase"_s);
    }
}

void TestExecCredential::stderrLinesAreReported()
{
    ExecCredentialProvider provider(kubeloginConfig(kV1beta1, newCountFile()), {}, u"aks-user"_s);
    QSignalSpy spy(&provider, &ExecCredentialProvider::messageReceived);
    fetchAndWait(provider);
    QCOMPARE(spy.size(), 1);
    QVERIFY(spy.first().first().toString().contains(u"devicelogin"_s));
}

void TestExecCredential::pluginOutputShownWithoutTokens_data()
{
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("stderrText");
    QTest::addColumn<QString>("exitCode");
    QTest::addColumn<QString>("token");

    const QString jwt = u"eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiI2ZGFlNDJmOC00MzY4LTQ2NzgifQ."
                        u"Yj8fZ2Kq1s-_abcDEF123ghiJKL456"_s;
    // kubelogin printing a credential without "kind": the output is quoted in the error.
    QTest::newRow("stdout quoted in the error")
        << uR"({"apiVersion":"client.authentication.k8s.io/v1","status":{"token":"%1"}})"_s.arg(jwt)
        << QString() << u"0"_s << jwt;
    // A plugin that fails after printing its debug log, token included.
    QTest::newRow("stderr of a failing plugin")
        << QString()
        << u"DEBUG acquired token %1 from cache\nERROR: AADSTS50173: the grant has expired"_s.arg(jwt)
        << u"1"_s << jwt;
    QTest::newRow("stderr with an Authorization header")
        << QString() << u"> GET /token HTTP/1.1\n> Authorization: Bearer opaque-token-Zm9vYmFy"_s << u"2"_s
        << u"opaque-token-Zm9vYmFy"_s;
}

void TestExecCredential::pluginOutputShownWithoutTokens()
{
    QFETCH(QString, output);
    QFETCH(QString, stderrText);
    QFETCH(QString, exitCode);
    QFETCH(QString, token);

    ExecConfig config = echoConfig(output);
    config.env.append({u"PLUGIN_EXIT"_s, exitCode});
    if (!stderrText.isEmpty())
        config.env.append({u"PLUGIN_STDERR"_s, stderrText});
    ExecCredentialProvider provider(config, {}, u"u"_s);
    QSignalSpy messages(&provider, &ExecCredentialProvider::messageReceived);
    const Outcome out = fetchAndWait(provider);
    QVERIFY(!out.error.ok());
    const QString shown = out.error.message() + u'\n' + out.error.detail;
    QVERIFY2(!shown.contains(token), qPrintable(shown));
    for (const QList<QVariant>& message : std::as_const(messages))
        QVERIFY2(!message.first().toString().contains(token), qPrintable(message.first().toString()));
    // The rest is still there for the person reading it.
    QVERIFY2(shown.contains(u"[redacted]"_s), qPrintable(shown));
    if (!stderrText.isEmpty())
        QVERIFY(!messages.isEmpty());
}

void TestExecCredential::kubeloginKubeconfigWorks()
{
    // The kubeconfig `kubelogin convert-kubeconfig -l azurecli` writes, end to end.
    const Kubeconfig config
        = Kubeconfig::loadFiles({QStringLiteral(ASE_TEST_DATA_DIR "/kubeconfig/valid.yaml")});
    const KubeconfigResolution r = config.resolve(u"kubelogin"_s);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    auto* exec = dynamic_cast<ExecCredentialProvider*>(r.connection->credentials.get());
    QVERIFY(exec);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"FAKE_KUBELOGIN_COUNT"_s, newCountFile());
    exec->setBaseEnvironment(env);
    const Outcome out = fetchAndWait(*exec);
    QVERIFY2(out.error.ok(), qPrintable(out.error.message() + u'\n' + out.error.detail));
    QCOMPARE(out.credential.token, u"token-1"_s);
}

QTEST_GUILESS_MAIN(TestExecCredential)
#include "tst_execcredential.moc"
