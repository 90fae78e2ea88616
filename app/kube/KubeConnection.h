// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/kube/CredentialProvider.h"

#include <QNetworkProxy>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>
#include <optional>

namespace ase {

/// A kubeconfig context resolved into everything needed to talk to its cluster. Produced by
/// Kubeconfig::resolve() (or built by hand, e.g. by tests). Holds no secrets in clear
/// other than inside the credential provider and the SSL configuration.
struct KubeConnection
{
    QString contextName;
    QString clusterName;
    QString userName;
    QString defaultNamespace = QStringLiteral("default"); ///< context.namespace or "default"

    QUrl server; ///< "https://host:6443" (may carry a path prefix)

    /// TLS: CA certificates (only the kubeconfig's CA when it names one, else the system's),
    /// peer verification mode, protocol. A static client certificate is in the provider.
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    /// tls-server-name: used for SNI and the certificate name check instead of the host.
    QString tlsServerName;
    /// insecure-skip-tls-verify: the server's certificate is not checked. The UI must show
    /// this as unsafe.
    bool insecureSkipTlsVerify = false;
    /// proxy-url (http, https or socks5); nullopt = the application's default proxy.
    std::optional<QNetworkProxy> proxy;

    /// Token, certificate or exec plugin; null = anonymous.
    std::shared_ptr<CredentialProvider> credentials;

    /// Things the user should know that did not prevent the connection (e.g. that the
    /// server's certificate is not verified).
    QStringList warnings;

    bool isValid() const { return server.isValid() && !server.host().isEmpty(); }
};

} // namespace ase
