// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/kube/KubeLog.h"

namespace ase {

Q_LOGGING_CATEGORY(lcKube, "ase.kube", QtWarningMsg)

} // namespace ase
