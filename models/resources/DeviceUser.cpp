// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/DeviceUser.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ase {

DeviceUser DeviceUser::fromJson(const QJsonObject& object)
{
    DeviceUser u;
    u.decodeEnvelope(object);
    const QJsonObject p = object.value("properties"_L1).toObject();
    u.userType = p.value("userType"_L1).toString();
    for (const QJsonValue& v : p.value("shareAccessRights"_L1).toArray()) {
        const QJsonObject r = v.toObject();
        u.shareAccessRights.append({r.value("shareId"_L1).toString(), r.value("accessType"_L1).toString()});
    }
    return u;
}

} // namespace ase
