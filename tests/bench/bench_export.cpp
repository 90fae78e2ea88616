// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// Benchmark of the export: 10,000 PVs + 10,000 claims listed from the demo device into the
// ResourceStore (as the window holds them), then exported off the GUI thread (ExportJob:
// plan + clean + YAML + atomic write) to a folder and to one file, next to
// `kubectl get pv,pvc -A -o yaml > FILE` against the same server. Prints the times, the
// ratio to kubectl and the largest event-loop stall of the (GUI) thread while exporting.
// Figures only: no assertion on time.
//
// The demo device runs in a child process (this program with --serve):
//   bench_export [--objects N] [--kubectl PATH] [--keep DIR]
#include "app/kube/ClusterWatcher.h"
#include "app/kube/KubeClient.h"
#include "app/kube/Kubeconfig.h"
#include "app/session/ExportJob.h"
#include "models/store/ResourceStore.h"
#include "tests/bench/BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace ase::bench;

namespace {

struct Timed
{
    double seconds = -1;
    qint64 worstStallMs = -1;
    qint64 bytes = 0;
    int files = 0;
    QString error;
};

/// One ExportJob from the store (no target: plan only), measured with the stall probe running.
Timed exportOnce(ase::ResourceStore& store, const std::optional<ase::exporting::ExportTarget>& target)
{
    Timed t;
    StallProbe probe(2);
    probe.restart();
    QElapsedTimer clock;
    clock.start();
    ase::ExportSelection everything;
    everything.scope = ase::ExportSelection::Scope::Everything;
    ase::ExportJob job(ase::exportSources(store, everything), {}, target);
    bool done = false;
    QObject::connect(&job, &ase::ExportJob::finished, &job, [&done] { done = true; });
    job.start();
    if (!waitFor([&done] { return done; }, 600000)) {
        t.error = u"timed out"_s;
        return t;
    }
    t.seconds = double(clock.nsecsElapsed()) / 1e9;
    t.worstStallMs = probe.worstMs();
    t.bytes = job.result().bytes;
    t.files = job.result().files;
    if (!job.result().ok())
        t.error = job.result().error;
    return t;
}

Timed runKubectl(
    const QString& kubectl, const QString& kubeconfig, const QString& cacheDir, const QString& file)
{
    Timed t;
    QProcess process;
    process.setStandardOutputFile(file);
    QElapsedTimer clock;
    clock.start();
    process.start(kubectl,
        {u"--kubeconfig"_s, kubeconfig, u"--cache-dir"_s, cacheDir, u"get"_s, u"pv,pvc"_s, u"-A"_s, u"-o"_s,
            u"yaml"_s});
    bool finished = false;
    QObject::connect(&process, &QProcess::finished, &process, [&finished] { finished = true; });
    if (!process.waitForStarted(10000)) {
        t.error = process.errorString();
        return t;
    }
    waitFor([&finished] { return finished; }, 600000);
    t.seconds = double(clock.nsecsElapsed()) / 1e9;
    t.bytes = QFileInfo(file).size();
    if (process.exitCode() != 0)
        t.error = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return t;
}

int bench(int objects, const QString& kubectlPath, const QString& keep)
{
    QTemporaryDir dir;
    const QString work = keep.isEmpty() ? dir.path() : keep;
    QDir().mkpath(work);
    const QString kubeconfig = dir.filePath(u"kubeconfig"_s);
    DemoServerProcess server;
    QString error;
    if (!server.start(objects, kubeconfig, &error)) {
        out() << error << Qt::endl;
        return 1;
    }
    out() << "demo device with " << objects << " PV/PVC pairs ready (" << server.url() << ")" << Qt::endl;

    const ase::KubeconfigResolution resolution = ase::Kubeconfig::load(kubeconfig).resolve();
    if (!resolution.ok()) {
        out() << "kubeconfig: " << resolution.message() << Qt::endl;
        return 1;
    }
    ase::KubeClient client(*resolution.connection);
    ase::ResourceStore store;
    ase::ClusterWatcher watcher(&client, &store);
    watcher.setKinds(
        {ase::resourceKindByKind(u"PersistentVolume"_s), ase::resourceKindByKind(u"PersistentVolumeClaim"_s),
            ase::resourceKindByKind(u"StorageClass"_s), ase::resourceKindByKind(u"Namespace"_s)});
    watcher.start();
    if (!waitFor(
            [&] {
                return store.count(u"PersistentVolume"_s) >= objects
                    && store.count(u"PersistentVolumeClaim"_s) >= objects;
            },
            300000)) {
        out() << "the store was not filled" << Qt::endl;
        return 1;
    }
    store.flush();
    out() << "store: " << store.count(u"PersistentVolume"_s) << " PVs, "
          << store.count(u"PersistentVolumeClaim"_s) << " PVCs, " << store.count(u"StorageClass"_s)
          << " classes, " << store.count(u"Namespace"_s) << " namespaces" << Qt::endl;

    using ase::exporting::ExportLayout;
    const Timed plan = exportOnce(store, std::nullopt);
    out() << "plan only (select, related, clean, rules; no YAML, no files): " << plan.seconds
          << " s; largest GUI-thread stall " << plan.worstStallMs << " ms" << Qt::endl;
    const Timed folder = exportOnce(store,
        ase::exporting::ExportTarget {ExportLayout::Folder, QDir(work).filePath(u"export-folder"_s), true});
    out() << "export to a folder: " << folder.seconds << " s, " << folder.files << " files, "
          << folder.bytes / 1e6 << " MB; largest GUI-thread stall " << folder.worstStallMs << " ms"
          << (folder.error.isEmpty() ? QString() : u" ERROR "_s + folder.error) << Qt::endl;
    const Timed file = exportOnce(store,
        ase::exporting::ExportTarget {ExportLayout::SingleFile, QDir(work).filePath(u"export.yaml"_s), true});
    out() << "export to one file: " << file.seconds << " s, " << file.bytes / 1e6
          << " MB; largest GUI-thread stall " << file.worstStallMs << " ms"
          << (file.error.isEmpty() ? QString() : u" ERROR "_s + file.error) << Qt::endl;

    const QString kubectl
        = kubectlPath.isEmpty() ? QStandardPaths::findExecutable(u"kubectl"_s) : kubectlPath;
    if (kubectl.isEmpty()) {
        out() << "kubectl not found: no comparison" << Qt::endl;
        return 0;
    }
    const QString cache = dir.filePath(u"kube-cache"_s);
    const QString kubectlFile = QDir(work).filePath(u"kubectl.yaml"_s);
    const Timed cold = runKubectl(kubectl, kubeconfig, cache, kubectlFile);
    const Timed warm = runKubectl(kubectl, kubeconfig, cache, kubectlFile);
    for (const Timed* t : {&cold, &warm})
        if (!t->error.isEmpty())
            out() << "kubectl failed: " << t->error << Qt::endl;
    out() << "kubectl get pv,pvc -A -o yaml > FILE: " << cold.seconds << " s (empty discovery cache), "
          << warm.seconds << " s (warm cache), " << warm.bytes / 1e6 << " MB" << Qt::endl;
    if (folder.seconds > 0 && file.seconds > 0 && warm.seconds > 0)
        out() << "kubectl (warm) / export: " << warm.seconds / folder.seconds << "x (folder), "
              << warm.seconds / file.seconds << "x (one file); target >= 2x" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption serveOption(u"serve"_s, u"Run the demo device (child process)."_s);
    const QCommandLineOption objectsOption(u"objects"_s, u"PV/PVC pairs."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption kubectlOption(u"kubectl"_s, u"kubectl to compare with."_s, u"PATH"_s);
    const QCommandLineOption keepOption(u"keep"_s, u"Write the exports into DIR (kept)."_s, u"DIR"_s);
    const QCommandLineOption kubeconfigOption(
        u"kubeconfig-out"_s, u"Where --serve writes its kubeconfig."_s, u"FILE"_s);
    parser.addOptions({serveOption, objectsOption, kubectlOption, keepOption, kubeconfigOption});
    parser.process(app);
    const int objects = parser.value(objectsOption).toInt();
    if (parser.isSet(serveOption))
        return serveDemo(objects, parser.value(kubeconfigOption));
    return bench(objects, parser.value(kubectlOption), parser.value(keepOption));
}
