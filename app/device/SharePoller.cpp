// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/device/SharePoller.h"

#include "app/device/DeviceClient.h"
#include "models/resources/KindNames.h"
#include "models/store/ResourceStore.h"

using namespace Qt::StringLiterals;

namespace ase {

namespace {

constexpr std::chrono::milliseconds kFirstBackoff {1000};

} // namespace

QString DeviceWatchStatus::stateName(DeviceWatchState state)
{
    switch (state) {
    case DeviceWatchState::Stopped:
        return SharePoller::tr("Stopped");
    case DeviceWatchState::Connecting:
        return SharePoller::tr("Connecting");
    case DeviceWatchState::Live:
        return SharePoller::tr("Live");
    case DeviceWatchState::Reconnecting:
        return SharePoller::tr("Reconnecting");
    case DeviceWatchState::Forbidden:
        return SharePoller::tr("Forbidden");
    case DeviceWatchState::Failed:
        return SharePoller::tr("Failed");
    }
    return {};
}

SharePoller::SharePoller(DeviceClient* client, ResourceStore* store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SharePoller::poll);
    if (client) {
        connect(client, &DeviceClient::collectionWritten, this, [this](const QString& collection) {
            if (collection == u"shares" && m_running)
                refreshNow();
        });
    }
}

SharePoller::~SharePoller()
{
    if (m_inFlight)
        m_inFlight->abort();
}

void SharePoller::start()
{
    m_running = true;
    m_backoff = std::chrono::milliseconds(0);
    DeviceWatchStatus s;
    s.state = DeviceWatchState::Connecting;
    setStatus(s);
    refreshNow();
}

void SharePoller::stop()
{
    m_running = false;
    m_again = false;
    m_timer.stop();
    if (m_inFlight)
        m_inFlight->abort();
    setStatus({});
}

void SharePoller::refreshNow()
{
    if (!m_running)
        return;
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_timer.stop();
    poll();
}

void SharePoller::scheduleNext(std::chrono::milliseconds delay)
{
    if (m_running)
        m_timer.start(delay);
}

void SharePoller::poll()
{
    if (!m_running || !m_client || m_inFlight)
        return;
    m_again = false;
    m_inFlight = m_client->listShares(this, [this](const ArmResult& result) {
        m_inFlight = nullptr;
        if (!m_running)
            return;
        DeviceWatchStatus s;
        s.synced = m_status.synced;
        if (result.ok()) {
            if (m_store)
                m_store->postReplace(QString(kindname::Share), result.items);
            ++m_lists;
            m_backoff = std::chrono::milliseconds(0);
            s.state = DeviceWatchState::Live;
            s.synced = true;
            setStatus(s);
            Q_EMIT listed();
            if (m_again)
                refreshNow();
            else
                scheduleNext(m_interval);
            return;
        }
        if (result.error.isCanceled())
            return;
        s.error = result.error;
        std::chrono::milliseconds delay = m_interval;
        if (result.error.isForbidden()) {
            s.state = DeviceWatchState::Forbidden;
            s.message = tr("No permission to list the device's shares: %1").arg(result.error.message());
        } else if (result.error.isRetriable()) {
            s.state = DeviceWatchState::Reconnecting;
            s.message = result.error.message();
            m_backoff = m_backoff.count() == 0 ? kFirstBackoff : std::min(m_backoff * 2, m_interval);
            delay = std::min(m_backoff, m_interval);
            if (result.error.retryAfterSeconds > 0)
                delay = std::max(delay, std::chrono::milliseconds(result.error.retryAfterSeconds * 1000));
        } else {
            s.state = DeviceWatchState::Failed;
            s.message = result.error.message();
        }
        s.nextRetry = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
        setStatus(s);
        if (m_again)
            refreshNow();
        else
            scheduleNext(delay);
    });
}

void SharePoller::setStatus(DeviceWatchStatus status)
{
    const bool changed = status.state != m_status.state || status.message != m_status.message
        || status.synced != m_status.synced;
    m_status = std::move(status);
    if (changed)
        Q_EMIT statusChanged(m_status);
}

} // namespace ase
