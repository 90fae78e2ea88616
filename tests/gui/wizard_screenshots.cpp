// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// Screenshots of every page of the provisioning wizards against the embedded demo device,
// for looking at them as a person does (not a test: it asserts nothing).
//
//   wizard_screenshots OUTDIR [--wizard static|dynamic] [--theme light|dark] [--qm FILE.qm]
//
// Dynamic: the class page, the advice dialog, the claim page with a refused mode, the
// MySQL consumer, a StatefulSet with claim templates, the review, and the follow panel of
// a WaitForFirstConsumer claim through a Deployment until Bound and Running.
//
// The pages: the source page with an unmounted share, the same after "Mount for Edge
// compute", the claim, a Deployment, an IoT Edge module, Edit YAML with an error, the
// review with the server's dry-run, and the follow panel once the claim is Bound.

#include "app/session/Session.h"
#include "models/store/ResourceStore.h"
#include "tests/bench/BenchSupport.h"
#include "tests/gui/ScreenshotSupport.h"
#include "ui/Theme.h"
#include "ui/wizards/ClaimDraftController.h"
#include "ui/wizards/ClassPage.h"
#include "ui/wizards/DynamicClaimWizard.h"
#include "ui/wizards/FollowPanel.h"
#include "ui/wizards/ReviewPage.h"
#include "ui/wizards/SourcePage.h"
#include "ui/wizards/StaticClaimWizard.h"
#include "ui/wizards/StorageAdvisorDialog.h"
#include "ui/wizards/YamlPreview.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>
#include <QTreeWidget>

using namespace ase;
using namespace ase::bench;
using namespace Qt::StringLiterals;

