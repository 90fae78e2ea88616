// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/kube/ApiError.h"
#include "models/store/StoredObject.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ase {

struct ListResult
{
    /// The objects of this page. List answers leave out kind/apiVersion per item; the client
    /// fills both in from the ResourceKind so every item is a complete object.
    QList<QJsonObject> items;
    /// The same objects encoded for the store, instead of `items`, when the list was asked
    /// for with ListOptions::encodeForStore.
    QList<StoredObject> stored;
    QString resourceVersion; ///< metadata.resourceVersion of the list
    QString continueToken; ///< metadata.continue; non-empty = more pages
    std::optional<qint64> remainingItemCount;
    ApiError error; ///< ok() on success; a 403 is isForbidden() with verb "list" and kind set

    bool ok() const { return error.ok(); }
    bool hasMore() const { return !continueToken.isEmpty(); }
};

/// Decodes the body of a LIST answer (`{"kind":"PersistentVolumeList","metadata":{..},
/// "items":[..]}`) into a ListResult. Pure: no network.
class ListDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(ase::ListDecoder)

public:
    /// `kind` and `apiVersion` fill in the items' kind/apiVersion (lists leave them out) and
    /// name the kind in errors. A body that is not JSON, or whose `items` is not an array,
    /// is a Decode error "... is not a Kubernetes list"; items that are not objects are too.
    static ListResult decode(const QByteArray& body, const QString& kind, const QString& apiVersion);
};

} // namespace ase
