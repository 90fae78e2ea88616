// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/kube/KubeClient.h"
#include "app/session/Session.h"
#include "models/itemmodels/DeletionImpact.h"
#include "models/itemmodels/EventListModel.h"
#include "models/itemmodels/ResourceFilterProxy.h"
#include "models/itemmodels/StorageTableModels.h"
#include "models/resources/PersistentVolumeClaim.h"
#include "models/store/ResourceStore.h"
#include "ui/DetailsPanel.h"
#include "ui/MainWindow.h"
#include "ui/NavigationView.h"
#include "ui/ResourcePane.h"
#include "ui/YamlView.h"

#include "tests/support/DemoWindow.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>

using namespace ase;
using namespace Qt::StringLiterals;

/// How long a test waits for something the window shows before it gives up. Only an upper
/// bound for a failure to be reported: the tests wait for the change, they do not time it.
constexpr int kPatienceMs = 30000;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void panesShowTheScenario_data();
    void panesShowTheScenario();
    void filterNarrowsTheRows();
    void namespaceChoice();
    void selectingAClaimShowsEventsAndYaml();
    void followingALinkSelectsTheVolume();
    void serverChangesAppear();
    void eventsAreWatchedForTheShownObjectOnly();
    void aPodIsShownInFull();
    void titleAndStatusBarNameClusterAndDevice();
    void deleteIsOffForShares();
    void deleteAsksWithTheImpact();
    void layoutIsRememberedAcrossWindows(); // last: it closes the window

private:
    ResourcePane* pane(const QString& kind) const { return m_window->pane(kind); }
    /// The first claim in the store that satisfies pred, or an empty key.
    QString findClaim(const std::function<bool(const PersistentVolumeClaim&)>& pred) const;

    Session* m_session = nullptr;
    MainWindow* m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    m_window = ase::test::openDemoWindow(this, &m_session);
    QVERIFY(m_window);
    // The demo device starts, the reflectors list, the panes fill.
    QTRY_VERIFY_WITH_TIMEOUT(pane(u"PersistentVolumeClaim"_s)->model()->rowCount() > 3, kPatienceMs);
    QTRY_VERIFY_WITH_TIMEOUT(pane(u"PersistentVolume"_s)->model()->rowCount() > 0, kPatienceMs);
    QTRY_VERIFY_WITH_TIMEOUT(pane(u"StorageClass"_s)->model()->rowCount() > 0, kPatienceMs);
    QVERIFY(m_window->windowTitle().contains(u"ase-demo"_s));
}

void TestMainWindow::cleanupTestCase()
{
    delete m_window;
}

QString TestMainWindow::findClaim(const std::function<bool(const PersistentVolumeClaim&)>& pred) const
{
    for (const QJsonObject& object : m_session->store()->objects(u"PersistentVolumeClaim"_s)) {
        const PersistentVolumeClaim pvc = PersistentVolumeClaim::fromJson(object);
        if (pred(pvc))
            return pvc.metadata.key();
    }
    return {};
}

void TestMainWindow::panesShowTheScenario_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("columns");
    QTest::newRow("volumes") << u"PersistentVolume"_s
                             << QStringList {u"Name"_s, u"Capacity"_s, u"Access Modes"_s, u"Reclaim Policy"_s,
                                    u"Status"_s, u"Claim"_s, u"StorageClass"_s, u"Reason"_s, u"Age"_s,
                                    u"Share"_s};
    QTest::newRow("claims") << u"PersistentVolumeClaim"_s
                            << QStringList {u"Name"_s, u"Namespace"_s, u"Status"_s, u"Volume"_s,
                                   u"Capacity"_s, u"Access Modes"_s, u"StorageClass"_s, u"Age"_s,
                                   u"Used By"_s, u"Why"_s};
    QTest::newRow("classes") << u"StorageClass"_s
                             << QStringList {u"Name"_s, u"Provisioner"_s, u"Reclaim Policy"_s,
                                    u"Volume Binding Mode"_s, u"Allow Volume Expansion"_s, u"Age"_s, u"PVs"_s,
                                    u"PVCs"_s};
}

void TestMainWindow::panesShowTheScenario()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, columns);
    m_window->navigation()->selectKind(kind);
    ResourcePane* p = pane(kind);
    QTRY_VERIFY(p->isVisible());
    QStringList headers;
    for (int c = 0; c < p->view()->model()->columnCount(); ++c)
        headers.append(p->view()->model()->headerData(c, Qt::Horizontal).toString());
    QCOMPARE(headers, columns);
    QCOMPARE(p->view()->model()->rowCount(), m_session->store()->count(kind));
    // Every row has a name and the status column has an icon where there is a status.
    for (int r = 0; r < p->view()->model()->rowCount(); ++r)
        QVERIFY(!p->view()->model()->index(r, 0).data().toString().isEmpty());
}

