// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/graph/RowPlacement.h"

#include <algorithm>
#include <cmath>

namespace ase::graph {

namespace {

/// Non-decreasing least-squares fit of @p values with @p weights (pool adjacent violators).
QList<double> isotonicFit(const QList<double>& values, const QList<double>& weights)
{
    struct Block
    {
        double weightedSum;
        double weight;
        qsizetype count;
        double mean() const { return weightedSum / weight; }
    };
    QList<Block> blocks;
    blocks.reserve(values.size());
    for (qsizetype k = 0; k < values.size(); ++k) {
        blocks.append({values.at(k) * weights.at(k), weights.at(k), 1});
        while (blocks.size() >= 2 && blocks.at(blocks.size() - 2).mean() > blocks.last().mean()) {
            const Block last = blocks.takeLast();
            Block& previous = blocks.last();
            previous.weightedSum += last.weightedSum;
            previous.weight += last.weight;
            previous.count += last.count;
        }
    }
    QList<double> fit;
    fit.reserve(values.size());
    for (const Block& b : std::as_const(blocks))
        fit.insert(fit.size(), b.count, b.mean());
    return fit;
}

/// Rows for @p column (in order) beside its neighbours already placed in @p row.
void placeColumn(const BindingGraph& graph, const QList<int>& column, QList<int>& row)
{
    QList<double> sum(graph.nodes().size(), 0.0);
    QList<int> count(graph.nodes().size(), 0);
    QList<bool> inColumn(graph.nodes().size(), false);
    for (const int node : column)
        inColumn[node] = true;
    for (const Edge& e : graph.edges()) {
        if (inColumn.at(e.from) && row.at(e.to) >= 0 && !inColumn.at(e.to)) {
            sum[e.from] += row.at(e.to);
            ++count[e.from];
        } else if (inColumn.at(e.to) && row.at(e.from) >= 0 && !inColumn.at(e.from)) {
            sum[e.to] += row.at(e.from);
            ++count[e.to];
        }
    }
    // Wanted rows as offsets from the packed rank; a node with no placed neighbour follows
    // the one before it, with a weight too small to move anyone.
    QList<double> wanted(column.size());
    QList<double> weights(column.size());
    double previous = 0;
    for (qsizetype k = 0; k < column.size(); ++k) {
        const int node = column.at(k);
        if (count.at(node) > 0) {
            previous = sum.at(node) / count.at(node) - double(k);
            weights[k] = 1.0;
        } else {
            weights[k] = 1e-6;
        }
        wanted[k] = previous;
    }
    const QList<double> fit = isotonicFit(wanted, weights);
    for (qsizetype k = 0; k < column.size(); ++k)
        row[column.at(k)] = int(std::max(0.0, std::round(fit.at(k)))) + int(k);
}

} // namespace

RowPlacement RowPlacement::place(const BindingGraph& graph, const QList<QList<int>>& columns)
{
    RowPlacement out;
    out.row = QList<int>(graph.nodes().size(), -1);
    out.columns = QList<QList<int>>(kColumnCount);
    if (columns.size() < kColumnCount)
        return out;
    int anchor = 0;
    for (int c = 1; c < kColumnCount; ++c)
        if (columns.at(c).size() > columns.at(anchor).size())
            anchor = c;
    for (qsizetype k = 0; k < columns.at(anchor).size(); ++k)
        out.row[columns.at(anchor).at(k)] = int(k);
    for (int c = anchor - 1; c >= 0; --c)
        placeColumn(graph, columns.at(c), out.row);
    for (int c = anchor + 1; c < kColumnCount; ++c)
        placeColumn(graph, columns.at(c), out.row);
    for (int c = 0; c < kColumnCount; ++c) {
        const QList<int>& column = columns.at(c);
        const int rows = column.isEmpty() ? 0 : out.row.at(column.last()) + 1;
        out.columns[c] = QList<int>(rows, -1);
        for (const int node : column)
            out.columns[c][out.row.at(node)] = node;
        out.rowCount = std::max(out.rowCount, rows);
    }
    return out;
}

} // namespace ase::graph
