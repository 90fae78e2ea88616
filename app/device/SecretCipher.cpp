// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/device/SecretCipher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtEndian>

#include <openssl/evp.h>
#include <openssl/rsa.h>
#include <openssl/x509.h>

#include <memory>

namespace ase::secretcipher {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ase::secretcipher", text);
}

constexpr QByteArrayView kSalt = "o6806642kbM7c5";
constexpr int kIterations = 1000;

struct Free
{
    void operator()(EVP_CIPHER_CTX* p) const { EVP_CIPHER_CTX_free(p); }
    void operator()(EVP_PKEY_CTX* p) const { EVP_PKEY_CTX_free(p); }
    void operator()(EVP_PKEY* p) const { EVP_PKEY_free(p); }
    void operator()(X509* p) const { X509_free(p); }
};

void setError(QString* error, const QString& text)
{
    if (error)
        *error = text;
}

} // namespace

QByteArray deriveKey(const QString& channelIntegrityKey)
{
    const QByteArray password = channelIntegrityKey.toUtf8();
    QByteArray key(32, '\0');
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
            reinterpret_cast<const unsigned char*>(kSalt.data()), int(kSalt.size()), kIterations, EVP_sha1(),
            int(key.size()), reinterpret_cast<unsigned char*>(key.data()))
        != 1)
        return {};
    return key;
}

std::optional<QByteArray> decryptEncryptionKey(
    const QString& encryptionKey, const QString& channelIntegrityKey, QString* error)
{
    const auto decoded = QByteArray::fromBase64Encoding(encryptionKey.toLatin1());
    const QByteArray data = decoded.decoded;
    if (!decoded || data.size() < 4) {
        setError(error, tr("The device's encryption key is not base64."));
        return std::nullopt;
    }
    const qint32 ivLength = qFromLittleEndian<qint32>(data.constData());
    if (ivLength != 16 || data.size() < 4 + ivLength + 16) {
        setError(error, tr("The device's encryption key does not have the expected form."));
        return std::nullopt;
    }
    const QByteArray iv = data.mid(4, ivLength);
    const QByteArray cipherText = data.mid(4 + ivLength);
    const QByteArray key = deriveKey(channelIntegrityKey);
    std::unique_ptr<EVP_CIPHER_CTX, Free> ctx(EVP_CIPHER_CTX_new());
    QByteArray plain(cipherText.size() + 16, '\0');
    int written = 0;
    int last = 0;
    const bool ok = ctx && !key.isEmpty()
        && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_cbc(), nullptr,
               reinterpret_cast<const unsigned char*>(key.constData()),
               reinterpret_cast<const unsigned char*>(iv.constData()))
            == 1
        && EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()), &written,
               reinterpret_cast<const unsigned char*>(cipherText.constData()), int(cipherText.size()))
            == 1
        && EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()) + written, &last)
            == 1;
    const QString mismatch = tr("The encryption key given for this device does not match it: the device's "
                                "certificate could not be decrypted. Enter the device's encryption key "
                                "again (Azure portal: the device ▸ Device properties ▸ Encryption key).");
    if (!ok) {
        setError(error, mismatch);
        return std::nullopt;
    }
    plain.truncate(written + last);
    const auto certificate = QByteArray::fromBase64Encoding(plain, QByteArray::AbortOnBase64DecodingErrors);
    const unsigned char* p = reinterpret_cast<const unsigned char*>(certificate.decoded.constData());
    std::unique_ptr<X509, Free> x509(
        certificate ? d2i_X509(nullptr, &p, long(certificate.decoded.size())) : nullptr);
    if (!x509) {
        setError(error, mismatch);
        return std::nullopt;
    }
    return certificate.decoded;
}

std::optional<QString> encryptSecret(const QByteArray& certificateDer, const QString& secret, QString* error)
{
    const unsigned char* p = reinterpret_cast<const unsigned char*>(certificateDer.constData());
    std::unique_ptr<X509, Free> x509(d2i_X509(nullptr, &p, long(certificateDer.size())));
    std::unique_ptr<EVP_PKEY, Free> key(x509 ? X509_get_pubkey(x509.get()) : nullptr);
    if (!key || EVP_PKEY_base_id(key.get()) != EVP_PKEY_RSA) {
        setError(error, tr("The device's encryption certificate has no RSA key."));
        return std::nullopt;
    }
    std::unique_ptr<EVP_PKEY_CTX, Free> ctx(EVP_PKEY_CTX_new(key.get(), nullptr));
    const QByteArray plain = secret.toUtf8();
    size_t length = 0;
    if (!ctx || EVP_PKEY_encrypt_init(ctx.get()) != 1
        || EVP_PKEY_CTX_set_rsa_padding(ctx.get(), RSA_PKCS1_PADDING) != 1
        || EVP_PKEY_encrypt(ctx.get(), nullptr, &length,
               reinterpret_cast<const unsigned char*>(plain.constData()), size_t(plain.size()))
            != 1) {
        setError(error, tr("The secret could not be encrypted for the device."));
        return std::nullopt;
    }
    QByteArray out(qsizetype(length), '\0');
    if (EVP_PKEY_encrypt(ctx.get(), reinterpret_cast<unsigned char*>(out.data()), &length,
            reinterpret_cast<const unsigned char*>(plain.constData()), size_t(plain.size()))
        != 1) {
        setError(error, tr("The secret is too long to be encrypted for the device."));
        return std::nullopt;
    }
    out.truncate(qsizetype(length));
    return QString::fromLatin1(out.toBase64());
}

QString thumbprint(const QByteArray& certificateDer)
{
    return QString::fromLatin1(QCryptographicHash::hash(certificateDer, QCryptographicHash::Sha1).toHex())
        .toUpper();
}

QString channelIntegrityKeyFromActivationKey(const QString& activationKey)
{
    const QString head = activationKey.section(u'#', 0, 0).trimmed();
    const auto decoded = QByteArray::fromBase64Encoding(head.toLatin1());
    if (!decoded)
        return {};
    const QJsonObject json = QJsonDocument::fromJson(decoded.decoded).object();
    return json.value(QLatin1StringView("serviceDataIntegrityKey")).toString();
}

} // namespace ase::secretcipher
