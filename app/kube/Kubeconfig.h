// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/kube/ExecCredentialProvider.h"
#include "app/kube/KubeConnection.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace ase {

/// `clusters[]` of a kubeconfig. Paths are already absolute (resolved against the folder
/// of the file that defined the entry).
struct KubeconfigCluster
{
    QString name;
    QString server;
    QString tlsServerName;
    bool insecureSkipTlsVerify = false;
    QString certificateAuthority; ///< file
    QByteArray certificateAuthorityData; ///< PEM (decoded from the base64 in the file)
    QString proxyUrl;
    bool disableCompression = false;
    QJsonValue execExtension; ///< extensions[name=client.authentication.k8s.io/exec].extension
    QString sourceFile; ///< the kubeconfig file this entry came from
};

/// `users[]` of a kubeconfig (client-go AuthInfo).
struct KubeconfigUser
{
    QString name;
    QString clientCertificate; ///< file
    QByteArray clientCertificateData; ///< PEM
    QString clientKey; ///< file
    QByteArray clientKeyData; ///< PEM
    QString token;
    QString tokenFile;
    QString username;
    QString password;
    QString impersonate; ///< `as`
    QString authProvider; ///< auth-provider.name (removed providers are reported)
    QJsonValue authProviderConfig;
    std::optional<ExecConfig> exec;
    QString sourceFile;
};

/// `contexts[]` of a kubeconfig.
struct KubeconfigContext
{
    QString name;
    QString cluster;
    QString user;
    QString ns; ///< `namespace`
    QString sourceFile;
};

/// A context resolved into a connection, or the reasons it cannot be used.
struct KubeconfigResolution
{
    std::optional<KubeConnection> connection;
    QStringList errors; ///< client-go's validation texts ("invalid configuration" list)

    bool ok() const { return connection.has_value() && errors.isEmpty(); }
    /// "invalid configuration: [a, b]" or the single error, as kubectl prints it.
    QString message() const;
};

/// The merged kubeconfig, loaded as kubectl loads it (client-go clientcmd loader):
/// - an explicit file (--kubeconfig): only that file, which must exist;
/// - else every file of KUBECONFIG (':'-separated; duplicates dropped, missing files skipped);
/// - else ~/.kube/config.
/// Merge: clusters, users and contexts by name, the first file defining a name wins as a
/// whole; current-context from the first file that sets it. Relative paths
/// (certificate-authority, client-certificate, client-key, tokenFile, and exec.command
/// when it contains a '/') are resolved against the folder of the defining file.
///
/// Reads small local files synchronously (as kubectl does at start-up).
class Kubeconfig final
{
    Q_DECLARE_TR_FUNCTIONS(ase::Kubeconfig)

public:
    /// The files kubectl would read, in order. `kubeconfigEnv` is the value of KUBECONFIG.
    static QStringList searchFiles(
        const QString& explicitPath, const QString& kubeconfigEnv, const QString& homeDir);

    /// Loads as kubectl does, from the process environment (KUBECONFIG, HOME).
    static Kubeconfig load(const QString& explicitPath = {});
    /// Loads and merges these files; missing files are skipped unless `mustExist`.
    static Kubeconfig loadFiles(const QStringList& files, bool mustExist = false);
    /// Merges configurations read from several files, in kubectl's order: the first file
    /// that defines a cluster, user or context name wins; the first current-context wins.
    static Kubeconfig merged(const QList<Kubeconfig>& configs);
    /// Parses one kubeconfig document; relative paths resolve against `baseDir`.
    static Kubeconfig fromYaml(const QByteArray& yaml, const QString& fileName, const QString& baseDir);

    /// The files that were read, in merge order.
    const QStringList& files() const { return m_files; }
    /// Files that could not be read or parsed ("error loading config file ..."); the rest of
    /// the configuration is still usable.
    const QStringList& loadErrors() const { return m_loadErrors; }

    const QList<KubeconfigCluster>& clusters() const { return m_clusters; }
    const QList<KubeconfigUser>& users() const { return m_users; }
    const QList<KubeconfigContext>& contexts() const { return m_contexts; }
    QString currentContext() const { return m_currentContext; }
    QStringList contextNames() const;

    const KubeconfigCluster* cluster(const QString& name) const;
    const KubeconfigUser* user(const QString& name) const;
    const KubeconfigContext* context(const QString& name) const;

    /// client-go's ConfirmUsable plus validateContext for the context (default: current):
    /// the list of errors, empty when the context can be used.
    QStringList validate(const QString& contextName = {}) const;

    /// Builds the connection of a context (default: current-context). The namespace is
    /// `namespaceOverride` > context.namespace > "default". TLS: only the kubeconfig's CA
    /// when it has one (else the system's), client certificate, tls-server-name,
    /// insecure-skip-tls-verify (flagged), proxy-url. Credentials: token > tokenFile; client
    /// certificate; exec plugin.
    KubeconfigResolution resolve(
        const QString& contextName = {}, const QString& namespaceOverride = {}) const;

private:
    void mergeFrom(const Kubeconfig& other);
    /// The CA (into @p caPem), TLS options and proxy of cluster @p c; an error, or "".
    static QString resolveTls(const KubeconfigCluster& c, KubeConnection& conn, QByteArray* caPem);
    /// The credentials of user @p u (named @p userName): client certificate, token, token
    /// file, exec plugin or auth provider; an error, or "".
    static QString resolveCredentials(const KubeconfigUser& u, const QString& userName,
        const KubeconfigCluster& c, const QByteArray& caPem, KubeConnection& conn);
    static QString authProviderCredentials(const KubeconfigUser& u, Credential base, KubeConnection& conn);

    QStringList m_files;
    QStringList m_loadErrors;
    QList<KubeconfigCluster> m_clusters;
    QList<KubeconfigUser> m_users;
    QList<KubeconfigContext> m_contexts;
    QString m_currentContext;
};

} // namespace ase
