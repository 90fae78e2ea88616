// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ase {

struct ObjectOutcome;

/// What the server answered for one object of a dry-run or an apply, as the wizard shows
/// it: kubectl's line ("persistentvolumeclaim/data created (server dry run)") or the
/// Status message, and the field causes.
struct ServerAnswer
{
    QString kind;
    QString ns;
    QString name;
    QString uid; ///< of the object the server returned (empty when it refused)
    bool ok = false;
    QString verbatim; ///< the line as kubectl prints it, or the Status message
    QStringList causes; ///< "spec.resources.requests.storage: Invalid value..." lines
};

/// What the wizard frame and the Apply YAML window show of a dry-run or an apply outcome:
/// kubectl's line, the field causes (defined with the wizard frame).
QList<ServerAnswer> answersOf(const QList<ObjectOutcome>& outcomes);

} // namespace ase
