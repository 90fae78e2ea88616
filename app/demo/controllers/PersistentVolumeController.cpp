// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/controllers/PersistentVolumeController.h"

#include "app/demo/ClusterState.h"
#include "app/demo/controllers/ControllerSupport.h"
#include "models/binding/VolumeBinding.h"
#include "models/resources/KindNames.h"
#include "models/resources/WellKnownKeys.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ase::demo {

namespace {

using namespace objectedit;

/// reference.GetReference(claim): what bind() writes into the PV's claimRef.
QJsonObject claimReference(const PersistentVolumeClaim& claim)
{
    return QJsonObject {{"kind"_L1, kindname::PersistentVolumeClaim}, {"namespace"_L1, claim.metadata.ns},
        {"name"_L1, claim.metadata.name}, {"uid"_L1, claim.metadata.uid}, {"apiVersion"_L1, "v1"_L1},
        {"resourceVersion"_L1, claim.metadata.resourceVersion}};
}

QJsonObject specOf(const QJsonObject& object)
{
    return object.value("spec"_L1).toObject();
}

QStringList allClaimKeys(ClusterState& state)
{
    QStringList keys;
    for (const QJsonObject& c : state.objects(kinds::persistentVolumeClaim()))
        keys.append(ns(c) + u'/' + name(c));
    return keys;
}

bool byName(const PersistentVolume& volume, const QString& name)
{
    return volume.metadata.name < name;
}

} // namespace

PersistentVolumeController::PersistentVolumeController(ClusterState& state)
    : m_state(state)
{ }

void PersistentVolumeController::sync(const SyncScope& scope)
{
    Pass pass;
    for (const QJsonObject& sc : m_state.objects(kinds::storageClass()))
        pass.classes.append(StorageClass::fromJson(sc));
    if (scope.full) {
        m_volumes.reset();
    } else {
        for (const QString& volume : scope.volumes)
            refreshVolume(volume);
    }

    // Volumes first (their sync may ask for a claim sync), then claims.
    QStringList volumeNames;
    if (scope.full) {
        for (const QJsonObject& v : m_state.objects(kinds::persistentVolume()))
            volumeNames.append(name(v));
    } else {
        volumeNames = scope.volumes.values();
        volumeNames.sort();
    }
    for (const QString& volumeName : std::as_const(volumeNames)) {
        if (const std::optional<QJsonObject> v = m_state.find(kinds::persistentVolume(), {}, volumeName))
            syncVolume(pass, *v);
    }

    QStringList claimKeys;
    if (scope.full) {
        claimKeys = allClaimKeys(m_state);
    } else {
        claimKeys = scope.claims.values(); // with every unbound claim when asked (WorkIndex)
        claimKeys.sort();
    }
    claimKeys += pass.claimQueue;
    for (qsizetype i = 0; i < claimKeys.size(); ++i) {
        const QString key = claimKeys.at(i);
        if (pass.claimsDone.contains(key))
            continue;
        pass.claimsDone.insert(key);
        const qsizetype slash = key.indexOf(u'/');
        if (const std::optional<QJsonObject> c
            = m_state.find(kinds::persistentVolumeClaim(), key.left(slash), key.mid(slash + 1)))
            syncClaim(pass, *c);
        // A volume sync during a claim sync may queue more claims.
        claimKeys += pass.claimQueue;
        pass.claimQueue.clear();
    }
}

const QList<PersistentVolume>& PersistentVolumeController::volumes()
{
    if (!m_volumes) {
        m_volumes.emplace();
        for (const QJsonObject& v : m_state.objects(kinds::persistentVolume()))
            m_volumes->append(PersistentVolume::fromJson(v));
    }
    return *m_volumes;
}

void PersistentVolumeController::refreshVolume(const QString& volumeName)
{
    if (!m_volumes)
        return;
    const auto it = std::lower_bound(m_volumes->begin(), m_volumes->end(), volumeName, byName);
    const bool cached = it != m_volumes->end() && it->metadata.name == volumeName;
    const std::optional<QJsonObject> stored = m_state.find(kinds::persistentVolume(), {}, volumeName);
    if (!stored) {
        if (cached)
            m_volumes->erase(it);
    } else if (cached) {
        *it = PersistentVolume::fromJson(*stored);
    } else {
        m_volumes->insert(it, PersistentVolume::fromJson(*stored));
    }
}

