// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The binding inspector in the real window, offscreen, against the embedded demo device:
// the graph follows the panes' selection and selects in them; the problems-only filter; a
// live change moves a node; "Why Pending?" explains, and its buttons work: Mount makes the
// claim Bound, clearing a Released volume's claimRef (after confirmation) lets a claim bind
// it, "create a consumer" is handed on; the claims pane's Why column.

#include "app/session/ClusterOperations.h"
#include "app/session/Session.h"
#include "models/graph/GraphFilter.h"
#include "models/graph/GraphSource.h"
#include "models/itemmodels/StorageTableModels.h"
#include "models/resources/PersistentVolume.h"
#include "models/resources/PersistentVolumeClaim.h"
#include "models/store/ResourceStore.h"
#include "ui/DetailsPanel.h"
#include "ui/MainWindow.h"
#include "ui/ResourcePane.h"
#include "ui/graph/BindingInspector.h"
#include "ui/graph/GraphPanel.h"
#include "ui/graph/GraphView.h"
#include "ui/graph/PendingPanel.h"

#include "tests/support/DemoWindow.h"
#include "tests/support/TestJson.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QJsonArray>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <algorithm>
#include <cmath>

using namespace ase;
using namespace ase::graph;
using namespace Qt::StringLiterals;

class TestBindingInspector final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void reachableFromTheWindow();
    void graphFollowsThePanes();
    void clickingTheGraphSelectsInThePanes();
    void contextMenuActsOnTheNode();
    void problemsOnly();
    void whyColumn();
    void explanationOfEachKind_data();
    void explanationOfEachKind();
    void createConsumerIsHandedOn();
    void mountMakesTheClaimBoundAndMovesItsNode();
    void releasedVolumeIsMadeAvailable();
    void liveGraphEqualsAFullRebuildAfterABurst();
    void buildsOnTheGuiThreadOnlyWhatIsQuick_data();
    void buildsOnTheGuiThreadOnlyWhatIsQuick();

private:
    GraphPanel* graph() const { return m_window->inspector()->graphPanel(); }
    PendingPanel* why() const { return m_window->inspector()->pendingPanel(); }
    QString phaseOf(const QString& key) const
    {
        return PersistentVolumeClaim::fromJson(m_session->store()->object(u"PersistentVolumeClaim"_s, key))
            .phase;
    }
    bool apply(const QList<QJsonObject>& manifests);
    QPushButton* actionButton(const QString& actionId) const
    {
        return why()->findChild<QPushButton*>(u"action"_s + actionId);
    }

    Session* m_session = nullptr;
    MainWindow* m_window = nullptr;
};

void TestBindingInspector::initTestCase()
{
    m_window = ase::test::openDemoWindow(this, &m_session);
    QVERIFY(m_window);
    QTRY_VERIFY_WITH_TIMEOUT(m_window->pane(u"PersistentVolumeClaim"_s)->model()->rowCount() > 3, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->store()->count(u"Share"_s) > 0, 30000);
    graph()->setMinimumInterval(0);
    QTRY_VERIFY_WITH_TIMEOUT(
        graph()->currentGraph().indexOf(u"PersistentVolumeClaim/edge-apps/archive-claim"_s) >= 0, 10000);
    // The volumes are listed apart from the claims: on a loaded machine they came after
    // them, and a test that opened a volume found no row to select.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->pane(u"PersistentVolume"_s)->model()->rowOfKey(u"mylocalsmbshare1"_s) >= 0, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        graph()->currentGraph().indexOf(u"PersistentVolume/mylocalsmbshare1"_s) >= 0, 10000);
}

void TestBindingInspector::cleanupTestCase()
{
    delete m_window;
}

bool TestBindingInspector::apply(const QList<QJsonObject>& manifests)
{
    bool done = false;
    bool ok = false;
    m_session->cluster()->apply(manifests, false, this, [&](const QList<ObjectOutcome>& outcomes) {
        ok = !outcomes.isEmpty()
            && std::all_of(outcomes.cbegin(), outcomes.cend(), [](const ObjectOutcome& o) { return o.ok(); });
        done = true;
    });
    return QTest::qWaitFor([&done] { return done; }, 10000) && ok;
}

