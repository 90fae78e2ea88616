// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace ase::demo {

/// The demo device's side of secret encryption (reference/azure-stack-edge.md §1.12): its
/// channel integrity key (the "encryption key" an administrator gives the app once), an RSA
/// key pair with a self-signed certificate, the certificate wrapped for `getExtendedInformation`
/// (base64 of [int32 LE IV length][IV][AES-256-CBC of the base64 certificate], the key
/// PBKDF2-HMAC-SHA1 of the channel integrity key, salt "o6806642kbM7c5", 1000 iterations)
/// and the RSA PKCS#1 v1.5 decryption of what clients send. The key pair is made on first
/// use (RSA-2048 takes a moment).
class DeviceEncryption final
{
    Q_DISABLE_COPY_MOVE(DeviceEncryption)

public:
    /// `channelIntegrityKey` empty: a random one.
    explicit DeviceEncryption(const QString& channelIntegrityKey = {});
    ~DeviceEncryption();

    QString channelIntegrityKey() const { return m_cik; }
    /// Uses this key pair (PEM private key and certificate) instead of a generated one;
    /// false when they do not load. For tests with fixed vectors.
    bool setKeyPair(const QByteArray& privateKeyPem, const QByteArray& certificatePem);
    /// `properties.encryptionKey` of getExtendedInformation (a fresh IV each call).
    QString encryptionKey();
    /// SHA-1 of the certificate, upper-case hex.
    QString thumbprint();
    /// The secret of an AsymmetricEncryptedSecret's `value`; nullopt when it does not decrypt.
    std::optional<QString> decrypt(const QString& value);

private:
    void ensureKey();

    struct Keys;
    QString m_cik;
    std::unique_ptr<Keys> m_keys;
};

} // namespace ase::demo