// ---- claims --------------------------------------------------------------------------------

void PersistentVolumeController::syncClaim(Pass& pass, const QJsonObject& claimJson)
{
    const PersistentVolumeClaim claim = PersistentVolumeClaim::fromJson(claimJson);
    if (!claim.bindCompleted)
        syncUnboundClaim(pass, claim);
    else
        syncBoundClaim(claim);
}

void PersistentVolumeController::syncUnboundClaim(Pass& pass, const PersistentVolumeClaim& claim)
{
    const QString& claimNs = claim.metadata.ns;
    const QString& claimName = claim.metadata.name;
    if (claim.volumeName.isEmpty()) {
        const bool delayBinding = binding::isDelayBinding(claim, pass.classes);
        const QList<PersistentVolume>& all = volumes();
        const qsizetype found = binding::findBestMatch(claim, all, delayBinding);
        if (found >= 0) {
            bind(all.at(found), claim);
            return;
        }
        if (assignDefaultStorageClass(claim, pass.classes))
            return;
        if (delayBinding && claim.selectedNode.isEmpty()) {
            const QStringList pods = unscheduledPodsUsing(claim);
            claimEvent(claimNs, claimName, u"Normal"_s,
                pods.isEmpty() ? u"WaitForFirstConsumer"_s : u"WaitForPodScheduled"_s,
                binding::waitForConsumerEventMessage(pods));
        } else if (!claim.storageClassName.isEmpty()) {
            provisionClaim(claim, pass.classes);
            return;
        } else {
            claimEvent(
                claimNs, claimName, u"Normal"_s, u"FailedBinding"_s, binding::noVolumeNoClassEventMessage());
        }
        updateClaimStatus(claimNs, claimName, u"Pending"_s, nullptr);
        return;
    }

    // The user asked for a specific volume.
    const std::optional<QJsonObject> volumeJson
        = m_state.find(kinds::persistentVolume(), {}, claim.volumeName);
    if (!volumeJson) {
        updateClaimStatus(claimNs, claimName, u"Pending"_s, nullptr);
        return;
    }
    const PersistentVolume volume = PersistentVolume::fromJson(*volumeJson);
    if (!volume.claimRef) {
        const binding::VolumeMismatch mismatch = binding::checkVolumeSatisfiesClaim(volume, claim);
        if (mismatch != binding::VolumeMismatch::None) {
            claimEvent(claimNs, claimName, u"Warning"_s, u"VolumeMismatch"_s,
                binding::volumeMismatchEventMessage(volume.metadata.name, mismatch));
            updateClaimStatus(claimNs, claimName, u"Pending"_s, nullptr);
        } else {
            bind(volume, claim);
        }
    } else if (binding::isVolumeBoundToClaim(volume, claim)) {
        bind(volume, claim);
    } else {
        claimEvent(claimNs, claimName, u"Warning"_s, u"FailedBinding"_s,
            binding::alreadyBoundEventMessage(volume.metadata.name));
        if (!claim.boundByController)
            updateClaimStatus(claimNs, claimName, u"Pending"_s, nullptr);
    }
}

void PersistentVolumeController::syncBoundClaim(const PersistentVolumeClaim& claim)
{
    if (claim.volumeName.isEmpty()) {
        updateClaimStatusWithEvent(claim, u"Lost"_s, u"ClaimLost"_s,
            u"Bound claim has lost reference to PersistentVolume. Data on the volume is "
            u"lost!"_s);
        return;
    }
    const std::optional<QJsonObject> volumeJson
        = m_state.find(kinds::persistentVolume(), {}, claim.volumeName);
    if (!volumeJson) {
        updateClaimStatusWithEvent(claim, u"Lost"_s, u"ClaimLost"_s,
            u"Bound claim has lost its PersistentVolume. Data on the volume is lost!"_s);
        return;
    }
    const PersistentVolume volume = PersistentVolume::fromJson(*volumeJson);
    if (!volume.claimRef || volume.claimRef->uid == claim.metadata.uid) {
        bind(volume, claim);
        return;
    }
    updateClaimStatusWithEvent(claim, u"Lost"_s, u"ClaimMisbound"_s,
        u"Two claims are bound to the same volume, this one is bound incorrectly"_s);
}

