// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QAction;
class QMenu;
class QWidget;

namespace ase {

struct Share;

class AddShareWizard;
class DeviceAccountsDialog;
class Session;
class WizardFrame;

/// What the main window does with the device's shares: New Share… (the Add-share wizard),
/// and on a share Mount / Unmount for Edge compute (Unmount says what it does to the
/// cluster: the PV, the claim bound to it, the pods that use it), Refresh (cloud shares),
/// Edit Access…, Delete… (refused while mounted, with an offer to unmount; otherwise it
/// says what is lost), and the Users and Storage account credentials panes. Every device
/// operation runs for this object, which outlives the dialogs: closing one does not stop
/// them; their end is reported through statusMessage(). No request is built here: the
/// session's ShareOperations does that.
class ShareActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareActions)

public:
    /// `window` parents the dialogs.
    ShareActions(Session* session, QWidget* window);
    ~ShareActions() override;

    /// File → New Share… (Ctrl+Alt+N); enabled while a device is connected.
    QAction* newShareAction() const { return m_newShare; }
    /// File → Users and Storage Account Credentials….
    QAction* accountsAction() const { return m_accounts; }
    /// The share entries of the Shares pane's context menu.
    void fillContextMenu(const QString& shareName, QMenu* menu);

    AddShareWizard* openAddShareWizard();
    DeviceAccountsDialog* openAccounts();
    void mount(const QString& shareName);
    /// Asks first (window-modal box "confirmUnmount"), naming the claim and pods.
    void unmount(const QString& shareName);
    void refresh(const QString& shareName);
    void editAccess(const QString& shareName);
    /// Refused while mounted (box "deleteRefused" offering Unmount…); else box "confirmDeleteShare".
    void deleteShare(const QString& shareName);

    /// What unmounting does to the cluster, from the store: the PV, its claim, the pods.
    QString unmountConsequences(const QString& shareName) const;

Q_SIGNALS:
    void statusMessage(const QString& message, int timeoutMs);
    /// "Claim this share…" in the Add-share wizard.
    void claimShareRequested(const QString& shareName);
    /// A wizard to show (non-modal) beside the window.
    void wizardOpened(ase::WizardFrame* wizard);

private:
    /// Progress of a device operation in the status bar; its failure in a box.
    void progress(const QString& what, const QString& status, int percent);
    void failed(const QString& title, const QString& message);
    const Share* share(const QString& name, Share* storage) const;

    Session* m_session;
    QWidget* m_window;
    QAction* m_newShare;
    QAction* m_accounts;
    QPointer<DeviceAccountsDialog> m_accountsDialog;
};

} // namespace ase
