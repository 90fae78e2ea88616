// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace ase::demo {

/// JSON patch algorithms the API server accepts (pure functions).
namespace jsonpatch {

/// RFC 7386 JSON merge patch: objects merge recursively, null removes, anything else
/// (arrays included) replaces.
QJsonValue mergePatch(const QJsonValue& target, const QJsonValue& patch);

/// Strategic merge patch as kubectl sends it for the built-in kinds: like a merge
/// patch, but lists of objects with a merge key (containers, volumes, env, ports...,
/// or the key named by a `$setElementOrder/<field>` directive) merge element by element,
/// `$patch: delete|replace`, `$retainKeys`, `$deleteFromPrimitiveList/<field>` and
/// `$setElementOrder/<field>` are honoured, and `metadata.finalizers` merges as a set.
QJsonValue strategicMergePatch(const QJsonValue& target, const QJsonValue& patch);

/// RFC 6902 JSON patch (add, remove, replace, move, copy, test). On failure returns
/// nullopt and sets @p error to a message in the style of the API server
/// (e.g. "the server rejected our request due to an error in our request").
std::optional<QJsonValue> applyJsonPatch(
    const QJsonValue& target, const QJsonArray& operations, QString* error);

/// The value at a path of object keys; undefined QJsonValue when absent.
QJsonValue valueAt(const QJsonObject& object, const QStringList& path);
/// Sets the value at a path, creating intermediate objects.
void setValueAt(QJsonObject& object, const QStringList& path, const QJsonValue& value);
/// Removes the value at a path and then every parent object left empty.
void removeValueAt(QJsonObject& object, const QStringList& path);

} // namespace jsonpatch

} // namespace ase::demo
