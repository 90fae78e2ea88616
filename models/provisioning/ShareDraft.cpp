// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/provisioning/ShareDraft.h"

#include "models/provisioning/ProvisioningText.h"
#include "models/resources/Names.h"

#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>

#include <arpa/inet.h>

using namespace Qt::StringLiterals;

namespace ase::provisioning {

namespace {

/// A single IPv4 or IPv6 address, as the device's allow-list takes them (no ranges).
bool validIp(const QString& text)
{
    const QByteArray bytes = text.toLatin1();
    unsigned char buffer[16];
    return inet_pton(AF_INET, bytes.constData(), buffer) == 1
        || inet_pton(AF_INET6, bytes.constData(), buffer) == 1;
}

} // namespace

QList<ShareCheck> checkUserDraft(const UserDraft& draft, const QStringList& existingUsers)
{
    QList<ShareCheck> out;
    const auto error = [&out](const QString& message) {
        out.append({ShareCheck::Field::Access, message, true});
    };
    static const QRegularExpression namePattern(u"^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?$"_s);
    if (draft.name.isEmpty())
        error(Text::tr("Give the new user a name."));
    else if (!namePattern.match(draft.name).hasMatch())
        error(Text::tr(
            "User name %1: use 1 to 64 letters, digits, periods, hyphens and underscores, starting and "
            "ending with a letter or a digit.")
                  .arg(draft.name));
    else if (std::any_of(existingUsers.cbegin(), existingUsers.cend(),
                 [&draft](const QString& u) { return u.compare(draft.name, Qt::CaseInsensitive) == 0; }))
        error(Text::tr("The device has a user named %1 already; choose it among the existing users.")
                  .arg(draft.name));
    const QString& p = draft.password;
    const int classes = int(std::any_of(p.cbegin(), p.cend(), [](QChar c) { return c.isUpper(); }))
        + int(std::any_of(p.cbegin(), p.cend(), [](QChar c) { return c.isLower(); }))
        + int(std::any_of(p.cbegin(), p.cend(), [](QChar c) { return c.isDigit(); }))
        + int(std::any_of(p.cbegin(), p.cend(), [](QChar c) { return !c.isLetterOrNumber(); }));
    if (p.isEmpty())
        error(Text::tr("Give the new user a password."));
    else if (p.size() < 8 || p.size() > 16 || classes < 3)
        error(
            Text::tr("The password must have 8 to 16 characters from three of: uppercase letters, lowercase "
                     "letters, digits, special characters."));
    else if (draft.confirmation != draft.password)
        error(Text::tr("The two passwords differ; type the same password twice."));
    return out;
}

QList<ShareCheck> checkCredentialDraft(const CredentialDraft& draft, const QStringList& existingCredentials)
{
    QList<ShareCheck> out;
    const auto error = [&out](const QString& message) {
        out.append({ShareCheck::Field::Storage, message, true});
    };
    static const QRegularExpression aliasPattern(u"^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?$"_s);
    static const QRegularExpression accountPattern(u"^[a-z0-9]{3,24}$"_s);
    if (draft.alias.isEmpty())
        error(Text::tr("Give the storage account credential a name (its alias on the device)."));
    else if (!aliasPattern.match(draft.alias).hasMatch())
        error(Text::tr("Credential name %1: use 1 to 64 letters, digits, periods, hyphens and underscores, "
                       "starting and ending with a letter or a digit.")
                  .arg(draft.alias));
    else if (std::any_of(existingCredentials.cbegin(), existingCredentials.cend(),
                 [&draft](const QString& c) { return c.compare(draft.alias, Qt::CaseInsensitive) == 0; }))
        error(Text::tr("The device has a storage account credential named %1 already.").arg(draft.alias));
    if (!accountPattern.match(draft.accountName).hasMatch())
        error(Text::tr("Storage account name %1: use 3 to 24 lowercase letters and digits, as in Azure.")
                  .arg(draft.accountName));
    if (draft.accountKey.isEmpty())
        error(Text::tr("Give the storage account's access key (Azure portal: the account ▸ Access keys)."));
    else if (!QByteArray::fromBase64Encoding(
                 draft.accountKey.toLatin1(), QByteArray::AbortOnBase64DecodingErrors))
        error(Text::tr("The access key is not base64; copy key1 or key2 of the storage account as shown."));
    if (draft.accountType != u"GeneralPurposeStorage" && draft.accountType != u"BlobStorage")
        error(Text::tr("Account type %1: use GeneralPurposeStorage or BlobStorage.").arg(draft.accountType));
    return out;
}

QStringList sharesUsingUser(const QList<Share>& shares, const QString& user)
{
    QStringList out;
    for (const Share& s : shares) {
        for (const UserAccessRight& right : s.userAccessRights) {
            if (right.userId.section(u'/', -1).compare(user, Qt::CaseInsensitive) == 0) {
                out.append(s.name);
                break;
            }
        }
    }
    return out;
}

QStringList sharesUsingCredential(const QList<Share>& shares, const QString& credential)
{
    QStringList out;
    for (const Share& s : shares) {
        if (s.azureContainerInfo
            && s.azureContainerInfo->storageAccountCredentialId.section(u'/', -1).compare(
                   credential, Qt::CaseInsensitive)
                == 0)
            out.append(s.name);
    }
    return out;
}

ShareDraft draftFromShare(const Share& share)
{
    ShareDraft d;
    d.name = share.name;
    d.description = share.description;
    d.nfs = share.isNfs();
    d.cloud = share.isCloud();
    if (share.azureContainerInfo) {
        d.storageAccountCredential = share.azureContainerInfo->storageAccountCredentialId.section(u'/', -1);
        d.container = share.azureContainerInfo->containerName;
        d.dataFormat = share.azureContainerInfo->dataFormat;
    }
    for (const UserAccessRight& r : share.userAccessRights)
        d.users.append({r.userId.section(u'/', -1), r.accessType});
    for (const ClientAccessRight& c : share.clientAccessRights)
        d.clients.append({c.client, c.accessPermission});
    d.computeMount = share.isMountedForCompute();
    return d;
}

QJsonObject maskedSecret()
{
    return encryptedSecret(u"••••"_s, u"••••"_s);
}

QJsonObject encryptedSecret(const QString& value, const QString& thumbprint)
{
    return QJsonObject {{u"value"_s, value}, {u"encryptionAlgorithm"_s, u"AES256"_s},
        {u"encryptionCertThumbprint"_s, thumbprint}};
}

QJsonObject userRequestBody(const QJsonObject& encryptedPassword)
{
    return QJsonObject {{u"properties"_s,
        QJsonObject {{u"userType"_s, u"Share"_s}, {u"encryptedPassword"_s, encryptedPassword}}}};
}

QJsonObject credentialRequestBody(const CredentialDraft& draft, const QJsonObject& encryptedKey)
{
    return QJsonObject {{u"properties"_s,
        QJsonObject {{u"alias"_s, draft.alias}, {u"userName"_s, draft.accountName},
            {u"accountKey"_s, encryptedKey}, {u"sslStatus"_s, draft.ssl ? u"Enabled"_s : u"Disabled"_s},
            {u"accountType"_s, draft.accountType}}}};
}

QList<DeviceRequest> shareRequests(const ShareDraft& draft, const QString& deviceId)
{
    QList<DeviceRequest> out;
    if (draft.cloud && draft.newCredential)
        out.append({u"PUT"_s, u"storageAccountCredentials/"_s + draft.newCredential->alias,
            credentialRequestBody(*draft.newCredential, maskedSecret())});
    if (!draft.nfs && draft.newUser)
        out.append({u"PUT"_s, u"users/"_s + draft.newUser->name, userRequestBody(maskedSecret())});
    out.append({u"PUT"_s, u"shares/"_s + draft.name, shareRequestBody(draft, deviceId)});
    return out;
}

QList<ShareCheck> checkShareDraft(const ShareDraft& draft, const ShareContext& givenContext)
{
    QList<ShareCheck> out;
    // What the draft creates first counts as there.
    ShareContext context = givenContext;
    if (!draft.nfs && draft.newUser) {
        out += checkUserDraft(*draft.newUser, givenContext.users);
        context.users.append(draft.newUser->name);
    }
    if (draft.cloud && draft.newCredential) {
        out += checkCredentialDraft(*draft.newCredential, givenContext.credentials);
        context.credentials.append(draft.newCredential->alias);
    }
    const auto error = [&out](ShareCheck::Field field, const QString& message) {
        out.append({field, message, true});
    };
    using F = ShareCheck::Field;

    const QStringList nameProblems = names::isValidShareName(draft.name);
    if (draft.name.isEmpty())
        error(F::Name, Text::tr("Give the share a name: 3 to 63 lowercase letters, digits and hyphens."));
    else if (!nameProblems.isEmpty())
        error(F::Name, nameProblems.join(u' '));
    const auto same = std::find_if(context.shares.cbegin(), context.shares.cend(),
        [&draft](const Share& s) { return s.name.compare(draft.name, Qt::CaseInsensitive) == 0; });
    if (!draft.name.isEmpty() && same != context.shares.cend())
        error(F::Name, Text::tr("The device has a share named %1 already.").arg(same->name));
    if (context.known && context.shares.size() >= kMaxShares)
        error(F::Name,
            Text::tr("The device has %1 of %2 shares; delete one before adding another.")
                .arg(context.shares.size())
                .arg(kMaxShares));

    if (draft.cloud) {
        if (draft.storageAccountCredential.isEmpty())
            error(F::Storage,
                Text::tr("A cloud share needs a storage account: choose one of the device's storage "
                         "account credentials."));
        else if (context.known && !context.credentials.contains(draft.storageAccountCredential))
            error(F::Storage,
                Text::tr("The device has no storage account credential named %1; it has %2.")
                    .arg(draft.storageAccountCredential,
                        context.credentials.isEmpty() ? Text::tr("none")
                                                      : context.credentials.join(u", "_s)));
        if (!QStringList {u"BlockBlob"_s, u"PageBlob"_s, u"AzureFile"_s}.contains(draft.dataFormat))
            error(F::Storage,
                Text::tr("The storage service %1 is not one of BlockBlob, PageBlob or AzureFile.")
                    .arg(draft.dataFormat));
        for (const Share& s : context.shares) {
            if (s.azureContainerInfo && s.azureContainerInfo->containerName == draft.effectiveContainer()
                && s.azureContainerInfo->storageAccountCredentialId.section(u'/', -1)
                    == draft.storageAccountCredential)
                error(F::Storage,
                    Text::tr("Container %1 is used by share %2 already; a container holds one share.")
                        .arg(draft.effectiveContainer(), s.name));
        }
    }

    if (!draft.nfs) {
        if (draft.users.isEmpty() && !draft.newUser)
            error(F::Access, Text::tr("An SMB share needs at least one user with Change or Read access."));
        for (const ShareUserRight& u : draft.users) {
            if (context.known && !context.users.contains(u.user))
                error(F::Access, Text::tr("The device has no user named %1.").arg(u.user));
            if (u.access != u"Change" && u.access != u"Read")
                error(F::Access, Text::tr("Access %1 for %2: use Change or Read.").arg(u.access, u.user));
        }
    } else {
        if (draft.clients.isEmpty())
            error(F::Access, Text::tr("An NFS share needs at least one client IP address."));
        for (const ShareClientRight& c : draft.clients) {
            if (!validIp(c.client))
                error(F::Access, Text::tr("%1 is not an IPv4 or IPv6 address.").arg(c.client));
            if (!QStringList {u"ReadWrite"_s, u"ReadOnly"_s, u"NoAccess"_s}.contains(c.permission))
                error(F::Access,
                    Text::tr("Permission %1 for %2: use ReadWrite, ReadOnly or NoAccess.")
                        .arg(c.permission, c.client));
        }
    }
    if (draft.computeMount && draft.nfs)
        out.append({F::Compute,
            Text::tr("Edge compute mounts an NFS share through the compute network: it must be on the same "
                     "subnet as "
                     "the device's NFS virtual IP."),
            false});
    return out;
}

QJsonObject shareRequestBody(const ShareDraft& draft, const QString& deviceId)
{
    QJsonObject properties {{u"shareStatus"_s, u"OK"_s}, {u"monitoringStatus"_s, u"Enabled"_s},
        {u"accessProtocol"_s, draft.nfs ? u"NFS"_s : u"SMB"_s},
        {u"dataPolicy"_s, draft.cloud ? u"Cloud"_s : u"Local"_s}};
    if (!draft.description.isEmpty())
        properties.insert(u"description"_s, draft.description);
    if (draft.cloud)
        properties.insert(u"azureContainerInfo"_s,
            QJsonObject {
                {u"storageAccountCredentialId"_s,
                    QString(deviceId + u"/storageAccountCredentials/"_s + draft.storageAccountCredential)},
                {u"containerName"_s, draft.effectiveContainer()}, {u"dataFormat"_s, draft.dataFormat}});
    if (draft.nfs) {
        QJsonArray clients;
        for (const ShareClientRight& c : draft.clients)
            clients.append(QJsonObject {{u"client"_s, c.client}, {u"accessPermission"_s, c.permission}});
        properties.insert(u"clientAccessRights"_s, clients);
    } else {
        QJsonArray users;
        QList<ShareUserRight> rights = draft.users;
        if (draft.newUser)
            rights.append({draft.newUser->name, draft.newUserAccess});
        for (const ShareUserRight& u : std::as_const(rights))
            users.append(QJsonObject {
                {u"userId"_s, QString(deviceId + u"/users/"_s + u.user)}, {u"accessType"_s, u.access}});
        properties.insert(u"userAccessRights"_s, users);
    }
    return QJsonObject {{u"properties"_s, properties}};
}

} // namespace ase::provisioning
