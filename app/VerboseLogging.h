// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

namespace ase {

/// --verbose, in every program of the project (the app, its commands, ase-demo-device):
/// every "ase.*" logging category on at debug level, each line prefixed with the time since
/// start and its category. QT_LOGGING_RULES, when set, still has the last word.
void enableVerboseLogging();

} // namespace ase