void TestBindingInspector::reachableFromTheWindow()
{
    QAction* action = m_window->findChild<QAction*>(u"actionBindingInspector"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_G));
    QVERIFY(m_window->inspector()->isVisible());
    action->trigger();
    QVERIFY(!m_window->inspector()->isVisible());
    action->trigger();
    QVERIFY(m_window->inspector()->isVisible());
    QAction* whyAction = m_window->findChild<QAction*>(u"actionWhyPending"_s);
    QVERIFY(whyAction);
    whyAction->trigger();
    QCOMPARE(m_window->inspector()->tabs()->currentWidget(), why());
    m_window->inspector()->showGraph();
}

void TestBindingInspector::graphFollowsThePanes()
{
    const QString key = u"edge-apps/archive-claim"_s;
    m_window->openObject(u"PersistentVolumeClaim"_s, key);
    QCOMPARE(graph()->view()->selectedId(), u"PersistentVolumeClaim/"_s + key);
    QCOMPARE(why()->claimKey(), key);
    // Revealed: its box is in the view.
    const QRectF box = graph()->view()->nodeRect(u"PersistentVolumeClaim/"_s + key);
    QVERIFY(!box.isNull());
    QVERIFY(graph()->view()->rect().contains(graph()->view()->mapToView(box.center()).toPoint()));
    m_window->openObject(u"PersistentVolume"_s, u"mylocalsmbshare1"_s);
    QCOMPARE(graph()->view()->selectedId(), u"PersistentVolume/mylocalsmbshare1"_s);
}

void TestBindingInspector::clickingTheGraphSelectsInThePanes()
{
    GraphView* view = graph()->view();
    const QString id = u"PersistentVolumeClaim/edge-apps/pvc-smb-flexvol"_s;
    view->setSelectedId(id, true); // scroll it into view
    const QPointF at = view->mapToView(view->nodeRect(id).center());
    QVERIFY(view->rect().contains(at.toPoint()));
    QCOMPARE(view->nodeAt(at), id);
    QTest::mouseClick(view, Qt::LeftButton, {}, at.toPoint());
    QCOMPARE(m_window->pane(u"PersistentVolumeClaim"_s)->currentKey(), u"edge-apps/pvc-smb-flexvol"_s);
    QCOMPARE(m_window->details()->key(), u"edge-apps/pvc-smb-flexvol"_s);
    QCOMPARE(why()->claimKey(), u"edge-apps/pvc-smb-flexvol"_s);
    // A volume: selected in the volumes pane.
    const QString volume = u"PersistentVolume/mylocalsmbshare1"_s;
    view->setSelectedId(volume, true);
    QTest::mouseClick(view, Qt::LeftButton, {}, view->mapToView(view->nodeRect(volume).center()).toPoint());
    QCOMPARE(m_window->pane(u"PersistentVolume"_s)->currentKey(), u"mylocalsmbshare1"_s);
    // Double-click opens: the volumes pane is shown with it.
    QTest::mouseDClick(view, Qt::LeftButton, {}, view->mapToView(view->nodeRect(volume).center()).toPoint());
    QCOMPARE(m_window->details()->key(), u"mylocalsmbshare1"_s);
}

