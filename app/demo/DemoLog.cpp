// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/DemoLog.h"

namespace ase {

Q_LOGGING_CATEGORY(lcDemo, "ase.demo", QtWarningMsg)

} // namespace ase
