// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/JsonFields.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ase::jsonfield {

QStringList stringList(const QJsonValue& array)
{
    const QJsonArray a = array.toArray();
    QStringList result;
    result.reserve(a.size());
    for (const QJsonValue& v : a) {
        if (v.isString())
            result.append(v.toString());
    }
    return result;
}

QMap<QString, QString> stringMap(const QJsonValue& object)
{
    const QJsonObject o = object.toObject();
    QMap<QString, QString> result;
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.value().isString())
            result.insert(it.key(), it.value().toString());
    }
    return result;
}

std::optional<Quantity> quantity(const QJsonValue& value)
{
    if (value.isString())
        return Quantity::parse(value.toString());
    if (value.isDouble()) {
        const double d = value.toDouble();
        const qint64 i = value.toInteger();
        return Quantity::parse(
            static_cast<double>(i) == d ? QString::number(i) : QString::number(d, 'g', 17));
    }
    return std::nullopt;
}

QString stringOr(const QJsonValue& value, QLatin1StringView fallback)
{
    QString s = value.toString();
    if (s.isEmpty())
        return fallback;
    return s;
}

qint64 integer(const QJsonValue& value, qint64 fallback)
{
    return value.isDouble() ? value.toInteger(fallback) : fallback;
}

} // namespace ase::jsonfield
