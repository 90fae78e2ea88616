// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/device/DeviceProfile.h"

#include <QByteArray>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace ase {

class DeviceCodePanel;
class SavedDeviceProfiles;
class Session;
class TokenProvider;
struct ArmError;

/// The connection dialog's Device tab: an Azure Stack Edge device profile (ARM endpoint,
/// tenant, subscription, resource group, device, sign-in method), validated as the user
/// types; the profiles saved in QSettings (no secrets), the last used one preselected; and
/// the sign-in itself. Connecting first obtains a token from the chosen TokenProvider —
/// for the device-code flow the code, the page and the time left are shown here — and
/// then hands profile and provider to Session::connectDevice().
class DeviceConnectionPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceConnectionPage)

public:
    explicit DeviceConnectionPage(Session* session, QWidget* parent = nullptr);
    ~DeviceConnectionPage() override; ///< cancels a sign-in in progress

    /// The profile as the form describes it (the pasted token is not part of it).
    DeviceProfile profile() const;
    /// Fills the form (and clears the pasted token).
    void setProfile(const DeviceProfile& profile);
    /// The CA certificates (PEM) to trust for the ARM endpoint and the sign-in service;
    /// empty = the system's. What "Choose…" sets from a file.
    void setCaCertificatesPem(const QByteArray& pem);
    /// What keeps the form from connecting, one sentence each; empty when it can.
    QStringList problems() const;

    bool isSigningIn() const { return m_provider != nullptr; }
    /// Stops a sign-in in progress (TokenProvider::cancel()); the form comes back.
    void cancelSignIn();
    /// Reads the saved profiles again and selects the last used one.
    void reloadSavedProfiles();

    QPushButton* connectButton() const { return m_connect; }
    DeviceCodePanel* codePanel() const { return m_codePanel; }
    QListWidget* savedProfiles() const { return m_saved; }

Q_SIGNALS:
    /// The device connection was handed to the session: the dialog may close.
    void connected();

private:
    QWidget* createFormPage();
    QWidget* createSavedList();
    void validate();
    void updateMethod();
    void startSignIn();
    void onSignInDone(const DeviceProfile& profile, const ArmError& error);
    TokenProvider* makeProvider(const DeviceProfile& profile) const;
    void chooseCaFile();
    void saveProfile();
    void removeProfile();
    void fillSavedList(const SavedDeviceProfiles& saved);
    void showSavedProfile(int row);
    /// Fills the form with a saved profile; a demo profile gets the running demo's endpoints.
    void showSaved(const DeviceProfile& saved);
    void fillFromDemo();
    void setBusy(bool busy);
    void showForm(const QString& status);

    Session* m_session;
    QListWidget* m_saved;
    QPushButton* m_save;
    QPushButton* m_remove;
    QStackedWidget* m_stack;
    QFormLayout* m_formLayout = nullptr;
    QLineEdit* m_endpoint;
    QLineEdit* m_tenant;
    QLineEdit* m_subscription;
    QLineEdit* m_group;
    QLineEdit* m_device;
    QComboBox* m_method;
    QLabel* m_methodHint;
    QLineEdit* m_token;
    QLineEdit* m_authority;
    QLineEdit* m_clientId;
    QLineEdit* m_ca;
    QPushButton* m_chooseCa;
    QPushButton* m_clearCa;
    QLabel* m_problems;
    QLabel* m_status;
    QPushButton* m_fromDemo;
    QPushButton* m_connect;
    DeviceCodePanel* m_codePanel;
    QWidget* m_form = nullptr;
    QByteArray m_caPem;
    /// The form shows the demo device (filled from it, or a saved demo profile): saved as
    /// "the demo", without its port. Typing another endpoint ends that.
    bool m_demoProfile = false;
    TokenProvider* m_provider = nullptr; ///< child while a sign-in runs
};

} // namespace ase