void TestMainWindow::filterNarrowsTheRows()
{
    m_window->navigation()->selectKind(u"PersistentVolumeClaim"_s);
    ResourcePane* p = pane(u"PersistentVolumeClaim"_s);
    auto* filter = p->findChild<QLineEdit*>(u"filter"_s);
    QVERIFY(filter);
    const int all = p->view()->model()->rowCount();
    const QString someName = p->view()->model()->index(0, 0).data().toString();
    QTest::keyClicks(filter, someName);
    QTRY_VERIFY(p->view()->model()->rowCount() >= 1);
    QVERIFY(p->view()->model()->rowCount() <= all);
    for (int r = 0; r < p->view()->model()->rowCount(); ++r)
        QVERIFY(p->view()
                    ->model()
                    ->index(r, 0)
                    .data(ResourceTableModel::FilterTextRole)
                    .toString()
                    .contains(someName.toLower()));
    filter->clear();
    QCOMPARE(p->view()->model()->rowCount(), all);
    QTest::keyClicks(filter, u"no-such-object-anywhere"_s);
    QCOMPARE(p->view()->model()->rowCount(), 0);
    filter->clear();
}

void TestMainWindow::namespaceChoice()
{
    ResourcePane* p = pane(u"PersistentVolumeClaim"_s);
    QComboBox* box = m_window->namespaceBox();
    QTRY_VERIFY(box->findData(u"edge-apps"_s) > 0);
    box->setCurrentIndex(box->findData(u"edge-apps"_s));
    QVERIFY(p->view()->model()->rowCount() > 0);
    for (int r = 0; r < p->view()->model()->rowCount(); ++r)
        QCOMPARE(p->view()->model()->index(r, 0).data(ResourceTableModel::NamespaceRole).toString(),
            u"edge-apps"_s);
    box->setCurrentIndex(0);
    QCOMPARE(p->view()->model()->rowCount(), m_session->store()->count(u"PersistentVolumeClaim"_s));
}

void TestMainWindow::selectingAClaimShowsEventsAndYaml()
{
    // A pending claim has events that say why.
    const QString key = findClaim([](const PersistentVolumeClaim& c) { return c.phase == u"Pending"; });
    QVERIFY2(!key.isEmpty(), "the scenario has a pending claim");
    m_window->openObject(u"PersistentVolumeClaim"_s, key);
    QCOMPARE(pane(u"PersistentVolumeClaim"_s)->currentKey(), key);
    DetailsPanel* details = m_window->details();
    QCOMPARE(details->key(), key);
    QTRY_VERIFY_WITH_TIMEOUT(details->eventsView()->model()->rowCount() > 0, kPatienceMs);
    QVERIFY(!details->eventsView()->model()->index(0, EventListModel::Reason).data().toString().isEmpty());
    const QString yaml = details->yamlView()->text();
    QVERIFY(yaml.startsWith(u"apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n"_s));
    QVERIFY(yaml.contains(u"status:"_s));
    details->yamlView()->setClean(true);
    QVERIFY(!details->yamlView()->text().contains(u"status:"_s));
    QVERIFY(!details->yamlView()->text().contains(u"resourceVersion"_s));
    details->yamlView()->setClean(false);
}

void TestMainWindow::followingALinkSelectsTheVolume()
{
    const QString key = findClaim([](const PersistentVolumeClaim& c) { return c.phase == u"Bound"; });
    QVERIFY2(!key.isEmpty(), "the scenario has a bound claim");
    const QString volume
        = PersistentVolumeClaim::fromJson(m_session->store()->object(u"PersistentVolumeClaim"_s, key))
              .volumeName;
    m_window->openObject(u"PersistentVolumeClaim"_s, key);
    DetailsPanel* details = m_window->details();
    QLabel* link = nullptr;
    for (QLabel* label : details->findChildren<QLabel*>()) {
        if (label->text().contains(u"href=\"PersistentVolume|"_s + volume + u'"'))
            link = label;
    }
    QVERIFY2(link, "the summary links the claim to its volume");
    Q_EMIT link->linkActivated(u"PersistentVolume|"_s + volume);
    QCOMPARE(m_window->navigation()->currentKind(), u"PersistentVolume"_s);
    QCOMPARE(pane(u"PersistentVolume"_s)->currentKey(), volume);
    QCOMPARE(details->kind(), u"PersistentVolume"_s);
    QCOMPARE(details->key(), volume);
}

