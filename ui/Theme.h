// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ase {

/// The colour scheme: the system's, or a light or dark Fusion palette.
enum class Theme { System, Light, Dark };

Theme themeFromName(const QString& name); ///< "system", "light", "dark" (else System)
QString themeName(Theme theme);
/// Applies a theme to the whole application; widgets that follow the palette (the YAML
/// highlighting) switch live.
void applyTheme(Theme theme);

} // namespace ase
