// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/itemmodels/ResourceTableModel.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace ase {

/// What the filter box and the namespace choice ask for, as a value.
struct ResourceFilter
{
    /// Parses the filter box: words are matched (all of them) against the row's text;
    /// `key=value`, `key==value` and `key!=value` words are label conditions.
    static ResourceFilter parse(const QString& text);

    /// Whether a row passes: its namespace, each word in one of its cells (ignoring
    /// case), and its labels. Reads only the row, so any thread may call it.
    bool accepts(const TableRow& row) const;
    bool isEmpty() const;

    QStringList words; ///< lower-case
    QMap<QString, QString> labelEquals;
    QMap<QString, QString> labelNotEquals;
    QString namespaceName; ///< empty: all namespaces

    bool operator==(const ResourceFilter&) const = default;
};

/// How a table is shown: the column it sorts by (-1: the table's own order), the
/// direction and the filter.
struct RowOrdering
{
    int column = -1;
    Qt::SortOrder order = Qt::AscendingOrder;
    ResourceFilter filter;

    bool operator==(const RowOrdering&) const = default;
    /// Whether row @p left comes before row @p right: compareTableRows() by the column,
    /// in the direction; by their indexes when the column is -1.
    bool before(const TableRow& left, int leftIndex, const TableRow& right, int rightIndex) const;
};

/// Orders two rows by a column as the tables sort them: the raw value (bytes, times,
/// numbers; text naturally, case-insensitive), ties by key, so that only one row compares
/// equal to itself. Negative, zero or positive.
int compareTableRows(const TableRow& left, const TableRow& right, int column);

/// The rows @p ordering accepts, in its order, as indexes into @p rows. Reads only, so a
/// worker thread may order a copy of a table's rows (the copy shares them) while the table
/// goes on changing. Each row's key is computed once, so that a sort of 100,000 rows
/// compares keys instead of walking texts. When @p canceled returns true (it is asked now
/// and then), the result is empty.
QList<int> orderRows(
    const QList<TableRow>& rows, const RowOrdering& ordering, const std::function<bool()>& canceled = {});

} // namespace ase
