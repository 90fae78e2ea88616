// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace ase::cli {

/// The exit codes of every command (design.md, "Command line").
enum ExitCode : int {
    Done = 0,
    BadInput = 1, ///< the message names the flag or field, what is wrong and what would be right
    Refused = 2, ///< the server or the device refused (its message, verbatim)
    TimedOut = 3, ///< --wait ran out
};

/// True when `argument` (argv[1]) names a headless command ("claim"...).
bool isCommand(const QString& argument);
/// Runs a headless command under a QCoreApplication it creates; returns the exit code.
int runCommand(int argc, char** argv);

} // namespace ase::cli
