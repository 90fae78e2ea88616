// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace ase {

class DeviceCodePanel;
class Session;

/// Shows a device-code sign-in that the connected device needs while the app runs: the
/// refresh token expired or was revoked, so the token provider started a new device-code
/// sign-in in the background. Without this window its code would reach nobody. Non-modal;
/// closes by itself when the sign-in succeeds. Sign-ins started by the connection dialog
/// are shown there, not here.
class DeviceSignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceSignInDialog)

public:
    explicit DeviceSignInDialog(Session* session, QWidget* parent = nullptr);
    ~DeviceSignInDialog() override;

    DeviceCodePanel* panel() const { return m_panel; }

private:
    Session* m_session;
    DeviceCodePanel* m_panel;
};

} // namespace ase
