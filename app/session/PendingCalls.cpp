// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/session/PendingCalls.h"

#include <QTimer>

#include <utility>

namespace ase {

PendingCalls::Id PendingCalls::add(QObject* context, std::function<void()> cancel)
{
    m_calls.removeIf([](const std::pair<const Id&, Call&>& call) { return call.second.context.isNull(); });
    const Id id = ++m_next;
    m_calls.insert(id, Call {context, std::move(cancel)});
    return id;
}

void PendingCalls::cancelAll()
{
    // A cancel function may start new calls: those stay pending.
    const QHash<Id, Call> calls = std::exchange(m_calls, {});
    for (const Call& call : calls) {
        if (call.context)
            call.cancel();
    }
}

void deliverLater(QObject* context, std::function<void()> f)
{
    if (context)
        QTimer::singleShot(0, context, std::move(f));
}

} // namespace ase
