// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/binding/VolumeBinding.h"

#include "models/resources/JsonFields.h"
#include "models/resources/LabelSelector.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace ase::binding {

namespace {

Quantity requestOf(const PersistentVolumeClaim& claim)
{
    return claim.requestedStorage.value_or(Quantity());
}

Quantity capacityOf(const PersistentVolume& volume)
{
    return volume.capacity.value_or(Quantity());
}

/// The rules FindMatchingVolume applies to one volume of a candidate set, in its order.
/// `node` is the scheduler's node (empty on the PV controller's path).
VolumeRule matchRule(const PersistentVolumeClaim& claim, const PersistentVolume& volume, bool delayBinding,
    const QString& node = {})
{
    const bool boundToClaim = isVolumeBoundToClaim(volume, claim);
    if (volume.claimRef && !boundToClaim)
        return VolumeRule::BoundToOtherClaim;
    if ((capacityOf(volume) <=> requestOf(claim)) < 0)
        return VolumeRule::CapacityTooSmall;
    if (volumeModeMismatch(claim, volume))
        return VolumeRule::VolumeModeMismatch;
    if (volume.volumeAttributesClassName != claim.volumeAttributesClassName)
        return VolumeRule::VolumeAttributesClassMismatch;
    if (volume.metadata.isTerminating())
        return VolumeRule::BeingDeleted;
    const bool nodeAffinityValid = node.isEmpty() || volumeNodeAffinityMatches(volume, node);
    if (boundToClaim)
        return nodeAffinityValid ? VolumeRule::PreBoundToClaim : VolumeRule::NodeAffinityMismatch;
    if (node.isEmpty() && delayBinding)
        return VolumeRule::WaitingForFirstConsumer;
    if (volume.phase != u"Available")
        return VolumeRule::NotAvailable;
    if (!selectorMatchesVolume(claim, volume))
        return VolumeRule::SelectorMismatch;
    if (volume.storageClassName != claim.storageClassName)
        return VolumeRule::ClassMismatch;
    if (!nodeAffinityValid)
        return VolumeRule::NodeAffinityMismatch;
    if (!node.isEmpty() && !volumeHasAccessModes(volume, claim))
        return VolumeRule::AccessModesMissing;
    return VolumeRule::Selected;
}

QString className(const QString& name)
{
    return name.isEmpty() ? QCoreApplication::translate("ase::binding", "(none)") : name;
}

QString modesText(AccessModes modes)
{
    const QString text = accessModesAbbreviation(modes);
    return text.isEmpty() ? QCoreApplication::translate("ase::binding", "(none)") : text;
}

QString quantityText(const std::optional<Quantity>& quantity)
{
    return quantity ? quantity->toString() : QCoreApplication::translate("ase::binding", "(none)");
}

VolumeRule ruleOfMismatch(VolumeMismatch mismatch)
{
    switch (mismatch) {
    case VolumeMismatch::MarkedForDeletion:
        return VolumeRule::BeingDeleted;
    case VolumeMismatch::TooSmall:
        return VolumeRule::CapacityTooSmall;
    case VolumeMismatch::ClassMismatch:
        return VolumeRule::ClassMismatch;
    case VolumeMismatch::VolumeModeMismatch:
        return VolumeRule::VolumeModeMismatch;
    case VolumeMismatch::AccessModeMismatch:
        return VolumeRule::AccessModesMissing;
    case VolumeMismatch::None:
        break;
    }
    return VolumeRule::Selected;
}

QString ruleMessage(VolumeRule rule, const PersistentVolumeClaim& claim, const PersistentVolume& volume,
    const QString& chosen)
{
    switch (rule) {
    case VolumeRule::Selected:
        return claim.bindCompleted
            ? QCoreApplication::translate("ase::binding", "The claim is bound to this volume.")
            : QCoreApplication::translate("ase::binding", "The binder binds the claim to this volume.");
    case VolumeRule::PreBoundToClaim:
        return QCoreApplication::translate("ase::binding",
            "This volume is reserved for the claim (its claimRef names it), so the binder takes it first.");
    case VolumeRule::MoreAccessModesThanChosen:
        return QCoreApplication::translate("ase::binding",
            "It fits too, but %1 was chosen: volumes whose access modes match the request more closely "
            "are tried first.")
            .arg(chosen);
    case VolumeRule::LargerThanChosen:
        return QCoreApplication::translate(
            "ase::binding", "It fits too, but %1 was chosen: the binder takes the smallest volume that fits.")
            .arg(chosen);
    case VolumeRule::NotRequested:
        return QCoreApplication::translate(
            "ase::binding", "The claim asks for volume %1 by name (spec.volumeName).")
            .arg(claim.volumeName);
    case VolumeRule::AccessModesMissing:
        return QCoreApplication::translate(
            "ase::binding", "It offers access modes %1 but the claim needs %2.")
            .arg(modesText(volume.accessModes), modesText(claim.accessModes));
    case VolumeRule::BoundToOtherClaim:
        if (volume.phase == u"Released")
            return QCoreApplication::translate("ase::binding",
                "It is Released: it still names its deleted claim %1 (claimRef), so no other claim can bind "
                "it.")
                .arg(volume.claimKey());
        return QCoreApplication::translate("ase::binding", "It is already bound to claim %1.")
            .arg(volume.claimKey());
    case VolumeRule::CapacityTooSmall:
        return QCoreApplication::translate("ase::binding", "Its capacity %1 is less than the requested %2.")
            .arg(quantityText(volume.capacity), quantityText(claim.requestedStorage));
    case VolumeRule::VolumeModeMismatch:
        return QCoreApplication::translate("ase::binding", "Its volume mode %1 differs from the claim's %2.")
            .arg(volume.volumeMode, claim.volumeMode);
    case VolumeRule::VolumeAttributesClassMismatch:
        return QCoreApplication::translate(
            "ase::binding", "Its volume attributes class %1 differs from the claim's %2.")
            .arg(className(volume.volumeAttributesClassName), className(claim.volumeAttributesClassName));
    case VolumeRule::BeingDeleted:
        return QCoreApplication::translate("ase::binding", "The volume is being deleted.");
    case VolumeRule::WaitingForFirstConsumer:
        return QCoreApplication::translate("ase::binding",
            "The claim's class waits for the first consumer: a volume is chosen when a pod using the claim "
            "is scheduled.");
    case VolumeRule::NotAvailable:
        return QCoreApplication::translate("ase::binding", "Its phase is %1, not Available.")
            .arg(volume.phase);
    case VolumeRule::SelectorMismatch:
        return QCoreApplication::translate("ase::binding", "Its labels do not match the claim's selector.");
    case VolumeRule::ClassMismatch:
        return QCoreApplication::translate(
            "ase::binding", "Its storage class %1 differs from the claim's %2.")
            .arg(className(volume.storageClassName), className(claim.storageClassName));
    case VolumeRule::NodeAffinityMismatch:
        return QCoreApplication::translate(
            "ase::binding", "Its node affinity (%1) excludes node %2, where the claim's pod is scheduled.")
            .arg(volume.nodeAffinityTerms.join(QStringLiteral(" or ")), claim.selectedNode);
    }
    return {};
}

} // namespace

