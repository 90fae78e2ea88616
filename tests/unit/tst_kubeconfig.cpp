// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// kubeconfig loading, merging, path resolution, precedence and validation, checked against
// client-go's clientcmd rules (../shared/reference/kubernetes-api.md §5).

#include "app/kube/ExecCredentialProvider.h"
#include "app/kube/Kubeconfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ase;

namespace {

QString dataFile(const QString& name)
{
    return QStringLiteral(ASE_TEST_DATA_DIR "/kubeconfig/") + name;
}

QString dataDir()
{
    return QDir::cleanPath(QStringLiteral(ASE_TEST_DATA_DIR "/kubeconfig"));
}

/// Fetches the credential of a static or token-file provider (they answer at once).
Credential fetchNow(CredentialProvider& provider, ApiError* error = nullptr)
{
    QObject context;
    Credential got;
    bool called = false;
    provider.fetch(&context, [&](const Credential& c, const ApiError& e) {
        got = c;
        called = true;
        if (error)
            *error = e;
    });
    if (!called)
        qFatal("provider did not answer synchronously");
    return got;
}

} // namespace

class TestKubeconfig final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void searchFiles_data();
    void searchFiles();
    void merge_data();
    void merge();
    void explicitFileMustExist();
    void brokenFilesAreReportedAndSkipped_data();
    void brokenFilesAreReportedAndSkipped();
    void oversizedFilesAreReportedAndSkipped_data();
    void oversizedFilesAreReportedAndSkipped();
    void mergedEqualsLoadFiles();
    void relativePaths_data();
    void relativePaths();
    void namespacePrecedence_data();
    void namespacePrecedence();
    void validation_data();
    void validation();
    void unparsableCaFailsResolution();
    void resolveTls_data();
    void resolveTls();
    void resolveProxy_data();
    void resolveProxy();
    void resolveCredentials_data();
    void resolveCredentials();
    void kubeloginExec();
    void loadUsesKubeconfigEnvironment();
};

void TestKubeconfig::searchFiles_data()
{
    QTest::addColumn<QString>("explicitPath");
    QTest::addColumn<QString>("env");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("explicit file beats KUBECONFIG")
        << u"/x/explicit"_s << u"/a:/b"_s << QStringList {u"/x/explicit"_s};
    QTest::newRow("KUBECONFIG list in order")
        << QString() << u"/a:/b:/c"_s << QStringList {u"/a"_s, u"/b"_s, u"/c"_s};
    QTest::newRow("KUBECONFIG duplicates and empty entries dropped")
        << QString() << u"/a::/b:/a:"_s << QStringList {u"/a"_s, u"/b"_s};
    QTest::newRow("nothing set: ~/.kube/config")
        << QString() << QString() << QStringList {u"/home/u/.kube/config"_s};
}

void TestKubeconfig::searchFiles()
{
    QFETCH(QString, explicitPath);
    QFETCH(QString, env);
    QFETCH(QStringList, expected);
    QCOMPARE(Kubeconfig::searchFiles(explicitPath, env, u"/home/u"_s), expected);
}

void TestKubeconfig::merge_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("currentContext");
    QTest::addColumn<QStringList>("contexts");
    QTest::addColumn<QString>("sharedServer");
    QTest::addColumn<bool>("sharedInsecure");
    QTest::addColumn<QString>("aliceToken");
    QTest::addColumn<QString>("bothCluster");

    const QString a = dataFile(u"merge-a.yaml"_s);
    const QString b = dataFile(u"merge-b.yaml"_s);
    const QString c = dataFile(u"merge-c.yaml"_s);
    const QString missing = dataFile(u"no-such-file.yaml"_s);

    QTest::newRow("a then b: first definition wins whole, first non-empty current-context")
        << QStringList {a, b} << u"ctx-b"_s << QStringList {u"ctx-a"_s, u"both"_s, u"ctx-b"_s}
        << u"https://a.example:6443"_s << false << u"a-token"_s << u"only-a"_s;
    QTest::newRow("b then a: b's entries win")
        << QStringList {b, a} << u"ctx-b"_s << QStringList {u"ctx-b"_s, u"both"_s, u"ctx-a"_s}
        << u"https://b.example:6443"_s << true << u"b-token"_s << u"only-b"_s;
    QTest::newRow("a, b, c: b's current-context beats c's")
        << QStringList {a, b, c} << u"ctx-b"_s << QStringList {u"ctx-a"_s, u"both"_s, u"ctx-b"_s, u"ctx-c"_s}
        << u"https://a.example:6443"_s << false << u"a-token"_s << u"only-a"_s;
    QTest::newRow("missing files are skipped")
        << QStringList {missing, c, a} << u"ctx-c"_s << QStringList {u"ctx-c"_s, u"ctx-a"_s, u"both"_s}
        << u"https://a.example:6443"_s << false << u"a-token"_s << u"only-a"_s;
}

