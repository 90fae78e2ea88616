// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/kube/Kubeconfig.h"

#include "app/kube/PemLoader.h"
#include "app/net/InputLimits.h"
#include "models/resources/Names.h"
#include "models/resources/Yaml.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

QString str(const QJsonObject& o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 17); // a bare number where a string belongs
    return v.toString();
}

/// A relative path resolved against the folder of the file that defined it (client-go
/// ResolvePaths); absolute and empty paths stay as they are.
QString resolvePath(const QString& path, const QString& baseDir)
{
    if (path.isEmpty() || QDir::isAbsolutePath(path) || baseDir.isEmpty())
        return path;
    return QDir::cleanPath(QDir(baseDir).filePath(path));
}

/// A `*-data` field: base64 in the file (Go []byte). Sets `error` on bad base64.
QByteArray base64Field(const QJsonObject& o, QLatin1StringView key, QString* error)
{
    const QString text = o.value(key).toString();
    if (text.isEmpty())
        return {};
    const auto decoded
        = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *error = u"illegal base64 data in %1"_s.arg(key);
        return {};
    }
    return *decoded;
}

/// Why a file cannot be opened, in Go's words ("open /x: no such file or directory").
QString openError(const QString& path)
{
    QFile f(path);
    if (!f.exists())
        return u"open %1: no such file or directory"_s.arg(path);
    if (!f.open(QIODevice::ReadOnly))
        return u"open %1: permission denied"_s.arg(path);
    return {};
}

std::optional<QByteArray> readFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return f.readAll();
}

/// Go's %v of a []string: [a b].
QString goList(const QStringList& items)
{
    return u'[' + items.join(u' ') + u']';
}

template <typename T>
const T* findByName(const QList<T>& list, const QString& name)
{
    for (const T& item : list) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

/// Adds the named entries of `array` (each {name, <field>: {...}}) via `parse`; a name twice
/// in one file is an error, as in client-go's conversion.
template <typename T, typename Parse>
bool parseNamedList(const QJsonArray& array, QLatin1StringView field, QLatin1StringView what, QList<T>& out,
    QString* error, Parse parse)
{
    QSet<QString> seen;
    for (const QJsonValue& v : array) {
        const QJsonObject entry = v.toObject();
        const QString name = str(entry, "name"_L1);
        if (seen.contains(name)) {
            *error = u"error converting *[]Named%1 into *map[string]*api.%1: duplicate name \"%2\" in list"_s
                         .arg(what, name);
            return false;
        }
        seen.insert(name);
        T item = parse(entry.value(field).toObject(), error);
        if (!error->isEmpty())
            return false;
        item.name = name;
        out.append(item);
    }
    return true;
}

QNetworkProxy proxyFromUrl(const QUrl& url)
{
    const QString scheme = url.scheme();
    const bool socks = scheme == u"socks5";
    const int defaultPort = socks ? 1080 : (scheme == u"https" ? 443 : 80);
    QNetworkProxy proxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, url.host(),
        static_cast<quint16>(url.port(defaultPort)), url.userName(), url.password());
    return proxy;
}

/// client-go's parseProxyURL: the error text, empty when the URL is usable.
QString proxyUrlError(const QString& proxyUrl)
{
    const QUrl url(proxyUrl, QUrl::StrictMode);
    if (!url.isValid())
        return u"could not parse: %1"_s.arg(proxyUrl);
    const QString scheme = url.scheme();
    if (scheme != u"http" && scheme != u"https" && scheme != u"socks5")
        return u"unsupported scheme \"%1\", must be http, https, or socks5"_s.arg(scheme);
    return {};
}

} // namespace

// ---------------------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------------------

QStringList Kubeconfig::searchFiles(
    const QString& explicitPath, const QString& kubeconfigEnv, const QString& homeDir)
{
    if (!explicitPath.isEmpty())
        return {explicitPath};
    if (!kubeconfigEnv.isEmpty()) {
        QStringList files;
        const QStringList parts = kubeconfigEnv.split(QDir::listSeparator());
        for (const QString& part : parts) {
            if (!part.isEmpty() && !files.contains(part))
                files.append(part);
        }
        return files;
    }
    return {QDir(homeDir).filePath(u".kube/config"_s)};
}

