// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/device/ArmError.h"

#include <QJsonObject>
#include <QList>

namespace ase {

/// The outcome of a DeviceClient call.
struct ArmResult
{
    int httpStatus = 0; ///< of the last answer (the final GET, the status poll...)
    /// GET: the resource. PUT (long-running): the resource as read after the operation.
    /// DELETE/POST: the final operation status document, if any.
    QJsonObject resource;
    QList<QJsonObject> items; ///< lists: every item of every page (nextLink followed)
    int pages = 0; ///< lists: pages fetched
    int polls = 0; ///< long-running operations: status polls made
    ArmError error;

    bool ok() const { return error.ok(); }
    /// The items decoded with T::fromJson (Share, DeviceUser, StorageAccountCredential...).
    template <typename T>
    QList<T> itemsAs() const
    {
        QList<T> out;
        out.reserve(items.size());
        for (const QJsonObject& item : items)
            out.append(T::fromJson(item));
        return out;
    }
};

} // namespace ase
