#include "ui/wizards/StaticClaimWizard.h"

#include "app/session/ClusterSchemas.h"
#include "app/session/Session.h"
#include "app/session/ShareOperations.h"
#include "models/provisioning/ProvisioningContext.h"
#include "models/provisioning/VolumeCandidates.h"
#include "models/resources/PersistentVolume.h"
#include "models/store/ResourceStore.h"
#include "ui/wizards/ClaimDraftController.h"
#include "ui/wizards/ClaimPage.h"
#include "ui/wizards/ConsumerPage.h"
#include "ui/wizards/SourcePage.h"

#include <QTimer>

namespace ase {

using provisioning::ClaimDraft;

namespace {

/// A name for the claim that is free in the namespace: "<volume>-data", "-data-2"...
QString freeClaimName(
    const provisioning::ProvisioningContext& context, const QString& base, const QString& ns)
{
    if (base.isEmpty())
        return {};
    const QString first = base + QStringLiteral("-data");
    QString name = first;
    for (int i = 2; context.claim(ns, name); ++i)
        name = first + u'-' + QString::number(i);
    return name;
}

bool isLive(const Session* session, const QString& kind)
{
    return session->kindState(kind).level == KindState::Level::Live;
}

} // namespace

StaticClaimWizard::StaticClaimWizard(Session* session, const ClaimDraft& seed, QWidget* parent)
    : WizardFrame(session, new ClaimDraftController(seed), parent)
    , m_claims(static_cast<ClaimDraftController*>(controller()))
    , m_source(nullptr)
    , m_claim(nullptr)
    , m_consumer(nullptr)
    , m_contextTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("staticClaimWizard"));
    setWindowTitle(tr("New Claim from a Share"));
    refreshContext();
    // Name the claim after its volume, in a free name; the seed stays pristine.
    if (m_claims->draft().name.isEmpty()) {
        ClaimDraft named = m_claims->draft();
        named.name = freeClaimName(m_claims->context(), named.volumeName, named.ns);
        m_claims->reset(named);
    }

    m_source = new SourcePage(m_claims, this);
    m_claim = new ClaimPage(m_claims, this);
    m_consumer = new ConsumerPage(m_claims, this);
    addPage(m_source);
    addPage(m_claim);
    addPage(m_consumer);
    connect(m_source, &SourcePage::mountRequested, this, &StaticClaimWizard::mount);
    connect(m_source, &SourcePage::linkActivated, this, &WizardFrame::objectLinkActivated);

    // The store changes in batches; one context per burst is enough.
    m_contextTimer->setSingleShot(true);
    m_contextTimer->setInterval(50);
    connect(m_contextTimer, &QTimer::timeout, this, &StaticClaimWizard::refreshContext);
    connect(session->store(), &ResourceStore::changed, this, [this](const QString& kind) {
        if (kind == u"PersistentVolume" || kind == u"PersistentVolumeClaim" || kind == u"StorageClass"
            || kind == u"Share" || kind == u"Namespace")
            m_contextTimer->start();
    });
    connect(session, &Session::kindStateChanged, m_contextTimer, qOverload<>(&QTimer::start));
    loadSchemas();
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
    if (session->store()->contains(QStringLiteral("Share"), volumeName))
        return forShare(session, volumeName, parent);
    const PersistentVolume volume = PersistentVolume::fromJson(
        session->store()->object(QStringLiteral("PersistentVolume"), volumeName));
    return new StaticClaimWizard(session, provisioning::draftForVolume(volume), parent);
}

void StaticClaimWizard::refreshContext()
{
    Session* s = session();
    const bool sharesKnown = !s->deviceTitle().isEmpty() && isLive(s, QStringLiteral("Share"));
    const bool namespacesKnown = s->kindState(QStringLiteral("Namespace")).level != KindState::Level::Limited
        && s->store()->count(QStringLiteral("Namespace")) > 0;
    const bool volumesKnown
        = s->kindState(QStringLiteral("PersistentVolume")).level != KindState::Level::Limited;
    m_claims->setContext(provisioning::ProvisioningContext::fromStore(
        *s->store(), namespacesKnown, volumesKnown, sharesKnown));
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

void StaticClaimWizard::loadSchemas()
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
