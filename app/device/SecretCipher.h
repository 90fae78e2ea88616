// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

/// How secrets (share user passwords, storage account keys) are encrypted for an Azure
/// Stack Edge device (reference/azure-stack-edge.md §1.12), as the Azure SDK's
/// GetAsymmetricEncryptedSecret does:
///
/// 1. `getExtendedInformation` gives `encryptionKey` and `encryptionKeyThumbprint`;
/// 2. `encryptionKey` is base64 of [int32 LE IV length][IV][AES-256-CBC ciphertext] whose key
///    is PBKDF2-HMAC-SHA1(channel integrity key, salt "o6806642kbM7c5", 1000 iterations,
///    32 bytes); the plaintext is a base64 X.509 certificate;
/// 3. the secret (UTF-8) is RSA PKCS#1 v1.5-encrypted with that certificate's public key and
///    base64'd.
///
/// Nothing here logs or keeps a secret.
namespace ase::secretcipher {

/// The AES key derived from the channel integrity key (32 bytes).
QByteArray deriveKey(const QString& channelIntegrityKey);

/// Step 2: the device's certificate (DER) from its `encryptionKey`; nullopt with `error`
/// set (a sentence) when the key does not decrypt it (wrong channel integrity key).
std::optional<QByteArray> decryptEncryptionKey(
    const QString& encryptionKey, const QString& channelIntegrityKey, QString* error = nullptr);

/// Step 3: base64 of the RSA PKCS#1 v1.5 encryption of `secret` (UTF-8) with the public
/// key of `certificateDer`; nullopt with `error` set when the certificate is not usable.
std::optional<QString> encryptSecret(
    const QByteArray& certificateDer, const QString& secret, QString* error = nullptr);

/// The SHA-1 thumbprint of a DER certificate, upper-case hex (as Windows shows it).
QString thumbprint(const QByteArray& certificateDer);

/// The channel integrity key inside a device activation key: base64 JSON before the '#',
/// its `serviceDataIntegrityKey`; empty when the text is not an activation key.
QString channelIntegrityKeyFromActivationKey(const QString& activationKey);

} // namespace ase::secretcipher
