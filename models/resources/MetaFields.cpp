// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/MetaFields.h"

using namespace Qt::StringLiterals;

namespace ase::metafield {

QJsonObject of(const QJsonObject& object)
{
    return object.value("metadata"_L1).toObject();
}

QJsonValue field(const QJsonObject& object, QLatin1StringView key)
{
    return of(object).value(key);
}

QString name(const QJsonObject& object)
{
    return field(object, "name"_L1).toString();
}

QString ns(const QJsonObject& object)
{
    return field(object, "namespace"_L1).toString();
}

QString uid(const QJsonObject& object)
{
    return field(object, "uid"_L1).toString();
}

QJsonObject labels(const QJsonObject& object)
{
    return field(object, "labels"_L1).toObject();
}

QJsonObject annotations(const QJsonObject& object)
{
    return field(object, "annotations"_L1).toObject();
}

} // namespace ase::metafield
