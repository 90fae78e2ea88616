// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace ase::demo {

/// The `fieldValidation` directive of a write: what the server does with fields of the
/// body that its schema does not declare, or that occur twice in one object.
enum class FieldValidation {
    Ignore, ///< drop them silently
    Warn, ///< drop them, one `Warning` header each (the server's default)
    Strict, ///< refuse the request
};

namespace fieldvalidation {

/// "Ignore", "Warn", "Strict" or "" (→ Warn); nullopt for anything else.
std::optional<FieldValidation> fromString(const QString& value);

/// The fields that occur more than once in one object of the JSON text @p json, as paths
/// ("spec.replicas", "spec.template.spec.containers[0].image"), in the order met.
/// Expects valid JSON (parse it first); stops at the first malformed place.
QStringList duplicateFields(const QByteArray& json);

} // namespace fieldvalidation

} // namespace ase::demo
