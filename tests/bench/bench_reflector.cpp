// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// Benchmark of the reflectors: list 10,000 PVs and 10,000 PVCs from the demo device into
// the ResourceStore, then follow 1,000 watch events/s for 30 s. Prints the time to a
// filled store, the events applied per second, the largest event-loop stall, peak RSS,
// and the time `kubectl get pv,pvc -A -o json` takes against the same server.
//
// The demo device runs in a child process (this program with --serve), so that the
// stall and RSS figures are the client's alone:
//   bench_reflector [--objects N] [--rate EVENTS_PER_S] [--seconds S] [--kubectl PATH]
#include "app/kube/ClusterWatcher.h"
#include "app/kube/KubeClient.h"
#include "app/kube/Kubeconfig.h"
#include "models/graph/GraphSource.h"
#include "models/itemmodels/ResourceFilterProxy.h"
#include "models/itemmodels/StorageTableModels.h"
#include "models/resources/JsonResource.h"
#include "models/resources/PersistentVolume.h"
#include "models/resources/PersistentVolumeClaim.h"
#include "models/store/MemoryRelease.h"
#include "models/store/ResourceStore.h"
#include "tests/bench/BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

using namespace ase::bench;

namespace {

/// Where the memory goes. A second store is filled with the same objects while the
/// window's models follow it, as they follow the window's store (through its changes); then
/// each model is destroyed in turn, and what the heap gives back is what that model held
/// of its own.
void reportMemory(ase::ResourceStore& store, int pairs)
{
    const double objects = 2.0 * pairs;
    const double mib = 1024.0 * 1024.0;
    const double heap = heapMiB();
    out() << "heap in use after the fill: " << heap << " MiB = " << heap * mib / objects
          << " bytes an object (store text: PV "
          << double(store.textBytes(u"PersistentVolume"_s)) / double(pairs) << " B, PVC "
          << double(store.textBytes(u"PersistentVolumeClaim"_s)) / double(pairs) << " B an object)"
          << Qt::endl;
    const QList<QJsonObject> volumeObjects = store.objects(u"PersistentVolume"_s);
    const QList<QJsonObject> claimObjects = store.objects(u"PersistentVolumeClaim"_s);
    const QList<QJsonObject> classObjects = store.objects(u"StorageClass"_s);
    const auto typedSize = [&]<typename T>(const QList<QJsonObject>& objects) {
        const double before = heapMiB();
        std::vector<std::shared_ptr<const T>> typed;
        typed.reserve(objects.size());
        for (const QJsonObject& object : objects)
            typed.push_back(ase::sharedForCache<T>(object));
        return (heapMiB() - before) * mib / double(objects.size());
    };
    out() << "a typed object as the caches keep it: PV "
          << typedSize.template operator()<ase::PersistentVolume>(volumeObjects) << " B, PVC "
          << typedSize.template operator()<ase::PersistentVolumeClaim>(claimObjects) << " B" << Qt::endl;
    auto mirror = std::make_unique<ase::ResourceStore>();
    auto volumes = std::make_unique<ase::PersistentVolumeTableModel>(mirror.get());
    auto claims = std::make_unique<ase::PersistentVolumeClaimTableModel>(mirror.get());
    auto classes = std::make_unique<ase::StorageClassTableModel>(mirror.get());
    auto volumesProxy = std::make_unique<ase::ResourceFilterProxy>();
    volumesProxy->setSourceModel(volumes.get());
    volumesProxy->sort(0);
    auto claimsProxy = std::make_unique<ase::ResourceFilterProxy>();
    claimsProxy->setSourceModel(claims.get());
    claimsProxy->sort(0);
    auto graph = std::make_unique<ase::graph::GraphSource>(mirror.get());
    spin(100); // the models' first (empty) fill
    double before = heapMiB();
    mirror->postReplace(u"StorageClass"_s, classObjects);
    mirror->postReplace(u"PersistentVolume"_s, volumeObjects);
    mirror->postReplace(u"PersistentVolumeClaim"_s, claimObjects);
    waitFor([&] { return volumes->rowCount() >= pairs && claims->rowCount() >= pairs; }, 120000);
    spin(500);
    std::optional<ase::graph::GraphInput> input = graph->input(); // what a build reads
    out() << "the window's models over a second store with the same objects: +" << heapMiB() - before
          << " MiB = " << (heapMiB() - before) * mib / objects << " bytes an object, of which:" << Qt::endl;
    before = heapMiB();
    const auto freed = [&](const char* what) {
        const double now = heapMiB();
        out() << "  " << what << ": " << before - now << " MiB = " << (before - now) * mib / objects
              << " bytes an object" << Qt::endl;
        before = now;
    };
    input.reset();
    graph.reset();
    freed("the graph's source (typed volumes and claims)");
    volumesProxy.reset();
    claimsProxy.reset();
    freed("the sorted filter proxies");
    claims.reset();
    freed("the claims table (rows, its volumes for the Why column, pods by claim)");
    volumes.reset();
    classes.reset();
    freed("the volumes and classes tables (rows)");
    mirror.reset();
    freed("the second store (text, keys, index)");
}

struct KubectlRun
{
    double seconds = -1;
    double cpuSeconds = -1; ///< user + system, from getrusage(RUSAGE_CHILDREN) around the run
    int exitCode = -1;
    QString error;
};

KubectlRun runKubectl(const QString& kubectl, const QString& kubeconfig, const QString& cacheDir)
{
    KubectlRun run;
    QProcess process;
    process.setStandardOutputFile(QProcess::nullDevice());
    process.setProcessChannelMode(QProcess::SeparateChannels);
    QElapsedTimer clock;
    clock.start();
    const double cpuBefore = childrenCpuSeconds();
    process.start(kubectl,
        {u"--kubeconfig"_s, kubeconfig, u"--cache-dir"_s, cacheDir, u"get"_s, u"pv,pvc"_s, u"-A"_s, u"-o"_s,
            u"json"_s});
    bool finished = false;
    QObject::connect(&process, &QProcess::finished, &process, [&finished] { finished = true; });
    if (!process.waitForStarted(10000)) {
        run.error = process.errorString();
        return run;
    }
    // Wait in the event loop (the reflectors keep running meanwhile).
    waitFor([&finished] { return finished; }, 300000);
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    process.waitForFinished(1000); // reaped: its CPU time is now in RUSAGE_CHILDREN
    run.cpuSeconds = childrenCpuSeconds() - cpuBefore;
    run.exitCode = process.exitCode();
    if (run.exitCode != 0)
        run.error = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return run;
}

int bench(int objects, int rate, int seconds, const QString& kubectlPath)
{
    QTemporaryDir dir;
    const QString kubeconfig = dir.filePath(u"kubeconfig"_s);

    // 1. The server, in its own process.
    DemoServerProcess server;
    QElapsedTimer seedClock;
    seedClock.start();
    QString error;
    if (!server.start(objects, kubeconfig, &error)) {
        out() << error << Qt::endl;
        return 1;
    }
    out() << "demo device with " << objects << " PV/PVC pairs ready in " << seedClock.elapsed() / 1000.0
          << " s (" << server.url() << ")" << Qt::endl;

    // 2. The client, configured from the demo's kubeconfig as the app would be.
    const ase::KubeconfigResolution resolution = ase::Kubeconfig::load(kubeconfig).resolve();
    if (!resolution.ok()) {
        out() << "kubeconfig: " << resolution.message() << Qt::endl;
        return 1;
    }
    ase::KubeClient client(*resolution.connection);
    ase::ResourceStore store;
    ase::ClusterWatcher watcher(&client, &store);
    watcher.setKinds({ase::resourceKindByKind(u"PersistentVolume"_s),
        ase::resourceKindByKind(u"PersistentVolumeClaim"_s)});
    qint64 applied = 0;
    QObject::connect(&store, &ase::ResourceStore::changed, &store,
        [&applied](const QString&, const QList<ase::StoreChange>& changes) { applied += changes.size(); });

    const StallTracer tracer; // ASE_BENCH_TRACE_STALLS=MS: the stack of each stall that long
    StallProbe probe(5);
    probe.restart();
    QElapsedTimer fillClock;
    fillClock.start();
    const double fillCpuBefore = cpuSeconds();
    watcher.start();
    const auto filled = [&] {
        return store.count(u"PersistentVolume"_s) >= objects
            && store.count(u"PersistentVolumeClaim"_s) >= objects;
    };
    if (!waitFor(filled, 300000)) {
        out() << "the store was not filled: " << store.count(u"PersistentVolume"_s) << " PVs, "
              << store.count(u"PersistentVolumeClaim"_s) << " PVCs" << Qt::endl;
        return 1;
    }
    const double fillSeconds = double(fillClock.nsecsElapsed()) / 1e9;
    const double fillCpu = cpuSeconds() - fillCpuBefore;
    for (const QString& kind : watcher.kinds()) {
        const ase::ReflectorStats& s = watcher.reflector(kind)->stats();
        out() << kind << ": " << s.lists << " list(s), " << s.listPages << " pages, " << s.continueExpired
              << " expired continue tokens, " << s.errors << " errors"
              << (s.errors ? u" (last: "_s + s.lastError.message() + u')' : QString()) << Qt::endl;
    }
    const qint64 fillStall = probe.worstMs();
    out() << "time to a filled store (" << objects << " PVs + " << objects << " PVCs): " << fillSeconds
          << " s, client CPU " << fillCpu << " s; event-loop stall while listing: worst " << fillStall
          << " ms, p99 " << probe.percentileMs(0.99) << " ms" << Qt::endl;
    out() << "RSS after the fill: client " << rssMiB() << " MiB" << Qt::endl;
    reportMemory(store, objects);

    // 3. kubectl against the same server: once with an empty discovery cache, once warm.
    const QString kubectl
        = kubectlPath.isEmpty() ? QStandardPaths::findExecutable(u"kubectl"_s) : kubectlPath;
    KubectlRun cold;
    KubectlRun warm;
    if (kubectl.isEmpty()) {
        out() << "kubectl not found: no comparison" << Qt::endl;
    } else {
        const QString cache = dir.filePath(u"kube-cache"_s);
        cold = runKubectl(kubectl, kubeconfig, cache);
        warm = runKubectl(kubectl, kubeconfig, cache);
        for (const KubectlRun* run : {&cold, &warm}) {
            if (!run->error.isEmpty())
                out() << "kubectl failed (" << run->exitCode << "): " << run->error << Qt::endl;
        }
        out() << "kubectl get pv,pvc -A -o json > /dev/null: " << cold.seconds << " s, CPU "
              << cold.cpuSeconds << " s (empty discovery cache); " << warm.seconds << " s, CPU "
              << warm.cpuSeconds << " s (warm cache)" << Qt::endl;
        if (warm.seconds > 0 && warm.cpuSeconds > 0)
            out() << "ratio store fill / kubectl (warm): wall " << fillSeconds / warm.seconds << ", CPU "
                  << fillCpu / warm.cpuSeconds << Qt::endl;
    }

    // 4. Watch events: the server writes `rate` changes/s for `seconds` s.
    waitFor([] { return false; }, 500); // let the kubectl runs' effects settle
    probe.restart();
    const qint64 appliedBefore = applied;
    qint64 eventsBefore = 0;
    for (const QString& kind : watcher.kinds())
        eventsBefore += watcher.reflector(kind)->stats().events;
    QElapsedTimer driveClock;
    driveClock.start();
    server.drive(rate, seconds);
    const DemoServerProcess::Driven driven = server.waitDriven((seconds + 120) * 1000);
    const qint64 written = driven.written;
    const double serverSeconds = driven.seconds;
    const QString finalRv = driven.resourceVersion;
    // Caught up: both reflectors have seen the last resourceVersion the server handed out
    // (the other kind's bookmark, or its own event), and the store applied it.
    const auto caughtUp = [&] {
        qint64 events = 0;
        for (const QString& kind : watcher.kinds())
            events += watcher.reflector(kind)->stats().events;
        return events - eventsBefore >= written;
    };
    const bool complete = waitFor(caughtUp, 120000);
    store.flush();
    const double driveSeconds = double(driveClock.nsecsElapsed()) / 1e9;
    const qint64 appliedEvents = applied - appliedBefore;
    const qint64 watchStall = probe.worstMs();
    qint64 events = 0;
    int relists = 0;
    for (const QString& kind : watcher.kinds()) {
        events += watcher.reflector(kind)->stats().events;
        relists += watcher.reflector(kind)->stats().expired;
    }
    events -= eventsBefore;

    out() << "server wrote " << written << " changes in " << serverSeconds << " s ("
          << (serverSeconds > 0 ? double(written) / serverSeconds : 0) << "/s), last resourceVersion "
          << finalRv << Qt::endl;
    out() << "watch events received: " << events << (complete ? "" : " (NOT all: timed out)")
          << ", store changes applied: " << appliedEvents << " in " << driveSeconds
          << " s = " << double(appliedEvents) / driveSeconds << " events applied/s; re-lists: " << relists
          << Qt::endl;
    out() << "event-loop stall while watching: worst " << watchStall << " ms, p99 "
          << probe.percentileMs(0.99) << " ms" << Qt::endl;
    out() << "peak RSS: client " << peakRssMiB() << " MiB (demo device process " << peakRssMiB(server.pid())
          << " MiB)" << Qt::endl;
    return complete ? 0 : 1;
}

} // namespace

int main(int argc, char* argv[])
{
    ase::MemoryRelease::limitArenas(); // as the app's main() does
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption serveOption(u"serve"_s, u"Run the demo device (child process)."_s);
    const QCommandLineOption objectsOption(u"objects"_s, u"PV/PVC pairs."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption rateOption(u"rate"_s, u"Watch events per second."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption secondsOption(u"seconds"_s, u"Seconds of watch events."_s, u"S"_s, u"30"_s);
    const QCommandLineOption kubectlOption(u"kubectl"_s, u"kubectl to compare with."_s, u"PATH"_s);
    const QCommandLineOption kubeconfigOption(
        u"kubeconfig-out"_s, u"Where --serve writes its kubeconfig."_s, u"FILE"_s);
    parser.addOptions(
        {serveOption, objectsOption, rateOption, secondsOption, kubectlOption, kubeconfigOption});
    parser.process(app);
    const int objects = parser.value(objectsOption).toInt();
    if (parser.isSet(serveOption))
        return serveDemo(objects, parser.value(kubeconfigOption));
    return bench(objects, parser.value(rateOption).toInt(), parser.value(secondsOption).toInt(),
        parser.value(kubectlOption));
}
