// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// Drives the real main window offscreen against the demo device with many objects and a
// steady stream of watch events, and prints: time to a filled window, event-loop stalls
// while idle, scrolling and filtering, sort and filter times on the full table, and memory.
// The demo device runs in a child process (this program with --serve), so the stall and
// memory figures are the window's own.
//
//   bench_mainwindow [--objects N] [--rate EVENTS_PER_S]

#include "app/kube/ClusterWatcher.h"
#include "app/kube/Kubeconfig.h"
#include "app/kube/Reflector.h"
#include "app/session/Session.h"
#include "models/itemmodels/ResourceFilterProxy.h"
#include "models/itemmodels/StorageTableModels.h"
#include "tests/bench/BenchSupport.h"
#include "tests/bench/GuiBenchMain.h"
#include "ui/MainWindow.h"
#include "ui/NavigationView.h"
#include "ui/ResourcePane.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace ase;
using namespace ase::bench;
using namespace Qt::StringLiterals;

namespace {

/// The probe's figures since its restart: worst, 99th percentile, and how many ticks
/// came more than a frame (16 ms) late.
QString stalls(const StallProbe& probe)
{
    return u"worst stall %1 ms, p99 %2 ms, %3 over 16 ms"_s.arg(probe.worstMs())
        .arg(probe.percentileMs(0.99))
        .arg(probe.over(16));
}

/// The window's memory after a phase: what is in use on the heap, and what the process holds.
QString memory()
{
    return u"; heap in use %1 MiB, RSS %2 MiB (peak so far %3)"_s.arg(heapMiB(), 0, 'f', 0)
        .arg(rssMiB(), 0, 'f', 0)
        .arg(peakRssMiB(), 0, 'f', 0);
}

int runBench(int objects, int eventsPerSecond)
{
    QTemporaryDir dir;
    const QString kubeconfig = dir.filePath(u"kubeconfig"_s);
    DemoServerProcess server;
    QElapsedTimer seed;
    seed.start();
    QString error;
    if (!server.start(objects, kubeconfig, &error)) {
        out() << error << Qt::endl;
        return 1;
    }
    out() << "demo device (child process) with " << objects << " PV/PVC pairs ready in " << seed.elapsed()
          << " ms" << Qt::endl;
    const KubeconfigResolution resolution = Kubeconfig::load(kubeconfig).resolve();
    if (!resolution.ok()) {
        out() << resolution.message() << Qt::endl;
        return 1;
    }

    Session session;
    MainWindow window(&session);
    window.resize(1400, 900);
    window.show();
    StallProbe probe;
    probe.restart();
    QElapsedTimer fill;
    fill.start();
    session.connectCluster(*resolution.connection, u"bench"_s);
    window.navigation()->selectKind(u"PersistentVolumeClaim"_s);
    ResourcePane* pane = window.pane(u"PersistentVolumeClaim"_s);
    ResourcePane* volumes = window.pane(u"PersistentVolume"_s);
    waitFor([&] { return pane->model()->rowCount() >= objects && volumes->model()->rowCount() >= objects; },
        300000);
    out() << "time to a filled window: " << fill.elapsed() << " ms (" << pane->model()->rowCount()
          << " claims, " << volumes->model()->rowCount() << " volumes); " << stalls(probe) << "; RSS "
          << rssMiB() << " MiB (peak so far " << peakRssMiB() << "), heap in use " << heapMiB() << " MiB"
          << Qt::endl;
    spin(1000);

    // Churn: the server patches PVs and PVCs at the requested rate for the rest of the run.
    server.drive(eventsPerSecond, 3600);
    spin(500);
    {
        // What the ticking Age column costs: one dataChanged over the whole column.
        ResourceTableModel* model = pane->model();
        const int age = model->ageColumn();
        QElapsedTimer tick;
        tick.start();
        Q_EMIT model->dataChanged(
            model->index(0, age), model->index(model->rowCount() - 1, age), {Qt::DisplayRole});
        QCoreApplication::processEvents();
        out() << "age tick (dataChanged over " << model->rowCount()
              << " rows, then a repaint): " << tick.elapsed() << " ms" << Qt::endl;
    }
    probe.restart();
    spin(5000);
    out() << "idle with " << eventsPerSecond << " events/s: " << stalls(probe) << memory() << Qt::endl;

    QScrollBar* bar = pane->view()->verticalScrollBar();
    probe.restart();
    spin(5000, [bar] {
        bar->setValue(bar->value() + bar->pageStep() >= bar->maximum() ? 0 : bar->value() + bar->pageStep());
    });
    out() << "scrolling (a page per frame) with churn: " << stalls(probe) << memory() << Qt::endl;

    // Filtering as a person types, with churn. The proxy filters a large table on a worker
    // thread: a keystroke returns at once and the rows follow when they are ready.
    ResourceFilterProxy* proxy = pane->proxy();
    const auto untilShown = [proxy] { waitFor([proxy] { return !proxy->isOrdering(); }, 60000); };
    const QString typed = u"load-07"_s;
    qint64 worstKeystroke = 0;
    qint64 worstShown = 0;
    probe.restart();
    for (int i = 1; i <= typed.size(); ++i) {
        QElapsedTimer t;
        t.start();
        proxy->setFilterText(typed.left(i));
        worstKeystroke = std::max(worstKeystroke, t.elapsed());
        untilShown();
        worstShown = std::max(worstShown, t.elapsed());
        spin(150);
    }
    out() << "filtering " << pane->model()->rowCount() << " rows per keystroke: returns in " << worstKeystroke
          << " ms, rows shown after " << worstShown << " ms (worst); " << stalls(probe) << "; rows shown "
          << proxy->rowCount() << memory() << Qt::endl;
    {
        probe.restart();
        QElapsedTimer clearing;
        clearing.start();
        proxy->setFilterText({});
        const qint64 returned = clearing.elapsed();
        untilShown();
        out() << "clearing the filter: returns in " << returned << " ms, all rows shown after "
              << clearing.elapsed() << " ms; " << stalls(probe) << memory() << Qt::endl;
    }
    spin(300);

    for (int column : {int(PersistentVolumeClaimTableModel::Capacity),
             int(PersistentVolumeClaimTableModel::Age), int(PersistentVolumeClaimTableModel::Name),
             int(PersistentVolumeClaimTableModel::Namespace), int(PersistentVolumeClaimTableModel::Status)}) {
        probe.restart();
        QElapsedTimer t;
        t.start();
        pane->view()->sortByColumn(column, Qt::DescendingOrder);
        const qint64 returned = t.elapsed();
        untilShown();
        out() << "sort " << pane->model()->headerData(column, Qt::Horizontal).toString() << " ("
              << proxy->rowCount() << " rows): returns in " << returned << " ms, shown after " << t.elapsed()
              << " ms; " << stalls(probe) << memory() << Qt::endl;
        spin(200);
    }
    probe.restart();
    spin(3000);
    out() << "idle with churn, sorted by "
          << pane->model()->headerData(PersistentVolumeClaimTableModel::Status, Qt::Horizontal).toString()
          << ": " << stalls(probe) << memory() << Qt::endl;
    if (const ClusterWatcher* watcher = session.clusterWatcher()) {
        for (const QString& kind : watcher->kinds()) {
            const ReflectorStats& s = watcher->reflector(kind)->stats();
            out() << kind << " (" << session.store()->count(kind) << " in the store): " << s.lists
                  << " list(s), " << s.expired << " re-lists after 410, " << s.watches << " watches, "
                  << s.events << " events, " << s.errors << " errors" << Qt::endl;
        }
    }
    out() << "memory: VmRSS " << rssMiB() << " MiB, heap in use " << heapMiB() << " MiB, peak VmHWM "
          << peakRssMiB() << " MiB (the window alone; demo device process peak " << peakRssMiB(server.pid())
          << " MiB)" << Qt::endl;
#ifdef __GLIBC__
    // What of that the allocator keeps for reuse, not the window: the sorts and filters free
    // more than they keep.
    QElapsedTimer trimming;
    trimming.start();
    malloc_trim(0);
    out() << "memory after malloc_trim (" << trimming.elapsed() << " ms): VmRSS " << rssMiB() << " MiB"
          << Qt::endl;
#endif
    window.close();
    session.disconnectAll();
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    const QCommandLineOption serveOption(u"serve"_s, u"Run the demo device (child process)."_s);
    const QCommandLineOption objectsOption(u"objects"_s, u"PV/PVC pairs."_s, u"N"_s, u"10000"_s);
    const QCommandLineOption rateOption(u"rate"_s, u"Watch events per second."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption kubeconfigOption(
        u"kubeconfig-out"_s, u"Where --serve writes its kubeconfig."_s, u"FILE"_s);
    return guiBenchMain(argc, argv, {serveOption, objectsOption, rateOption, kubeconfigOption},
        [&](const QCommandLineParser& parser) {
            const int objects = parser.value(objectsOption).toInt();
            if (parser.isSet(serveOption))
                return serveDemo(objects, parser.value(kubeconfigOption));
            return runBench(objects, parser.value(rateOption).toInt());
        });
}
