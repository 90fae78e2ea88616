// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/provisioning/VolumeCandidates.h"

#include "models/binding/VolumeBinding.h"
#include "models/provisioning/ClaimManifests.h"
#include "models/provisioning/ProvisioningText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ase::provisioning {

namespace {

QString modesText(AccessModes modes)
{
    return modes ? accessModeNames(modes).join(u", "_s) : Text::tr("no access mode");
}

PersistentVolumeClaim claimFor(const ClaimDraft& draft, const QString& volumeName)
{
    ClaimDraft d = draft;
    d.source = ClaimSource::Volume;
    d.volumeName = volumeName;
    return PersistentVolumeClaim::fromJson(claimManifest(d));
}

VolumeCandidate fromShare(const Share* share)
{
    VolumeCandidate c;
    if (share) {
        c.shareName = share->name;
        c.protocol = share->accessProtocol.toUpper();
    }
    return c;
}

} // namespace

QString verdictId(VolumeCandidate::Verdict verdict)
{
    using V = VolumeCandidate::Verdict;
    switch (verdict) {
    case V::Claimable:
        return u"Claimable"_s;
    case V::BoundToClaim:
        return u"BoundToClaim"_s;
    case V::Released:
        return u"Released"_s;
    case V::Failed:
        return u"Failed"_s;
    case V::BeingDeleted:
        return u"BeingDeleted"_s;
    case V::HasStorageClass:
        return u"HasStorageClass"_s;
    case V::AccessModesMissing:
        return u"AccessModesMissing"_s;
    case V::TooSmall:
        return u"TooSmall"_s;
    case V::VolumeModeMismatch:
        return u"VolumeModeMismatch"_s;
    case V::SelectorMismatch:
        return u"SelectorMismatch"_s;
    case V::NotMounted:
        return u"NotMounted"_s;
    case V::ShareWithoutVolume:
        return u"ShareWithoutVolume"_s;
    }
    return {};
}

VolumeCandidate judgeVolume(const PersistentVolume& volume, const Share* share, const ClaimDraft& draft)
{
    using V = VolumeCandidate::Verdict;
    VolumeCandidate c = fromShare(share);
    c.volumeName = volume.metadata.name;
    c.capacity = volume.capacity;
    c.accessModes = volume.accessModes;
    c.reclaimPolicy = volume.reclaimPolicy;
    const PersistentVolumeClaim claim = claimFor(draft, volume.metadata.name);
    const auto set = [&c](V verdict, const QString& reason) {
        c.verdict = verdict;
        c.reason = reason;
        return c;
    };

    if (volume.metadata.isTerminating())
        return set(V::BeingDeleted, Text::tr("It is being deleted."));
    if (volume.claimRef) {
        c.boundClaim = volume.claimKey();
        if (volume.phase == u"Released") {
            return set(V::Released,
                volume.reclaimPolicy == u"Delete"
                    ? Text::tr(
                        "Released: its claim %1 was deleted, and with reclaim policy Delete the volume and "
                        "its data are being removed.")
                          .arg(c.boundClaim)
                    : Text::tr(
                        "Released: it still holds the data of the deleted claim %1. With reclaim policy "
                        "%2 no new claim can bind it until an administrator removes its claimRef.")
                          .arg(c.boundClaim, volume.reclaimPolicy));
        }
        if (!binding::isVolumeBoundToClaim(volume, claim))
            return set(V::BoundToClaim,
                volume.phase == u"Bound"
                    ? Text::tr("Already bound to claim %1.").arg(c.boundClaim)
                    : Text::tr("Reserved for claim %1 (its claimRef names it).").arg(c.boundClaim));
    }
    if (volume.phase == u"Failed")
        return set(V::Failed,
            volume.message.isEmpty() ? Text::tr("Failed: reclaiming it did not complete.")
                                     : Text::tr("Failed: %1").arg(volume.message));
    if (!volume.storageClassName.isEmpty())
        return set(V::HasStorageClass,
            Text::tr("It belongs to StorageClass %1; a claim with storageClassName \"\" binds only volumes "
                     "without a class.")
                .arg(volume.storageClassName));
    switch (binding::checkVolumeSatisfiesClaim(volume, claim)) {
    case binding::VolumeMismatch::None:
    case binding::VolumeMismatch::MarkedForDeletion:
    case binding::VolumeMismatch::ClassMismatch:
        break;
    case binding::VolumeMismatch::TooSmall:
        return set(V::TooSmall,
            Text::tr("Its capacity %1 is less than the requested %2.")
                .arg(volume.capacity ? volume.capacity->toString() : Text::tr("(none)"),
                    claim.requestedStorage ? claim.requestedStorage->toString() : Text::tr("(none)")));
    case binding::VolumeMismatch::VolumeModeMismatch:
        return set(V::VolumeModeMismatch,
            Text::tr("Its volume mode is %1; the claim's is %2.").arg(volume.volumeMode, claim.volumeMode));
    case binding::VolumeMismatch::AccessModeMismatch:
        return set(V::AccessModesMissing,
            Text::tr("It offers %1; the claim asks for %2.")
                .arg(modesText(volume.accessModes), modesText(claim.accessModes)));
    }
    if (!binding::selectorMatchesVolume(claim, volume))
        return set(V::SelectorMismatch, Text::tr("Its labels do not match the claim's selector."));
    return c;
}

VolumeCandidate judgeShareWithoutVolume(const Share& share)
{
    VolumeCandidate c = fromShare(&share);
    if (share.isMountedForCompute()) {
        c.verdict = VolumeCandidate::Verdict::ShareWithoutVolume;
        c.reason = Text::tr("Mounted for Edge compute, but its PersistentVolume has not appeared yet.");
    } else {
        c.verdict = VolumeCandidate::Verdict::NotMounted;
        c.reason = Text::tr("Not mounted for Edge compute, so Kubernetes has no PersistentVolume for it yet. "
                            "Mount it for Edge compute to claim it.");
    }
    return c;
}

ClaimDraft draftForVolume(const PersistentVolume& volume)
{
    ClaimDraft draft = ClaimDraft::forVolume(volume.metadata.name);
    if (volume.capacity)
        draft.size = volume.capacity->toString();
    for (const AccessMode mode : {AccessMode::ReadWriteMany, AccessMode::ReadWriteOnce,
             AccessMode::ReadOnlyMany, AccessMode::ReadWriteOncePod}) {
        if (volume.accessModes.testFlag(mode)) {
            draft.accessModes = mode;
            break;
        }
    }
    return draft;
}

QList<VolumeCandidate> staticCandidates(const ProvisioningContext& context, const ClaimDraft& draft)
{
    QList<VolumeCandidate> shares;
    QList<VolumeCandidate> volumes;
    for (const Share& share : context.shares) {
        const PersistentVolume* volume = context.volume(share.name);
        shares.append(volume ? judgeVolume(*volume, &share, draft) : judgeShareWithoutVolume(share));
    }
    for (const PersistentVolume& volume : context.volumes) {
        if (!context.share(volume.metadata.name))
            volumes.append(judgeVolume(volume, nullptr, draft));
    }
    const auto byName = [](const VolumeCandidate& a, const VolumeCandidate& b) {
        return (a.shareName.isEmpty() ? a.volumeName : a.shareName)
            < (b.shareName.isEmpty() ? b.volumeName : b.shareName);
    };
    std::sort(shares.begin(), shares.end(), byName);
    std::sort(volumes.begin(), volumes.end(), byName);
    return shares + volumes;
}

} // namespace ase::provisioning
