#include "ui/wizards/DraftController.h"

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

} // namespace ase
