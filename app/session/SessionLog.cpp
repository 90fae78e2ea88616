// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/session/SessionLog.h"

using namespace Qt::StringLiterals;

namespace ase {

Q_LOGGING_CATEGORY(lcSession, "ase.session", QtWarningMsg)

void enableVerboseLogging()
{
    QLoggingCategory::setFilterRules(u"ase.*=true"_s);
    qSetMessagePattern(u"%{time process} %{category}: %{message}"_s);
}

} // namespace ase
