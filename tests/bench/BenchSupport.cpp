#include "tests/bench/BenchSupport.h"

#include "app/demo/DemoDevice.h"
#include "app/demo/scenario/Scenario.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSocketNotifier>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>
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

bool waitFor(const std::function<bool()>& done, int timeoutMs)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

void spin(int ms, const std::function<void()>& each, int everyMs)
{
    QElapsedTimer clock;
    clock.start();
    QElapsedTimer frame;
    frame.start();
    while (clock.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (each && frame.elapsed() >= everyMs) {
            frame.restart();
            each();
        }
    }
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
        m_delays.append(std::max<qint64>(0, late));
        if (late > 50)
            ++m_over50;
        m_last = now;
    });
}

qint64 StallProbe::p99Ms() const
{
    if (m_delays.isEmpty())
        return 0;
    QList<qint64> sorted = m_delays;
    const qsizetype at = std::min<qsizetype>(sorted.size() - 1, sorted.size() * 99 / 100);
    std::nth_element(sorted.begin(), sorted.begin() + at, sorted.end());
    return sorted.at(at);
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

void StallProbe::restart()
{
    m_worst = 0;
    m_delays.clear();
    m_over50 = 0;
    m_clock.start();
    m_last = 0;
    m_timer.start();
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
