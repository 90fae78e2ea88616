// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>
#include <QStringList>

namespace ase::demo {

/// A throw-away certificate authority and a server certificate signed by it, generated at
/// start with OpenSSL's libcrypto (EC P-256, SHA-256; CA basicConstraints CA:TRUE; server
/// subjectAltName with the given DNS names and IP addresses, extendedKeyUsage serverAuth),
/// valid from one hour ago for one year.
struct TlsIdentity
{
    QByteArray caPem; ///< the CA certificate (what kubeconfig carries, base64'd)
    QByteArray certificatePem; ///< the server certificate
    QByteArray keyPem; ///< the server's private key (PKCS#8 PEM)

    QSslCertificate caCertificate() const;
    QSslCertificate certificate() const;
    QSslKey key() const;
    bool isValid() const { return !caPem.isEmpty() && !certificatePem.isEmpty() && !keyPem.isEmpty(); }

    /// Generates CA + server certificate; returns an invalid identity and sets @p error
    /// when OpenSSL fails.
    static TlsIdentity generate(
        const QStringList& dnsNames, const QStringList& ipAddresses, QString* error = nullptr);
};

} // namespace ase::demo
