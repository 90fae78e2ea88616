// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/shares/ShareActions.h"

#include "app/device/SecretStore.h"
#include "app/session/Session.h"
#include "app/session/ShareOperations.h"
#include "models/provisioning/ShareDraft.h"
#include "models/resources/JsonResource.h"
#include "models/resources/KindNames.h"
#include "models/resources/ObjectMeta.h"
#include "models/resources/Share.h"
#include "models/store/ResourceStore.h"
#include "ui/shares/DeviceAccountsDialog.h"
#include "ui/shares/EditAccessDialog.h"
#include "ui/wizards/AddShareWizard.h"

#include <QAction>
#include <QJsonArray>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

namespace ase {

namespace {

QString str(const QJsonObject& o, const char* path)
{
    QJsonValue v = o;
    for (const QString& part : QString::fromLatin1(path).split(u'.'))
        v = v.toObject().value(part);
    return v.toString();
}

} // namespace

ShareActions::ShareActions(Session* session, QWidget* window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_newShare(new QAction(tr("New &Share…"), this))
    , m_accounts(new QAction(tr("&Users and Storage Account Credentials…"), this))
{
    // The devices' encryption keys are kept in the system keychain (else memory), by device.
    m_session->shares()->setSecretStore(new SecretStore(SecretStore::Backend::Keychain, this));
    m_newShare->setObjectName(QStringLiteral("actionNewShare"));
    m_newShare->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_N));
    m_newShare->setToolTip(
        tr("Create a share on the device (SMB or NFS, local or tiered to Azure), optionally "
           "for Edge compute"));
    m_accounts->setObjectName(QStringLiteral("actionDeviceAccounts"));
    m_accounts->setToolTip(tr("The device's share users and storage account credentials"));
    connect(m_newShare, &QAction::triggered, this, [this] { openAddShareWizard(); });
    connect(m_accounts, &QAction::triggered, this, [this] { openAccounts(); });
    const auto update = [this] {
        const bool device = m_session->shares()->isConnected();
        m_newShare->setEnabled(device);
        m_accounts->setEnabled(device);
    };
    connect(m_session, &Session::connectionChanged, this, update);
    update();
}

ShareActions::~ShareActions() = default;

const Share* ShareActions::share(const QString& name, Share* storage) const
{
    if (!m_session->store()->contains(kindname::Share, name))
        return nullptr;
    *storage = Share::fromJson(m_session->store()->object(kindname::Share, name));
    return storage;
}

void ShareActions::fillContextMenu(const QString& shareName, QMenu* menu)
{
    Share storage;
    const Share* s = share(shareName, &storage);
    if (!s)
        return;
    menu->addSeparator();
    if (s->isMountedForCompute()) {
        QAction* a = menu->addAction(
            tr("&Unmount from Edge Compute…"), this, [this, shareName] { unmount(shareName); });
        a->setObjectName(QStringLiteral("actionUnmountShare"));
    } else {
        QAction* a
            = menu->addAction(tr("&Mount for Edge Compute"), this, [this, shareName] { mount(shareName); });
        a->setObjectName(QStringLiteral("actionMountShare"));
    }
    QAction* refreshAction
        = menu->addAction(tr("Refresh from &Azure"), this, [this, shareName] { refresh(shareName); });
    refreshAction->setObjectName(QStringLiteral("actionRefreshShare"));
    refreshAction->setEnabled(s->isCloud());
    if (!s->isCloud())
        refreshAction->setToolTip(tr("Only cloud shares can be refreshed"));
    menu->addAction(tr("Edit &Access…"), this, [this, shareName] { editAccess(shareName); })
        ->setObjectName(QStringLiteral("actionEditShareAccess"));
    menu->addAction(tr("&Delete Share…"), this, [this, shareName] { deleteShare(shareName); })
        ->setObjectName(QStringLiteral("actionDeleteShare"));
    menu->addSeparator();
    menu->addAction(m_newShare);
}

