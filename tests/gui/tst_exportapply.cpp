// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// Export and Apply YAML in the window, offscreen, against the embedded demo device: the
// export dialog on a selection (with and without related objects, to a folder), the
// overwrite question, a cancel mid-way that leaves nothing half-written, a file dropped
// on the window with an error at a line, and an apply with a conflict (Force or Cancel)
// that then follows its claim to Bound.

#include "app/session/ExportJob.h"
#include "app/session/Session.h"
#include "models/store/ResourceStore.h"
#include "ui/MainWindow.h"
#include "ui/ResourcePane.h"
#include "ui/apply/ApplyWindow.h"
#include "ui/apply/YamlActions.h"
#include "ui/export/ExportDialog.h"
#include "ui/wizards/FollowPanel.h"

#include "tests/support/DemoWindow.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUrl>

using namespace ase;
using namespace Qt::StringLiterals;

class TestExportApply final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void exportSelectionWithRelatedToFolder();
    void exportWithoutRelated();
    void overwriteQuestion();
    void cancelMidwayLeavesNothing();
    void droppedFileWithAnErrorAtALine();
    void applyWithAConflict();
    void applyFollowsTheClaimToBound();

private:
    static bool clickRole(QMessageBox* box, QMessageBox::ButtonRole role);
    ExportDialog* exportClaim(const QString& key);
    static QStringList filesUnder(const QString& dir);

    Session* m_session = nullptr;
    MainWindow* m_window = nullptr;
    QTemporaryDir m_dir;
};

void TestExportApply::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_window = ase::test::openDemoWindow(this, &m_session);
    QVERIFY(m_window);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->store()->count(u"PersistentVolumeClaim"_s) >= 5, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->store()->count(u"StorageClass"_s) > 0, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->store()->contains(u"Namespace"_s, u"edge-apps"_s), 10000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_session->store()->contains(u"PersistentVolumeClaim"_s, u"edge-apps/sensor-data"_s), 10000);
}

void TestExportApply::cleanupTestCase()
{
    delete m_window;
}

void TestExportApply::cleanup()
{
    for (QWidget* w : m_window->findChildren<ExportDialog*>())
        delete w;
    for (QWidget* w : m_window->findChildren<ApplyWindow*>())
        delete w;
}

bool TestExportApply::clickRole(QMessageBox* box, QMessageBox::ButtonRole role)
{
    const QList<QAbstractButton*> buttons = box->buttons();
    const auto it = std::find_if(buttons.cbegin(), buttons.cend(),
        [box, role](QAbstractButton* b) { return box->buttonRole(b) == role; });
    if (it == buttons.cend())
        return false;
    (*it)->click();
    return true;
}

QStringList TestExportApply::filesUnder(const QString& dir)
{
    QStringList out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        out.append(QDir(dir).relativeFilePath(it.next()));
    out.sort();
    return out;
}

ExportDialog* TestExportApply::exportClaim(const QString& key)
{
    m_window->openObject(u"PersistentVolumeClaim"_s, key);
    ResourcePane* pane = m_window->currentPane();
    if (!pane || pane->currentKey() != key)
        return nullptr;
    m_window->yamlActions()->exportAction()->trigger();
    auto* dialog = m_window->findChild<ExportDialog*>();
    if (!dialog)
        return nullptr;
    QSignalSpy planned(dialog, &ExportDialog::planned);
    if (!dialog->plan() && !planned.wait(10000))
        return nullptr;
    return dialog;
}

