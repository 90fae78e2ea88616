// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The Add-share wizard and the share actions of the window, offscreen, against the embedded
// demo device: a cloud SMB share with a new user (its password encrypted for the device)
// mounted for Edge compute → its PV appears → "Claim this share…" → the claim is Bound; the
// unmount warning names that claim; deleting a mounted share is refused with an offer to
// unmount; closing the wizard while the device works does not abandon the operation; the
// Users pane lists the new user with its share.

#include "app/session/Session.h"
#include "app/session/ShareOperations.h"
#include "models/itemmodels/DeviceAccountModel.h"
#include "models/store/ResourceStore.h"
#include "ui/DetailsPanel.h"
#include "ui/MainWindow.h"
#include "ui/ResourcePane.h"
#include "ui/shares/DeviceAccountsDialog.h"
#include "ui/shares/EditAccessDialog.h"
#include "ui/shares/ShareActions.h"
#include "ui/wizards/AddShareWizard.h"
#include "ui/wizards/ClaimDraftController.h"
#include "ui/wizards/FollowPanel.h"
#include "ui/wizards/ShareDraftController.h"
#include "ui/wizards/SharePages.h"
#include "ui/wizards/StaticClaimWizard.h"
#include "ui/wizards/YamlPreview.h"

#include "tests/support/DemoWindow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>

using namespace ase;
using namespace Qt::StringLiterals;

class TestShareWizard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void entryPoints();
    void cloudSmbShareWithNewUserIsClaimedAndBound();
    void unmountWarningNamesTheClaim();
    void detailsPanelOffersTheShareActions();
    void deleteWhileMountedIsRefused();
    void deleteSaysWhatIsLost();
    void closingDoesNotAbandonTheOperation();
    void usersPaneNamesTheShares();
    void editAccessSavesTheUsers();
    void wrongEncryptionKeyIsSaid();

private:
    AddShareWizard* openWizard();
    static QMessageBox* messageBox(const QString& name);
    static bool clickRole(QMessageBox* box, QMessageBox::ButtonRole role);

    Session* m_session = nullptr;
    MainWindow* m_window = nullptr;
};

void TestShareWizard::initTestCase()
{
    m_window = ase::test::openDemoWindow(this, &m_session);
    QVERIFY(m_window);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->store()->count(u"Share"_s) >= 4, 30000);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->store()->count(u"PersistentVolume"_s) >= 3, 30000);
}

void TestShareWizard::cleanupTestCase()
{
    delete m_window;
}

AddShareWizard* TestShareWizard::openWizard()
{
    QAction* action = m_window->shareActions()->newShareAction();
    if (!action->isEnabled())
        return nullptr;
    action->trigger();
    const QList<AddShareWizard*> wizards = m_window->findChildren<AddShareWizard*>();
    return wizards.isEmpty() ? nullptr : wizards.last();
}

QMessageBox* TestShareWizard::messageBox(const QString& name)
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* box = qobject_cast<QMessageBox*>(w); box && box->objectName() == name && box->isVisible())
            return box;
    }
    return nullptr;
}

bool TestShareWizard::clickRole(QMessageBox* box, QMessageBox::ButtonRole role)
{
    for (QAbstractButton* b : box->buttons()) {
        if (box->buttonRole(b) == role) {
            b->click();
            return true;
        }
    }
    return false;
}

void TestShareWizard::entryPoints()
{
    QAction* action = m_window->shareActions()->newShareAction();
    QCOMPARE(action->shortcut(), QKeySequence(u"Ctrl+Alt+N"_s));
    QTRY_VERIFY(action->isEnabled());
    // The Shares pane's context menu has the share actions.
    QMenu menu;
    Q_EMIT m_window->pane(u"Share"_s)->contextMenuRequested(u"Share"_s, u"backupshare"_s, &menu);
    QVERIFY(menu.findChild<QAction*>(u"actionMountShare"_s));
    QVERIFY(menu.findChild<QAction*>(u"actionDeleteShare"_s));
    QVERIFY(menu.findChild<QAction*>(u"actionEditShareAccess"_s));
    QAction* refresh = menu.findChild<QAction*>(u"actionRefreshShare"_s);
    QVERIFY(refresh && !refresh->isEnabled()); // a local share
    QMenu mounted;
    Q_EMIT m_window->pane(u"Share"_s)->contextMenuRequested(u"Share"_s, u"mycloudsmbshare1"_s, &mounted);
    QVERIFY(mounted.findChild<QAction*>(u"actionUnmountShare"_s));
    QVERIFY(mounted.findChild<QAction*>(u"actionRefreshShare"_s)->isEnabled());
}

