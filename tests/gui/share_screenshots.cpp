// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// Screenshots of the Add-share wizard and the share actions against the embedded demo
// device, for looking at them as a person does (not a test: it asserts nothing).
//
//   share_screenshots OUTDIR [--theme light|dark] [--qm FILE.qm]
//
// The wizard's pages (Basics, cloud storage with a new credential, SMB access with a new
// user, NFS clients, Edge compute, Review), its progress and the follow panel offering
// "Claim this share…"; the unmount warning, the refused delete, the delete confirmation,
// Edit access and the Users / Storage account credentials panes.

#include "app/session/Session.h"
#include "models/store/ResourceStore.h"
#include "tests/bench/BenchSupport.h"
#include "tests/gui/ScreenshotSupport.h"
#include "ui/Theme.h"
#include "ui/shares/DeviceAccountsDialog.h"
#include "ui/shares/EditAccessDialog.h"
#include "ui/shares/ShareActions.h"
#include "ui/wizards/AddShareWizard.h"
#include "ui/wizards/ShareDraftController.h"
#include "ui/wizards/SharePages.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QDir>
#include <QLabel>
#include <QLibraryInfo>
#include <QLineEdit>
#include <QLocale>
#include <QMainWindow>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTranslator>

using namespace ase;
using namespace ase::bench;
using namespace Qt::StringLiterals;

namespace {

bool shoot(QWidget* widget, const QString& dir, const QString& name)
{
    return screenshots::shoot(widget, dir, name, 200);
}

QMessageBox* box(const QString& name)
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* b = qobject_cast<QMessageBox*>(w); b && b->objectName() == name && b->isVisible())
            return b;
    }
    return nullptr;
}

bool shootBox(const QString& name, const QString& dir, const QString& file)
{
    waitFor([&name] { return box(name) != nullptr; }, 5000);
    QMessageBox* b = box(name);
    if (!b)
        return false;
    shoot(b, dir, file);
    b->reject();
    return true;
}

int run(const QString& dir)
{
    Session session;
    session.connectDemo();
    if (!waitFor(
            [&session] {
                return session.store()->count(u"PersistentVolume"_s) >= 3
                    && session.store()->count(u"Share"_s) >= 4;
            },
            60000)) {
        out() << "the demo device did not fill the store" << Qt::endl;
        return 1;
    }
    QMainWindow window;
    window.resize(900, 600);
    ShareActions actions(&session, &window);
    AddShareWizard* wizard = actions.openAddShareWizard();
    wizard->show();
    waitFor([wizard] { return wizard->basicsPage()->usageLabel()->text().contains(u"24"_s); }, 10000);
    spin(500);
    wizard->shareController()->edit([](provisioning::ShareDraft& d) {
        d.name = u"Sensor_Data"_s;
        d.description = u"Camera frames for the inference pods"_s;
    });
    shoot(wizard, dir, u"share-1-basics-error"_s);
    wizard->shareController()->edit([](provisioning::ShareDraft& d) { d.name = u"sensor-data"_s; });
    shoot(wizard, dir, u"share-2-basics"_s);

    wizard->setCurrentPage(1);
    wizard->storagePage()->cloudButton()->click();
    wizard->shareController()->edit([](provisioning::ShareDraft& d) {
        d.newCredential
            = provisioning::CredentialDraft {u"archive"_s, u"contosoarchive"_s, u"c2VjcmV0a2V5"_s};
        d.storageAccountCredential = u"archive"_s;
        d.dataFormat = u"PageBlob"_s;
    });
    shoot(wizard, dir, u"share-3-storage-cloud"_s);

    wizard->setCurrentPage(2);
    wizard->shareController()->edit([](provisioning::ShareDraft& d) {
        d.users = {{u"shareuser1"_s, u"Read"_s}};
        d.newUser = provisioning::UserDraft {u"camera"_s, u"Edge-Pa55word"_s, u"Edge-Pa55wor"_s};
    });
    shoot(wizard, dir, u"share-4-access-smb-mismatch"_s);
    wizard->shareController()->edit(
        [](provisioning::ShareDraft& d) { d.newUser->confirmation = d.newUser->password; });
    shoot(wizard, dir, u"share-5-access-smb"_s);

    wizard->setCurrentPage(3);
    shoot(wizard, dir, u"share-6-compute"_s);
    wizard->setCurrentPage(wizard->pageCount() - 1);
    shoot(wizard, dir, u"share-7-review"_s);

    // NFS, on a copy of the wizard's draft: its access page and compute note.
    AddShareWizard* nfs = actions.openAddShareWizard();
    nfs->show();
    nfs->shareController()->edit([](provisioning::ShareDraft& d) {
        d.name = u"media"_s;
        d.nfs = true;
        d.clients = {{u"10.128.47.20"_s, u"ReadWrite"_s}, {u"fd00::20"_s, u"ReadOnly"_s},
            {u"10.0.0.300"_s, u"NoAccess"_s}};
    });
    nfs->setCurrentPage(2);
    shoot(nfs, dir, u"share-8-access-nfs"_s);
    nfs->setCurrentPage(3);
    shoot(nfs, dir, u"share-9-compute-nfs"_s);
    nfs->shareController()->edit([](provisioning::ShareDraft& d) { d = provisioning::ShareDraft(); });
    delete nfs;

    wizard->create();
    spin(1200);
    shoot(wizard, dir, u"share-10-progress"_s);
    waitFor([wizard] { return wizard->claimButton() && wizard->claimButton()->isVisible(); }, 60000);
    shoot(wizard, dir, u"share-11-follow-claim"_s);
    delete wizard;

    // Actions on shares.
    waitFor([&session] { return session.store()->contains(u"PersistentVolume"_s, u"mycloudsmbshare1"_s); },
        10000);
    actions.unmount(u"mycloudsmbshare1"_s);
    shootBox(u"confirmUnmount"_s, dir, u"action-1-unmount-warning"_s);
    actions.deleteShare(u"mycloudsmbshare1"_s);
    shootBox(u"deleteRefused"_s, dir, u"action-2-delete-refused"_s);
    actions.deleteShare(u"backupshare"_s);
    shootBox(u"confirmDeleteShare"_s, dir, u"action-3-delete-local"_s);
    actions.editAccess(u"mycloudsmbshare1"_s);
    spin(800);
    if (auto* edit = window.findChild<EditAccessDialog*>())
        shoot(edit, dir, u"action-4-edit-access"_s);
    DeviceAccountsDialog* accounts = actions.openAccounts();
    spin(800);
    shoot(accounts, dir, u"action-5-users"_s);
    accounts->tabs()->setCurrentIndex(1);
    shoot(accounts, dir, u"action-6-credentials"_s);
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    return screenshots::screenshotMain(
        argc, argv, {}, [](const QString& dir, const QCommandLineParser&) { return run(dir); });
}
