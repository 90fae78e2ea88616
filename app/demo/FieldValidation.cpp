// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/FieldValidation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace ase::demo::fieldvalidation {

std::optional<FieldValidation> fromString(const QString& value)
{
    if (value.isEmpty() || value == u"Warn")
        return FieldValidation::Warn;
    if (value == u"Ignore")
        return FieldValidation::Ignore;
    if (value == u"Strict")
        return FieldValidation::Strict;
    return std::nullopt;
}

namespace {

/// A minimal JSON reader that follows the paths of object keys and reports repeats.
class DuplicateScanner final
{
public:
    explicit DuplicateScanner(const QByteArray& json)
        : m_json(json)
    { }

    QStringList run()
    {
        value({});
        return m_duplicates;
    }

private:
    bool atEnd() const { return m_pos >= m_json.size(); }
    char current() const { return m_json.at(m_pos); }

    void skipBlanks()
    {
        while (!atEnd() && (current() == ' ' || current() == '\t' || current() == '\n' || current() == '\r'))
            ++m_pos;
    }

    void value(const QString& path)
    {
        skipBlanks();
        if (atEnd())
            return;
        if (current() == '{')
            object(path);
        else if (current() == '[')
            array(path);
        else if (current() == '"')
            string();
        else
            scalar();
    }

    void object(const QString& path)
    {
        ++m_pos;
        QSet<QString> seen;
        while (true) {
            skipBlanks();
            if (atEnd() || current() == '}') {
                ++m_pos;
                return;
            }
            if (current() == ',') {
                ++m_pos;
                continue;
            }
            if (current() != '"')
                return;
            const QString key = string();
            const QString fieldPath = path.isEmpty() ? key : path + u'.' + key;
            if (seen.contains(key))
                m_duplicates.append(fieldPath);
            seen.insert(key);
            skipBlanks();
            if (atEnd() || current() != ':')
                return;
            ++m_pos;
            value(fieldPath);
        }
    }

    void array(const QString& path)
    {
        ++m_pos;
        int index = 0;
        while (true) {
            skipBlanks();
            if (atEnd() || current() == ']') {
                ++m_pos;
                return;
            }
            if (current() == ',') {
                ++m_pos;
                ++index;
                continue;
            }
            const qsizetype before = m_pos;
            value(path + u'[' + QString::number(index) + u']');
            if (m_pos == before)
                return;
        }
    }

    QString string()
    {
        const qsizetype start = m_pos++;
        bool escaped = false;
        while (!atEnd() && current() != '"') {
            if (current() == '\\') {
                escaped = true;
                ++m_pos;
            }
            ++m_pos;
        }
        ++m_pos;
        const QByteArray raw = m_json.mid(start, m_pos - start);
        if (!escaped)
            return QString::fromUtf8(raw.mid(1, raw.size() - 2));
        return QJsonDocument::fromJson('[' + raw + ']').array().first().toString();
    }

    void scalar()
    {
        while (!atEnd() && current() != ',' && current() != '}' && current() != ']')
            ++m_pos;
    }

    const QByteArray& m_json;
    qsizetype m_pos = 0;
    QStringList m_duplicates;
};

} // namespace

QStringList duplicateFields(const QByteArray& json)
{
    return DuplicateScanner(json).run();
}

} // namespace ase::demo::fieldvalidation
