// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

// What the benchmarks share: the demo device in a child process (so that the client's
// stall and memory figures are its own), an event-loop stall probe, waits and /proc readings.

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QProcess>
#include <QString>
#include <QTextStream>
#include <QTimer>

#include <memory>

#include <functional>

namespace ase {
class ResourceStore;
}

namespace ase::bench {

/// A synthetic cluster's storage: `pairs` PV/PVC pairs in 20 namespaces (every hundredth
/// claim Pending without a volume), each claim mounted by a pod of one of 97 Deployments,
/// and the class "local". The objects as posted (for changes made from them).
struct SyntheticStorage
{
    QList<QJsonObject> volumes;
    QList<QJsonObject> claims;
    QList<QJsonObject> pods;
};
/// Posts a SyntheticStorage of `pairs` pairs to @p store and flushes it.
SyntheticStorage fillSyntheticStorage(ResourceStore* store, int pairs);

/// A text stream on stdout.
QTextStream& out();

/// VmHWM (peak resident set) of a process in MiB, from /proc; 0 = this process.
double peakRssMiB(qint64 pid = 0);
/// VmRSS (current resident set) of a process in MiB; 0 = this process.
double rssMiB(qint64 pid = 0);

/// The C heap this process has in use (mallinfo2: allocated blocks and mmapped chunks),
/// in MiB: unlike RSS, it does not count memory freed but kept by the allocator.
double heapMiB();

/// CPU time (user + system, getrusage) of this process so far, in seconds.
double cpuSeconds();
/// CPU time (user + system) of another running process so far, from /proc/PID/stat.
double cpuSeconds(qint64 pid);
/// CPU time of this process's children that ended and were reaped so far, in seconds:
/// the difference around one child's run is that child's CPU time.
double childrenCpuSeconds();

/// Turns the event loop until `done` holds or `timeoutMs` passes; false on timeout.
bool waitFor(const std::function<bool()>& done, int timeoutMs);
/// Turns the event loop for `ms`, calling `each` every `everyMs` (a frame) when set.
void spin(int ms, const std::function<void()>& each = {}, int everyMs = 16);

/// A precise timer that should fire every `intervalMs`; the largest delay beyond that is
/// the longest the event loop was blocked.
class StallProbe final : public QObject
{
public:
    explicit StallProbe(int intervalMs = 2);
    void restart();
    qint64 worstMs() const { return m_worst; }
    /// Stalls longer than 50 ms since restart().
    int over50() const { return m_over50; }
    /// Stalls longer than @p ms (16: a frame at 60 Hz) since restart().
    int over(qint64 ms) const;
    /// The @p fraction (0.99: 99th) percentile of the delays of every tick since restart().
    qint64 percentileMs(double fraction) const;

private:
    int m_interval;
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_worst = 0;
    int m_over50 = 0;
    QList<qint64> m_delays; ///< per tick, ms beyond the interval
};

/// With ASE_BENCH_TRACE_STALLS=MS set, prints the GUI thread's stack to stderr whenever its
/// event loop has not turned for MS milliseconds (a watchdog thread interrupts it with
/// SIGUSR2; the handler prints backtrace_symbols_fd()). For finding what a stall is; the
/// addresses inside this program resolve with `gdb -batch -ex 'info symbol ADDR' PROGRAM`.
class StallTracer final : public QObject
{
public:
    StallTracer();
    ~StallTracer() override;
    Q_DISABLE_COPY_MOVE(StallTracer)

private:
    struct Watchdog;
    std::unique_ptr<Watchdog> m_watchdog;
    QTimer m_tick;
};

/// The child-process side: starts the demo device with `objects` PV/PVC pairs (empty
/// scenario), writes its kubeconfig to `kubeconfigPath`, prints "ready URL RV" and then
/// obeys "drive RATE SECONDS" lines on stdin (merge-patch a label of random PVs and PVCs
/// at that rate; prints "driven WRITTEN MS RV" when done). Returns the exit code.
int serveDemo(int objects, const QString& kubeconfigPath);

/// The parent side: runs this program with `--serve --objects N --kubeconfig-out FILE`.
class DemoServerProcess final
{
public:
    DemoServerProcess() = default;
    ~DemoServerProcess();
    Q_DISABLE_COPY_MOVE(DemoServerProcess)

    /// Starts the child and waits until it is ready; false with `error` set on failure.
    bool start(int objects, const QString& kubeconfigPath, QString* error);
    QString url() const { return m_url; }
    qint64 pid() const { return m_process.processId(); }

    /// Asks for `rate` changes/s during `seconds` s; waitDriven() reports when written.
    void drive(int rate, int seconds);
    struct Driven
    {
        qint64 written = 0;
        double seconds = 0;
        QString resourceVersion;
    };
    /// Waits (turning the event loop) for the end of drive(); nullopt-like written = -1 on timeout.
    Driven waitDriven(int timeoutMs);

private:
    QByteArray readLine(int timeoutMs);

    QProcess m_process;
    QString m_url;
};

} // namespace ase::bench
