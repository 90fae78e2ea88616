// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ase {

/// Where and why YAML could not be read. Line and column are 1-based.
struct YamlError
{
    int document = 0; ///< 1-based index of the document in the stream
    int line = 0;
    int column = 0;
    QString message; ///< English, from yaml-cpp or ours ("document 2 is not a Kubernetes object: ...")

    /// "line 3, column 7: <message>" (translated frame, message as is).
    QString toString() const;
};

/// The objects of a multi-document YAML stream.
struct YamlDocuments
{
    QList<QJsonObject> objects; ///< one per non-empty document, in order
    QList<int> lines; ///< the 1-based line where each object starts
    std::optional<YamlError> error;

    bool ok() const { return !error.has_value(); }
};

/// Bounds on what parseYaml() reads, so that hostile or broken YAML fails fast with an
/// error naming the bound instead of exhausting memory or time. The defaults are far above
/// any real manifest bundle or kubeconfig.
struct YamlLimits
{
    qsizetype maxBytes = 32 * 1024 * 1024; ///< the text
    qsizetype maxDepth = 256; ///< nesting of mappings and sequences
    /// Values (scalars, mappings, sequences, keys included) of the whole stream as they are
    /// once aliases are expanded: what stops "billion laughs" (a few lines of anchors and
    /// aliases standing for 10^9 values).
    qint64 maxValues = 4'000'000;
    int maxDocuments = 10'000;
};

/// Parses a YAML stream (one or more documents) with yaml-cpp. Each document must be a
/// mapping (a Kubernetes object); empty documents are skipped. Plain scalars are typed
/// the way kubectl's YAML reader (go-yaml v2, YAML 1.1) types them: true/false/yes/no/
/// on/off → bool, null/~/empty → null, integers (also 0x.., 0o.., 0755, 1_000) → integer,
/// floats → double; quoted and block scalars stay strings, timestamps stay strings.
/// On a syntax error nothing is returned but the error. A document that is not a mapping
/// sets the error and the other documents are kept; a duplicate or non-string key stops
/// reading there (the documents before it are kept). Passing a limit is an error naming
/// it, and nothing is returned but the error.
YamlDocuments parseYaml(QByteArrayView yaml, const YamlLimits& limits = {});

} // namespace ase
