#include "app/session/ShareOperations.h"

#include "app/device/DeviceClient.h"

namespace ase {

ShareOperations::ShareOperations(QObject* parent)
    : QObject(parent)
{ }

ShareOperations::~ShareOperations() = default;

ArmError ShareOperations::notConnected()
{
    return ArmError::make(ArmError::Category::Config, tr("Not connected to a device."));
}

ArmError ShareOperations::canceled()
{
    return ArmError::make(
        ArmError::Category::Canceled, tr("Canceled: the connection to the device was closed."));
}

void ShareOperations::setClient(DeviceClient* client)
{
    if (client == m_client)
        return;
    m_client = client;
    m_pending.cancelAll();
}

void ShareOperations::listShares(QObject* context, SharesCallback done)
{
    if (!m_client) {
        deliverLater(context, [done = std::move(done)] { done({}, notConnected()); });
        return;
    }
    const PendingCalls::Id id = m_pending.add(
        context, [context, done] { deliverLater(context, [done] { done({}, canceled()); }); });
    m_client->listShares(context, [this, id, done](const ArmResult& result) {
        if (m_pending.finish(id))
            done(result.ok() ? result.itemsAs<Share>() : QList<Share>(), result.error);
    });
}

void ShareOperations::mountShare(
    const QString& shareName, QObject* context, ProgressCallback progress, DoneCallback done)
{
    setMounted(shareName, true, context, std::move(progress), std::move(done));
}

void ShareOperations::unmountShare(
    const QString& shareName, QObject* context, ProgressCallback progress, DoneCallback done)
{
    setMounted(shareName, false, context, std::move(progress), std::move(done));
}

void ShareOperations::setMounted(
    const QString& shareName, bool mounted, QObject* context, ProgressCallback progress, DoneCallback done)
{
    if (!m_client) {
        deliverLater(context, [done = std::move(done)] { done(notConnected()); });
        return;
    }
    const PendingCalls::Id id
        = m_pending.add(context, [context, done] { deliverLater(context, [done] { done(canceled()); }); });
    const auto finished = [this, id, done](const ArmResult& result) {
        if (m_pending.finish(id))
            done(result.error);
    };
    DeviceOperation* operation = mounted ? m_client->mountShare(shareName, context, finished)
                                         : m_client->unmountShare(shareName, context, finished);
    if (progress)
        connect(operation, &DeviceOperation::progress, context, std::move(progress));
}

} // namespace ase
