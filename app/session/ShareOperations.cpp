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
    follow(
        [this, shareName](QObject* c, auto cb) { return m_client->mountShare(shareName, c, std::move(cb)); },
        context, std::move(progress), std::move(done));
}

void ShareOperations::unmountShare(
    const QString& shareName, QObject* context, ProgressCallback progress, DoneCallback done)
{
    follow([this, shareName](
               QObject* c, auto cb) { return m_client->unmountShare(shareName, c, std::move(cb)); },
        context, std::move(progress), std::move(done));
}

void ShareOperations::createShare(const QString& shareName, const QJsonObject& body, QObject* context,
    ProgressCallback progress, DoneCallback done)
{
    follow([this, shareName, body](
               QObject* c, auto cb) { return m_client->createShare(shareName, body, c, std::move(cb)); },
        context, std::move(progress), std::move(done));
}

void ShareOperations::deleteShare(
    const QString& shareName, QObject* context, ProgressCallback progress, DoneCallback done)
{
    follow(
        [this, shareName](QObject* c, auto cb) { return m_client->deleteShare(shareName, c, std::move(cb)); },
        context, std::move(progress), std::move(done));
}

void ShareOperations::refreshShare(
    const QString& shareName, QObject* context, ProgressCallback progress, DoneCallback done)
{
    follow([this, shareName](
               QObject* c, auto cb) { return m_client->refreshShare(shareName, c, std::move(cb)); },
        context, std::move(progress), std::move(done));
}

void ShareOperations::listUsers(QObject* context, ItemsCallback done)
{
    list([this](QObject* c, auto cb) { return m_client->listUsers(c, std::move(cb)); }, context,
        std::move(done));
}

void ShareOperations::listStorageAccountCredentials(QObject* context, ItemsCallback done)
{
    list([this](QObject* c, auto cb) { return m_client->listStorageAccountCredentials(c, std::move(cb)); },
        context, std::move(done));
}

void ShareOperations::list(const Starter& start, QObject* context, ItemsCallback done)
{
    if (!m_client) {
        deliverLater(context, [done = std::move(done)] { done({}, notConnected()); });
        return;
    }
    const PendingCalls::Id id = m_pending.add(
        context, [context, done] { deliverLater(context, [done] { done({}, canceled()); }); });
    start(context, [this, id, done](const ArmResult& result) {
        if (m_pending.finish(id))
            done(result.items, result.error);
    });
}

void ShareOperations::follow(
    const Starter& start, QObject* context, ProgressCallback progress, DoneCallback done)
{
    if (!m_client) {
        deliverLater(context, [done = std::move(done)] { done(notConnected()); });
        return;
    }
    const PendingCalls::Id id
        = m_pending.add(context, [context, done] { deliverLater(context, [done] { done(canceled()); }); });
    DeviceOperation* operation = start(context, [this, id, done](const ArmResult& result) {
        if (m_pending.finish(id))
            done(result.error);
    });
    if (progress)
        connect(operation, &DeviceOperation::progress, context, std::move(progress));
}

} // namespace ase
