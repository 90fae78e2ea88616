// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/JsonResource.h"

#include <QHash>
#include <QJsonDocument>
#include <QMutex>

namespace ase {

QJsonObject sharedJson(const QJsonObject& object)
{
    if (object.isEmpty())
        return {};
    constexpr qsizetype kMaxText = 512;
    constexpr qsizetype kMaxShared = 4096;
    const QByteArray text = QJsonDocument(object).toJson(QJsonDocument::Compact);
    // A fresh object, decoded from text: it does not hold on to the object it came from.
    const auto fresh = [&text] { return QJsonDocument::fromJson(text).object(); };
    if (text.size() > kMaxText)
        return fresh();
    static QMutex mutex;
    static QHash<QByteArray, QJsonObject> shared;
    const QMutexLocker lock(&mutex);
    if (const auto it = shared.constFind(text); it != shared.cend())
        return *it;
    if (shared.size() >= kMaxShared)
        return fresh();
    return *shared.insert(text, fresh());
}

} // namespace ase
