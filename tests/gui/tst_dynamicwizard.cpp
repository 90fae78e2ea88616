// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The dynamic provisioning wizard, offscreen, against the embedded demo device: the class
// page and its advice, access modes the provisioner cannot give refused before anything is
// sent, the MySQL template that names a Secret and holds no password, and the way to
// Bound through a consumer for WaitForFirstConsumer (ase-node-local) and Immediate
// (nfs-client) classes.

#include "app/session/ClusterOperations.h"
#include "app/session/Session.h"
#include "models/provisioning/ClaimChecks.h"
#include "models/store/ResourceStore.h"
#include "ui/MainWindow.h"
#include "ui/ResourcePane.h"
#include "ui/graph/BindingInspector.h"
#include "ui/wizards/ClaimDraftController.h"
#include "ui/wizards/ClaimPage.h"
#include "ui/wizards/ClassPage.h"
#include "ui/wizards/ConsumerPage.h"
#include "ui/wizards/DynamicClaimWizard.h"
#include "ui/wizards/FollowPanel.h"
#include "ui/wizards/ReviewPage.h"
#include "ui/wizards/StaticClaimWizard.h"
#include "ui/wizards/StorageAdvisorDialog.h"
#include "ui/wizards/YamlPreview.h"

#include "tests/support/DemoWindow.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace ase;
using namespace Qt::StringLiterals;
using provisioning::ConsumerKind;
using provisioning::DraftField;

class TestDynamicWizard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void entryPoints();
    void classPageDescribesEachClass();
    void adviceSendsToTheShareWizardOrTheClass();
    void refusedModeExplainedBeforeSending();
    void defaultClassLeavesTheFieldOut();
    void mysqlTemplateNamesASecret();
    void boundThroughADeployment();
    void statefulSetClaimsPerPod();
    void immediateClassBindsWithoutAPod();
    void consumerForAPendingClaim();

private:
    DynamicClaimWizard* open(const QString& className = {});
    static QString previewText(DynamicClaimWizard* wizard)
    {
        return wizard->preview()->editor()->toPlainText();
    }
    static bool waitForDryRun(DynamicClaimWizard* wizard);
    /// Creates the wizard's draft as the user would: review page, dry-run, Enter.
    static FollowPanel* createFromReview(DynamicClaimWizard* wizard);

    Session* m_session = nullptr;
    MainWindow* m_window = nullptr;
};

void TestDynamicWizard::initTestCase()
{
    m_window = ase::test::openDemoWindow(this, &m_session);
    QVERIFY(m_window);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->store()->count(u"StorageClass"_s) >= 2, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->store()->count(u"Namespace"_s) > 0, 10000);
}

void TestDynamicWizard::cleanupTestCase()
{
    delete m_window;
}

void TestDynamicWizard::cleanup()
{
    for (DynamicClaimWizard* wizard : m_window->findChildren<DynamicClaimWizard*>()) {
        wizard->claimController()->reset(wizard->claimController()->draft());
        wizard->close();
        delete wizard;
    }
    for (StaticClaimWizard* wizard : m_window->findChildren<StaticClaimWizard*>()) {
        wizard->claimController()->reset(wizard->claimController()->draft());
        wizard->close();
        delete wizard;
    }
}

DynamicClaimWizard* TestDynamicWizard::open(const QString& className)
{
    if (className.isEmpty()) {
        auto* action = m_window->findChild<QAction*>(u"actionNewDynamicClaim"_s);
        if (!action || !action->isEnabled())
            return nullptr;
        action->trigger();
    } else {
        QMenu menu;
        Q_EMIT m_window->pane(u"StorageClass"_s)->contextMenuRequested(u"StorageClass"_s, className, &menu);
        QAction* use = menu.findChild<QAction*>(u"actionUseClass"_s);
        if (!use)
            return nullptr;
        use->trigger();
    }
    const QList<DynamicClaimWizard*> wizards = m_window->findChildren<DynamicClaimWizard*>();
    return wizards.isEmpty() ? nullptr : wizards.last();
}

bool TestDynamicWizard::waitForDryRun(DynamicClaimWizard* wizard)
{
    ReviewPage* review = wizard->reviewPage();
    return QTest::qWaitFor(
        [review] {
            return review->dryRunButton()->isEnabled() && review->dryRunResults()->topLevelItemCount() > 0;
        },
        20000);
}