Kubeconfig Kubeconfig::load(const QString& explicitPath)
{
    return loadFiles(searchFiles(explicitPath, qEnvironmentVariable("KUBECONFIG"), QDir::homePath()),
        !explicitPath.isEmpty());
}

Kubeconfig Kubeconfig::loadFiles(const QStringList& files, bool mustExist)
{
    Kubeconfig merged;
    for (const QString& file : files) {
        QFile f(file);
        if (!f.exists()) {
            if (mustExist)
                merged.m_loadErrors << u"stat %1: no such file or directory"_s.arg(file);
            continue; // missing files are skipped
        }
        if (!f.open(QIODevice::ReadOnly)) {
            merged.m_loadErrors << u"error loading config file \"%1\": open %1: %2"_s.arg(
                file, f.errorString());
            continue;
        }
        bool tooLarge = false;
        const QByteArray data = limits::kKubeconfigFile.readAll(f, &tooLarge);
        if (tooLarge) {
            merged.m_loadErrors << u"error loading config file \"%1\": %2"_s.arg(
                file, limits::kKubeconfigFile.exceededMessage(tr("The file")));
            continue;
        }
        merged.mergeFrom(fromYaml(data, file, QFileInfo(file).absolutePath()));
    }
    return merged;
}

Kubeconfig Kubeconfig::merged(const QList<Kubeconfig>& configs)
{
    Kubeconfig result;
    for (const Kubeconfig& config : configs)
        result.mergeFrom(config);
    return result;
}

Kubeconfig Kubeconfig::fromYaml(const QByteArray& yaml, const QString& fileName, const QString& baseDir)
{
    Kubeconfig config;
    config.m_files << fileName;
    auto fail = [&config, &fileName](const QString& why) {
        Kubeconfig failed;
        failed.m_files = config.m_files;
        failed.m_loadErrors << u"error loading config file \"%1\": %2"_s.arg(fileName, why);
        return failed;
    };

    if (yaml.trimmed().isEmpty())
        return config; // an empty file is an empty config, as in client-go
    YamlLimits yamlLimits;
    yamlLimits.maxBytes = std::max<qsizetype>(yamlLimits.maxBytes, limits::kKubeconfigFile.bytes());
    const YamlDocuments docs = parseYaml(yaml, yamlLimits);
    if (!docs.ok())
        return fail(docs.error->toString());
    if (docs.objects.isEmpty())
        return config;
    const QJsonObject root = docs.objects.first();

    QString error;
    const bool ok
        = parseNamedList(root.value("clusters"_L1).toArray(), "cluster"_L1, "Cluster"_L1, config.m_clusters,
              &error,
              [&](const QJsonObject& c, QString* err) {
                  KubeconfigCluster cluster;
                  cluster.server = str(c, "server"_L1);
                  cluster.tlsServerName = str(c, "tls-server-name"_L1);
                  cluster.insecureSkipTlsVerify = c.value("insecure-skip-tls-verify"_L1).toBool();
                  cluster.certificateAuthority = resolvePath(str(c, "certificate-authority"_L1), baseDir);
                  cluster.certificateAuthorityData = base64Field(c, "certificate-authority-data"_L1, err);
                  cluster.proxyUrl = str(c, "proxy-url"_L1);
                  cluster.disableCompression = c.value("disable-compression"_L1).toBool();
                  const QJsonArray extensions = c.value("extensions"_L1).toArray();
                  for (const QJsonValue& e : extensions) {
                      if (e.toObject().value("name"_L1).toString() == u"client.authentication.k8s.io/exec")
                          cluster.execExtension = e.toObject().value("extension"_L1);
                  }
                  cluster.sourceFile = fileName;
                  return cluster;
              })
        && parseNamedList(root.value("users"_L1).toArray(), "user"_L1, "AuthInfo"_L1, config.m_users, &error,
            [&](const QJsonObject& u, QString* err) {
                KubeconfigUser user;
                user.clientCertificate = resolvePath(str(u, "client-certificate"_L1), baseDir);
                user.clientCertificateData = base64Field(u, "client-certificate-data"_L1, err);
                user.clientKey = resolvePath(str(u, "client-key"_L1), baseDir);
                if (err->isEmpty())
                    user.clientKeyData = base64Field(u, "client-key-data"_L1, err);
                user.token = str(u, "token"_L1);
                user.tokenFile = resolvePath(str(u, "tokenFile"_L1), baseDir);
                user.username = str(u, "username"_L1);
                user.password = str(u, "password"_L1);
                user.impersonate = str(u, "as"_L1);
                const QJsonObject provider = u.value("auth-provider"_L1).toObject();
                user.authProvider = str(provider, "name"_L1);
                user.authProviderConfig = provider.value("config"_L1);
                if (u.value("exec"_L1).isObject()) {
                    const QJsonObject e = u.value("exec"_L1).toObject();
                    ExecConfig exec;
                    exec.apiVersion = str(e, "apiVersion"_L1);
                    exec.command = str(e, "command"_L1);
                    // Only a command with a path separator is relative to the file.
                    if (exec.command.contains(u'/'))
                        exec.command = resolvePath(exec.command, baseDir);
                    const QJsonArray args = e.value("args"_L1).toArray();
                    for (const QJsonValue& a : args)
                        exec.args << (a.isDouble() ? QString::number(a.toDouble(), 'g', 17) : a.toString());
                    const QJsonArray env = e.value("env"_L1).toArray();
                    for (const QJsonValue& v : env)
                        exec.env.append({str(v.toObject(), "name"_L1), str(v.toObject(), "value"_L1)});
                    exec.installHint = str(e, "installHint"_L1);
                    exec.provideClusterInfo = e.value("provideClusterInfo"_L1).toBool();
                    exec.interactiveMode = str(e, "interactiveMode"_L1);
                    // client-go defaults interactiveMode for v1beta1 only (SetDefaults_ExecConfig).
                    if (exec.interactiveMode.isEmpty()
                        && exec.apiVersion == u"client.authentication.k8s.io/v1beta1")
                        exec.interactiveMode = u"IfAvailable"_s;
                    user.exec = exec;
                }
                user.sourceFile = fileName;
                return user;
            })
        && parseNamedList(root.value("contexts"_L1).toArray(), "context"_L1, "Context"_L1, config.m_contexts,
            &error, [&](const QJsonObject& c, QString*) {
                KubeconfigContext context;
                context.cluster = str(c, "cluster"_L1);
                context.user = str(c, "user"_L1);
                context.ns = str(c, "namespace"_L1);
                context.sourceFile = fileName;
                return context;
            });
    if (!ok)
        return fail(error);
    config.m_currentContext = str(root, "current-context"_L1);
    return config;
}

