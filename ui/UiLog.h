// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace ase {

/// "ase.ui": user actions that reach the session (connect, apply, delete, export).
/// Off below warnings by default; on with --verbose or QT_LOGGING_RULES="ase.ui.debug=true". Never logs a
/// token, password, key or certificate.
Q_DECLARE_LOGGING_CATEGORY(lcUi)

} // namespace ase
