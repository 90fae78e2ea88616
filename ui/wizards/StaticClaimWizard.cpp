// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/wizards/StaticClaimWizard.h"

#include "app/session/Session.h"
#include "app/session/ShareOperations.h"
#include "models/provisioning/ProvisioningContext.h"
#include "models/provisioning/VolumeCandidates.h"
#include "models/resources/KindNames.h"
#include "models/resources/PersistentVolume.h"
#include "models/store/ResourceStore.h"
#include "ui/wizards/ClaimDraftController.h"
#include "ui/wizards/ClaimPage.h"
#include "ui/wizards/ConsumerPage.h"
#include "ui/wizards/SourcePage.h"

namespace ase {

using provisioning::ClaimDraft;

StaticClaimWizard::StaticClaimWizard(Session* session, const ClaimDraft& seed, QWidget* parent)
    : ClaimWizard(session, seed, parent)
    , m_source(nullptr)
    , m_claim(nullptr)
    , m_consumer(nullptr)
{
    setObjectName(QStringLiteral("staticClaimWizard"));
    setWindowTitle(tr("New Claim from a Share"));
    ClaimDraftController* claims = claimController();
    // Name the claim after its volume, in a free name; the seed stays pristine.
    if (claims->draft().name.isEmpty()) {
        ClaimDraft named = claims->draft();
        named.name = named.volumeName.isEmpty()
            ? QString()
            : claims->context().freeClaimName(named.ns, named.volumeName + QStringLiteral("-data"));
        claims->reset(named);
    }

    m_source = new SourcePage(claims, this);
    m_claim = new ClaimPage(claims, this);
    m_consumer = new ConsumerPage(claims, this);
    addPage(m_source);
    addPage(m_claim);
    addPage(m_consumer);
    connect(m_source, &SourcePage::mountRequested, this, &StaticClaimWizard::mount);
    connect(m_source, &SourcePage::linkActivated, this, &WizardFrame::objectLinkActivated);
}

StaticClaimWizard::~StaticClaimWizard() = default;

StaticClaimWizard* StaticClaimWizard::forNothing(Session* session, QWidget* parent)
{
    ClaimDraft seed = ClaimDraft::forShare(QString());
    return new StaticClaimWizard(session, seed, parent);
}

StaticClaimWizard* StaticClaimWizard::forShare(Session* session, const QString& shareName, QWidget* parent)
{
    return new StaticClaimWizard(session, ClaimDraft::forShare(shareName), parent);
}

StaticClaimWizard* StaticClaimWizard::forVolume(Session* session, const QString& volumeName, QWidget* parent)
{
    // A share's volume takes the share's seed; another volume its whole capacity and modes.
    if (session->store()->contains(kindname::Share, volumeName))
        return forShare(session, volumeName, parent);
    const PersistentVolume volume
        = PersistentVolume::fromJson(session->store()->object(kindname::PersistentVolume, volumeName));
    return new StaticClaimWizard(session, provisioning::draftForVolume(volume), parent);
}

void StaticClaimWizard::contextRefreshed()
{
    if (m_source)
        m_source->refreshCandidates();
    if (m_claim)
        m_claim->refreshContext();
}

void StaticClaimWizard::mount(const QString& shareName)
{
    session()->shares()->mountShare(
        shareName, this,
        [this, shareName](const QString& status, int percent) {
            m_source->setMountProgress(percent >= 0
                    ? tr("Mounting %1 for Edge compute: %2 (%3%).").arg(shareName, status).arg(percent)
                    : tr("Mounting %1 for Edge compute: %2.").arg(shareName, status),
                percent);
        },
        [this, shareName](const ArmError& error) {
            // The share's new state (the poller reads it after a write) and its PV (the
            // cluster's watch) come through the store; the candidates follow it.
            m_source->setMountFinished(shareName, error.ok() ? QString() : error.message());
        });
}

} // namespace ase
