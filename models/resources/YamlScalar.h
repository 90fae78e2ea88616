// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonValue>
#include <QString>

#include <string>
#include <string_view>

/// Scalar resolution of the YAML codec: how kubectl's YAML reader (go-yaml v2, YAML 1.1,
/// resolve.go) types a scalar, for the parser (what a plain scalar means) and the emitter
/// (which strings must be quoted to stay strings). Texts are UTF-8.
namespace ase::yaml {

/// True when go-yaml would read the unquoted text back as something other than a string
/// (bool, null, int, float, timestamp), so that it must be written double-quoted.
bool resolvesToNonString(std::string_view text);

/// go-yaml v2's isBase60Float: YAML 1.1 sexagesimal numbers ("1:20", "-190:20:30.15"),
/// which the emitter quotes although go-yaml v2 reads them back as strings.
bool isBase60Float(std::string_view text);

/// go-yaml v2 resolve() for a plain scalar: true/false/yes/no/on/off → bool, null/~/empty →
/// null, integers (also 0x.., 0o.., 0755, 1_000) → integer, floats (and .inf/.nan) →
/// double; timestamps and everything else stay `string` (the same text as QString).
QJsonValue resolvePlain(std::string_view text, const QString& string);

/// A scalar with its tag as yaml-cpp reports it: "?" or "" (plain) resolve as above;
/// tag:yaml.org,2002:null/bool/int/float resolve when the text fits; quoted, block, !!str
/// and unknown tags stay strings.
QJsonValue resolveScalar(const std::string& tag, std::string_view text, const QString& string);

} // namespace ase::yaml
