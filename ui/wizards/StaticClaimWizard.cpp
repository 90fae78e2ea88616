#include "ui/wizards/StaticClaimWizard.h"

#include "models/provisioning/ProvisioningContext.h"
#include "models/resources/PersistentVolume.h"
#include "models/store/ResourceStore.h"
#include "ui/Session.h"
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
    ClaimDraft seed = ClaimDraft::forVolume(volumeName);
    const PersistentVolume volume = PersistentVolume::fromJson(
        session->store()->object(QStringLiteral("PersistentVolume"), volumeName));
    // The seed's modes where the volume offers them; else the volume's own.
    if (volume.accessModes.testFlag(AccessMode::ReadWriteMany))
        seed.accessModes = AccessMode::ReadWriteMany;
    else if (volume.accessModes.testFlag(AccessMode::ReadWriteOnce))
        seed.accessModes = AccessMode::ReadWriteOnce;
    else if (volume.accessModes)
        seed.accessModes = volume.accessModes;
    const Quantity tenGi = *Quantity::parse(u"10Gi");
    seed.size = volume.capacity && *volume.capacity < tenGi ? volume.capacity->toString() : tenGi.toString();
    return new StaticClaimWizard(session, seed, parent);
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
    m_source->setMountFinished(shareName, tr("Mounting is not available in this build."));
}

void StaticClaimWizard::loadSchemas()
{
    m_claims->setSchema(nullptr, DraftController::SchemaState::Loading,
        tr("Checking the schema: reading the "
           "cluster's /openapi/v3…"));
}

} // namespace ase
