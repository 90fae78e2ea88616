// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QString>

namespace ase {

/// One copy of each repeated text. A table of 50,000 claims shows a handful of namespaces,
/// phases, classes and access modes; rows that take their texts from a pool share one
/// copy of each (QString is implicitly shared) instead of holding 50,000 copies. Meant for
/// texts with few distinct values: a pool keeps every text it was given.
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
        m_texts.insert(text);
        return text;
    }
    qsizetype size() const { return m_texts.size(); }

private:
    QSet<QString> m_texts;
};

} // namespace ase
