// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;

namespace ase {

struct ArmError;
class DeviceAccountModel;
class Session;

/// The Users and Storage account credentials panes of the device: each a table (name,
/// type or storage account, the shares that use it) with Add… and Delete…. Delete warns,
/// naming the shares that use the entry (the device refuses while one does). Secrets are
/// asked in the Add dialogs, encrypted for the device and forgotten.
class DeviceAccountsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceAccountsDialog)

public:
    DeviceAccountsDialog(Session* session, QObject* jobs, QWidget* parent = nullptr);
    ~DeviceAccountsDialog() override;

    QTabWidget* tabs() const { return m_tabs; }
    QTableView* usersView() const { return m_usersView; }
    QTableView* credentialsView() const { return m_credentialsView; }
    DeviceAccountModel* usersModel() const { return m_users; }
    DeviceAccountModel* credentialsModel() const { return m_credentials; }
    QLabel* stateLabel() const { return m_state; }

    /// Reads both lists again.
    void reload();
    void addUser();
    void addCredential();
    /// Deletes the selected entry of the current tab after a warning ("confirmDeleteAccount").
    void deleteSelected();

private:
    using CreateDone = std::function<void(const ArmError& error)>;
    using CreateCall = std::function<void(QObject* context, const CreateDone& done)>;

    /// After the user gave the device's encryption key: says @p running, runs @p create,
    /// and then says @p done or the device's error.
    void createWithKey(const QString& running, const QString& done, const CreateCall& create);
    void runDone(const QString& done, const QString& error);

    Session* m_session;
    QPointer<QObject> m_jobs;
    QTabWidget* m_tabs;
    DeviceAccountModel* m_users;
    DeviceAccountModel* m_credentials;
    QTableView* m_usersView;
    QTableView* m_credentialsView;
    QLabel* m_state;
};

} // namespace ase
