// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/ConnectedCommand.h"
#include "models/provisioning/ShareDraft.h"

#include <QElapsedTimer>

#include <chrono>
#include <optional>

namespace ase::cli {

struct ShareFlags;

/// `share list|create|mount|unmount|refresh|delete`, `share user add|delete` and `share
/// credential add|delete`: the device's shares, users and storage account credentials from
/// the command line, on the same drafts, checks and request bodies as the Add-share wizard.
/// Secrets come from stdin only (--password-stdin, --account-key-stdin) and are encrypted
/// for the device with its channel integrity key (the device profile's
/// `channelIntegrityKey`).
class ShareCommand final : public ConnectedCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareCommand)

public:
    ShareCommand(const QStringList& arguments, QTextStream& out, QTextStream& err, QObject* parent = nullptr);
    ~ShareCommand() override;

    void start() override;

private:
    bool parse() override;
    /// The action's positional names (share, user or credential).
    bool readNames(const QStringList& positional, bool nested);
    bool readUserAdd(const QCommandLineParser& parser, const ShareFlags& flags);
    bool readCredentialAdd(const QCommandLineParser& parser, const ShareFlags& flags);
    /// create: the draft of the new share.
    bool readCreate(const QCommandLineParser& parser, const ShareFlags& flags);
    /// create: protocol, local or tiered (account, service, container).
    bool readStorage(const QCommandLineParser& parser, const ShareFlags& flags);
    /// create: --user and --nfs-client.
    bool readAccess(const QCommandLineParser& parser, const ShareFlags& flags);
    /// create: --new-user and its password from stdin.
    bool readNewUser(const QCommandLineParser& parser, const ShareFlags& flags);
    void connected() override;
    void list();
    void create();
    void act();
    void mountAfterCreate();
    void waitForVolume();
    void progress(const QString& status, int percent);
    void userOrCredential();
    void startTimeout();
    bool readSecret(const QString& flag, QString* secret);

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