void TestExportApply::exportSelectionWithRelatedToFolder()
{
    ExportDialog* dialog = exportClaim(u"edge-apps/sensor-data"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->scopeButton(ExportSelection::Scope::Selection)->isChecked());
    QVERIFY(dialog->scopeButton(ExportSelection::Scope::Selection)->text().contains(u"(1)"_s));
    QVERIFY(dialog->relatedBox()->isChecked()); // related objects by default
    QVERIFY(!dialog->rawBox()->isChecked()); // clean by default
    // The claim, its namespace and its share's volume; the summary names the rules.
    QCOMPARE(dialog->plan()->countsByKind().value(u"PersistentVolumeClaim"_s), 1);
    QCOMPARE(dialog->plan()->countsByKind().value(u"PersistentVolume"_s), 1);
    QCOMPARE(dialog->plan()->countsByKind().value(u"Namespace"_s), 1);
    const QString summary = dialog->summary()->toPlainText();
    QVERIFY2(summary.contains(u"storageClassName \"\" kept"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"claimRef uid and resourceVersion and the bind annotations removed"_s),
        qPrintable(summary));
    QVERIFY2(summary.contains(u"PersistentVolume mylocalnfsshare1"_s), qPrintable(summary));
    // Counts read "kind: count", never "1 Namespace, 1 PersistentVolume" with a kind as a noun.
    QVERIFY2(summary.contains(u"Namespace: 1, PersistentVolume: 1, PersistentVolumeClaim: 1"_s),
        qPrintable(summary));

    dialog->folderButton()->click();
    const QString folder = m_dir.filePath(u"selection"_s);
    dialog->pathEdit()->setText(folder);
    QSignalSpy exported(dialog, &ExportDialog::exported);
    QTRY_VERIFY(dialog->exportButton()->isEnabled());
    dialog->exportButton()->click();
    QVERIFY(exported.wait(20000));
    QVERIFY2(dialog->lastResult().ok(), qPrintable(dialog->lastResult().error));
    QCOMPARE(filesUnder(folder),
        QStringList({u"Kustomization"_s, u"cluster/namespace/edge-apps.yaml"_s,
            u"cluster/persistentvolume/mylocalnfsshare1.yaml"_s,
            u"edge-apps/persistentvolumeclaim/sensor-data.yaml"_s}));
    QVERIFY(dialog->reportLabel()->isVisible());
    QVERIFY2(dialog->reportLabel()->text().contains(u"PersistentVolumeClaim: 1"_s),
        qPrintable(dialog->reportLabel()->text()));
    QVERIFY(dialog->reportLabel()->text().contains(QDir::toNativeSeparators(folder)));
    QFile claim(folder + u"/edge-apps/persistentvolumeclaim/sensor-data.yaml"_s);
    QVERIFY(claim.open(QIODevice::ReadOnly));
    const QByteArray yaml = claim.readAll();
    QVERIFY(yaml.contains("storageClassName: \"\"\n"));
    QVERIFY(yaml.contains("volumeName: mylocalnfsshare1\n"));
    QVERIFY(!yaml.contains("uid:"));
    QVERIFY(!yaml.contains("status:"));
}

void TestExportApply::exportWithoutRelated()
{
    ExportDialog* dialog = exportClaim(u"edge-apps/sensor-data"_s);
    QVERIFY(dialog);
    QSignalSpy planned(dialog, &ExportDialog::planned);
    dialog->relatedBox()->setChecked(false);
    QVERIFY(planned.wait(10000));
    QCOMPARE(dialog->plan()->objects.size(), 1);
    QVERIFY2(dialog->summary()->toPlainText().contains(u"volume is not exported: apply the volume too"_s),
        qPrintable(dialog->summary()->toPlainText()));
    // Everything: every class, volume and claim of the store.
    dialog->scopeButton(ExportSelection::Scope::Everything)->click();
    QVERIFY(planned.wait(10000));
    QCOMPARE(dialog->plan()->countsByKind().value(u"PersistentVolumeClaim"_s),
        int(m_session->store()->count(u"PersistentVolumeClaim"_s)));
    QCOMPARE(dialog->plan()->countsByKind().value(u"StorageClass"_s),
        int(m_session->store()->count(u"StorageClass"_s)));
}