void TestKubeconfig::merge()
{
    QFETCH(QStringList, files);
    QFETCH(QString, currentContext);
    QFETCH(QStringList, contexts);
    QFETCH(QString, sharedServer);
    QFETCH(bool, sharedInsecure);
    QFETCH(QString, aliceToken);
    QFETCH(QString, bothCluster);

    const Kubeconfig config = Kubeconfig::loadFiles(files);
    QVERIFY2(config.loadErrors().isEmpty(), qPrintable(config.loadErrors().join(u'\n')));
    QCOMPARE(config.currentContext(), currentContext);
    QCOMPARE(config.contextNames(), contexts);
    QVERIFY(config.cluster(u"shared"_s));
    QCOMPARE(config.cluster(u"shared"_s)->server, sharedServer);
    // Entries are not merged field by field: the losing file's fields are gone.
    QCOMPARE(config.cluster(u"shared"_s)->insecureSkipTlsVerify, sharedInsecure);
    QCOMPARE(config.cluster(u"shared"_s)->tlsServerName.isEmpty(), sharedInsecure);
    QCOMPARE(config.user(u"alice"_s)->token, aliceToken);
    QCOMPARE(config.context(u"both"_s)->cluster, bothCluster);
}

void TestKubeconfig::explicitFileMustExist()
{
    const QString missing = dataFile(u"no-such-file.yaml"_s);
    const Kubeconfig config = Kubeconfig::load(missing);
    QCOMPARE(config.loadErrors(), QStringList {u"stat %1: no such file or directory"_s.arg(missing)});
    QVERIFY(config.contexts().isEmpty());
}

void TestKubeconfig::brokenFilesAreReportedAndSkipped_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("errorStart");
    QTest::addColumn<QString>("errorContains");

    QTest::newRow("YAML syntax error") << u"broken.yaml"_s << u"error loading config file \""_s << u"line "_s;
    QTest::newRow("duplicate name in one file")
        << u"duplicate.yaml"_s << u"error loading config file \""_s << u"duplicate name \"twice\" in list"_s;
}

void TestKubeconfig::brokenFilesAreReportedAndSkipped()
{
    QFETCH(QString, file);
    QFETCH(QString, errorStart);
    QFETCH(QString, errorContains);

    const Kubeconfig config = Kubeconfig::loadFiles({dataFile(file), dataFile(u"merge-c.yaml"_s)});
    QCOMPARE(config.loadErrors().size(), 1);
    QVERIFY2(config.loadErrors().first().startsWith(errorStart + dataFile(file)),
        qPrintable(config.loadErrors().first()));
    QVERIFY2(config.loadErrors().first().contains(errorContains), qPrintable(config.loadErrors().first()));
    // The broken file contributes nothing; the next one is still merged.
    QCOMPARE(config.clusters().size(), 1);
    QCOMPARE(config.clusters().first().name, u"only-c"_s);
    QCOMPARE(config.currentContext(), u"ctx-c"_s);
}

void TestKubeconfig::oversizedFilesAreReportedAndSkipped_data()
{
    QTest::addColumn<QString>("file"); // empty: a 2 MiB file written here

    QTest::newRow("a file over the limit") << QString();
    // A device without an end: read up to the limit, not forever.
    if (QFileInfo::exists(u"/dev/zero"_s))
        QTest::newRow("/dev/zero") << u"/dev/zero"_s;
}

void TestKubeconfig::oversizedFilesAreReportedAndSkipped()
{
    QFETCH(QString, file);
    qputenv("ASE_MAX_KUBECONFIG_MIB", "1");
    const auto restore = qScopeGuard([] { qunsetenv("ASE_MAX_KUBECONFIG_MIB"); });
    QTemporaryDir dir;
    if (file.isEmpty()) {
        file = dir.filePath(u"big.yaml"_s);
        QFile big(file);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QByteArray padding = "# " + QByteArray(1000, 'x') + "\n";
        for (int i = 0; i < 2100; ++i)
            big.write(padding);
    }
    const Kubeconfig config = Kubeconfig::loadFiles({file, dataFile(u"merge-c.yaml"_s)});
    QCOMPARE(config.loadErrors(),
        QStringList {
            u"error loading config file \"%1\": The file is larger than the limit of 1 MiB (set the "
            "environment variable ASE_MAX_KUBECONFIG_MIB to a larger number of MiB to raise it)."_s.arg(
                file)});
    QCOMPARE(config.currentContext(), u"ctx-c"_s);
}

