// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The binding graph at scale, offscreen: for 1k, 10k and 50k PV/PVC pairs (each claim used
// by a pod of a Deployment) it prints the time to decode, build and order the graph, the
// memory it takes, the frame time while panning (zoomed out: boxes only; zoomed in: names),
// and the frame time and event-loop stalls while 1,000 watch events/s arrive (the live
// rebuild). A synthetic store, no network: what is measured is the graph and its view.
// Prints figures; asserts nothing.
//
//   bench_graph [--sizes 1000,10000,50000] [--rate 1000] [--shots DIR]

#include "models/graph/BindingGraph.h"
#include "models/graph/GraphSource.h"
#include "models/store/ResourceStore.h"
#include "tests/bench/BenchSupport.h"
#include "tests/bench/GuiBenchMain.h"
#include "ui/graph/GraphPanel.h"
#include "ui/graph/GraphView.h"

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <ctime>
#include <optional>

using namespace ase;
using namespace ase::bench;
using namespace Qt::StringLiterals;

namespace {

/// CPU time of this thread in ms: on a machine shared with other work, what a frame or a
/// build costs apart from the time it waited for a core.
double threadCpuMs()
{
    timespec ts {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1000.0 + double(ts.tv_nsec) / 1e6;
}

struct Frames
{
    double mean = 0;
    double p95 = 0;
    qint64 worst = 0;
    double cpuMean = 0;
};

Frames measureFrames(GraphView* view, int frames, const std::function<void(int)>& step)
{
    QList<qint64> times;
    double cpu = 0;
    for (int f = 0; f < frames; ++f) {
        step(f);
        QElapsedTimer t;
        t.start();
        const double cpuStart = threadCpuMs();
        view->repaint();
        cpu += threadCpuMs() - cpuStart;
        times.append(t.nsecsElapsed() / 1000);
        QCoreApplication::processEvents();
    }
    std::sort(times.begin(), times.end());
    Frames out;
    out.cpuMean = cpu / std::max(1, frames);
    for (const qint64 t : std::as_const(times))
        out.mean += double(t) / 1000.0;
    out.mean /= std::max<qsizetype>(1, times.size());
    out.p95 = double(times.value(qsizetype(times.size() * 0.95))) / 1000.0;
    out.worst = times.isEmpty() ? 0 : times.last() / 1000;
    return out;
}

QString ms(double value)
{
    return QString::number(value, 'f', 2) + u" ms"_s;
}

int runSize(int pairs, int rate, const QString& shots)
{
    out() << "== " << pairs << " PV/PVC pairs, " << pairs << " pods ==" << Qt::endl;
    const double rssStart = rssMiB();
    auto store = std::make_unique<ResourceStore>();
    const SyntheticStorage synthetic = fillSyntheticStorage(store.get(), pairs);
    const QList<QJsonObject>& volumes = synthetic.volumes;
    const QList<QJsonObject>& claims = synthetic.claims;
    const double rssStore = rssMiB();
    out() << "store filled: RSS +" << (rssStore - rssStart) << " MiB" << Qt::endl;

    // The graph alone: decode, build and order (wall clock, and CPU time of this thread).
    {
        const auto timed = [](const std::function<void()>& work) {
            QElapsedTimer t;
            t.start();
            const double cpu = threadCpuMs();
            work();
            return u"%1 ms (CPU %2 ms)"_s.arg(t.elapsed()).arg(qRound(threadCpuMs() - cpu));
        };
        std::optional<graph::GraphSource> source;
        const QString decode = timed([&] { source.emplace(store.get()); });
        const graph::GraphInput input = source->input();
        graph::BindingGraph unordered;
        const QString build = timed([&] { unordered = graph::BindingGraph::build(input, {}, false); });
        graph::BindingGraph ordered;
        const double heapBefore = heapMiB();
        const QString buildAndOrder = timed([&] { ordered = graph::BindingGraph::build(input); });
        const double graphHeap = heapMiB() - heapBefore;
        int moved = 0;
        graph::BindingGraph live;
        const double heapBeforeLive = heapMiB();
        const QString adopt = timed([&] {
            live = graph::BindingGraph::build(input, {}, false);
            moved = live.adoptOrder(ordered);
        });
        const double liveHeap = heapMiB() - heapBeforeLive;
        out() << "graph: " << ordered.nodes().size() << " nodes, " << ordered.edges().size()
              << " edges; decode " << decode << ", build " << build << ", build + barycentre order "
              << buildAndOrder << " (crossings " << unordered.crossings() << " → " << ordered.crossings()
              << "), live rebuild (build + adopt order) " << adopt << " (" << moved
              << " moved); the ordered graph holds " << graphHeap
              << " MiB of heap, a live one (with its neighbour lists) " << liveHeap << " MiB" << Qt::endl;
    }
    const double rssBeforePanel = rssMiB();
    GraphPanel panel(store.get());
    panel.resize(1400, 800);
    panel.show();
    QElapsedTimer t;
    t.start();
    panel.rebuildNow();
    const qint64 firstLayout = t.elapsed();
    QCoreApplication::processEvents();
    out() << "panel: first layout " << firstLayout << " ms (build " << panel.lastBuildMs() << " ms); shown "
          << panel.view()->visibleNodes().size() << " nodes, hidden by the cap " << panel.hiddenCount()
          << "; RSS +" << (rssMiB() - rssBeforePanel) << " MiB for the panel (graph, source, view)"
          << Qt::endl;

    GraphView* view = panel.view();
    const auto report = [](const char* what, const Frames& f) {
        out() << what << ": mean " << ms(f.mean) << ", p95 " << ms(f.p95) << ", worst " << f.worst
              << " ms (CPU mean " << ms(f.cpuMean) << ")" << Qt::endl;
    };
    // Every node in view: the smallest zoom that shows the whole graph, from the top left.
    const auto showWhole = [view] {
        const QRectF b = view->graphBounds();
        const double scale = std::min(view->width() / b.width(), view->height() / b.height());
        view->zoomBy(scale / view->zoom(), QPointF(0, 0));
        view->panBy(-view->mapToView(QPointF(0, 0)));
    };
    showWhole();
    report("frame, whole graph in view (level of detail: density bands)",
        measureFrames(view, 60, [view](int f) { view->panBy(QPointF(0, f % 2 ? 1 : -1)); }));
    view->fitAll();
    out() << "Fit: zoom " << QString::number(view->zoom(), 'f', 3)
          << (view->overviewShown() ? ", overview bar shown" : "") << Qt::endl;
    report("frame after Fit",
        measureFrames(view, 60, [view](int f) { view->panBy(QPointF(0, f % 2 ? 1 : -1)); }));
    view->zoomBy(1.0 / view->zoom(), QPointF(0, 0));
    report("frame while panning at 100% (names, icons, curves)",
        measureFrames(view, 200, [view](int f) { view->panBy(QPointF(f % 40 < 20 ? -15 : 15, -30)); }));
    panel.setCap(0);
    showWhole();
    report("frame, cap off, every node in view",
        measureFrames(view, 30, [view](int f) { view->panBy(QPointF(0, f % 2 ? 1 : -1)); }));
    view->zoomBy(0.3 / view->zoom(), QPointF(0, 0));
    report("frame while panning at 30%, cap off",
        measureFrames(view, 100, [view](int) { view->panBy(QPointF(0, -60)); }));
    panel.setCap(3000);

    if (!shots.isEmpty()) {
        view->fitAll();
        QCoreApplication::processEvents();
        QDir().mkpath(shots);
        panel.grab().save(QDir(shots).filePath(u"graph-%1-fit.png"_s.arg(pairs)));
        view->setSelectedId(
            panel.currentGraph().nodes().at(panel.currentGraph().column(graph::Column::Claim).at(5)).id());
        view->zoomBy(1.0 / view->zoom(), view->rect().center());
        QCoreApplication::processEvents();
        panel.grab().save(QDir(shots).filePath(u"graph-%1-zoomed.png"_s.arg(pairs)));
    }

    // Churn while zoomed out (the density picture) half of the time, at 100% the other half.
    // Churn: `rate` changes per second (labels of random volumes and claims, and every
    // tenth a claim that changes phase), applied by the store in batches, while panning.
    panel.setMinimumInterval(250);
    QRandomGenerator random(7);
    int changes = 0;
    QTimer churn;
    churn.setInterval(10);
    QObject::connect(&churn, &QTimer::timeout, &churn, [&] {
        for (int k = 0; k < rate / 100; ++k) {
            const int i = int(random.bounded(pairs));
            if (i % 100 != 0 && random.bounded(2) == 0) {
                QJsonObject v = volumes.at(i - i / 100 - 1);
                QJsonObject meta = v.value(u"metadata"_s).toObject();
                meta.insert(u"labels"_s, QJsonObject {{u"tick"_s, QString::number(changes)}});
                // A new resourceVersion, as the server gives (the store skips the same one).
                meta.insert(u"resourceVersion"_s, QString::number(changes + 2));
                v.insert(u"metadata"_s, meta);
                store->postUpsert(u"PersistentVolume"_s, v);
            } else {
                QJsonObject c = claims.at(i);
                QJsonObject meta = c.value(u"metadata"_s).toObject();
                meta.insert(u"labels"_s, QJsonObject {{u"tick"_s, QString::number(changes)}});
                // A new resourceVersion, as the server gives (the store skips the same one).
                meta.insert(u"resourceVersion"_s, QString::number(changes + 2));
                c.insert(u"metadata"_s, meta);
                if (changes % 10 == 0) // a phase change: the graph shows it (a rebuild)
                    c.insert(
                        u"status"_s, QJsonObject {{u"phase"_s, (changes / 10) % 2 ? u"Lost"_s : u"Bound"_s}});
                store->postUpsert(u"PersistentVolumeClaim"_s, c);
            }
            ++changes;
        }
    });
    qint64 rebuilds = 0;
    qint64 rebuildMs = 0;
    qint64 worstRebuild = 0;
    QObject::connect(&panel, &GraphPanel::rebuilt, &panel, [&] {
        ++rebuilds;
        rebuildMs += panel.lastBuildMs();
        worstRebuild = std::max(worstRebuild, panel.lastBuildMs());
    });
    const qint64 relevantBefore = panel.source()->relevantChangeCount();
    StallProbe probe;
    churn.start();
    probe.restart();
    QList<qint64> frames;
    QElapsedTimer clock;
    clock.start();
    int f = 0;
    showWhole();
    bool zoomedIn = false;
    spin(5000, [&] {
        if (!zoomedIn && clock.elapsed() > 2500) {
            zoomedIn = true;
            view->zoomBy(1.0 / view->zoom(), QPointF(0, 0));
        }
        view->panBy(QPointF(0, (f++ % 60) < 30 ? -20 : 20));
        QElapsedTimer paint;
        paint.start();
        view->repaint();
        frames.append(paint.nsecsElapsed() / 1000);
    });
    churn.stop();
    std::sort(frames.begin(), frames.end());
    double mean = 0;
    for (const qint64 x : std::as_const(frames))
        mean += double(x) / 1000.0;
    mean /= std::max<qsizetype>(1, frames.size());
    out() << "with " << rate << " events/s for 5 s (" << changes << " changes, "
          << (changes * 1000 / std::max<qint64>(1, clock.elapsed())) << "/s): " << frames.size()
          << " frames, paint mean " << ms(mean) << ", p95 "
          << ms(double(frames.value(qsizetype(frames.size() * 0.95))) / 1000.0) << "; "
          << (panel.source()->relevantChangeCount() - relevantBefore) << " changed the graph; " << rebuilds
          << " live rebuilds, mean " << (rebuilds ? rebuildMs / rebuilds : 0) << " ms, worst " << worstRebuild
          << " ms; event-loop stalls: worst " << probe.worstMs() << " ms, p99 " << probe.percentileMs(0.99)
          << " ms, > 16 ms: " << probe.over(16) << ", > 50 ms: " << probe.over50() << Qt::endl;
    out() << "RSS now " << rssMiB() << " MiB, peak " << peakRssMiB() << " MiB" << Qt::endl << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    const QCommandLineOption sizesOption(
        u"sizes"_s, u"PV/PVC pairs, comma-separated."_s, u"N,N"_s, u"1000,10000,50000"_s);
    const QCommandLineOption rateOption(u"rate"_s, u"Watch events per second."_s, u"N"_s, u"1000"_s);
    const QCommandLineOption shotsOption(u"shots"_s, u"Also save pictures of the graph here."_s, u"DIR"_s);
    return guiBenchMain(
        argc, argv, {sizesOption, rateOption, shotsOption}, [&](const QCommandLineParser& parser) {
            for (const QString& size : parser.value(sizesOption).split(u',', Qt::SkipEmptyParts)) {
                if (const int code
                    = runSize(size.toInt(), parser.value(rateOption).toInt(), parser.value(shotsOption)))
                    return code;
            }
            return 0;
        });
}
