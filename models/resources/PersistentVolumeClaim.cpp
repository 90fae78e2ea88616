// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/PersistentVolumeClaim.h"

#include "models/resources/JsonFields.h"
#include "models/resources/MetaFields.h"
#include "models/resources/StorageClass.h"
#include "models/resources/WellKnownKeys.h"

using namespace Qt::StringLiterals;

namespace ase {

void PersistentVolumeClaim::dropUnreadJson()
{
    const QJsonObject spec = m_json.value("spec"_L1).toObject();
    QJsonObject kept;
    for (const QLatin1StringView key : {"selector"_L1, "accessModes"_L1}) {
        if (const QJsonValue value = spec.value(key); !value.isUndefined())
            kept.insert(key, value);
    }
    m_json = kept.isEmpty() ? QJsonObject() : sharedJson(QJsonObject {{u"spec"_s, kept}});
}

void PersistentVolumeClaim::shareRepeatedTexts()
{
    for (std::optional<Quantity>* quantity : {&requestedStorage, &capacity}) {
        if (*quantity)
            (*quantity)->shareText();
    }
    for (QString* text : {&storageClassName, &volumeMode, &volumeAttributesClassName, &phase, &selectedNode,
             &storageProvisioner})
        *text = sharedText(*text);
}

PersistentVolumeClaim PersistentVolumeClaim::fromJson(const QJsonObject& object)
{
    PersistentVolumeClaim pvc;
    pvc.m_json = object;
    pvc.metadata = ObjectMeta::fromJson(metafield::of(object));

    const QJsonObject spec = object.value("spec"_L1).toObject();
    pvc.requestedStorage = jsonfield::quantity(
        spec.value("resources"_L1).toObject().value("requests"_L1).toObject().value("storage"_L1));
    pvc.accessModes = accessModesFromJson(spec.value("accessModes"_L1));
    const StorageClassRequest storageClass = StorageClassRequest::fromObject(pvc.metadata, spec);
    pvc.storageClassName = storageClass.name;
    pvc.storageClassSpecified = storageClass.specified;
    pvc.volumeName = spec.value("volumeName"_L1).toString();
    pvc.volumeMode = jsonfield::stringOr(spec.value("volumeMode"_L1), "Filesystem"_L1);
    pvc.selector = spec.value("selector"_L1).toObject();
    pvc.volumeAttributesClassName = spec.value("volumeAttributesClassName"_L1).toString();

    const QJsonObject status = object.value("status"_L1).toObject();
    pvc.phase = jsonfield::stringOr(status.value("phase"_L1), "Pending"_L1);
    pvc.capacity = jsonfield::quantity(status.value("capacity"_L1).toObject().value("storage"_L1));
    pvc.statusAccessModes = accessModesFromJson(status.value("accessModes"_L1));

    pvc.bindCompleted = pvc.metadata.hasAnnotation(keys::BindCompleted);
    pvc.boundByController = pvc.metadata.hasAnnotation(keys::BoundByController);
    pvc.selectedNode = pvc.metadata.annotation(keys::SelectedNode);
    pvc.storageProvisioner = pvc.metadata.annotation(keys::StorageProvisioner);
    if (pvc.storageProvisioner.isEmpty())
        pvc.storageProvisioner = pvc.metadata.annotation(keys::BetaStorageProvisioner);
    return pvc;
}

} // namespace ase
