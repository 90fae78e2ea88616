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

using namespace ase;
using namespace ase::bench;
using namespace Qt::StringLiterals;

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

struct Frames
{
    double mean = 0;
    double p95 = 0;
    qint64 worst = 0;
};

Frames measureFrames(GraphView* view, int frames, const std::function<void(int)>& step)
{
    QList<qint64> times;
    for (int f = 0; f < frames; ++f) {
        step(f);
        QElapsedTimer t;
        t.start();
        view->repaint();
        times.append(t.nsecsElapsed() / 1000);
        QCoreApplication::processEvents();
    }
    std::sort(times.begin(), times.end());
    Frames out;
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
    QList<QJsonObject> volumes;
    QList<QJsonObject> claims;
    QList<QJsonObject> pods;
    for (int i = 0; i < pairs; ++i) {
        const QString ns = u"team-%1"_s.arg(i % 20);
        const QString name = u"data-%1"_s.arg(i, 6, 10, QChar(u'0'));
        const bool pending = i % 100 == 0; // 1% Pending: the problems
        claims.append(claim(i, ns, name, pending));
        if (!pending)
            volumes.append(volume(i, ns, name));
        pods.append(pod(i, ns, name));
    }
    store->postReplace(u"PersistentVolume"_s, volumes);
    store->postReplace(u"PersistentVolumeClaim"_s, claims);
    store->postReplace(u"Pod"_s, pods);
    store->postReplace(u"StorageClass"_s,
        {QJsonObject {{u"apiVersion"_s, u"storage.k8s.io/v1"_s}, {u"kind"_s, u"StorageClass"_s},
            {u"metadata"_s, QJsonObject {{u"name"_s, u"local"_s}}},
            {u"provisioner"_s, u"rancher.io/local-path"_s}}});
    store->flush();
    const double rssStore = rssMiB();
    out() << "store filled: RSS +" << (rssStore - rssStart) << " MiB" << Qt::endl;

    // The graph alone: decode, build and order.
    {
        QElapsedTimer t;
        t.start();
        graph::GraphSource source(store.get());
        const qint64 decode = t.elapsed();
        t.restart();
        const graph::GraphInput input = source.input();
        const graph::BindingGraph unordered = graph::BindingGraph::build(input, {}, false);
        const qint64 build = t.elapsed();
        t.restart();
        const graph::BindingGraph ordered = graph::BindingGraph::build(input);
        const qint64 buildAndOrder = t.elapsed();
        t.restart();
        graph::BindingGraph live = graph::BindingGraph::build(input, {}, false);
        const int moved = live.adoptOrder(ordered);
        const qint64 adopt = t.elapsed();
        out() << "graph: " << ordered.nodes().size() << " nodes, " << ordered.edges().size()
              << " edges; decode " << decode << " ms, build " << build << " ms, build + barycentre order "
              << buildAndOrder << " ms (crossings " << unordered.crossings() << " → " << ordered.crossings()
              << "), live rebuild (build + adopt order) " << adopt << " ms (" << moved << " moved)"
              << Qt::endl;
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
        out() << what << ": mean " << ms(f.mean) << ", p95 " << ms(f.p95) << ", worst " << f.worst << " ms"
              << Qt::endl;
    };
    view->fitAll();
    report("frame, whole graph in view (level of detail: boxes)",
        measureFrames(view, 60, [view](int) { view->panBy(QPointF(0, 1)); }));
    view->zoomBy(1.0 / view->zoom(), QPointF(0, 0));
    report("frame while panning at 100% (names, icons, curves)",
        measureFrames(view, 200, [view](int f) { view->panBy(QPointF(f % 40 < 20 ? -15 : 15, -30)); }));
    panel.setCap(0);
    view->fitAll();
    report("frame, cap off, every node in view",
        measureFrames(view, 30, [view](int) { view->panBy(QPointF(0, 1)); }));
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
            panel.currentGraph().nodes().at(panel.currentGraph().column(graph::Column::Claim).at(5)).id);
        view->zoomBy(1.0 / view->zoom(), view->rect().center());
        QCoreApplication::processEvents();
        panel.grab().save(QDir(shots).filePath(u"graph-%1-zoomed.png"_s.arg(pairs)));
    }

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
    spin(5000, [&] {
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
          << " ms; worst event-loop stall " << probe.worstMs() << " ms, stalls > 50 ms: " << probe.over50()
          << Qt::endl;
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