void TestKubeconfig::mergedEqualsLoadFiles()
{
    const QStringList files {
        dataFile(u"merge-a.yaml"_s), dataFile(u"merge-b.yaml"_s), dataFile(u"merge-c.yaml"_s)};
    QList<Kubeconfig> parts;
    for (const QString& f : files) {
        QFile file(f);
        QVERIFY(file.open(QIODevice::ReadOnly));
        parts << Kubeconfig::fromYaml(file.readAll(), f, dataDir());
    }
    const Kubeconfig merged = Kubeconfig::merged(parts);
    const Kubeconfig loaded = Kubeconfig::loadFiles(files);
    QCOMPARE(merged.contextNames(), loaded.contextNames());
    QCOMPARE(merged.currentContext(), loaded.currentContext());
    QCOMPARE(merged.files(), loaded.files());
    QCOMPARE(merged.cluster(u"shared"_s)->server, loaded.cluster(u"shared"_s)->server);
}

void TestKubeconfig::relativePaths_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");

    const QString sub = dataDir() + u"/sub"_s;
    QTest::newRow("certificate-authority") << u"ca"_s << dataDir() + u"/pki/ca.crt"_s;
    QTest::newRow("client-certificate") << u"cert"_s << dataDir() + u"/pki/client.crt"_s;
    QTest::newRow("client-key") << u"key"_s << dataDir() + u"/pki/client.key"_s;
    QTest::newRow("tokenFile") << u"tokenFile"_s << sub + u"/token.txt"_s;
    QTest::newRow("exec command with a path separator") << u"relativeCommand"_s << sub + u"/bin/plugin"_s;
    QTest::newRow("exec command looked up on PATH stays") << u"pathCommand"_s << u"kubelogin"_s;
    QTest::newRow("absolute path stays") << u"absolute"_s << u"/etc/ase-test/client.crt"_s;
}

void TestKubeconfig::relativePaths()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);

    const Kubeconfig config = Kubeconfig::loadFiles({dataFile(u"sub/relative.yaml"_s)});
    QVERIFY(config.loadErrors().isEmpty());
    QString actual;
    if (what == u"ca")
        actual = config.cluster(u"files"_s)->certificateAuthority;
    else if (what == u"cert")
        actual = config.user(u"cert-user"_s)->clientCertificate;
    else if (what == u"key")
        actual = config.user(u"cert-user"_s)->clientKey;
    else if (what == u"tokenFile")
        actual = config.user(u"token-file-user"_s)->tokenFile;
    else if (what == u"relativeCommand")
        actual = config.user(u"relative-plugin"_s)->exec->command;
    else if (what == u"pathCommand")
        actual = config.user(u"path-plugin"_s)->exec->command;
    else if (what == u"absolute")
        actual = config.user(u"absolute-paths"_s)->clientCertificate;
    QCOMPARE(actual, expected);

    // And the resolved files are really used: the context works from any working folder.
    const QString cwd = QDir::currentPath();
    QDir::setCurrent(QDir::rootPath());
    const KubeconfigResolution files = config.resolve(u"files"_s);
    const KubeconfigResolution tokenFile = config.resolve(u"token-file"_s);
    QDir::setCurrent(cwd);
    QVERIFY2(files.ok(), qPrintable(files.message()));
    QCOMPARE(files.connection->ssl.caCertificates().size(), 1);
    QVERIFY2(tokenFile.ok(), qPrintable(tokenFile.message()));
    QCOMPARE(fetchNow(*tokenFile.connection->credentials).token, u"sub-token-from-file"_s);
}

void TestKubeconfig::namespacePrecedence_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("override");
    QTest::addColumn<QString>("expected");

    QTest::newRow("override beats the context") << u"ctx-a"_s << u"cli-ns"_s << u"cli-ns"_s;
    QTest::newRow("context namespace") << u"ctx-a"_s << QString() << u"team-a"_s;
    QTest::newRow("default when the context has none") << u"ctx-b"_s << QString() << u"default"_s;
}

