// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "tests/bench/BenchSupport.h"

#include "app/demo/DemoDevice.h"
#include "app/demo/scenario/Scenario.h"
#include "models/store/ResourceStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSocketNotifier>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <execinfo.h>
#include <malloc.h>
#include <pthread.h>
#include <sys/resource.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace ase::bench {

namespace {

double procStatusMiB(qint64 pid, QByteArrayView field)
{
    QFile status(pid > 0 ? u"/proc/%1/status"_s.arg(pid) : u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

} // namespace

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

double peakRssMiB(qint64 pid)
{
    return procStatusMiB(pid, "VmHWM:");
}

double rssMiB(qint64 pid)
{
    return procStatusMiB(pid, "VmRSS:");
}

double heapMiB()
{
    const struct mallinfo2 info = mallinfo2();
    return double(info.uordblks + info.hblkhd) / (1024.0 * 1024.0);
}

double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

double cpuSeconds(qint64 pid)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = file.readAll();
    // Fields after the command (which may hold spaces) start after the last ')'; utime and
    // stime are the 14th and 15th fields, i.e. the 12th and 13th after it.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
}

double childrenCpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_CHILDREN, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    // Sleeps in the event loop between looks (every 5 ms): a loop of processEvents() would
    // spin a core and count its own busy-waiting as the client's CPU time.
    if (done())
        return true;
    QElapsedTimer clock;
    clock.start();
    QEventLoop loop;
    QTimer look;
    look.setInterval(5);
    bool ok = false;
    QObject::connect(&look, &QTimer::timeout, &loop, [&] {
        if (done()) {
            ok = true;
            loop.quit();
        } else if (clock.elapsed() > timeoutMs) {
            loop.quit();
        }
    });
    look.start();
    loop.exec();
    return ok;
}

void spin(int ms, const std::function<void()>& each, int everyMs)
{
    // The event loop sleeps between events and ticks, as an application's does.
    QEventLoop loop;
    QTimer end;
    end.setSingleShot(true);
    QObject::connect(&end, &QTimer::timeout, &loop, &QEventLoop::quit);
    QTimer tick;
    tick.setInterval(everyMs);
    if (each) {
        QObject::connect(&tick, &QTimer::timeout, &loop, each);
        tick.start();
    }
    end.start(ms);
    loop.exec();
}

namespace {

void printStack(int)
{
    void* frames[64];
    const int count = backtrace(frames, 64);
    static const char header[] = "---- stall: the GUI thread's stack\n";
    [[maybe_unused]] const auto written = write(2, header, sizeof header - 1);
    backtrace_symbols_fd(frames, count, 2);
}

qint64 steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
        std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

} // namespace

struct StallTracer::Watchdog
{
    std::atomic<qint64> lastTick {steadyMs()};
    std::atomic<bool> stop {false};
    pthread_t gui = pthread_self();
    std::thread thread;
};

StallTracer::StallTracer()
{
    const int thresholdMs = qEnvironmentVariableIntValue("ASE_BENCH_TRACE_STALLS");
    if (thresholdMs <= 0)
        return;
    void* warmUp[1];
    backtrace(warmUp, 1); // loads what backtrace() needs now, not in the signal handler
    std::signal(SIGUSR2, printStack);
    m_watchdog = std::make_unique<Watchdog>();
    m_tick.setInterval(5);
    connect(&m_tick, &QTimer::timeout, this,
        [w = m_watchdog.get()] { w->lastTick.store(steadyMs(), std::memory_order_relaxed); });
    m_tick.start();
    m_watchdog->thread = std::thread([w = m_watchdog.get(), thresholdMs] {
        qint64 reported = -1;
        while (!w->stop.load()) {
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
            const qint64 last = w->lastTick.load(std::memory_order_relaxed);
            if (steadyMs() - last > thresholdMs && last != reported) {
                reported = last; // once per stall
                pthread_kill(w->gui, SIGUSR2);
            }
        }
    });
}

StallTracer::~StallTracer()
{
    if (!m_watchdog)
        return;
    m_watchdog->stop.store(true);
    m_watchdog->thread.join();
    std::signal(SIGUSR2, SIG_DFL);
}

StallProbe::StallProbe(int intervalMs)
    : m_interval(intervalMs)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 late = (now - m_last) / 1000000 - m_interval;
        m_worst = std::max(m_worst, late);
        if (late > 50)
            ++m_over50;
        m_delays.append(std::max<qint64>(0, late));
        m_last = now;
    });
}

int StallProbe::over(qint64 ms) const
{
    return int(std::count_if(m_delays.cbegin(), m_delays.cend(), [ms](qint64 d) { return d > ms; }));
}

qint64 StallProbe::percentileMs(double fraction) const
{
    if (m_delays.isEmpty())
        return 0;
    QList<qint64> sorted = m_delays;
    std::sort(sorted.begin(), sorted.end());
    return sorted.at(std::min(sorted.size() - 1, qsizetype(double(sorted.size()) * fraction)));
}

