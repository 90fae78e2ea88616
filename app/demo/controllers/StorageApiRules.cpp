// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/controllers/StorageApiRules.h"

#include "app/demo/ClusterState.h"
#include "app/demo/ObjectValidation.h"
#include "models/binding/VolumeBinding.h"
#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"
#include "models/resources/Quantity.h"
#include "models/resources/StorageClass.h"
#include "models/resources/WellKnownKeys.h"

#include <QJsonArray>

#include <array>

using namespace Qt::StringLiterals;

namespace ase::demo::storagerules {

namespace {

const QStringList SupportedAccessModes {
    u"ReadOnlyMany"_s, u"ReadWriteMany"_s, u"ReadWriteOnce"_s, u"ReadWriteOncePod"_s};
const QStringList SupportedVolumeModes {u"Block"_s, u"Filesystem"_s};

/// The members of core/v1 PersistentVolumeSource, in validation.go's order.
constexpr std::array<QLatin1StringView, 22> SourceKeys {
    "hostPath"_L1,
    "gcePersistentDisk"_L1,
    "awsElasticBlockStore"_L1,
    "glusterfs"_L1,
    "flocker"_L1,
    "nfs"_L1,
    "rbd"_L1,
    "quobyte"_L1,
    "cephfs"_L1,
    "iscsi"_L1,
    "cinder"_L1,
    "fc"_L1,
    "flexVolume"_L1,
    "azureFile"_L1,
    "vsphereVolume"_L1,
    "photonPersistentDisk"_L1,
    "portworxVolume"_L1,
    "azureDisk"_L1,
    "scaleIO"_L1,
    "local"_L1,
    "storageos"_L1,
    "csi"_L1,
};

QJsonObject specOf(const QJsonObject& object)
{
    return object.value("spec"_L1).toObject();
}

/// Sets object[key] = value when the key is absent, null or an empty string.
void defaultString(QJsonObject& object, QLatin1StringView key, const QString& value)
{
    const QJsonValue v = object.value(key);
    if (v.isUndefined() || v.isNull() || (v.isString() && v.toString().isEmpty()))
        object.insert(key, value);
}

void defaultStatusPhase(QJsonObject& object)
{
    QJsonObject status = object.value("status"_L1).toObject();
    defaultString(status, "phase"_L1, u"Pending"_s);
    object.insert("status"_L1, status);
}

/// Access modes: required (with @p requiredDetail), supported, ReadWriteOncePod alone.
void validateAccessModes(
    const QJsonObject& spec, const QString& path, const QString& requiredDetail, QList<FieldError>& errs)
{
    const QJsonArray modes = spec.value("accessModes"_L1).toArray();
    if (modes.isEmpty())
        errs.append(FieldError::required(path, requiredDetail));
    bool rwop = false;
    bool other = false;
    for (const QJsonValue& m : modes) {
        const QString mode = m.toString();
        if (!SupportedAccessModes.contains(mode))
            errs.append(FieldError::notSupported(path, m, SupportedAccessModes));
        else if (mode == u"ReadWriteOncePod")
            rwop = true;
        else
            other = true;
    }
    if (rwop && other)
        errs.append(FieldError::forbidden(path, u"may not use ReadWriteOncePod with other access modes"_s));
}

/// ValidatePositiveQuantityValue.
void validateNonNegative(const QJsonValue& value, const QString& path, QList<FieldError>& errs)
{
    const std::optional<Quantity> q
        = Quantity::parse(value.isString() ? value.toString() : QString::number(value.toDouble()));
    if (q && q->sign() < 0)
        errs.append(FieldError::invalid(path, q->toString(), u"must be greater than or equal to 0"_s));
}

void validateClassName(const QJsonValue& value, const QString& path, QList<FieldError>& errs)
{
    const QString name = value.toString();
    if (name.isEmpty())
        return;
    for (const QString& msg : validation::dns1123SubdomainErrors(name))
        errs.append(FieldError::invalid(path, name, msg));
}

void validateVolumeMode(const QJsonObject& spec, const QString& path, QList<FieldError>& errs)
{
    const QJsonValue mode = spec.value("volumeMode"_L1);
    if (mode.isString() && !SupportedVolumeModes.contains(mode.toString()))
        errs.append(FieldError::notSupported(path, mode, SupportedVolumeModes));
}

void immutableField(
    const QJsonValue& now, const QJsonValue& before, const QString& path, QList<FieldError>& errs)
{
    if (now != before)
        errs.append(FieldError::invalid(path, now, u"field is immutable"_s));
}

/// A copy without null members and empty strings (Go's nil pointer and "" look alike here).
QJsonObject withoutNulls(QJsonObject object)
{
    for (auto it = object.begin(); it != object.end();) {
        if (it.value().isNull() || it.value().isUndefined())
            it = object.erase(it);
        else
            ++it;
    }
    return object;
}

/// The 400 a malformed quantity gets from the decoder, or nullopt.
std::optional<ApiStatus> checkQuantities(const QString& kind, const QJsonObject& map)
{
    for (auto it = map.begin(); it != map.end(); ++it) {
        if (!it.value().isString())
            continue;
        QString error;
        if (!Quantity::parse(it.value().toString(), &error))
            return errors::badRequest(
                kind + u" in version \"v1\" cannot be handled as a "_s + kind + u": "_s + error);
    }
    return std::nullopt;
}

void addFinalizer(QJsonObject& object, const QString& finalizer)
{
    QJsonObject meta = metafield::of(object);
    QJsonArray finalizers = meta.value("finalizers"_L1).toArray();
    if (finalizers.contains(finalizer))
        return;
    finalizers.append(finalizer);
    meta.insert("finalizers"_L1, finalizers);
    object.insert("metadata"_L1, meta);
}

} // namespace

// ---- validation ---------------------------------------------------------------------------

QList<FieldError> validateClaim(const QJsonObject& claim, const QJsonObject* oldObject)
{
    QList<FieldError> errs;
    const QJsonObject spec = specOf(claim);
    validateAccessModes(spec, u"spec.accessModes"_s, u"at least 1 access mode is required"_s, errs);
    const QJsonObject requests = spec.value("resources"_L1).toObject().value("requests"_L1).toObject();
    if (!requests.contains("storage"_L1))
        errs.append(FieldError::required(u"spec.resources[storage]"_s));
    else
        validateNonNegative(requests.value("storage"_L1), u"spec.resources[storage]"_s, errs);
    validateClassName(spec.value("storageClassName"_L1), u"spec.storageClassName"_s, errs);
    validateVolumeMode(spec, u"spec.volumeMode"_s, errs);
    if (!oldObject)
        return errs;

    // ValidatePersistentVolumeClaimUpdate.
    const QJsonObject oldSpec = specOf(*oldObject);
    QJsonObject oldClone = withoutNulls(oldSpec);
    QJsonObject newClone = withoutNulls(spec);
    if (oldSpec.value("volumeName"_L1).toString().isEmpty()) {
        oldClone.remove("volumeName"_L1);
        newClone.remove("volumeName"_L1);
    }
    const QJsonObject oldAnnotations = metafield::annotations(*oldObject);
    const QJsonValue oldBeta = oldAnnotations.value(keys::BetaStorageClass);
    const QJsonValue newClass = spec.value("storageClassName"_L1);
    const bool oldClassNil = !oldSpec.value("storageClassName"_L1).isString();
    // Upgrade from the beta annotation or from nil (the default class assigned later).
    if (newClass.isString() && oldClassNil
        && (oldBeta.isUndefined() || newClass.toString() == oldBeta.toString()))
        newClone.remove("storageClassName"_L1);
    const QJsonValue newBeta = metafield::annotations(claim).value(keys::BetaStorageClass);
    if (newBeta.toString() != oldBeta.toString())
        errs.append(FieldError::invalid(u"metadata.annotations."_s + keys::BetaStorageClass,
            newBeta.toString(), u"field is immutable"_s));
    if (claim.value("status"_L1).toObject().value("phase"_L1).toString() == u"Bound") {
        QJsonObject resources = newClone.value("resources"_L1).toObject();
        QJsonObject newRequests = resources.value("requests"_L1).toObject();
        newRequests.insert("storage"_L1,
            oldSpec.value("resources"_L1).toObject().value("requests"_L1).toObject().value("storage"_L1));
        resources.insert("requests"_L1, newRequests);
        newClone.insert("resources"_L1, resources);
    }
    newClone.remove("volumeAttributesClassName"_L1);
    oldClone.remove("volumeAttributesClassName"_L1);
    if (newClone != oldClone)
        errs.append(FieldError::forbidden(u"spec"_s,
            u"spec is immutable after creation except resources.requests "
            u"and volumeAttributesClassName for bound claims"_s));

    const auto storageOf = [](const QJsonObject& s, const char* part) {
        const QJsonValue v = s.value("resources"_L1)
                                 .toObject()
                                 .value(QLatin1StringView(part))
                                 .toObject()
                                 .value("storage"_L1);
        return Quantity::parse(v.toString()).value_or(Quantity());
    };
    const Quantity newSize = storageOf(spec, "requests");
    const Quantity oldSize = storageOf(oldSpec, "requests");
    const Quantity statusSize = Quantity::parse(oldObject->value("status"_L1)
                                                    .toObject()
                                                    .value("capacity"_L1)
                                                    .toObject()
                                                    .value("storage"_L1)
                                                    .toString())
                                    .value_or(Quantity());
    if ((newSize <=> oldSize) < 0 && (newSize <=> statusSize) <= 0)
        errs.append(FieldError::forbidden(
            u"spec.resources.requests.storage"_s, u"field can not be less than status.capacity"_s));
    immutableField(spec.value("volumeMode"_L1), oldSpec.value("volumeMode"_L1), u"volumeMode"_s, errs);
    return errs;
}

QList<FieldError> validateVolume(const QJsonObject& volume, const QJsonObject* oldObject)
{
    QList<FieldError> errs;
    const QJsonObject spec = specOf(volume);
    validateAccessModes(spec, u"spec.accessModes"_s, {}, errs);

    const QJsonObject capacity = spec.value("capacity"_L1).toObject();
    if (capacity.isEmpty())
        errs.append(FieldError::required(u"spec.capacity"_s));
    if (!capacity.contains("storage"_L1) || capacity.size() > 1)
        errs.append(FieldError::notSupported(u"spec.capacity"_s, capacity, {u"storage"_s}));
    for (auto it = capacity.begin(); it != capacity.end(); ++it)
        validateNonNegative(it.value(), u"spec.capacity["_s + it.key() + u']', errs);

    const QJsonValue policy = spec.value("persistentVolumeReclaimPolicy"_L1);
    if (!policy.toString().isEmpty()) {
        const QStringList supported {u"Delete"_s, u"Recycle"_s, u"Retain"_s};
        if (!supported.contains(policy.toString()))
            errs.append(FieldError::notSupported(u"spec.persistentVolumeReclaimPolicy"_s, policy, supported));
    }

    int sources = 0;
    for (QLatin1StringView key : SourceKeys) {
        const QJsonValue source = spec.value(key);
        if (!source.isObject())
            continue;
        const QString path = u"spec."_s + key;
        if (sources > 0) {
            errs.append(FieldError::forbidden(path, u"may not specify more than 1 volume type"_s));
            continue;
        }
        ++sources;
        const QJsonObject s = source.toObject();
        if ((key == "hostPath"_L1 || key == "local"_L1 || key == "nfs"_L1)
            && s.value("path"_L1).toString().isEmpty())
            errs.append(FieldError::required(path + u".path"_s));
        if (key == "nfs"_L1 && s.value("server"_L1).toString().isEmpty())
            errs.append(FieldError::required(path + u".server"_s));
        if (key == "local"_L1 && !spec.value("nodeAffinity"_L1).isObject())
            errs.append(
                FieldError::required(u"spec.nodeAffinity"_s, u"Local volume requires node affinity"_s));
    }
    if (sources == 0)
        errs.append(FieldError::required(u"spec"_s, u"must specify a volume type"_s));
    validateClassName(spec.value("storageClassName"_L1), u"spec.storageClassName"_s, errs);
    validateVolumeMode(spec, u"spec.volumeMode"_s, errs);
    if (!oldObject)
        return errs;

    const QJsonObject oldSpec = specOf(*oldObject);
    for (QLatin1StringView key : SourceKeys) {
        if (spec.value(key) != oldSpec.value(key)) {
            errs.append(FieldError::forbidden(u"spec.persistentvolumesource"_s,
                u"spec.persistentvolumesource is immutable after creation"_s));
            break;
        }
    }
    immutableField(spec.value("volumeMode"_L1), oldSpec.value("volumeMode"_L1), u"volumeMode"_s, errs);
    return errs;
}

QList<FieldError> validateStorageClass(const QJsonObject& storageClass, const QJsonObject* oldObject)
{
    QList<FieldError> errs;
    const QString provisioner = storageClass.value("provisioner"_L1).toString();
    if (provisioner.isEmpty())
        errs.append(FieldError::required(u"provisioner"_s));
    else
        for (const QString& msg : validation::qualifiedNameErrors(provisioner.toLower()))
            errs.append(FieldError::invalid(u"provisioner"_s, provisioner, msg));
    const QJsonValue policy = storageClass.value("reclaimPolicy"_L1);
    const QStringList policies {u"Delete"_s, u"Retain"_s};
    if (policy.isString() && !policies.contains(policy.toString()))
        errs.append(FieldError::notSupported(u"reclaimPolicy"_s, policy, policies));
    const QJsonValue mode = storageClass.value("volumeBindingMode"_L1);
    const QStringList modes {u"Immediate"_s, u"WaitForFirstConsumer"_s};
    if (!mode.isString())
        errs.append(FieldError::required(u"volumeBindingMode"_s));
    else if (!modes.contains(mode.toString()))
        errs.append(FieldError::notSupported(u"volumeBindingMode"_s, mode, modes));
    if (!oldObject)
        return errs;

    if (storageClass.value("parameters"_L1).toObject() != oldObject->value("parameters"_L1).toObject())
        errs.append(FieldError::forbidden(u"parameters"_s, u"updates to parameters are forbidden."_s));
    if (provisioner != oldObject->value("provisioner"_L1).toString())
        errs.append(FieldError::forbidden(u"provisioner"_s, u"updates to provisioner are forbidden."_s));
    if (policy != oldObject->value("reclaimPolicy"_L1))
        errs.append(FieldError::forbidden(u"reclaimPolicy"_s, u"updates to reclaimPolicy are forbidden."_s));
    immutableField(mode, oldObject->value("volumeBindingMode"_L1), u"volumeBindingMode"_s, errs);
    return errs;
}

// ---- installation -------------------------------------------------------------------------

void install(ClusterState& state)
{
    // Defaults (pkg/apis/core/v1/defaults.go, pkg/apis/storage/v1/defaults.go, apps/v1).
    state.addDefaulter(kindname::PersistentVolume, [](QJsonObject& pv) {
        QJsonObject spec = specOf(pv);
        defaultString(spec, "persistentVolumeReclaimPolicy"_L1, u"Retain"_s);
        defaultString(spec, "volumeMode"_L1, u"Filesystem"_s);
        if (QJsonObject hostPath = spec.value("hostPath"_L1).toObject();
            spec.value("hostPath"_L1).isObject() && !hostPath.contains("type"_L1)) {
            hostPath.insert("type"_L1, u""_s);
            spec.insert("hostPath"_L1, hostPath);
        }
        pv.insert("spec"_L1, spec);
        defaultStatusPhase(pv);
    });
    state.addDefaulter(kindname::PersistentVolumeClaim, [](QJsonObject& pvc) {
        QJsonObject spec = specOf(pvc);
        defaultString(spec, "volumeMode"_L1, u"Filesystem"_s);
        pvc.insert("spec"_L1, spec);
        defaultStatusPhase(pvc);
    });
    state.addDefaulter(kindname::StorageClass, [](QJsonObject& sc) {
        defaultString(sc, "reclaimPolicy"_L1, u"Delete"_s);
        defaultString(sc, "volumeBindingMode"_L1, u"Immediate"_s);
    });
    for (const QString& kind : QStringList {kindname::Deployment, kindname::StatefulSet}) {
        state.addDefaulter(kind, [](QJsonObject& workload) {
            QJsonObject spec = specOf(workload);
            if (!spec.value("replicas"_L1).isDouble())
                spec.insert("replicas"_L1, 1);
            workload.insert("spec"_L1, spec);
        });
    }
    state.addDefaulter(kindname::Pod, [](QJsonObject& pod) { defaultStatusPhase(pod); });

    // Admission: quantities the decoder would refuse, DefaultStorageClass, protection.
    state.addMutatingAdmission(
        kindname::PersistentVolumeClaim, [&state](AdmissionRequest& request) -> std::optional<ApiStatus> {
            QJsonObject& claim = *request.object;
            const QJsonObject resources = specOf(claim).value("resources"_L1).toObject();
            for (const auto part : {"requests"_L1, "limits"_L1}) {
                if (auto e
                    = checkQuantities(kindname::PersistentVolumeClaim, resources.value(part).toObject()))
                    return e;
            }
            if (request.operation != AdmissionRequest::Operation::Create)
                return std::nullopt;
            addFinalizer(claim, u"kubernetes.io/pvc-protection"_s);
            const QJsonObject meta = metafield::of(claim);
            QJsonObject spec = specOf(claim);
            const bool hasClass = meta.value("annotations"_L1).toObject().contains(keys::BetaStorageClass)
                || spec.value("storageClassName"_L1).isString();
            if (hasClass)
                return std::nullopt;
            QList<StorageClass> classes;
            for (const QJsonObject& sc : state.objects(resourceKindByKind(kindname::StorageClass)))
                classes.append(StorageClass::fromJson(sc));
            if (const std::optional<StorageClass> def = binding::defaultStorageClass(classes)) {
                spec.insert("storageClassName"_L1, def->metadata.name);
                claim.insert("spec"_L1, spec);
            }
            return std::nullopt;
        });
    state.addMutatingAdmission(
        kindname::PersistentVolume, [&state](AdmissionRequest& request) -> std::optional<ApiStatus> {
            QJsonObject& pv = *request.object;
            if (auto e
                = checkQuantities(kindname::PersistentVolume, specOf(pv).value("capacity"_L1).toObject()))
                return e;
            if (request.operation == AdmissionRequest::Operation::Create)
                addFinalizer(pv, u"kubernetes.io/pv-protection"_s);
            // The registry strategy: status.lastPhaseTransitionTime follows every phase change.
            QJsonObject status = pv.value("status"_L1).toObject();
            const QString phase = status.value("phase"_L1).toString();
            const QString oldPhase = request.oldObject
                ? request.oldObject->value("status"_L1).toObject().value("phase"_L1).toString()
                : QString();
            if (!phase.isEmpty() && (phase != oldPhase || !status.contains("lastPhaseTransitionTime"_L1))) {
                const QJsonValue previous = request.oldObject
                    ? request.oldObject->value("status"_L1).toObject().value("lastPhaseTransitionTime"_L1)
                    : QJsonValue();
                status.insert("lastPhaseTransitionTime"_L1,
                    phase == oldPhase && previous.isString()
                        ? previous
                        : QJsonValue(ClusterState::timestamp(state.now())));
                pv.insert("status"_L1, status);
            }
            return std::nullopt;
        });

    // Validation.
    state.addValidator(kindname::PersistentVolumeClaim, &validateClaim);
    state.addValidator(kindname::PersistentVolume, &validateVolume);
    state.addValidator(kindname::StorageClass, &validateStorageClass);
}

} // namespace ase::demo::storagerules
