// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/ManagedFields.h"

#include "app/demo/JsonPatch.h"
#include "models/resources/MetaFields.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ase::demo {

namespace {

const QChar kSeparator(0x1f);

bool isUntrackedMetadata(const QString& key)
{
    static const QSet<QString> keys = {u"name"_s, u"namespace"_s, u"uid"_s, u"resourceVersion"_s,
        u"generation"_s, u"creationTimestamp"_s, u"deletionTimestamp"_s, u"deletionGracePeriodSeconds"_s,
        u"managedFields"_s, u"selfLink"_s, u"generateName"_s};
    return keys.contains(key);
}

void collect(const QJsonValue& value, QStringList& path, QSet<QString>& out)
{
    if (value.isObject() && !value.toObject().isEmpty()) {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (path.size() == 1 && path.first() == u"metadata" && isUntrackedMetadata(it.key()))
                continue;
            path.append(it.key());
            collect(it.value(), path, out);
            path.removeLast();
        }
        return;
    }
    if (!path.isEmpty())
        out.insert(ManagedFields::encodePath(path));
}

/// Inserts an encoded path into a fieldsV1 tree.
void insertFieldsV1(QJsonObject& tree, const QStringList& path, qsizetype depth)
{
    const QString key = u"f:"_s + path.at(depth);
    QJsonObject child = tree.value(key).toObject();
    if (depth + 1 < path.size())
        insertFieldsV1(child, path, depth + 1);
    tree.insert(key, child);
}

void readFieldsV1(const QJsonObject& tree, QStringList& path, QSet<QString>& out)
{
    bool any = false;
    for (auto it = tree.begin(); it != tree.end(); ++it) {
        if (!it.key().startsWith(u"f:"))
            continue;
        any = true;
        path.append(it.key().mid(2));
        readFieldsV1(it.value().toObject(), path, out);
        path.removeLast();
    }
    if (!any && !path.isEmpty())
        out.insert(ManagedFields::encodePath(path));
}

} // namespace

QString ManagedFields::encodePath(const QStringList& path)
{
    return path.join(kSeparator);
}

QStringList ManagedFields::decodePath(const QString& encoded)
{
    return encoded.split(kSeparator);
}

QString ManagedFields::renderPath(const QString& encoded)
{
    return u'.' + decodePath(encoded).join(u'.');
}

QSet<QString> ManagedFields::leafPaths(const QJsonObject& object)
{
    QJsonObject tracked = object;
    tracked.remove("apiVersion"_L1);
    tracked.remove("kind"_L1);
    tracked.remove("status"_L1);
    QSet<QString> out;
    QStringList path;
    collect(tracked, path, out);
    return out;
}

ManagedFields ManagedFields::fromObject(const QJsonObject& object)
{
    ManagedFields mf;
    const QJsonArray arr = metafield::field(object, "managedFields"_L1).toArray();
    for (const QJsonValue& v : arr) {
        const QJsonObject o = v.toObject();
        Entry e;
        e.manager = o.value("manager"_L1).toString();
        e.operation = o.value("operation"_L1).toString();
        e.apiVersion = o.value("apiVersion"_L1).toString();
        e.time = o.value("time"_L1).toString();
        e.subresource = o.value("subresource"_L1).toString();
        QStringList path;
        readFieldsV1(o.value("fieldsV1"_L1).toObject(), path, e.fields);
        mf.m_entries.append(e);
    }
    return mf;
}

void ManagedFields::writeTo(QJsonObject& object) const
{
    QJsonObject metadata = metafield::of(object);
    QJsonArray arr;
    for (const Entry& e : m_entries) {
        QJsonObject tree;
        QStringList sorted(e.fields.begin(), e.fields.end());
        sorted.sort();
        for (const QString& p : std::as_const(sorted))
            insertFieldsV1(tree, decodePath(p), 0);
        QJsonObject o {{"manager"_L1, e.manager}, {"operation"_L1, e.operation},
            {"apiVersion"_L1, e.apiVersion}, {"time"_L1, e.time}, {"fieldsType"_L1, "FieldsV1"_L1},
            {"fieldsV1"_L1, tree}};
        if (!e.subresource.isEmpty())
            o.insert("subresource"_L1, e.subresource);
        arr.append(o);
    }
    if (arr.isEmpty())
        metadata.remove("managedFields"_L1);
    else
        metadata.insert("managedFields"_L1, arr);
    object.insert("metadata"_L1, metadata);
}

ManagedFields::Entry& ManagedFields::entry(
    const QString& manager, const QString& operation, const QString& apiVersion)
{
    for (Entry& e : m_entries) {
        if (e.manager == manager && e.operation == operation && e.subresource.isEmpty()) {
            e.apiVersion = apiVersion;
            return e;
        }
    }
    m_entries.append(Entry {manager, operation, apiVersion, {}, {}, {}});
    return m_entries.last();
}