void TestExportApply::overwriteQuestion()
{
    const QString file = m_dir.filePath(u"existing.yaml"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old: true\n");
    }
    ExportDialog* dialog = exportClaim(u"edge-apps/sensor-data"_s);
    QVERIFY(dialog);
    QVERIFY(dialog->fileButton()->isChecked());
    dialog->pathEdit()->setText(file);
    QTRY_VERIFY(dialog->exportButton()->isEnabled());
    dialog->exportButton()->click();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = dialog->findChild<QMessageBox*>(u"overwriteQuestion"_s)));
    QVERIFY(box->text().contains(QDir::toNativeSeparators(file)));
    QPointer<QMessageBox> answered = box;
    QVERIFY(clickRole(box, QMessageBox::RejectRole)); // Cancel: nothing written
    // The answer is handled when the box closes (a Replace would start the job there); it
    // is deleted once closed.
    QTRY_VERIFY(answered.isNull());
    QVERIFY(!dialog->job());
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old: true\n"));
    }
    QSignalSpy exported(dialog, &ExportDialog::exported);
    dialog->exportButton()->click();
    QTRY_VERIFY((box = dialog->findChild<QMessageBox*>(u"overwriteQuestion"_s)));
    QVERIFY(clickRole(box, QMessageBox::DestructiveRole)); // Replace
    QVERIFY(exported.wait(20000));
    QVERIFY(dialog->lastResult().ok());
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.contains("kind: PersistentVolumeClaim"));
    QVERIFY(!bytes.contains("old: true"));
}

void TestExportApply::cancelMidwayLeavesNothing()
{
    // A store of its own with 10,000 volumes: enough for the write to take a while.
    Session offline;
    QList<QJsonObject> volumes;
    for (int i = 0; i < 10000; ++i)
        volumes.append(QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"PersistentVolume"_s},
            {u"metadata"_s,
                QJsonObject {
                    {u"name"_s, u"pv-%1"_s.arg(i, 5, 10, QChar(u'0'))}, {u"uid"_s, u"u%1"_s.arg(i)}}},
            {u"spec"_s,
                QJsonObject {{u"capacity"_s, QJsonObject {{u"storage"_s, u"1Gi"_s}}},
                    {u"accessModes"_s, QJsonArray {u"ReadWriteOnce"_s}},
                    {u"hostPath"_s, QJsonObject {{u"path"_s, u"/data/pv-%1"_s.arg(i)}}}}}});
    offline.store()->postReplace(u"PersistentVolume"_s, volumes);
    offline.store()->flush();
    ExportDialog dialog(&offline, {});
    dialog.show();
    QVERIFY(dialog.scopeButton(ExportSelection::Scope::Everything)->isChecked());
    QSignalSpy planned(&dialog, &ExportDialog::planned);
    QVERIFY(planned.wait(20000));
    QCOMPARE(dialog.plan()->objects.size(), 10000);
    dialog.folderButton()->click();
    QTemporaryDir parent;
    const QString folder = parent.filePath(u"big"_s);
    dialog.pathEdit()->setText(folder);
    QTRY_VERIFY(dialog.exportButton()->isEnabled());
    QSignalSpy exported(&dialog, &ExportDialog::exported);
    qint64 doneAtCancel = -1;
    dialog.exportButton()->click();
    QVERIFY(dialog.job());
    connect(dialog.job(), &ExportJob::progress, &dialog, [&](qint64 done, qint64 total) {
        if (doneAtCancel < 0 && done > 0 && done < total) {
            doneAtCancel = done;
            QVERIFY(dialog.progressBar()->isVisible());
            dialog.cancelButton()->click(); // Cancel while writing
        }
    });
    QVERIFY(exported.wait(60000));
    QVERIFY2(doneAtCancel > 0, "the export ended before it could be canceled");
    QCOMPARE(dialog.lastResult().status, exporting::ExportResult::Status::Canceled);
    QVERIFY(dialog.reportLabel()->text().contains(u"nothing was written"_s));
    // Nothing half-written: no folder, no temporary sibling.
    QCOMPARE(
        QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
    QVERIFY(dialog.isVisible()); // Cancel stopped the export, not the dialog
}

