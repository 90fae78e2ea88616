// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/AccessModes.h"
#include "models/resources/PersistentVolume.h"
#include "models/resources/PersistentVolumeClaim.h"
#include "models/resources/SharedList.h"
#include "models/resources/StorageClass.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

/// The PersistentVolume controller's matching rules (reference/kubernetes-api.md §6;
/// k/k pkg/controller/volume/persistentvolume/{pv_controller.go,index.go},
/// component-helpers storage/volume/pv_helpers.go) as pure functions. The demo device's
/// binder runs them; the app's "why is my PVC Pending" inspection explains them.
namespace ase::binding {

// ---- classes ---------------------------------------------------------------------------

/// The default StorageClass as util.GetDefaultClass picks it: among the classes marked
/// default (`storageclass.kubernetes.io/is-default-class: "true"` or the beta key), the
/// newest creationTimestamp, then the name ascending. nullopt when none is marked.
std::optional<StorageClass> defaultStorageClass(const QList<StorageClass>& classes);
/// True when the claim names no class at all (no beta annotation, storageClassName nil):
/// only such claims get the default class. `storageClassName: ""` is never defaulted.
bool claimAcceptsDefaultClass(const PersistentVolumeClaim& claim);
/// The claim's class uses `volumeBindingMode: WaitForFirstConsumer` (IsDelayBindingMode).
/// A class that does not exist (or no class) is not delay binding.
bool isDelayBinding(const PersistentVolumeClaim& claim, const QList<StorageClass>& classes);
/// The class named by the claim, if it exists.
std::optional<StorageClass> findClass(const QList<StorageClass>& classes, const QString& name);

// ---- matching --------------------------------------------------------------------------

/// IsVolumeBoundToClaim: claimRef names the claim (namespace and name) and its uid is
/// empty or the claim's.
bool isVolumeBoundToClaim(const PersistentVolume& volume, const PersistentVolumeClaim& claim);
/// CheckVolumeModeMismatches: the modes differ (absent = Filesystem on both sides).
bool volumeModeMismatch(const PersistentVolumeClaim& claim, const PersistentVolume& volume);
/// CheckAccessModes: the volume offers every mode the claim requests.
bool volumeHasAccessModes(const PersistentVolume& volume, const PersistentVolumeClaim& claim);
/// The claim's spec.selector matches the volume's labels (no selector: true; an invalid
/// selector matches nothing).
bool selectorMatchesVolume(const PersistentVolumeClaim& claim, const PersistentVolume& volume);

/// CheckNodeAffinity for a node known by its name only: the volume's required node
/// selector terms (alternatives; the expressions of one term all hold) evaluated with the
/// node's `kubernetes.io/hostname` label = @p nodeName. Expressions on other labels cannot
/// be judged from the name and are taken as satisfied. No node affinity: true.
bool volumeNodeAffinityMatches(const PersistentVolume& volume, const QString& nodeName);
/// metav1.LabelSelectorAsSelector of the claim's spec.selector: the error text when it is
/// invalid (FindMatchingVolume then fails with "error creating internal label selector for
/// claim: NS/NAME: ..."), or "" when it is valid or absent.
QString claimSelectorError(const PersistentVolumeClaim& claim);
/// The access modes the claim's spec.accessModes names that Kubernetes does not know
/// (the API server refuses such a claim: "Unsupported value"); empty when all are known.
QStringList unknownAccessModes(const PersistentVolumeClaim& claim);

/// The access-mode index (index.go allPossibleMatchingAccessModes): the distinct mode sets
/// of @p volumes that contain all @p requested modes, fewest modes first (ties in a stable
/// order). The first set that yields a volume wins.
QList<AccessModes> candidateAccessModeSets(
    AccessModes requested, const SharedList<PersistentVolume>& volumes);

/// Why one volume is or is not taken for a claim. The order of the enumerators after
/// AccessModesMissing is the order in which FindMatchingVolume tests them.
enum class VolumeRule {
    Selected, ///< the binder picks this volume (or it is bound to the claim)
    PreBoundToClaim, ///< claimRef names the claim: picked at once
    MoreAccessModesThanChosen, ///< eligible, but a volume with fewer extra modes was picked
    LargerThanChosen, ///< eligible, but a smaller volume was picked
    NotRequested, ///< the claim names another volume in spec.volumeName
    AccessModesMissing, ///< the volume lacks a requested access mode
    BoundToOtherClaim, ///< claimRef names another claim
    CapacityTooSmall, ///< capacity < request (exact comparison)
    VolumeModeMismatch, ///< Filesystem vs Block
    VolumeAttributesClassMismatch,
    BeingDeleted, ///< deletionTimestamp set
    WaitingForFirstConsumer, ///< delay binding: only pre-bound volumes are taken now
    NotAvailable, ///< phase is not Available
    SelectorMismatch, ///< spec.selector does not match the volume's labels
    ClassMismatch, ///< storage classes differ
    /// The volume's spec.nodeAffinity excludes the claim's selected node (the scheduler's
    /// path: volume.kubernetes.io/selected-node of a WaitForFirstConsumer claim).
    NodeAffinityMismatch,
};

/// The first rule of FindMatchingVolume the volume fails for the claim, PreBoundToClaim
/// when it is pre-bound to the claim, or Selected when it passes them all (it is then a
/// candidate; the smallest candidate of the first access-mode set wins). Access modes are
/// tested first, as the index only searches sets that contain all requested modes.
VolumeRule checkVolume(const PersistentVolumeClaim& claim, const PersistentVolume& volume, bool delayBinding);

/// FindMatchingVolume over @p candidates (indexes into @p volumes): the index of the
/// volume pre-bound to the claim, else of the smallest eligible one; -1 if none.
qsizetype findMatchingVolume(const PersistentVolumeClaim& claim, const SharedList<PersistentVolume>& volumes,
    const QList<qsizetype>& candidates, bool delayBinding);
/// findBestMatchForClaim: searches the access-mode sets fewest-modes first and returns the
/// index in @p volumes of the volume to bind, or -1.
qsizetype findBestMatch(
    const PersistentVolumeClaim& claim, const SharedList<PersistentVolume>& volumes, bool delayBinding);
/// The scheduler's choice for a WaitForFirstConsumer claim on node @p nodeName
/// (volumebinding findMatchingVolumes → FindMatchingVolume with a node): every volume at
/// once, not by access-mode sets, access modes and node affinity checked, the smallest
/// that fits wins — so where the PV controller prefers the exact modes (fewest-modes
/// first), the scheduler prefers the smallest volume. The index in @p volumes, or -1.
qsizetype findSchedulerMatch(
    const PersistentVolumeClaim& claim, const SharedList<PersistentVolume>& volumes, const QString& nodeName);

// ---- a claim that names its volume (spec.volumeName) -----------------------------------

/// checkVolumeSatisfyClaim, the checks of a user pre-bound claim, in Kubernetes' order.
enum class VolumeMismatch {
    None,
    MarkedForDeletion, ///< "the volume is marked for deletion \"pv1\""
    TooSmall, ///< "requested PV is too small" (Value() comparison)
    ClassMismatch, ///< "storageClassName does not match"
    VolumeModeMismatch, ///< "incompatible volumeMode"
    AccessModeMismatch, ///< "incompatible accessMode"
};
VolumeMismatch checkVolumeSatisfiesClaim(const PersistentVolume& volume, const PersistentVolumeClaim& claim);
/// The Go error text of a mismatch, exactly ("requested PV is too small"); "" for None.
QString volumeMismatchText(VolumeMismatch mismatch, const QString& volumeName);

// ---- event texts (exactly Kubernetes') ---------------------------------------------------

/// VolumeMismatch: `Cannot bind to requested volume "pv1": <reason>`.
QString volumeMismatchEventMessage(const QString& volumeName, VolumeMismatch mismatch);
/// FailedBinding: `volume "pv1" already bound to a different claim.`
QString alreadyBoundEventMessage(const QString& volumeName);
/// FailedBinding: "no persistent volumes available for this claim and no storage class is set".
QString noVolumeNoClassEventMessage();
/// WaitForFirstConsumer / WaitForPodScheduled message for the pods that use the claim and
/// are not scheduled yet (empty: "waiting for first consumer to be created before binding").
QString waitForConsumerEventMessage(const QStringList& unscheduledPods);
/// ProvisioningFailed: `storageclass.storage.k8s.io "fast" not found`.
QString classNotFoundEventMessage(const QString& className);
/// ExternalProvisioning: "Waiting for a volume to be created either by the external
/// provisioner '<p>' or manually by the system administrator. ...".
QString externalProvisioningEventMessage(const QString& provisioner);

// ---- explanation for the UI ------------------------------------------------------------

/// A stable identifier of a rule ("CapacityTooSmall"), for logs, tests and icons.
QString ruleId(VolumeRule rule);
/// True when the rule means the volume can serve the claim (Selected, PreBoundToClaim,
/// MoreAccessModesThanChosen, LargerThanChosen).
bool ruleIsEligible(VolumeRule rule);

/// One volume judged for one claim.
struct CandidateExplanation
{
    QString volumeName;
    VolumeRule rule = VolumeRule::Selected;
    /// For a volume the claim names in spec.volumeName: the pre-bound check that failed.
    VolumeMismatch mismatch = VolumeMismatch::None;
    /// One translated sentence a person can act on ("Capacity 5Gi is less than the
    /// requested 10Gi.").
    QString message;
};

/// Why a claim is where it is, in one sentence, plus the verdict on every volume.
struct ClaimDiagnosis
{
    enum class State {
        Bound, ///< bound to its volume
        Lost, ///< phase Lost (its volume is gone or bound elsewhere)
        WillBind, ///< a volume matches; the binder takes it on its next pass
        RequestedVolumeMissing, ///< spec.volumeName names a volume that does not exist
        RequestedVolumeMismatch, ///< the named volume fails a check (see mismatch)
        RequestedVolumeBoundElsewhere, ///< the named volume belongs to another claim
        WaitingForFirstConsumer, ///< WaitForFirstConsumer and no pod uses it yet
        WaitingForPodScheduled, ///< pods use it and wait to be scheduled
        Provisioning, ///< an (external) provisioner is asked to create the volume
        ClassNotFound, ///< the named StorageClass does not exist
        DefaultClassPending, ///< no class; the default class will be assigned
        NoVolumeNoClass, ///< nothing matches and no class to provision from
        NoMatchingVolume, ///< a static class (no provisioner) and nothing matches
        InvalidSelector, ///< spec.selector cannot be parsed: the binder fails with an error
        UnsupportedAccessMode, ///< spec.accessModes names a mode Kubernetes does not know
    };
    State state = State::NoVolumeNoClass;
    QString volumeName; ///< the bound, named or matching volume, if any
    VolumeMismatch mismatch = VolumeMismatch::None;
    QString message; ///< one translated sentence
    QList<CandidateExplanation> candidates; ///< one per volume, in the order given
};

/// Diagnoses @p claim against every volume and class; @p unscheduledPods are the names of
/// pods that use the claim and have no node yet (for WaitForFirstConsumer claims).
/// With @p withCandidates false the per-volume verdicts are not made (`candidates` stays
/// empty): the sentence alone, for the claims table's "Why" column.
ClaimDiagnosis diagnoseClaim(const PersistentVolumeClaim& claim, const SharedList<PersistentVolume>& volumes,
    const QList<StorageClass>& classes, const QStringList& unscheduledPods = {}, bool withCandidates = true);
/// The verdict on each volume for the claim, in the order of @p volumes (what
/// diagnoseClaim puts in `candidates`).
QList<CandidateExplanation> explainCandidates(
    const PersistentVolumeClaim& claim, const SharedList<PersistentVolume>& volumes, bool delayBinding);

/// Kubernetes' external provisioners: anything that is not an in-tree `kubernetes.io/`
/// plugin.
bool isExternalProvisioner(const QString& provisioner);

} // namespace ase::binding
