// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/JsonResource.h"

#include "models/resources/StringPool.h"

#include <QHash>
#include <QJsonDocument>
#include <QMutex>

namespace ase {

namespace {

constexpr qsizetype kMaxSharedTextLength = 256; ///< longer texts are most often one object's own

} // namespace

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

QString sharedText(const QString& text)
{
    if (text.isEmpty() || text.size() > kMaxSharedTextLength)
        return text;
    static QMutex mutex;
    static StringPool shared; // lets go of what no object holds any more
    const QMutexLocker lock(&mutex);
    return shared.intern(text);
}

QStringList sharedTexts(const QStringList& texts)
{
    if (texts.isEmpty())
        return {};
    if (texts.size() == 1) {
        // The common case (one finalizer, one node-affinity term): one list for all.
        static QMutex mutex;
        static QHash<QString, QStringList> lists;
        const QString text = sharedText(texts.first());
        const QMutexLocker lock(&mutex);
        if (const auto it = lists.constFind(text); it != lists.cend())
            return *it;
        if (lists.size() >= 4096 || text.size() > kMaxSharedTextLength)
            return {text};
        return *lists.insert(text, QStringList {text});
    }
    QStringList result;
    result.reserve(texts.size());
    for (const QString& text : texts)
        result.append(sharedText(text));
    return result;
}

} // namespace ase
