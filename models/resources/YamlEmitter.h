// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>

namespace ase {

/// Order of the keys of the top-level mapping of each document.
enum class YamlKeyOrder {
    /// apiVersion, kind, metadata, spec, status first, then the others in kubectl's
    /// order (the order the project asked for; identical to kubectl for PV and PVC).
    KubernetesFirst,
    /// Every mapping in kubectl's order, the top level included: exactly what
    /// `kubectl get -o yaml` prints (a StorageClass then starts with allowVolumeExpansion).
    Kubectl,
};

/// Emits one object as YAML, byte for byte the way `kubectl get -o yaml` prints it
/// (sigs.k8s.io/yaml → go-yaml v2): block style, 2-space indentation, sequences in
/// mappings not indented, nested keys in go-yaml's order, `{}`/`[]` for empty
/// collections, go-yaml's quoting (`"true"`, `"0755"`, `""`, `'- x'`), literal blocks
/// for multi-line strings and folding of long scalars at column 80.
QByteArray toYaml(const QJsonObject& object, YamlKeyOrder order = YamlKeyOrder::KubernetesFirst);

/// Several objects as one multi-document stream, separated by `---` lines.
QByteArray toYaml(const QList<QJsonObject>& objects, YamlKeyOrder order = YamlKeyOrder::KubernetesFirst);

} // namespace ase
