// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/cli/ConnectedCommand.h"

#include "app/cli/CliText.h"
#include "app/cli/CommandLine.h"
#include "app/session/Session.h"

namespace ase::cli {

ConnectedCommand::ConnectedCommand(
    const QStringList& arguments, QTextStream& out, QTextStream& err, QObject* parent)
    : Command(arguments, out, err, parent)
{ }

ConnectedCommand::~ConnectedCommand() = default;

void ConnectedCommand::start()
{
    if (!parse())
        return;
    connectSession();
}

void ConnectedCommand::connectSession(ConnectionOptions::Needs needs)
{
    m_session = new Session(this);
    m_connection.connect(
        m_session,
        [this](int exitCode, const QString& message) {
            if (exitCode != Done) {
                finish(exitCode, message);
                return;
            }
            connected();
        },
        needs);
}

bool ConnectedCommand::readAllNamespaces(const QCommandLineParser& parser, const QCommandLineOption& all)
{
    m_allNamespaces = parser.isSet(all);
    if (m_allNamespaces && m_connection.namespaceGiven())
        return bad(Text::tr("give -n NAMESPACE or -A, not both."));
    return true;
}

QString ConnectedCommand::scopeNamespace() const
{
    return m_allNamespaces ? QString() : m_connection.effectiveNamespace(m_session);
}

void ConnectedCommand::oneDone()
{
    if (--m_pending == 0)
        allDone();
}

} // namespace ase::cli