FollowPanel* TestDynamicWizard::createFromReview(DynamicClaimWizard* wizard)
{
    wizard->setCurrentPage(wizard->pageCount() - 1);
    if (!waitForDryRun(wizard)) {
        qWarning("no dry-run answer");
        return nullptr;
    }
    for (int i = 0; i < wizard->reviewPage()->dryRunResults()->topLevelItemCount(); ++i) {
        const QString answer = wizard->reviewPage()->dryRunResults()->topLevelItem(i)->text(0);
        if (!answer.endsWith(u"(server dry run)"_s)) {
            qWarning("dry-run refused: %s", qPrintable(answer));
            return nullptr;
        }
    }
    if (!wizard->createButton()->isEnabled()) {
        for (const provisioning::Check& check : wizard->controller()->checks())
            qWarning("check: %s", qPrintable(check.message));
        return nullptr;
    }
    QTest::keyClick(wizard, Qt::Key_Return);
    if (!QTest::qWaitFor([wizard] { return wizard->followPanel() != nullptr; }, 20000)) {
        qWarning("Create did not finish: %s", qPrintable(wizard->statusLabel()->text()));
        return nullptr;
    }
    return wizard->followPanel();
}

void TestDynamicWizard::entryPoints()
{
    // File → New Claim from a StorageClass… (Ctrl+Shift+N): the demo has no default class,
    // so the device's node-local class is named.
    auto* action = m_window->findChild<QAction*>(u"actionNewDynamicClaim"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    DynamicClaimWizard* wizard = open();
    QVERIFY(wizard);
    QCOMPARE(wizard->claimController()->draft().storageClassName, u"ase-node-local"_s);
    QCOMPARE(wizard->claimController()->draft().name, u"data"_s);
    QVERIFY(previewText(wizard).contains(u"storageClassName: ase-node-local"_s));
    QCOMPARE(wizard->pageCount(), 4); // class, claim, consumer, review
    wizard->close();
    // "Use This Class…" on a StorageClass.
    wizard = open(u"nfs-client"_s);
    QVERIFY(wizard);
    QCOMPARE(wizard->claimController()->draft().storageClassName, u"nfs-client"_s);
    QTRY_VERIFY(wizard->classPage()->table()->currentIndex().isValid());
    QCOMPARE(wizard->classPage()->table()->currentIndex().siblingAtColumn(0).data(Qt::DisplayRole).toString(),
        u"nfs-client"_s);
}

void TestDynamicWizard::classPageDescribesEachClass()
{
    DynamicClaimWizard* wizard = open();
    QVERIFY(wizard);
    ClassPage* page = wizard->classPage();
    QTRY_VERIFY(page->description()->text().contains(u"ase-node-local"_s));
    QString text = page->description()->text();
    QVERIFY2(text.contains(u"one node's data disk"_s), qPrintable(text));
    QVERIFY(text.contains(u"ReadWriteOnce, ReadWriteOncePod"_s));
    QVERIFY(text.contains(u"WaitForFirstConsumer"_s));
    QVERIFY(text.contains(u"which is expected"_s));
    QVERIFY(text.contains(u"deletes the volume and its data (Delete)"_s));
    QCOMPARE(page->defaultNote()->text(), u"No class is marked default: a claim must name its class."_s);
    // Choosing the other class in the table changes the draft and the words.
    QTableView* table = page->table();
    QTRY_VERIFY(table->model()->rowCount() >= 2);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, 0).data().toString() == u"nfs-client")
            table->setCurrentIndex(table->model()->index(row, 0));
    }
    QCOMPARE(wizard->claimController()->draft().storageClassName, u"nfs-client"_s);
    text = page->description()->text();
    QVERIFY2(text.contains(u"NFS share"_s), qPrintable(text));
    QVERIFY(text.contains(u"Immediate"_s));
    QVERIFY(previewText(wizard).contains(u"storageClassName: nfs-client"_s));
}

void TestDynamicWizard::adviceSendsToTheShareWizardOrTheClass()
{
    DynamicClaimWizard* wizard = open(u"nfs-client"_s);
    QVERIFY(wizard);
    // A database on one node: ase-node-local.
    QTimer::singleShot(0, this, [this] {
        auto* dialog = m_window->findChild<StorageAdvisorDialog*>();
        QVERIFY(dialog);
        dialog->posixBox()->setChecked(true);
        QVERIFY(dialog->adviceLabel()->text().contains(u"ase-node-local"_s));
        QVERIFY(dialog->useClassButton()->isDefault());
        dialog->useClassButton()->click();
    });
    wizard->classPage()->adviceButton()->click();
    QCOMPARE(wizard->claimController()->draft().storageClassName, u"ase-node-local"_s);
    // Several nodes writing: a share, in the static wizard.
    QTimer::singleShot(0, this, [this] {
        auto* dialog = m_window->findChild<StorageAdvisorDialog*>();
        QVERIFY(dialog);
        dialog->manyWritersBox()->setChecked(true);
        QVERIFY(dialog->adviceLabel()->text().contains(u"share"_s));
        QVERIFY(dialog->useShareButton()->isDefault());
        dialog->useShareButton()->click();
    });
    wizard->classPage()->adviceButton()->click();
    QTRY_VERIFY(!m_window->findChildren<StaticClaimWizard*>().isEmpty());
}

