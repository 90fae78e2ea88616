// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/wizards/DraftController.h"

#include "models/resources/MetaFields.h"
#include "models/resources/OpenApiValidator.h"

namespace ase {

DraftController::DraftController(QObject* parent)
    : QObject(parent)
{ }

DraftController::~DraftController() = default;

void DraftController::setSchema(
    std::shared_ptr<const OpenApiValidator> validator, SchemaState state, const QString& note)
{
    m_validator = std::move(validator);
    m_schemaState = state;
    m_schemaNote = note;
    recheck();
}

QList<provisioning::Check> DraftController::schemaChecksOf(const QList<QJsonObject>& manifests) const
{
    if (!m_validator || m_validator->isEmpty())
        return {};
    return provisioning::schemaChecks(manifests, *m_validator);
}

QStringList DraftController::objectTitles() const
{
    QStringList lines;
    for (const QJsonObject& manifest : manifests()) {
        const QJsonObject meta = metafield::of(manifest);
        const QString ns = meta.value(QLatin1StringView("namespace")).toString();
        const QString name = meta.value(QLatin1StringView("name")).toString();
        const QString kind = manifest.value(QLatin1StringView("kind")).toString();
        lines.append(ns.isEmpty() ? tr("%1 %2", "kind name").arg(kind, name)
                                  : tr("%1 %2 in namespace %3").arg(kind, name, ns));
    }
    return lines;
}

} // namespace ase
