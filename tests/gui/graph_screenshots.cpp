// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// Screenshots of the binding inspector against the embedded demo device, for looking at it
// as a person does (not a test: it asserts nothing).
//
//   graph_screenshots OUTDIR [--theme light|dark] [--qm FILE.qm]
//
// The window with the graph of the cluster; the graph of one namespace; the graph focused
// on a claim; problems only; and "Why Pending?" for each kind of Pending claim of the demo
// (no volume and no class, class missing, WaitForFirstConsumer, named volume bound
// elsewhere, named share not mounted, Released volume named, Lost).

#include "app/session/ClusterOperations.h"
#include "app/session/Session.h"
#include "models/store/ResourceStore.h"
#include "tests/bench/BenchSupport.h"
#include "tests/gui/ScreenshotSupport.h"
#include "tests/support/TestJson.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"
#include "ui/graph/BindingInspector.h"
#include "ui/graph/GraphPanel.h"
#include "ui/graph/GraphView.h"
#include "ui/graph/PendingPanel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTranslator>

using namespace ase;
using namespace ase::bench;
using namespace Qt::StringLiterals;

namespace {

bool shoot(QWidget* widget, const QString& dir, const QString& name)
{
    return screenshots::shoot(widget, dir, name, 400);
}

void apply(Session& session, const QList<QJsonObject>& manifests)
{
    bool done = false;
    session.cluster()->apply(
        manifests, false, &session, [&done](const QList<ObjectOutcome>&) { done = true; });
    waitFor([&done] { return done; }, 10000);
}

/// The 10k case: 10,000 PV/PVC pairs and 10,000 pods (a synthetic store, no device): Fit
/// with the cap and without, and a Pending claim at 100%.
int shootLargeGraph(const QString& dir, int n)
{
    ResourceStore store;
    fillSyntheticStorage(&store, 10000);
    GraphPanel panel(&store);
    panel.resize(1400, 760);
    panel.show();
    panel.rebuildNow();
    panel.view()->fitAll();
    shoot(&panel, dir, u"%1-graph-10k-fit"_s.arg(n++));
    // Every object (cap off), fitted: the columns from the top, the overview bar for the rest.
    panel.setCap(0);
    GraphView* view = panel.view();
    view->fitAll();
    shoot(&panel, dir, u"%1-graph-10k-fit-cap-off"_s.arg(n++));
    panel.setCap(3000);
    const QList<int> claims = panel.currentGraph().column(graph::Column::Claim);
    // A Pending claim (every hundredth), selected and shown at 100%.
    for (const int c : claims) {
        if (panel.currentGraph().nodes().at(c).problem) {
            panel.selectObject(u"PersistentVolumeClaim"_s,
                panel.currentGraph().nodes().at(c).ns + u'/' + panel.currentGraph().nodes().at(c).name);
            break;
        }
    }
    // At 100% around it (the selection was in view, as a mark, before).
    view->zoomBy(1.0 / view->zoom(), view->mapToView(view->nodeRect(view->selectedId()).center()));
    view->setSelectedId(view->selectedId(), true);
    shoot(&panel, dir, u"%1-graph-10k-selected-100"_s.arg(n++));
    return 0;
}

int run(const QString& dir)
{
    Session session;
    MainWindow window(&session);
    window.resize(1500, 980);
    window.show();
    session.connectDemo();
    if (!waitFor(
            [&session] {
                return session.store()->count(u"PersistentVolume"_s) >= 3
                    && session.store()->count(u"Share"_s) >= 4 && session.store()->count(u"Pod"_s) > 0;
            },
            60000)) {
        out() << "the demo device did not fill the store" << Qt::endl;
        return 1;
    }
    // The kinds of Pending the seed lacks: a named share not mounted, a Released volume named.
    apply(session,
        {ase::test::json(R"({"apiVersion":"v1","kind":"PersistentVolumeClaim",
        "metadata":{"name":"backups","namespace":"edge-apps"},"spec":{"accessModes":["ReadWriteMany"],
        "resources":{"requests":{"storage":"1Gi"}},"storageClassName":"","volumeName":"backupshare"}})"),
            ase::test::json(R"({"apiVersion":"v1","kind":"PersistentVolume",
        "metadata":{"name":"old-data"},"spec":{"capacity":{"storage":"5Gi"},"accessModes":["ReadWriteOnce"],
        "persistentVolumeReclaimPolicy":"Retain","storageClassName":"","hostPath":{"path":"/srv/old-data"},
        "claimRef":{"kind":"PersistentVolumeClaim","namespace":"edge-apps","name":"gone","uid":"0a0b0c0d"}}})"),
            ase::test::json(R"({"apiVersion":"v1","kind":"PersistentVolumeClaim",
        "metadata":{"name":"reuse","namespace":"edge-apps"},"spec":{"accessModes":["ReadWriteOnce"],
        "resources":{"requests":{"storage":"1Gi"}},"storageClassName":"","volumeName":"old-data"}})")});
    spin(3000);
    BindingInspector* inspector = window.inspector();
    GraphPanel* graph = inspector->graphPanel();
    graph->rebuildNow();
    window.openObject(u"PersistentVolumeClaim"_s, u"edge-apps/backups"_s);
    shoot(&window, dir, u"1-window-cluster-graph"_s);

    inspector->setFloating(true);
    inspector->resize(1400, 760);
    graph->setNamespace(u"edge-apps"_s);
    graph->setScope(GraphPanel::Scope::Namespace);
    graph->view()->fitAll();
    shoot(inspector, dir, u"2-graph-namespace-edge-apps"_s);
    graph->view()->zoomBy(1.0 / graph->view()->zoom(), QPointF(0, 0));
    graph->view()->setSelectedId(u"PersistentVolumeClaim/edge-apps/backups"_s, true);
    shoot(inspector, dir, u"3-graph-namespace-zoomed"_s);

    graph->setScope(GraphPanel::Scope::Focus);
    graph->setHops(2);
    graph->view()->fitAll();
    shoot(inspector, dir, u"4-graph-focus-2-hops"_s);
    graph->setScope(GraphPanel::Scope::Cluster);
    graph->setProblemsOnly(true);
    graph->view()->fitAll();
    shoot(inspector, dir, u"5-graph-problems-only"_s);
    graph->setProblemsOnly(false);

    inspector->showWhyPending();
    const QList<std::pair<QString, QString>> claims {{u"edge-apps/archive-claim"_s, u"no-volume-no-class"_s},
        {u"edge-apps/fast-cache"_s, u"class-missing"_s},
        {u"monitoring/prometheus-data"_s, u"wait-for-consumer"_s},
        {u"edge-apps/smb-second-claim"_s, u"bound-elsewhere"_s},
        {u"edge-apps/backups"_s, u"share-not-mounted"_s}, {u"edge-apps/reuse"_s, u"released-volume"_s},
        {u"iotedge/sensor-archive"_s, u"lost"_s}};
    int n = 6;
    for (const auto& [key, name] : claims) {
        window.openObject(u"PersistentVolumeClaim"_s, key);
        inspector->pendingPanel()->refresh();
        shoot(inspector, dir, u"%1-why-%2"_s.arg(n++).arg(name));
    }
    inspector->setFloating(false);
    window.openObject(u"PersistentVolumeClaim"_s, u"edge-apps/archive-claim"_s);
    shoot(&window, dir, u"%1-window-why-column"_s.arg(n++));
    return shootLargeGraph(dir, n);
}

} // namespace

int main(int argc, char* argv[])
{
    return screenshots::screenshotMain(
        argc, argv, {}, [](const QString& dir, const QCommandLineParser&) { return run(dir); });
}
