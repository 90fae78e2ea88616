// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/binding/PendingAdvice.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ase::binding {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PendingAdvice)
};

Advice advice(Advice::Action action, const QString& target, const QString& text)
{
    Advice a;
    a.action = action;
    a.target = target;
    a.text = text;
    return a;
}

const Share* findShare(const QList<Share>& shares, const QString& name)
{
    const auto it
        = std::find_if(shares.cbegin(), shares.cend(), [&name](const Share& s) { return s.name == name; });
    return it == shares.cend() ? nullptr : &*it;
}

Advice clearClaimRef(const PersistentVolume& volume)
{
    Advice a = advice(Advice::Action::ClearClaimRef, volume.metadata.name,
        Text::tr(
            "Volume %1 is Released: it keeps the data of its deleted claim %2. To reuse it with that data, "
            "remove its claimRef; it becomes Available and this claim can bind it.")
            .arg(volume.metadata.name, volume.claimKey()));
    a.patch = u"{\"spec\":{\"claimRef\":null}}"_s;
    a.kubectlCommand = u"kubectl patch pv %1 --type=merge -p '%2'"_s.arg(volume.metadata.name, a.patch);
    return a;
}

} // namespace

QString stateId(ClaimDiagnosis::State state)
{
    using S = ClaimDiagnosis::State;
    switch (state) {
    case S::Bound:
        return u"Bound"_s;
    case S::Lost:
        return u"Lost"_s;
    case S::WillBind:
        return u"WillBind"_s;
    case S::RequestedVolumeMissing:
        return u"RequestedVolumeMissing"_s;
    case S::RequestedVolumeMismatch:
        return u"RequestedVolumeMismatch"_s;
    case S::RequestedVolumeBoundElsewhere:
        return u"RequestedVolumeBoundElsewhere"_s;
    case S::WaitingForFirstConsumer:
        return u"WaitingForFirstConsumer"_s;
    case S::WaitingForPodScheduled:
        return u"WaitingForPodScheduled"_s;
    case S::Provisioning:
        return u"Provisioning"_s;
    case S::ClassNotFound:
        return u"ClassNotFound"_s;
    case S::DefaultClassPending:
        return u"DefaultClassPending"_s;
    case S::NoVolumeNoClass:
        return u"NoVolumeNoClass"_s;
    case S::NoMatchingVolume:
        return u"NoMatchingVolume"_s;
    case S::InvalidSelector:
        return u"InvalidSelector"_s;
    case S::UnsupportedAccessMode:
        return u"UnsupportedAccessMode"_s;
    }
    return {};
}

QString actionId(Advice::Action action)
{
    switch (action) {
    case Advice::Action::None:
        break;
    case Advice::Action::MountShare:
        return u"MountShare"_s;
    case Advice::Action::OpenStaticWizard:
        return u"OpenStaticWizard"_s;
    case Advice::Action::CreateConsumer:
        return u"CreateConsumer"_s;
    case Advice::Action::UseShare:
        return u"UseShare"_s;
    case Advice::Action::ClearClaimRef:
        return u"ClearClaimRef"_s;
    case Advice::Action::ChooseVolume:
        return u"ChooseVolume"_s;
    }
    return u"None"_s;
}

QString provisioningFailure(const QList<Event>& events)
{
    const Event* newest = nullptr;
    for (const Event& e : events) {
        if (e.isWarning() && e.reason == u"ProvisioningFailed"
            && (!newest || e.lastSeen() >= newest->lastSeen()))
            newest = &e;
    }
    return newest ? newest->message : QString();
}