bool PersistentVolumeController::assignDefaultStorageClass(
    const PersistentVolumeClaim& claim, const QList<StorageClass>& classes)
{
    if (!binding::claimAcceptsDefaultClass(claim))
        return false;
    const std::optional<StorageClass> def = binding::defaultStorageClass(classes);
    if (!def)
        return false;
    const ApiResult<WriteOutcome> r = m_state.modify(kinds::persistentVolumeClaim(), claim.metadata.ns,
        claim.metadata.name,
        [&def](QJsonObject& o) { return setField(o, "spec"_L1, "storageClassName"_L1, def->metadata.name); });
    return r.ok();
}

void PersistentVolumeController::provisionClaim(
    const PersistentVolumeClaim& claim, const QList<StorageClass>& classes)
{
    const QString& claimNs = claim.metadata.ns;
    const QString& claimName = claim.metadata.name;
    const std::optional<StorageClass> sc = binding::findClass(classes, claim.storageClassName);
    if (!sc) {
        claimEvent(claimNs, claimName, u"Warning"_s, u"ProvisioningFailed"_s,
            binding::classNotFoundEventMessage(claim.storageClassName));
        return;
    }
    if (!binding::isExternalProvisioner(sc->provisioner)) {
        // The demo has no in-tree volume plugins (kubernetes.io/no-provisioner included).
        claimEvent(claimNs, claimName, u"Warning"_s, u"ProvisioningFailed"_s,
            u"no volume plugin matched name: "_s + sc->provisioner);
        return;
    }
    const QString provisioner = sc->provisioner;
    m_state.modify(kinds::persistentVolumeClaim(), claimNs, claimName, [&provisioner](QJsonObject& o) {
        const bool a = setAnnotation(o, keys::StorageProvisioner, provisioner);
        const bool b = setAnnotation(o, keys::BetaStorageProvisioner, provisioner);
        return a || b;
    });
    claimEvent(claimNs, claimName, u"Normal"_s, u"ExternalProvisioning"_s,
        binding::externalProvisioningEventMessage(provisioner));
}

QStringList PersistentVolumeController::unscheduledPodsUsing(const PersistentVolumeClaim& claim) const
{
    QStringList names;
    for (const QJsonObject& pod : m_state.objects(kinds::pod(), claim.metadata.ns)) {
        if (!specOf(pod).value("nodeName"_L1).toString().isEmpty() || podIsTerminated(pod))
            continue;
        if (podClaimNames(pod).contains(claim.metadata.name))
            names.append(name(pod));
    }
    return names;
}

// ---- binding -------------------------------------------------------------------------------

void PersistentVolumeController::bind(const PersistentVolume& volume, const PersistentVolumeClaim& claim)
{
    // bindVolumeToClaim + updateVolumePhase(Bound).
    const bool setBoundByController = !binding::isVolumeBoundToClaim(volume, claim);
    const ApiResult<WriteOutcome> pv
        = m_state.modify(kinds::persistentVolume(), {}, volume.metadata.name, [&](QJsonObject& o) {
              bool dirty = false;
              const QJsonObject ref = specOf(o).value("claimRef"_L1).toObject();
              if (ref.isEmpty() || ref.value("name"_L1).toString() != claim.metadata.name
                  || ref.value("namespace"_L1).toString() != claim.metadata.ns
                  || ref.value("uid"_L1).toString() != claim.metadata.uid)
                  dirty = setField(o, "spec"_L1, "claimRef"_L1, claimReference(claim)) || dirty;
              if (setBoundByController && !hasAnnotation(o, keys::BoundByController))
                  dirty = setAnnotation(o, keys::BoundByController, u"yes"_s) || dirty;
              if (o.value("status"_L1).toObject().value("phase"_L1).toString() != u"Bound") {
                  setField(o, "status"_L1, "phase"_L1, u"Bound"_s);
                  setField(o, "status"_L1, "message"_L1, QJsonValue(QJsonValue::Undefined));
                  dirty = true;
              }
              return dirty;
          });
    if (!pv)
        return;
    refreshVolume(metafield::name(pv.value().object));
    const PersistentVolume bound = PersistentVolume::fromJson(pv.value().object);

    // bindClaimToVolume.
    m_state.modify(
        kinds::persistentVolumeClaim(), claim.metadata.ns, claim.metadata.name, [&](QJsonObject& o) {
            bool dirty = false;
            if (specOf(o).value("volumeName"_L1).toString() != bound.metadata.name) {
                setField(o, "spec"_L1, "volumeName"_L1, bound.metadata.name);
                if (!hasAnnotation(o, keys::BoundByController))
                    setAnnotation(o, keys::BoundByController, u"yes"_s);
                dirty = true;
            }
            if (!hasAnnotation(o, keys::BindCompleted))
                dirty = setAnnotation(o, keys::BindCompleted, u"yes"_s) || dirty;
            return dirty;
        });
    // updateClaimStatus(Bound, volume).
    updateClaimStatus(claim.metadata.ns, claim.metadata.name, u"Bound"_s, &bound);
}

