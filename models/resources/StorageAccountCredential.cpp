// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/StorageAccountCredential.h"

using namespace Qt::StringLiterals;

namespace ase {

StorageAccountCredential StorageAccountCredential::fromJson(const QJsonObject& object)
{
    StorageAccountCredential c;
    c.decodeEnvelope(object);
    const QJsonObject p = object.value("properties"_L1).toObject();
    c.alias = p.value("alias"_L1).toString();
    c.userName = p.value("userName"_L1).toString();
    c.sslStatus = p.value("sslStatus"_L1).toString();
    c.accountType = p.value("accountType"_L1).toString();
    c.blobDomainName = p.value("blobDomainName"_L1).toString();
    c.storageAccountId = p.value("storageAccountId"_L1).toString();
    return c;
}

} // namespace ase