void TestShareWizard::cloudSmbShareWithNewUserIsClaimedAndBound()
{
    AddShareWizard* wizard = openWizard();
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->basicsPage()->usageLabel()->text().contains(u"of 24 shares used"_s));
    QTest::keyClicks(wizard->basicsPage()->nameEdit(), u"guishare"_s);
    QCOMPARE(wizard->shareController()->draft().name, u"guishare"_s);

    wizard->setCurrentPage(1);
    wizard->storagePage()->cloudButton()->click();
    QTRY_VERIFY(!wizard->shareController()->draft().storageAccountCredential.isEmpty());
    QVERIFY(wizard->shareController()->draft().cloud);

    wizard->setCurrentPage(2);
    wizard->accessPage()->newUserBox()->click();
    QTest::keyClicks(wizard->accessPage()->newUserName(), u"guiuser"_s);
    QTest::keyClicks(wizard->accessPage()->passwordEdit(), u"Edge-Pa55word"_s);
    QTest::keyClicks(wizard->accessPage()->confirmationEdit(), u"Edge-Pa55word"_s);
    QVERIFY(wizard->shareController()->draft().newUser.has_value());

    // Edge compute is on: the device has a Kubernetes role.
    wizard->setCurrentPage(3);
    QVERIFY(wizard->computePage()->computeBox()->isChecked());

    // The preview: the exact bodies, the password masked.
    const QString preview = wizard->preview()->editor()->toPlainText();
    QVERIFY2(preview.contains(u"# PUT users/guiuser"_s), qPrintable(preview));
    QVERIFY(preview.contains(u"# PUT shares/guishare"_s));
    QVERIFY(preview.contains(u"••••"_s));
    QVERIFY(!preview.contains(u"Edge-Pa55word"_s));

    wizard->setCurrentPage(wizard->pageCount() - 1);
    QTRY_VERIFY2(
        wizard->createButton()->isEnabled(), qPrintable(wizard->controller()->checks().value(0).message));
    wizard->createButton()->click();
    QVERIFY(!wizard->createButton()->isEnabled()); // busy
    // The device works through the steps; the wizard then follows the share to its PV.
    QTRY_VERIFY_WITH_TIMEOUT(wizard->followLog(), 60000);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->claimButton() && wizard->claimButton()->isVisible(), 60000);
    const QString log = [wizard] {
        QStringList lines;
        for (int i = 0; i < wizard->followLog()->count(); ++i)
            lines.append(wizard->followLog()->item(i)->text());
        return lines.join(u'\n');
    }();
    QVERIFY2(log.contains(u"User guiuser created."_s), qPrintable(log));
    QVERIFY(log.contains(u"PersistentVolume guishare appeared in the cluster (32Ti)."_s));
    QVERIFY(m_session->store()->contains(u"PersistentVolume"_s, u"guishare"_s));

    // Claim this share… → the static wizard, prefilled → Create → Bound.
    wizard->claimButton()->click();
    const QList<StaticClaimWizard*> claims = m_window->findChildren<StaticClaimWizard*>();
    QVERIFY(!claims.isEmpty());
    StaticClaimWizard* claim = claims.last();
    QCOMPARE(claim->claimController()->draft().volumeName, u"guishare"_s);
    claim->setCurrentPage(claim->pageCount() - 1);
    QTRY_VERIFY_WITH_TIMEOUT(claim->createButton()->isEnabled(), 20000);
    claim->createButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(claim->followPanel(), 20000);
    const QString key = claim->claimController()->draft().ns + u'/' + claim->claimController()->draft().name;
    QTRY_COMPARE_WITH_TIMEOUT(claim->followPanel()->claimPhase(key), u"Bound"_s, 30000);
    claim->close();
    wizard->close();
}

