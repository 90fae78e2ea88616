// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/device/TokenProvider.h"

#include <QByteArray>
#include <QStringList>

#include <chrono>
#include <optional>

class QProcess;
class QTimer;

namespace ase {

/// The token of the Azure CLI's signed-in account:
/// `az account get-access-token --resource https://management.azure.com/`, run
/// asynchronously (QProcess). Reads `accessToken` and the expiry from `expires_on` (POSIX
/// seconds, CLI ≥ 2.54) or else `expiresOn` (local time "YYYY-MM-DD HH:MM:SS.ffffff").
/// Renewing re-runs the command (the CLI refreshes its own tokens). A missing `az` or a
/// CLI that is not signed in gives a message that says how to fix it.
class AzCliTokenProvider final : public TokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AzCliTokenProvider)

public:
    static constexpr QStringView kResource = u"https://management.azure.com/";

    explicit AzCliTokenProvider(QObject* parent = nullptr);
    ~AzCliTokenProvider() override;

    /// The program to run; default "az" (found on PATH).
    void setProgram(const QString& program) { m_program = program; }
    QString program() const { return m_program; }
    /// Appended to the command, e.g. {"--subscription", id} or {"--tenant", tenant}.
    void setExtraArguments(const QStringList& arguments) { m_extraArguments = arguments; }
    /// The command's full argument list.
    QStringList arguments() const;
    /// How long the command may run (default 60 s).
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    QString describe() const override;
    void cancel() override;

    /// Parses the command's JSON output; nullopt with `error` set when there is no token.
    /// `expiresOn` (local time, no zone) is read in the local time zone.
    static std::optional<AccessToken> parseOutput(const QByteArray& output, QString* error = nullptr);

protected:
    void acquire(const AccessToken& previous) override;

private:
    void stopProcess();

    QString m_program = QStringLiteral("az");
    QStringList m_extraArguments;
    std::chrono::milliseconds m_timeout {60000};
    QProcess* m_process = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace ase
