// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/ResourceKind.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace ase::demo {

/// The discovery documents of the demo API server, generated from the kind table
/// (models/resources/ResourceKind.h): /version, legacy /api, /apis, /api/v1,
/// /apis/<group>/<version> (short names, categories, verbs incl. watch, subresources).
class ApiDiscovery final
{
public:
    static QJsonObject version();
    /// `/api`: APIVersions with serverAddressByClientCIDRs.
    static QJsonObject coreVersions(const QString& serverAddress);
    /// `/apis`: APIGroupList of the non-core groups.
    static QJsonObject groupList();
    /// `/apis/<group>`: one APIGroup; empty when unknown.
    static QJsonObject group(const QString& name);
    /// `/api/v1` or `/apis/<group>/<version>`: APIResourceList; empty when unknown.
    static QJsonObject resourceList(const QString& groupVersion);
    /// The group-versions served ("v1", "storage.k8s.io/v1", "apps/v1").
    static QStringList groupVersions();
    /// Subresources of a kind ("status", "scale").
    static QStringList subresources(const ResourceKind& kind);
};

} // namespace ase::demo
