// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QLoggingCategory>

namespace ase {

/// "ase.kube": Kubernetes API requests (method, path, status, time), watches, credential plugins.
/// Off below warnings by default; on with --verbose or QT_LOGGING_RULES="ase.kube.debug=true". Never logs a
/// token, password, key or certificate.
Q_DECLARE_LOGGING_CATEGORY(lcKube)

} // namespace ase
