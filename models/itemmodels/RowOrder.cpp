// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/RowOrder.h"

#include "models/itemmodels/SortKey.h"

#include <QDateTime>
#include <QRegularExpression>

#include <algorithm>
#include <limits>
#include <vector>

namespace ase {

ResourceFilter ResourceFilter::parse(const QString& text)
{
    ResourceFilter filter;
    static const QRegularExpression labelCondition(QStringLiteral("^([^=!\\s]+)(==|!=|=)(.*)$"));
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString& word : words) {
        const QRegularExpressionMatch m = labelCondition.match(word);
        if (m.hasMatch()) {
            if (m.captured(2) == u"!=")
                filter.labelNotEquals.insert(m.captured(1), m.captured(3));
            else
                filter.labelEquals.insert(m.captured(1), m.captured(3));
        } else {
            filter.words.append(word.toLower());
        }
    }
    return filter;
}

bool ResourceFilter::isEmpty() const
{
    return words.isEmpty() && labelEquals.isEmpty() && labelNotEquals.isEmpty() && namespaceName.isEmpty();
}

namespace {

const QString* labelValue(const TableRow& row, const QString& key)
{
    for (const auto& [k, v] : row.labels) {
        if (k == key)
            return &v;
    }
    return nullptr;
}

} // namespace

bool ResourceFilter::accepts(const TableRow& row) const
{
    if (!namespaceName.isEmpty() && row.namespaceName != namespaceName)
        return false;
    for (const QString& word : words) {
        const bool found = std::any_of(row.display.cbegin(), row.display.cend(),
            [&word](const QString& cell) { return cell.contains(word, Qt::CaseInsensitive); });
        if (!found)
            return false;
    }
    for (auto it = labelEquals.cbegin(); it != labelEquals.cend(); ++it) {
        const QString* value = labelValue(row, it.key());
        if (!value || *value != it.value())
            return false;
    }
    for (auto it = labelNotEquals.cbegin(); it != labelNotEquals.cend(); ++it) {
        const QString* value = labelValue(row, it.key());
        if (value && *value == it.value())
            return false;
    }
    return true;
}

namespace {

bool isText(const QVariant* raw)
{
    return !raw || raw->typeId() == QMetaType::QString;
}

template <typename T>
int threeWay(const T& a, const T& b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

/// Ties fall back to the key (namespace/name, naturally), so the order is total.
int compareKeys(const QString& left, const QString& right)
{
    if (const int c = naturalCompare(left, right); c != 0)
        return c;
    return left.compare(right);
}

} // namespace

int compareTableRows(const TableRow& left, const TableRow& right, int column)
{
    if (column >= 0 && column < left.display.size() && column < right.display.size()) {
        const QVariant* lRaw = left.rawSortValue(column);
        const QVariant* rRaw = right.rawSortValue(column);
        int c = 0;
        if (isText(lRaw) && isText(rRaw)) {
            c = naturalCompare(lRaw ? lRaw->toString() : left.display.at(column),
                rRaw ? rRaw->toString() : right.display.at(column));
        } else {
            c = compareSortValues(lRaw ? *lRaw : QVariant(left.display.at(column)),
                rRaw ? *rRaw : QVariant(right.display.at(column)));
        }
        if (c != 0)
            return c;
    }
    return compareKeys(left.key, right.key);
}

bool RowOrdering::before(const TableRow& left, int leftIndex, const TableRow& right, int rightIndex) const
{
    if (column < 0)
        return leftIndex < rightIndex;
    const int c = compareTableRows(left, right, column);
    return order == Qt::AscendingOrder ? c < 0 : c > 0;
}

namespace {

/// A row's sort key in one column, computed once: what compareTableRows() compares,
/// in the cheapest form that compares the same.
struct SortEntry
{
    enum Kind : quint8 { Text, Integer, Real, Time, Other };

    static SortEntry of(const TableRow& row, int index, int column)
    {
        SortEntry e;
        e.row = index;
        e.tie = naturalSortKey(row.key);
        if (column >= row.display.size()) {
            e.kind = Other;
            return e;
        }
        const QVariant* raw = row.rawSortValue(column);
        e.value = raw ? *raw : QVariant(row.display.at(column));
        switch (e.value.typeId()) {
        case QMetaType::QString:
            e.kind = Text;
            e.text = naturalSortKey(e.value.toString());
            break;
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
        case QMetaType::Long:
        case QMetaType::Short:
        case QMetaType::UShort:
            e.kind = Integer;
            e.number = e.value.toLongLong();
            break;
        case QMetaType::Double:
            e.kind = Real;
            e.real = e.value.toDouble();
            break;
        case QMetaType::QDateTime: {
            // An unknown time sorts before every known one (compareSortValues()).
            const QDateTime time = e.value.toDateTime();
            e.kind = Time;
            e.number = time.isValid() ? time.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
            break;
        }
        default:
            e.kind = Other;
        }
        return e;
    }

    int compare(const SortEntry& other, const QList<TableRow>& rows) const
    {
        int c = 0;
        if (kind == other.kind && kind != Other) {
            switch (kind) {
            case Text:
                c = threeWay(text, other.text);
                break;
            case Real:
                c = threeWay(real, other.real);
                break;
            default:
                c = threeWay(number, other.number);
            }
        } else {
            c = compareSortValues(value, other.value);
        }
        if (c != 0)
            return c;
        if (const int t = threeWay(tie, other.tie); t != 0)
            return t;
        return rows.at(row).key.compare(rows.at(other.row).key);
    }

    int row = 0;
    Kind kind = Other;
    qint64 number = 0;
    double real = 0;
    QString text; ///< naturalSortKey() of a text value
    QString tie; ///< naturalSortKey() of the row's key
    QVariant value; ///< for values of different kinds, compared as compareSortValues() does
};

constexpr int kCancelCheckEvery = 4096;

} // namespace

QList<int> orderRows(
    const QList<TableRow>& rows, const RowOrdering& ordering, const std::function<bool()>& canceled)
{
    const auto stop = [&canceled] { return canceled && canceled(); };
    QList<int> accepted;
    accepted.reserve(rows.size());
    const bool everything = ordering.filter.isEmpty();
    for (int i = 0; i < rows.size(); ++i) {
        if (i % kCancelCheckEvery == 0 && stop())
            return {};
        if (everything || ordering.filter.accepts(rows.at(i)))
            accepted.append(i);
    }
    if (ordering.column < 0)
        return accepted;

    std::vector<SortEntry> entries;
    entries.reserve(accepted.size());
    for (qsizetype i = 0; i < accepted.size(); ++i) {
        if (i % kCancelCheckEvery == 0 && stop())
            return {};
        entries.push_back(SortEntry::of(rows.at(accepted.at(i)), accepted.at(i), ordering.column));
    }
    if (stop())
        return {};
    std::vector<int> order(entries.size());
    for (int i = 0; i < int(order.size()); ++i)
        order[i] = i;
    const bool ascending = ordering.order == Qt::AscendingOrder;
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        const int c = entries[a].compare(entries[b], rows);
        return ascending ? c < 0 : c > 0;
    });
    for (qsizetype i = 0; i < accepted.size(); ++i)
        accepted[i] = entries[order[i]].row;
    return accepted;
}

} // namespace ase