void TestShareWizard::unmountWarningNamesTheClaim()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_session->store()
                                 ->object(u"PersistentVolume"_s, u"guishare"_s)
                                 .value(u"spec"_s)
                                 .toObject()
                                 .contains(u"claimRef"_s),
        20000);
    m_window->shareActions()->unmount(u"guishare"_s);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = messageBox(u"confirmUnmount"_s)));
    QVERIFY2(box->informativeText().contains(u"guishare-data"_s), qPrintable(box->informativeText()));
    QVERIFY(box->informativeText().contains(u"PersistentVolume guishare"_s));
    QVERIFY(clickRole(box, QMessageBox::RejectRole));
    QVERIFY(m_session->store()->contains(u"PersistentVolume"_s, u"guishare"_s));
}

void TestShareWizard::detailsPanelOffersTheShareActions()
{
    // The details of a share have the same actions as its context menu (Alt+A opens them).
    m_window->openObject(u"Share"_s, u"guishare"_s);
    auto* details = m_window->findChild<DetailsPanel*>();
    QVERIFY(details);
    QToolButton* actions = details->actionsButton();
    QTRY_VERIFY(actions->isVisible());
    QMenu* menu = actions->menu();
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    QVERIFY(menu->findChild<QAction*>(u"actionUnmountShare"_s));
    QVERIFY(menu->findChild<QAction*>(u"actionEditShareAccess"_s));
    QVERIFY(menu->findChild<QAction*>(u"actionDeleteShare"_s));
    // Unmount from there asks, naming the claim, as from the pane.
    menu->findChild<QAction*>(u"actionUnmountShare"_s)->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = messageBox(u"confirmUnmount"_s)));
    QVERIFY(box->informativeText().contains(u"guishare-data"_s));
    QVERIFY(clickRole(box, QMessageBox::RejectRole));
}

void TestShareWizard::deleteWhileMountedIsRefused()
{
    QTRY_VERIFY_WITH_TIMEOUT(
        Share::fromJson(m_session->store()->object(u"Share"_s, u"guishare"_s)).isMountedForCompute(), 20000);
    m_window->shareActions()->deleteShare(u"guishare"_s);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = messageBox(u"deleteRefused"_s)));
    QVERIFY(box->text().contains(u"mounted for Edge compute"_s));
    // It offers to unmount: that asks in turn.
    QVERIFY(clickRole(box, QMessageBox::AcceptRole));
    QMessageBox* unmount = nullptr;
    QTRY_VERIFY((unmount = messageBox(u"confirmUnmount"_s)));
    QVERIFY(clickRole(unmount, QMessageBox::RejectRole));
    QVERIFY(m_session->store()->contains(u"Share"_s, u"guishare"_s));
}

void TestShareWizard::deleteSaysWhatIsLost()
{
    m_window->shareActions()->deleteShare(u"backupshare"_s);
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = messageBox(u"confirmDeleteShare"_s)));
    QVERIFY2(box->informativeText().contains(u"cannot be undone"_s), qPrintable(box->informativeText()));
    QVERIFY(clickRole(box, QMessageBox::RejectRole));
}

void TestShareWizard::closingDoesNotAbandonTheOperation()
{
    AddShareWizard* wizard = openWizard();
    QVERIFY(wizard);
    QTest::keyClicks(wizard->basicsPage()->nameEdit(), u"closedshare"_s);
    wizard->basicsPage()->nfsButton()->click();
    wizard->setCurrentPage(2);
    QTest::keyClicks(wizard->accessPage()->clientEdit(), u"10.128.47.20"_s);
    wizard->accessPage()->addClientButton()->click();
    wizard->setCurrentPage(3);
    wizard->computePage()->computeBox()->setChecked(false);
    wizard->setCurrentPage(wizard->pageCount() - 1);
    QTRY_VERIFY2(
        wizard->createButton()->isEnabled(), qPrintable(wizard->controller()->checks().value(0).message));
    wizard->createButton()->click();
    wizard->close(); // no question: the device goes on
    QTRY_VERIFY(!wizard->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->store()->contains(u"Share"_s, u"closedshare"_s), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        m_window->statusBar()->currentMessage().contains(u"Share closedshare created."_s), 10000);
}

