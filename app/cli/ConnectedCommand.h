// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/Command.h"
#include "app/cli/Connection.h"

namespace ase {
class Session;
}

namespace ase::cli {

/// A command that works on a connection: start() reads the flags (parse(), which adds
/// m_connection's), connects m_session as they say and goes on in connected(); a failed
/// connection ends the command with the connection's exit code and message.
class ConnectedCommand : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectedCommand)

public:
    ~ConnectedCommand() override;
    /// parse(), then connectSession().
    void start() override;

protected:
    ConnectedCommand(const QStringList& arguments, QTextStream& out, QTextStream& err, QObject* parent);

    /// Reads the flags; false once the command has finished (bad input, --help).
    virtual bool parse() = 0;
    /// Makes m_session and connects it as the flags say: connected() follows, or the end.
    void connectSession(ConnectionOptions::Needs needs = ConnectionOptions::Needs::Cluster);
    /// The session is connected: the command's work starts here.
    virtual void connected() = 0;

    /// Reads -A/--all-namespaces into m_allNamespaces; false (bad input said) when -n was
    /// given as well.
    bool readAllNamespaces(const QCommandLineParser& parser, const QCommandLineOption& all);
    /// The namespace to read, once connected: "" with -A, else -n or the context's.
    QString scopeNamespace() const;

    /// For a command that waits for several answers: it sets m_pending to their number and
    /// calls oneDone() as each comes; the last one calls allDone().
    void oneDone();
    virtual void allDone() { }

    ConnectionOptions m_connection;
    Session* m_session = nullptr;
    bool m_allNamespaces = false;
    int m_pending = 0;
};

} // namespace ase::cli
