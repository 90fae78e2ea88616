// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The static provisioning wizard, offscreen, against the embedded demo device: from the
// window's entry points to a claim that is Bound, through the live preview, Edit YAML,
// the checks, the server dry-run, a conflict and a share that is mounted on the way.

#include "app/session/ClusterOperations.h"
#include "app/session/Session.h"
#include "models/provisioning/ClaimChecks.h"
#include "models/store/ResourceStore.h"
#include "ui/DetailsPanel.h"
#include "ui/MainWindow.h"
#include "ui/ResourcePane.h"
#include "ui/wizards/ClaimDraftController.h"
#include "ui/wizards/ClaimPage.h"
#include "ui/wizards/ConsumerPage.h"
#include "ui/wizards/DraftController.h"
#include "ui/wizards/FollowPanel.h"
#include "ui/wizards/ReviewPage.h"
#include "ui/wizards/SourcePage.h"
#include "ui/wizards/StaticClaimWizard.h"
#include "ui/wizards/YamlPreview.h"

#include "tests/support/DemoWindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>
#include <QTreeWidget>

using namespace ase;
using namespace Qt::StringLiterals;

class TestStaticWizard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void entryPoints_data();
    void entryPoints();
    void detailsLink();
    void sourceVerdicts_data();
    void sourceVerdicts();
    void previewFollowsTyping();
    void checksAsYouType_data();
    void checksAsYouType();
    void editYamlKnownField();
    void editYamlUnknownFieldKept();
    void editYamlInvalidRefused();
    void schemaIsTheClusters();
    void iotEdgeMounts();
    void saveYaml();
    void enterCreatesOnlyWhenChecksPass();
    void escapeAsksBeforeDiscarding();
    void dryRunShowsTheServersAnswer_data();
    void dryRunShowsTheServersAnswer();
    void unmountedShareIsMountedThenBound();
    void conflictShowsTheManagers();

private:
    /// Clicks the button of a message box that has this role; false when it has none.
    static bool clickRole(QMessageBox* box, QMessageBox::ButtonRole role);
    /// Waits for the review page's dry-run answers (after entering the page or a new run).
    static bool waitForDryRun(StaticClaimWizard* wizard);
    /// Opens the wizard the way the context menu of a pane does.
    StaticClaimWizard* openFromMenu(const QString& kind, const QString& name);
    static QString previewText(StaticClaimWizard* wizard)
    {
        return wizard->preview()->editor()->toPlainText();
    }

    Session* m_session = nullptr;
    MainWindow* m_window = nullptr;
};

void TestStaticWizard::initTestCase()
{
    m_window = ase::test::openDemoWindow(this, &m_session);
    QVERIFY(m_window);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->store()->count(u"PersistentVolume"_s) >= 3, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->store()->count(u"Share"_s) >= 4, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->store()->count(u"Namespace"_s) > 0, 10000);
    // A volume of no share and no class, free: the scenario's share volumes are all bound.
    const QJsonObject pv {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"PersistentVolume"_s},
        {u"metadata"_s, QJsonObject {{u"name"_s, u"spare-pv"_s}}},
        {u"spec"_s,
            QJsonObject {{u"capacity"_s, QJsonObject {{u"storage"_s, u"5Gi"_s}}},
                {u"accessModes"_s, QJsonArray {u"ReadWriteOnce"_s}}, {u"storageClassName"_s, QString()},
                {u"persistentVolumeReclaimPolicy"_s, u"Retain"_s},
                {u"hostPath"_s, QJsonObject {{u"path"_s, u"/tmp/spare-pv"_s}}}}}};
    bool applied = false;
    m_session->cluster()->apply({pv}, false, this,
        [&applied](const QList<ObjectOutcome>& outcomes) { applied = outcomes.value(0).ok(); });
    QTRY_VERIFY(applied);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->store()->contains(u"PersistentVolume"_s, u"spare-pv"_s), 10000);
}

void TestStaticWizard::cleanupTestCase()
{
    delete m_window;
}

void TestStaticWizard::cleanup()
{
    // Each test closes what it opened; a wizard left over is discarded without asking.
    for (StaticClaimWizard* wizard : m_window->findChildren<StaticClaimWizard*>()) {
        wizard->claimController()->reset(wizard->claimController()->draft());
        wizard->close();
        delete wizard;
    }
}

StaticClaimWizard* TestStaticWizard::openFromMenu(const QString& kind, const QString& name)
{
    QMenu menu;
    Q_EMIT m_window->pane(kind)->contextMenuRequested(kind, name, &menu);
    QAction* claim
        = menu.findChild<QAction*>(kind == u"Share" ? u"actionClaimShare"_s : u"actionClaimVolume"_s);
    if (!claim)
        return nullptr;
    claim->trigger();
    const QList<StaticClaimWizard*> wizards = m_window->findChildren<StaticClaimWizard*>();
    StaticClaimWizard* wizard = wizards.isEmpty() ? nullptr : wizards.last();
    if (wizard && !QTest::qWaitForWindowExposed(wizard))
        return nullptr;
    return wizard;
}

