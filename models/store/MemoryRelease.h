// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QTimer>

#include <atomic>
#include <chrono>

namespace ase {

/// Gives back to the system the memory the allocator keeps after large work. glibc keeps
/// what a program frees in its arenas for reuse, and work spread over threads (pages
/// decoded on a pool thread, freed on the GUI thread) leaves much of it where it is not
/// reused: after a fill of 100,000 objects the window held some 40 MiB it no longer used.
/// Work that frees a lot (a list applied, a large table sorted, a graph built, a
/// connection closed) calls afterLargeWork(); a moment after the last such call (2 s, so
/// that a burst of work releases once) malloc_trim() runs on a pool thread. A no-op where
/// the C library has no malloc_trim().
///
/// One per process; use it from the GUI thread.
class MemoryRelease final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MemoryRelease)

public:
    static MemoryRelease& instance();

    /// Large work just freed memory: release it after the delay (restarted by each call).
    static void afterLargeWork();

    /// Limits how many arenas glibc's allocator makes (arenaLimit() of the cores). Each
    /// thread that allocates while another holds an arena gets one of its own, up to eight a
    /// core, and memory freed into one is not reused by threads of another: with pages
    /// decoded on pool threads and a graph built on its own, the window at 100,002 objects
    /// peaked at 478–485 MiB RSS over a heap of 368 MiB (2 cores, so 16 arenas). With 4 it
    /// peaked at 464–465 MiB and ended at 452–454 instead of 464–468; with 2 at 459–468,
    /// but the fill stalled over 16 ms more often (0–5 turns a run, against 0–2), likely
    /// as the GUI thread then shares an arena with pool threads (not traced). Call at the start of
    /// main(), before threads start. Returns the limit set, or 0 when none was:
    /// MALLOC_ARENA_MAX is set (the user's choice stands), or the C library is not glibc.
    static int limitArenas();
    /// The arena limit for a machine with this many cores: a quarter of them, at least four
    /// (so that pool threads on a large machine do not all wait on a few locks).
    static int arenaLimit(int cores);

    void setDelay(std::chrono::milliseconds delay) { m_timer.setInterval(delay); }
    std::chrono::milliseconds delay() const { return m_timer.intervalAsDuration(); }
    /// Releases done so far (tests, diagnostics).
    int releases() const { return m_releases.load(); }
    /// Whether a release is scheduled.
    bool isPending() const { return m_timer.isActive(); }
    /// Drops a scheduled release (tests start from a known state).
    void cancel() { m_timer.stop(); }

Q_SIGNALS:
    /// A release finished (emitted on the GUI thread).
    void released();

private:
    MemoryRelease();
    void release();

    QTimer m_timer;
    std::atomic<int> m_releases {0};
};

} // namespace ase
