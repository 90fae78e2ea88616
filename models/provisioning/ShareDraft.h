#pragma once

#include "models/resources/Share.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

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

/// The checks of a share draft, with their messages.
QList<ShareCheck> checkShareDraft(const ShareDraft& draft, const ShareContext& context);
/// The PUT body `{"properties": {...}}`; resource ids under @p deviceId (the ARM id of the
/// device, e.g. /subscriptions/…/dataBoxEdgeDevices/dev1).
QJsonObject shareRequestBody(const ShareDraft& draft, const QString& deviceId);

} // namespace ase::provisioning