AddShareWizard* ShareActions::openAddShareWizard()
{
    auto* wizard = new AddShareWizard(m_session, this, m_window);
    QPointer<ShareActions> self(this);
    wizard->setReporter([self](const QString& name, const QString& error) {
        if (!self)
            return;
        Q_EMIT self->statusMessage(error.isEmpty() ? tr("Share %1 created.").arg(name)
                                                   : tr("Share %1 was not created: %2").arg(name, error),
            10000);
    });
    connect(wizard, &AddShareWizard::claimShareRequested, this, &ShareActions::claimShareRequested);
    Q_EMIT wizardOpened(wizard);
    return wizard;
}

DeviceAccountsDialog* ShareActions::openAccounts()
{
    if (!m_accountsDialog) {
        m_accountsDialog = new DeviceAccountsDialog(m_session, this, m_window);
        m_accountsDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_accountsDialog->show();
    m_accountsDialog->raise();
    m_accountsDialog->activateWindow();
    return m_accountsDialog;
}

void ShareActions::progress(const QString& what, const QString& status, int percent)
{
    Q_EMIT statusMessage(
        percent >= 0 ? tr("%1: %2 (%3%)").arg(what, status).arg(percent) : tr("%1: %2").arg(what, status), 0);
}

void ShareActions::failed(const QString& title, const QString& message)
{
    Q_EMIT statusMessage(QString(), 0);
    auto* box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("shareActionFailed"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ShareActions::mount(const QString& shareName)
{
    const QString what = tr("Mounting %1 for Edge compute").arg(shareName);
    Q_EMIT statusMessage(what, 0);
    m_session->shares()->mountShare(
        shareName, this, [this, what](const QString& s, int p) { progress(what, s, p); },
        [this, shareName](const ArmError& error) {
            if (!error.ok()) {
                failed(tr("Mount failed"), error.message());
                return;
            }
            Q_EMIT statusMessage(
                tr("%1 is mounted for Edge compute; its PersistentVolume %1 appears in the cluster.")
                    .arg(shareName),
                10000);
        });
}

QString ShareActions::unmountConsequences(const QString& shareName) const
{
    const ResourceStore* store = m_session->store();
    QStringList lines;
    lines.append(tr("Kubernetes loses the PersistentVolume %1: the device releases it from the cluster. The "
                    "share and its data stay on the device.")
                     .arg(shareName));
    const QJsonObject pv = store->object(kindname::PersistentVolume, shareName);
    const QString claimNs = str(pv, "spec.claimRef.namespace");
    const QString claimName = str(pv, "spec.claimRef.name");
    if (!claimName.isEmpty()) {
        QStringList pods;
        for (const QJsonObject& pod : store->referringObjects(kindname::Pod, objectKey(claimNs, claimName)))
            pods.append(str(pod, "metadata.name"));
        lines.append(pods.isEmpty()
                ? tr("It is bound to the claim %1/%2; no pod uses it now.").arg(claimNs, claimName)
                : tr("It is bound to the claim %1/%2, used by the pods %3.")
                      .arg(claimNs, claimName, pods.join(QStringLiteral(", "))));
        lines.append(tr("The device refuses to unmount a share whose volume is bound: delete the claim %1/%2 "
                        "first (its pods lose their storage).")
                         .arg(claimNs, claimName));
    }
    return lines.join(QStringLiteral("\n\n"));
}

void ShareActions::unmount(const QString& shareName)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Unmount %1?").arg(shareName),
        tr("Unmount the share %1 from Edge compute?").arg(shareName), QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("confirmUnmount"));
    box->setInformativeText(unmountConsequences(shareName));
    QPushButton* unmountButton = box->addButton(tr("Unmount"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, unmountButton, shareName] {
        if (box->clickedButton() != unmountButton)
            return;
        const QString what = tr("Unmounting %1").arg(shareName);
        Q_EMIT statusMessage(what, 0);
        m_session->shares()->unmountShare(
            shareName, this, [this, what](const QString& s, int p) { progress(what, s, p); },
            [this, shareName](const ArmError& error) {
                if (!error.ok()) {
                    failed(tr("Unmount failed"), error.message());
                    return;
                }
                Q_EMIT statusMessage(
                    tr("%1 is unmounted; its PersistentVolume is released.").arg(shareName), 10000);
            });
    });
    box->open();
}

void ShareActions::refresh(const QString& shareName)
{
    const QString what = tr("Refreshing %1 from Azure").arg(shareName);
    Q_EMIT statusMessage(what, 0);
    m_session->shares()->refreshShare(
        shareName, this, [this, what](const QString& s, int p) { progress(what, s, p); },
        [this, shareName](const ArmError& error) {
            if (!error.ok()) {
                failed(tr("Refresh failed"), error.message());
                return;
            }
            // The result: the share's refresh details, read again.
            m_session->shares()->listShares(
                this, [this, shareName](const QList<Share>& shares, const ArmError&) {
                    QString manifest;
                    for (const Share& s : shares) {
                        if (s.name == shareName)
                            manifest = s.refreshDetails.errorManifestFile;
                    }
                    Q_EMIT statusMessage(manifest.isEmpty()
                            ? tr("%1 is refreshed from Azure.").arg(shareName)
                            : tr("%1 is refreshed from Azure; errors are listed in %2.")
                                  .arg(shareName, manifest),
                        15000);
                });
        });
}

void ShareActions::editAccess(const QString& shareName)
{
    Share storage;
    const Share* s = share(shareName, &storage);
    if (!s)
        return;
    auto* dialog = new EditAccessDialog(m_session, *s, this, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditAccessDialog::statusMessage, this, &ShareActions::statusMessage);
    dialog->open();
}

void ShareActions::deleteShare(const QString& shareName)
{
    Share storage;
    const Share* s = share(shareName, &storage);
    if (!s)
        return;
    if (s->isMountedForCompute()) {
        auto* box = new QMessageBox(QMessageBox::Information, tr("%1 Is Mounted").arg(shareName),
            tr("The share %1 is mounted for Edge compute; the device does not delete a mounted share.")
                .arg(shareName),
            QMessageBox::NoButton, m_window);
        box->setObjectName(QStringLiteral("deleteRefused"));
        box->setInformativeText(tr("Unmount it first; then delete it.") + QStringLiteral("\n\n")
            + unmountConsequences(shareName));
        QPushButton* unmountButton = box->addButton(tr("Unmount…"), QMessageBox::AcceptRole);
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(QMessageBox::Cancel);
        box->setAttribute(Qt::WA_DeleteOnClose);
        connect(box, &QMessageBox::finished, this, [this, box, unmountButton, shareName] {
            if (box->clickedButton() == unmountButton)
                unmount(shareName);
        });
        box->open();
        return;
    }
    QString lost;
    if (s->isCloud() && s->azureContainerInfo)
        lost = tr(
            "The share and its cache on the device are deleted. The data in Azure stays: container %1 of the "
            "storage account credential %2 is kept.")
                   .arg(s->azureContainerInfo->containerName,
                       s->azureContainerInfo->storageAccountCredentialId.section(u'/', -1));
    else
        lost = tr("The share and all its data on the device are deleted. A local share has no copy in Azure: "
                  "this cannot be undone.");
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete %1?").arg(shareName),
        tr("Delete the share %1 from the device?").arg(shareName), QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("confirmDeleteShare"));
    box->setInformativeText(lost);
    QPushButton* deleteButton = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, deleteButton, shareName] {
        if (box->clickedButton() != deleteButton)
            return;
        const QString what = tr("Deleting %1").arg(shareName);
        Q_EMIT statusMessage(what, 0);
        m_session->shares()->deleteShare(
            shareName, this, [this, what](const QString& st, int p) { progress(what, st, p); },
            [this, shareName](const ArmError& error) {
                if (!error.ok()) {
                    failed(tr("Delete failed"), error.message());
                    return;
                }
                Q_EMIT statusMessage(tr("Share %1 deleted.").arg(shareName), 10000);
            });
    });
    box->open();
}

} // namespace ase
