// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/TlsIdentity.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace ase::demo {

namespace {

struct Deleter
{
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
    void operator()(BIO* p) const { BIO_free(p); }
    void operator()(X509_EXTENSION* p) const { X509_EXTENSION_free(p); }
};
using KeyPtr = std::unique_ptr<EVP_PKEY, Deleter>;
using CertPtr = std::unique_ptr<X509, Deleter>;
using BioPtr = std::unique_ptr<BIO, Deleter>;
using ExtPtr = std::unique_ptr<X509_EXTENSION, Deleter>;

KeyPtr generateKey()
{
    return KeyPtr(EVP_EC_gen("P-256"));
}

bool addExtension(X509* cert, X509* issuer, int nid, const QByteArray& value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    ExtPtr ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData()));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

CertPtr makeCertificate(EVP_PKEY* key, const QByteArray& commonName, X509* issuer, EVP_PKEY* issuerKey,
    const QList<std::pair<int, QByteArray>>& extensions)
{
    CertPtr cert(X509_new());
    if (!cert)
        return {};
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM* bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 365L * 24 * 3600);
    X509_set_pubkey(cert.get(), key);
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(
        name, "O", MBSTRING_ASC, reinterpret_cast<const unsigned char*>("ASE demo device"), -1, -1, 0);
    X509_NAME_add_entry_by_txt(
        name, "CN", MBSTRING_ASC, reinterpret_cast<const unsigned char*>(commonName.constData()), -1, -1, 0);
    X509* signer = issuer ? issuer : cert.get();
    X509_set_issuer_name(cert.get(), X509_get_subject_name(signer));
    for (const auto& [nid, value] : extensions) {
        if (!addExtension(cert.get(), signer, nid, value))
            return {};
    }
    if (X509_sign(cert.get(), issuerKey ? issuerKey : key, EVP_sha256()) <= 0)
        return {};
    return cert;
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, static_cast<qsizetype>(size));
}

QByteArray certPem(X509* cert)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_X509(bio.get(), cert);
    return bioBytes(bio.get());
}

QByteArray privateKeyPem(EVP_PKEY* key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr);
    return bioBytes(bio.get());
}

} // namespace

QSslCertificate TlsIdentity::caCertificate() const
{
    return QSslCertificate(caPem, QSsl::Pem);
}

QSslCertificate TlsIdentity::certificate() const
{
    return QSslCertificate(certificatePem, QSsl::Pem);
}

QSslKey TlsIdentity::key() const
{
    return QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
}

TlsIdentity TlsIdentity::generate(const QStringList& dnsNames, const QStringList& ipAddresses, QString* error)
{
    const auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return TlsIdentity {};
    };
    KeyPtr caKey = generateKey();
    KeyPtr serverKey = generateKey();
    if (!caKey || !serverKey)
        return fail(u"could not generate an EC key"_s);
    CertPtr ca = makeCertificate(caKey.get(), "ase-demo-ca", nullptr, nullptr,
        {{NID_basic_constraints, "critical,CA:TRUE"},
            {NID_key_usage, "critical,keyCertSign,cRLSign,digitalSignature"},
            {NID_subject_key_identifier, "hash"}});
    if (!ca)
        return fail(u"could not create the CA certificate"_s);
    QStringList san;
    for (const QString& dns : dnsNames)
        san.append(u"DNS:"_s + dns);
    for (const QString& ip : ipAddresses)
        san.append(u"IP:"_s + ip);
    CertPtr server = makeCertificate(serverKey.get(), "ase-demo-apiserver", ca.get(), caKey.get(),
        {{NID_basic_constraints, "critical,CA:FALSE"},
            {NID_key_usage, "critical,digitalSignature,keyEncipherment"}, {NID_ext_key_usage, "serverAuth"},
            {NID_authority_key_identifier, "keyid:always"},
            {NID_subject_alt_name, san.join(u',').toLatin1()}});
    if (!server)
        return fail(u"could not create the server certificate"_s);
    return TlsIdentity {certPem(ca.get()), certPem(server.get()), privateKeyPem(serverKey.get())};
}

} // namespace ase::demo