// ---- classes -------------------------------------------------------------------------------

std::optional<StorageClass> defaultStorageClass(const QList<StorageClass>& classes)
{
    const StorageClass* best = nullptr;
    for (const StorageClass& sc : classes) {
        if (!sc.isDefault)
            continue;
        if (!best) {
            best = &sc;
            continue;
        }
        const qint64 a = sc.metadata.creationTimestamp.toMSecsSinceEpoch();
        const qint64 b = best->metadata.creationTimestamp.toMSecsSinceEpoch();
        if (a > b || (a == b && sc.metadata.name < best->metadata.name))
            best = &sc;
    }
    if (!best)
        return std::nullopt;
    return *best;
}

bool claimAcceptsDefaultClass(const PersistentVolumeClaim& claim)
{
    return !claim.storageClassSpecified;
}

std::optional<StorageClass> findClass(const QList<StorageClass>& classes, const QString& name)
{
    for (const StorageClass& sc : classes) {
        if (sc.metadata.name == name)
            return sc;
    }
    return std::nullopt;
}

bool isDelayBinding(const PersistentVolumeClaim& claim, const QList<StorageClass>& classes)
{
    if (claim.storageClassName.isEmpty())
        return false;
    const std::optional<StorageClass> sc = findClass(classes, claim.storageClassName);
    return sc && sc->waitsForFirstConsumer();
}

