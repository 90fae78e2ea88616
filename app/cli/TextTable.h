// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ase::cli {

/// The columns of a terminal: a wide (East Asian) character takes two.
int displayWidth(const QString& text);

/// Rows as kubectl prints a table: each column padded to its widest cell (by display
/// width, so Japanese headers line up) plus three spaces; the last column not padded.
QString formatTable(const QList<QStringList>& rows);

} // namespace ase::cli
