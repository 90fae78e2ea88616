// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QObject>
#include <QStringList>
#include <QTextStream>

#include <chrono>
#include <optional>

namespace ase::cli {

/// One headless command: parses its arguments, does its work asynchronously (the event loop
/// runs), prints results to `out` and messages to `err`, and ends with finished(exitCode).
class Command : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Command)

public:
    ~Command() override;
    /// Starts; finished() follows, once, after start() returned.
    virtual void start() = 0;

Q_SIGNALS:
    void finished(int exitCode);

protected:
    Command(const QStringList& arguments, QTextStream& out, QTextStream& err, QObject* parent);
    /// Prints `message` (if any) as an error and ends with `exitCode`; later calls are ignored.
    void finish(int exitCode, const QString& message = {});
    bool isFinished() const { return m_finished; }
    /// finish(BadInput, message); returns false, for `return bad(...)` in a parse().
    bool bad(const QString& message);
    /// Parses `arguments` with `parser`: on an error says it (BadInput), on `help` prints the
    /// help (Done); true when the command goes on.
    bool parseOrFinish(
        QCommandLineParser& parser, const QCommandLineOption& help, const QStringList& arguments);
    /// Reads a --wait=DURATION flag (Go's form: 30s, 2m) into @p wait when it is set; false
    /// (bad input said) when it does not read.
    bool readWait(const QCommandLineParser& parser, const QCommandLineOption& option,
        std::optional<std::chrono::milliseconds>* wait);

    QStringList m_arguments;
    QTextStream& m_out;
    QTextStream& m_err;

private:
    bool m_finished = false;
};

} // namespace ase::cli
