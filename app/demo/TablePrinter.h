// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/ResourceKind.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace ase::demo {

/// Server-side printing (meta.k8s.io/v1 Table) with kubectl's own columns and cells
/// (k/k pkg/printers/internalversion/printers.go): PV, PVC, StorageClass, Pod, Deployment,
/// StatefulSet, Namespace, Event; other kinds get Name and Age. Cells are generated as
/// the API server does, always "wide" (priority-1 columns included).
class TablePrinter final
{
public:
    enum class IncludeObject { None, Metadata, Object };

    /// The column definitions of a kind.
    static QJsonArray columnDefinitions(const ResourceKind& kind);
    /// The cells of one object (same order as the columns).
    static QJsonArray cells(const ResourceKind& kind, const QJsonObject& object, const QDateTime& now);
    /// One row: cells plus the object (PartialObjectMetadata, full, or none).
    static QJsonObject row(
        const ResourceKind& kind, const QJsonObject& object, const QDateTime& now, IncludeObject include);
    /// A whole Table; `listMetadata` becomes its metadata (resourceVersion, continue...).
    static QJsonObject table(const ResourceKind& kind, const QList<QJsonObject>& objects,
        const QDateTime& now, const QJsonObject& listMetadata, IncludeObject include);
    /// Parses the includeObject query parameter (default Metadata).
    static IncludeObject includeObjectFromString(const QString& value);
};

} // namespace ase::demo
