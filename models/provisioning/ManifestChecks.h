// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/provisioning/ClaimChecks.h"
#include "models/resources/Yaml.h"

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace ase {
class OpenApiValidator;
}

/// The checks of YAML text the user opened or typed (File → Open YAML…, and the manifests
/// of a wizard's Edit YAML mode): where it does not parse (line and column), then per
/// object its kind, names (DNS rules), Quantities and, when the cluster's schemas are
/// known, the schema (schemaChecks()). Pure: no network, no widgets.
namespace ase::provisioning {

struct ManifestSet
{
    QList<QJsonObject> objects; ///< one per document (a v1 List gives its items), in order
    QList<int> lines; ///< the 1-based line each object starts at (a List's items: the List's)
    std::optional<YamlError> error; ///< the text does not parse (objects before it are kept)
    /// Every check, Manifest checks with `document` = index into objects + 1.
    QList<Check> checks;

    bool ok() const { return !error.has_value() && !hasErrors(checks); }
};

/// The checks of one object that need no cluster: apiVersion, kind, metadata.name (a DNS
/// subdomain; a Namespace's a DNS label), metadata.namespace (a DNS label), and the
/// Quantities of claims (requests, limits), volumes (capacity) and containers (resources).
/// `document` is the 1-based index the checks carry.
QList<Check> objectChecks(const QJsonObject& object, int document);

/// Parses @p yaml and checks every object; @p validator (may be null) adds schema checks.
ManifestSet checkManifests(QByteArrayView yaml, const OpenApiValidator* validator);

/// Whether the app shows objects of this kind in a pane (PVs, claims, classes); other kinds
/// are applied all the same, and reported as such.
bool isShownKind(const QString& kind);

} // namespace ase::provisioning