// ---- matching ------------------------------------------------------------------------------

bool isVolumeBoundToClaim(const PersistentVolume& volume, const PersistentVolumeClaim& claim)
{
    if (!volume.claimRef)
        return false;
    if (volume.claimRef->name != claim.metadata.name || volume.claimRef->ns != claim.metadata.ns)
        return false;
    return volume.claimRef->uid.isEmpty() || volume.claimRef->uid == claim.metadata.uid;
}

bool volumeModeMismatch(const PersistentVolumeClaim& claim, const PersistentVolume& volume)
{
    return claim.volumeMode != volume.volumeMode;
}

bool volumeHasAccessModes(const PersistentVolume& volume, const PersistentVolumeClaim& claim)
{
    return (volume.accessModes & claim.accessModes) == claim.accessModes;
}

bool selectorMatchesVolume(const PersistentVolumeClaim& claim, const PersistentVolume& volume)
{
    const QJsonValue selector = claim.json().value("spec"_L1).toObject().value("selector"_L1);
    if (!selector.isObject())
        return true;
    // metav1.LabelSelectorAsSelector(...).Matches(labels); an invalid selector matches nothing.
    const std::optional<LabelSelector> parsed = LabelSelector::fromJson(selector);
    if (!parsed)
        return false;
    QMap<QString, QString> labels;
    for (auto it = volume.metadata.labels.begin(); it != volume.metadata.labels.end(); ++it)
        labels.insert(it.key(), it.value().toString());
    return parsed->matches(labels);
}

bool volumeNodeAffinityMatches(const PersistentVolume& volume, const QString& nodeName)
{
    const QJsonArray terms = volume.json()
                                 .value("spec"_L1)
                                 .toObject()
                                 .value("nodeAffinity"_L1)
                                 .toObject()
                                 .value("required"_L1)
                                 .toObject()
                                 .value("nodeSelectorTerms"_L1)
                                 .toArray();
    if (terms.isEmpty())
        return true;
    const auto holds = [&nodeName](const QJsonObject& expression) {
        if (expression.value("key"_L1).toString() != u"kubernetes.io/hostname")
            return true; // a label the name does not tell: not judged
        const QString op = expression.value("operator"_L1).toString();
        bool listed = false;
        for (const QJsonValue& v : expression.value("values"_L1).toArray())
            listed = listed || v.toString() == nodeName;
        if (op == u"In")
            return listed;
        if (op == u"NotIn")
            return !listed;
        if (op == u"DoesNotExist")
            return false;
        return true; // Exists (every node has a hostname), Gt/Lt not on names
    };
    for (const QJsonValue& term : terms) {
        const QJsonArray expressions = term.toObject().value("matchExpressions"_L1).toArray();
        const QJsonArray fields = term.toObject().value("matchFields"_L1).toArray();
        if (expressions.isEmpty() && fields.isEmpty())
            continue; // an empty term matches no node
        bool all = true;
        for (const QJsonValue& e : expressions)
            all = all && holds(e.toObject());
        for (const QJsonValue& f : fields) {
            // matchFields: only metadata.name exists, compared with the node's name.
            QJsonObject e = f.toObject();
            if (e.value("key"_L1).toString() == u"metadata.name")
                e.insert("key"_L1, u"kubernetes.io/hostname"_s);
            all = all && holds(e);
        }
        if (all)
            return true;
    }
    return false;
}

QString claimSelectorError(const PersistentVolumeClaim& claim)
{
    const QJsonValue selector = claim.json().value("spec"_L1).toObject().value("selector"_L1);
    if (!selector.isObject())
        return {};
    QString error;
    if (LabelSelector::fromJson(selector, &error))
        return {};
    return error.isEmpty() ? u"invalid label selector"_s : error;
}

QStringList unknownAccessModes(const PersistentVolumeClaim& claim)
{
    QStringList unknown;
    for (const QJsonValue& v : claim.json().value("spec"_L1).toObject().value("accessModes"_L1).toArray()) {
        if (!accessModeFromName(v.toString()))
            unknown.append(v.toString());
    }
    return unknown;
}

