// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/graph/BindingGraph.h"

#include <QList>
#include <QString>

/// Which nodes of a binding graph a view shows: a focus on one object and its neighbourhood,
/// the problems only, and beyond a cap the most important ones (problems first, then the
/// selection's neighbourhood) with a count of the hidden rest. Pure: the window's graph and
/// its tests use it; the layout (columns, order) stays the graph's.
namespace ase::graph {

struct FilterOptions
{
    /// Non-empty: only this node and the nodes within `hops` edges of it.
    QString focusId;
    int hops = 2;
    /// Only problems (Pending, Lost, Released, Failed, half-bound, dangling) and what
    /// connects to them.
    bool problemsOnly = false;
    /// The most nodes shown; beyond it the rest are hidden (0: no cap).
    int cap = 0;
    /// Kept first after the problems when the cap applies: the selection (its neighbourhood).
    QString selectedId;
    int selectionHops = 2;

    bool operator==(const FilterOptions&) const = default;
};

struct FilterResult
{
    QList<int> nodes; ///< indexes into the graph's nodes, ascending
    int hidden = 0; ///< nodes that passed the focus and problem filters but not the cap
};

/// The nodes to show, by the options.
FilterResult filterGraph(const BindingGraph& graph, const FilterOptions& options);

} // namespace ase::graph
