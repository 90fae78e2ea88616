// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/UiLog.h"

namespace ase {

Q_LOGGING_CATEGORY(lcUi, "ase.ui", QtWarningMsg)

} // namespace ase