void TestStaticWizard::entryPoints_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("volumeName");
    QTest::addColumn<QString>("modes");
    QTest::addColumn<QString>("size");
    QTest::newRow("claim this share")
        << u"Share"_s << u"mylocalnfsshare1"_s << u"mylocalnfsshare1"_s << u"ReadWriteMany"_s << u"10Gi"_s;
    QTest::newRow("claim this volume") << u"PersistentVolume"_s << u"mycloudsmbshare1"_s
                                       << u"mycloudsmbshare1"_s << u"ReadWriteMany"_s << u"10Gi"_s;
    QTest::newRow("new claim from a share")
        << QString() << QString() << QString() << u"ReadWriteMany"_s << u"10Gi"_s;
}

void TestStaticWizard::entryPoints()
{
    QFETCH(QString, kind);
    QFETCH(QString, name);
    QFETCH(QString, volumeName);
    QFETCH(QString, modes);
    QFETCH(QString, size);
    StaticClaimWizard* wizard = nullptr;
    if (kind.isEmpty()) {
        QAction* action = m_window->findChild<QAction*>(u"actionNewStaticClaim"_s);
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
        wizard = m_window->findChildren<StaticClaimWizard*>().value(0);
    } else {
        wizard = openFromMenu(kind, name);
    }
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QVERIFY(!wizard->isModal());
    const provisioning::ClaimDraft& draft = wizard->claimController()->draft();
    QCOMPARE(draft.volumeName, volumeName);
    QCOMPARE(accessModeNames(draft.accessModes).join(u','), modes);
    QCOMPARE(draft.size, size);
    // The preview shows exactly what would be sent: the static claim's two fields.
    const QString yaml = previewText(wizard);
    QVERIFY(yaml.startsWith(u"apiVersion: v1\nkind: PersistentVolumeClaim\n"_s));
    QVERIFY(yaml.contains(u"  storageClassName: \"\"\n"_s));
    QVERIFY(yaml.contains(u"  volumeName: "_s + (volumeName.isEmpty() ? u"\"\""_s : volumeName) + u'\n'));
    QCOMPARE(yaml.toUtf8(), wizard->claimController()->yaml());
}

void TestStaticWizard::detailsLink()
{
    // The details of a share (and of a volume) offer "Claim this share…".
    m_window->openObject(u"Share"_s, u"mylocalnfsshare1"_s);
    auto* link = m_window->details()->findChild<QLabel*>(u"claimLink"_s);
    QVERIFY(link);
    QVERIFY(link->isVisible());
    Q_EMIT link->linkActivated(u"claim"_s);
    StaticClaimWizard* wizard = m_window->findChildren<StaticClaimWizard*>().value(0);
    QVERIFY(wizard);
    QCOMPARE(wizard->claimController()->draft().shareName, u"mylocalnfsshare1"_s);
    // Not for a claim.
    m_window->openObject(u"PersistentVolumeClaim"_s, u"edge-apps/sensor-data"_s);
    QVERIFY(!link->isVisible());
}

void TestStaticWizard::sourceVerdicts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("reason");
    QTest::newRow("bound") << u"mylocalsmbshare1"_s << u"BoundToClaim"_s
                           << u"Already bound to claim edge-apps/pvc-smb-flexvol."_s;
    QTest::newRow("not mounted")
        << u"backupshare"_s << u"NotMounted"_s
        << u"Not mounted for Edge compute, so Kubernetes has no PersistentVolume for "
           "it yet. Mount it for Edge compute to claim it."_s;
}

void TestStaticWizard::sourceVerdicts()
{
    QFETCH(QString, name);
    QFETCH(QString, verdict);
    QFETCH(QString, reason);
    StaticClaimWizard* wizard = openFromMenu(u"Share"_s, name);
    QVERIFY(wizard);
    SourcePage* source = wizard->sourcePage();
    QTRY_VERIFY(source->candidates()->topLevelItemCount() >= 4);
    QTreeWidgetItem* current = source->candidates()->currentItem();
    QVERIFY(current);
    QCOMPARE(current->text(0), name);
    QCOMPARE(current->text(4), reason);
    const auto it = std::find_if(source->shown().cbegin(), source->shown().cend(),
        [&name](const provisioning::VolumeCandidate& c) { return c.shareName == name; });
    QVERIFY(it != source->shown().cend());
    QCOMPARE(provisioning::verdictId(it->verdict), verdict);
    // The reason is also the check of the source field, and Create stays off.
    QVERIFY(provisioning::hasErrors(wizard->controller()->checks()));
    QVERIFY(!wizard->createButton()->isEnabled());
    QCOMPARE(source->mountButton()->isVisible(), verdict == u"NotMounted");
    if (verdict == u"BoundToClaim")
        QVERIFY(
            source->detail()->text().contains(u"href=\"PersistentVolumeClaim|edge-apps/pvc-smb-flexvol\""_s));
}