void TestShareWizard::usersPaneNamesTheShares()
{
    DeviceAccountsDialog* dialog = m_window->shareActions()->openAccounts();
    QVERIFY(dialog);
    QTRY_VERIFY(std::any_of(dialog->usersModel()->rows().cbegin(), dialog->usersModel()->rows().cend(),
        [](const DeviceAccountModel::Row& r) {
            return r.name == u"guiuser" && r.shares == QStringList {u"guishare"_s};
        }));
    QTRY_VERIFY(dialog->credentialsModel()->rowCount() > 0);
    dialog->usersView()->selectRow(0);
    dialog->close();
}

void TestShareWizard::editAccessSavesTheUsers()
{
    // backupshare: SMB, shareuser1 only. Give analyst Read access.
    m_window->shareActions()->editAccess(u"backupshare"_s);
    EditAccessDialog* dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<EditAccessDialog*>()));
    QTRY_VERIFY(dialog->accessPage()->userList()->topLevelItemCount() >= 2);
    QTreeWidgetItem* analyst
        = dialog->accessPage()->userList()->findItems(u"analyst"_s, Qt::MatchExactly).value(0);
    QVERIFY(analyst);
    QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Save)->isEnabled()); // nothing changed yet
    analyst->setCheckState(0, Qt::Checked);
    auto* access = qobject_cast<QComboBox*>(dialog->accessPage()->userList()->itemWidget(analyst, 1));
    access->setCurrentIndex(access->findData(u"Read"_s));
    Q_EMIT access->activated(access->currentIndex());
    QTRY_VERIFY(dialog->buttons()->button(QDialogButtonBox::Save)->isEnabled());
    dialog->buttons()->button(QDialogButtonBox::Save)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_window->findChild<EditAccessDialog*>(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        [this] {
            const Share share = Share::fromJson(m_session->store()->object(u"Share"_s, u"backupshare"_s));
            return std::any_of(
                share.userAccessRights.cbegin(), share.userAccessRights.cend(), [](const UserAccessRight& r) {
                    return r.userId.endsWith(u"/analyst"_s) && r.accessType == u"Read";
                });
        }(),
        20000);
}

void TestShareWizard::wrongEncryptionKeyIsSaid()
{
    // The key is not known: the wizard asks for it; a wrong one is said, and nothing is made.
    m_session->shares()->setChannelIntegrityKey(QString(), false);
    AddShareWizard* wizard = openWizard();
    QVERIFY(wizard);
    QTest::keyClicks(wizard->basicsPage()->nameEdit(), u"keyless"_s);
    wizard->shareController()->edit([](provisioning::ShareDraft& d) {
        d.computeMount = false;
        d.newUser = provisioning::UserDraft {u"keyuser"_s, u"Edge-Pa55word"_s, u"Edge-Pa55word"_s};
    });
    wizard->setCurrentPage(wizard->pageCount() - 1);
    QTRY_VERIFY2(
        wizard->createButton()->isEnabled(), qPrintable(wizard->controller()->checks().value(0).message));
    wizard->createButton()->click();
    QInputDialog* ask = nullptr;
    QTRY_VERIFY((ask = wizard->findChild<QInputDialog*>(u"encryptionKeyDialog"_s)));
    QCOMPARE(ask->textEchoMode(), QLineEdit::Password);
    ask->setTextValue(u"not-the-device-key"_s);
    ask->accept();
    QTRY_VERIFY_WITH_TIMEOUT(wizard->errorLabel()->isVisible(), 20000);
    QVERIFY2(
        wizard->errorLabel()->text().contains(u"does not match"_s), qPrintable(wizard->errorLabel()->text()));
    QVERIFY(wizard->createButton()->isEnabled()); // fix and try again
    QVERIFY(!m_session->store()->contains(u"Share"_s, u"keyless"_s));
    // The wrong key was forgotten: Create asks for it again.
    wizard->createButton()->click();
    QTRY_VERIFY((ask = wizard->findChild<QInputDialog*>(u"encryptionKeyDialog"_s)) && ask->isVisible());
    ask->reject();
    QTRY_VERIFY(wizard->createButton()->isEnabled());
    wizard->shareController()->edit([](provisioning::ShareDraft& d) { d = provisioning::ShareDraft(); });
    wizard->close();
}

QTEST_MAIN(TestShareWizard)
#include "tst_sharewizard.moc"
