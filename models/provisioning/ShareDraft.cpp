#include "models/provisioning/ShareDraft.h"

#include "models/provisioning/ProvisioningText.h"
#include "models/resources/Names.h"

#include <QJsonArray>

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

QList<ShareCheck> checkShareDraft(const ShareDraft& draft, const ShareContext& context)
{
    QList<ShareCheck> out;
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
        if (draft.users.isEmpty())
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
        for (const ShareUserRight& u : draft.users)
            users.append(QJsonObject {
                {u"userId"_s, QString(deviceId + u"/users/"_s + u.user)}, {u"accessType"_s, u.access}});
        properties.insert(u"userAccessRights"_s, users);
    }
    return QJsonObject {{u"properties"_s, properties}};
}

} // namespace ase::provisioning
