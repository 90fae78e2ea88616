// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/arm/DeviceEncryption.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QtEndian>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

namespace ase::demo {

namespace {

struct Free
{
    void operator()(EVP_CIPHER_CTX* p) const { EVP_CIPHER_CTX_free(p); }
    void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
};

QByteArray randomBytes(int size)
{
    QByteArray out(size, '\0');
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(out.data()), size / 4);
    return out;
}

} // namespace

struct DeviceEncryption::Keys
{
    std::unique_ptr<EVP_PKEY, Free> key;
    QByteArray certificateDer;
};

DeviceEncryption::DeviceEncryption(const QString& channelIntegrityKey)
    : m_cik(
        channelIntegrityKey.isEmpty() ? QString::fromLatin1(randomBytes(48).toBase64()) : channelIntegrityKey)
{ }

DeviceEncryption::~DeviceEncryption() = default;

bool DeviceEncryption::setKeyPair(const QByteArray& privateKeyPem, const QByteArray& certificatePem)
{
    auto keys = std::make_unique<Keys>();
    BIO* bio = BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size()));
    keys->key.reset(PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    bio = BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size()));
    std::unique_ptr<X509, Free> cert(PEM_read_bio_X509(bio, nullptr, nullptr, nullptr));
    BIO_free(bio);
    if (!keys->key || !cert)
        return false;
    const int length = i2d_X509(cert.get(), nullptr);
    keys->certificateDer.resize(length);
    unsigned char* p = reinterpret_cast<unsigned char*>(keys->certificateDer.data());
    i2d_X509(cert.get(), &p);
    m_keys = std::move(keys);
    return true;
}

void DeviceEncryption::ensureKey()
{
    if (m_keys)
        return;
    m_keys = std::make_unique<Keys>();
    m_keys->key.reset(EVP_RSA_gen(2048));
    std::unique_ptr<X509, Free> cert(X509_new());
    X509_set_version(cert.get(), 2);
    ASN1_INTEGER_set(
        X509_get_serialNumber(cert.get()), long(QRandomGenerator::global()->bounded(1, 1 << 30)));
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 365L * 24 * 3600);
    X509_set_pubkey(cert.get(), m_keys->key.get());
    X509_NAME* name = X509_get_subject_name(cert.get());
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_ASC,
        reinterpret_cast<const unsigned char*>("ase-demo-device encryption"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    X509_sign(cert.get(), m_keys->key.get(), EVP_sha256());
    const int length = i2d_X509(cert.get(), nullptr);
    m_keys->certificateDer.resize(length);
    unsigned char* p = reinterpret_cast<unsigned char*>(m_keys->certificateDer.data());
    i2d_X509(cert.get(), &p);
}

QString DeviceEncryption::thumbprint()
{
    ensureKey();
    return QString::fromLatin1(
        QCryptographicHash::hash(m_keys->certificateDer, QCryptographicHash::Sha1).toHex())
        .toUpper();
}

QString DeviceEncryption::encryptionKey()
{
    ensureKey();
    const QByteArray password = m_cik.toUtf8();
    static constexpr QByteArrayView salt = "o6806642kbM7c5";
    QByteArray key(32, '\0');
    PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
        reinterpret_cast<const unsigned char*>(salt.data()), int(salt.size()), 1000, EVP_sha1(), 32,
        reinterpret_cast<unsigned char*>(key.data()));
    const QByteArray iv = randomBytes(16);
    const QByteArray plain = m_keys->certificateDer.toBase64();
    QByteArray cipher(plain.size() + 32, '\0');
    int written = 0;
    int last = 0;
    std::unique_ptr<EVP_CIPHER_CTX, Free> ctx(EVP_CIPHER_CTX_new());
    EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr,
        reinterpret_cast<const unsigned char*>(key.constData()),
        reinterpret_cast<const unsigned char*>(iv.constData()));
    EVP_EncryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(cipher.data()), &written,
        reinterpret_cast<const unsigned char*>(plain.constData()), int(plain.size()));
    EVP_EncryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(cipher.data()) + written, &last);
    cipher.truncate(written + last);
    QByteArray packed(4, '\0');
    qToLittleEndian<qint32>(qint32(iv.size()), packed.data());
    packed += iv + cipher;
    return QString::fromLatin1(packed.toBase64());
}

std::optional<QString> DeviceEncryption::decrypt(const QString& value)
{
    ensureKey();
    const auto decoded
        = QByteArray::fromBase64Encoding(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    std::unique_ptr<EVP_PKEY_CTX, Free> ctx(EVP_PKEY_CTX_new(m_keys->key.get(), nullptr));
    size_t length = 0;
    const auto* in = reinterpret_cast<const unsigned char*>(decoded.decoded.constData());
    const size_t inLength = size_t(decoded.decoded.size());
    if (!ctx || EVP_PKEY_decrypt_init(ctx.get()) != 1
        || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1)
        return std::nullopt;
    // OpenSSL 3.2+ answers a bad padding with random bytes (implicit rejection); a device says no.
    EVP_PKEY_CTX_ctrl_str(ctx.get(), "rsa_pkcs1_implicit_rejection", "0");
    if (EVP_PKEY_decrypt(ctx.get(), nullptr, &length, in, inLength) != 1)
        return std::nullopt;
    QByteArray out(qsizetype(length), '\0');
    if (EVP_PKEY_decrypt(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &length, in, inLength) != 1)
        return std::nullopt;
    out.truncate(qsizetype(length));
    return QString::fromUtf8(out);
}

} // namespace ase::demo
