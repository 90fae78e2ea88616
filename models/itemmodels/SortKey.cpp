// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/SortKey.h"

#include <QDateTime>
#include <QVarLengthArray>

#include <algorithm>

namespace ase {

namespace {

template <typename Key>
void appendNaturalSortKey(QStringView text, Key& key)
{
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text[i].isDigit()) {
            key.append(text[i].toCaseFolded());
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text[end].isDigit())
            ++end;
        QStringView digits = text.sliced(i, end - i);
        while (digits.size() > 1 && digits.front() == u'0')
            digits = digits.sliced(1);
        // The marker sorts digits against other characters as '0' would; the length makes
        // a longer number greater before its digits are compared.
        key.append(u'0');
        key.append(QChar(char16_t(0x30 + std::min<qsizetype>(digits.size(), 0xff00))));
        key.append(digits);
        i = end;
    }
}

/// A key on the stack, for comparisons that do not keep it.
struct StackKey
{
    QVarLengthArray<char16_t, 128> units;
    void append(QChar c) { units.append(c.unicode()); }
    void append(QStringView text)
    {
        for (const QChar c : text)
            units.append(c.unicode());
    }
};

} // namespace

QString naturalSortKey(QStringView text)
{
    QString key;
    key.reserve(text.size() + 4);
    appendNaturalSortKey(text, key);
    return key;
}

int naturalCompare(QStringView left, QStringView right)
{
    StackKey a;
    StackKey b;
    appendNaturalSortKey(left, a);
    appendNaturalSortKey(right, b);
    const auto order = std::lexicographical_compare_three_way(
        a.units.cbegin(), a.units.cend(), b.units.cbegin(), b.units.cend());
    return order < 0 ? -1 : (order > 0 ? 1 : 0);
}

namespace {

template <typename T>
int threeWay(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

bool isInteger(int type)
{
    return type == QMetaType::Int || type == QMetaType::LongLong || type == QMetaType::UInt
        || type == QMetaType::ULongLong || type == QMetaType::Bool;
}

} // namespace

int compareSortValues(
    const QVariant& left, const QVariant& right, const QString* leftKey, const QString* rightKey)
{
    const int lt = left.typeId();
    const int rt = right.typeId();
    if (lt == QMetaType::QString && rt == QMetaType::QString) {
        if (leftKey && rightKey)
            return threeWay(*leftKey, *rightKey);
        return threeWay(naturalSortKey(left.toString()), naturalSortKey(right.toString()));
    }
    if (isInteger(lt) && isInteger(rt) && lt != QMetaType::ULongLong && rt != QMetaType::ULongLong)
        return threeWay(left.toLongLong(), right.toLongLong());
    if (lt == QMetaType::Double && rt == QMetaType::Double)
        return threeWay(left.toDouble(), right.toDouble());
    if (lt == QMetaType::QDateTime && rt == QMetaType::QDateTime) {
        const QDateTime a = left.toDateTime();
        const QDateTime b = right.toDateTime();
        // An unknown time sorts before every known one.
        if (a.isValid() != b.isValid())
            return a.isValid() ? 1 : -1;
        return threeWay(a.toMSecsSinceEpoch(), b.toMSecsSinceEpoch());
    }
    // Empty cells sort first; other mixes as QVariant orders them.
    if (!left.isValid() || !right.isValid())
        return left.isValid() ? 1 : (right.isValid() ? -1 : 0);
    const QPartialOrdering order = QVariant::compare(left, right);
    if (order == QPartialOrdering::Less)
        return -1;
    if (order == QPartialOrdering::Greater)
        return 1;
    return 0;
}

} // namespace ase