void Kubeconfig::mergeFrom(const Kubeconfig& other)
{
    m_files << other.m_files;
    m_loadErrors << other.m_loadErrors;
    // The first file that defines a name wins as a whole.
    for (const KubeconfigCluster& c : other.m_clusters) {
        if (!findByName(m_clusters, c.name))
            m_clusters.append(c);
    }
    for (const KubeconfigUser& u : other.m_users) {
        if (!findByName(m_users, u.name))
            m_users.append(u);
    }
    for (const KubeconfigContext& c : other.m_contexts) {
        if (!findByName(m_contexts, c.name))
            m_contexts.append(c);
    }
    if (m_currentContext.isEmpty())
        m_currentContext = other.m_currentContext;
}

QStringList Kubeconfig::contextNames() const
{
    QStringList names;
    for (const KubeconfigContext& c : m_contexts)
        names << c.name;
    return names;
}

const KubeconfigCluster* Kubeconfig::cluster(const QString& name) const
{
    return findByName(m_clusters, name);
}

const KubeconfigUser* Kubeconfig::user(const QString& name) const
{
    return findByName(m_users, name);
}

const KubeconfigContext* Kubeconfig::context(const QString& name) const
{
    return findByName(m_contexts, name);
}

// ---------------------------------------------------------------------------------------
// Validation (client-go clientcmd validation.go, transport.go), Kubernetes' own English
// ---------------------------------------------------------------------------------------