void TestKubeconfig::namespacePrecedence()
{
    QFETCH(QString, context);
    QFETCH(QString, override);
    QFETCH(QString, expected);

    const Kubeconfig config
        = Kubeconfig::loadFiles({dataFile(u"merge-a.yaml"_s), dataFile(u"merge-b.yaml"_s)});
    const KubeconfigResolution r = config.resolve(context, override);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.connection->defaultNamespace, expected);
    QCOMPARE(r.connection->contextName, context);
}

void TestKubeconfig::validation_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QStringList>("errors");

    const QString dir = dataDir();
    QTest::newRow("cluster without server")
        << u"no-server"_s << QStringList {u"no server found for cluster \"no-server\""_s};
    QTest::newRow("context without user")
        << u"no-user"_s << QStringList {u"user was not specified for context \"no-user\""_s};
    QTest::newRow("context with unknown user")
        << u"unknown-user"_s << QStringList {u"user \"nobody\" was not found for context \"unknown-user\""_s};
    QTest::newRow("context without cluster")
        << u"no-cluster"_s << QStringList {u"cluster was not specified for context \"no-cluster\""_s};
    QTest::newRow("context with unknown cluster")
        << u"unknown-cluster"_s
        << QStringList {u"cluster \"nowhere\" was not found for context \"unknown-cluster\""_s};
    QTest::newRow("namespace not a DNS label")
        << u"bad-namespace"_s
        << QStringList {
               u"namespace \"Team_A\" for context \"bad-namespace\" does not conform to the kubernetes "
               "DNS_LABEL rules"_s};
    QTest::newRow("proxy-url with another scheme")
        << u"bad-proxy"_s
        << QStringList {
               u"invalid 'proxy-url' \"ftp://proxy.example:21\" for cluster \"bad-proxy\": unsupported "
               "scheme \"ftp\", must be http, https, or socks5"_s};
    QTest::newRow("CA data and file")
        << u"both-ca"_s
        << QStringList {
               u"certificate-authority-data and certificate-authority are both specified for both-ca. "
               "certificate-authority-data will override."_s};
    QTest::newRow("CA file missing")
        << u"missing-ca"_s
        << QStringList {
               u"unable to read certificate-authority %1/pki/no-such-ca.crt for missing-ca due to open "
               "%1/pki/no-such-ca.crt: no such file or directory"_s.arg(dir)};
    QTest::newRow("insecure with a CA")
        << u"insecure-with-ca"_s
        << QStringList {u"specifying a root certificates file with the insecure flag is not allowed"_s};
    QTest::newRow("client cert data and file")
        << u"both-cert"_s
        << QStringList {
               u"client-cert-data and client-cert are both specified for both-cert. client-cert-data will "
               "override."_s};
    QTest::newRow("client key data and file")
        << u"both-key"_s
        << QStringList {
               u"client-key-data and client-key are both specified for both-key; client-key-data will "
               "override"_s};
    QTest::newRow("client cert without key")
        << u"cert-no-key"_s
        << QStringList {
               u"client-key-data or client-key must be specified for cert-no-key to use the clientCert "
               "authentication method."_s};
    QTest::newRow("client cert file missing")
        << u"missing-cert-file"_s
        << QStringList {u"unable to read client-cert %1/pki/no-such.crt for missing-cert-file due to open "
                        "%1/pki/no-such.crt: no such file or directory"_s.arg(dir)};
    QTest::newRow("token and basic auth")
        << u"token-and-basic"_s
        << QStringList {
               u"more than one authentication method found for token-and-basic; found [token basicAuth], "
               "only one is allowed"_s};
    QTest::newRow("exec with auth-provider")
        << u"exec-and-provider"_s
        << QStringList {
               u"authProvider cannot be provided in combination with an exec plugin for exec-and-provider"_s};
    QTest::newRow("exec without command")
        << u"exec-no-command"_s
        << QStringList {u"command must be specified for exec-no-command to use exec authentication plugin"_s};
    QTest::newRow("exec without apiVersion")
        << u"exec-no-api-version"_s
        << QStringList {
               u"apiVersion must be specified for exec-no-api-version to use exec authentication plugin"_s};
    QTest::newRow("exec env without name")
        << u"exec-env-no-name"_s
        << QStringList {
               u"env variable name must be specified for exec-env-no-name to use exec authentication plugin"_s};
    QTest::newRow("exec v1 without interactiveMode")
        << u"exec-v1-no-mode"_s
        << QStringList {
               u"interactiveMode must be specified for exec-v1-no-mode to use exec authentication plugin"_s};
    QTest::newRow("exec with unknown interactiveMode")
        << u"exec-bad-mode"_s << QStringList {u"invalid interactiveMode for exec-bad-mode: \"Sometimes\""_s};
    QTest::newRow("unknown context") << u"nope"_s
                                     << QStringList {u"context was not found for specified context: nope"_s};
}

