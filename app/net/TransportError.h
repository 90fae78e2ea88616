// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QSslConfiguration>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

class QNetworkReply;
class QSslError;

namespace ase {

/// A request that got no HTTP answer, described for a person: what failed (TLS with what
/// did not match, refused connection, unknown host, timeout...) in one sentence, plus the
/// technical detail. Shared by the Kubernetes client and the device (ARM) client.
struct TransportFailure
{
    Q_DECLARE_TR_FUNCTIONS(ase::TransportFailure)

public:
    enum class Kind {
        Connection, ///< refused, host not found, closed, proxy failure
        Tls, ///< the TLS handshake failed
        Timeout, ///< no answer within the request's timeout
        Canceled, ///< aborted by its owner
    };

    /// Which connection settings the sentences point the user to.
    enum class Origin {
        Kubeconfig, ///< a Kubernetes cluster from a kubeconfig (kubectl's wording)
        DeviceProfile, ///< a device's ARM endpoint from the device connection profile
    };

    /// What the failed request was sent to.
    struct Target
    {
        QUrl server;
        Origin origin = Origin::Kubeconfig;
        /// The name the server's certificate must carry (tls-server-name), else the host.
        QString tlsServerName;
        /// The CA certificates the connection trusts; empty = the system's.
        QList<QSslCertificate> caCertificates;
        std::chrono::milliseconds timeout {30000};
    };

    Kind kind = Kind::Connection;
    QString text; ///< the sentence to show
    QString detail; ///< Qt's error string, for the details pane

    /// Describes why `reply` (which may be null) ended without an HTTP status.
    static TransportFailure describe(
        const Target& target, const QNetworkReply* reply, const QList<QSslError>& sslErrors, bool timedOut);
    /// "host:port" of a URL (port defaulted by scheme).
    static QString hostPort(const QUrl& url);

private:
    /// Why the server's certificate chain is not trusted, naming where the trusted
    /// authorities come from (the system, the device profile or the kubeconfig).
    static QString untrustedReason(const Target& target, const QString& issuer);
    /// Why the server's certificate was not accepted, one reason per error, without repeats.
    static QStringList tlsReasons(const Target& target, const QList<QSslError>& sslErrors);
};

} // namespace ase