namespace {

QStringList validateCluster(const QString& name, const KubeconfigCluster& c)
{
    QStringList errors;
    if (c.server.isEmpty())
        errors << (name.isEmpty() ? u"default cluster has no server defined"_s
                                  : u"no server found for cluster \"%1\""_s.arg(name));
    if (!c.proxyUrl.isEmpty()) {
        if (const QString why = proxyUrlError(c.proxyUrl); !why.isEmpty())
            errors << u"invalid 'proxy-url' \"%1\" for cluster \"%2\": %3"_s.arg(c.proxyUrl, name, why);
    }
    if (!c.certificateAuthority.isEmpty() && !c.certificateAuthorityData.isEmpty())
        errors << u"certificate-authority-data and certificate-authority are both specified for %1. "
                  "certificate-authority-data will override."_s.arg(name);
    if (!c.certificateAuthority.isEmpty()) {
        if (const QString why = openError(c.certificateAuthority); !why.isEmpty())
            errors << u"unable to read certificate-authority %1 for %2 due to %3"_s.arg(
                c.certificateAuthority, name, why);
    }
    if (c.insecureSkipTlsVerify
        && (!c.certificateAuthority.isEmpty() || !c.certificateAuthorityData.isEmpty()))
        errors << u"specifying a root certificates file with the insecure flag is not allowed"_s;
    return errors;
}

QStringList validateUser(const QString& name, const KubeconfigUser& u)
{
    QStringList errors;
    QStringList methods;
    if (!u.token.isEmpty())
        methods << u"token"_s;
    if (!u.username.isEmpty() || !u.password.isEmpty())
        methods << u"basicAuth"_s;

    if (!u.clientCertificate.isEmpty() || !u.clientCertificateData.isEmpty()) {
        if (!u.clientCertificate.isEmpty() && !u.clientCertificateData.isEmpty())
            errors
                << u"client-cert-data and client-cert are both specified for %1. client-cert-data will override."_s
                       .arg(name);
        if (!u.clientKey.isEmpty() && !u.clientKeyData.isEmpty())
            errors
                << u"client-key-data and client-key are both specified for %1; client-key-data will override"_s
                       .arg(name);
        if (u.clientKey.isEmpty() && u.clientKeyData.isEmpty())
            errors << u"client-key-data or client-key must be specified for %1 to use the clientCert "
                      "authentication method."_s.arg(name);
        if (!u.clientCertificate.isEmpty()) {
            if (const QString why = openError(u.clientCertificate); !why.isEmpty())
                errors << u"unable to read client-cert %1 for %2 due to %3"_s.arg(
                    u.clientCertificate, name, why);
        }
        if (!u.clientKey.isEmpty()) {
            if (const QString why = openError(u.clientKey); !why.isEmpty())
                errors << u"unable to read client-key %1 for %2 due to %3"_s.arg(u.clientKey, name, why);
        }
    }

    if (u.exec) {
        if (!u.authProvider.isEmpty())
            errors << u"authProvider cannot be provided in combination with an exec plugin for %1"_s.arg(
                name);
        if (u.exec->command.isEmpty())
            errors << u"command must be specified for %1 to use exec authentication plugin"_s.arg(name);
        if (u.exec->apiVersion.isEmpty())
            errors << u"apiVersion must be specified for %1 to use exec authentication plugin"_s.arg(name);
        for (const auto& [envName, value] : u.exec->env) {
            Q_UNUSED(value)
            if (envName.isEmpty())
                errors << u"env variable name must be specified for %1 to use exec authentication plugin"_s
                              .arg(name);
        }
        const QString mode = u.exec->interactiveMode;
        if (mode.isEmpty())
            errors << u"interactiveMode must be specified for %1 to use exec authentication plugin"_s.arg(
                name);
        else if (mode != u"Never" && mode != u"IfAvailable" && mode != u"Always")
            errors << u"invalid interactiveMode for %1: \"%2\""_s.arg(name, mode);
    }

    if (methods.size() > 1)
        errors << u"more than one authentication method found for %1; found %2, only one is allowed"_s.arg(
            name, goList(methods));
    return errors;
}

} // namespace

