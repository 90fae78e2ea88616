// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringView>

/// Go-compatible key order and number formatting of the YAML emitter: what makes its
/// output byte-identical to `kubectl get -o yaml` (go-yaml v2's sorter.go, strconv).
namespace ase::yaml {

/// go-yaml v2's keyList.Less for string keys: letters before other runes, runs of digits
/// compared as numbers ("a2" < "a10"), else by code point.
bool goKeyLess(QStringView a, QStringView b);
/// goKeyLess with a fast path for keys made of ASCII letters only (nearly all of them).
bool keyLess(const QString& a, const QString& b);
/// Rank of a top-level key in YamlKeyOrder::KubernetesFirst: apiVersion 0, kind 1,
/// metadata 2, spec 3, status 4, any other 5.
int topLevelRank(const QString& key);

/// strconv.FormatFloat(d, 'g', -1, 64) into `buf` (at least 32 bytes); returns the length.
int formatGoFloat(double d, char* buf);
/// A JSON number as kubectl prints it (json.Marshal, then go-yaml): an integral number
/// below 1e21 as an integer, .nan/.inf/-.inf, any other as Go's shortest 'g' format.
/// `buf` holds at least 64 bytes; returns the length.
int formatNumber(QJsonValueConstRef v, char* buf);

} // namespace ase::yaml