void ManagedFields::removeEmpty()
{
    m_entries.removeIf([](const Entry& e) { return e.fields.isEmpty(); });
}

void ManagedFields::prune(const QJsonObject& object)
{
    const QSet<QString> present = leafPaths(object);
    for (Entry& e : m_entries)
        e.fields.intersect(present);
    removeEmpty();
}

void ManagedFields::recordUpdate(const QString& manager, const QString& apiVersion, const QString& time,
    const QJsonObject& oldObject, const QJsonObject& newObject)
{
    QSet<QString> changed;
    const QSet<QString> newPaths = leafPaths(newObject);
    for (const QString& p : newPaths) {
        const QStringList path = decodePath(p);
        if (jsonpatch::valueAt(oldObject, path) != jsonpatch::valueAt(newObject, path))
            changed.insert(p);
    }
    if (!changed.isEmpty()) {
        for (Entry& e : m_entries) {
            if (!(e.manager == manager && e.operation == u"Update"))
                e.fields.subtract(changed);
        }
        Entry& mine = entry(manager, u"Update"_s, apiVersion);
        mine.fields.unite(changed);
        mine.time = time;
    }
    prune(newObject);
}

ApiResult<QJsonObject> ManagedFields::apply(const ResourceKind& kind, const QString& name,
    const QString& manager, const QString& apiVersion, const QString& time, const QJsonObject& current,
    const QJsonObject& configuration, bool force)
{
    const QSet<QString> applied = leafPaths(configuration);
    // Conflicts: fields owned by another manager whose value would change.
    QMap<QString, QStringList> conflicts; // "manager\x1fapiVersion" → rendered paths
    QList<StatusCause> causes;
    for (const Entry& e : std::as_const(m_entries)) {
        if (e.manager == manager && e.operation == u"Apply")
            continue;
        QStringList mine;
        for (const QString& p : applied) {
            if (!e.fields.contains(p))
                continue;
            const QStringList path = decodePath(p);
            if (jsonpatch::valueAt(current, path) != jsonpatch::valueAt(configuration, path))
                mine.append(renderPath(p));
        }
        if (mine.isEmpty())
            continue;
        mine.sort();
        conflicts[e.manager + kSeparator + e.apiVersion] += mine;
        for (const QString& rendered : std::as_const(mine))
            causes.append({u"FieldManagerConflict"_s,
                u"conflict with \"%1\" using %2"_s.arg(e.manager, e.apiVersion), rendered});
    }
    if (!conflicts.isEmpty() && !force) {
        ApiStatus s;
        s.status = u"Failure"_s;
        s.code = 409;
        s.reason = u"Conflict"_s;
        s.name = name;
        s.group = kind.group;
        s.kind = kind.resource;
        s.causes = causes;
        if (causes.size() == 1) {
            s.message
                = u"Apply failed with 1 conflict: %1: %2"_s.arg(causes.first().message, causes.first().field);
        } else {
            QStringList parts;
            for (auto it = conflicts.begin(); it != conflicts.end(); ++it) {
                const QStringList managerAndVersion = it.key().split(kSeparator);
                QString part = u"conflicts with \"%1\" using %2:"_s.arg(
                    managerAndVersion.at(0), managerAndVersion.at(1));
                for (const QString& p : it.value())
                    part += u"\n- "_s + p;
                parts.append(part);
            }
            s.message = u"Apply failed with %1 conflicts: %2"_s.arg(causes.size()).arg(parts.join(u"\n"_s));
        }
        return s;
    }
    // Force: the others lose the fields that were in conflict.
    if (force) {
        for (Entry& e : m_entries) {
            if (e.manager == manager && e.operation == u"Apply")
                continue;
            for (const QString& p : applied) {
                const QStringList path = decodePath(p);
                if (e.fields.contains(p)
                    && jsonpatch::valueAt(current, path) != jsonpatch::valueAt(configuration, path))
                    e.fields.remove(p);
            }
        }
    }
    // Fields the manager applied before and no longer applies, owned by no one else,
    // are removed from the object.
    QJsonObject merged = current;
    Entry& mine = entry(manager, u"Apply"_s, apiVersion);
    const QSet<QString> previously = mine.fields;
    for (const QString& p : previously) {
        if (applied.contains(p))
            continue;
        const bool ownedElsewhere = std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const Entry& e) {
            return !(e.manager == manager && e.operation == u"Apply") && e.fields.contains(p);
        });
        if (!ownedElsewhere)
            jsonpatch::removeValueAt(merged, decodePath(p));
    }
    for (const QString& p : applied) {
        const QStringList path = decodePath(p);
        jsonpatch::setValueAt(merged, path, jsonpatch::valueAt(configuration, path));
    }
    Entry& self = entry(manager, u"Apply"_s, apiVersion);
    self.fields = applied;
    self.time = time;
    prune(merged);
    return merged;
}

} // namespace ase::demo