namespace {

bool shoot(QWidget* widget, const QString& dir, const QString& name)
{
    return screenshots::shoot(widget, dir, name, 150);
}

bool waitForDemo(Session& session)
{
    session.connectDemo();
    if (waitFor(
            [&session] {
                return session.store()->count(u"PersistentVolume"_s) >= 3
                    && session.store()->count(u"Share"_s) >= 4 && session.store()->count(u"Namespace"_s) > 0
                    && session.store()->count(u"StorageClass"_s) >= 2;
            },
            60000))
        return true;
    out() << "the demo device did not fill the store" << Qt::endl;
    return false;
}

int runDynamic(const QString& dir)
{
    Session session;
    if (!waitForDemo(session))
        return 1;
    DynamicClaimWizard* wizard = DynamicClaimWizard::forDefault(&session, nullptr);
    wizard->resize(1100, 720);
    wizard->show();
    shoot(wizard, dir, u"d1-class"_s);

    // The advice dialog, for a database.
    QTimer::singleShot(0, wizard, [wizard, &dir] {
        auto* dialog = wizard->findChild<StorageAdvisorDialog*>();
        if (!dialog)
            return;
        dialog->posixBox()->setChecked(true);
        shoot(dialog, dir, u"d2-advice"_s);
        dialog->reject();
    });
    wizard->classPage()->askAdvice();

    wizard->setCurrentPage(1);
    wizard->claimController()->edit([](provisioning::ClaimDraft& d) {
        d.ns = u"edge-apps"_s;
        d.name = u"orders-db-data"_s;
        d.size = u"20Gi"_s;
        d.labels = {{u"app"_s, u"orders-db"_s}};
    });
    shoot(wizard, dir, u"d3-claim"_s);

    wizard->setCurrentPage(2);
    wizard->claimController()->edit([](provisioning::ClaimDraft& d) {
        d.consumer.kind = provisioning::ConsumerKind::Deployment;
        d.consumer.name = u"orders-db"_s;
        d.consumer.setApp(provisioning::ConsumerApp::MySql);
        d.consumer.secretName = u"mysql-root"_s;
    });
    shoot(wizard, dir, u"d4-consumer-mysql"_s);
    wizard->claimController()->edit([](provisioning::ClaimDraft& d) {
        d.consumer.kind = provisioning::ConsumerKind::StatefulSet;
        d.consumer.setApp(provisioning::ConsumerApp::Generic);
        d.consumer.name = u"web"_s;
        d.consumer.replicas = 3;
    });
    shoot(wizard, dir, u"d5-consumer-statefulset"_s);
    wizard->claimController()->edit([](provisioning::ClaimDraft& d) {
        d.consumer.kind = provisioning::ConsumerKind::Deployment;
        d.consumer.name = u"orders-db"_s;
        d.consumer.replicas = 1;
        d.consumer.setApp(provisioning::ConsumerApp::MySql);
        d.consumer.secretName = u"mysql-root"_s;
    });

    wizard->setCurrentPage(wizard->pageCount() - 1);
    waitFor([wizard] { return wizard->reviewPage()->dryRunResults()->topLevelItemCount() > 0; }, 20000);
    shoot(wizard, dir, u"d6-review"_s);

    wizard->create();
    if (!waitFor([wizard] { return wizard->followPanel() != nullptr; }, 20000)) {
        out() << "Create did not finish: " << wizard->statusLabel()->text() << Qt::endl;
        return 1;
    }
    spin(300);
    shoot(wizard, dir, u"d7-follow-waiting"_s);
    const QString key = u"edge-apps/orders-db-data"_s;
    waitFor([wizard, &key] { return wizard->followPanel()->claimPhase(key) == u"Bound"; }, 30000);
    waitFor([wizard] { return wizard->followPanel()->log().join(u'\n').contains(u"Running"_s); }, 30000);
    spin(800);
    shoot(wizard, dir, u"d8-follow-bound"_s);

    // A mode the provisioner cannot give, explained on the claim page.
    DynamicClaimWizard* refused = DynamicClaimWizard::forDefault(&session, nullptr);
    refused->resize(1100, 720);
    refused->show();
    refused->setCurrentPage(1);
    refused->claimController()->edit(
        [](provisioning::ClaimDraft& d) { d.accessModes = AccessMode::ReadWriteMany; });
    shoot(refused, dir, u"d9-claim-refused-mode"_s);
    refused->claimController()->reset(refused->claimController()->draft());
    delete refused;
    delete wizard;
    return 0;
}

int run(const QString& dir)
{
    Session session;
    if (!waitForDemo(session))
        return 1;
    StaticClaimWizard* wizard = StaticClaimWizard::forShare(&session, u"backupshare"_s, nullptr);
    wizard->show();
    shoot(wizard, dir, u"1-source-unmounted"_s);

    wizard->sourcePage()->mountButton()->click();
    waitFor([&session] { return session.store()->contains(u"PersistentVolume"_s, u"backupshare"_s); }, 60000);
    waitFor([wizard] { return wizard->createButton()->isEnabled(); }, 10000);
    shoot(wizard, dir, u"2-source-mounted"_s);

    wizard->setCurrentPage(1);
    shoot(wizard, dir, u"3-claim"_s);

    wizard->setCurrentPage(2);
    wizard->claimController()->edit(
        [](provisioning::ClaimDraft& d) { d.consumer.kind = provisioning::ConsumerKind::IotEdge; });
    shoot(wizard, dir, u"4-consumer-iotedge"_s);
    wizard->claimController()->edit([](provisioning::ClaimDraft& d) {
        d.consumer.kind = provisioning::ConsumerKind::Deployment;
        d.consumer.image = u"nginx:1.27"_s;
        d.consumer.mountPath = u"/usr/share/nginx/html"_s;
        d.consumer.replicas = 2;
    });
    shoot(wizard, dir, u"5-consumer-deployment"_s);

    // Edit YAML: a label the form does not know is kept; then a syntax error.
    YamlPreview* preview = wizard->preview();
    preview->startEditing();
    QString text = preview->editor()->toPlainText();
    text.replace(u"metadata:\n  name:"_s, u"metadata:\n  annotations:\n    tier: gold\n  name:"_s);
    preview->editor()->setPlainText(text);
    shoot(wizard, dir, u"6-edit-yaml-kept"_s);
    text.replace(u"    tier: gold\n"_s, u"    tier: [gold\n"_s);
    preview->editor()->setPlainText(text);
    shoot(wizard, dir, u"7-edit-yaml-error"_s);
    text.replace(u"    tier: [gold\n"_s, u"    tier: gold\n"_s);
    preview->editor()->setPlainText(text);
    preview->requestPreview();
    spin(200);

    wizard->setCurrentPage(wizard->pageCount() - 1);
    waitFor([wizard] { return wizard->reviewPage()->dryRunResults()->topLevelItemCount() > 0; }, 20000);
    shoot(wizard, dir, u"8-review"_s);

    wizard->create();
    waitFor([wizard] { return wizard->followPanel() != nullptr; }, 20000);
    const provisioning::ClaimDraft& d = wizard->claimController()->draft();
    const QString key = d.ns + u'/' + d.name;
    waitFor([wizard, &key] { return wizard->followPanel()->claimPhase(key) == u"Bound"; }, 30000);
    spin(1500); // the binder's events and the pods
    shoot(wizard, dir, u"9-follow"_s);
    delete wizard;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    const QCommandLineOption wizardOption(u"wizard"_s, u"static or dynamic."_s, u"WIZARD"_s, u"static"_s);
    return screenshots::screenshotMain(
        argc, argv, {wizardOption}, [&wizardOption](const QString& dir, const QCommandLineParser& parser) {
            return parser.value(wizardOption) == u"dynamic" ? runDynamic(dir) : run(dir);
        });
}
