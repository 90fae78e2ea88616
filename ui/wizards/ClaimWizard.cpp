// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/wizards/ClaimWizard.h"

#include "app/session/ClusterSchemas.h"
#include "app/session/Session.h"
#include "models/provisioning/ProvisioningContext.h"
#include "models/resources/KindNames.h"
#include "models/store/ResourceStore.h"
#include "ui/wizards/ClaimDraftController.h"

#include <QTimer>

namespace ase {

namespace {

bool isLive(const Session* session, const QString& kind)
{
    return session->kindState(kind).level == KindState::Level::Live;
}

} // namespace

ClaimWizard::ClaimWizard(Session* session, const provisioning::ClaimDraft& seed, QWidget* parent)
    : WizardFrame(session, new ClaimDraftController(seed), parent)
    , m_claims(static_cast<ClaimDraftController*>(controller()))
    , m_contextTimer(new QTimer(this))
{
    refreshContext();
    // The store changes in batches; one context per burst is enough.
    m_contextTimer->setSingleShot(true);
    m_contextTimer->setInterval(50);
    connect(m_contextTimer, &QTimer::timeout, this, &ClaimWizard::refreshContext);
    connect(session->store(), &ResourceStore::changed, this, [this](const QString& kind) {
        if (kind == kindname::PersistentVolume || kind == kindname::PersistentVolumeClaim
            || kind == kindname::StorageClass || kind == kindname::Share || kind == kindname::Namespace)
            m_contextTimer->start();
    });
    connect(session, &Session::kindStateChanged, m_contextTimer, qOverload<>(&QTimer::start));
    loadSchemas();
}

ClaimWizard::~ClaimWizard() = default;

void ClaimWizard::refreshContext()
{
    Session* s = session();
    const bool sharesKnown = !s->deviceTitle().isEmpty() && isLive(s, kindname::Share);
    const bool namespacesKnown = s->kindState(kindname::Namespace).level != KindState::Level::Limited
        && s->store()->count(kindname::Namespace) > 0;
    const bool volumesKnown = s->kindState(kindname::PersistentVolume).level != KindState::Level::Limited;
    m_claims->setContext(provisioning::ProvisioningContext::fromStore(
        *s->store(), namespacesKnown, volumesKnown, sharesKnown));
    contextRefreshed();
}

void ClaimWizard::loadSchemas()
{
    m_claims->setSchema(nullptr, DraftController::SchemaState::Loading,
        tr("Schema not checked yet: reading the cluster's /openapi/v3…"));
    loadClusterSchemas(session()->kubeClient(), {QStringLiteral("api/v1"), QStringLiteral("apis/apps/v1")},
        this, [this](const ClusterSchemas& schemas) {
            switch (schemas.state) {
            case ClusterSchemas::State::Loaded:
                m_claims->setSchema(schemas.validator, DraftController::SchemaState::Checked, {});
                break;
            case ClusterSchemas::State::NotServed:
                m_claims->setSchema(nullptr, DraftController::SchemaState::NotServed,
                    tr("Schema not checked: the cluster does not publish /openapi/v3."));
                break;
            case ClusterSchemas::State::Failed:
                m_claims->setSchema(nullptr, DraftController::SchemaState::Failed,
                    tr("Schema not checked: %1").arg(schemas.error.message()));
                break;
            }
        });
}

} // namespace ase
