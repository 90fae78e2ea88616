// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/session/SessionLog.h"

namespace ase {

Q_LOGGING_CATEGORY(lcSession, "ase.session", QtWarningMsg)

} // namespace ase
