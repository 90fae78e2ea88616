// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace ase::cli {

/// The translation context of the commands' messages ("CommandLine").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace ase::cli