void TestDynamicWizard::refusedModeExplainedBeforeSending()
{
    DynamicClaimWizard* wizard = open();
    QVERIFY(wizard);
    ClaimPage* page = wizard->claimPage();
    wizard->setCurrentPage(1);
    // ReadWriteMany is disabled on ase-node-local, with the reason.
    QCheckBox* rwx = page->modeBox(2);
    QCOMPARE(rwx->objectName(), u"modeReadWriteMany"_s);
    QVERIFY(!rwx->isEnabled());
    QVERIFY(rwx->toolTip().contains(u"its volumes live on one node's disk"_s));
    QVERIFY(page->modesNote()->isVisible());
    QCOMPARE(page->modesNote()->text(),
        u"ase-node-local (rancher.io/local-path) gives ReadWriteOnce, ReadWriteOncePod only: its volumes "
        u"live on one "
        "node's disk."_s);
    // Asking for it anyway (e.g. in the YAML) is an error before anything is sent.
    wizard->claimController()->edit(
        [](provisioning::ClaimDraft& d) { d.accessModes = AccessMode::ReadWriteMany; });
    const QList<provisioning::Check> checks
        = provisioning::checksOf(wizard->controller()->checks(), DraftField::AccessModes);
    QCOMPARE(checks.size(), 1);
    QVERIFY(checks.first().isError());
    QVERIFY(!wizard->createButton()->isEnabled());
    // On nfs-client (NFS: many nodes) it is offered.
    wizard->claimController()->edit(
        [](provisioning::ClaimDraft& d) { d.storageClassName = u"nfs-client"_s; });
    QVERIFY(rwx->isEnabled());
    QVERIFY(provisioning::checksOf(wizard->controller()->checks(), DraftField::AccessModes).isEmpty());
}

void TestDynamicWizard::defaultClassLeavesTheFieldOut()
{
    DynamicClaimWizard* wizard = open();
    QVERIFY(wizard);
    ClaimPage* page = wizard->claimPage();
    QVERIFY(!page->defaultClassBox()->isChecked());
    QVERIFY(!page->defaultClassBox()->isEnabled()); // the demo has no default class
    // Make nfs-client the default: the box turns on and leaves storageClassName out.
    bool applied = false;
    const QJsonObject patch {{u"apiVersion"_s, u"storage.k8s.io/v1"_s}, {u"kind"_s, u"StorageClass"_s},
        {u"metadata"_s,
            QJsonObject {{u"name"_s, u"nfs-client"_s},
                {u"annotations"_s,
                    QJsonObject {{u"storageclass.kubernetes.io/is-default-class"_s, u"true"_s}}}}},
        {u"provisioner"_s, u"cluster.local/nfs-subdir-external-provisioner"_s}};
    m_session->cluster()->apply({patch}, true, this,
        [&applied](const QList<ObjectOutcome>& outcomes) { applied = outcomes.value(0).ok(); });
    QTRY_VERIFY(applied);
    QTRY_VERIFY_WITH_TIMEOUT(page->defaultClassBox()->isEnabled(), 10000);
    page->defaultClassBox()->setChecked(true);
    QCOMPARE(wizard->claimController()->draft().storageClassName, QString());
    QVERIFY(!previewText(wizard).contains(u"storageClassName"_s));
    QVERIFY(page->defaultClassBox()->text().contains(u"nfs-client"_s));
    QVERIFY(wizard->classPage()->defaultNote()->text().startsWith(
        u"nfs-client is the cluster's default class"_s));
    page->defaultClassBox()->setChecked(false);
    QCOMPARE(wizard->claimController()->draft().storageClassName, u"nfs-client"_s);
    // Put the scenario back as it was.
    applied = false;
    QJsonObject undo = patch;
    undo.insert(u"metadata"_s,
        QJsonObject {{u"name"_s, u"nfs-client"_s},
            {u"annotations"_s,
                QJsonObject {{u"storageclass.kubernetes.io/is-default-class"_s, u"false"_s}}}});
    m_session->cluster()->apply({undo}, true, this,
        [&applied](const QList<ObjectOutcome>& outcomes) { applied = outcomes.value(0).ok(); });
    QTRY_VERIFY(applied);
    QTRY_VERIFY_WITH_TIMEOUT(
        wizard->classPage()->defaultNote()->text().startsWith(u"No class is marked default"_s), 10000);
}

