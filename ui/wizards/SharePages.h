// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/wizards/WizardPage.h"

#include <QStringList>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTreeWidget;

namespace ase {

class ShareDraftController;

/// Add-share wizard, page 1: the name (the share-name rule, unique on the device), "n of 24
/// used", the protocol (SMB or NFS) and a description.
class ShareBasicsPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareBasicsPage)

public:
    explicit ShareBasicsPage(ShareDraftController* controller, QWidget* parent = nullptr);
    ~ShareBasicsPage() override;

    QLineEdit* nameEdit() const { return m_name; }
    QRadioButton* smbButton() const { return m_smb; }
    QRadioButton* nfsButton() const { return m_nfs; }
    QLabel* usageLabel() const { return m_usage; }
    void syncFromDraft() override;
    void refreshContext();

private:
    ShareDraftController* m_controller;
    QLineEdit* m_name;
    QRadioButton* m_smb;
    QRadioButton* m_nfs;
    QLineEdit* m_description;
    QLabel* m_usage;
};

/// Page 2, "Where the data lives": an Edge local share, or one tiered to Azure through a
/// storage account credential of the device (or a new one), its storage service and
/// container (one share per container).
class ShareStoragePage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareStoragePage)

public:
    explicit ShareStoragePage(ShareDraftController* controller, QWidget* parent = nullptr);
    ~ShareStoragePage() override;

    QRadioButton* localButton() const { return m_local; }
    QRadioButton* cloudButton() const { return m_cloud; }
    QComboBox* credentialBox() const { return m_credential; }
    QLineEdit* newAlias() const { return m_alias; }
    QLineEdit* newAccount() const { return m_account; }
    QLineEdit* newKey() const { return m_key; }
    QComboBox* serviceBox() const { return m_service; }
    QLineEdit* containerEdit() const { return m_container; }
    void syncFromDraft() override;
    void refreshContext();

private:
    void credentialChosen();

    ShareDraftController* m_controller;
    QRadioButton* m_local;
    QRadioButton* m_cloud;
    QGroupBox* m_cloudBox;
    QComboBox* m_credential;
    QWidget* m_newCredential;
    QLineEdit* m_alias;
    QLineEdit* m_account;
    QLineEdit* m_key;
    QComboBox* m_service;
    QLabel* m_serviceNote;
    QLineEdit* m_container;
    QLabel* m_containerNote;
    QStringList m_shown;
};

/// Page 3, "Access": SMB users of the device with Change or Read, or a new user (name,
/// password twice); NFS client addresses with ReadWrite, ReadOnly or NoAccess.
class ShareAccessPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareAccessPage)

public:
    explicit ShareAccessPage(ShareDraftController* controller, QWidget* parent = nullptr);
    ~ShareAccessPage() override;

    QTreeWidget* userList() const { return m_users; }
    QCheckBox* newUserBox() const { return m_newUser; }
    QLineEdit* newUserName() const { return m_userName; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLineEdit* confirmationEdit() const { return m_confirmation; }
    QComboBox* newUserAccess() const { return m_userAccess; }
    QLineEdit* clientEdit() const { return m_client; }
    QComboBox* clientPermission() const { return m_permission; }
    QPushButton* addClientButton() const { return m_addClient; }
    QTreeWidget* clientList() const { return m_clients; }
    void syncFromDraft() override;
    void refreshContext();

private:
    void usersEdited();
    void newUserEdited();
    void addClient();

    ShareDraftController* m_controller;
    QGroupBox* m_smbBox;
    QGroupBox* m_nfsBox;
    QTreeWidget* m_users;
    QCheckBox* m_newUser;
    QWidget* m_newUserFields;
    QLineEdit* m_userName;
    QLineEdit* m_password;
    QLineEdit* m_confirmation;
    QComboBox* m_userAccess;
    QLineEdit* m_client;
    QComboBox* m_permission;
    QPushButton* m_addClient;
    QPushButton* m_removeClient;
    QTreeWidget* m_clients;
    bool m_syncing = false;
};

/// Page 4, "Edge compute": mount the share through the Kubernetes role (a PV named after
/// it appears, 32Ti, RWO+RWX); the NFS subnet note.
class ShareComputePage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareComputePage)

public:
    explicit ShareComputePage(ShareDraftController* controller, QWidget* parent = nullptr);
    ~ShareComputePage() override;

    QCheckBox* computeBox() const { return m_compute; }
    void syncFromDraft() override;
    /// Whether the device has a Kubernetes role (unknown: nullopt-like -1).
    void setKubernetesRole(int known);

private:
    ShareDraftController* m_controller;
    QCheckBox* m_compute;
    QLabel* m_explanation;
    QLabel* m_roleNote;
};

} // namespace ase