QList<AccessModes> candidateAccessModeSets(AccessModes requested, const SharedList<PersistentVolume>& volumes)
{
    QList<AccessModes> sets;
    for (const PersistentVolume& v : volumes) {
        if ((v.accessModes & requested) == requested && !sets.contains(v.accessModes))
            sets.append(v.accessModes);
    }
    std::sort(sets.begin(), sets.end(), [](AccessModes a, AccessModes b) {
        const int ca = accessModeCount(a);
        const int cb = accessModeCount(b);
        return ca != cb ? ca < cb : a.toInt() < b.toInt();
    });
    return sets;
}

VolumeRule checkVolume(const PersistentVolumeClaim& claim, const PersistentVolume& volume, bool delayBinding)
{
    if (!volumeHasAccessModes(volume, claim))
        return VolumeRule::AccessModesMissing;
    return matchRule(claim, volume, delayBinding);
}

namespace {

/// FindMatchingVolume's loop over `candidates`: the volume pre-bound to the claim, else the
/// smallest Selected one; -1 if none. `node`: the scheduler's node (empty: the PV controller).
qsizetype smallestMatch(const PersistentVolumeClaim& claim, const SharedList<PersistentVolume>& volumes,
    const QList<qsizetype>& candidates, bool delayBinding, const QString& node)
{
    qsizetype smallest = -1;
    for (qsizetype i : candidates) {
        const PersistentVolume& v = volumes.at(i);
        const VolumeRule rule = matchRule(claim, v, delayBinding, node);
        if (rule == VolumeRule::PreBoundToClaim)
            return i;
        if (rule != VolumeRule::Selected)
            continue;
        if (smallest < 0 || (capacityOf(volumes.at(smallest)) <=> capacityOf(v)) > 0)
            smallest = i;
    }
    return smallest;
}

} // namespace

qsizetype findMatchingVolume(const PersistentVolumeClaim& claim, const SharedList<PersistentVolume>& volumes,
    const QList<qsizetype>& candidates, bool delayBinding)
{
    return smallestMatch(claim, volumes, candidates, delayBinding, {});
}

qsizetype findBestMatch(
    const PersistentVolumeClaim& claim, const SharedList<PersistentVolume>& volumes, bool delayBinding)
{
    if (!claimSelectorError(claim).isEmpty())
        return -1; // FindMatchingVolume fails for the whole claim
    const QList<AccessModes> sets = candidateAccessModeSets(claim.accessModes, volumes);
    for (AccessModes set : sets) {
        QList<qsizetype> candidates;
        for (qsizetype i = 0; i < volumes.size(); ++i) {
            if (volumes.at(i).accessModes == set)
                candidates.append(i);
        }
        const qsizetype found = findMatchingVolume(claim, volumes, candidates, delayBinding);
        if (found >= 0)
            return found;
    }
    return -1;
}

qsizetype findSchedulerMatch(
    const PersistentVolumeClaim& claim, const SharedList<PersistentVolume>& volumes, const QString& nodeName)
{
    QList<qsizetype> all(volumes.size());
    std::iota(all.begin(), all.end(), qsizetype(0));
    return smallestMatch(claim, volumes, all, true, nodeName);
}

// ---- pre-bound claims ----------------------------------------------------------------------

VolumeMismatch checkVolumeSatisfiesClaim(const PersistentVolume& volume, const PersistentVolumeClaim& claim)
{
    if (volume.metadata.isTerminating())
        return VolumeMismatch::MarkedForDeletion;
    if (capacityOf(volume).value() < requestOf(claim).value())
        return VolumeMismatch::TooSmall;
    if (volume.storageClassName != claim.storageClassName)
        return VolumeMismatch::ClassMismatch;
    if (volumeModeMismatch(claim, volume))
        return VolumeMismatch::VolumeModeMismatch;
    if (!volumeHasAccessModes(volume, claim))
        return VolumeMismatch::AccessModeMismatch;
    return VolumeMismatch::None;
}

QString volumeMismatchText(VolumeMismatch mismatch, const QString& volumeName)
{
    switch (mismatch) {
    case VolumeMismatch::None:
        return {};
    case VolumeMismatch::MarkedForDeletion:
        return u"the volume is marked for deletion \""_s + volumeName + u'"';
    case VolumeMismatch::TooSmall:
        return u"requested PV is too small"_s;
    case VolumeMismatch::ClassMismatch:
        return u"storageClassName does not match"_s;
    case VolumeMismatch::VolumeModeMismatch:
        return u"incompatible volumeMode"_s;
    case VolumeMismatch::AccessModeMismatch:
        return u"incompatible accessMode"_s;
    }
    return {};
}

