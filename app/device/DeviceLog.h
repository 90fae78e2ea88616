// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace ase {

/// "ase.device": device (ARM) requests (method, path, status, time), sign-in, long-running operations.
/// Off below warnings by default; on with --verbose or QT_LOGGING_RULES="ase.device.debug=true". Never logs a
/// token, password, key or certificate.
Q_DECLARE_LOGGING_CATEGORY(lcDevice)

} // namespace ase
