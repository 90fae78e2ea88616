// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// Screenshots of the export dialog (with its summary, and after writing) and of the Apply
// YAML window (with an error at a line, and with the server's results), against the
// embedded demo device, for looking at them as a person does (not a test).
//
//   export_screenshots OUTDIR [--theme light|dark]

#include "app/session/Session.h"
#include "models/store/ResourceStore.h"
#include "tests/bench/BenchSupport.h"
#include "tests/gui/ScreenshotSupport.h"
#include "ui/Theme.h"
#include "ui/apply/ApplyWindow.h"
#include "ui/export/ExportDialog.h"
#include "ui/wizards/FollowPanel.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace ase;
using namespace ase::bench;
using namespace Qt::StringLiterals;

namespace {

bool shoot(QWidget* widget, const QString& dir, const QString& name)
{
    return screenshots::shoot(widget, dir, name, 200);
}

int run(const QString& dir, const QString& theme)
{
    Session session;
    session.connectDemo();
    if (!waitFor(
            [&session] {
                return session.store()->count(u"PersistentVolumeClaim"_s) >= 5
                    && session.store()->count(u"Namespace"_s) > 0
                    && session.store()->count(u"StorageClass"_s) > 0;
            },
            60000)) {
        out() << "the demo device did not fill the store" << Qt::endl;
        return 1;
    }
    spin(1000);
    QTemporaryDir work;
    ExportDialog::Context context;
    context.kind = u"PersistentVolumeClaim"_s;
    context.selectedKeys = {u"edge-apps/sensor-data"_s, u"monitoring/prometheus-data"_s};
    for (const QJsonObject& o : session.store()->objects(u"PersistentVolumeClaim"_s))
        context.paneKeys.append(ResourceStore::keyOf(o));
    auto* dialog = new ExportDialog(&session, context);
    dialog->show();
    dialog->relatedBox()->setChecked(false);
    waitFor([dialog] { return dialog->plan() && dialog->plan()->objects.size() == 2; }, 10000);
    shoot(dialog, dir, u"export-1-selection-"_s + theme);
    dialog->scopeButton(ExportSelection::Scope::Everything)->click();
    dialog->relatedBox()->setChecked(true);
    dialog->folderButton()->click();
    dialog->pathEdit()->setText(work.filePath(u"bundle"_s));
    spin(500);
    shoot(dialog, dir, u"export-2-everything-"_s + theme);
    bool exported = false;
    QObject::connect(dialog, &ExportDialog::exported, dialog, [&exported] { exported = true; });
    dialog->exportButton()->click();
    waitFor([&exported] { return exported; }, 20000);
    shoot(dialog, dir, u"export-3-written-"_s + theme);
    delete dialog;

    auto* apply = new ApplyWindow(&session);
    apply->show();
    apply->setText("apiVersion: v1\n"
                   "kind: PersistentVolumeClaim\n"
                   "metadata:\n"
                   "  name: Upload_Data\n"
                   "  namespace: edge-apps\n"
                   "spec:\n"
                   "  accessModes: [ReadWriteMany]\n"
                   "  storageClassName: \"\"\n"
                   "  volumeName: shot-pv\n"
                   "  resources:\n"
                   "    requests:\n"
                   "      storage: 10GB\n"
                   "---\n"
                   "apiVersion: v1\n"
                   "kind: ConfigMap\n"
                   "metadata:\n"
                   "  name: [settings\n");
    spin(1500); // the cluster's schemas
    shoot(apply, dir, u"apply-1-syntax-error-"_s + theme);
    apply->setText(apply->editor()->toPlainText().replace(u"[settings"_s, u"settings"_s).toUtf8());
    spin(300);
    shoot(apply, dir, u"apply-1-checks-"_s + theme);
    apply->setText("apiVersion: v1\n"
                   "kind: PersistentVolumeClaim\n"
                   "metadata:\n"
                   "  name: upload-data\n"
                   "  namespace: edge-apps\n"
                   "spec:\n"
                   "  accessModes: [ReadWriteMany]\n"
                   "  storageClassName: \"\"\n"
                   "  volumeName: shot-pv\n"
                   "  resources:\n"
                   "    requests:\n"
                   "      storage: 10Gi\n"
                   "---\n"
                   "apiVersion: v1\n"
                   "kind: PersistentVolume\n"
                   "metadata:\n"
                   "  name: shot-pv\n"
                   "spec:\n"
                   "  capacity: {storage: 10Gi}\n"
                   "  accessModes: [ReadWriteMany]\n"
                   "  storageClassName: \"\"\n"
                   "  hostPath: {path: /tmp/shot-pv}\n"
                   "---\n"
                   "apiVersion: v1\n"
                   "kind: ConfigMap\n"
                   "metadata:\n"
                   "  name: upload-settings\n"
                   "  namespace: edge-apps\n"
                   "data:\n"
                   "  target: /data\n");
    bool answered = false;
    QObject::connect(apply, &ApplyWindow::answered, apply, [&answered] { answered = true; });
    waitFor([apply] { return apply->dryRunButton()->isEnabled(); }, 10000);
    apply->runDryRun();
    waitFor([&answered] { return answered; }, 20000);
    shoot(apply, dir, u"apply-2-dryrun-"_s + theme);
    answered = false;
    apply->apply();
    waitFor([&answered] { return answered; }, 20000);
    waitFor(
        [apply] {
            return apply->followPanel()
                && apply->followPanel()->claimPhase(u"edge-apps/upload-data"_s) == u"Bound";
        },
        30000);
    spin(1000);
    shoot(apply, dir, u"apply-3-results-"_s + theme);
    delete apply;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    return screenshots::screenshotMain(
        argc, argv, {}, [](const QString& dir, const QCommandLineParser& parser) {
            return run(dir, parser.value(u"theme"_s));
        });
}