void TestStaticWizard::previewFollowsTyping()
{
    StaticClaimWizard* wizard = openFromMenu(u"Share"_s, u"mylocalnfsshare1"_s);
    QVERIFY(wizard);
    wizard->setCurrentPage(1);
    QLineEdit* name = wizard->claimPage()->nameEdit();
    QVERIFY(name->isVisible());
    name->clear();
    QTest::keyClicks(name, u"logs"_s);
    // Each keystroke is in the preview at once (no timer to wait for).
    QVERIFY(previewText(wizard).contains(u"  name: logs\n"_s));
    QTest::keyClick(name, Qt::Key_X);
    QVERIFY(previewText(wizard).contains(u"  name: logsx\n"_s));
    QTest::keyClick(name, Qt::Key_Backspace);
    QCOMPARE(previewText(wizard).toUtf8(), wizard->claimController()->yaml());

    QLineEdit* size = wizard->claimPage()->sizeEdit();
    size->selectAll();
    QTest::keyClicks(size, u"250"_s);
    wizard->claimPage()->unitBox()->setCurrentIndex(wizard->claimPage()->unitBox()->findText(u"Mi"_s));
    QVERIFY(previewText(wizard).contains(u"      storage: 250Mi\n"_s));

    // A consumer adds its document to the stream.
    wizard->setCurrentPage(2);
    wizard->consumerPage()->kinds()->button(int(provisioning::ConsumerKind::Deployment))->click();
    QVERIFY(previewText(wizard).contains(u"---\napiVersion: apps/v1\nkind: Deployment\n"_s));
    QLineEdit* image = wizard->consumerPage()->imageEdit();
    image->selectAll();
    QTest::keyClicks(image, u"nginx:1.27"_s);
    QVERIFY(previewText(wizard).contains(u"image: nginx:1.27\n"_s));
    QCOMPARE(previewText(wizard).toUtf8(), wizard->claimController()->yaml());
    // Documents that come and go: the lines replaced are exactly the difference.
    for (const provisioning::ConsumerKind kind :
        {provisioning::ConsumerKind::None, provisioning::ConsumerKind::StatefulSet,
            provisioning::ConsumerKind::IotEdge, provisioning::ConsumerKind::Deployment}) {
        wizard->consumerPage()->kinds()->button(int(kind))->click();
        QCOMPARE(previewText(wizard).toUtf8(), wizard->claimController()->yaml());
    }
}

void TestStaticWizard::checksAsYouType_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("message");
    QTest::newRow("name upper case")
        << u"claimName"_s << u"Data"_s
        << u"metadata.name: Invalid value: \"Data\": a lowercase RFC 1123 subdomain "
           "must consist of"_s;
    QTest::newRow("name taken") << u"claimName"_s << u"pvc-smb-flexvol"_s
                                << u"A claim named pvc-smb-flexvol already exists in namespace"_s;
    QTest::newRow("size not a quantity") << u"claimSize"_s << u"ten"_s << u"is not a size"_s;
    QTest::newRow("size over capacity")
        << u"claimSize"_s << u"6"_s << u"Its capacity 5Gi is less than the requested 6Gi"_s;
}

void TestStaticWizard::checksAsYouType()
{
    QFETCH(QString, field);
    QFETCH(QString, typed);
    QFETCH(QString, message);
    StaticClaimWizard* wizard = openFromMenu(u"PersistentVolume"_s, u"spare-pv"_s);
    QVERIFY(wizard);
    wizard->setCurrentPage(1);
    auto* edit = wizard->claimPage()->findChild<QLineEdit*>(field);
    QVERIFY(edit);
    // The claim's own namespace, for the name check.
    wizard->claimPage()->namespaceBox()->setCurrentText(u"edge-apps"_s);
    edit->selectAll();
    QTest::keyClicks(edit, typed);
    const QString checkName = field == u"claimName" ? u"check_name"_s : u"check_size"_s;
    auto* label = wizard->claimPage()->findChild<QLabel*>(checkName);
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QVERIFY2(label->text().contains(message), qPrintable(label->text()));
    QVERIFY(!wizard->createButton()->isEnabled());
    // The review page lists it too.
    wizard->setCurrentPage(wizard->pageCount() - 1);
    QListWidget* list = wizard->reviewPage()->findChild<QListWidget*>(u"checks"_s);
    QVERIFY(list);
    bool listed = false;
    for (int i = 0; i < list->count(); ++i)
        listed = listed || list->item(i)->text().contains(message);
    QVERIFY(listed);
}

