// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace ase {

/// "ase.demo": requests the demo device serves (method, path, status, time).
/// Off below warnings by default; on with --verbose or QT_LOGGING_RULES="ase.demo.debug=true". Never logs a
/// token, password, key or certificate.
Q_DECLARE_LOGGING_CATEGORY(lcDemo)

/// --verbose: every "ase.*" category on at debug level, each line prefixed with the time
/// since start and its category. QT_LOGGING_RULES, when set, still has the last word.
void enableVerboseDemoLogging();

} // namespace ase