void TestExportApply::droppedFileWithAnErrorAtALine()
{
    const QString file = m_dir.filePath(u"broken.yaml"_s);
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("apiVersion: v1\n"
                "kind: ConfigMap\n"
                "metadata:\n"
                "  name: ok\n"
                "  namespace: edge-apps\n"
                "---\n"
                "apiVersion: v1\n"
                "kind: ConfigMap\n"
                "metadata:\n"
                "  name: [broken\n"
                "data: {}\n");
    }
    // Dropped on the window, as a file manager does.
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(file)});
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(m_window, &drop);
    QVERIFY(drop.isAccepted());
    auto* window = m_window->findChild<ApplyWindow*>();
    QVERIFY(window);
    QVERIFY(window->editor()->toPlainText().contains(u"name: [broken"_s));
    QVERIFY(window->manifests().error.has_value());
    const int line = window->manifests().error->line;
    QVERIFY2(line >= 10 && line <= 12, qPrintable(window->manifests().error->toString()));
    QVERIFY(window->checksView()->count() > 0);
    const QString first = window->checksView()->item(0)->text();
    QVERIFY2(first.contains(u"line %1, column"_s.arg(line)), qPrintable(first));
    // The error is marked at its line in the text.
    const QList<QTextEdit::ExtraSelection> marks = window->editor()->extraSelections();
    QVERIFY(!marks.isEmpty());
    QCOMPARE(marks.first().cursor.block().blockNumber(), line - 1);
    QVERIFY(!window->applyButton()->isEnabled());
    QVERIFY(!window->dryRunButton()->isEnabled());
    // Activating the check takes the cursor there.
    Q_EMIT window->checksView()->itemActivated(window->checksView()->item(0));
    QCOMPARE(window->editor()->textCursor().blockNumber(), line - 1);
    // Fixed: the checks pass and the objects are listed in the order they are sent.
    window->setText(window->editor()->toPlainText().replace(u"[broken"_s, u"fixed"_s).toUtf8());
    QVERIFY(!window->manifests().error);
    QCOMPARE(window->objectsView()->topLevelItemCount(), 2);
    QTRY_VERIFY(window->dryRunButton()->isEnabled());
}

void TestExportApply::applyWithAConflict()
{
    ApplyWindow* window = m_window->yamlActions()->openApplyWindow();
    QVERIFY(window);
    // The seed's Deployment (manager ase-demo-seed) with another strategy.
    window->setText("apiVersion: apps/v1\n"
                    "kind: Deployment\n"
                    "metadata:\n"
                    "  name: mysql\n"
                    "  namespace: edge-apps\n"
                    "spec:\n"
                    "  selector:\n"
                    "    matchLabels: {app: mysql}\n"
                    "  strategy:\n"
                    "    type: RollingUpdate\n"
                    "  template:\n"
                    "    metadata:\n"
                    "      labels: {app: mysql}\n"
                    "    spec:\n"
                    "      containers:\n"
                    "      - name: mysql\n"
                    "        image: mysql:5.6\n");
    QTRY_VERIFY_WITH_TIMEOUT(window->applyButton()->isEnabled(), 10000);
    window->applyButton()->click();
    QMessageBox* box = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((box = window->findChild<QMessageBox*>(u"applyConflict"_s)), 20000);
    QVERIFY2(box->informativeText().contains(u"is managed by ase-demo-seed"_s),
        qPrintable(box->informativeText()));
    QVERIFY2(box->informativeText().contains(u".spec.strategy"_s), qPrintable(box->informativeText()));
    QVERIFY(box->text().contains(u"deployment.apps/mysql"_s));
    QVERIFY(window->objectsView()->topLevelItem(0)->text(2).contains(u"conflict"_s));
    // Cancel: nothing changes. The answer is handled when the box closes (Force would start
    // the apply there and disable the button until it is answered); it is deleted once closed.
    QPointer<QMessageBox> answered = box;
    QVERIFY(clickRole(box, QMessageBox::RejectRole));
    QTRY_VERIFY(answered.isNull());
    QVERIFY(window->applyButton()->isEnabled());
    QVERIFY(!window->followPanel());
    // Force takes the fields over.
    window->applyButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT((box = window->findChild<QMessageBox*>(u"applyConflict"_s)), 20000);
    QVERIFY(clickRole(box, QMessageBox::DestructiveRole));
    QTRY_VERIFY_WITH_TIMEOUT(window->followPanel(), 20000);
    const QString result = window->objectsView()->topLevelItem(0)->text(2);
    QVERIFY2(result.startsWith(u"configured"_s), qPrintable(result));
    QVERIFY(
        window->objectsView()->topLevelItem(0)->toolTip(2).startsWith(u"deployment.apps/mysql configured"_s));
    QVERIFY2(result.contains(u"no pane for Deployment"_s), qPrintable(result));
}

