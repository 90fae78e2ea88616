// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/ArmResource.h"

using namespace Qt::StringLiterals;

namespace ase {

QString armIdName(QStringView id)
{
    while (id.endsWith(u'/'))
        id.chop(1);
    return id.mid(id.lastIndexOf(u'/') + 1).toString();
}

QJsonObject ArmResource::properties() const
{
    return m_json.value("properties"_L1).toObject();
}

void ArmResource::decodeEnvelope(const QJsonObject& object)
{
    m_json = object;
    id = object.value("id"_L1).toString();
    name = object.value("name"_L1).toString();
    type = object.value("type"_L1).toString();
}

} // namespace ase