void TestStaticWizard::editYamlKnownField()
{
    StaticClaimWizard* wizard = openFromMenu(u"Share"_s, u"mylocalnfsshare1"_s);
    QVERIFY(wizard);
    YamlPreview* preview = wizard->preview();
    preview->editButton()->click();
    QVERIFY(preview->isEditing());
    QVERIFY(!preview->editor()->isReadOnly());
    QString text = preview->editor()->toPlainText();
    text.replace(u"storage: 10Gi"_s, u"storage: 20Gi"_s);
    text.replace(u"- ReadWriteMany"_s, u"- ReadWriteOnce"_s);
    preview->editor()->setPlainText(text);
    QVERIFY(!preview->error());
    // The form follows the text.
    QCOMPARE(wizard->claimPage()->sizeEdit()->text(), u"20"_s);
    QCOMPARE(wizard->claimPage()->unitBox()->currentText(), u"Gi"_s);
    QVERIFY(wizard->claimPage()->modeBox(0)->isChecked());
    QVERIFY(!wizard->claimPage()->modeBox(2)->isChecked());
    // And the text follows the form while it is valid.
    wizard->setCurrentPage(1);
    wizard->claimPage()->sizeEdit()->selectAll();
    QTest::keyClicks(wizard->claimPage()->sizeEdit(), u"30"_s);
    QVERIFY(preview->editor()->toPlainText().contains(u"storage: 30Gi"_s));
    // The user's own comment gives way to a form change, and the status says so.
    auto* status = preview->findChild<QLabel*>(u"yamlStatus"_s);
    preview->editor()->setPlainText(u"# mine\n"_s + preview->editor()->toPlainText());
    QVERIFY(!preview->error());
    QVERIFY(!status->text().contains(u"written anew"_s));
    QTest::keyClicks(wizard->claimPage()->sizeEdit(), u"5"_s);
    QVERIFY(!preview->editor()->toPlainText().contains(u"# mine"_s));
    QVERIFY2(status->text().contains(u"written anew"_s), qPrintable(status->text()));
    // Back to the preview: nothing to lose, no question.
    preview->editButton()->click();
    QVERIFY(!preview->isEditing());
    QVERIFY(!wizard->findChild<QMessageBox*>(u"leaveEditYaml"_s));
}

void TestStaticWizard::editYamlUnknownFieldKept()
{
    StaticClaimWizard* wizard = openFromMenu(u"Share"_s, u"mylocalnfsshare1"_s);
    QVERIFY(wizard);
    YamlPreview* preview = wizard->preview();
    preview->startEditing();
    QString text = preview->editor()->toPlainText();
    text.replace(u"metadata:\n  name:"_s, u"metadata:\n  annotations:\n    tier: gold\n  name:"_s);
    preview->editor()->setPlainText(text);
    QVERIFY(!preview->error());
    QVERIFY(wizard->claimController()->kept().contains(u"PersistentVolumeClaim metadata.annotations.tier"_s));
    auto* kept = preview->findChild<QLabel*>(u"yamlKept"_s);
    QVERIFY(kept->isVisible());
    QVERIFY(kept->text().contains(u"metadata.annotations.tier"_s));
    // A later form edit keeps it.
    wizard->setCurrentPage(1);
    wizard->claimPage()->nameEdit()->selectAll();
    QTest::keyClicks(wizard->claimPage()->nameEdit(), u"gold-data"_s);
    QVERIFY(preview->editor()->toPlainText().contains(u"    tier: gold\n"_s));
    QVERIFY(preview->editor()->toPlainText().contains(u"  name: gold-data\n"_s));
    // Removing a field the form needs: switching back says it is put back, and does so.
    text = preview->editor()->toPlainText();
    text.remove(u"  storageClassName: \"\"\n"_s);
    preview->editor()->setPlainText(text);
    QVERIFY(!preview->error());
    preview->editButton()->click();
    auto* box = wizard->findChild<QMessageBox*>(u"leaveEditYaml"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->informativeText().contains(u"PersistentVolumeClaim spec.storageClassName"_s));
    QVERIFY(clickRole(box, QMessageBox::AcceptRole));
    QTRY_VERIFY(!preview->isEditing());
    QVERIFY(previewText(wizard).contains(u"  storageClassName: \"\"\n"_s));
    QVERIFY(previewText(wizard).contains(u"    tier: gold\n"_s));
}

