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

/// `share list|create|mount|unmount|refresh|delete`: the device's shares from the command
/// line, on the same draft, checks and request body as the Add-share wizard.
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

    ConnectionOptions m_connection;
    Session* m_session = nullptr;
    QString m_action; ///< list, create, mount, unmount, refresh, delete
    QString m_name;
    QString m_output = QStringLiteral("table");
    bool m_clientDryRun = false;
    std::optional<std::chrono::milliseconds> m_wait;
    QElapsedTimer m_waitClock;
    provisioning::ShareDraft m_draft;
};

} // namespace ase::cli
