// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/store/MemoryRelease.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ase {

MemoryRelease::MemoryRelease()
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(std::chrono::seconds(2));
    connect(&m_timer, &QTimer::timeout, this, &MemoryRelease::release);
}

MemoryRelease& MemoryRelease::instance()
{
    static MemoryRelease* release = new MemoryRelease; // lives as long as the process
    return *release;
}

void MemoryRelease::afterLargeWork()
{
    instance().m_timer.start();
}

int MemoryRelease::arenaLimit(int cores)
{
    return std::max(4, cores / 4);
}

int MemoryRelease::limitArenas()
{
#if defined(__GLIBC__)
    if (qEnvironmentVariableIsSet("MALLOC_ARENA_MAX"))
        return 0;
    const int limit = arenaLimit(QThread::idealThreadCount());
    return mallopt(M_ARENA_MAX, limit) == 1 ? limit : 0;
#else
    return 0;
#endif
}

void MemoryRelease::release()
{
    // On a pool thread: trimming walks every arena (0–3 ms at 100,000 objects here, more
    // on a larger heap), which the GUI thread must not wait for.
    QThreadPool::globalInstance()->start([this] {
#if defined(__GLIBC__)
        malloc_trim(0);
#endif
        ++m_releases;
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT released(); }, Qt::QueuedConnection);
    });
}

} // namespace ase