namespace {

const PersistentVolume* findVolume(const SharedList<PersistentVolume>& volumes, const QString& name)
{
    const auto it = std::find_if(volumes.cbegin(), volumes.cend(),
        [&name](const PersistentVolume& v) { return v.metadata.name == name; });
    return it == volumes.cend() ? nullptr : &*it;
}

/// The claim names a volume that does not exist: a share to mount, or one to create.
Advice adviceForMissingVolume(
    const PersistentVolumeClaim& claim, const QList<Share>& shares, bool sharesKnown)
{
    const Share* share = findShare(shares, claim.volumeName);
    if (share && !share->isMountedForCompute())
        return advice(Advice::Action::MountShare, share->name,
            Text::tr("Share %1 exists on the device but is not mounted for Edge compute, so it has no "
                     "PersistentVolume. Mount it; the claim then binds.")
                .arg(share->name));
    if (share)
        return advice(Advice::Action::None, share->name,
            Text::tr("Share %1 is mounted for Edge compute; its PersistentVolume should appear shortly.")
                .arg(share->name));
    return advice(Advice::Action::OpenStaticWizard, QString(),
        sharesKnown ? Text::tr("No share or volume is named %1. Create the share with \"Use the share with "
                               "Edge compute\", or claim an existing share or volume instead.")
                          .arg(claim.volumeName)
                    : Text::tr("No volume is named %1. If it is a device share, connect the device to see "
                               "whether it is mounted; or claim an existing volume instead.")
                          .arg(claim.volumeName));
}

/// The class's provisioner has not made the volume: its failure, if it reported one.
Advice adviceForProvisioning(const PersistentVolumeClaim& claim, const QList<Event>& events)
{
    const QString failure = provisioningFailure(events);
    if (failure.isEmpty())
        return advice(Advice::Action::None, claim.storageClassName,
            Text::tr("The provisioner has not reported a failure; check that it is running."));
    if (failure.contains(u"ReadWriteOnce"_s) && claim.accessModes.testFlag(AccessMode::ReadWriteMany))
        return advice(Advice::Action::UseShare, QString(),
            Text::tr("Provisioning failed: %1. Node-local storage cannot be shared by several nodes: for "
                     "ReadWriteMany claim a device share instead.")
                .arg(failure));
    return advice(
        Advice::Action::None, claim.storageClassName, Text::tr("Provisioning failed: %1.").arg(failure));
}

} // namespace

QList<Advice> adviseClaim(const ClaimDiagnosis& diagnosis, const PersistentVolumeClaim& claim,
    const SharedList<PersistentVolume>& volumes, const QList<Share>& shares, bool sharesKnown,
    const QList<Event>& events)
{
    using State = ClaimDiagnosis::State;
    QList<Advice> out;
    switch (diagnosis.state) {
    case State::Bound:
    case State::WillBind:
        break;
    case State::Lost:
        out << advice(Advice::Action::None, claim.volumeName,
            Text::tr("A Lost claim does not recover by itself: restore volume %1 from a backup, or delete "
                     "the claim "
                     "and claim the data again.")
                .arg(claim.volumeName));
        break;
    case State::RequestedVolumeMissing:
        out << adviceForMissingVolume(claim, shares, sharesKnown);
        break;
    case State::RequestedVolumeMismatch:
    case State::RequestedVolumeBoundElsewhere: {
        const PersistentVolume* v = findVolume(volumes, claim.volumeName);
        if (v && v->phase == u"Released" && v->claimRef)
            out << clearClaimRef(*v);
        else
            out << advice(Advice::Action::ChooseVolume, claim.volumeName,
                Text::tr(
                    "A claim's volumeName cannot be changed: delete this claim and create it again naming a "
                    "volume that fits (the static wizard lists which ones do)."));
        break;
    }
    case State::WaitingForFirstConsumer:
        out << advice(Advice::Action::CreateConsumer, QString(),
            Text::tr(
                "This is expected: class %1 creates the volume when the first pod that uses the claim is "
                "scheduled. Create a workload that mounts it.")
                .arg(claim.storageClassName));
        break;
    case State::WaitingForPodScheduled:
        out << advice(Advice::Action::None, QString(),
            Text::tr(
                "The pod must be scheduled first: look at the pod's events for why it is not (resources, "
                "node selectors, taints)."));
        break;
    case State::Provisioning:
        out << adviceForProvisioning(claim, events);
        break;
    case State::ClassNotFound:
        out << advice(Advice::Action::None, claim.storageClassName,
            Text::tr("Delete the claim and create it again with an existing class (a claim's class cannot be "
                     "changed), or create class %1.")
                .arg(claim.storageClassName));
        break;
    case State::DefaultClassPending:
        break;
    case State::InvalidSelector:
    case State::UnsupportedAccessMode:
        out << advice(Advice::Action::None, QString(),
            Text::tr("A claim's spec cannot be changed: delete the claim and create it again with a valid "
                     "selector and known access modes."));
        break;
    case State::NoVolumeNoClass:
    case State::NoMatchingVolume:
        out << advice(Advice::Action::OpenStaticWizard, QString(),
            Text::tr("Create a volume that fits (for a share: mount it for Edge compute), or claim from a "
                     "StorageClass instead."));
        break;
    }
    // A Released volume that would otherwise fit: say how to reuse it.
    if (diagnosis.state == State::NoVolumeNoClass || diagnosis.state == State::NoMatchingVolume) {
        for (const CandidateExplanation& c : diagnosis.candidates) {
            const PersistentVolume* v = findVolume(volumes, c.volumeName);
            if (v && v->phase == u"Released" && v->claimRef && c.rule == VolumeRule::BoundToOtherClaim)
                out << clearClaimRef(*v);
        }
    }
    return out;
}

} // namespace ase::binding
