// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/graph/GraphFilter.h"

#include <algorithm>

namespace ase::graph {

FilterResult filterGraph(const BindingGraph& graph, const FilterOptions& options)
{
    const qsizetype count = graph.nodes().size();
    QList<bool> in(count, true);
    if (!options.focusId.isEmpty()) {
        std::fill(in.begin(), in.end(), false);
        for (const int n : graph.neighbourhood(options.focusId, options.hops))
            in[n] = true;
    }
    if (options.problemsOnly) {
        QList<bool> problem(count, false);
        for (const int n : graph.problems())
            problem[n] = true;
        for (qsizetype i = 0; i < count; ++i)
            in[i] = in.at(i) && problem.at(i);
    }
    FilterResult result;
    for (int i = 0; i < int(count); ++i) {
        if (in.at(i))
            result.nodes.append(i);
    }
    if (options.cap <= 0 || result.nodes.size() <= options.cap)
        return result;

    // Beyond the cap: problems (and what links to them) first, then the selection's
    // neighbourhood, then the rest in column order, so that what is shown stays connected.
    QList<int> rank(count, 3);
    for (const int n : graph.problems())
        rank[n] = graph.nodes().at(n).problem ? 0 : 1;
    if (!options.selectedId.isEmpty()) {
        for (const int n : graph.neighbourhood(options.selectedId, options.selectionHops))
            rank[n] = std::min(rank.at(n), n == graph.indexOf(options.selectedId) ? -1 : 2);
    }
    QList<int> ordered = result.nodes;
    std::stable_sort(ordered.begin(), ordered.end(), [&](int a, int b) {
        if (rank.at(a) != rank.at(b))
            return rank.at(a) < rank.at(b);
        const Node& x = graph.nodes().at(a);
        const Node& y = graph.nodes().at(b);
        return x.order != y.order ? x.order < y.order : int(x.column) < int(y.column);
    });
    ordered.resize(options.cap);
    std::sort(ordered.begin(), ordered.end());
    result.hidden = int(result.nodes.size() - ordered.size());
    result.nodes = ordered;
    return result;
}

} // namespace ase::graph
