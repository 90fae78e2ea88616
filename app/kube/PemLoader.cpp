// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/kube/PemLoader.h"

using namespace Qt::StringLiterals;

namespace ase {

QList<QSslCertificate> loadPemCertificates(const QByteArray& pem)
{
    return QSslCertificate::fromData(pem, QSsl::Pem);
}

QSslKey loadPemPrivateKey(const QByteArray& pem)
{
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            return key;
    }
    return {};
}

std::pair<QList<QSslCertificate>, QSslKey> loadClientKeyPair(
    const QByteArray& certPem, const QByteArray& keyPem, QString* error)
{
    const QList<QSslCertificate> chain = loadPemCertificates(certPem);
    if (chain.isEmpty()) {
        *error = u"tls: failed to find any PEM data in certificate input"_s;
        return {};
    }
    if (!keyPem.contains("-----BEGIN")) {
        *error = u"tls: failed to find any PEM data in key input"_s;
        return {};
    }
    const QSslKey key = loadPemPrivateKey(keyPem);
    if (key.isNull()) {
        *error = u"tls: failed to parse private key"_s;
        return {};
    }
    error->clear();
    return {chain, key};
}

} // namespace ase
