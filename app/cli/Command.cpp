// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/cli/Command.h"

#include "app/cli/CliText.h"
#include "app/cli/CommandLine.h"
#include "app/cli/GoDuration.h"

#include <QCoreApplication>
#include <QTimer>

namespace ase::cli {

Command::Command(const QStringList& arguments, QTextStream& out, QTextStream& err, QObject* parent)
    : QObject(parent)
    , m_arguments(arguments)
    , m_out(out)
    , m_err(err)
{ }

Command::~Command() = default;

void Command::finish(int exitCode, const QString& message)
{
    if (std::exchange(m_finished, true))
        return;
    if (!message.isEmpty())
        m_err << Text::tr("error: %1").arg(message) << Qt::endl;
    m_out.flush();
    m_err.flush();
    // After the caller's stack unwinds: the session's callbacks may still be on it.
    QTimer::singleShot(0, this, [this, exitCode] { Q_EMIT finished(exitCode); });
}

bool Command::bad(const QString& message)
{
    finish(BadInput, message);
    return false;
}

bool Command::parseOrFinish(
    QCommandLineParser& parser, const QCommandLineOption& help, const QStringList& arguments)
{
    if (!parser.parse(arguments))
        return bad(parser.errorText());
    if (parser.isSet(help)) {
        m_out << parser.helpText();
        finish(Done);
        return false;
    }
    return true;
}

bool Command::readWait(const QCommandLineParser& parser, const QCommandLineOption& option,
    std::optional<std::chrono::milliseconds>* wait)
{
    if (!parser.isSet(option))
        return true;
    QString problem;
    *wait = parseGoDuration(parser.value(option), &problem);
    if (!*wait)
        return bad(Text::tr("--wait: %1; write e.g. 30s or 2m.").arg(problem));
    return true;
}

} // namespace ase::cli