void TestBindingInspector::contextMenuActsOnTheNode()
{
    GraphView* view = graph()->view();
    graph()->setScope(GraphPanel::Scope::Cluster);
    const auto menuAt = [view](const QString& id) -> QMenu* {
        view->setSelectedId(id, true);
        const QPoint at = view->mapToView(view->nodeRect(id).center()).toPoint();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, view->mapToGlobal(at));
        QCoreApplication::sendEvent(view, &event);
        return view->window()->findChild<QMenu*>(u"graphContextMenu"_s);
    };
    const auto names = [](const QMenu* menu) {
        QStringList texts;
        for (const QAction* a : menu->actions())
            if (!a->isSeparator())
                texts << a->text();
        return texts;
    };
    // A claim: selected in its pane first, then the pane's actions, then the graph's.
    const QString claim = u"PersistentVolumeClaim/edge-apps/pvc-smb-flexvol"_s;
    view->setSelectedId(u"PersistentVolume/mylocalsmbshare1"_s, false);
    QMenu* menu = menuAt(claim);
    QVERIFY(menu);
    QCOMPARE(view->selectedId(), claim);
    QCOMPARE(m_window->pane(u"PersistentVolumeClaim"_s)->currentKey(), u"edge-apps/pvc-smb-flexvol"_s);
    const QStringList claimActions = names(menu);
    for (const QString& expected : {u"Copy &Name"_s, u"&Why Pending?"_s, u"&Export…"_s, u"&Delete…"_s,
             u"&Focus on This"_s, u"Export &Picture…"_s})
        QVERIFY2(claimActions.contains(expected), qPrintable(claimActions.join(u" | "_s)));
    menu->findChild<QAction*>(u"graphFocusHere"_s)->trigger();
    QCOMPARE(graph()->scope(), GraphPanel::Scope::Focus);
    menu->close();
    QTRY_VERIFY(!view->window()->findChild<QMenu*>(u"graphContextMenu"_s));
    graph()->setScope(GraphPanel::Scope::Cluster);
    graph()->rebuildNow();

    // A pod has no pane: no Export (it would export the pane's selection), the rest stays.
    const BindingGraph& g = graph()->currentGraph();
    QString pod;
    for (const int i : g.column(Column::Pod))
        if (graph()->view()->rowOf(g.nodes().at(i).id()) >= 0) {
            pod = g.nodes().at(i).id();
            break;
        }
    QVERIFY(!pod.isEmpty());
    menu = menuAt(pod);
    QVERIFY(menu);
    const QStringList podActions = names(menu);
    QVERIFY2(podActions.contains(u"Copy &Name"_s), qPrintable(podActions.join(u" | "_s)));
    QVERIFY2(!podActions.contains(u"&Export…"_s), qPrintable(podActions.join(u" | "_s)));
    menu->close();
    QTRY_VERIFY(!view->window()->findChild<QMenu*>(u"graphContextMenu"_s));
}

void TestBindingInspector::problemsOnly()
{
    const BindingGraph& g = graph()->currentGraph();
    const int all = int(graph()->view()->visibleNodes().size());
    graph()->setProblemsOnly(true);
    const QList<int> shown = graph()->view()->visibleNodes();
    QVERIFY(!shown.isEmpty());
    QVERIFY(shown.size() < all);
    QCOMPARE(shown, g.problems());
    QVERIFY(shown.contains(g.indexOf(u"PersistentVolumeClaim/edge-apps/archive-claim"_s)));
    QVERIFY(shown.contains(g.indexOf(u"PersistentVolumeClaim/iotedge/sensor-archive"_s))); // Lost
    QVERIFY(!shown.contains(g.indexOf(u"PersistentVolumeClaim/edge-apps/sensor-data"_s))); // Bound, fine
    graph()->setProblemsOnly(false);
    QCOMPARE(int(graph()->view()->visibleNodes().size()), all);
}

void TestBindingInspector::whyColumn()
{
    ResourceTableModel* model = m_window->pane(u"PersistentVolumeClaim"_s)->model();
    const auto why = [model](const QString& key) {
        return model->index(model->rowOfKey(key), PersistentVolumeClaimTableModel::Why).data().toString();
    };
    QCOMPARE(why(u"edge-apps/archive-claim"_s),
        u"No volume matches and the claim names no storage class to create one from."_s);
    QCOMPARE(why(u"edge-apps/fast-cache"_s),
        u"Storage class azurefile-premium does not exist and no volume matches."_s);
    // Known once the class has arrived too (the column follows the classes as they come).
    QTRY_VERIFY_WITH_TIMEOUT(why(u"monitoring/prometheus-data"_s)
                                 .startsWith(u"Class ase-node-local waits for the first consumer"_s),
        10000);
    QVERIFY(why(u"edge-apps/pvc-smb-flexvol"_s).isEmpty()); // Bound: nothing to explain
}