void TestKubeconfig::validation()
{
    QFETCH(QString, context);
    QFETCH(QStringList, errors);

    const Kubeconfig config = Kubeconfig::loadFiles({dataFile(u"invalid.yaml"_s)});
    QVERIFY2(config.loadErrors().isEmpty(), qPrintable(config.loadErrors().join(u'\n')));
    QCOMPARE(config.validate(context), errors);
    const KubeconfigResolution r = config.resolve(context);
    QVERIFY(!r.ok());
    QVERIFY(!r.connection);
    QCOMPARE(r.errors, errors);
    QCOMPARE(r.message(), u"invalid configuration: "_s + errors.first());
}

void TestKubeconfig::unparsableCaFailsResolution()
{
    // Readable but not PEM: passes validation, fails where client-go's transport fails.
    const Kubeconfig config = Kubeconfig::loadFiles({dataFile(u"invalid.yaml"_s)});
    QVERIFY(config.validate(u"garbage-ca"_s).isEmpty());
    const KubeconfigResolution r = config.resolve(u"garbage-ca"_s);
    QCOMPARE(
        r.errors, QStringList {u"unable to load root certificates: unable to parse bytes as PEM block"_s});
}

void TestKubeconfig::resolveTls_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("server");
    QTest::addColumn<QStringList>("caSubjects"); // empty = the system's CAs
    QTest::addColumn<QString>("tlsServerName");
    QTest::addColumn<bool>("insecure");
    QTest::addColumn<QString>("clientSubject");
    QTest::addColumn<int>("keyAlgorithm");

    QTest::newRow("CA data only, tls-server-name, RSA client cert")
        << u"ca-data"_s << u"https://127.0.0.1:6443"_s << QStringList {u"ase-test-ca"_s} << u"api.ase.test"_s
        << false << u"ase-admin"_s << int(QSsl::Rsa);
    QTest::newRow("system CAs, EC client cert") << u"ec"_s << u"https://api.example.com"_s << QStringList()
                                                << QString() << false << u"ase-ec-user"_s << int(QSsl::Ec);
    QTest::newRow("insecure-skip-tls-verify flagged")
        << u"insecure"_s << u"https://10.0.0.1:6443"_s << QStringList() << QString() << true << QString()
        << -1;
    QTest::newRow("host:port without scheme means https")
        << u"bare-host"_s << u"https://192.0.2.10:6443"_s << QStringList() << QString() << false << QString()
        << -1;
}

void TestKubeconfig::resolveTls()
{
    QFETCH(QString, context);
    QFETCH(QString, server);
    QFETCH(QStringList, caSubjects);
    QFETCH(QString, tlsServerName);
    QFETCH(bool, insecure);
    QFETCH(QString, clientSubject);
    QFETCH(int, keyAlgorithm);

    const Kubeconfig config = Kubeconfig::loadFiles({dataFile(u"valid.yaml"_s)});
    QVERIFY2(config.loadErrors().isEmpty(), qPrintable(config.loadErrors().join(u'\n')));
    const KubeconfigResolution r = config.resolve(context);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    const KubeConnection& conn = *r.connection;
    QCOMPARE(conn.server, QUrl(server));
    if (caSubjects.isEmpty()) {
        QCOMPARE(conn.ssl.caCertificates(), QSslConfiguration::defaultConfiguration().caCertificates());
    } else {
        QStringList subjects;
        for (const QSslCertificate& ca : conn.ssl.caCertificates())
            subjects << ca.subjectInfo(QSslCertificate::CommonName);
        QCOMPARE(subjects, caSubjects);
    }
    QCOMPARE(conn.tlsServerName, tlsServerName);
    QCOMPARE(conn.insecureSkipTlsVerify, insecure);
    QCOMPARE(conn.warnings.size(), insecure ? 1 : 0);
    if (clientSubject.isEmpty()) {
        QVERIFY(!conn.credentials);
    } else {
        QVERIFY(conn.credentials);
        const Credential c = fetchNow(*conn.credentials);
        QVERIFY(c.hasClientCertificate());
        QCOMPARE(c.clientCertificate.first().subjectInfo(QSslCertificate::CommonName),
            QStringList {clientSubject});
        QCOMPARE(int(c.clientKey.algorithm()), keyAlgorithm);
        QVERIFY(!c.hasToken());
    }
}