void PersistentVolumeController::updateClaimStatus(
    const QString& ns, const QString& name, const QString& phase, const PersistentVolume* volume)
{
    m_state.modify(kinds::persistentVolumeClaim(), ns, name, [&](QJsonObject& o) {
        bool dirty = false;
        const QString oldPhase = o.value("status"_L1).toObject().value("phase"_L1).toString();
        dirty = setField(o, "status"_L1, "phase"_L1, phase) || dirty;
        const QJsonValue none(QJsonValue::Undefined);
        if (!volume) {
            dirty = setField(o, "status"_L1, "accessModes"_L1, none) || dirty;
            dirty = setField(o, "status"_L1, "capacity"_L1, none) || dirty;
            return dirty;
        }
        const QJsonObject volumeSpec = volume->json().value("spec"_L1).toObject();
        dirty = setField(o, "status"_L1, "accessModes"_L1, volumeSpec.value("accessModes"_L1)) || dirty;
        if (oldPhase != phase) {
            const QJsonObject claimCapacity = o.value("status"_L1).toObject().value("capacity"_L1).toObject();
            const std::optional<Quantity> have
                = Quantity::parse(claimCapacity.value("storage"_L1).toString());
            if (!have || !volume->capacity || !(*have == *volume->capacity))
                dirty = setField(o, "status"_L1, "capacity"_L1, volumeSpec.value("capacity"_L1)) || dirty;
        }
        return dirty;
    });
}

void PersistentVolumeController::updateClaimStatusWithEvent(
    const PersistentVolumeClaim& claim, const QString& phase, const QString& reason, const QString& message)
{
    if (claim.phase == phase)
        return;
    updateClaimStatus(claim.metadata.ns, claim.metadata.name, phase, nullptr);
    claimEvent(claim.metadata.ns, claim.metadata.name, u"Warning"_s, reason, message);
}

// ---- volumes -------------------------------------------------------------------------------

QJsonObject PersistentVolumeController::updateVolumePhase(
    const QString& name, const QString& phase, const QString& message)
{
    const ApiResult<WriteOutcome> r
        = m_state.modify(kinds::persistentVolume(), {}, name, [&phase, &message](QJsonObject& o) {
              if (o.value("status"_L1).toObject().value("phase"_L1).toString() == phase)
                  return false;
              setField(o, "status"_L1, "phase"_L1, phase);
              setField(o, "status"_L1, "message"_L1,
                  message.isEmpty() ? QJsonValue(QJsonValue::Undefined) : QJsonValue(message));
              return true;
          });
    if (!r)
        return {};
    refreshVolume(metafield::name(r.value().object));
    return r.value().object;
}

void PersistentVolumeController::syncVolume(Pass& pass, const QJsonObject& volumeJson)
{
    const PersistentVolume volume = PersistentVolume::fromJson(volumeJson);
    const QString& volumeName = volume.metadata.name;
    if (!volume.claimRef || volume.claimRef->uid.isEmpty()) {
        // Unused, or pre-bound to a claim that the claim sync binds.
        updateVolumePhase(volumeName, u"Available"_s);
        return;
    }
    std::optional<QJsonObject> claimJson
        = m_state.find(kinds::persistentVolumeClaim(), volume.claimRef->ns, volume.claimRef->name);
    if (claimJson && uid(*claimJson) != volume.claimRef->uid)
        claimJson.reset();

    if (!claimJson) {
        releaseAndReclaim(volume);
        return;
    }
    const PersistentVolumeClaim claim = PersistentVolumeClaim::fromJson(*claimJson);
    if (claim.volumeName.isEmpty()) {
        if (binding::volumeModeMismatch(claim, volume)) {
            volumeEvent(volumeName, u"Warning"_s, u"VolumeMismatch"_s,
                u"Cannot bind PersistentVolume to requested PersistentVolumeClaim \""_s + claim.metadata.name
                    + u"\" due to incompatible volumeMode."_s);
            claimEvent(claim.metadata.ns, claim.metadata.name, u"Warning"_s, u"VolumeMismatch"_s,
                u"Cannot bind PersistentVolume \""_s + volumeName
                    + u"\" to requested PersistentVolumeClaim due to incompatible volumeMode."_s);
            return;
        }
        // Bound volume, Pending claim: the claim sync finishes the binding.
        pass.claimQueue.append(claim.metadata.key());
        return;
    }
    if (claim.volumeName == volumeName) {
        updateVolumePhase(volumeName, u"Bound"_s);
        return;
    }
    // The claim is bound to another volume.
    if (!volume.provisionedBy.isEmpty() && volume.reclaimPolicy == u"Delete") {
        releaseAndReclaim(volume);
        return;
    }
    unbindVolume(volume);
}