void TestBindingInspector::explanationOfEachKind_data()
{
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("action");
    QTest::newRow("no volume, no class")
        << u"edge-apps/archive-claim"_s << u"NoVolumeNoClass"_s << u"OpenStaticWizard"_s;
    QTest::newRow("class not found") << u"edge-apps/fast-cache"_s << u"ClassNotFound"_s << QString();
    QTest::newRow("wait for first consumer")
        << u"monitoring/prometheus-data"_s << u"WaitingForFirstConsumer"_s << u"CreateConsumer"_s;
    QTest::newRow("bound elsewhere") << u"edge-apps/smb-second-claim"_s << u"RequestedVolumeBoundElsewhere"_s
                                     << u"ChooseVolume"_s;
    QTest::newRow("lost") << u"iotedge/sensor-archive"_s << u"Lost"_s << QString();
}

void TestBindingInspector::explanationOfEachKind()
{
    QFETCH(QString, claim);
    QFETCH(QString, state);
    QFETCH(QString, action);
    m_window->openObject(u"PersistentVolumeClaim"_s, claim);
    QCOMPARE(why()->claimKey(), claim);
    why()->refresh();
    QCOMPARE(binding::stateId(why()->diagnosis().state), state);
    QCOMPARE(why()->findChild<QLabel*>(u"whySentence"_s)->text(), why()->diagnosis().message);
    auto* rules = why()->findChild<QTableWidget*>(u"ruleTable"_s);
    QCOMPARE(rules->rowCount(), int(why()->diagnosis().candidates.size()));
    QCOMPARE(rules->rowCount(), int(m_session->store()->count(u"PersistentVolume"_s)));
    if (!action.isEmpty())
        QVERIFY2(actionButton(action), qPrintable(action));
}

void TestBindingInspector::createConsumerIsHandedOn()
{
    m_window->openObject(u"PersistentVolumeClaim"_s, u"monitoring/prometheus-data"_s);
    why()->refresh();
    QSignalSpy spy(m_window->inspector(), &BindingInspector::consumerRequested);
    QPushButton* button = actionButton(u"CreateConsumer"_s);
    QVERIFY(button);
    button->click();
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), u"monitoring"_s);
    QCOMPARE(spy.at(0).at(1).toString(), u"prometheus-data"_s);
}

