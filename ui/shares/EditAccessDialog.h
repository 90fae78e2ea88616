// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/Share.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;

namespace ase {

class Session;
class ShareAccessPage;
class ShareDraftController;

/// Edit Access… of a share: the Add-share wizard's Access page on the share's draft (users
/// with Change/Read or a new user for SMB, clients for NFS), the same checks, and Save,
/// which PUTs the share again (a new user first). Runs for `jobs`.
class EditAccessDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditAccessDialog)

public:
    EditAccessDialog(Session* session, const Share& share, QObject* jobs, QWidget* parent = nullptr);
    ~EditAccessDialog() override;

    ShareDraftController* controller() const { return m_controller; }
    ShareAccessPage* accessPage() const { return m_page; }
    QDialogButtonBox* buttons() const { return m_buttons; }

Q_SIGNALS:
    void statusMessage(const QString& message, int timeoutMs);

private:
    void updateChecks();
    void save();

    Session* m_session;
    QPointer<QObject> m_jobs;
    ShareDraftController* m_controller;
    ShareAccessPage* m_page;
    QLabel* m_state;
    QDialogButtonBox* m_buttons;
    bool m_saving = false;
};

} // namespace ase