void TestDynamicWizard::mysqlTemplateNamesASecret()
{
    DynamicClaimWizard* wizard = open();
    QVERIFY(wizard);
    ConsumerPage* page = wizard->consumerPage();
    wizard->setCurrentPage(2);
    page->kinds()->button(int(ConsumerKind::Deployment))->click();
    page->templateBox()->setCurrentIndex(
        page->templateBox()->findData(int(provisioning::ConsumerApp::MySql)));
    QCOMPARE(page->imageEdit()->text(), u"mysql:8.4"_s);
    QCOMPARE(page->mountPathEdit()->text(), u"/var/lib/mysql"_s);
    QVERIFY(page->secretNameEdit()->isVisible());
    // No Secret named yet: an error next to the field; Create stays off.
    QVERIFY(!provisioning::checksOf(wizard->controller()->checks(), DraftField::ConsumerSecret).isEmpty());
    QVERIFY(!wizard->createButton()->isEnabled());
    QTest::keyClicks(page->secretNameEdit(), u"mysql-root"_s);
    QVERIFY(provisioning::checksOf(wizard->controller()->checks(), DraftField::ConsumerSecret).isEmpty());
    const QString yaml = previewText(wizard);
    QVERIFY(yaml.contains(u"secretKeyRef"_s));
    QVERIFY(yaml.contains(u"name: mysql-root"_s));
    QVERIFY(yaml.contains(u"containerPort: 3306"_s));
    QVERIFY(yaml.contains(u"kind: Service"_s));
    QVERIFY2(!yaml.contains(u"value:"_s), "no literal value, so no literal password");
    QVERIFY(
        page->secretCommand()->text().startsWith(u"kubectl create secret generic mysql-root -n default"_s));
    // Two replicas of this template are refused.
    page->replicasBox()->setValue(2);
    QVERIFY(!provisioning::checksOf(wizard->controller()->checks(), DraftField::ConsumerReplicas).isEmpty());
    page->replicasBox()->setValue(1);
    // The server takes it (dry-run); the seed has the Secret mysql-root in edge-apps.
    wizard->claimController()->edit([](provisioning::ClaimDraft& d) {
        d.ns = u"edge-apps"_s;
        d.name = u"mysql-gui-data"_s;
        d.consumer.name = u"mysql-gui"_s;
    });
    FollowPanel* follow = createFromReview(wizard);
    QVERIFY(follow);
    const QString claimKey = u"edge-apps/mysql-gui-data"_s;
    QTRY_COMPARE_WITH_TIMEOUT(follow->claimPhase(claimKey), u"Bound"_s, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(follow->log().join(u'\n').contains(u"Running"_s), 30000);
}

void TestDynamicWizard::boundThroughADeployment()
{
    DynamicClaimWizard* wizard = open();
    QVERIFY(wizard);
    wizard->claimController()->edit([](provisioning::ClaimDraft& d) {
        d.ns = u"edge-apps"_s;
        d.name = u"cache-data"_s;
        d.size = u"2Gi"_s;
    });
    ConsumerPage* page = wizard->consumerPage();
    page->kinds()->button(int(ConsumerKind::Deployment))->click();
    FollowPanel* follow = createFromReview(wizard);
    QVERIFY(follow);
    const QString claimKey = u"edge-apps/cache-data"_s;
    // WaitForFirstConsumer: said to be expected, then the pod, the provisioner, Bound.
    QTRY_COMPARE_WITH_TIMEOUT(follow->claimPhase(claimKey), u"Bound"_s, 30000);
    // The provisioner's event may arrive just after the claim is seen Bound.
    QTRY_VERIFY2_WITH_TIMEOUT(
        follow->log().join(u'\n').contains(u"ProvisioningSucceeded: Successfully provisioned volume pvc-"_s),
        qPrintable(follow->log().join(u'\n')), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(follow->log().join(u'\n').contains(u"Running on k8s-ase-node1"_s), 30000);
    const QString volume = m_session->store()
                               ->object(u"PersistentVolumeClaim"_s, claimKey)
                               .value(u"spec"_s)
                               .toObject()
                               .value(u"volumeName"_s)
                               .toString();
    QVERIFY(volume.startsWith(u"pvc-"_s));
    auto* summary = follow->findChild<QLabel*>(u"followSummary"_s);
    QTRY_VERIFY(summary->text().contains(u"href=\"PersistentVolume|"_s + volume));
}

void TestDynamicWizard::statefulSetClaimsPerPod()
{
    DynamicClaimWizard* wizard = open();
    QVERIFY(wizard);
    wizard->claimController()->edit([](provisioning::ClaimDraft& d) {
        d.ns = u"edge-apps"_s;
        d.name = u"www"_s;
        d.size = u"1Gi"_s;
    });
    ConsumerPage* page = wizard->consumerPage();
    page->kinds()->button(int(ConsumerKind::StatefulSet))->click();
    QVERIFY(
        page->kinds()->button(int(ConsumerKind::StatefulSet))->text().contains(u"volumeClaimTemplates"_s));
    QVERIFY(!page->kinds()->button(int(ConsumerKind::IotEdge))->isVisible());
    QTest::keyClicks(page->findChild<QLineEdit*>(u"workloadName"_s), u"web"_s);
    page->replicasBox()->setValue(2);
    QVERIFY(previewText(wizard).contains(u"volumeClaimTemplates"_s));
    QVERIFY(!previewText(wizard).contains(u"kind: PersistentVolumeClaim"_s));
    FollowPanel* follow = createFromReview(wizard);
    QVERIFY(follow);
    QCOMPARE(follow->claimKeys(), (QStringList {u"edge-apps/www-web-0"_s, u"edge-apps/www-web-1"_s}));
    QTRY_COMPARE_WITH_TIMEOUT(follow->claimPhase(u"edge-apps/www-web-0"_s), u"Bound"_s, 30000);
    QTRY_COMPARE_WITH_TIMEOUT(follow->claimPhase(u"edge-apps/www-web-1"_s), u"Bound"_s, 30000);
}

void TestDynamicWizard::immediateClassBindsWithoutAPod()
{
    DynamicClaimWizard* wizard = open(u"nfs-client"_s);
    QVERIFY(wizard);
    wizard->claimController()->edit([](provisioning::ClaimDraft& d) {
        d.ns = u"edge-apps"_s;
        d.name = u"shared-files"_s;
        d.accessModes = AccessMode::ReadWriteMany;
    });
    FollowPanel* follow = createFromReview(wizard);
    QVERIFY(follow);
    QTRY_COMPARE_WITH_TIMEOUT(follow->claimPhase(u"edge-apps/shared-files"_s), u"Bound"_s, 30000);
    QVERIFY(!follow->log().join(u'\n').contains(u"WaitForFirstConsumer"_s));
}

void TestDynamicWizard::consumerForAPendingClaim()
{
    // "Why Pending?" on a WaitForFirstConsumer claim offers a consumer: the dynamic wizard
    // opens on its consumer page for that claim and sends only the workload.
    QTRY_VERIFY_WITH_TIMEOUT(
        m_session->store()->contains(u"PersistentVolumeClaim"_s, u"monitoring/prometheus-data"_s), 10000);
    Q_EMIT m_window->inspector()->consumerRequested(u"monitoring"_s, u"prometheus-data"_s);
    const QList<DynamicClaimWizard*> wizards = m_window->findChildren<DynamicClaimWizard*>();
    QVERIFY(!wizards.isEmpty());
    DynamicClaimWizard* wizard = wizards.last();
    QCOMPARE(wizard->currentPage(), 2);
    QVERIFY(wizard->claimController()->draft().claimExists);
    QCOMPARE(wizard->claimController()->draft().storageClassName, u"ase-node-local"_s);
    const QString yaml = previewText(wizard);
    QVERIFY2(!yaml.contains(u"kind: PersistentVolumeClaim"_s), qPrintable(yaml));
    QVERIFY(yaml.contains(u"claimName: prometheus-data"_s));
    QVERIFY(yaml.contains(u"kind: Deployment"_s));
    wizard->claimController()->edit([](provisioning::ClaimDraft& d) { d.consumer.name = u"prometheus"_s; });
    FollowPanel* follow = createFromReview(wizard);
    QVERIFY(follow);
    QCOMPARE(follow->claimKeys(), QStringList {u"monitoring/prometheus-data"_s});
    QTRY_COMPARE_WITH_TIMEOUT(follow->claimPhase(u"monitoring/prometheus-data"_s), u"Bound"_s, 30000);
}

QTEST_MAIN(TestDynamicWizard)
#include "tst_dynamicwizard.moc"
