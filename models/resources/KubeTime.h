// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>
#include <QStringView>

#include <concepts>

namespace ase {

/// What to do with a timestamp that carries no zone ("2026-01-01T00:00:00").
enum class MissingOffset {
    Reject, ///< RFC 3339 proper, as Kubernetes' metav1.Time: invalid
    AssumeUtc ///< lenient, for ARM date-times that sometimes omit the "Z"
};

/// Parses an RFC 3339 timestamp ("2026-11-29T14:05:09Z", "2026-11-29T14:05:09.123456Z",
/// "2026-11-29T16:05:09+02:00"; fractional seconds of any length, truncated to
/// milliseconds). Returns a UTC QDateTime, or an invalid one for empty or malformed text.
QDateTime parseRfc3339(QStringView text, MissingOffset missingOffset = MissingOffset::Reject);
/// parseRfc3339 of a JSON string value; invalid for null, absent or non-string values.
QDateTime parseJsonTime(const QJsonValue& value, MissingOffset missingOffset = MissingOffset::Reject);
/// The same for anything that converts to a QJsonValue but not to a QStringView
/// (QJsonValue, QJsonValueConstRef...), so that `parseRfc3339(object.value(...))` reads.
template <typename T>
requires(std::convertible_to<const T&, QJsonValue> && !std::convertible_to<const T&, QStringView>) QDateTime
    parseRfc3339(const T& value, MissingOffset missingOffset = MissingOffset::Reject)
{
    return parseJsonTime(value, missingOffset);
}

/// metav1.Time's form: whole seconds in UTC, "2026-11-29T14:05:09Z". Empty when invalid.
QString formatRfc3339(const QDateTime& time);
/// metav1.MicroTime's form: "2026-11-29T14:05:09.123000Z". Empty when invalid.
QString formatRfc3339Micro(const QDateTime& time);

/// apimachinery's duration.HumanDuration of a duration in milliseconds: "45s", "119s",
/// "5m3s", "3h10m", "47h", "2d5h", "200d", "3y200d", "9y"; "0s" for slightly negative
/// values (> -2 s) and "<invalid>" below that.
QString humanDuration(qint64 msecs);
/// kubectl's AGE column: HumanDuration(now - from), or "<unknown>" when from is invalid.
QString kubectlAge(const QDateTime& from, const QDateTime& now);

} // namespace ase
