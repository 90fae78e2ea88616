// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/graph/BindingGraph.h"

#include <QList>

namespace ase::graph {

/// Where each shown node of the main columns stands: its row. Each column keeps its order;
/// the fullest column is packed (row = rank), and every other column, taken outward from
/// it, is placed beside the nodes it is joined to: a Deployment beside the middle of its
/// pods, a share beside its volume, so that edges stay short, instead of every sparse
/// column packed at the top with its edges running the height of the graph.
///
/// Within a column the rows are the least-squares fit to the neighbours' mean rows subject
/// to keeping the order, one row apart (pool-adjacent-violators on row − rank), so a node
/// is pushed off its ideal row only as far as its column's crowding needs.
struct RowPlacement
{
    /// Per main column (kColumnCount of them): the node at each row, -1 for an empty row.
    QList<QList<int>> columns;
    /// Per graph node: its row, -1 when it is not in @p columns (hidden, or a class).
    QList<int> row;
    /// Rows of the tallest column (its last row + 1).
    int rowCount = 0;

    /// @p columns: per main column, the shown nodes in their order (indexes into
    /// @p graph's nodes). Pure: safe on a worker thread. O(columns × edges).
    static RowPlacement place(const BindingGraph& graph, const QList<QList<int>>& columns);
};

} // namespace ase::graph
