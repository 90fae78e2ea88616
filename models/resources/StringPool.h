// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QString>

#include <algorithm>

namespace ase {

/// One copy of each repeated text. A table of 50,000 claims shows a handful of namespaces,
/// phases, classes and access modes; rows that take their texts from a pool share one
/// copy of each (QString is implicitly shared) instead of holding 50,000 copies.
///
/// The pool lets go of the texts nothing else holds any more: a label's value may be new
/// at every change (a counter, a timestamp), and a pool that kept every text it was given
/// grew by a text for each new value, for as long as the window was open. When it has
/// doubled since it last looked, it drops the texts only it holds (amortised O(1) a text).
/// Use it from one thread; copies of its texts may go to any.
class StringPool final
{
public:
    /// The pool's copy of @p text (added when new).
    QString intern(const QString& text)
    {
        if (text.isEmpty())
            return {};
        const auto it = m_texts.constFind(text);
        if (it != m_texts.cend())
            return *it;
        if (m_texts.size() >= m_pruneAt)
            prune();
        m_texts.insert(text);
        return text;
    }
    /// Texts held now (those only the pool holds included, until it next looks).
    qsizetype size() const { return m_texts.size(); }
    /// Drops the texts only the pool holds.
    void prune()
    {
        m_texts.removeIf([](const QString& text) { return text.isDetached(); });
        m_pruneAt = std::max<qsizetype>(kFirstPrune, 2 * m_texts.size());
    }

private:
    static constexpr qsizetype kFirstPrune = 1024;

    QSet<QString> m_texts;
    qsizetype m_pruneAt = kFirstPrune;
};

} // namespace ase