QStringList Kubeconfig::validate(const QString& contextName) const
{
    const QString name = contextName.isEmpty() ? m_currentContext : contextName;
    QStringList errors;
    const KubeconfigContext* ctx = name.isEmpty() ? nullptr : context(name);
    if (!name.isEmpty() && !ctx)
        errors << u"context was not found for specified context: %1"_s.arg(name);
    if (!ctx) {
        if (m_clusters.isEmpty() || name.isEmpty())
            errors
                << u"no configuration has been provided, try setting KUBERNETES_MASTER environment variable"_s;
        return errors;
    }

    // validateContext
    const KubeconfigUser* u = nullptr;
    const KubeconfigCluster* c = nullptr;
    if (ctx->user.isEmpty())
        errors << u"user was not specified for context \"%1\""_s.arg(name);
    else if (!(u = user(ctx->user)))
        errors << u"user \"%1\" was not found for context \"%2\""_s.arg(ctx->user, name);
    if (ctx->cluster.isEmpty())
        errors << u"cluster was not specified for context \"%1\""_s.arg(name);
    else if (!(c = cluster(ctx->cluster)))
        errors << u"cluster \"%1\" was not found for context \"%2\""_s.arg(ctx->cluster, name);
    if (!ctx->ns.isEmpty() && !names::isDns1123Label(ctx->ns).isEmpty())
        errors << u"namespace \"%1\" for context \"%2\" does not conform to the kubernetes DNS_LABEL rules"_s
                      .arg(ctx->ns, name);

    if (u)
        errors << validateUser(ctx->user, *u);
    if (c)
        errors << validateCluster(ctx->cluster, *c);
    return errors;
}

QString KubeconfigResolution::message() const
{
    if (errors.isEmpty())
        return {};
    if (errors.size() == 1)
        return u"invalid configuration: "_s + errors.first();
    return u"invalid configuration: ["_s + errors.join(u", "_s) + u']';
}

// ---------------------------------------------------------------------------------------
// Resolution
// ---------------------------------------------------------------------------------------

KubeconfigResolution Kubeconfig::resolve(const QString& contextName, const QString& namespaceOverride) const
{
    KubeconfigResolution result;
    result.errors = validate(contextName);
    if (!result.errors.isEmpty())
        return result;

    const QString name = contextName.isEmpty() ? m_currentContext : contextName;
    const KubeconfigContext& ctx = *context(name);
    const KubeconfigCluster& c = *cluster(ctx.cluster);
    const KubeconfigUser& u = *user(ctx.user);

    KubeConnection conn;
    conn.contextName = name;
    conn.clusterName = ctx.cluster;
    conn.userName = ctx.user;
    conn.defaultNamespace
        = !namespaceOverride.isEmpty() ? namespaceOverride : (!ctx.ns.isEmpty() ? ctx.ns : u"default"_s);

    // Server: a bare host:port means https, as client-go assumes with TLS settings.
    QString server = c.server;
    if (!server.contains(u"://"_s))
        server.prepend(u"https://"_s);
    conn.server = QUrl(server, QUrl::StrictMode);
    if (!conn.isValid()) {
        result.errors << tr("The server address \"%1\" of cluster \"%2\" is not a valid URL.")
                             .arg(c.server, ctx.cluster);
        return result;
    }
    QByteArray caPem;
    if (const QString error = resolveTls(c, conn, &caPem); !error.isEmpty()) {
        result.errors << error;
        return result;
    }
    if (!u.impersonate.isEmpty())
        conn.warnings << tr("Impersonation (as: %1) in user \"%2\" is not supported and is ignored.")
                             .arg(u.impersonate, ctx.user);
    if (const QString error = resolveCredentials(u, ctx.user, c, caPem, conn); !error.isEmpty()) {
        result.errors << error;
        return result;
    }
    result.connection = conn;
    return result;
}

QString Kubeconfig::resolveTls(const KubeconfigCluster& c, KubeConnection& conn, QByteArray* caPem)
{
    // TLS: with a CA in the kubeconfig, only that CA is trusted (client-go RootCAs).
    *caPem = c.certificateAuthorityData;
    if (caPem->isEmpty() && !c.certificateAuthority.isEmpty())
        *caPem = readFile(c.certificateAuthority).value_or(QByteArray());
    if (!caPem->isEmpty()) {
        const QList<QSslCertificate> cas = loadPemCertificates(*caPem);
        if (cas.isEmpty())
            return u"unable to load root certificates: unable to parse bytes as PEM block"_s;
        conn.ssl.setCaCertificates(cas);
    }
    conn.tlsServerName = c.tlsServerName;
    conn.insecureSkipTlsVerify = c.insecureSkipTlsVerify;
    if (conn.insecureSkipTlsVerify) {
        conn.warnings << tr(
            "The server's certificate is not verified (insecure-skip-tls-verify): anyone on the "
            "network path could read and change what the app sends and receives.");
    }
    if (!c.proxyUrl.isEmpty())
        conn.proxy = proxyFromUrl(QUrl(c.proxyUrl));
    return {};
}

