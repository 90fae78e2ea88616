// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/wizards/ClaimWizard.h"

namespace ase {

class ClaimPage;
class ClassPage;
class ConsumerPage;

/// Dynamic provisioning: a StorageClass → a claim its provisioner makes a volume for →
/// optionally a workload that uses it (a Deployment, a StatefulSet with one claim per pod,
/// or the MySQL template). After Create it follows the claims, the pods and their events:
/// for WaitForFirstConsumer, "waiting for first consumer" (expected), then the pod
/// scheduled, the provisioner's events, the new `pvc-<uid>` volume and the claim Bound.
class DynamicClaimWizard final : public ClaimWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DynamicClaimWizard)

public:
    DynamicClaimWizard(Session* session, const provisioning::ClaimDraft& seed, QWidget* parent = nullptr);
    ~DynamicClaimWizard() override;

    /// "New claim from a StorageClass…": the cluster's default class (storageClassName left
    /// out) when there is one, else the device's node-local class, else the first.
    static DynamicClaimWizard* forDefault(Session* session, QWidget* parent);
    /// "Use this class…".
    static DynamicClaimWizard* forClass(Session* session, const QString& className, QWidget* parent);
    /// "Why Pending?" → "Create a consumer": a workload for the existing claim @p ns/@p name
    /// (WaitForFirstConsumer: the claim binds once it runs), opened at the consumer page.
    static DynamicClaimWizard* forConsumerOf(
        Session* session, const QString& ns, const QString& name, QWidget* parent);

    ClassPage* classPage() const { return m_class; }
    ClaimPage* claimPage() const { return m_claim; }
    ConsumerPage* consumerPage() const { return m_consumer; }

Q_SIGNALS:
    /// "Which storage do I need?" advised a share: open the static wizard.
    void staticWizardRequested();

protected:
    void contextRefreshed() override;
    FollowPanel* makeFollowPanel(const QList<ServerAnswer>& applied) override;

private:
    ClassPage* m_class = nullptr;
    ClaimPage* m_claim = nullptr;
    ConsumerPage* m_consumer = nullptr;
};

} // namespace ase