// ---- event texts ---------------------------------------------------------------------------

QString volumeMismatchEventMessage(const QString& volumeName, VolumeMismatch mismatch)
{
    return u"Cannot bind to requested volume \""_s + volumeName + u"\": "_s
        + volumeMismatchText(mismatch, volumeName);
}

QString alreadyBoundEventMessage(const QString& volumeName)
{
    return u"volume \""_s + volumeName + u"\" already bound to a different claim."_s;
}

QString noVolumeNoClassEventMessage()
{
    return u"no persistent volumes available for this claim and no storage class is set"_s;
}

QString waitForConsumerEventMessage(const QStringList& unscheduledPods)
{
    if (unscheduledPods.isEmpty())
        return u"waiting for first consumer to be created before binding"_s;
    if (unscheduledPods.size() == 1)
        return u"waiting for pod "_s + unscheduledPods.first() + u" to be scheduled"_s;
    return u"waiting for pods "_s + unscheduledPods.join(u',') + u" to be scheduled"_s;
}

QString classNotFoundEventMessage(const QString& className)
{
    return u"storageclass.storage.k8s.io \""_s + className + u"\" not found"_s;
}

QString externalProvisioningEventMessage(const QString& provisioner)
{
    return u"Waiting for a volume to be created either by the external provisioner '"_s + provisioner
        + u"' or manually by the system administrator. If volume creation is delayed, please verify that the "
          u"provisioner is running and correctly registered."_s;
}

// ---- explanation ---------------------------------------------------------------------------

QString ruleId(VolumeRule rule)
{
    switch (rule) {
    case VolumeRule::Selected:
        return u"Selected"_s;
    case VolumeRule::PreBoundToClaim:
        return u"PreBoundToClaim"_s;
    case VolumeRule::MoreAccessModesThanChosen:
        return u"MoreAccessModesThanChosen"_s;
    case VolumeRule::LargerThanChosen:
        return u"LargerThanChosen"_s;
    case VolumeRule::NotRequested:
        return u"NotRequested"_s;
    case VolumeRule::AccessModesMissing:
        return u"AccessModesMissing"_s;
    case VolumeRule::BoundToOtherClaim:
        return u"BoundToOtherClaim"_s;
    case VolumeRule::CapacityTooSmall:
        return u"CapacityTooSmall"_s;
    case VolumeRule::VolumeModeMismatch:
        return u"VolumeModeMismatch"_s;
    case VolumeRule::VolumeAttributesClassMismatch:
        return u"VolumeAttributesClassMismatch"_s;
    case VolumeRule::BeingDeleted:
        return u"BeingDeleted"_s;
    case VolumeRule::WaitingForFirstConsumer:
        return u"WaitingForFirstConsumer"_s;
    case VolumeRule::NotAvailable:
        return u"NotAvailable"_s;
    case VolumeRule::SelectorMismatch:
        return u"SelectorMismatch"_s;
    case VolumeRule::ClassMismatch:
        return u"ClassMismatch"_s;
    case VolumeRule::NodeAffinityMismatch:
        return u"NodeAffinityMismatch"_s;
    }
    return {};
}

bool ruleIsEligible(VolumeRule rule)
{
    return rule == VolumeRule::Selected || rule == VolumeRule::PreBoundToClaim
        || rule == VolumeRule::MoreAccessModesThanChosen || rule == VolumeRule::LargerThanChosen;
}