QString Kubeconfig::resolveCredentials(const KubeconfigUser& u, const QString& userName,
    const KubeconfigCluster& c, const QByteArray& caPem, KubeConnection& conn)
{
    // Client certificate: *-data beats the file.
    Credential base;
    const bool hasCert = !u.clientCertificateData.isEmpty() || !u.clientCertificate.isEmpty();
    if (hasCert) {
        const QByteArray certPem = !u.clientCertificateData.isEmpty()
            ? u.clientCertificateData
            : readFile(u.clientCertificate).value_or(QByteArray());
        const QByteArray keyPem
            = !u.clientKeyData.isEmpty() ? u.clientKeyData : readFile(u.clientKey).value_or(QByteArray());
        QString pemError;
        const auto pair = loadClientKeyPair(certPem, keyPem, &pemError);
        if (!pemError.isEmpty())
            return pemError;
        base.clientCertificate = pair.first;
        base.clientKey = pair.second;
    }
    if (!u.token.isEmpty()) { // token beats tokenFile
        base.token = u.token;
        conn.credentials = std::make_shared<StaticCredentialProvider>(base, tr("token"));
    } else if (!u.tokenFile.isEmpty()) {
        conn.credentials = std::make_shared<TokenFileCredentialProvider>(u.tokenFile, base);
    } else if (hasCert) {
        conn.credentials = std::make_shared<StaticCredentialProvider>(base, tr("client certificate"));
    } else if (u.exec) {
        ExecClusterInfo info;
        info.server = c.server;
        info.tlsServerName = c.tlsServerName;
        info.insecureSkipTlsVerify = c.insecureSkipTlsVerify;
        info.certificateAuthorityData = caPem;
        info.proxyUrl = c.proxyUrl;
        info.disableCompression = c.disableCompression;
        info.config = c.execExtension;
        conn.credentials = std::make_shared<ExecCredentialProvider>(*u.exec, info, userName);
    } else if (!u.authProvider.isEmpty()) {
        return authProviderCredentials(u, base, conn);
    } else if (!u.username.isEmpty() || !u.password.isEmpty()) {
        return tr("User \"%1\" signs in with a username and password (basic authentication), which this "
                  "application does not support. Use a token, a client certificate or a credential "
                  "plugin.")
            .arg(userName);
    }
    return {};
}

QString Kubeconfig::authProviderCredentials(const KubeconfigUser& u, Credential base, KubeConnection& conn)
{
    const QJsonObject cfg = u.authProviderConfig.toObject();
    if (u.authProvider == u"azure")
        return u"The azure auth plugin has been removed.\nPlease use the "
               "https://github.com/Azure/kubelogin kubectl/client-go credential plugin instead.\nSee "
               "https://kubernetes.io/docs/reference/access-authn-authz/authentication/"
               "#client-go-credential-plugins for further details"_s;
    if (u.authProvider == u"gcp")
        return u"The gcp auth plugin has been removed.\nPlease use the \"gke-gcloud-auth-plugin\" "
               "kubectl/client-go credential plugin instead.\nSee "
               "https://cloud.google.com/blog/products/containers-kubernetes/kubectl-auth-changes-in-gke "
               "for further details"_s;
    if (u.authProvider == u"oidc" && !cfg.value("id-token"_L1).toString().isEmpty()) {
        // The ID token the provider stored; refreshing it is left to kubectl/kubelogin.
        base.token = cfg.value("id-token"_L1).toString();
        conn.credentials = std::make_shared<StaticCredentialProvider>(base, tr("OIDC ID token"));
        return {};
    }
    return u"no Auth Provider found for name \"%1\""_s.arg(u.authProvider);
}

} // namespace ase