void TestExportApply::applyFollowsTheClaimToBound()
{
    ApplyWindow* window = m_window->yamlActions()->openApplyWindow();
    QVERIFY(window);
    // A static pair in one file, the claim first: it is sent after its volume.
    window->setText("apiVersion: v1\n"
                    "kind: PersistentVolumeClaim\n"
                    "metadata: {name: applied-claim, namespace: edge-apps}\n"
                    "spec:\n"
                    "  accessModes: [ReadWriteOnce]\n"
                    "  storageClassName: \"\"\n"
                    "  volumeName: applied-pv\n"
                    "  resources: {requests: {storage: 1Gi}}\n"
                    "---\n"
                    "apiVersion: v1\n"
                    "kind: PersistentVolume\n"
                    "metadata: {name: applied-pv}\n"
                    "spec:\n"
                    "  capacity: {storage: 1Gi}\n"
                    "  accessModes: [ReadWriteOnce]\n"
                    "  storageClassName: \"\"\n"
                    "  hostPath: {path: /tmp/applied-pv}\n");
    QCOMPARE(window->objectsView()->topLevelItem(0)->text(0), u"PersistentVolume applied-pv"_s);
    QTRY_VERIFY_WITH_TIMEOUT(window->dryRunButton()->isEnabled(), 10000);
    QSignalSpy answered(window, &ApplyWindow::answered);
    window->dryRunButton()->click();
    QVERIFY(answered.wait(20000));
    QVERIFY2(window->objectsView()->topLevelItem(1)->text(1).contains(u"created (server dry run)"_s),
        qPrintable(window->objectsView()->topLevelItem(1)->text(1)));
    window->createButton()->click();
    QVERIFY(answered.wait(20000));
    QTRY_VERIFY_WITH_TIMEOUT(window->followPanel(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(
        window->followPanel()->claimPhase(u"edge-apps/applied-claim"_s), u"Bound"_s, 30000);
    // A second Create fails (it exists); the result says so.
    window->createButton()->click();
    QVERIFY(answered.wait(20000));
    QVERIFY2(window->objectsView()->topLevelItem(0)->text(2).contains(u"already exists"_s),
        qPrintable(window->objectsView()->topLevelItem(0)->text(2)));
    // The result links to the object in its pane.
    Q_EMIT window->objectsView()->itemActivated(window->objectsView()->topLevelItem(1), 0);
    QCOMPARE(m_window->currentPane()->kind(), u"PersistentVolumeClaim"_s);
    QCOMPARE(m_window->currentPane()->currentKey(), u"edge-apps/applied-claim"_s);
}

QTEST_MAIN(TestExportApply)
#include "tst_exportapply.moc"
