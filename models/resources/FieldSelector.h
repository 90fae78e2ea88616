// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace ase {

/// A Kubernetes field selector (apimachinery pkg/fields): `metadata.name=x,metadata.namespace!=y`.
/// Terms are `f=v`, `f==v` or `f!=v`, joined by commas (AND); in values `\,`, `\=` and `\\`
/// are escapes. Matching is against a flat map of field values; a missing field reads as "".
class FieldSelector final
{
public:
    enum class Operator { Equals, DoubleEquals, NotEquals };

    struct Term
    {
        QString field;
        Operator op = Operator::Equals;
        QString value; ///< unescaped
        bool operator==(const Term& other) const = default;
    };

    FieldSelector() = default; ///< matches everything

    /// fields.ParseSelector. On failure returns nullopt and sets @p error to Kubernetes'
    /// message, e.g. "invalid selector: 'a'; can't understand 'a'".
    static std::optional<FieldSelector> parse(QStringView text, QString* error = nullptr);
    /// fields.EscapeValue: `\` → `\\`, `,` → `\,`, `=` → `\=`.
    static QString escapeValue(QStringView value);

    bool matches(const QMap<QString, QString>& fields) const;
    bool isEmpty() const { return m_terms.isEmpty(); }
    /// The value an `=`/`==` term demands of @p field, if there is one (RequiresExactMatch).
    std::optional<QString> requiresExactMatch(const QString& field) const;
    /// The distinct field names used, in order; a server rejects unknown ones with
    /// "field label not supported: <name>".
    QStringList fieldNames() const;
    /// As Kubernetes prints it: terms in parse order (sorted), `==` as `=`, values escaped.
    QString toString() const;
    const QList<Term>& terms() const { return m_terms; }

private:
    QList<Term> m_terms;
};

} // namespace ase