void TestKubeconfig::resolveProxy_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");

    QTest::newRow("socks5 with port")
        << u"socks"_s << int(QNetworkProxy::Socks5Proxy) << u"proxy.example"_s << 1081 << QString();
    QTest::newRow("http with credentials, default port")
        << u"http-proxy"_s << int(QNetworkProxy::HttpProxy) << u"proxy.example"_s << 80 << u"user"_s;
}

void TestKubeconfig::resolveProxy()
{
    QFETCH(QString, context);
    QFETCH(int, type);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, user);

    const KubeconfigResolution r = Kubeconfig::loadFiles({dataFile(u"valid.yaml"_s)}).resolve(context);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(r.connection->proxy);
    QCOMPARE(int(r.connection->proxy->type()), type);
    QCOMPARE(r.connection->proxy->hostName(), host);
    QCOMPARE(int(r.connection->proxy->port()), port);
    QCOMPARE(r.connection->proxy->user(), user);
}

void TestKubeconfig::resolveCredentials_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("error");

    QTest::newRow("token beats tokenFile") << u"token-precedence"_s << u"inline-token"_s << QString();
    QTest::newRow("tokenFile read, trimmed") << u"token-file"_s << u"sub-token-from-file"_s << QString();
    QTest::newRow("oidc auth-provider id-token") << u"oidc"_s << u"oidc-id-token"_s << QString();
    QTest::newRow("removed azure auth-provider")
        << u"azure-provider"_s << QString() << u"The azure auth plugin has been removed."_s;
}

void TestKubeconfig::resolveCredentials()
{
    QFETCH(QString, context);
    QFETCH(QString, token);
    QFETCH(QString, error);

    const KubeconfigResolution r = Kubeconfig::loadFiles({dataFile(u"valid.yaml"_s)}).resolve(context);
    if (!error.isEmpty()) {
        QVERIFY(!r.ok());
        QVERIFY2(r.errors.first().startsWith(error), qPrintable(r.errors.first()));
        return;
    }
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QVERIFY(r.connection->credentials);
    ApiError e;
    const Credential c = fetchNow(*r.connection->credentials, &e);
    QVERIFY2(e.ok(), qPrintable(e.message()));
    QCOMPARE(c.token, token);
}

void TestKubeconfig::kubeloginExec()
{
    const KubeconfigResolution r = Kubeconfig::loadFiles({dataFile(u"valid.yaml"_s)}).resolve(u"kubelogin"_s);
    QVERIFY2(r.ok(), qPrintable(r.message()));
    QCOMPARE(r.connection->defaultNamespace, u"team-x"_s);
    auto* exec = dynamic_cast<ExecCredentialProvider*>(r.connection->credentials.get());
    QVERIFY(exec);
    // v1beta1 defaults interactiveMode to IfAvailable, so it validates; the app is never
    // interactive; cluster info is only sent with provideClusterInfo.
    QCOMPARE(exec->execInfo(),
        QByteArray(R"({"apiVersion":"client.authentication.k8s.io/v1beta1","kind":"ExecCredential",)"
                   R"("spec":{"interactive":false}})"));
}

void TestKubeconfig::loadUsesKubeconfigEnvironment()
{
    const QByteArray saved = qgetenv("KUBECONFIG");
    qputenv("KUBECONFIG",
        (dataFile(u"merge-b.yaml"_s) + QDir::listSeparator() + dataFile(u"merge-a.yaml"_s)).toUtf8());
    const Kubeconfig config = Kubeconfig::load();
    if (saved.isNull())
        qunsetenv("KUBECONFIG");
    else
        qputenv("KUBECONFIG", saved);
    QCOMPARE(config.files(), (QStringList {dataFile(u"merge-b.yaml"_s), dataFile(u"merge-a.yaml"_s)}));
    QCOMPARE(config.cluster(u"shared"_s)->server, u"https://b.example:6443"_s);
}

QTEST_GUILESS_MAIN(TestKubeconfig)
#include "tst_kubeconfig.moc"