void TestMainWindow::serverChangesAppear()
{
    // A claim no pod uses goes away from the pane when deleted through the API.
    const QString key = findClaim([this](const PersistentVolumeClaim& c) {
        auto* model
            = qobject_cast<PersistentVolumeClaimTableModel*>(pane(u"PersistentVolumeClaim"_s)->model());
        return c.phase == u"Pending" && model->podsUsing(c.metadata.key()).isEmpty();
    });
    QVERIFY(!key.isEmpty());
    ResourceTableModel* model = pane(u"PersistentVolumeClaim"_s)->model();
    QVERIFY(model->rowOfKey(key) >= 0);
    bool answered = false;
    QString error;
    m_session->kubeClient()->remove(resourceKindByKind(u"PersistentVolumeClaim"_s), key.section(u'/', 0, 0),
        key.section(u'/', 1), DeleteOptions {}, this, [&](const ObjectResult& result) {
            answered = true;
            error = result.error.message();
        });
    QTRY_VERIFY_WITH_TIMEOUT(answered, kPatienceMs);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // Waited for, not timed: how fast it appears is bench_mainwindow's to measure.
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfKey(key) < 0, kPatienceMs);
}

void TestMainWindow::eventsAreWatchedForTheShownObjectOnly()
{
    // The window keeps no cluster-wide Events: only those of the object shown, live.
    QCOMPARE(m_session->store()->count(u"Event"_s), 0);
    const QString volume = m_session->store()
                               ->objects(u"PersistentVolume"_s)
                               .value(0)
                               .value("metadata"_L1)
                               .toObject()
                               .value("name"_L1)
                               .toString();
    QVERIFY(!volume.isEmpty());
    m_window->openObject(u"PersistentVolume"_s, volume);
    DetailsPanel* details = m_window->details();
    QCOMPARE(details->key(), volume);
    const QJsonObject pv = m_session->store()->object(u"PersistentVolume"_s, volume);
    const QJsonObject meta = pv.value("metadata"_L1).toObject();

    // An event about the volume, recorded (as controllers do) in the default namespace.
    const QString reason = u"VolumeCheckedByTest"_s;
    const QJsonObject event {{"apiVersion"_L1, "v1"_L1}, {"kind"_L1, "Event"_L1},
        {"metadata"_L1,
            QJsonObject {{"name"_L1, QString(volume + u".test-event"_s)}, {"namespace"_L1, "default"_L1}}},
        {"involvedObject"_L1,
            QJsonObject {{"apiVersion"_L1, "v1"_L1}, {"kind"_L1, "PersistentVolume"_L1}, {"name"_L1, volume},
                {"uid"_L1, meta.value("uid"_L1)}}},
        {"reason"_L1, reason}, {"message"_L1, "Checked by the GUI test"_L1}, {"type"_L1, "Warning"_L1},
        {"count"_L1, 1}, {"source"_L1, QJsonObject {{"component"_L1, "tst_mainwindow"_L1}}}};
    bool answered = false;
    QString error;
    m_session->kubeClient()->create(
        resourceKindByKind(u"Event"_s), event, WriteOptions {}, this, [&](const ObjectResult& result) {
            answered = true;
            error = result.error.message();
        });
    QTRY_VERIFY_WITH_TIMEOUT(answered, kPatienceMs);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QAbstractItemModel* events = details->eventsView()->model();
    const auto shows = [events, &reason] {
        for (int r = 0; r < events->rowCount(); ++r) {
            if (events->index(r, EventListModel::Reason).data().toString() == reason)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(shows(), kPatienceMs);
    QCOMPARE(m_session->eventStore()->count(u"Event"_s), events->rowCount());
    QCOMPARE(m_session->store()->count(u"Event"_s), 0);

    // Another object: the first one's events are dropped, not kept.
    const QString claim = findClaim([](const PersistentVolumeClaim& c) { return c.phase == u"Pending"; });
    m_window->openObject(u"PersistentVolumeClaim"_s, claim);
    QTRY_VERIFY_WITH_TIMEOUT(events->rowCount() > 0, kPatienceMs);
    QVERIFY(!shows());
    for (const QJsonObject& e : m_session->eventStore()->objects(u"Event"_s))
        QCOMPARE(
            e.value("involvedObject"_L1).toObject().value("kind"_L1).toString(), u"PersistentVolumeClaim"_s);
}

void TestMainWindow::aPodIsShownInFull()
{
    // The store keeps only what the panes need of a pod; its YAML comes whole from the server.
    QString key;
    for (const QJsonObject& pod : m_session->store()->objects(u"Pod"_s)) {
        const QJsonObject meta = pod.value("metadata"_L1).toObject();
        const QJsonArray containers = pod.value("spec"_L1).toObject().value("containers"_L1).toArray();
        QVERIFY(!containers.isEmpty());
        QVERIFY2(!containers.first().toObject().contains("image"_L1), "the store keeps pods trimmed");
        QVERIFY(!meta.contains("managedFields"_L1));
        key = meta.value("namespace"_L1).toString() + u'/' + meta.value("name"_L1).toString();
    }
    QVERIFY(!key.isEmpty());
    m_window->openObject(u"Pod"_s, key);
    DetailsPanel* details = m_window->details();
    QCOMPARE(details->key(), key);
    QTRY_VERIFY_WITH_TIMEOUT(details->yamlView()->text().contains(u"image: "_s), kPatienceMs);
    const QString yaml = details->yamlView()->text();
    QVERIFY(yaml.startsWith(u"apiVersion: v1\nkind: Pod\n"_s));
    QVERIFY(yaml.contains(u"  containers:\n"_s));
}

void TestMainWindow::titleAndStatusBarNameClusterAndDevice()
{
    const QString device = m_session->deviceTitle();
    const QString cluster = m_session->clusterTitle();
    QVERIFY(!device.isEmpty());
    QVERIFY(!cluster.isEmpty());
    auto* state = m_window->findChild<QLabel*>(u"connectionState"_s);
    QVERIFY(state);
    QTRY_VERIFY_WITH_TIMEOUT(state->text().startsWith(u"Live: "_s + cluster), kPatienceMs);
    QVERIFY2(state->text().contains(device), qPrintable(state->text()));
    QVERIFY(m_window->windowTitle().contains(device));
    QVERIFY(m_window->windowTitle().contains(cluster));
}

void TestMainWindow::deleteIsOffForShares()
{
    auto* deleteAction = m_window->findChild<QAction*>(u"actionDelete"_s);
    QVERIFY(deleteAction);
    // A share is the device's: Edit → Delete (and Del) deletes it on the device, after the
    // share actions' question (or their refusal while it is mounted), never in the cluster.
    m_window->navigation()->selectKind(u"Share"_s);
    QTRY_VERIFY(pane(u"Share"_s)->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(pane(u"Share"_s)->model()->rowCount() > 0, kPatienceMs);
    QVERIFY(
        pane(u"Share"_s)
            ->selectKey(pane(u"Share"_s)->model()->index(0, 0).data(ResourceTableModel::KeyRole).toString()));
    QVERIFY(deleteAction->isEnabled());
    QVERIFY(deleteAction->toolTip().contains(u"device"_s));
    QCOMPARE(deleteAction->statusTip(), deleteAction->toolTip());
    QTest::keyClick(pane(u"Share"_s)->view(), Qt::Key_Delete);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(u"confirmDeleteShare"_s))
        || (box = m_window->findChild<QMessageBox*>(u"deleteRefused"_s)));
    box->reject();

    m_window->navigation()->selectKind(u"PersistentVolumeClaim"_s);
    QTRY_VERIFY(pane(u"PersistentVolumeClaim"_s)->isVisible());
    QVERIFY(deleteAction->isEnabled());
}

void TestMainWindow::deleteAsksWithTheImpact()
{
    // Edit → Delete (the action Del and the menu trigger) on a claim asks first, with what
    // deleting it does (DeletionImpact); Cancel keeps it, Delete deletes it.
    auto* model = qobject_cast<PersistentVolumeClaimTableModel*>(pane(u"PersistentVolumeClaim"_s)->model());
    QVERIFY(model);
    // A claim no pod uses (so it goes at once), with something to say about it.
    const ResourceStore* store = m_session->store();
    const QString key = findClaim([model, store](const PersistentVolumeClaim& c) {
        return model->podsUsing(c.metadata.key()).isEmpty()
            && !assessDeletion(u"PersistentVolumeClaim"_s,
                store->object(u"PersistentVolumeClaim"_s, c.metadata.key()), *store)
                    .consequences.isEmpty();
    });
    QVERIFY2(!key.isEmpty(), "the demo has a claim no pod uses");
    const DeletionImpact impact = assessDeletion(u"PersistentVolumeClaim"_s,
        m_session->store()->object(u"PersistentVolumeClaim"_s, key), *m_session->store());
    QVERIFY(!impact.consequences.isEmpty());

    m_window->navigation()->selectKind(u"PersistentVolumeClaim"_s);
    QTRY_VERIFY(pane(u"PersistentVolumeClaim"_s)->isVisible());
    QVERIFY(pane(u"PersistentVolumeClaim"_s)->selectKey(key));

    struct Seen
    {
        bool shown = false;
        QString text;
        QString informative;
        QMessageBox::Icon icon = QMessageBox::NoIcon;
        bool cancelIsDefault = false;
    };
    // The box is modal: answered from a timer that fires in the loop of its exec().
    const auto answer = [this](Seen* seen, bool confirm) {
        QTimer::singleShot(0, this, [this, seen, confirm] {
            auto* box = m_window->findChild<QMessageBox*>(u"confirmDelete"_s);
            if (!box)
                return; // `shown` stays false: the test fails below
            seen->shown = true;
            seen->text = box->text();
            seen->informative = box->informativeText();
            seen->icon = box->icon();
            seen->cancelIsDefault = box->defaultButton() == box->button(QMessageBox::Cancel);
            QAbstractButton* deleteButton = nullptr;
            for (QAbstractButton* b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::DestructiveRole)
                    deleteButton = b;
            if (confirm && deleteButton)
                deleteButton->click();
            else
                box->button(QMessageBox::Cancel)->click();
        });
    };

    auto* deleteAction = m_window->findChild<QAction*>(u"actionDelete"_s);
    QVERIFY(deleteAction);
    QVERIFY(deleteAction->isEnabled());
    Seen canceled;
    answer(&canceled, false);
    deleteAction->trigger();
    QTRY_VERIFY(canceled.shown);
    QCOMPARE(canceled.text, u"Delete PersistentVolumeClaim %1?"_s.arg(key));
    QCOMPARE(canceled.informative, impact.consequences.join(u"\n\n"_s));
    QCOMPARE(canceled.icon, impact.destroysData ? QMessageBox::Warning : QMessageBox::Question);
    QVERIFY(canceled.cancelIsDefault); // Enter does not delete
    QVERIFY(m_session->store()->contains(u"PersistentVolumeClaim"_s, key));
    QVERIFY(model->rowOfKey(key) >= 0);

    Seen confirmed;
    answer(&confirmed, true);
    QVERIFY(pane(u"PersistentVolumeClaim"_s)->selectKey(key));
    QVERIFY(deleteAction->isEnabled());
    deleteAction->trigger();
    QTRY_VERIFY(confirmed.shown);
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfKey(key) < 0, kPatienceMs);
}