QList<CandidateExplanation> explainCandidates(
    const PersistentVolumeClaim& claim, const SharedList<PersistentVolume>& volumes, bool delayBinding)
{
    QList<CandidateExplanation> result;
    result.reserve(volumes.size());

    if (!claim.volumeName.isEmpty()) {
        for (const PersistentVolume& v : volumes) {
            CandidateExplanation e;
            e.volumeName = v.metadata.name;
            if (v.metadata.name != claim.volumeName) {
                e.rule = VolumeRule::NotRequested;
            } else if (!v.claimRef) {
                e.mismatch = checkVolumeSatisfiesClaim(v, claim);
                e.rule = ruleOfMismatch(e.mismatch);
            } else {
                e.rule
                    = isVolumeBoundToClaim(v, claim) ? VolumeRule::Selected : VolumeRule::BoundToOtherClaim;
            }
            e.message = ruleMessage(e.rule, claim, v, {});
            result.append(e);
        }
        return result;
    }

    const qsizetype best = findBestMatch(claim, volumes, delayBinding);
    const QString chosen = best >= 0 ? volumes.at(best).metadata.name : QString();
    for (qsizetype i = 0; i < volumes.size(); ++i) {
        const PersistentVolume& v = volumes.at(i);
        CandidateExplanation e;
        e.volumeName = v.metadata.name;
        e.rule = checkVolume(claim, v, delayBinding);
        if (i == best) {
            e.rule = e.rule == VolumeRule::PreBoundToClaim ? e.rule : VolumeRule::Selected;
        } else if (ruleIsEligible(e.rule) && best >= 0) {
            e.rule = v.accessModes == volumes.at(best).accessModes ? VolumeRule::LargerThanChosen
                                                                   : VolumeRule::MoreAccessModesThanChosen;
        }
        e.message = ruleMessage(e.rule, claim, v, chosen);
        result.append(e);
    }
    return result;
}

bool isExternalProvisioner(const QString& provisioner)
{
    return !provisioner.startsWith(u"kubernetes.io/");
}

