// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace ase::buildinfo {

/// The full version: the project version plus the git description of the build,
/// "0.1.0+git152.gfdff148" (cmake/AseVersion.cmake). Generated at configure time into one
/// small source file, so a new commit relinks instead of rebuilding everything.
QString version();
/// The versions of libraries whose version is known only at configure time (no header
/// macro): yaml-cpp and QtKeychain, from their CMake package files.
QString yamlCppVersion();
QString qtKeychainVersion();

} // namespace ase::buildinfo
