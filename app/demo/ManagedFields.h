// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demo/ApiErrors.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ase::demo {

/// A simple model of server-side apply field ownership (metadata.managedFields,
/// fieldsType FieldsV1). Leaves are scalar values, arrays (treated as atomic) and empty
/// objects; `status` and system metadata are not tracked. Good enough to record who set
/// what and to report a conflict with another manager on a field it owns, in Kubernetes'
/// wording.
class ManagedFields final
{
public:
    /// One managedFields entry.
    struct Entry
    {
        QString manager;
        QString operation; ///< "Apply" or "Update"
        QString apiVersion;
        QString time;
        QSet<QString> fields; ///< encoded paths, see encodePath()
        QString subresource;
    };

    /// Reads metadata.managedFields of an object.
    static ManagedFields fromObject(const QJsonObject& object);
    /// Writes metadata.managedFields (removes it when empty).
    void writeTo(QJsonObject& object) const;

    /// Records an Update by `manager`: it takes the leaf fields that differ between
    /// oldObject (empty on create) and newObject; other managers lose them.
    void recordUpdate(const QString& manager, const QString& apiVersion, const QString& time,
        const QJsonObject& oldObject, const QJsonObject& newObject);

    /// Server-side apply of `configuration` by `manager` onto `current`. On success
    /// returns the merged object (fields the manager applied before and no longer
    /// applies are removed unless someone else owns them) and updates ownership. On
    /// conflict without force returns 409 Conflict with FieldManagerConflict causes.
    ApiResult<QJsonObject> apply(const ResourceKind& kind, const QString& name, const QString& manager,
        const QString& apiVersion, const QString& time, const QJsonObject& current,
        const QJsonObject& configuration, bool force);

    /// Drops ownership of fields that no longer exist in the object.
    void prune(const QJsonObject& object);

    const QList<Entry>& entries() const { return m_entries; }

    /// The tracked leaf paths of an object, encoded.
    static QSet<QString> leafPaths(const QJsonObject& object);
    static QString encodePath(const QStringList& path);
    static QStringList decodePath(const QString& encoded);
    /// ".spec.replicas", as conflicts print a path.
    static QString renderPath(const QString& encoded);

private:
    Entry& entry(const QString& manager, const QString& operation, const QString& apiVersion);
    void removeEmpty();

    QList<Entry> m_entries;
};

} // namespace ase::demo
