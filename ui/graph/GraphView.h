// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/graph/BindingGraph.h"

#include <QFont>
#include <QFontMetricsF>
#include <QHash>
#include <QImage>
#include <QList>
#include <QPixmap>
#include <QPointF>
#include <QRectF>
#include <QStaticText>
#include <QString>
#include <QWidget>

#include <array>
#include <functional>
#include <span>

namespace ase {

/// Draws a binding graph in its fixed columns (Share | PersistentVolume | Claim | Pod |
/// Workload, classes in a row above), the nodes coloured and marked by phase as in the
/// panes, with zoom, pan, fit, hover and selection.
///
/// A custom-painted widget rather than a QGraphicsView: the layout is a grid (column,
/// row), so what is in view is an index range per column found in O(1), and a node costs
/// two integers instead of a QGraphicsItem (at 50,000 nodes the scene's items and BSP index
/// cost more memory and update time than the graph itself). Painting is level-of-detail:
/// names, icons and curves when zoomed in, plain boxes and straight lines when zoomed out.
class GraphView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphView)

public:
    explicit GraphView(QWidget* parent = nullptr);
    ~GraphView() override;

    /// What the view shows, placed: made by layOut() on any thread (a worker, for a large
    /// graph), adopted by setLayout() in constant time.
    struct Layout
    {
        graph::BindingGraph graph;
        QList<int> visible; ///< node indexes shown, ascending
        QList<int> row; ///< per graph node: its row in its column, -1 when hidden
        QList<qint8> status; ///< per graph node: its ResourceTableModel::Status (shown nodes)
        /// Per column (Class last): the shown node at each row, -1 for an empty row (a sparse
        /// column stands beside the nodes it is joined to; see graph::RowPlacement).
        QList<QList<int>> columns;
        /// The edges between shown nodes, per node: edgeList[edgeStart[n] .. edgeStart[n + 1]).
        QList<int> edgeStart;
        QList<int> edgeList;
        QList<int> findingEdges; ///< the shown edges that are findings (half-bound, dangling)
        QRectF bounds;
        double mainTop = 0; ///< y of the first row of the main columns
    };
    /// Places @p visible (indexes into the graph's nodes) of @p graph in the graph's column
    /// order. Pure: safe on a worker thread.
    static Layout layOut(const graph::BindingGraph& graph, const QList<int>& visible);

    /// Shows @p visible of @p graph (lays it out here). Zoom, pan and selection are kept.
    void setGraph(const graph::BindingGraph& graph, const QList<int>& visible);
    /// Shows a layout made by layOut(); returns the previous one, so that the caller can
    /// free a large one off the GUI thread. Zoom, pan and selection are kept.
    Layout setLayout(Layout layout);
    const graph::BindingGraph& graph() const { return m_layout.graph; }
    /// Node indexes shown.
    const QList<int>& visibleNodes() const { return m_layout.visible; }

    QString selectedId() const { return m_selectedId; }
    /// Selects a node (empty: none) without emitting; @p reveal scrolls it into view.
    void setSelectedId(const QString& id, bool reveal = true);

    /// The node's box in graph coordinates; null when it is not shown.
    QRectF nodeRect(const QString& id) const;
    /// The row of a shown node in its column, or -1.
    int rowOf(const QString& id) const;
    /// Graph → widget coordinates.
    QPointF mapToView(const QPointF& point) const;
    QPointF mapToGraph(const QPointF& point) const;
    /// The node id under a widget position, or "".
    QString nodeAt(const QPointF& viewPoint) const;

    double zoom() const { return m_scale; }
    void zoomBy(double factor, const QPointF& viewAnchor);
    void zoomIn();
    void zoomOut();
    /// Zooms and pans so that every shown node is in view; a graph so tall that this would
    /// be a thin strip is fitted to its columns' width from the top instead, with the
    /// overview bar (the whole graph's columns, coloured by status) to move through it.
    void fitAll();
    /// Whether the overview bar is shown (the graph is several widget heights tall), and
    /// where.
    bool overviewShown() const;
    QRect overviewRect() const;
    void panBy(const QPointF& viewDelta);
    /// The bounds of the shown graph, in graph coordinates.
    QRectF graphBounds() const { return m_layout.bounds; }
    /// Nodes drawn by the last paint (for the benchmark and the level-of-detail tests).
    int lastPaintedNodes() const { return m_lastPainted; }

    QSize sizeHint() const override { return {1000, 360}; }

    /// Whether names carry their namespace ("ns/name"); off when one namespace is shown.
    void setNamespaceShown(bool shown);

    /// The text of a node's tooltip (its object's summary); by default kind, name, status.
    void setToolTipProvider(std::function<QString(const graph::Node& node)> provider);

Q_SIGNALS:
    /// A node was clicked (selected) or double-clicked (open its details).
    void nodeClicked(const QString& id);
    void nodeDoubleClicked(const QString& id);
    /// A context menu was asked for over @p id (selected first), or over the background (empty).
    void contextMenuRequested(const QString& id, const QPoint& globalPos);

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    bool event(QEvent* event) override;

private:
    /// Per column, the first and last row in view.
    using RowRanges = QList<std::pair<int, int>>;

    QRectF rectOfIndex(int node) const;
    std::span<const int> edgesOf(int node) const;
    static int statusOf(const graph::Node& node);
    QColor statusColour(int status) const;
    /// Far out: each column as a band, each pixel row coloured by the worst status of the
    /// nodes under it, and the edges merged per pixel pair; costs the rows in view.
    void paintDensity(QPainter& p, const RowRanges& rows);
    struct DensityGeometry;
    /// The edges of the density picture, merged per pixel pair.
    void paintDensityEdges(QPainter& p, const RowRanges& rows, const DensityGeometry& g) const;
    void paintColumnTitles(QPainter& p) const;
    RowRanges rowsInView(const QRectF& view) const;
    void paintEdges(QPainter& p, const QRectF& view, const RowRanges& rows, bool text) const;
    void paintEdge(QPainter& p, const QRectF& view, const graph::Edge& e, bool text, bool highlighted) const;
    /// The boxes in view (counted in lastPaintedNodes()).
    void paintNodes(QPainter& p, const QRectF& view, const RowRanges& rows, bool text);
    /// The fonts of a node's two lines.
    struct NodeFonts
    {
        QFont normal;
        QFont small;
        QFontMetricsF normalMetrics;
        QFontMetricsF smallMetrics;
    };
    void paintNode(QPainter& p, int index, const QRectF& box, bool text, const NodeFonts& fonts);
    /// A node's two lines (name, kind and status), elided to fit and cached.
    const std::array<QStaticText, 2>& nodeTexts(
        int index, const QRectF& box, double labelWidth, const NodeFonts& fonts);
    /// The overview bar: the whole graph's columns, and where the view is.
    void paintOverview(QPainter& p);
    void scrollToOverview(double y);

    Layout m_layout;
    double m_scale = 1.0;
    QPointF m_offset; ///< widget position of the graph's origin
    QString m_selectedId;
    QString m_hoverId;
    bool m_dragging = false;
    QPointF m_dragFrom;
    bool m_namespaceShown = true;
    bool m_fitPending = true; ///< the first graph is fitted to the widget
    int m_lastPainted = 0;
    bool m_overviewDragging = false;
    QImage m_overviewCache; ///< the overview's columns, made again when the layout changes
    QHash<QString, std::array<QStaticText, 2>>
        m_textCache; ///< per node id and status: its two lines, laid out
    QHash<int, QPixmap> m_iconCache; ///< per status
    std::function<QString(const graph::Node&)> m_toolTip;
};

} // namespace ase
