// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ase {

/// A small, strict validator for the subset of OpenAPI 3.0 the Kubernetes documents
/// (`/openapi/v3/<group-version>`) use: $ref, allOf, oneOf, enum, type (object, array,
/// string, integer with int32/int64 ranges, number, boolean), required, properties,
/// additionalProperties (maps), items. Unlike plain JSON Schema, an object schema that
/// lists `properties` and has no `additionalProperties` is closed: an unknown field is an
/// error, as the API server's strict field validation (kubectl apply --validate=strict)
/// makes it. An object schema with neither (FieldsV1, RawExtension) or with
/// x-kubernetes-preserve-unknown-fields accepts anything. A null field counts as unset, as
/// in Kubernetes' JSON decoding. `format: date-time` and `quantity` strings are only
/// checked for being strings.
class OpenApiValidator final
{
public:
    /// Adds the schemas of one OpenAPI v3 document (its components.schemas). False, with
    /// `error` set, when the document has none.
    bool addDocument(const QJsonObject& document, QString* error);
    /// addDocument() of a file's JSON.
    bool loadFile(const QString& path, QString* error);

    bool isEmpty() const { return m_schemas.isEmpty(); }
    /// A schema is known for this apiVersion and kind.
    bool knows(const QString& apiVersion, const QString& kind) const;

    /// Every problem found, as ".spec.accessModes: expected array, got string".
    QStringList validate(const QJsonObject& object) const;

private:
    void check(const QJsonValue& v, const QJsonObject& schema, const QString& path, QStringList& errors,
        int depth) const;

    QHash<QString, QJsonObject> m_schemas;
    QHash<QString, QString> m_byKind; ///< "apiVersion|kind" → schema name
};

} // namespace ase