void TestBindingInspector::mountMakesTheClaimBoundAndMovesItsNode()
{
    // A claim naming the share that is not mounted for Edge compute: no event says why.
    QVERIFY(apply({ase::test::json(R"({"apiVersion":"v1","kind":"PersistentVolumeClaim",
        "metadata":{"name":"backups","namespace":"edge-apps"},"spec":{"accessModes":["ReadWriteMany"],
        "resources":{"requests":{"storage":"1Gi"}},"storageClassName":"","volumeName":"backupshare"}})")}));
    const QString key = u"edge-apps/backups"_s;
    const QString id = u"PersistentVolumeClaim/"_s + key;
    QTRY_VERIFY_WITH_TIMEOUT(graph()->currentGraph().indexOf(id) >= 0, 10000);
    QVERIFY(graph()->currentGraph().indexOf(u"Ghost/backupshare"_s) >= 0); // the dangling edge's end
    m_window->openObject(u"PersistentVolumeClaim"_s, key);
    why()->refresh();
    QCOMPARE(binding::stateId(why()->diagnosis().state), u"RequestedVolumeMissing"_s);
    QPushButton* mount = actionButton(u"MountShare"_s);
    QVERIFY(mount);
    QVERIFY(mount->text().contains(u"backupshare"_s));

    // The order of the claims column before, without the claim.
    const auto claimColumn = [this, &id] {
        QStringList ids;
        const BindingGraph& g = graph()->currentGraph();
        for (const int i : g.column(Column::Claim))
            if (g.nodes().at(i).id() != id)
                ids << g.nodes().at(i).id();
        return ids;
    };
    const QStringList othersBefore = claimColumn();
    const QStringList volumesBefore = [this] {
        QStringList ids;
        for (const int i : graph()->currentGraph().column(Column::Volume))
            ids << graph()->currentGraph().nodes().at(i).id();
        return ids;
    }();
    const int rowBefore = graph()->view()->rowOf(id);

    QStringList movedIds;
    const QMetaObject::Connection tracking = connect(graph(), &GraphPanel::rebuilt, this, [this, &movedIds] {
        QVERIFY(graph()->lastMovedIds().size() <= 6);
        movedIds += graph()->lastMovedIds();
    });
    QSignalSpy finished(why(), &PendingPanel::actionFinished);
    mount->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 60000);
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(phaseOf(key), u"Bound"_s, 60000);
    why()->refresh();
    QCOMPARE(binding::stateId(why()->diagnosis().state), u"Bound"_s);

    // Live: the ghost is gone, the share's volume is bound to the claim, and the claim
    // moved (its links changed) while the other claims kept their order.
    QTRY_VERIFY_WITH_TIMEOUT(graph()->currentGraph().indexOf(u"Ghost/backupshare"_s) < 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(graph()->currentGraph().indexOf(u"PersistentVolume/backupshare"_s) >= 0, 10000);
    // The share's mapping arrives with the device's next poll.
    QTRY_VERIFY_WITH_TIMEOUT(graph()->currentGraph().indexOf(u"Share/backupshare"_s) >= 0, 40000);
    const BindingGraph& g = graph()->currentGraph();
    QVERIFY(std::any_of(g.edges().cbegin(), g.edges().cend(),
        [&g, &id](const Edge& e) { return e.kind == EdgeKind::Bound && g.nodes().at(e.to).id() == id; }));
    QCOMPARE(claimColumn(), othersBefore);
    QStringList volumesAfter;
    for (const int i : g.column(Column::Volume))
        if (g.nodes().at(i).id() != u"PersistentVolume/backupshare")
            volumesAfter << g.nodes().at(i).id();
    QStringList volumesKept = volumesBefore;
    volumesKept.removeAll(u"Ghost/backupshare"_s);
    QCOMPARE(volumesAfter, volumesKept);
    // The claim was placed anew (its links changed); each rebuild placed only what changed.
    QVERIFY2(movedIds.contains(id), qPrintable(movedIds.join(u", "_s)));
    QVERIFY2(!movedIds.contains(u"PersistentVolumeClaim/edge-apps/pvc-smb-flexvol"_s),
        qPrintable(movedIds.join(u", "_s)));
    QVERIFY(graph()->view()->rowOf(id) >= 0);
    Q_UNUSED(rowBefore)
    disconnect(tracking);
}

void TestBindingInspector::releasedVolumeIsMadeAvailable()
{
    // A volume whose claim is gone (Released), and a claim that names it.
    QVERIFY(apply({ase::test::json(R"({"apiVersion":"v1","kind":"PersistentVolume",
        "metadata":{"name":"old-data"},"spec":{"capacity":{"storage":"5Gi"},"accessModes":["ReadWriteOnce"],
        "persistentVolumeReclaimPolicy":"Retain","storageClassName":"","hostPath":{"path":"/srv/old-data"},
        "claimRef":{"kind":"PersistentVolumeClaim","namespace":"edge-apps","name":"gone","uid":"0a0b0c0d"}}})")}));
    QTRY_COMPARE_WITH_TIMEOUT(
        PersistentVolume::fromJson(m_session->store()->object(u"PersistentVolume"_s, u"old-data"_s)).phase,
        u"Released"_s, 20000);
    QVERIFY(apply({ase::test::json(R"({"apiVersion":"v1","kind":"PersistentVolumeClaim",
        "metadata":{"name":"reuse","namespace":"edge-apps"},"spec":{"accessModes":["ReadWriteOnce"],
        "resources":{"requests":{"storage":"1Gi"}},"storageClassName":"","volumeName":"old-data"}})")}));
    const QString key = u"edge-apps/reuse"_s;
    QTRY_VERIFY_WITH_TIMEOUT(m_session->store()->contains(u"PersistentVolumeClaim"_s, key), 10000);
    m_window->openObject(u"PersistentVolumeClaim"_s, key);
    why()->refresh();
    QCOMPARE(binding::stateId(why()->diagnosis().state), u"RequestedVolumeBoundElsewhere"_s);
    QPushButton* clear = actionButton(u"ClearClaimRef"_s);
    QVERIFY(clear);

    // Refused first: nothing is sent.
    QString asked;
    why()->setConfirm([&asked](const QString&, const QString& text) {
        asked = text;
        return false;
    });
    clear->click();
    QVERIFY(asked.contains(u"kubectl patch pv old-data --type=merge -p '{\"spec\":{\"claimRef\":null}}'"_s));
    // A patch would be under way from here on (its button disabled while it runs); the
    // refusal leaves the button as it was and the volume's claimRef in place.
    QVERIFY(actionButton(u"ClearClaimRef"_s));
    QVERIFY(actionButton(u"ClearClaimRef"_s)->isEnabled());
    QVERIFY(!why()->findChild<QLabel*>(u"actionStatus"_s)->text().contains(u"old-data"_s));
    QCOMPARE(phaseOf(key), u"Pending"_s);

    why()->setConfirm([](const QString&, const QString&) { return true; });
    QSignalSpy finished(why(), &PendingPanel::actionFinished);
    actionButton(u"ClearClaimRef"_s)->click();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 10000);
    QCOMPARE(finished.at(0).at(1).toString(), QString());
    QTRY_COMPARE_WITH_TIMEOUT(phaseOf(key), u"Bound"_s, 30000);
}

namespace {

QJsonObject claimManifest(int i, const QString& volume, const QString& phase)
{
    QJsonObject spec {
        {u"accessModes"_s, QJsonArray {u"ReadWriteOnce"_s}}, {u"storageClassName"_s, u"local"_s}};
    if (!volume.isEmpty())
        spec.insert(u"volumeName"_s, volume);
    return QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"PersistentVolumeClaim"_s},
        {u"metadata"_s, QJsonObject {{u"name"_s, u"c-%1"_s.arg(i)}, {u"namespace"_s, u"ns-%1"_s.arg(i % 3)}}},
        {u"spec"_s, spec}, {u"status"_s, QJsonObject {{u"phase"_s, phase}}}};
}

QJsonObject volumeManifest(int i, const QString& phase)
{
    return QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"PersistentVolume"_s},
        {u"metadata"_s, QJsonObject {{u"name"_s, u"pv-%1"_s.arg(i)}}},
        {u"spec"_s,
            QJsonObject {{u"storageClassName"_s, u"local"_s},
                {u"claimRef"_s,
                    QJsonObject {{u"namespace"_s, u"ns-%1"_s.arg(i % 3)}, {u"name"_s, u"c-%1"_s.arg(i)}}}}},
        {u"status"_s, QJsonObject {{u"phase"_s, phase}}}};
}

QJsonObject podManifest(int i, int claim)
{
    return QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Pod"_s},
        {u"metadata"_s,
            QJsonObject {{u"name"_s, u"p-%1"_s.arg(i)}, {u"namespace"_s, u"ns-%1"_s.arg(claim % 3)}}},
        {u"spec"_s,
            QJsonObject {{u"volumes"_s,
                QJsonArray {QJsonObject {{u"name"_s, u"data"_s},
                    {u"persistentVolumeClaim"_s, QJsonObject {{u"claimName"_s, u"c-%1"_s.arg(claim)}}}}}}}},
        {u"status"_s, QJsonObject {{u"phase"_s, u"Running"_s}}}};
}

} // namespace

