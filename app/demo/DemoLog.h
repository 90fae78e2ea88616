// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace ase {

/// "ase.demo": requests the demo device serves (method, path, status, time).
/// Off below warnings by default; on with --verbose or QT_LOGGING_RULES="ase.demo.debug=true". Never logs a
/// token, password, key or certificate.
Q_DECLARE_LOGGING_CATEGORY(lcDemo)

} // namespace ase
