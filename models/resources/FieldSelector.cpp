// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/FieldSelector.h"

#include <algorithm>

// A port of apimachinery pkg/fields/selector.go: splitTerms, splitTerm, UnescapeValue,
// EscapeValue and the hasTerm/notHasTerm/andTerm matching and printing.

namespace ase {

namespace {

using namespace Qt::StringLiterals;

/// Splits on commas that are not escaped; escapes stay in the terms.
QList<QStringView> splitTerms(QStringView selector)
{
    QList<QStringView> terms;
    if (selector.isEmpty())
        return terms;
    qsizetype start = 0;
    bool inSlash = false;
    for (qsizetype i = 0; i < selector.size(); ++i) {
        const QChar c = selector[i];
        if (inSlash)
            inSlash = false;
        else if (c == u'\\')
            inSlash = true;
        else if (c == u',') {
            terms << selector.sliced(start, i - start);
            start = i + 1;
        }
    }
    terms << selector.sliced(start);
    return terms;
}

struct SplitTerm
{
    QStringView field;
    FieldSelector::Operator op;
    QStringView value;
};

/// The first operator occurrence splits the term; "!=" and "==" are tried before "=".
std::optional<SplitTerm> splitTerm(QStringView term)
{
    for (qsizetype i = 0; i < term.size(); ++i) {
        const QStringView rest = term.sliced(i);
        if (rest.startsWith(u"!="))
            return SplitTerm {term.first(i), FieldSelector::Operator::NotEquals, rest.sliced(2)};
        if (rest.startsWith(u"=="))
            return SplitTerm {term.first(i), FieldSelector::Operator::DoubleEquals, rest.sliced(2)};
        if (rest.startsWith(u"="))
            return SplitTerm {term.first(i), FieldSelector::Operator::Equals, rest.sliced(1)};
    }
    return std::nullopt;
}

std::optional<QString> unescapeValue(QStringView s, QString* error)
{
    QString out;
    out.reserve(s.size());
    bool inSlash = false;
    for (const char32_t c : s.toUcs4()) {
        if (inSlash) {
            if (c != U'\\' && c != U',' && c != U'=') {
                *error = u"invalid field selector: invalid escape sequence: \\"_s + QString::fromUcs4(&c, 1);
                return std::nullopt;
            }
            out += QString::fromUcs4(&c, 1);
            inSlash = false;
            continue;
        }
        if (c == U'\\') {
            inSlash = true;
        } else if (c == U',' || c == U'=') {
            // Go prints the rune with %v: its number.
            *error = u"invalid field selector: unescaped character in value: "_s + QString::number(uint(c));
            return std::nullopt;
        } else {
            out += QString::fromUcs4(&c, 1);
        }
    }
    if (inSlash) {
        *error = u"invalid field selector: invalid escape sequence: \\"_s;
        return std::nullopt;
    }
    return out;
}

} // namespace

std::optional<FieldSelector> FieldSelector::parse(QStringView text, QString* error)
{
    QString message;
    const auto fail = [&](const QString& m) -> std::optional<FieldSelector> {
        if (error)
            *error = m;
        return std::nullopt;
    };

    QList<QStringView> parts = splitTerms(text);
    std::sort(parts.begin(), parts.end(), [](QStringView a, QStringView b) { return a.compare(b) < 0; });
    FieldSelector selector;
    for (const QStringView part : parts) {
        if (part.isEmpty())
            continue;
        const std::optional<SplitTerm> term = splitTerm(part);
        if (!term)
            return fail(u"invalid selector: '%1'; can't understand '%2'"_s.arg(text, part));
        const std::optional<QString> value = unescapeValue(term->value, &message);
        if (!value)
            return fail(message);
        // A term with neither field nor value selects everything and is dropped.
        if (term->field.isEmpty() && value->isEmpty())
            continue;
        selector.m_terms << Term {term->field.toString(), term->op, *value};
    }
    return selector;
}

QString FieldSelector::escapeValue(QStringView value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        if (c == u'\\' || c == u',' || c == u'=')
            out += u'\\';
        out += c;
    }
    return out;
}

bool FieldSelector::matches(const QMap<QString, QString>& fields) const
{
    return std::all_of(m_terms.cbegin(), m_terms.cend(), [&fields](const Term& t) {
        const bool equal = fields.value(t.field) == t.value;
        return t.op == Operator::NotEquals ? !equal : equal;
    });
}

std::optional<QString> FieldSelector::requiresExactMatch(const QString& field) const
{
    for (const Term& t : m_terms) {
        if (t.field == field && t.op != Operator::NotEquals)
            return t.value;
    }
    return std::nullopt;
}

QStringList FieldSelector::fieldNames() const
{
    QStringList out;
    for (const Term& t : m_terms) {
        if (!out.contains(t.field))
            out << t.field;
    }
    return out;
}

QString FieldSelector::toString() const
{
    QStringList parts;
    for (const Term& t : m_terms)
        parts << t.field + (t.op == Operator::NotEquals ? u"!="_s : u"="_s) + escapeValue(t.value);
    return parts.join(u',');
}

} // namespace ase
