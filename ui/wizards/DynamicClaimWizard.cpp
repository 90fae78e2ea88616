// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/wizards/DynamicClaimWizard.h"

#include "app/session/EventFollower.h"
#include "app/session/Session.h"
#include "models/provisioning/ProvisioningContext.h"
#include "models/resources/Event.h"
#include "models/resources/KindNames.h"
#include "models/resources/PersistentVolumeClaim.h"
#include "models/resources/Pod.h"
#include "models/resources/StorageClass.h"
#include "models/store/ResourceStore.h"
#include "ui/wizards/ClaimDraftController.h"
#include "ui/wizards/ClaimPage.h"
#include "ui/wizards/ClassPage.h"
#include "ui/wizards/ConsumerPage.h"
#include "ui/wizards/FollowPanel.h"

namespace ase {

using provisioning::ClaimDraft;

DynamicClaimWizard::DynamicClaimWizard(Session* session, const ClaimDraft& seed, QWidget* parent)
    : ClaimWizard(session, seed, parent)
{
    setObjectName(QStringLiteral("dynamicClaimWizard"));
    setWindowTitle(tr("New Claim from a StorageClass"));
    ClaimDraftController* claims = claimController();
    if (claims->draft().name.isEmpty()) {
        ClaimDraft named = claims->draft();
        named.name = claims->context().freeClaimName(named.ns, QStringLiteral("data"));
        claims->reset(named);
    }
    m_class = new ClassPage(claims, session->store(), this);
    m_claim = new ClaimPage(claims, this);
    m_consumer = new ConsumerPage(claims, this);
    addPage(m_class);
    addPage(m_claim);
    addPage(m_consumer);
    connect(m_class, &ClassPage::shareWizardRequested, this, &DynamicClaimWizard::staticWizardRequested);
}

DynamicClaimWizard::~DynamicClaimWizard() = default;

DynamicClaimWizard* DynamicClaimWizard::forDefault(Session* session, QWidget* parent)
{
    QString chosen;
    bool hasDefault = false;
    QString first;
    for (const QJsonObject& object : session->store()->objects(kindname::StorageClass)) {
        const StorageClass sc = StorageClass::fromJson(object);
        hasDefault = hasDefault || sc.isDefault;
        if (sc.provisioner == u"rancher.io/local-path" && chosen.isEmpty())
            chosen = sc.metadata.name;
        if (first.isEmpty() || sc.metadata.name < first)
            first = sc.metadata.name;
    }
    // The default class is left out of the claim (the cluster fills it in).
    const QString className = hasDefault ? QString() : chosen.isEmpty() ? first : chosen;
    return new DynamicClaimWizard(session, ClaimDraft::forStorageClass(className), parent);
}

DynamicClaimWizard* DynamicClaimWizard::forClass(Session* session, const QString& className, QWidget* parent)
{
    return new DynamicClaimWizard(session, ClaimDraft::forStorageClass(className), parent);
}

DynamicClaimWizard* DynamicClaimWizard::forConsumerOf(
    Session* session, const QString& ns, const QString& name, QWidget* parent)
{
    const PersistentVolumeClaim claim = PersistentVolumeClaim::fromJson(
        session->store()->object(kindname::PersistentVolumeClaim, objectKey(ns, name)));
    const QString size = claim.requestedStorage ? claim.requestedStorage->toString() : QStringLiteral("1Gi");
    auto* wizard = new DynamicClaimWizard(session,
        ClaimDraft::forExistingClaim(ns, name, claim.storageClassName, size, claim.accessModes), parent);
    wizard->setWindowTitle(tr("New Consumer for Claim %1").arg(objectKey(ns, name)));
    wizard->m_class->setEnabled(false);
    wizard->m_claim->setEnabled(false);
    wizard->setCurrentPage(2);
    return wizard;
}

void DynamicClaimWizard::contextRefreshed()
{
    if (m_class)
        m_class->refreshContext();
    if (m_claim)
        m_claim->refreshContext();
}

FollowPanel* DynamicClaimWizard::makeFollowPanel(const QList<ServerAnswer>& applied)
{
    const ClaimDraft& draft = claimController()->draft();
    auto* panel = new FollowPanel(session()->store(), applied, this);
    const QString ns = draft.ns.trimmed();
    QStringList keys;
    for (const QString& name : draft.claimNames())
        keys.append(objectKey(ns, name));
    panel->followClaims(keys);
    // The namespace's events, those about our claims, the workload and the pods that
    // mount the claims: the scheduler's, the provisioner's, the binder's, the kubelet's.
    const QStringList claimNames = draft.claimNames();
    const QString workload = draft.consumerName().trimmed();
    ResourceStore* store = session()->store();
    panel->setEventFilter([claimNames, workload, ns, store](const Event& event) {
        const ObjectReference& o = event.involvedObject;
        if (o.kind == kindname::PersistentVolumeClaim)
            return claimNames.contains(o.name);
        if (o.kind == kindname::Deployment || o.kind == kindname::StatefulSet)
            return o.name == workload;
        if (o.kind == u"ReplicaSet")
            return o.name.startsWith(workload + u'-');
        if (o.kind == kindname::Pod) {
            const Pod pod = Pod::fromJson(store->object(kindname::Pod, objectKey(ns, o.name)));
            for (const QString& claim : claimNames)
                if (pod.usesClaim(claim))
                    return true;
        }
        return false;
    });
    panel->setEventStore(session()->followEventsOf(QString(), ns, QString(), QString(), panel)->store());
    return panel;
}

} // namespace ase
