// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>

namespace ase::provisioning {

/// The translation context of the provisioning rules' sentences ("Provisioning").
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Provisioning)
};

} // namespace ase::provisioning
