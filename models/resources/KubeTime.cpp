// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/KubeTime.h"

#include <QDate>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

constexpr qint64 MsecsPerMinute = 60 * 1000;
constexpr qint64 MsecsPerHour = 60 * MsecsPerMinute;
constexpr qint64 MsecsPerDay = 24 * MsecsPerHour;
constexpr qint64 UnixEpochJulianDay = 2440588;

/// Reads exactly @p count ASCII digits at @p pos; -1 if any is not a digit.
int digits(QStringView text, qsizetype pos, int count)
{
    if (pos + count > text.size())
        return -1;
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const char16_t c = text[pos + i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool isAt(QStringView text, qsizetype pos, char16_t c)
{
    return pos < text.size() && text[pos] == QChar(c);
}

} // namespace

QDateTime parseRfc3339(QStringView text, MissingOffset missingOffset)
{
    // YYYY-MM-DDTHH:MM:SS[.frac](Z|+HH:MM|-HH:MM)
    const int year = digits(text, 0, 4);
    const int month = digits(text, 5, 2);
    const int day = digits(text, 8, 2);
    const int hour = digits(text, 11, 2);
    const int minute = digits(text, 14, 2);
    const int second = digits(text, 17, 2);
    if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || !isAt(text, 4, u'-')
        || !isAt(text, 7, u'-') || !(isAt(text, 10, u'T') || isAt(text, 10, u't')) || !isAt(text, 13, u':')
        || !isAt(text, 16, u':'))
        return {};
    const QDate date(year, month, day);
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return {};

    qsizetype pos = 19;
    qint64 millis = 0;
    if (isAt(text, pos, u'.') || isAt(text, pos, u',')) {
        ++pos;
        int fractionDigits = 0;
        while (pos < text.size() && text[pos].isDigit() && text[pos].unicode() < 128) {
            if (fractionDigits < 3)
                millis = millis * 10 + (text[pos].unicode() - u'0');
            ++fractionDigits;
            ++pos;
        }
        if (fractionDigits == 0)
            return {};
        for (int i = fractionDigits; i < 3; ++i)
            millis *= 10;
    }

    qint64 offsetMinutes = 0;
    if (isAt(text, pos, u'Z') || isAt(text, pos, u'z')) {
        ++pos;
    } else if (isAt(text, pos, u'+') || isAt(text, pos, u'-')) {
        const int offsetHours = digits(text, pos + 1, 2);
        const int offsetMins = digits(text, pos + 4, 2);
        if (offsetHours < 0 || offsetMins < 0 || !isAt(text, pos + 3, u':') || offsetHours > 23
            || offsetMins > 59)
            return {};
        offsetMinutes = offsetHours * 60 + offsetMins;
        if (text[pos] == u'-')
            offsetMinutes = -offsetMinutes;
        pos += 6;
    } else if (missingOffset == MissingOffset::Reject) {
        return {};
    }
    if (pos != text.size())
        return {};

    const qint64 msecs = (date.toJulianDay() - UnixEpochJulianDay) * MsecsPerDay + hour * MsecsPerHour
        + minute * MsecsPerMinute + second * 1000 + millis - offsetMinutes * MsecsPerMinute;
    return QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
}

QDateTime parseJsonTime(const QJsonValue& value, MissingOffset missingOffset)
{
    if (!value.isString())
        return {};
    return parseRfc3339(QStringView(value.toString()), missingOffset);
}

QString formatRfc3339(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss'Z'");
}

QString formatRfc3339Micro(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'000Z'");
}

QString humanDuration(qint64 msecs)
{
    // A line-by-line port of k8s.io/apimachinery/pkg/util/duration.HumanDuration.
    const qint64 seconds = msecs / 1000; // truncates toward zero, like int(d.Seconds())
    if (seconds < -1)
        return u"<invalid>"_s;
    if (seconds < 0)
        return u"0s"_s;
    if (seconds < 60 * 2)
        return QString::number(seconds) + u's';

    const qint64 minutes = msecs / MsecsPerMinute;
    if (minutes < 10) {
        const qint64 s = seconds % 60;
        if (s == 0)
            return QString::number(minutes) + u'm';
        return QString::number(minutes) + u'm' + QString::number(s) + u's';
    }
    if (minutes < 60 * 3)
        return QString::number(minutes) + u'm';

    const qint64 hours = msecs / MsecsPerHour;
    if (hours < 8) {
        const qint64 m = minutes % 60;
        if (m == 0)
            return QString::number(hours) + u'h';
        return QString::number(hours) + u'h' + QString::number(m) + u'm';
    }
    if (hours < 48)
        return QString::number(hours) + u'h';
    if (hours < 24 * 8) {
        const qint64 h = hours % 24;
        if (h == 0)
            return QString::number(hours / 24) + u'd';
        return QString::number(hours / 24) + u'd' + QString::number(h) + u'h';
    }
    if (hours < 24 * 365 * 2)
        return QString::number(hours / 24) + u'd';
    if (hours < 24 * 365 * 8) {
        const qint64 dy = (hours / 24) % 365;
        if (dy == 0)
            return QString::number(hours / 24 / 365) + u'y';
        return QString::number(hours / 24 / 365) + u'y' + QString::number(dy) + u'd';
    }
    return QString::number(hours / 24 / 365) + u'y';
}

QString kubectlAge(const QDateTime& from, const QDateTime& now)
{
    if (!from.isValid())
        return u"<unknown>"_s;
    return humanDuration(from.msecsTo(now));
}

} // namespace ase
