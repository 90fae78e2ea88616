// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <chrono>
#include <optional>

namespace ase::cli {

/// Parses a duration the way Go's time.ParseDuration does (kubectl's --timeout, --wait):
/// a sequence of decimal numbers with a unit each, "300ms", "1.5h", "2h45m", "30s"; units
/// ns, us (µs), ms, s, m, h; "0" alone. Negative durations are refused (a wait cannot be).
/// nullopt with `error` set to Go's message (`time: invalid duration "x"`).
std::optional<std::chrono::milliseconds> parseGoDuration(const QString& text, QString* error = nullptr);

} // namespace ase::cli