void TestBindingInspector::liveGraphEqualsAFullRebuildAfterABurst()
{
    // The worker path (build, order, filter and layout off the GUI thread, the newest build
    // wins) under a burst of changes spread over many event-loop turns: once settled, what
    // the panel shows is a full rebuild from the store, node for node and edge for edge.
    ResourceStore store;
    QList<QJsonObject> volumes;
    QList<QJsonObject> claims;
    for (int i = 0; i < 300; ++i) {
        claims.append(claimManifest(i, u"pv-%1"_s.arg(i), u"Bound"_s));
        volumes.append(volumeManifest(i, u"Bound"_s));
    }
    store.postReplace(u"PersistentVolume"_s, volumes);
    store.postReplace(u"PersistentVolumeClaim"_s, claims);
    store.flush();
    GraphPanel panel(&store);
    panel.resize(900, 600);
    panel.setMinimumInterval(0);
    panel.setWorkerThreshold(0); // every rebuild on the worker
    panel.setCap(50); // the filter runs in the worker too
    panel.show();
    panel.rebuildNow();
    QSignalSpy rebuilt(&panel, &GraphPanel::rebuilt);
    QSignalSpy storeChanged(&store, &ResourceStore::changed);
    QRandomGenerator random(11);
    for (int turn = 0; turn < 60; ++turn) {
        for (int k = 0; k < 10; ++k) {
            const int i = int(random.bounded(300));
            switch (random.bounded(5)) {
            case 0:
                store.postUpsert(u"PersistentVolumeClaim"_s, claimManifest(i, {}, u"Pending"_s));
                break;
            case 1:
                store.postUpsert(u"PersistentVolume"_s, volumeManifest(i, u"Released"_s));
                break;
            case 2:
                store.postDelete(u"PersistentVolumeClaim"_s, claims.at(i));
                break;
            case 3:
                store.postUpsert(u"Pod"_s, podManifest(turn * 10 + k, i));
                break;
            default:
                store.postUpsert(u"PersistentVolumeClaim"_s,
                    claimManifest(1000 + turn * 10 + k, u"pv-%1"_s.arg(i), u"Bound"_s));
            }
        }
        // Each turn's changes are applied and announced before the next are posted; the
        // source coalesces them and the worker's builds overlap the next turns.
        QVERIFY(storeChanged.wait(5000));
    }
    // The store announces a batch in slices, a turn each, and a kind's changes may come a
    // turn after another's: under load the last turn's may not all be announced yet, and
    // the panel cannot have seen what the store has not told it.
    store.flush();
    QTRY_VERIFY_WITH_TIMEOUT(panel.isSettled(), 20000);
    QVERIFY(rebuilt.size() >= 1);
    GraphInput fresh;
    fresh.volumes = fromJsonObjects<PersistentVolume>(store.objects(u"PersistentVolume"_s));
    fresh.claims = fromJsonObjects<PersistentVolumeClaim>(store.objects(u"PersistentVolumeClaim"_s));
    fresh.pods = fromJsonObjects<Pod>(store.objects(u"Pod"_s));
    const BindingGraph full = BindingGraph::build(fresh);
    QCOMPARE(panel.currentGraph().canonicalFacts(), full.canonicalFacts());
    // The view shows that graph, filtered as the panel's options say.
    QCOMPARE(panel.view()->graph().canonicalFacts(), full.canonicalFacts());
    FilterOptions options;
    options.cap = 50;
    const FilterResult filtered = filterGraph(panel.currentGraph(), options);
    QCOMPARE(panel.view()->visibleNodes(), filtered.nodes);
    QCOMPARE(panel.hiddenCount(), filtered.hidden);
}

