// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/Command.h"
#include "app/cli/Connection.h"
#include "models/provisioning/ShareDraft.h"

#include <QElapsedTimer>

#include <chrono>
#include <optional>

namespace ase {
class Session;
}

namespace ase::cli {

/// `share list|create|mount|unmount|refresh|delete`, `share user add|delete` and `share
/// credential add|delete`: the device's shares, users and storage account credentials from
/// the command line, on the same drafts, checks and request bodies as the Add-share wizard.
/// Secrets come from stdin only (--password-stdin, --account-key-stdin) and are encrypted
/// for the device with its channel integrity key (the device profile's
/// `channelIntegrityKey`).
class ShareCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareCommand)

public:
    ShareCommand(const QStringList& arguments, QTextStream& out, QTextStream& err, QObject* parent = nullptr);
    ~ShareCommand() override;

    void start() override;

private:
    bool parse();
    void onConnected(int exitCode, const QString& message);
    void list();
    void create();
    void act();
    void mountAfterCreate();
    void waitForVolume();
    void progress(const QString& status, int percent);
    void userOrCredential();
    void startTimeout();
    bool readSecret(const QString& flag, QString* secret);

    ConnectionOptions m_connection;
    Session* m_session = nullptr;
    QString m_action; ///< list, create, mount, unmount, refresh, delete, user, credential
    QString m_subAction; ///< user/credential: add or delete
    QString m_name;
    QString m_output = QStringLiteral("table");
    bool m_clientDryRun = false;
    std::optional<std::chrono::milliseconds> m_wait;
    QElapsedTimer m_waitClock;
    provisioning::ShareDraft m_draft;
    provisioning::UserDraft m_user;
    provisioning::CredentialDraft m_credential;
};

} // namespace ase::cli