void StallProbe::restart()
{
    m_worst = 0;
    m_over50 = 0;
    m_delays.clear();
    m_clock.start();
    m_last = 0;
    m_timer.start();
}

// ---- a synthetic cluster's storage -------------------------------------------------------

namespace {

QJsonObject volume(int i, const QString& claimNs, const QString& claimName)
{
    return QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"PersistentVolume"_s},
        {u"metadata"_s,
            QJsonObject {{u"name"_s, u"pv-%1"_s.arg(i, 6, 10, QChar(u'0'))},
                {u"uid"_s, u"uid-pv-%1"_s.arg(i)}, {u"resourceVersion"_s, u"1"_s}}},
        {u"spec"_s,
            QJsonObject {{u"capacity"_s, QJsonObject {{u"storage"_s, u"%1Gi"_s.arg(1 + i % 50)}}},
                {u"accessModes"_s, QJsonArray {u"ReadWriteOnce"_s}}, {u"storageClassName"_s, u"local"_s},
                {u"hostPath"_s, QJsonObject {{u"path"_s, u"/data"_s}}},
                {u"claimRef"_s,
                    QJsonObject {{u"kind"_s, u"PersistentVolumeClaim"_s}, {u"namespace"_s, claimNs},
                        {u"name"_s, claimName}, {u"uid"_s, u"uid-%1"_s.arg(claimName)}}}}},
        {u"status"_s, QJsonObject {{u"phase"_s, u"Bound"_s}}}};
}

QJsonObject claim(int i, const QString& ns, const QString& name, bool pending)
{
    QJsonObject spec {{u"accessModes"_s, QJsonArray {u"ReadWriteOnce"_s}},
        {u"resources"_s, QJsonObject {{u"requests"_s, QJsonObject {{u"storage"_s, u"1Gi"_s}}}}},
        {u"storageClassName"_s, u"local"_s}};
    if (!pending)
        spec.insert(u"volumeName"_s, u"pv-%1"_s.arg(i, 6, 10, QChar(u'0')));
    return QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"PersistentVolumeClaim"_s},
        {u"metadata"_s,
            QJsonObject {{u"name"_s, name}, {u"namespace"_s, ns}, {u"uid"_s, u"uid-%1"_s.arg(name)},
                {u"resourceVersion"_s, u"1"_s}}},
        {u"spec"_s, spec}, {u"status"_s, QJsonObject {{u"phase"_s, pending ? u"Pending"_s : u"Bound"_s}}}};
}

QJsonObject pod(int i, const QString& ns, const QString& claimName)
{
    const QString deployment = u"app-%1"_s.arg(i % 97);
    return QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Pod"_s},
        {u"metadata"_s,
            QJsonObject {{u"name"_s, u"%1-5d8f-%2"_s.arg(deployment).arg(i)}, {u"namespace"_s, ns},
                {u"labels"_s, QJsonObject {{u"pod-template-hash"_s, u"5d8f"_s}}},
                {u"ownerReferences"_s,
                    QJsonArray {QJsonObject {{u"kind"_s, u"ReplicaSet"_s},
                        {u"name"_s, QString(deployment + u"-5d8f"_s)}, {u"controller"_s, true},
                        {u"apiVersion"_s, u"apps/v1"_s}}}}}},
        {u"spec"_s,
            QJsonObject {{u"nodeName"_s, u"node1"_s},
                {u"volumes"_s,
                    QJsonArray {QJsonObject {{u"name"_s, u"data"_s},
                        {u"persistentVolumeClaim"_s, QJsonObject {{u"claimName"_s, claimName}}}}}}}},
        {u"status"_s, QJsonObject {{u"phase"_s, u"Running"_s}}}};
}

} // namespace

SyntheticStorage fillSyntheticStorage(ResourceStore* store, int pairs)
{
    SyntheticStorage out;
    for (int i = 0; i < pairs; ++i) {
        const QString ns = u"team-%1"_s.arg(i % 20);
        const QString name = u"data-%1"_s.arg(i, 6, 10, QChar(u'0'));
        const bool pending = i % 100 == 0; // 1% Pending: the problems
        out.claims.append(claim(i, ns, name, pending));
        if (!pending)
            out.volumes.append(volume(i, ns, name));
        out.pods.append(pod(i, ns, name));
    }
    store->postReplace(u"PersistentVolume"_s, out.volumes);
    store->postReplace(u"PersistentVolumeClaim"_s, out.claims);
    store->postReplace(u"Pod"_s, out.pods);
    store->postReplace(u"StorageClass"_s,
        {QJsonObject {{u"apiVersion"_s, u"storage.k8s.io/v1"_s}, {u"kind"_s, u"StorageClass"_s},
            {u"metadata"_s, QJsonObject {{u"name"_s, u"local"_s}}},
            {u"provisioner"_s, u"rancher.io/local-path"_s}}});
    store->flush();
    return out;
}

