#pragma once

#include "app/device/ArmError.h"
#include "app/session/PendingCalls.h"
#include "models/resources/Share.h"

#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace ase {

class DeviceClient;

/// The device's one-shot share operations of a Session: list, mount and unmount for Edge
/// compute. One DeviceClient at a time, set by the Session.
///
/// Every call is asynchronous and ends with exactly one done callback, after the call
/// returned: no device connected → an ArmError of Category::Config; the connection dropped
/// or replaced meanwhile → Category::Canceled. No callback is made when `context` (not
/// null) is destroyed first (the operation is then aborted).
class ShareOperations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareOperations)

public:
    /// A status poll of a long-running operation answered ("InProgress"...; percent -1 =
    /// the device gave none).
    using ProgressCallback = std::function<void(const QString& status, int percentComplete)>;
    using DoneCallback = std::function<void(const ArmError& error)>;
    using SharesCallback = std::function<void(const QList<Share>& shares, const ArmError& error)>;

    explicit ShareOperations(QObject* parent = nullptr);
    ~ShareOperations() override;

    bool isConnected() const { return m_client != nullptr; }

    /// Every share of the device (all pages).
    void listShares(QObject* context, SharesCallback done);
    /// "Use the share with Edge compute": the device mounts it on its Kubernetes role and
    /// makes a PersistentVolume named after it. Long-running (the device's operation is
    /// followed to its end); `progress` may be empty. Mounting a mounted share succeeds.
    void mountShare(const QString& shareName, QObject* context, ProgressCallback progress, DoneCallback done);
    /// The reverse of mountShare(): the share leaves the Kubernetes role (and its PV goes).
    void unmountShare(
        const QString& shareName, QObject* context, ProgressCallback progress, DoneCallback done);

private:
    friend class Session;

    /// The Session's client (null: not connected). Ends the calls pending on the previous one.
    void setClient(DeviceClient* client);
    void setMounted(const QString& shareName, bool mounted, QObject* context, ProgressCallback progress,
        DoneCallback done);
    static ArmError notConnected();
    static ArmError canceled();

    DeviceClient* m_client = nullptr;
    PendingCalls m_pending;
};

} // namespace ase
