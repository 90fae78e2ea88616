// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/Quantity.h"

#include <QJsonValue>
#include <QLatin1StringView>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

/// Small readers shared by the fromJson() of the typed resources. Each takes a value that
/// may be absent or of the wrong type and returns an empty result then.
namespace ase::jsonfield {

/// The strings of a JSON array of strings (non-strings skipped).
QStringList stringList(const QJsonValue& array);
/// A JSON object of strings as a map (non-string values skipped).
QMap<QString, QString> stringMap(const QJsonValue& object);
/// A Kubernetes quantity given as a JSON string (or, as the API also accepts, a number);
/// nullopt when absent or malformed.
std::optional<Quantity> quantity(const QJsonValue& value);
/// A string field, or @p fallback when absent, not a string or empty (how Kubernetes'
/// defaulting fills enum fields such as reclaimPolicy or volumeMode).
QString stringOr(const QJsonValue& value, QLatin1StringView fallback);
/// An integer field, or @p fallback when absent or not a number.
qint64 integer(const QJsonValue& value, qint64 fallback = 0);

} // namespace ase::jsonfield
