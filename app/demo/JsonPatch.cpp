// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/JsonPatch.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace ase::demo::jsonpatch {

QJsonValue mergePatch(const QJsonValue& target, const QJsonValue& patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonObject p = patch.toObject();
    for (auto it = p.begin(); it != p.end(); ++it) {
        if (it.value().isNull())
            result.remove(it.key());
        else
            result.insert(it.key(), mergePatch(result.value(it.key()), it.value()));
    }
    return result;
}

namespace {

QString mergeKeyFor(const QString& field)
{
    static const QHash<QString, QString> keys = {
        {u"containers"_s, u"name"_s},
        {u"initContainers"_s, u"name"_s},
        {u"volumes"_s, u"name"_s},
        {u"volumeMounts"_s, u"mountPath"_s},
        {u"env"_s, u"name"_s},
        {u"ports"_s, u"containerPort"_s},
        {u"imagePullSecrets"_s, u"name"_s},
        {u"conditions"_s, u"type"_s},
        {u"tolerations"_s, u"key"_s},
        {u"ownerReferences"_s, u"uid"_s},
    };
    return keys.value(field);
}

QJsonArray mergeObjectList(
    const QJsonArray& target, const QJsonArray& patch, const QString& key, const QJsonArray& order)
{
    QJsonArray result = target;
    const auto indexOf = [&result, &key](const QJsonValue& k) -> qsizetype {
        for (qsizetype i = 0; i < result.size(); ++i) {
            if (result.at(i).toObject().value(key) == k)
                return i;
        }
        return -1;
    };
    for (const QJsonValue& v : patch) {
        QJsonObject element = v.toObject();
        const qsizetype i = indexOf(element.value(key));
        if (element.value("$patch"_L1).toString() == u"delete") {
            if (i >= 0)
                result.removeAt(i);
            continue;
        }
        if (i >= 0)
            result.replace(i, strategicMergePatch(result.at(i), element));
        else
            result.append(strategicMergePatch(QJsonObject(), element));
    }
    if (order.isEmpty())
        return result;
    QJsonArray ordered;
    for (const QJsonValue& o : order) {
        const qsizetype i = indexOf(o.toObject().value(key));
        if (i >= 0)
            ordered.append(result.takeAt(i));
    }
    for (const QJsonValue& rest : std::as_const(result))
        ordered.append(rest);
    return ordered;
}

} // namespace

QJsonValue strategicMergePatch(const QJsonValue& target, const QJsonValue& patch)
{
    if (!patch.isObject())
        return patch;
    QJsonObject p = patch.toObject();
    const QString directive = p.take("$patch"_L1).toString();
    if (directive == u"replace")
        return p;
    if (directive == u"delete")
        return QJsonValue();
    QJsonObject result = target.isObject() ? target.toObject() : QJsonObject();
    const QJsonValue retainKeys = p.take("$retainKeys"_L1);
    QHash<QString, QJsonArray> orders;
    QHash<QString, QJsonArray> deletions;
    for (const QString& k : p.keys()) {
        if (k.startsWith(u"$setElementOrder/"))
            orders.insert(k.mid(17), p.take(k).toArray());
        else if (k.startsWith(u"$deleteFromPrimitiveList/"))
            deletions.insert(k.mid(25), p.take(k).toArray());
    }
    for (auto it = p.begin(); it != p.end(); ++it) {
        const QString& k = it.key();
        const QJsonValue& v = it.value();
        if (v.isNull()) {
            result.remove(k);
        } else if (v.isObject()) {
            const QJsonValue merged = strategicMergePatch(result.value(k), v);
            if (merged.isUndefined() || merged.isNull())
                result.remove(k);
            else
                result.insert(k, merged);
        } else if (v.isArray()) {
            const QJsonArray current = result.value(k).toArray();
            const QJsonArray patchList = v.toArray();
            QString key = mergeKeyFor(k);
            const QJsonArray order = orders.value(k);
            if (key.isEmpty() && !order.isEmpty() && order.first().isObject()
                && order.first().toObject().size() == 1)
                key = order.first().toObject().keys().first();
            const bool objects = !patchList.isEmpty() && patchList.first().isObject();
            if (objects && !key.isEmpty()) {
                result.insert(k, mergeObjectList(current, patchList, key, order));
            } else if (!objects && (k == u"finalizers" || (!order.isEmpty() && !order.first().isObject()))) {
                QJsonArray merged = current;
                for (const QJsonValue& e : patchList) {
                    if (!merged.contains(e))
                        merged.append(e);
                }
                result.insert(k, merged);
            } else {
                result.insert(k, v);
            }
        } else {
            result.insert(k, v);
        }
    }
    for (auto it = deletions.cbegin(); it != deletions.cend(); ++it) {
        QJsonArray list = result.value(it.key()).toArray();
        for (const QJsonValue& d : it.value()) {
            for (qsizetype i = list.size() - 1; i >= 0; --i) {
                if (list.at(i) == d)
                    list.removeAt(i);
            }
        }
        result.insert(it.key(), list);
    }
    if (retainKeys.isArray()) {
        const QJsonArray keep = retainKeys.toArray();
        for (const QString& k : result.keys()) {
            if (!keep.contains(QJsonValue(k)))
                result.remove(k);
        }
    }
    return result;
}