void PersistentVolumeController::releaseAndReclaim(const PersistentVolume& volume)
{
    const QString& volumeName = volume.metadata.name;
    if (volume.phase != u"Released" && volume.phase != u"Failed") {
        if (updateVolumePhase(volumeName, u"Released"_s).isEmpty())
            return;
    }
    if (const std::optional<QJsonObject> fresh = m_state.find(kinds::persistentVolume(), {}, volumeName))
        reclaimVolume(PersistentVolume::fromJson(*fresh));
}

void PersistentVolumeController::unbindVolume(const PersistentVolume& volume)
{
    const ApiResult<WriteOutcome> r
        = m_state.modify(kinds::persistentVolume(), {}, volume.metadata.name, [](QJsonObject& o) {
              if (hasAnnotation(o, keys::BoundByController)) {
                  // Bound by the controller: forget the claim.
                  setField(o, "spec"_L1, "claimRef"_L1, QJsonValue(QJsonValue::Undefined));
                  removeAnnotation(o, keys::BoundByController);
              } else {
                  // Pre-bound by the user: keep the reservation, drop only the uid.
                  QJsonObject ref = specOf(o).value("claimRef"_L1).toObject();
                  ref.remove("uid"_L1);
                  setField(o, "spec"_L1, "claimRef"_L1, ref);
              }
              return true;
          });
    if (!r)
        return;
    refreshVolume(metafield::name(r.value().object));
    updateVolumePhase(volume.metadata.name, u"Available"_s);
}

void PersistentVolumeController::reclaimVolume(const PersistentVolume& volume)
{
    const QString& policy = volume.reclaimPolicy;
    if (policy == u"Retain")
        return;
    if (policy == u"Recycle") {
        // The recycler scrubs the volume, then it is unbound and Available again.
        unbindVolume(volume);
        volumeEvent(volume.metadata.name, u"Normal"_s, u"VolumeRecycled"_s, u"Volume recycled"_s);
        return;
    }
    if (policy == u"Delete") {
        // deleteVolumeOperation: the storage is gone, then the PV object.
        if (!volume.metadata.isTerminating())
            m_state.remove(kinds::persistentVolume(), {}, volume.metadata.name);
        m_state.removeFinalizer(
            kinds::persistentVolume(), {}, volume.metadata.name, u"kubernetes.io/pv-controller"_s);
        refreshVolume(volume.metadata.name);
        return;
    }
    if (volume.phase == u"Failed")
        return;
    updateVolumePhase(volume.metadata.name, u"Failed"_s);
    volumeEvent(volume.metadata.name, u"Warning"_s, u"VolumeUnknownReclaimPolicy"_s,
        u"Volume has unrecognized PersistentVolumeReclaimPolicy"_s);
}

// ---- events --------------------------------------------------------------------------------

void PersistentVolumeController::claimEvent(const QString& ns, const QString& name, const QString& type,
    const QString& reason, const QString& message)
{
    if (const std::optional<QJsonObject> claim = m_state.find(kinds::persistentVolumeClaim(), ns, name))
        m_state.recordEvent(kinds::persistentVolumeClaim(), *claim, type, reason, message);
}

void PersistentVolumeController::volumeEvent(
    const QString& name, const QString& type, const QString& reason, const QString& message)
{
    if (const std::optional<QJsonObject> volume = m_state.find(kinds::persistentVolume(), {}, name))
        m_state.recordEvent(kinds::persistentVolume(), *volume, type, reason, message);
}

} // namespace ase::demo
