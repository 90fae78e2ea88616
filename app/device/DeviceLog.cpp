// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/device/DeviceLog.h"

namespace ase {

Q_LOGGING_CATEGORY(lcDevice, "ase.device", QtWarningMsg)

} // namespace ase
