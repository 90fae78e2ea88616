// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

namespace ase {

/// The calls in flight of one operations object (ClusterOperations, ShareOperations), so
/// that dropping the connection under them ends each with a "canceled" result instead of
/// silence: the clients abort their requests without calling back when they are destroyed.
class PendingCalls final
{
    Q_DISABLE_COPY_MOVE(PendingCalls)

public:
    using Id = quint64;

    PendingCalls() = default;
    ~PendingCalls() = default;

    /// Registers a call made for `context`; cancelAll() runs `cancel` if the call has not
    /// finished by then and `context` still exists. Calls whose context is gone are
    /// forgotten (their clients aborted them without calling back).
    Id add(QObject* context, std::function<void()> cancel);
    /// Whether the call is still running (not finished, not canceled).
    bool isPending(Id id) const { return m_calls.contains(id); }
    /// The call ended: true when it was still pending (deliver its result), false when it
    /// was canceled meanwhile (drop the result).
    bool finish(Id id) { return m_calls.remove(id); }
    /// Ends every pending call through its cancel function.
    void cancelAll();

private:
    struct Call
    {
        QPointer<QObject> context;
        std::function<void()> cancel;
    };
    QHash<Id, Call> m_calls;
    Id m_next = 0;
};

/// Runs `f` in the event loop's next turn, unless `context` is destroyed before (or null):
/// every callback of the session's operations comes after the call returned, never inside it.
void deliverLater(QObject* context, std::function<void()> f);

} // namespace ase
