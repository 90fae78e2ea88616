// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/StorageClass.h"

#include "models/resources/JsonFields.h"
#include "models/resources/MetaFields.h"
#include "models/resources/WellKnownKeys.h"

using namespace Qt::StringLiterals;

namespace ase {

StorageClassRequest StorageClassRequest::fromObject(const ObjectMeta& metadata, const QJsonObject& spec)
{
    StorageClassRequest r;
    if (metadata.hasAnnotation(keys::BetaStorageClass)) {
        r.name = metadata.annotation(keys::BetaStorageClass);
        r.specified = true;
        return r;
    }
    const QJsonValue specName = spec.value("storageClassName"_L1);
    r.specified = specName.isString();
    r.name = specName.toString();
    return r;
}

StorageClass StorageClass::fromJson(const QJsonObject& object)
{
    StorageClass sc;
    sc.m_json = object;
    sc.metadata = ObjectMeta::fromJson(metafield::of(object));
    sc.provisioner = object.value("provisioner"_L1).toString();
    sc.reclaimPolicy = jsonfield::stringOr(object.value("reclaimPolicy"_L1), "Delete"_L1);
    sc.volumeBindingMode = jsonfield::stringOr(object.value("volumeBindingMode"_L1), "Immediate"_L1);
    sc.allowVolumeExpansion = object.value("allowVolumeExpansion"_L1).toBool();
    sc.parameters = jsonfield::stringMap(object.value("parameters"_L1));
    sc.isDefault = sc.metadata.annotation(keys::IsDefaultClass) == u"true"
        || sc.metadata.annotation(keys::BetaIsDefaultClass) == u"true";
    return sc;
}

} // namespace ase
