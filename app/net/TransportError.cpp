// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/net/TransportError.h"

#include "app/net/RedirectGuard.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslError>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

/// The names a certificate is valid for, as Go lists them in "x509: certificate is valid for".
QStringList certificateNames(const QSslCertificate& cert)
{
    QStringList names;
    const auto alt = cert.subjectAlternativeNames();
    for (auto it = alt.cbegin(); it != alt.cend(); ++it) {
        if (it.key() == QSsl::DnsEntry || it.key() == QSsl::IpAddressEntry)
            names.append(it.value());
    }
    if (names.isEmpty())
        names = cert.subjectInfo(QSslCertificate::CommonName);
    return names;
}

TransportFailure make(TransportFailure::Kind kind, const QString& text, const QString& detail)
{
    return {kind, text, detail};
}

} // namespace

QString TransportFailure::untrustedReason(const Target& target, const QString& issuer)
{
    if (target.caCertificates.isEmpty())
        return tr("the server's certificate (issued by \"%1\") is not signed by an authority "
                  "this system trusts")
            .arg(issuer);
    if (target.origin == Origin::DeviceProfile)
        return tr("the server's certificate (issued by \"%1\") is not signed by the "
                  "certificate authority of the device profile")
            .arg(issuer);
    return tr("the server's certificate (issued by \"%1\") is not signed by the "
              "certificate authority of the kubeconfig")
        .arg(issuer);
}

QString TransportFailure::hostPort(const QUrl& url)
{
    const int port = url.port(url.scheme() == u"http" ? 80 : 443);
    return url.host() + u':' + QString::number(port);
}

QStringList TransportFailure::tlsReasons(const Target& target, const QList<QSslError>& sslErrors)
{
    const QString expectedName = target.tlsServerName.isEmpty() ? target.server.host() : target.tlsServerName;
    QStringList reasons;
    for (const QSslError& e : sslErrors) {
        const QSslCertificate cert = e.certificate();
        switch (e.error()) {
        case QSslError::HostNameMismatch:
            reasons << tr("the server's certificate is valid for %1, not for %2")
                           .arg(certificateNames(cert).join(u", "), expectedName);
            break;
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::SelfSignedCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
        case QSslError::UnableToVerifyFirstCertificate:
            reasons << untrustedReason(target, cert.isNull() ? QString() : cert.issuerDisplayName());
            break;
        case QSslError::CertificateExpired:
            reasons
                << tr("the server's certificate expired on %1").arg(cert.expiryDate().toString(Qt::ISODate));
            break;
        case QSslError::CertificateNotYetValid:
            reasons << tr("the server's certificate is not valid before %1")
                           .arg(cert.effectiveDate().toString(Qt::ISODate));
            break;
        default:
            reasons << e.errorString();
            break;
        }
    }
    reasons.removeDuplicates();
    return reasons;
}

TransportFailure TransportFailure::describe(
    const Target& target, const QNetworkReply* reply, const QList<QSslError>& sslErrors, bool timedOut)
{
    const QString server = hostPort(target.server);
    const bool device = target.origin == Origin::DeviceProfile;
    if (timedOut) {
        return make(Kind::Timeout,
            tr("The server %1 did not answer within %2 seconds.")
                .arg(server)
                .arg(std::chrono::duration_cast<std::chrono::seconds>(target.timeout).count()),
            {});
    }
    if (const QUrl refused = RedirectGuard::refusedRedirect(reply); !refused.isEmpty()) {
        const QString other
            = refused.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment).toString();
        return make(Kind::Connection,
            device ? tr("The device endpoint %1 redirected the request to %2, another server. The request "
                        "was not sent there, so the sign-in token stays with %1. Check the ARM endpoint of "
                        "the device profile.")
                         .arg(server, other)
                   : tr("The server %1 redirected the request to %2, another server. The request was not "
                        "sent there, so the credentials stay with %1. Check the server address in the "
                        "kubeconfig.")
                         .arg(server, other),
            tr("redirect to another origin refused: %1").arg(other));
    }
    const QString detail = reply ? reply->errorString() : QString();
    const QNetworkReply::NetworkError code = reply ? reply->error() : QNetworkReply::UnknownNetworkError;

    if (!sslErrors.isEmpty() || code == QNetworkReply::SslHandshakeFailedError) {
        QStringList reasons = tlsReasons(target, sslErrors);
        if (reasons.isEmpty())
            reasons << detail;
        return make(Kind::Tls,
            tr("The TLS connection to %1 could not be verified: %2.", "%1 is host:port, %2 the reasons")
                .arg(server, reasons.join(u"; ")),
            detail);
    }

    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        if (device)
            return make(Kind::Connection,
                tr("The connection to %1 was refused. Check the ARM endpoint of the device profile "
                   "and that the device is reachable.")
                    .arg(server),
                detail);
        // kubectl's own words.
        return make(Kind::Connection,
            u"The connection to the server %1 was refused - did you specify the right host or port?"_s.arg(
                server),
            detail);
    case QNetworkReply::HostNotFoundError:
        return make(Kind::Connection,
            device ? tr("The server name %1 could not be resolved. Check the ARM endpoint of the device "
                        "profile and your network.")
                         .arg(target.server.host())
                   : tr("The server name %1 could not be resolved. Check the server address in the "
                        "kubeconfig and your network.")
                         .arg(target.server.host()),
            detail);
    case QNetworkReply::TimeoutError:
        return make(Kind::Timeout, tr("The connection to the server %1 timed out.").arg(server), detail);
    case QNetworkReply::RemoteHostClosedError:
        return make(
            Kind::Connection, tr("The server %1 closed the connection unexpectedly.").arg(server), detail);
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return make(
            Kind::Connection, tr("The proxy for %1 could not be used: %2").arg(server, detail), detail);
    case QNetworkReply::OperationCanceledError:
        return make(Kind::Canceled, tr("The request was canceled."), detail);
    default:
        return make(Kind::Connection, tr("Could not reach the server %1: %2").arg(server, detail), detail);
    }
}

} // namespace ase
