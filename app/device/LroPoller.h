// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/device/ArmError.h"
#include "app/device/ArmLro.h"
#include "app/device/ArmResult.h"

#include <QDeadlineTimer>
#include <QObject>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>

class QTimer;

namespace ase {

struct HttpAnswer;

/// Follows one long-running ARM operation from its first answer to its end
/// (reference/azure-stack-edge.md §4.3): waits Retry-After (else the poll interval), GETs
/// the plan's status URL, reads the answer by the plan's style, and either waits again or
/// finishes. It does no networking itself: each status GET goes through `fetch`, which the
/// DeviceClient backs with its authenticated exchange (and tests with canned answers).
///
/// States: Idle → (start) Waiting ⇄ Polling → Succeeded | Failed | TimedOut; stop() from
/// any running state → Stopped without finished(). finished() is emitted exactly once, on
/// entering a terminal state other than Stopped.
class LroPoller final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LroPoller)

public:
    enum class State {
        Idle, ///< not started
        Waiting, ///< the next status poll is scheduled
        Polling, ///< a status GET is out
        Succeeded, ///< the operation ended Succeeded (or the Location URL answered 200/204)
        Failed, ///< it ended Failed/Canceled, a poll failed for good, or a status was unreadable
        TimedOut, ///< the operation timeout passed before it ended
        Stopped, ///< stop() was called
    };
    Q_ENUM(State)

    using Done = std::function<void(const HttpAnswer& answer, const ArmError& error)>;
    /// One GET of `url`; `done` must be called once with the answer (or its error) unless the
    /// poller (or what owns the request) is gone.
    using Fetch = std::function<void(const QUrl& url, Done done)>;

    /// A status poll that fails with a retriable error is tried again, this many times in all.
    static constexpr int kMaxPollFailures = 5;

    LroPoller(const LroPlan& plan, Fetch fetch, QObject* parent = nullptr);
    ~LroPoller() override;

    /// Wait between polls when the device sends no Retry-After (default 5 s).
    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    /// How long the operation is followed before giving up (default 30 min); counted from start().
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    /// Reports "InProgress" and schedules the first poll (after the plan's Retry-After).
    void start();
    /// Stops polling without finishing; an answer still on its way is ignored.
    void stop();

    State state() const { return m_state; }
    bool isRunning() const { return m_state == State::Waiting || m_state == State::Polling; }
    int polls() const { return m_polls; }
    /// The last status the device reported ("InProgress", "Running", "Succeeded"...).
    QString status() const { return m_status; }
    /// The last percentComplete the device reported; -1 when it gave none.
    int percentComplete() const { return m_percent; }
    /// While Waiting: the wait before the next poll.
    std::chrono::milliseconds nextPollDelay() const { return m_nextDelay; }

Q_SIGNALS:
    void progress(const QString& status, int percentComplete);
    /// The operation ended: result.resource is the status document (AsyncOperation) or the
    /// final body (Location); result.polls counts the status GETs.
    void finished(const ase::ArmResult& result);

private:
    void schedule(std::optional<int> retryAfterSeconds);
    void poll();
    void onAnswer(const HttpAnswer& answer, const ArmError& error);
    /// AsyncOperation style: the status document decides.
    void readOperationStatus(const HttpAnswer& answer, ArmResult result);
    /// Location style: 202 while running, then 200/204 or the operation's error.
    void readLocation(const HttpAnswer& answer, ArmResult result);
    void report(const QString& status, int percent);
    void finish(State state, ArmResult result);

    LroPlan m_plan;
    Fetch m_fetch;
    QTimer* m_timer = nullptr;
    QDeadlineTimer m_deadline;
    std::chrono::milliseconds m_pollInterval {5000};
    std::chrono::milliseconds m_timeout {30 * 60 * 1000};
    std::chrono::milliseconds m_nextDelay {0};
    State m_state = State::Idle;
    QString m_status;
    int m_percent = -1;
    int m_polls = 0;
    int m_failures = 0;
};

} // namespace ase