void TestStaticWizard::editYamlInvalidRefused()
{
    StaticClaimWizard* wizard = openFromMenu(u"Share"_s, u"mylocalnfsshare1"_s);
    QVERIFY(wizard);
    YamlPreview* preview = wizard->preview();
    preview->startEditing();
    const QString before = QString::fromUtf8(wizard->claimController()->yaml());
    const provisioning::ClaimDraft draft = wizard->claimController()->draft();
    // Line 4 opens a flow sequence that is never closed.
    QString text = preview->editor()->toPlainText();
    text.replace(u"  name: "_s + draft.name, u"  name: [oops"_s);
    preview->editor()->setPlainText(text);
    QVERIFY(preview->error());
    QVERIFY2(preview->error()->line >= 4, qPrintable(preview->error()->toString()));
    auto* status = preview->findChild<QLabel*>(u"yamlStatus"_s);
    QVERIFY(status->text().contains(
        u"line %1, column %2"_s.arg(preview->error()->line).arg(preview->error()->column)));
    // The form is left as it was, and the error is marked in the text.
    QVERIFY(wizard->claimController()->draft() == draft);
    QCOMPARE(wizard->claimPage()->nameEdit()->text(), draft.name);
    QCOMPARE(preview->editor()->extraSelections().size(), 1);
    // Text that is not valid is not what would be sent: no Create, Save or Copy meanwhile.
    QVERIFY(!wizard->createButton()->isEnabled());
    QVERIFY(!wizard->saveButton()->isEnabled());
    QVERIFY(!wizard->copyButton()->isEnabled());
    QCOMPARE(preview->editor()->extraSelections().first().cursor.block().blockNumber() + 1,
        preview->error()->line);
    // A document that is no claim is refused at line 1.
    preview->editor()->setPlainText(u"apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n"_s);
    QVERIFY(preview->error());
    QCOMPARE(preview->error()->line, 1);
    // Switching back asks; keeping on editing keeps the text.
    preview->editButton()->click();
    auto* box = wizard->findChild<QMessageBox*>(u"leaveEditYaml"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QVERIFY(box->informativeText().contains(u"not valid"_s));
    QVERIFY(clickRole(box, QMessageBox::RejectRole));
    QTRY_VERIFY(!wizard->findChild<QMessageBox*>(u"leaveEditYaml"_s));
    QVERIFY(preview->isEditing());
    QVERIFY(preview->editor()->toPlainText().contains(u"ConfigMap"_s));
    // Discarding restores the draft's YAML.
    preview->requestPreview();
    box = wizard->findChild<QMessageBox*>(u"leaveEditYaml"_s);
    QVERIFY(box);
    QVERIFY(clickRole(box, QMessageBox::AcceptRole));
    QTRY_VERIFY(!preview->isEditing());
    QCOMPARE(previewText(wizard), before);
}

void TestStaticWizard::schemaIsTheClusters()
{
    StaticClaimWizard* wizard = openFromMenu(u"PersistentVolume"_s, u"spare-pv"_s);
    QVERIFY(wizard);
    // The demo serves /openapi/v3: the manifests are checked against its schemas.
    QTRY_COMPARE(int(wizard->controller()->schemaState()), int(DraftController::SchemaState::Checked));
    QVERIFY(!provisioning::hasErrors(wizard->controller()->checks()));
    // A misspelt field, kept as written, is an unknown field to the schema.
    YamlPreview* preview = wizard->preview();
    preview->startEditing();
    QString text = preview->editor()->toPlainText();
    text.replace(u"spec:\n"_s, u"spec:\n  storageClass: fast\n"_s);
    preview->editor()->setPlainText(text);
    QVERIFY(!preview->error());
    const QList<provisioning::Check> schema
        = provisioning::checksOf(wizard->controller()->checks(), provisioning::DraftField::Manifest);
    QCOMPARE(schema.size(), 1);
    QVERIFY2(schema.first().message.endsWith(u".spec.storageClass: unknown field"_s),
        qPrintable(schema.first().message));
    QVERIFY(!wizard->createButton()->isEnabled());
    wizard->setCurrentPage(wizard->pageCount() - 1);
    QListWidget* list = wizard->reviewPage()->findChild<QListWidget*>(u"checks"_s);
    QVERIFY(list->item(0)->text().contains(u"unknown field"_s));
    QVERIFY(list->item(list->count() - 1)->text().contains(u"/openapi/v3"_s));
}

void TestStaticWizard::iotEdgeMounts()
{
    StaticClaimWizard* wizard = openFromMenu(u"Share"_s, u"mylocalsmbshare1"_s);
    QVERIFY(wizard);
    wizard->setCurrentPage(2);
    wizard->consumerPage()->kinds()->button(int(provisioning::ConsumerKind::IotEdge))->click();
    QPlainTextEdit* json = wizard->consumerPage()->iotJson();
    QVERIFY(json->isVisible());
    const QString text = json->toPlainText();
    QVERIFY(text.contains(u"\"Source\": \"mylocalsmbshare1\""_s));
    QVERIFY(text.contains(u"\"Target\": \"/home/input\""_s));
    QVERIFY(text.contains(u"\"Target\": \"/home/output\""_s));
    QVERIFY(text.contains(u"\"Type\": \"volume\""_s));
    // Not sent to the cluster: the preview has the claim alone.
    QVERIFY(!previewText(wizard).contains(u"---"_s));
    wizard->consumerPage()->targetsEdit()->setPlainText(u"/home/input\n/data/models"_s);
    QVERIFY(json->toPlainText().contains(u"\"Target\": \"/data/models\""_s));
    QVERIFY(!json->toPlainText().contains(u"/home/output"_s));
    wizard->consumerPage()->findChild<QPushButton*>(u"copyJson"_s)->click();
    QCOMPARE(QApplication::clipboard()->text(), json->toPlainText());
}

void TestStaticWizard::saveYaml()
{
    StaticClaimWizard* wizard = openFromMenu(u"Share"_s, u"mylocalnfsshare1"_s);
    QVERIFY(wizard);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"claim.yaml"_s);
    QString error;
    QVERIFY2(wizard->saveYamlTo(path, &error), qPrintable(error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), wizard->claimController()->yaml());
    wizard->copyButton()->click();
    QCOMPARE(QApplication::clipboard()->text().toUtf8(), wizard->claimController()->yaml());
}