// ---- the child process -------------------------------------------------------------------

int serveDemo(int objects, const QString& kubeconfigPath)
{
    using namespace ase::demo;
    DemoDevice device;
    DemoDeviceOptions options;
    options.scenario = u"empty"_s;
    QString error;
    if (!device.start(options, &error)) {
        std::fprintf(stderr, "cannot start the demo device: %s\n", qPrintable(error));
        return 1;
    }
    if (const auto failure = Scenario::seedObjects(device.cluster(), objects)) {
        std::fprintf(stderr, "cannot seed: %s\n", qPrintable(*failure));
        return 1;
    }
    if (!DemoDevice::writeJsonFile(kubeconfigPath, device.kubeconfig(), &error)) {
        std::fprintf(stderr, "cannot write the kubeconfig: %s\n", qPrintable(error));
        return 1;
    }

    ClusterState& cluster = device.cluster();
    const ResourceKind pv = resourceKindByKind(u"PersistentVolume"_s);
    const ResourceKind pvc = resourceKindByKind(u"PersistentVolumeClaim"_s);
    QList<QPair<QString, QString>> pvs;
    QList<QPair<QString, QString>> pvcs;
    for (const QJsonObject& o : cluster.objects(pv))
        pvs.append({{}, o.value("metadata"_L1).toObject().value("name"_L1).toString()});
    for (const QJsonObject& o : cluster.objects(pvc)) {
        const QJsonObject meta = o.value("metadata"_L1).toObject();
        pvcs.append({meta.value("namespace"_L1).toString(), meta.value("name"_L1).toString()});
    }

    QTimer driver;
    driver.setTimerType(Qt::PreciseTimer);
    QElapsedTimer driving;
    qint64 written = 0;
    qint64 target = 0;
    int rate = 0;
    int seconds = 0;
    QObject::connect(&driver, &QTimer::timeout, &device, [&] {
        const qint64 due = std::min<qint64>(target, driving.elapsed() * rate / 1000);
        while (written < due) {
            const bool isPv = (written % 2) == 0;
            const auto& names = isPv ? pvs : pvcs;
            const auto& which = names.at(QRandomGenerator::global()->bounded(int(names.size())));
            const QJsonObject patch {{"metadata"_L1,
                QJsonObject {{"labels"_L1, QJsonObject {{"bench"_L1, QString::number(written)}}}}}};
            cluster.mergePatch(isPv ? pv : pvc, which.first, which.second, patch);
            ++written;
        }
        if (written >= target) {
            driver.stop();
            std::printf(
                "driven %lld %lld %lld\n", written, qint64(driving.elapsed()), cluster.resourceVersion());
            std::fflush(stdout);
        }
    });
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &device, [&] {
        char line[256] = {};
        if (!std::fgets(line, sizeof line, stdin)) {
            QCoreApplication::quit(); // the parent is gone
            return;
        }
        if (std::sscanf(line, "drive %d %d", &rate, &seconds) == 2) {
            written = 0;
            target = qint64(rate) * seconds;
            driving.start();
            driver.start(5);
        }
    });
    std::printf("ready %s %lld\n", qPrintable(device.clusterUrl()), cluster.resourceVersion());
    std::fflush(stdout);
    return QCoreApplication::exec();
}

// ---- the parent side ---------------------------------------------------------------------

DemoServerProcess::~DemoServerProcess()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.closeWriteChannel();
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
}

bool DemoServerProcess::start(int objects, const QString& kubeconfigPath, QString* error)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QCoreApplication::applicationFilePath(),
        {u"--serve"_s, u"--objects"_s, QString::number(objects), u"--kubeconfig-out"_s, kubeconfigPath});
    const QByteArray line = readLine(600000);
    if (!line.startsWith("ready ")) {
        *error = line.isEmpty() ? u"the demo device did not start"_s : QString::fromUtf8(line);
        return false;
    }
    m_url = QString::fromLatin1(line.split(' ').value(1));
    return true;
}

void DemoServerProcess::drive(int rate, int seconds)
{
    m_process.write(u"drive %1 %2\n"_s.arg(rate).arg(seconds).toLatin1());
}

DemoServerProcess::Driven DemoServerProcess::waitDriven(int timeoutMs)
{
    Driven driven;
    const QList<QByteArray> parts = readLine(timeoutMs).split(' ');
    if (parts.value(0) != "driven") {
        driven.written = -1;
        return driven;
    }
    driven.written = parts.value(1).toLongLong();
    driven.seconds = parts.value(2).toDouble() / 1000.0;
    driven.resourceVersion = QString::fromLatin1(parts.value(3));
    return driven;
}

QByteArray DemoServerProcess::readLine(int timeoutMs)
{
    QByteArray line;
    waitFor(
        [&] {
            if (m_process.canReadLine())
                line = m_process.readLine().trimmed();
            return !line.isEmpty() || m_process.state() == QProcess::NotRunning;
        },
        timeoutMs);
    return line;
}

} // namespace ase::bench
