// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <utility>

namespace ase {

/// All certificates of a PEM bundle (CA files hold several); empty if none parse.
QList<QSslCertificate> loadPemCertificates(const QByteArray& pem);

/// A PEM private key: PKCS#1 RSA, SEC1 EC or PKCS#8 of either. Null if it does not parse.
QSslKey loadPemPrivateKey(const QByteArray& pem);

/// A client certificate chain and its key, as Go's tls.X509KeyPair reads them. On failure
/// `error` gets Go's wording ("tls: failed to find any PEM data in certificate input").
std::pair<QList<QSslCertificate>, QSslKey> loadClientKeyPair(
    const QByteArray& certPem, const QByteArray& keyPem, QString* error);

} // namespace ase