void TestBindingInspector::buildsOnTheGuiThreadOnlyWhatIsQuick_data()
{
    QTest::addColumn<qint64>("lastMs");
    QTest::addColumn<qsizetype>("lastObjects");
    QTest::addColumn<qsizetype>("objects");
    QTest::addColumn<bool>("here");
    QTest::newRow("first build") << qint64(0) << qsizetype(0) << qsizetype(10) << true;
    QTest::newRow("quick, same size") << qint64(3) << qsizetype(2000) << qsizetype(2000) << true;
    QTest::newRow("quick, but grown thirty times")
        << qint64(2) << qsizetype(2000) << qsizetype(60000) << false;
    QTest::newRow("slow") << qint64(40) << qsizetype(60000) << qsizetype(60000) << false;
    QTest::newRow("slow, but shrunk") << qint64(40) << qsizetype(60000) << qsizetype(600) << true;
}

void TestBindingInspector::buildsOnTheGuiThreadOnlyWhatIsQuick()
{
    QFETCH(qint64, lastMs);
    QFETCH(qsizetype, lastObjects);
    QFETCH(qsizetype, objects);
    QFETCH(bool, here);
    QCOMPARE(GraphPanel::buildsHere(lastMs, lastObjects, objects, 8), here);
}

QTEST_MAIN(TestBindingInspector)
#include "tst_bindinginspector.moc"