void TestStaticWizard::enterCreatesOnlyWhenChecksPass()
{
    StaticClaimWizard* wizard = openFromMenu(u"Share"_s, u"mylocalsmbshare1"_s);
    QVERIFY(wizard);
    // The volume is bound to another claim: an error, so Enter on the review page does nothing.
    wizard->setCurrentPage(wizard->pageCount() - 1);
    QVERIFY(!wizard->createButton()->isEnabled());
    QVERIFY(!wizard->createButton()->isDefault());
    const qsizetype claims = m_session->store()->count(u"PersistentVolumeClaim"_s);
    QTest::keyClick(wizard, Qt::Key_Return);
    QVERIFY(wizard->isVisible());
    QVERIFY(!wizard->followPanel());
    QCOMPARE(m_session->store()->count(u"PersistentVolumeClaim"_s), claims);
    // On a page, Enter is Next.
    wizard->setCurrentPage(1);
    QVERIFY(wizard->nextButton()->isDefault());
    QTest::keyClick(wizard->claimPage()->nameEdit(), Qt::Key_Return);
    QCOMPARE(wizard->currentPage(), 2);
}

void TestStaticWizard::escapeAsksBeforeDiscarding()
{
    StaticClaimWizard* wizard = openFromMenu(u"Share"_s, u"mylocalnfsshare1"_s);
    QVERIFY(wizard);
    QPointer<StaticClaimWizard> guard(wizard);
    wizard->setCurrentPage(1);
    QTest::keyClicks(wizard->claimPage()->nameEdit(), u"-more"_s);
    QTest::keyClick(wizard, Qt::Key_Escape);
    auto* box = wizard->findChild<QMessageBox*>(u"discardDraft"_s);
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    // Esc again keeps the draft.
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!wizard->findChild<QMessageBox*>(u"discardDraft"_s));
    QVERIFY(wizard->isVisible());
    QTest::keyClick(wizard, Qt::Key_Escape);
    box = wizard->findChild<QMessageBox*>(u"discardDraft"_s);
    QVERIFY(box);
    QVERIFY(clickRole(box, QMessageBox::DestructiveRole));
    QTRY_VERIFY(guard.isNull()); // closed and deleted (WA_DeleteOnClose)
    // A pristine draft closes at once.
    wizard = openFromMenu(u"Share"_s, u"mylocalnfsshare1"_s);
    guard = wizard;
    QTest::keyClick(wizard, Qt::Key_Escape);
    QTRY_VERIFY(guard.isNull());
}

bool TestStaticWizard::clickRole(QMessageBox* box, QMessageBox::ButtonRole role)
{
    const QList<QAbstractButton*> buttons = box->buttons();
    const auto it = std::find_if(buttons.cbegin(), buttons.cend(),
        [box, role](QAbstractButton* b) { return box->buttonRole(b) == role; });
    if (it == buttons.cend())
        return false;
    (*it)->click();
    return true;
}

