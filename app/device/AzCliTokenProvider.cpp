// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/device/AzCliTokenProvider.h"

#include "app/net/SecretScrubber.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

/// "2021-09-27 16:16:30.921462" (local time) → UTC.
QDateTime parseLocalExpiresOn(const QString& text)
{
    static const QRegularExpression pattern(
        u"^(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d+))?$"_s);
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    const QTime time = QTime::fromString(m.captured(2), u"HH:mm:ss"_s);
    if (!date.isValid() || !time.isValid())
        return {};
    const int ms = m.captured(3).isEmpty() ? 0 : QString(m.captured(3) + u"00"_s).left(3).toInt();
    return QDateTime(date, time.addMSecs(ms), QTimeZone::LocalTime).toUTC();
}

} // namespace

AzCliTokenProvider::AzCliTokenProvider(QObject* parent)
    : TokenProvider(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
}

AzCliTokenProvider::~AzCliTokenProvider()
{
    stopProcess();
}

QStringList AzCliTokenProvider::arguments() const
{
    return QStringList {u"account"_s, u"get-access-token"_s, u"--resource"_s, kResource.toString(),
               u"--output"_s, u"json"_s}
    + m_extraArguments;
}

QString AzCliTokenProvider::describe() const
{
    return tr("Azure CLI");
}

std::optional<AccessToken> AzCliTokenProvider::parseOutput(const QByteArray& output, QString* error)
{
    QJsonParseError pe;
    const QJsonObject o = QJsonDocument::fromJson(output, &pe).object();
    AccessToken token;
    token.token = o.value("accessToken"_L1).toString();
    if (pe.error != QJsonParseError::NoError || token.token.isEmpty()) {
        if (error)
            *error = tr("The Azure CLI printed no access token.");
        return std::nullopt;
    }
    // expires_on: POSIX seconds (a number, or a string in some CLI versions); UTC.
    const QJsonValue posix = o.value("expires_on"_L1);
    bool ok = posix.isDouble();
    qint64 seconds = ok ? static_cast<qint64>(posix.toDouble()) : posix.toString().toLongLong(&ok);
    if (ok && seconds > 0)
        token.expiresAt = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC);
    else
        token.expiresAt = parseLocalExpiresOn(o.value("expiresOn"_L1).toString());
    return token;
}

void AzCliTokenProvider::stopProcess()
{
    m_timer->stop();
    if (QProcess* p = std::exchange(m_process, nullptr)) {
        p->disconnect(this);
        if (p->state() != QProcess::NotRunning) {
            p->kill();
            // Reaped asynchronously; deleting a running QProcess would block.
            connect(p, &QProcess::finished, p, &QObject::deleteLater);
        } else {
            p->deleteLater();
        }
    }
}

void AzCliTokenProvider::cancel()
{
    stopProcess();
    TokenProvider::cancel();
}

void AzCliTokenProvider::acquire(const AccessToken&)
{
    stopProcess();
    auto* process = new QProcess(this);
    m_process = process;
    process->setProgram(m_program);
    process->setArguments(arguments());
    process->setProcessChannelMode(QProcess::SeparateChannels);

    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (process != m_process || e != QProcess::FailedToStart)
            return; // crashes and timeouts end in finished()
        stopProcess();
        fail(ArmError::make(ArmError::Category::Credential,
            tr("The Azure CLI (\"%1\") was not found. Install it "
               "(https://learn.microsoft.com/cli/azure/install-azure-cli), sign in with \"az login\", "
               "and try again, or choose another sign-in method.")
                .arg(m_program),
            process->errorString()));
    });
    connect(process, &QProcess::finished, this, [this, process](int exitCode, QProcess::ExitStatus status) {
        if (process != m_process)
            return;
        const QByteArray out = process->readAllStandardOutput();
        // What az printed may hold a token (e.g. with --debug): scrubbed before it is shown.
        const QString err
            = SecretScrubber::scrub(QString::fromLocal8Bit(process->readAllStandardError()).trimmed());
        stopProcess();
        if (status != QProcess::NormalExit || exitCode != 0) {
            const QString firstLine = err.section(u'\n', 0, 0).trimmed();
            if (err.contains(u"az login"_s) || err.contains(u"AADSTS"_s) || err.contains(u"expired"_s)) {
                fail(ArmError::make(ArmError::Category::Credential,
                    tr("The Azure CLI is not signed in or its sign-in expired: %1 Run \"az login\" "
                       "and try again.")
                        .arg(firstLine),
                    err));
            } else {
                fail(ArmError::make(ArmError::Category::Credential,
                    tr("\"az account get-access-token\" failed (exit code %1): %2")
                        .arg(exitCode)
                        .arg(firstLine),
                    err));
            }
            return;
        }
        QString error;
        const std::optional<AccessToken> token = parseOutput(out, &error);
        if (!token) {
            fail(ArmError::make(ArmError::Category::Credential, error, err));
            return;
        }
        succeed(*token);
    });
    m_timer->disconnect(this);
    connect(m_timer, &QTimer::timeout, this, [this] {
        stopProcess();
        fail(ArmError::make(ArmError::Category::Timeout,
            tr("The Azure CLI did not answer within %1 seconds.")
                .arg(std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count())));
    });
    m_timer->start(m_timeout);
    process->start();
}

} // namespace ase
