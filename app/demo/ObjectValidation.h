// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demo/ApiErrors.h"
#include "models/resources/Names.h"
#include "models/resources/ResourceKind.h"

#include <QJsonObject>
#include <QList>

namespace ase::demo {

/// Validation of ObjectMeta every kind shares (apimachinery ValidateObjectMeta): name
/// (DNS-1123 subdomain, or label for namespaces), namespace, labels, annotations,
/// finalizers, immutable fields on update. Texts are Kubernetes' own.
namespace validation {

/// Shorthands of the shared name checks (models/resources/Names.h).
inline QStringList dns1123LabelErrors(const QString& value)
{
    return names::isDns1123Label(value);
}
inline QStringList dns1123SubdomainErrors(const QString& value)
{
    return names::isDns1123Subdomain(value);
}
inline QStringList qualifiedNameErrors(const QString& value)
{
    return names::isQualifiedName(value);
}
inline QStringList labelValueErrors(const QString& value)
{
    return names::isValidLabelValue(value);
}

/// ObjectMeta checks for create (oldObject null) and update.
QList<FieldError> validateObjectMeta(
    const ResourceKind& kind, const QJsonObject& object, const QJsonObject* oldObject);

} // namespace validation

} // namespace ase::demo
