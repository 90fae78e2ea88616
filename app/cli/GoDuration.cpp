// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/cli/GoDuration.h"

#include "models/resources/Names.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace ase::cli {

std::optional<std::chrono::milliseconds> parseGoDuration(const QString& text, QString* error)
{
    const auto fail = [&](const QString& message) -> std::optional<std::chrono::milliseconds> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const QString invalid = u"time: invalid duration "_s + names::goQuote(text);
    QString s = text;
    if (s.startsWith(u'+'))
        s.remove(0, 1);
    if (s.startsWith(u'-'))
        return fail(invalid);
    if (s == u"0")
        return std::chrono::milliseconds(0);
    if (s.isEmpty())
        return fail(invalid);
    double totalNanos = 0;
    qsizetype i = 0;
    while (i < s.size()) {
        const qsizetype start = i;
        while (i < s.size() && (s.at(i).isDigit() || s.at(i) == u'.'))
            ++i;
        const QString number = s.mid(start, i - start);
        bool ok = false;
        const double value = number.toDouble(&ok);
        if (number.isEmpty() || !ok || number == u".")
            return fail(invalid);
        const qsizetype unitStart = i;
        while (i < s.size() && !s.at(i).isDigit() && s.at(i) != u'.')
            ++i;
        const QString unit = s.mid(unitStart, i - unitStart);
        double scale = 0;
        if (unit == u"ns")
            scale = 1;
        else if (unit == u"us" || unit == u"µs" || unit == u"μs")
            scale = 1e3;
        else if (unit == u"ms")
            scale = 1e6;
        else if (unit == u"s")
            scale = 1e9;
        else if (unit == u"m")
            scale = 60e9;
        else if (unit == u"h")
            scale = 3600e9;
        else if (unit.isEmpty())
            return fail(u"time: missing unit in duration "_s + names::goQuote(text));
        else
            return fail(
                u"time: unknown unit "_s + names::goQuote(unit) + u" in duration "_s + names::goQuote(text));
        totalNanos += value * scale;
    }
    if (totalNanos > 9.2e18)
        return fail(invalid);
    return std::chrono::milliseconds(static_cast<qint64>(std::llround(totalNanos / 1e6)));
}

} // namespace ase::cli
