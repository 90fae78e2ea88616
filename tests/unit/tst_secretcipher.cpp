// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The secret encryption of reference/azure-stack-edge.md §1.12 against vectors made with the
// openssl CLI (tests/data/encryption/make-vectors.sh): PBKDF2 of the channel integrity key,
// the AES-CBC unwrapping of the device's certificate, RSA PKCS#1 v1.5 of a secret that the
// vector's private key decrypts; and the demo device's side (its wrapping, and its
// decryption of what openssl encrypted).

#include "app/demo/arm/DeviceEncryption.h"
#include "app/device/SecretCipher.h"

#include <QFile>
#include <QTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

using namespace Qt::StringLiterals;
using namespace ase;

namespace {

QByteArray vector(const QString& name)
{
    QFile file(QStringLiteral(ASE_TEST_DATA_DIR) + u"/encryption/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test vector %s", qPrintable(name));
    return file.readAll();
}

/// Decrypts with the vector's private key (what the device does).
QByteArray decryptWithVectorKey(const QByteArray& cipherText)
{
    const QByteArray pem = vector(u"device-key.pem"_s);
    BIO* bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    EVP_PKEY* key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, nullptr);
    BIO_free(bio);
    EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new(key, nullptr);
    QByteArray out(512, '\0');
    size_t length = size_t(out.size());
    const bool ok = EVP_PKEY_decrypt_init(ctx) == 1
        && EVP_PKEY_CTX_set_rsa_padding(ctx, RSA_PKCS1_PADDING) == 1
        && EVP_PKEY_decrypt(ctx, reinterpret_cast<unsigned char*>(out.data()), &length,
               reinterpret_cast<const unsigned char*>(cipherText.constData()), size_t(cipherText.size()))
            == 1;
    EVP_PKEY_CTX_free(ctx);
    EVP_PKEY_free(key);
    return ok ? out.left(qsizetype(length)) : QByteArray();
}

} // namespace

class TestSecretCipher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pbkdf2MatchesOpenssl();
    void unwrapsTheCertificateOpensslWrapped();
    void wrongKeyIsSaidPlainly();
    void rsaPkcs1DecryptsWithTheDeviceKey();
    void thumbprintIsTheSha1Fingerprint();
    void activationKeyCarriesTheChannelIntegrityKey();
    void demoDeviceDecryptsWhatOpensslEncrypted();
    void demoDeviceRoundTrip();
};

void TestSecretCipher::pbkdf2MatchesOpenssl()
{
    const QString cik = QString::fromUtf8(vector(u"cik.txt"_s));
    QCOMPARE(secretcipher::deriveKey(cik).toHex().toUpper(), vector(u"pbkdf2-key.hex"_s).toUpper());
}

void TestSecretCipher::unwrapsTheCertificateOpensslWrapped()
{
    QString error;
    const std::optional<QByteArray> der
        = secretcipher::decryptEncryptionKey(QString::fromLatin1(vector(u"encryption-key.b64"_s)),
            QString::fromUtf8(vector(u"cik.txt"_s)), &error);
    QVERIFY2(der, qPrintable(error));
    QCOMPARE(der->toBase64(), vector(u"cert.b64"_s));
}

void TestSecretCipher::wrongKeyIsSaidPlainly()
{
    QString error;
    QVERIFY(!secretcipher::decryptEncryptionKey(
        QString::fromLatin1(vector(u"encryption-key.b64"_s)), u"not the device's key"_s, &error));
    QVERIFY2(error.contains(u"does not match"_s), qPrintable(error));
    QVERIFY(!secretcipher::decryptEncryptionKey(u"%%%"_s, u"k"_s, &error));
}

