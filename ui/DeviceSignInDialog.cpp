// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/DeviceSignInDialog.h"

#include "app/session/Session.h"
#include "ui/DeviceCodePanel.h"

#include <QVBoxLayout>

namespace ase {

DeviceSignInDialog::DeviceSignInDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_panel(new DeviceCodePanel(this))
{
    setObjectName(QStringLiteral("deviceSignInDialog"));
    setWindowTitle(tr("Sign in to the device again"));
    setModal(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    resize(640, 360);

    connect(m_session, &Session::deviceSignInStarted, this, [this](const DeviceCodePrompt& prompt) {
        m_panel->showPrompt(prompt);
        show();
        raise();
    });
    connect(m_session, &Session::deviceSignInPolled, m_panel, &DeviceCodePanel::showPoll);
    connect(m_session, &Session::deviceSignInFinished, this, [this](const QString& error) {
        if (error.isEmpty()) {
            hide();
            return;
        }
        if (isVisible())
            m_panel->showFailure(error);
    });
    // Try again: ask the device now; the provider starts a new sign-in for it.
    connect(m_panel, &DeviceCodePanel::retryRequested, m_session, &Session::refresh);
    connect(m_panel, &DeviceCodePanel::backRequested, this, &QWidget::hide);
    connect(m_panel, &DeviceCodePanel::cancelRequested, this, [this] {
        m_session->cancelDeviceSignIn();
        hide();
    });
    connect(m_session, &Session::connectionChanged, this, [this] {
        if (m_session->deviceTitle().isEmpty())
            hide(); // the device connection is gone
    });
}

DeviceSignInDialog::~DeviceSignInDialog() = default;

} // namespace ase
