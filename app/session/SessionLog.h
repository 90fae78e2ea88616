// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace ase {

/// "ase.session": connections opened and closed, operations started and finished.
/// Off below warnings by default; on with --verbose or QT_LOGGING_RULES="ase.session.debug=true". Never logs
/// a token, password, key or certificate.
Q_DECLARE_LOGGING_CATEGORY(lcSession)

} // namespace ase