bool TestStaticWizard::waitForDryRun(StaticClaimWizard* wizard)
{
    ReviewPage* review = wizard->reviewPage();
    return QTest::qWaitFor(
        [review] {
            return review->dryRunButton()->isEnabled() && review->dryRunResults()->topLevelItemCount() > 0;
        },
        20000);
}

void TestStaticWizard::dryRunShowsTheServersAnswer_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("noModes");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("answer");
    QTest::addColumn<QString>("cause");
    QTest::newRow("accepted") << u"dry-claim"_s << false << true
                              << u"persistentvolumeclaim/dry-claim created (server dry run)"_s << QString();
    QTest::newRow("invalid name") << u"Dry_Claim"_s << false << false << u"is invalid"_s
                                  << u"metadata.name"_s;
    QTest::newRow("no access mode") << u"dry-claim"_s << true << false << u"is invalid"_s
                                    << u"spec.accessModes"_s;
}

void TestStaticWizard::dryRunShowsTheServersAnswer()
{
    QFETCH(QString, name);
    QFETCH(bool, noModes);
    QFETCH(bool, accepted);
    QFETCH(QString, answer);
    QFETCH(QString, cause);
    StaticClaimWizard* wizard = openFromMenu(u"Share"_s, u"mylocalnfsshare1"_s);
    QVERIFY(wizard);
    // The dry-run sends what the draft says, checks or not: the server has the last word.
    wizard->claimController()->edit([&](provisioning::ClaimDraft& d) {
        d.name = name;
        d.ns = u"edge-apps"_s;
        if (noModes)
            d.accessModes = {};
    });
    const QString ns = u"edge-apps"_s;
    const qsizetype claims = m_session->store()->count(u"PersistentVolumeClaim"_s);
    // Entering the review page asks the server.
    wizard->setCurrentPage(wizard->pageCount() - 1);
    QVERIFY(waitForDryRun(wizard));
    QTreeWidget* results = wizard->reviewPage()->dryRunResults();
    QCOMPARE(results->topLevelItemCount(), 1);
    const QString line = results->topLevelItem(0)->text(0);
    QVERIFY2(line.contains(answer), qPrintable(line));
    if (accepted)
        QCOMPARE(line, answer);
    if (!cause.isEmpty()) {
        QVERIFY(results->topLevelItem(0)->childCount() > 0);
        QVERIFY2(results->topLevelItem(0)->child(0)->text(0).contains(cause),
            qPrintable(results->topLevelItem(0)->child(0)->text(0)));
    }
    // A change makes the answer stale; nothing was stored.
    wizard->claimController()->edit([](provisioning::ClaimDraft& d) { d.name = u"dry-claim-2"_s; });
    QVERIFY(wizard->reviewPage()->dryRunState()->text().contains(u"run it again"_s));
    QCOMPARE(m_session->store()->count(u"PersistentVolumeClaim"_s), claims);
    QVERIFY(!m_session->store()->contains(u"PersistentVolumeClaim"_s, ns + u"/dry-claim"_s));
}

