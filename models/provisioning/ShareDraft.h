// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/Share.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// A device share to create (the Add-share wizard and `share create`): the draft, the
/// checks and the ARM request body, pure functions of it.
namespace ase::provisioning {

struct ShareUserRight
{
    QString user; ///< the device user's name
    QString access = QStringLiteral("Change"); ///< "Change" or "Read"
    bool operator==(const ShareUserRight&) const = default;
};

struct ShareClientRight
{
    QString client; ///< an IPv4 or IPv6 address
    QString permission = QStringLiteral("ReadWrite"); ///< "ReadWrite", "ReadOnly" or "NoAccess"
    bool operator==(const ShareClientRight&) const = default;
};

/// A device user to create (`share user add`, the wizard's "new user", the Users pane).
/// The password is a secret: it is never put in a preview, a log or a file.
struct UserDraft
{
    QString name;
    QString password;
    QString confirmation; ///< the wizard's second entry; the command line sets it = password
    bool operator==(const UserDraft&) const = default;
};

/// A storage account credential to create (`share credential add`, the wizard's "add one").
/// The account key is a secret.
struct CredentialDraft
{
    QString alias; ///< the credential's name on the device
    QString accountName; ///< the Azure storage account
    QString accountKey;
    bool ssl = true;
    QString accountType = QStringLiteral("GeneralPurposeStorage"); ///< or "BlobStorage"
    bool operator==(const CredentialDraft&) const = default;
};

struct ShareDraft
{
    QString name;
    QString description;
    bool nfs = false; ///< NFS, else SMB
    bool cloud = false; ///< dataPolicy Cloud (tiered to Azure), else Local
    QString storageAccountCredential; ///< cloud: the SAC's name on the device
    QString dataFormat = QStringLiteral("BlockBlob"); ///< "BlockBlob", "PageBlob" or "AzureFile"
    QString container; ///< cloud: empty = the share's name
    QList<ShareUserRight> users; ///< SMB
    QList<ShareClientRight> clients; ///< NFS
    bool computeMount = true; ///< "Use the share with Edge compute"
    /// SMB: a user to create first and give `newUserAccess` (the user is then one of `users`).
    std::optional<UserDraft> newUser;
    QString newUserAccess = QStringLiteral("Change");
    /// Cloud: a storage account credential to create first (its alias is then
    /// `storageAccountCredential`).
    std::optional<CredentialDraft> newCredential;

    QString effectiveContainer() const { return container.isEmpty() ? name : container; }
    bool operator==(const ShareDraft&) const = default;
};

/// What the share checks know of the device.
struct ShareContext
{
    QList<Share> shares;
    QStringList users; ///< the device's user names
    QStringList credentials; ///< the device's storage account credential names
    bool known = true; ///< the lists were read
};

inline constexpr int kMaxShares = 24; ///< the device's limit

struct ShareCheck
{
    enum class Field : quint8 { Name, Storage, Access, Compute };
    Field field = Field::Name;
    QString message;
    bool error = true;
};

/// The draft of an existing share (Edit access: the same checks and body, access changed).
ShareDraft draftFromShare(const Share& share);

/// The checks of a share draft, with their messages (a new user or credential included).
QList<ShareCheck> checkShareDraft(const ShareDraft& draft, const ShareContext& context);
/// The checks of a user to create (field Access): name rule, unique, password rule, confirmation.
QList<ShareCheck> checkUserDraft(const UserDraft& draft, const QStringList& existingUsers);
/// The checks of a credential to create (field Storage): alias, account name, key.
QList<ShareCheck> checkCredentialDraft(const CredentialDraft& draft, const QStringList& existingCredentials);
/// The users (SMB) and credential (cloud) a share uses, by name: what deleting them breaks.
QStringList sharesUsingUser(const QList<Share>& shares, const QString& user);
QStringList sharesUsingCredential(const QList<Share>& shares, const QString& credential);

/// What previews and `--dry-run=client` show for a secret: `{"value": "••••",
/// "encryptionAlgorithm": "AES256", "encryptionCertThumbprint": "••••"}`.
QJsonObject maskedSecret();
/// An AsymmetricEncryptedSecret as the Azure SDK sends it (reference §1.12, algorithm "AES256").
QJsonObject encryptedSecret(const QString& value, const QString& thumbprint);
/// The PUT body of a share user; `encryptedPassword` from encryptedSecret() or maskedSecret().
QJsonObject userRequestBody(const QJsonObject& encryptedPassword);
/// The PUT body of a storage account credential; `encryptedKey` likewise.
QJsonObject credentialRequestBody(const CredentialDraft& draft, const QJsonObject& encryptedKey);

/// One request to the device, for previews: method, path under the device, body.
struct DeviceRequest
{
    QString method; ///< "PUT"
    QString path; ///< "users/alice", "shares/share1"
    QJsonObject body; ///< secrets masked
};
/// Every request the share draft makes, in order (new credential, new user, the share),
/// secrets masked.
QList<DeviceRequest> shareRequests(const ShareDraft& draft, const QString& deviceId);
/// The PUT body `{"properties": {...}}`; resource ids under @p deviceId (the ARM id of the
/// device, e.g. /subscriptions/…/dataBoxEdgeDevices/dev1).
QJsonObject shareRequestBody(const ShareDraft& draft, const QString& deviceId);

} // namespace ase::provisioning
