// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/wizards/ClaimDraftController.h"

#include "models/provisioning/ClaimManifests.h"
#include "models/provisioning/DraftYaml.h"
#include "models/provisioning/ManifestChecks.h"
#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"

namespace ase {

using namespace provisioning;

ClaimDraftController::ClaimDraftController(const ClaimDraft& seed, QObject* parent)
    : DraftController(parent)
    , m_seed(seed)
    , m_draft(seed)
{
    rebuild();
}

ClaimDraftController::~ClaimDraftController() = default;

void ClaimDraftController::edit(const std::function<void(ClaimDraft&)>& change)
{
    ClaimDraft draft = m_draft;
    change(draft);
    setDraft(draft, Origin::Form);
}

void ClaimDraftController::reset(const ClaimDraft& seed)
{
    m_seed = seed;
    m_draft = seed;
    rebuild();
    Q_EMIT draftChanged(Origin::Reset);
}

void ClaimDraftController::setDraft(const ClaimDraft& draft, Origin origin)
{
    if (draft == m_draft)
        return;
    m_draft = draft;
    rebuild();
    Q_EMIT draftChanged(origin);
}

void ClaimDraftController::rebuild()
{
    // One builder run per change: the preview, the checks and the apply share its result.
    m_manifests = claimManifests(m_draft);
    m_yaml = toYaml(m_manifests);
    m_checks = allChecks();
}

QList<provisioning::Check> ClaimDraftController::allChecks() const
{
    QList<provisioning::Check> checks = checkClaimDraft(m_draft, m_context) + schemaChecksOf(m_manifests);
    // Documents the form has no page for (typed in Edit YAML) get the checks of File →
    // Open YAML: names, Quantities.
    for (qsizetype i = std::max<qsizetype>(0, m_manifests.size() - m_draft.extraDocuments.size());
         i < m_manifests.size(); ++i)
        checks += provisioning::objectChecks(m_manifests.at(i), int(i) + 1);
    return checks;
}

void ClaimDraftController::recheck()
{
    m_checks = allChecks();
    Q_EMIT checksChanged();
}

void ClaimDraftController::setContext(const ProvisioningContext& context)
{
    m_context = context;
    recheck();
}

QByteArray ClaimDraftController::iotEdgeJson() const
{
    return iotEdgeCreateOptionsJson(m_draft);
}

DraftController::YamlEdit ClaimDraftController::applyYaml(QByteArrayView text)
{
    const DraftFromYaml mapped = draftFromYaml(text, m_draft);
    YamlEdit result;
    result.error = mapped.error;
    result.kept = mapped.kept;
    result.restored = mapped.restored;
    if (mapped.ok())
        setDraft(mapped.draft, Origin::Yaml);
    return result;
}

QStringList ClaimDraftController::kept() const
{
    QStringList out;
    for (const QString& path : overlayPaths(m_draft.extras))
        out.append(QStringLiteral("PersistentVolumeClaim ") + path);
    // The consumer's kind as built (without building it again: one builder run per change).
    const bool workload = m_draft.consumer.kind == ConsumerKind::Deployment
        || m_draft.consumer.kind == ConsumerKind::StatefulSet;
    const QString consumerKind = workload && !m_draft.consumer.extras.isEmpty()
        ? QString(
            m_draft.consumer.kind == ConsumerKind::Deployment ? kindname::Deployment : kindname::StatefulSet)
        : QString();
    if (!consumerKind.isEmpty()) {
        for (const QString& path : overlayPaths(m_draft.consumer.extras))
            out.append(consumerKind + u' ' + path);
    }
    for (const QString& path : overlayPaths(m_draft.consumer.serviceExtras))
        out.append(QStringLiteral("Service ") + path);
    for (const QJsonObject& document : m_draft.extraDocuments) {
        const QString kind = document.value(QLatin1StringView("kind")).toString();
        const QString name = metafield::name(document);
        out.append(name.isEmpty() ? kind : kind + u' ' + name);
    }
    return out;
}

QString ClaimDraftController::fieldTitle(DraftField field) const
{
    switch (field) {
    case DraftField::Source:
        return m_draft.source == ClaimSource::Volume ? tr("Share or volume") : tr("StorageClass");
    case DraftField::Name:
        return tr("Claim name");
    case DraftField::Namespace:
        return tr("Namespace");
    case DraftField::Size:
        return tr("Size");
    case DraftField::AccessModes:
        return tr("Access modes");
    case DraftField::VolumeMode:
        return tr("Volume mode");
    case DraftField::Labels:
        return tr("Labels");
    case DraftField::ConsumerSecret:
        return tr("Password Secret");
    case DraftField::ConsumerName:
        return tr("Workload name");
    case DraftField::ConsumerImage:
        return tr("Image");
    case DraftField::ConsumerMountPath:
        return tr("Mount path");
    case DraftField::ConsumerReplicas:
        return tr("Replicas");
    case DraftField::IotTargets:
        return tr("Paths in the module");
    case DraftField::Manifest:
        return tr("Schema");
    }
    return {};
}

} // namespace ase
