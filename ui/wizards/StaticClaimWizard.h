// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/wizards/ClaimWizard.h"

namespace ase {

class ClaimPage;
class ConsumerPage;
class SourcePage;

/// Static provisioning: a share (or a PersistentVolume) → a claim bound to it by
/// `volumeName` → optionally a workload or an IoT Edge module that uses it. Its data come
/// from the session's store and follow it live (a PV that appears after a mount).
class StaticClaimWizard final : public ClaimWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaticClaimWizard)

public:
    StaticClaimWizard(Session* session, const provisioning::ClaimDraft& seed, QWidget* parent = nullptr);
    ~StaticClaimWizard() override;

    /// "New claim from a share…": nothing chosen yet.
    static StaticClaimWizard* forNothing(Session* session, QWidget* parent);
    /// "Claim this share…": the seed's example, 10Gi ReadWriteMany on the share's volume.
    static StaticClaimWizard* forShare(Session* session, const QString& shareName, QWidget* parent);
    /// "Claim this volume…": a claim of the volume's modes, at most 10Gi.
    static StaticClaimWizard* forVolume(Session* session, const QString& volumeName, QWidget* parent);

    SourcePage* sourcePage() const { return m_source; }
    ClaimPage* claimPage() const { return m_claim; }
    ConsumerPage* consumerPage() const { return m_consumer; }

protected:
    void contextRefreshed() override;

private:
    void mount(const QString& shareName);

    SourcePage* m_source;
    ClaimPage* m_claim;
    ConsumerPage* m_consumer;
};

} // namespace ase
