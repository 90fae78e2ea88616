// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/provisioning/ClaimDraft.h"
#include "models/provisioning/ProvisioningContext.h"

#include <QList>
#include <QString>

#include <optional>

/// The static wizard's source page (and `claim static`'s refusals): every share and
/// PersistentVolume, and whether a new claim could bind it, with the reason when not. The
/// verdicts come from the binder's own rules (models/binding).
namespace ase::provisioning {

struct VolumeCandidate
{
    enum class Verdict : quint8 {
        Claimable, ///< a claim of the draft's size and modes binds it
        BoundToClaim, ///< bound to (or reserved for) another claim: boundClaim
        Released, ///< its claim was deleted; it keeps that claim's data (reclaim policy)
        Failed, ///< phase Failed (a reclaim failed)
        BeingDeleted,
        HasStorageClass, ///< it belongs to a class; a class-less claim cannot bind it
        AccessModesMissing, ///< it lacks a mode the draft asks for
        TooSmall, ///< capacity below the draft's size
        VolumeModeMismatch, ///< Block vs Filesystem
        SelectorMismatch, ///< the draft's selector (kept as written) does not match it
        NotMounted, ///< a share not mounted for Edge compute: it has no PV yet
        ShareWithoutVolume, ///< a mounted share whose PV has not appeared (yet)
    };

    QString shareName; ///< the device share, "" for a PV that is not a share's
    QString volumeName; ///< the PV, "" when the share has none
    Verdict verdict = Verdict::Claimable;
    QString reason; ///< one translated sentence; empty when Claimable
    QString boundClaim; ///< "ns/name" for BoundToClaim and Released
    std::optional<Quantity> capacity;
    AccessModes accessModes;
    QString protocol; ///< "SMB"/"NFS" for shares
    QString reclaimPolicy;

    bool claimable() const { return verdict == Verdict::Claimable; }
};

/// A stable identifier of a verdict ("NotMounted"), for tests and the CLI's JSON.
QString verdictId(VolumeCandidate::Verdict verdict);

/// Judges one volume (and the share it belongs to, if any) for a new claim as @p draft
/// describes it (size, access modes, extras such as a selector).
VolumeCandidate judgeVolume(const PersistentVolume& volume, const Share* share, const ClaimDraft& draft);
/// A share that has no PV: NotMounted, or ShareWithoutVolume when it is mounted.
VolumeCandidate judgeShareWithoutVolume(const Share& share);

/// A static draft for a PV the user picked ("Claim this volume…", `claim static --volume`):
/// its whole capacity, and ReadWriteMany when it offers it (else ReadWriteOnce, else its
/// first mode). A share's PV takes the seed's 10Gi ReadWriteMany instead (forShare()).
ClaimDraft draftForVolume(const PersistentVolume& volume);

/// Every share (with its PV, if any) and every PV that is not a share's, shares first,
/// each sorted by name.
QList<VolumeCandidate> staticCandidates(const ProvisioningContext& context, const ClaimDraft& draft);

} // namespace ase::provisioning