void TestStaticWizard::unmountedShareIsMountedThenBound()
{
    // From the share's context menu: it is not mounted for Edge compute, so it has no PV.
    StaticClaimWizard* wizard = openFromMenu(u"Share"_s, u"backupshare"_s);
    QVERIFY(wizard);
    SourcePage* source = wizard->sourcePage();
    QTRY_VERIFY(source->mountButton()->isVisible());
    QVERIFY(!wizard->createButton()->isEnabled());
    source->mountButton()->click();
    QVERIFY(!source->mountButton()->isVisible());
    // The device mounts it, the PV appears, the verdict turns and the checks pass.
    QTRY_VERIFY_WITH_TIMEOUT(m_session->store()->contains(u"PersistentVolume"_s, u"backupshare"_s), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(
        source->candidates()->currentItem() && source->candidates()->currentItem()->text(4) == u"Yes"_s,
        10000);
    QTRY_VERIFY2(
        wizard->createButton()->isEnabled(), qPrintable(wizard->controller()->checks().value(0).message));
    QCOMPARE(wizard->claimController()->draft().volumeName, u"backupshare"_s);
    const QString claimKey
        = wizard->claimController()->draft().ns + u'/' + wizard->claimController()->draft().name;

    // Review (the server accepts it), then Enter = Create.
    wizard->setCurrentPage(wizard->pageCount() - 1);
    QVERIFY(waitForDryRun(wizard));
    QVERIFY(wizard->reviewPage()->dryRunResults()->topLevelItem(0)->text(0).endsWith(
        u"created (server dry run)"_s));
    QVERIFY(wizard->createButton()->isDefault());
    QTest::keyClick(wizard, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->followPanel(), 20000);
    FollowPanel* follow = wizard->followPanel();
    QVERIFY(follow->log().value(0).contains(u"created"_s));
    // The binder binds it; the panel says so, with the binder's events as they come.
    QTRY_COMPARE_WITH_TIMEOUT(follow->claimPhase(claimKey), u"Bound"_s, 30000);
    QTRY_VERIFY(follow->log().join(u'\n').contains(u"is Bound to volume backupshare"_s));
    auto* summary = follow->findChild<QLabel*>(u"followSummary"_s);
    QVERIFY(summary->text().contains(u"href=\"PersistentVolume|backupshare\""_s));
    // The claim's Events arrive in the log as they come (a successful static bind records
    // none, so one is recorded here, as a controller would).
    const QJsonObject claim = m_session->store()->object(u"PersistentVolumeClaim"_s, claimKey);
    const QJsonObject meta = claim.value(u"metadata"_s).toObject();
    const QJsonObject event {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Event"_s},
        {u"metadata"_s,
            QJsonObject {{u"name"_s, QString(meta.value(u"name"_s).toString() + u".followed"_s)},
                {u"namespace"_s, meta.value(u"namespace"_s)}}},
        {u"involvedObject"_s,
            QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"PersistentVolumeClaim"_s},
                {u"name"_s, meta.value(u"name"_s)}, {u"namespace"_s, meta.value(u"namespace"_s)},
                {u"uid"_s, meta.value(u"uid"_s)}}},
        {u"reason"_s, u"CheckedByTheWizardTest"_s}, {u"message"_s, u"seen by the follow panel"_s},
        {u"type"_s, u"Normal"_s}, {u"count"_s, 1}};
    bool recorded = false;
    m_session->cluster()->apply({event}, false, this,
        [&recorded](const QList<ObjectOutcome>& outcomes) { recorded = outcomes.value(0).ok(); });
    QTRY_VERIFY(recorded);
    QTRY_VERIFY_WITH_TIMEOUT(
        follow->log().join(u'\n').contains(u"Normal CheckedByTheWizardTest: seen by the follow panel"_s),
        10000);
    // Its links select the objects in their panes.
    Q_EMIT summary->linkActivated(u"PersistentVolumeClaim|"_s + claimKey);
    QCOMPARE(m_window->pane(u"PersistentVolumeClaim"_s)->currentKey(), claimKey);
    // Closing after Create asks nothing and keeps the objects.
    QPointer<StaticClaimWizard> guard(wizard);
    QTest::keyClick(wizard, Qt::Key_Escape);
    QTRY_VERIFY(guard.isNull());
    QVERIFY(m_session->store()->contains(u"PersistentVolumeClaim"_s, claimKey));
}

void TestStaticWizard::conflictShowsTheManagers()
{
    // The spare volume, so that the claim's checks pass.
    StaticClaimWizard* wizard = openFromMenu(u"PersistentVolume"_s, u"spare-pv"_s);
    QVERIFY(wizard);
    QCOMPARE(wizard->claimController()->draft().size, u"5Gi"_s);
    // The consumer is the scenario's Deployment "mysql", whose containers the seed owns.
    wizard->claimController()->edit([](provisioning::ClaimDraft& d) {
        d.name = u"conflict-claim"_s;
        d.ns = u"edge-apps"_s;
        d.consumer.kind = provisioning::ConsumerKind::Deployment;
        d.consumer.name = u"mysql"_s;
    });
    QTRY_VERIFY2(
        wizard->createButton()->isEnabled(), qPrintable(wizard->controller()->checks().value(0).message));
    wizard->createButton()->click();
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = wizard->findChild<QMessageBox*>(u"applyConflict"_s)), 20000);
    QTRY_VERIFY(box->isVisible());
    QVERIFY2(box->informativeText().contains(u"is managed by ase-demo-seed"_s),
        qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(u".spec"_s));
    QVERIFY(box->text().contains(u"deployment.apps/mysql"_s));
    QVERIFY(!wizard->followPanel());
    // Force takes them over; the wizard then follows.
    QVERIFY(clickRole(box, QMessageBox::DestructiveRole));
    QTRY_VERIFY2_WITH_TIMEOUT(wizard->followPanel(),
        qPrintable(wizard->statusLabel()->text() + u" | "_s
            + (wizard->reviewPage()->dryRunResults()->topLevelItemCount() > 0
                    ? wizard->reviewPage()
                          ->dryRunResults()
                          ->topLevelItem(wizard->reviewPage()->dryRunResults()->topLevelItemCount() - 1)
                          ->text(0)
                    : QString())),
        20000);
    QTRY_COMPARE_WITH_TIMEOUT(
        wizard->followPanel()->claimPhase(u"edge-apps/conflict-claim"_s), u"Bound"_s, 30000);
}

QTEST_MAIN(TestStaticWizard)
#include "tst_staticwizard.moc"
