// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/binding/VolumeBinding.h"
#include "models/resources/Event.h"
#include "models/resources/Share.h"

#include <QList>
#include <QString>

/// "Why is this claim Pending?" beyond the diagnosis: what to do about it, with the action
/// the app can take where there is one (the window's buttons, the command's advice lines).
namespace ase::binding {

struct Advice
{
    enum class Action : quint8 {
        None, ///< advice in words only
        MountShare, ///< mount the share `target` for Edge compute (its PV appears)
        OpenStaticWizard, ///< claim a share or volume with the static wizard (`target`: a share or "")
        CreateConsumer, ///< create a pod that uses the claim (WaitForFirstConsumer)
        UseShare, ///< the class cannot give the mode: claim a share instead
        ClearClaimRef, ///< make the Released volume `target` Available again (the patch in `patch`)
        ChooseVolume, ///< name another volume, or none
    };
    Action action = Action::None;
    QString target; ///< the share or volume the action is about
    QString text; ///< one translated sentence
    /// For ClearClaimRef: the JSON merge patch (`{"spec":{"claimRef":null}}`) the app sends,
    /// and the kubectl command sending the same.
    QString patch;
    QString kubectlCommand;
};

/// A stable identifier of a diagnosis state ("WaitingForFirstConsumer").
QString stateId(ClaimDiagnosis::State state);
/// A stable identifier of an action ("MountShare"), for JSON output and tests.
QString actionId(Advice::Action action);

/// The advice for a claim diagnosed by diagnoseClaim(). @p shares (the device's, when
/// known) tell an unmounted share from a missing volume; @p events are the claim's (its
/// ProvisioningFailed message is quoted, with the likely fix).
QList<Advice> adviseClaim(const ClaimDiagnosis& diagnosis, const PersistentVolumeClaim& claim,
    const SharedList<PersistentVolume>& volumes, const QList<Share>& shares, bool sharesKnown,
    const QList<Event>& events);

/// The newest Warning ProvisioningFailed event's message, or "".
QString provisioningFailure(const QList<Event>& events);

} // namespace ase::binding
