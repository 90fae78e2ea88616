// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/shares/EncryptionKeyPrompt.h"

#include "app/session/Session.h"
#include "app/session/ShareOperations.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QPointer>

namespace ase {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ase::EncryptionKeyPrompt", text);
}

} // namespace

void withEncryptionKey(
    QWidget* parent, Session* session, std::function<void()> then, std::function<void()> canceled)
{
    QPointer<Session> guard(session);
    session->shares()->hasChannelIntegrityKey(
        parent, [parent, guard, then = std::move(then), canceled](bool known) {
            if (known) {
                then();
                return;
            }
            auto* dialog = new QInputDialog(parent);
            dialog->setObjectName(QStringLiteral("encryptionKeyDialog"));
            dialog->setWindowTitle(tr("The Device's Encryption Key"));
            dialog->setLabelText(
                tr("Passwords and account keys are encrypted for the device with its encryption "
                   "key\n(Azure portal: the device ▸ Device properties ▸ Encryption key).\nIt is "
                   "asked once and kept in the system keychain."));
            dialog->setTextEchoMode(QLineEdit::Password);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setWindowModality(Qt::WindowModal);
            if (canceled)
                QObject::connect(dialog, &QInputDialog::rejected, parent, canceled);
            QObject::connect(dialog, &QInputDialog::textValueSelected, parent,
                [guard, then, canceled](const QString& key) {
                    if (!guard || key.trimmed().isEmpty()) {
                        if (canceled)
                            canceled();
                        return;
                    }
                    guard->shares()->setChannelIntegrityKey(key);
                    then();
                });
            dialog->open();
        });
}

} // namespace ase
