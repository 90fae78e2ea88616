// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/graph/BindingGraph.h"
#include "models/graph/GraphFilter.h"
#include "ui/graph/GraphView.h"

#include <QString>
#include <QThreadPool>
#include <QWidget>

#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;
class QToolButton;

class QMenu;

namespace ase {

class ResourceStore;
namespace graph {
class GraphSource;
}

/// The binding graph of the store, live: a tool bar (scope: cluster, namespace or the
/// selection and its neighbours; hops; problems only; the cap; zoom, fit, export) over a
/// GraphView. Rebuilt from the store's changes (coalesced); nodes whose links did not
/// change keep their order, so the picture does not jump.
class GraphPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphPanel)

public:
    enum class Scope { Cluster, Namespace, Focus };

    explicit GraphPanel(ResourceStore* store, QWidget* parent = nullptr);
    ~GraphPanel() override;

    GraphView* view() const { return m_view; }
    graph::GraphSource* source() const { return m_source; }
    const graph::BindingGraph& currentGraph() const { return m_graph; }

    void setScope(Scope scope);
    Scope scope() const;
    void setHops(int hops);
    void setProblemsOnly(bool on);
    /// The most nodes drawn (0: all). Default 3,000.
    void setCap(int nodes);
    /// Nodes hidden by the cap in the picture now.
    int hiddenCount() const { return m_hidden; }
    /// The namespace of the Namespace scope (the window's choice; empty: the selection's).
    void setNamespace(const QString& ns);

    /// Follows a selection made elsewhere (a pane): highlights and reveals the node.
    void selectObject(const QString& kind, const QString& key);
    /// Rebuilds now instead of at the end of the coalescing interval.
    void rebuildNow();
    /// The shortest time between two rebuilds (default 250 ms; it grows with the build time).
    void setMinimumInterval(int milliseconds);
    /// Time of the last build and of the last filter, and how many nodes the last live
    /// rebuild placed anew (for the benchmark).
    qint64 lastBuildMs() const { return m_lastBuildMs; }
    int lastMoved() const { return m_lastMoved; }
    /// The ids of the nodes the last live rebuild placed anew (new, or their links changed).
    QStringList lastMovedIds() const { return m_lastMovedIds; }

    /// The node id of an object of the store ("PersistentVolumeClaim", "ns/name" →
    /// "PersistentVolumeClaim/ns/name"), and back (empty kind for a missing volume).
    static QString nodeIdOf(const QString& kind, const QString& key);
    static std::pair<QString, QString> objectOf(const graph::Node& node);

    /// Builds (and refilters) on a worker thread from this many milliseconds of predicted
    /// build time on (default 8; 0: always, for tests of the worker path).
    void setWorkerThreshold(int milliseconds) { m_workerThresholdMs = milliseconds; }
    /// Whether a build of @p objects runs on the GUI thread: its time, predicted from the
    /// last build's time per object, is under @p thresholdMs. (A graph that grew from 2,000
    /// objects to 60,000 is not built there because its last build was quick.)
    static bool buildsHere(qint64 lastBuildMs, qsizetype lastObjects, qsizetype objects, int thresholdMs);
    /// No build running or waiting: what is shown is the store's state now.
    bool isSettled() const;

Q_SIGNALS:
    /// A node was selected in the graph (select it in its pane).
    void objectSelected(const QString& kind, const QString& key);
    /// A node was double-clicked (open its details).
    void objectOpened(const QString& kind, const QString& key);
    /// A context menu is being made for an object's node: add the object's actions to @p menu
    /// (the window adds the same ones as in its panes).
    void objectContextMenuRequested(const QString& kind, const QString& key, QMenu* menu);
    /// The graph was rebuilt (tests wait for it).
    void rebuilt();

private:
    /// The graph's context menu: the object's actions (objectContextMenuRequested), then
    /// Focus on This, Fit and Export Picture. Not modal: it deletes itself when closed.
    void showContextMenu(const QString& id, const QPoint& globalPos);
    /// What a build gives: the graph, ordered (or in the previous order), what moved, what
    /// the filter keeps and the view's layout of it, all made off the GUI thread when large.
    struct Built
    {
        graph::BindingGraph graph;
        QString ns;
        int moved = 0;
        QStringList movedIds;
        qint64 ms = 0;
        qsizetype objects = 0; ///< in the input it was built from
        graph::FilterOptions options;
        graph::FilterResult filtered;
        int problemsShown = 0;
        GraphView::Layout layout;
    };
    static Built buildGraph(const graph::GraphInput& input, const QString& ns, bool live,
        const graph::BindingGraph& previous, const graph::FilterOptions& options);
    /// Filters and lays out a built graph (any thread).
    static void filterAndLayOut(Built& built);
    graph::FilterOptions filterOptions() const;
    /// Frees a graph and a layout no longer shown on the worker thread (large ones cost
    /// tens of milliseconds to free).
    void dispose(graph::BindingGraph graph, GraphView::Layout layout);
    void showFiltered(Built& built);

    void rebuild();
    /// The store changed: rebuild here when builds are quick, else on a worker thread so
    /// that the window stays responsive (a large graph takes about a second to build).
    void sourceChanged();
    void adopt(Built built);
    void refilter();
    QString scopeNamespace() const;
    QString toolTipOf(const graph::Node& node) const;
    void exportPicture();

    ResourceStore* m_store;
    graph::GraphSource* m_source;
    GraphView* m_view;
    QComboBox* m_scope;
    QSpinBox* m_hops;
    QCheckBox* m_problemsOnly;
    QCheckBox* m_limit;
    QLabel* m_status;
    graph::BindingGraph m_graph;
    bool m_built = false;
    QString m_builtNamespace;
    QString m_namespace;
    QString m_selectedId;
    int m_cap = 3000;
    int m_minInterval = 250; ///< the shortest coalescing of the store's changes
    int m_hidden = 0;
    qint64 m_lastBuildMs = 0;
    int m_lastMoved = 0;
    QStringList m_lastMovedIds;
    QThreadPool m_pool; ///< one worker: the background builds, one at a time
    bool m_building = false; ///< a background build is running
    bool m_buildAgain = false; ///< the store changed again meanwhile
    quint64 m_generation = 0; ///< graphs adopted so far
    int m_workerThresholdMs = 8;
    qsizetype m_lastBuildObjects = 0;
};

} // namespace ase