void TestSecretCipher::rsaPkcs1DecryptsWithTheDeviceKey()
{
    const QByteArray der = QByteArray::fromBase64(vector(u"cert.b64"_s));
    QString error;
    const std::optional<QString> first = secretcipher::encryptSecret(der, u"S3cret-Pa55!"_s, &error);
    QVERIFY2(first, qPrintable(error));
    QCOMPARE(QByteArray::fromBase64(first->toLatin1()).size(), 256); // RSA-2048
    QCOMPARE(decryptWithVectorKey(QByteArray::fromBase64(first->toLatin1())), "S3cret-Pa55!"_ba);
    // PKCS#1 v1.5 pads at random: the same secret encrypts differently each time.
    const std::optional<QString> second = secretcipher::encryptSecret(der, u"S3cret-Pa55!"_s);
    QVERIFY(second && *second != *first);
    // UTF-8.
    const std::optional<QString> unicode = secretcipher::encryptSecret(der, u"pässwörd-日本"_s);
    QCOMPARE(QString::fromUtf8(decryptWithVectorKey(QByteArray::fromBase64(unicode->toLatin1()))),
        u"pässwörd-日本"_s);
    QVERIFY(!secretcipher::encryptSecret("not a certificate"_ba, u"x"_s, &error));
}

void TestSecretCipher::thumbprintIsTheSha1Fingerprint()
{
    QCOMPARE(secretcipher::thumbprint(QByteArray::fromBase64(vector(u"cert.b64"_s))),
        QString::fromLatin1(vector(u"thumbprint.txt"_s)));
}

void TestSecretCipher::activationKeyCarriesTheChannelIntegrityKey()
{
    const QByteArray json = R"({"serviceDataIntegrityKey":"cik-123","resourceId":"x"})";
    QCOMPARE(
        secretcipher::channelIntegrityKeyFromActivationKey(QString::fromLatin1(json.toBase64()) + u"#abc"_s),
        u"cik-123"_s);
    QCOMPARE(secretcipher::channelIntegrityKeyFromActivationKey(u"nonsense"_s), QString());
}

void TestSecretCipher::demoDeviceDecryptsWhatOpensslEncrypted()
{
    demo::DeviceEncryption device(QString::fromUtf8(vector(u"cik.txt"_s)));
    QVERIFY(!device.decrypt(QString::fromLatin1(vector(u"secret-rsa.b64"_s)))); // not its (generated) key
    QVERIFY(device.setKeyPair(vector(u"device-key.pem"_s), vector(u"device-cert.pem"_s)));
    QCOMPARE(device.decrypt(QString::fromLatin1(vector(u"secret-rsa.b64"_s))),
        std::optional<QString>(QString::fromUtf8(vector(u"secret.txt"_s))));
    QCOMPARE(device.thumbprint(), QString::fromLatin1(vector(u"thumbprint.txt"_s)));
    // What it serves unwraps, with the client's code, to the vector's certificate.
    const std::optional<QByteArray> der
        = secretcipher::decryptEncryptionKey(device.encryptionKey(), QString::fromUtf8(vector(u"cik.txt"_s)));
    QVERIFY(der);
    QCOMPARE(der->toBase64(), vector(u"cert.b64"_s));
}

void TestSecretCipher::demoDeviceRoundTrip()
{
    demo::DeviceEncryption device(u"the-demo-cik"_s);
    QString error;
    const std::optional<QByteArray> der
        = secretcipher::decryptEncryptionKey(device.encryptionKey(), u"the-demo-cik"_s, &error);
    QVERIFY2(der, qPrintable(error));
    QCOMPARE(secretcipher::thumbprint(*der), device.thumbprint());
    // A fresh IV each time, the same certificate.
    QVERIFY(device.encryptionKey() != device.encryptionKey());
    const std::optional<QString> value = secretcipher::encryptSecret(*der, u"Edge-Pa55word"_s);
    QVERIFY(value);
    QCOMPARE(device.decrypt(*value), std::optional<QString>(u"Edge-Pa55word"_s));
    QVERIFY(!device.decrypt(u"AAAA"_s));
    QVERIFY(!secretcipher::decryptEncryptionKey(device.encryptionKey(), u"another key"_s));
}

QTEST_GUILESS_MAIN(TestSecretCipher)
#include "tst_secretcipher.moc"
