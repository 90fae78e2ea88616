// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/VerboseLogging.h"

#include <QLoggingCategory>
#include <QString>

using namespace Qt::StringLiterals;

namespace ase {

void enableVerboseLogging()
{
    QLoggingCategory::setFilterRules(u"ase.*=true"_s);
    qSetMessagePattern(u"%{time process} %{category}: %{message}"_s);
}

} // namespace ase