namespace {

using State = ClaimDiagnosis::State;

/// A claim the binder is done with (Lost, Bound) or cannot bind at all (an unknown access
/// mode, an invalid selector): true with @p d said.
bool diagnoseSettled(const PersistentVolumeClaim& claim, ClaimDiagnosis& d)
{
    if (claim.phase == u"Lost") {
        d.state = State::Lost;
        d.message = claim.volumeName.isEmpty()
            ? QCoreApplication::translate("ase::binding",
                "The claim is Lost: it has lost the reference to its volume. Data on the volume is lost.")
            : QCoreApplication::translate(
                "ase::binding", "The claim is Lost: its volume %1 is gone or bound to another claim.")
                  .arg(claim.volumeName);
        return true;
    }
    if (claim.bindCompleted || claim.phase == u"Bound") {
        d.state = State::Bound;
        d.message = QCoreApplication::translate("ase::binding", "The claim is bound to volume %1.")
                        .arg(claim.volumeName);
        return true;
    }
    if (const QStringList unknown = unknownAccessModes(claim); !unknown.isEmpty()) {
        d.state = State::UnsupportedAccessMode;
        d.message = QCoreApplication::translate("ase::binding",
            "The claim asks for access mode %1, which Kubernetes does not know (use ReadWriteOnce, "
            "ReadOnlyMany, ReadWriteMany or ReadWriteOncePod).")
                        .arg(unknown.join(QStringLiteral(", ")));
        return true;
    }
    if (const QString error = claimSelectorError(claim); !error.isEmpty()) {
        d.state = State::InvalidSelector;
        d.message = QCoreApplication::translate(
            "ase::binding", "The claim's selector is invalid, so the binder fails on it: %1")
                        .arg(error);
        return true;
    }
    return false;
}

/// A claim that names its volume (spec.volumeName).
void diagnoseRequestedVolume(
    const PersistentVolumeClaim& claim, const SharedList<PersistentVolume>& volumes, ClaimDiagnosis& d)
{
    const auto it = std::find_if(volumes.begin(), volumes.end(),
        [&](const PersistentVolume& v) { return v.metadata.name == claim.volumeName; });
    if (it == volumes.end()) {
        d.state = State::RequestedVolumeMissing;
        d.message = QCoreApplication::translate("ase::binding",
            "The claim asks for volume %1, which does not exist; it stays Pending until the volume "
            "is created.")
                        .arg(claim.volumeName);
    } else if (!it->claimRef) {
        d.mismatch = checkVolumeSatisfiesClaim(*it, claim);
        if (d.mismatch == VolumeMismatch::None) {
            d.state = State::WillBind;
            d.message = QCoreApplication::translate(
                "ase::binding", "Volume %1 fits; the binder binds it on its next pass.")
                            .arg(claim.volumeName);
        } else {
            d.state = State::RequestedVolumeMismatch;
            d.message = QCoreApplication::translate("ase::binding", "Volume %1 cannot be used: %2")
                            .arg(claim.volumeName, ruleMessage(ruleOfMismatch(d.mismatch), claim, *it, {}));
        }
    } else if (isVolumeBoundToClaim(*it, claim)) {
        d.state = State::WillBind;
        d.message = QCoreApplication::translate("ase::binding",
            "Volume %1 is reserved for this claim; the binder completes the binding on its next "
            "pass.")
                        .arg(claim.volumeName);
    } else {
        d.state = State::RequestedVolumeBoundElsewhere;
        d.message = it->phase == u"Released"
            ? QCoreApplication::translate("ase::binding",
                "Volume %1 is Released: it still names its deleted claim %2, so this claim cannot bind "
                "it "
                "until that reference is removed.")
                  .arg(claim.volumeName, it->claimKey())
            : QCoreApplication::translate("ase::binding", "Volume %1 is already bound to claim %2.")
                  .arg(claim.volumeName, it->claimKey());
    }
}

/// A claim no volume matches: what the classes make of it.
void diagnoseByClass(const PersistentVolumeClaim& claim, const QList<StorageClass>& classes,
    const QStringList& unscheduledPods, bool delay, ClaimDiagnosis& d)
{
    if (claimAcceptsDefaultClass(claim)) {
        if (const std::optional<StorageClass> def = defaultStorageClass(classes)) {
            d.state = State::DefaultClassPending;
            d.message = QCoreApplication::translate("ase::binding",
                "No volume matches and the claim names no class; the default class %1 will be "
                "assigned.")
                            .arg(def->metadata.name);
            return;
        }
    }
    if (delay && claim.selectedNode.isEmpty()) {
        d.state = unscheduledPods.isEmpty() ? State::WaitingForFirstConsumer : State::WaitingForPodScheduled;
        d.message = unscheduledPods.isEmpty()
            ? QCoreApplication::translate("ase::binding",
                "Class %1 waits for the first consumer: the volume is created when a pod that uses the claim "
                "is "
                "scheduled.")
                  .arg(claim.storageClassName)
            : QCoreApplication::translate(
                "ase::binding", "Class %1 waits for the first consumer: pod %2 must be scheduled first.")
                  .arg(claim.storageClassName, unscheduledPods.join(u", "_s));
        return;
    }
    if (!claim.storageClassName.isEmpty()) {
        const std::optional<StorageClass> sc = findClass(classes, claim.storageClassName);
        if (!sc) {
            d.state = State::ClassNotFound;
            d.message = QCoreApplication::translate(
                "ase::binding", "Storage class %1 does not exist and no volume matches.")
                            .arg(claim.storageClassName);
        } else if (sc->provisioner == u"kubernetes.io/no-provisioner") {
            d.state = State::NoMatchingVolume;
            d.message = QCoreApplication::translate(
                "ase::binding", "No volume matches and class %1 cannot create volumes (no provisioner).")
                            .arg(claim.storageClassName);
        } else {
            d.state = State::Provisioning;
            d.message = QCoreApplication::translate(
                "ase::binding", "Waiting for provisioner %1 to create a volume of class %2.")
                            .arg(sc->provisioner, claim.storageClassName);
        }
        return;
    }
    d.state = State::NoVolumeNoClass;
    d.message = QCoreApplication::translate(
        "ase::binding", "No volume matches and the claim names no storage class to create one from.");
}

} // namespace

ClaimDiagnosis diagnoseClaim(const PersistentVolumeClaim& claim, const SharedList<PersistentVolume>& volumes,
    const QList<StorageClass>& classes, const QStringList& unscheduledPods, bool withCandidates)
{
    ClaimDiagnosis d;
    const bool delay = isDelayBinding(claim, classes);
    if (withCandidates)
        d.candidates = explainCandidates(claim, volumes, delay);
    d.volumeName = claim.volumeName;
    if (diagnoseSettled(claim, d))
        return d;
    if (!claim.volumeName.isEmpty()) {
        diagnoseRequestedVolume(claim, volumes, d);
        return d;
    }
    const qsizetype best = findBestMatch(claim, volumes, delay);
    if (best >= 0) {
        d.state = State::WillBind;
        d.volumeName = volumes.at(best).metadata.name;
        d.message = QCoreApplication::translate(
            "ase::binding", "Volume %1 matches; the binder binds it on its next pass.")
                        .arg(d.volumeName);
        return d;
    }
    diagnoseByClass(claim, classes, unscheduledPods, delay, d);
    return d;
}

} // namespace ase::binding
