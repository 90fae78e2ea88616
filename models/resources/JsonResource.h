// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace ase {

/// Base of every typed resource: the object exactly as the API sent it, so that no field
/// is lost (unknown fields survive a round trip through json()). The typed fields of the
/// derived types are a read-only digest of it for tables, the binder and the details view.
class JsonResource
{
public:
    /// The original object, unchanged.
    const QJsonObject& json() const { return m_json; }
    /// Drops the original object, for caches of many typed objects: it is most of a typed
    /// object's memory (6–12 KB decoded). Types whose json() has readers hide this with a
    /// version that keeps what those readers need. See forCache().
    void dropUnreadJson() { m_json = {}; }

protected:
    QJsonObject m_json;
};

/// One copy of each distinct small JSON object (labels, annotations, a node affinity), for
/// caches of many typed objects: 50,000 local volumes pinned to one node hold one node
/// affinity between them instead of one each, and a part taken from a decoded object no
/// longer holds on to that whole object. Thread-safe. Objects of more than a few hundred
/// bytes of text, and any once 4,096 distinct ones are held, are copied, not shared.
QJsonObject sharedJson(const QJsonObject& object);

/// One copy of each distinct short text that many objects repeat (a namespace, a class, a
/// phase, a node name), for caches of many typed objects: a text read from JSON is a new
/// allocation per object. Thread-safe. Texts of more than 256 characters are returned as
/// they are; the texts no object holds any more are let go (StringPool). Before, the first
/// 65,536 distinct texts were kept for good and later ones not shared at all.
QString sharedText(const QString& text);
/// sharedText() of each element, and of the list itself (equal lists share one).
QStringList sharedTexts(const QStringList& texts);

/// @p object as a cache of many objects should keep it: without the parts of its original
/// object that nothing reads (T::dropUnreadJson()), without its resourceVersion and the
/// typed fields nothing reads of a cached one (T::dropUnreadFields()), with its labels and
/// annotations shared
/// with equal ones (sharedJson()), and with the texts many objects repeat shared
/// (T::shareRepeatedTexts(), sharedText()).
template <typename T>
T forCache(T object)
{
    object.dropUnreadJson();
    if constexpr (requires { object.metadata.labels; }) {
        object.metadata.labels = sharedJson(object.metadata.labels);
        object.metadata.annotations = sharedJson(object.metadata.annotations);
        object.metadata.ns = sharedText(object.metadata.ns);
        object.metadata.generateName = sharedText(object.metadata.generateName);
        object.metadata.finalizers = sharedTexts(object.metadata.finalizers);
        for (auto& owner : object.metadata.ownerReferences) {
            owner.apiVersion = sharedText(owner.apiVersion);
            owner.kind = sharedText(owner.kind);
        }
        // The store keeps each object's version, and a cached object is never written back.
        object.metadata.resourceVersion = QString();
    }
    if constexpr (requires { object.dropUnreadFields(); })
        object.dropUnreadFields();
    if constexpr (requires { object.shareRepeatedTexts(); })
        object.shareRepeatedTexts();
    return object;
}

/// @p object decoded as T, in its cache form (forCache()), for caches that share it
/// (SharedList).
template <typename T>
std::shared_ptr<const T> sharedForCache(const QJsonObject& object)
{
    return std::make_shared<const T>(forCache(T::fromJson(object)));
}

/// Decodes each object of a JSON array (a Kubernetes list's `items`, an ARM list's
/// `value`) with T::fromJson. Non-object entries are skipped.
template <typename T>
QList<T> fromJsonArray(const QJsonArray& array)
{
    QList<T> result;
    result.reserve(array.size());
    for (const QJsonValue& v : array) {
        if (v.isObject())
            result.append(T::fromJson(v.toObject()));
    }
    return result;
}

/// Decodes each object of a list with T::fromJson (what a list call returned).
template <typename T>
QList<T> fromJsonObjects(const QList<QJsonObject>& objects)
{
    QList<T> result;
    result.reserve(objects.size());
    for (const QJsonObject& o : objects)
        result.append(T::fromJson(o));
    return result;
}

} // namespace ase