void TestMainWindow::layoutIsRememberedAcrossWindows()
{
    QSettings().clear();
    QHeaderView* header = pane(u"PersistentVolumeClaim"_s)->view()->horizontalHeader();
    const int capacity = PersistentVolumeClaimTableModel::Capacity;
    const int storageClass = PersistentVolumeClaimTableModel::StorageClass;
    header->hideSection(capacity);
    header->moveSection(header->visualIndex(storageClass), 1);
    header->resizeSection(PersistentVolumeClaimTableModel::Name, 321);
    auto* splitter = m_window->findChild<QSplitter*>(u"mainSplitter"_s);
    QVERIFY(splitter);
    const QByteArray splitterState = splitter->saveState();
    m_window->close(); // saves
    QSettings settings;
    QCOMPARE(settings.value(u"window/splitter"_s).toByteArray(), splitterState);
    QVERIFY(!settings.value(u"window/geometry"_s).toByteArray().isEmpty());

    // A new window (the next start) takes the columns back: hidden, moved and sized.
    MainWindow again(m_session);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QHeaderView* restored = again.pane(u"PersistentVolumeClaim"_s)->view()->horizontalHeader();
    QVERIFY(restored->isSectionHidden(capacity));
    QCOMPARE(restored->visualIndex(storageClass), 1);
    QCOMPARE(restored->sectionSize(PersistentVolumeClaimTableModel::Name), 321);
    // A restored layout is the user's: the first rows do not resize it.
    QTRY_VERIFY_WITH_TIMEOUT(again.pane(u"PersistentVolumeClaim"_s)->model()->rowCount() > 0, kPatienceMs);
    QCOMPARE(restored->sectionSize(PersistentVolumeClaimTableModel::Name), 321);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