namespace {

/// RFC 6901 pointer → tokens.
std::optional<QStringList> parsePointer(const QString& pointer)
{
    if (pointer.isEmpty())
        return QStringList();
    if (!pointer.startsWith(u'/'))
        return std::nullopt;
    QStringList tokens = pointer.mid(1).split(u'/');
    for (QString& t : tokens)
        t = t.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
    return tokens;
}

enum class Op { Get, Add, Replace, Remove };

/// Walks to tokens[depth..] inside node, applying op at the end. Returns false on a bad path.
bool walk(QJsonValue& node, const QStringList& tokens, qsizetype depth, Op op, QJsonValue& value)
{
    const QString& token = tokens.at(depth);
    const bool last = depth == tokens.size() - 1;
    if (node.isObject()) {
        QJsonObject obj = node.toObject();
        if (last) {
            switch (op) {
            case Op::Get:
                if (!obj.contains(token))
                    return false;
                value = obj.value(token);
                return true;
            case Op::Replace:
            case Op::Remove:
                if (!obj.contains(token))
                    return false;
                if (op == Op::Remove) {
                    value = obj.take(token);
                } else {
                    obj.insert(token, value);
                }
                break;
            case Op::Add:
                obj.insert(token, value);
                break;
            }
            node = obj;
            return true;
        }
        if (!obj.contains(token))
            return false;
        QJsonValue child = obj.value(token);
        if (!walk(child, tokens, depth + 1, op, value))
            return false;
        if (op != Op::Get) {
            obj.insert(token, child);
            node = obj;
        }
        return true;
    }
    if (node.isArray()) {
        QJsonArray arr = node.toArray();
        bool isIndex = false;
        const qsizetype index = token == u"-" ? arr.size() : token.toLongLong(&isIndex);
        if (token != u"-" && (!isIndex || index < 0))
            return false;
        if (last) {
            switch (op) {
            case Op::Get:
                if (index >= arr.size())
                    return false;
                value = arr.at(index);
                return true;
            case Op::Add:
                if (index > arr.size())
                    return false;
                arr.insert(index, value);
                break;
            case Op::Replace:
                if (index >= arr.size())
                    return false;
                arr.replace(index, value);
                break;
            case Op::Remove:
                if (index >= arr.size())
                    return false;
                value = arr.takeAt(index);
                break;
            }
            node = arr;
            return true;
        }
        if (index >= arr.size())
            return false;
        QJsonValue child = arr.at(index);
        if (!walk(child, tokens, depth + 1, op, value))
            return false;
        if (op != Op::Get) {
            arr.replace(index, child);
            node = arr;
        }
        return true;
    }
    return false;
}

bool run(QJsonValue& doc, const QString& pointer, Op op, QJsonValue& value)
{
    const std::optional<QStringList> tokens = parsePointer(pointer);
    if (!tokens)
        return false;
    if (tokens->isEmpty()) {
        if (op == Op::Get)
            value = doc;
        else if (op == Op::Remove)
            doc = QJsonValue();
        else
            doc = value;
        return true;
    }
    return walk(doc, *tokens, 0, op, value);
}

} // namespace

std::optional<QJsonValue> applyJsonPatch(
    const QJsonValue& target, const QJsonArray& operations, QString* error)
{
    QJsonValue doc = target;
    for (const QJsonValue& opValue : operations) {
        const QJsonObject op = opValue.toObject();
        const QString name = op.value("op"_L1).toString();
        const QString path = op.value("path"_L1).toString();
        QJsonValue value = op.value("value"_L1);
        bool ok = false;
        if (name == u"add") {
            ok = op.contains("value"_L1) && run(doc, path, Op::Add, value);
        } else if (name == u"remove") {
            ok = run(doc, path, Op::Remove, value);
        } else if (name == u"replace") {
            ok = op.contains("value"_L1) && run(doc, path, Op::Replace, value);
        } else if (name == u"move" || name == u"copy") {
            QJsonValue moved;
            const QString from = op.value("from"_L1).toString();
            ok = run(doc, from, name == u"move" ? Op::Remove : Op::Get, moved)
                && run(doc, path, Op::Add, moved);
        } else if (name == u"test") {
            QJsonValue current;
            ok = run(doc, path, Op::Get, current) && current == value;
            if (!ok && error) {
                *error = u"the server rejected our request due to an error in our request"_s;
                return std::nullopt;
            }
        }
        if (!ok) {
            if (error) {
                *error = name.isEmpty() ? u"Unexpected kind: "_s
                                        : u"the server rejected our request due to an error in our request"_s;
            }
            return std::nullopt;
        }
    }
    return doc;
}

QJsonValue valueAt(const QJsonObject& object, const QStringList& path)
{
    QJsonValue node = object;
    for (const QString& key : path) {
        if (!node.isObject())
            return QJsonValue(QJsonValue::Undefined);
        const QJsonObject o = node.toObject();
        if (!o.contains(key))
            return QJsonValue(QJsonValue::Undefined);
        node = o.value(key);
    }
    return node;
}

namespace {

void setIn(QJsonObject& object, const QStringList& path, qsizetype depth, const QJsonValue& value)
{
    const QString& key = path.at(depth);
    if (depth == path.size() - 1) {
        object.insert(key, value);
        return;
    }
    QJsonObject child = object.value(key).toObject();
    setIn(child, path, depth + 1, value);
    object.insert(key, child);
}

void removeIn(QJsonObject& object, const QStringList& path, qsizetype depth)
{
    const QString& key = path.at(depth);
    if (!object.contains(key))
        return;
    if (depth == path.size() - 1) {
        object.remove(key);
        return;
    }
    if (!object.value(key).isObject())
        return;
    QJsonObject child = object.value(key).toObject();
    removeIn(child, path, depth + 1);
    if (child.isEmpty())
        object.remove(key);
    else
        object.insert(key, child);
}

} // namespace

void setValueAt(QJsonObject& object, const QStringList& path, const QJsonValue& value)
{
    if (!path.isEmpty())
        setIn(object, path, 0, value);
}

void removeValueAt(QJsonObject& object, const QStringList& path)
{
    if (!path.isEmpty())
        removeIn(object, path, 0);
}

} // namespace ase::demo::jsonpatch
