// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/device/ArmError.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>

namespace ase {

class DeviceClient;
class DeviceOperation;
class ResourceStore;

/// The state of the device side, per kind, as the cluster side reports its reflectors.
enum class DeviceWatchState {
    Stopped,
    Connecting, ///< started, no list yet
    Live, ///< the last list succeeded; the store is current (within the interval)
    Reconnecting, ///< a transient failure (connection, timeout, 429/5xx); retrying
    Forbidden, ///< 403: the account may not list the device's shares
    Failed, ///< sign-in failed, device not found, bad answer: needs the user
};

struct DeviceWatchStatus
{
    DeviceWatchState state = DeviceWatchState::Stopped;
    /// Why it is not Live, for the status line ("No permission to list the device's
    /// shares: ...", the device's message); empty when Live.
    QString message;
    QDateTime nextRetry; ///< the next attempt (UTC) when not Live; invalid when none
    ArmError error;
    bool synced = false; ///< a complete list reached the store since start()

    static QString stateName(DeviceWatchState state); ///< "Live", "Reconnecting"... (translated)
};

/// Keeps the ResourceStore's kind "Share" equal to the device's shares: lists them (every
/// page) every interval() and right after any write through the client, and hands each
/// list to the store as a replacement (applied as a difference, so views keep their
/// selection). Failures keep the last list in the store and are reported in status().
class SharePoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SharePoller)

public:
    /// Neither the client nor the store is owned; both must outlive the poller.
    SharePoller(DeviceClient* client, ResourceStore* store, QObject* parent = nullptr);
    ~SharePoller() override;

    /// Time between lists (default 15 s).
    void setInterval(std::chrono::milliseconds interval) { m_interval = interval; }
    std::chrono::milliseconds interval() const { return m_interval; }

    void start();
    /// Stops polling; the store keeps the shares.
    void stop();
    /// Lists now (after the list in flight, if any).
    void refreshNow();

    bool isRunning() const { return m_running; }
    const DeviceWatchStatus& status() const { return m_status; }
    int listCount() const { return m_lists; } ///< complete lists handed to the store

Q_SIGNALS:
    void statusChanged(const ase::DeviceWatchStatus& status);
    /// A complete list reached the store.
    void listed();

private:
    void poll();
    void setStatus(DeviceWatchStatus status);
    void scheduleNext(std::chrono::milliseconds delay);

    QPointer<DeviceClient> m_client;
    QPointer<ResourceStore> m_store;
    QPointer<DeviceOperation> m_inFlight;
    QTimer m_timer;
    DeviceWatchStatus m_status;
    std::chrono::milliseconds m_interval {15000};
    std::chrono::milliseconds m_backoff {0};
    int m_lists = 0;
    bool m_running = false;
    bool m_again = false;
};

} // namespace ase
