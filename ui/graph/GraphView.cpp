// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/graph/GraphView.h"

#include "models/graph/RowPlacement.h"
#include "models/itemmodels/ResourceTableModel.h"
#include "models/itemmodels/StorageTableModels.h"
#include "ui/StatusDecorationProxy.h"

#include <QContextMenuEvent>
#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QIcon>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSet>
#include <QStaticText>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <array>
#include <cmath>

namespace ase {

using namespace graph;

namespace {

constexpr double kBoxWidth = 210;
constexpr double kBoxHeight = 38;
constexpr double kColumnGap = 80;
constexpr double kRowGap = 10;
constexpr double kHeader = 30;
constexpr double kMargin = 20;
constexpr double kMinScale = 0.0002; ///< 50,000 rows in a few hundred pixels
constexpr double kMaxScale = 4.0;
/// Below these zoom levels the drawing gets simpler (level of detail).
constexpr double kTextScale = 0.5;
constexpr double kBoxScale = 0.18;
constexpr int kClassColumn = kColumnCount; ///< index of the class row in m_layout.columns
constexpr int kOverviewWidth = 64; ///< the overview bar of a tall graph, in pixels
constexpr int kOverviewMargin = 6;

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

QColor okColour(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x56, 0xd3, 0x64) : QColor(0x2e, 0x7d, 0x32);
}

QColor mix(const QColor& a, const QColor& b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
        float(a.greenF() * (1 - t) + b.greenF() * t), float(a.blueF() * (1 - t) + b.blueF() * t));
}

} // namespace

GraphView::GraphView(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("graphView"));
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(200, 120);
    setAccessibleName(tr("Binding graph"));
}

GraphView::~GraphView() = default;

void GraphView::setNamespaceShown(bool shown)
{
    if (shown != m_namespaceShown)
        m_textCache.clear();
    m_namespaceShown = shown;
    update();
}

void GraphView::setToolTipProvider(std::function<QString(const Node&)> provider)
{
    m_toolTip = std::move(provider);
}

void GraphView::setGraph(const BindingGraph& graph, const QList<int>& visible)
{
    setLayout(layOut(graph, visible));
}

GraphView::Layout GraphView::layOut(const BindingGraph& graph, const QList<int>& visible)
{
    Layout l;
    l.graph = graph;
    l.visible = visible;
    const qsizetype count = graph.nodes().size();
    const Node* nodes = graph.nodes().constData();
    QList<QList<int>> ordered(kColumnCount + 1);
    for (const int i : visible)
        ordered[int(nodes[i].column)].append(i);
    for (QList<int>& column : ordered)
        std::sort(
            column.begin(), column.end(), [nodes](int a, int b) { return nodes[a].order < nodes[b].order; });
    // The main columns beside each other's nodes (rows with gaps); the classes packed.
    graph::RowPlacement placed = graph::RowPlacement::place(graph, ordered);
    l.row = std::move(placed.row);
    l.columns = std::move(placed.columns);
    l.columns.append(ordered.at(kClassColumn));
    for (int r = 0; r < l.columns.at(kClassColumn).size(); ++r)
        l.row[l.columns.at(kClassColumn).at(r)] = r;
    const int rows = placed.rowCount;
    // Each shown node's status, worked out once here (on the worker for a large graph), not
    // from its phase text on every frame.
    l.status = QList<qint8>(count, qint8(ResourceTableModel::StatusNone));
    for (const int i : visible)
        l.status[i] = qint8(statusOf(nodes[i]));
    // The edges between shown nodes, grouped by node (counted, then placed).
    const int* row = l.row.constData();
    l.edgeStart = QList<int>(count + 1, 0);
    const QList<Edge>& edges = graph.edges();
    for (const Edge& e : edges) {
        if (row[e.from] >= 0 && row[e.to] >= 0) {
            ++l.edgeStart[e.from + 1];
            ++l.edgeStart[e.to + 1];
        }
    }
    for (qsizetype i = 0; i < count; ++i)
        l.edgeStart[i + 1] += l.edgeStart.at(i);
    l.edgeList = QList<int>(l.edgeStart.at(count), 0);
    QList<int> fill = l.edgeStart;
    for (int i = 0; i < edges.size(); ++i) {
        const Edge& e = edges.at(i);
        if (row[e.from] >= 0 && row[e.to] >= 0) {
            l.edgeList[fill[e.from]++] = i;
            l.edgeList[fill[e.to]++] = i;
            if (isFinding(e.kind))
                l.findingEdges.append(i);
        }
    }
    const bool classes = !l.columns.at(kClassColumn).isEmpty();
    l.mainTop = kMargin + kHeader + (classes ? kBoxHeight + 2 * kRowGap + kHeader : 0);
    const double width = std::max(kMargin * 2 + kColumnCount * kBoxWidth + (kColumnCount - 1) * kColumnGap,
        kMargin * 2 + double(l.columns.at(kClassColumn).size()) * (kBoxWidth + kRowGap));
    l.bounds = QRectF(0, 0, width, l.mainTop + rows * (kBoxHeight + kRowGap) + kMargin);
    return l;
}

GraphView::Layout GraphView::setLayout(Layout layout)
{
    Layout previous = std::exchange(m_layout, std::move(layout));
    m_overviewCache = QImage();
    const double width = m_layout.bounds.width();
    if (m_fitPending && !m_layout.visible.isEmpty() && width > 0 && this->width() > 0) {
        // First picture: as wide as the widget (not smaller than readable boxes), from the
        // top; Fit shows everything.
        m_fitPending = false;
        m_scale = std::clamp(this->width() / width, kTextScale, 1.0);
        m_offset = QPointF(std::max(0.0, (this->width() - width * m_scale) / 2), 0);
    }
    update();
    return previous;
}

std::span<const int> GraphView::edgesOf(int node) const
{
    if (node < 0 || node + 1 >= m_layout.edgeStart.size())
        return {};
    const int* list = m_layout.edgeList.constData();
    return {list + m_layout.edgeStart.at(node), list + m_layout.edgeStart.at(node + 1)};
}

QRectF GraphView::rectOfIndex(int node) const
{
    const int row = m_layout.row.value(node, -1);
    if (row < 0)
        return {};
    const Column column = m_layout.graph.nodes().at(node).column;
    if (column == Column::Class)
        return QRectF(kMargin + row * (kBoxWidth + kRowGap), kMargin + kHeader, kBoxWidth, kBoxHeight);
    return QRectF(kMargin + int(column) * (kBoxWidth + kColumnGap),
        m_layout.mainTop + row * (kBoxHeight + kRowGap), kBoxWidth, kBoxHeight);
}

QRectF GraphView::nodeRect(const QString& id) const
{
    const int index = m_layout.graph.indexOf(id);
    return index < 0 ? QRectF() : rectOfIndex(index);
}

int GraphView::rowOf(const QString& id) const
{
    const int index = m_layout.graph.indexOf(id);
    return index < 0 ? -1 : m_layout.row.value(index, -1);
}

QPointF GraphView::mapToView(const QPointF& point) const
{
    return point * m_scale + m_offset;
}

QPointF GraphView::mapToGraph(const QPointF& point) const
{
    return (point - m_offset) / m_scale;
}

QString GraphView::nodeAt(const QPointF& viewPoint) const
{
    const QPointF p = mapToGraph(viewPoint);
    int column = -1;
    int row = -1;
    if (p.y() >= kMargin + kHeader && p.y() < kMargin + kHeader + kBoxHeight
        && !m_layout.columns.at(kClassColumn).isEmpty()) {
        column = kClassColumn;
        row = int(std::floor((p.x() - kMargin) / (kBoxWidth + kRowGap)));
    } else if (p.y() >= m_layout.mainTop) {
        column = int(std::floor((p.x() - kMargin) / (kBoxWidth + kColumnGap)));
        row = int(std::floor((p.y() - m_layout.mainTop) / (kBoxHeight + kRowGap)));
    }
    if (column < 0 || column > kClassColumn || row < 0 || row >= m_layout.columns.at(column).size())
        return {};
    const int node = m_layout.columns.at(column).at(row);
    return node >= 0 && rectOfIndex(node).contains(p) ? m_layout.graph.nodes().at(node).id() : QString();
}

void GraphView::zoomBy(double factor, const QPointF& viewAnchor)
{
    const double scale = std::clamp(m_scale * factor, kMinScale, kMaxScale);
    const QPointF anchor = mapToGraph(viewAnchor);
    m_scale = scale;
    m_offset = viewAnchor - anchor * m_scale;
    update();
}

void GraphView::zoomIn()
{
    zoomBy(1.25, rect().center());
}

void GraphView::zoomOut()
{
    zoomBy(0.8, rect().center());
}

void GraphView::fitAll()
{
    if (m_layout.bounds.isEmpty() || width() <= 0 || height() <= 0)
        return;
    const double whole = std::min(width() / m_layout.bounds.width(), height() / m_layout.bounds.height());
    if (whole >= kBoxScale) {
        m_scale = std::min(whole, 1.0);
        m_offset = QPointF((width() - m_layout.bounds.width() * m_scale) / 2,
            std::max(0.0, (height() - m_layout.bounds.height() * m_scale) / 2));
    } else {
        // Fitting it all would be a thin strip of marks: the columns as wide as the view
        // (beside the overview bar), from the top.
        const double room = width() - kOverviewWidth - 2 * kOverviewMargin;
        m_scale = std::clamp(room / m_layout.bounds.width(), kBoxScale, 1.0);
        m_offset = QPointF(std::max(0.0, (room - m_layout.bounds.width() * m_scale) / 2), 0);
    }
    update();
}

void GraphView::panBy(const QPointF& viewDelta)
{
    m_offset += viewDelta;
    update();
}

void GraphView::setSelectedId(const QString& id, bool reveal)
{
    if (id == m_selectedId && !reveal)
        return;
    m_selectedId = id;
    if (reveal) {
        const QRectF r = nodeRect(id);
        if (!r.isNull()) {
            const QRectF inView(mapToView(r.topLeft()), mapToView(r.bottomRight()));
            if (!rect().contains(inView.toAlignedRect())) {
                if (m_scale < kTextScale)
                    m_scale = 0.8;
                m_offset = QPointF(width() / 2.0, height() / 2.0) - r.center() * m_scale;
            }
        }
    }
    update();
}

int GraphView::statusOf(const Node& node)
{
    switch (node.kind) {
    case NodeKind::Volume:
    case NodeKind::Claim: {
        const int status = statusOfPhase(node.status, node.status == u"Terminating");
        // A half-bound but "Bound" object is a finding too.
        return node.problem && status == ResourceTableModel::StatusOk ? int(ResourceTableModel::StatusWarning)
                                                                      : status;
    }
    case NodeKind::Ghost:
        return ResourceTableModel::StatusError;
    case NodeKind::Pod:
        if (node.status == u"Terminating")
            return ResourceTableModel::StatusTerminating;
        if (node.status == u"Running" || node.status == u"Succeeded")
            return ResourceTableModel::StatusOk;
        if (node.status == u"Pending")
            return ResourceTableModel::StatusPending;
        if (node.status == u"Failed")
            return ResourceTableModel::StatusError;
        return ResourceTableModel::StatusNone;
    case NodeKind::Share:
    case NodeKind::Workload:
    case NodeKind::StorageClass:
        break;
    }
    return ResourceTableModel::StatusNone;
}

void GraphView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    const QPalette& pal = palette();
    p.fillRect(rect(), pal.color(QPalette::Base));
    m_lastPainted = 0;
    if (m_layout.visible.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter | Qt::TextWordWrap, tr("Nothing to show."));
        return;
    }
    const bool text = m_scale >= kTextScale;
    const bool boxes = m_scale >= kBoxScale;
    p.setRenderHint(QPainter::Antialiasing, boxes);
    p.translate(m_offset);
    p.scale(m_scale, m_scale);
    const QRectF view = QRectF(mapToGraph(QPointF(0, 0)), mapToGraph(QPointF(width(), height())))
                            .adjusted(-kBoxWidth, -kBoxHeight, kBoxWidth, kBoxHeight);
    if (text)
        paintColumnTitles(p);
    const RowRanges rows = rowsInView(view);
    if (!boxes) {
        // Far out: the density picture, in widget pixels.
        p.resetTransform();
        paintDensity(p, rows);
        if (overviewShown())
            paintOverview(p);
        return;
    }
    paintEdges(p, view, rows, text);
    paintNodes(p, view, rows, text);
    if (overviewShown()) {
        p.resetTransform();
        p.setRenderHint(QPainter::Antialiasing, false);
        paintOverview(p);
    }
}

void GraphView::paintColumnTitles(QPainter& p) const
{
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(palette().color(QPalette::Text));
    static const char* const titles[] = {QT_TR_NOOP("Shares"), QT_TR_NOOP("PersistentVolumes"),
        QT_TR_NOOP("Claims"), QT_TR_NOOP("Pods"), QT_TR_NOOP("Workloads")};
    for (int c = 0; c < kColumnCount; ++c)
        p.drawText(QPointF(kMargin + c * (kBoxWidth + kColumnGap), m_layout.mainTop - 10), tr(titles[c]));
    if (!m_layout.columns.at(kClassColumn).isEmpty())
        p.drawText(QPointF(kMargin, kMargin + kHeader - 10), tr("StorageClasses"));
    p.setFont(font());
}

GraphView::RowRanges GraphView::rowsInView(const QRectF& view) const
{
    // What is painted is found from the rows in view, so that a frame costs the nodes and
    // edges in view, not the whole graph.
    RowRanges rows(kColumnCount + 1);
    for (int c = 0; c <= kColumnCount; ++c) {
        int first = 0;
        int last = int(m_layout.columns.at(c).size()) - 1;
        if (c < kColumnCount) {
            first = std::max(0, int(std::floor((view.top() - m_layout.mainTop) / (kBoxHeight + kRowGap))));
            last
                = std::min(last, int(std::ceil((view.bottom() - m_layout.mainTop) / (kBoxHeight + kRowGap))));
        }
        rows[c] = {first, last};
    }
    return rows;
}

void GraphView::paintEdges(QPainter& p, const QRectF& view, const RowRanges& rows, bool text) const
{
    // Edges: those whose span meets the view. Class edges fan out to every claim of the
    // class: drawn only near enough to read them, and only to nodes in view.
    const int selected = m_layout.graph.indexOf(m_selectedId);
    QSet<int> selectedNeighbours;
    if (selected >= 0)
        for (const int ei : edgesOf(selected)) {
            const Edge& e = m_layout.graph.edges().at(ei);
            selectedNeighbours << e.from << e.to;
        }
    const auto inView = [&](int node) {
        const auto [first, last] = rows.at(int(m_layout.graph.nodes().at(node).column));
        const int row = m_layout.row.at(node);
        return row >= first && row <= last;
    };
    for (int c = 0; c <= kColumnCount; ++c)
        for (int r = rows.at(c).first; r <= rows.at(c).second; ++r)
            for (const int ei : edgesOf(m_layout.columns.at(c).at(r))) {
                const Edge& e = m_layout.graph.edges().at(ei);
                // Once per edge: from its first end in view. (An edge whose two ends are out of
                // view is not drawn; the barycentre order keeps edges short.)
                if (e.from != m_layout.columns.at(c).at(r) && inView(e.from))
                    continue;
                const bool highlighted = selectedNeighbours.contains(e.from)
                    && selectedNeighbours.contains(e.to) && (selected == e.from || selected == e.to);
                paintEdge(p, view, e, text, highlighted);
            }
}

void GraphView::paintEdge(QPainter& p, const QRectF& view, const Edge& e, bool text, bool highlighted) const
{
    const QRectF a = rectOfIndex(e.from);
    const QRectF b = rectOfIndex(e.to);
    if (a.isNull() || b.isNull())
        return;
    const bool classEdge = e.kind == EdgeKind::ClassClaim || e.kind == EdgeKind::ClassVolume;
    // A class reaches every claim and volume of it: its edges are drawn for the selected or
    // hovered object (or class) only, else they hide everything else.
    if (classEdge
        && (!text
            || (!m_layout.graph.nodes().at(e.from).hasId(m_selectedId)
                && !m_layout.graph.nodes().at(e.to).hasId(m_selectedId)
                && !m_layout.graph.nodes().at(e.from).hasId(m_hoverId)
                && !m_layout.graph.nodes().at(e.to).hasId(m_hoverId))))
        return;
    const QPointF p1 = classEdge ? QPointF(a.center().x(), a.bottom()) : QPointF(a.right(), a.center().y());
    const QPointF p2 = classEdge ? QPointF(b.center().x(), b.top()) : QPointF(b.left(), b.center().y());
    if (!view.intersects(QRectF(p1, p2).normalized().adjusted(-1, -1, 1, 1)))
        return;
    const QPalette& pal = palette();
    const QColor problem = StatusDecorationProxy::colourFor(ResourceTableModel::StatusError);
    const bool finding = isFinding(e.kind);
    QPen pen(finding ? problem
                     : (highlighted ? pal.color(QPalette::Highlight) : pal.color(QPalette::PlaceholderText)));
    // Cosmetic and one pixel wide: the raster engine's cosmetic stroker draws that directly;
    // a wider pen (even 1.3) is stroked into a path and filled, several times the cost.
    pen.setWidthF(highlighted ? 2.5 : 1.0);
    pen.setCosmetic(true);
    if (finding)
        pen.setStyle(Qt::DashLine);
    else if (classEdge)
        pen.setStyle(Qt::DotLine);
    if (classEdge) {
        QColor faint = pen.color();
        faint.setAlphaF(0.45f);
        pen.setColor(faint);
    }
    p.setPen(pen);
    p.setBrush(Qt::NoBrush);
    // An edge longer than the view is tall (a Deployment's edges to a hundred pods far above
    // and below) is drawn straight: the raster engine clips a line at the view, while a curve
    // is flattened and stroked over its whole length.
    if (!classEdge && std::abs(p2.y() - p1.y()) <= view.height()) {
        QPainterPath path(p1);
        const double dx = (p2.x() - p1.x()) / 2;
        path.cubicTo(p1 + QPointF(dx, 0), p2 - QPointF(dx, 0), p2);
        p.drawPath(path);
    } else {
        p.drawLine(p1, p2);
    }
    // A half-bound pair: an arrow at the end that is pointed at but does not point back.
    if (text && (e.kind == EdgeKind::VolumeClaimsOnly || e.kind == EdgeKind::ClaimNamesOnly)) {
        const bool atClaim = e.kind == EdgeKind::VolumeClaimsOnly;
        const QPointF tip = atClaim ? p2 : p1;
        const double dir = atClaim ? -1 : 1;
        QPolygonF arrow;
        arrow << tip << tip + QPointF(dir * 9, -5) << tip + QPointF(dir * 9, 5);
        p.setPen(Qt::NoPen);
        p.setBrush(problem);
        p.drawPolygon(arrow);
    }
}

void GraphView::paintNodes(QPainter& p, const QRectF& view, const RowRanges& rows, bool text)
{
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    const NodeFonts fonts {font(), small, QFontMetricsF(font()), QFontMetricsF(small)};
    // Per column, only the rows in view.
    for (int c = 0; c <= kColumnCount; ++c) {
        const QList<int>& column = m_layout.columns.at(c);
        const auto [first, last] = rows.at(c);
        for (int r = first; r <= last; ++r) {
            const int index = column.at(r);
            if (index < 0)
                continue;
            const QRectF box = rectOfIndex(index);
            if (!view.intersects(box))
                continue;
            ++m_lastPainted;
            paintNode(p, index, box, text, fonts);
        }
    }
}

void GraphView::paintNode(QPainter& p, int index, const QRectF& box, bool text, const NodeFonts& fonts)
{
    const QPalette& pal = palette();
    const Node& n = m_layout.graph.nodes().at(index);
    const int status = m_layout.status.at(index);
    const QColor accent = statusColour(status);
    const bool selected = n.hasId(m_selectedId);
    const QColor fill = mix(pal.color(QPalette::Base), accent, selected ? 0.30 : 0.14);
    QPen border(selected ? pal.color(QPalette::Highlight) : accent);
    border.setWidthF(selected ? 3.0 : (n.hasId(m_hoverId) ? 2.0 : 1.0)); // 1: the cheap path, as for edges
    border.setCosmetic(true);
    if (n.kind == NodeKind::Ghost)
        border.setStyle(Qt::DashLine);
    p.setPen(border);
    p.setBrush(fill);
    p.drawRoundedRect(box, 6, 6);
    if (!text)
        return;
    auto icon = m_iconCache.constFind(status);
    if (icon == m_iconCache.cend())
        icon = m_iconCache.insert(status, StatusDecorationProxy::iconFor(status).pixmap(16, 16));
    double textRight = box.right() - 8;
    if (!icon->isNull()) {
        p.drawPixmap(QRectF(box.right() - 22, box.top() + 4, 16, 16), *icon, QRectF(icon->rect()));
        textRight -= 18;
    }
    const std::array<QStaticText, 2>& texts = nodeTexts(index, box, textRight - box.left() - 8, fonts);
    p.setPen(pal.color(QPalette::Text));
    p.setFont(fonts.normal);
    p.drawStaticText(QPointF(box.left() + 8, box.top() + 16 - fonts.normalMetrics.ascent()), texts.at(0));
    p.setFont(fonts.small);
    p.setPen(pal.color(QPalette::PlaceholderText));
    p.drawStaticText(QPointF(box.left() + 8, box.top() + 31 - fonts.smallMetrics.ascent()), texts.at(1));
}

const std::array<QStaticText, 2>& GraphView::nodeTexts(
    int index, const QRectF& box, double labelWidth, const NodeFonts& fonts)
{
    // The two lines, elided and laid out once per node (not once per frame).
    // Keyed by what the lines say, not by index: a live rebuild renumbers the nodes, and
    // laying out again every name in view after each one cost a frame.
    const Node& n = m_layout.graph.nodes().at(index);
    const QString key = n.id() + u'\x1f' + n.status;
    auto texts = m_textCache.find(key);
    if (texts != m_textCache.end())
        return *texts;
    if (m_textCache.size() > 4000)
        m_textCache.clear();
    const QString label = n.ns.isEmpty() || !m_namespaceShown ? n.name : QString(n.ns + u'/' + n.name);
    const QString kind = n.kind == NodeKind::Ghost ? tr("missing PersistentVolume") : n.kindName;
    const QString sub = n.status.isEmpty() ? kind : tr("%1 · %2").arg(kind, n.status);
    std::array<QStaticText, 2> made {
        QStaticText(fonts.normalMetrics.elidedText(label, Qt::ElideMiddle, labelWidth)),
        QStaticText(fonts.smallMetrics.elidedText(sub, Qt::ElideRight, box.width() - 16))};
    for (QStaticText& t : made) {
        t.setTextFormat(Qt::PlainText);
        t.setPerformanceHint(QStaticText::AggressiveCaching);
    }
    return *m_textCache.insert(key, made);
}

QColor GraphView::statusColour(int status) const
{
    QColor accent = StatusDecorationProxy::colourFor(status);
    if (status == ResourceTableModel::StatusOk)
        accent = okColour(palette());
    return accent.isValid() ? accent : palette().color(QPalette::PlaceholderText);
}

namespace {

/// How much a status stands out when several nodes share a pixel (0: no node).
quint8 rankOf(int status)
{
    switch (status) {
    case ResourceTableModel::StatusError:
        return 6;
    case ResourceTableModel::StatusWarning:
        return 5;
    case ResourceTableModel::StatusPending:
        return 4;
    case ResourceTableModel::StatusTerminating:
        return 3;
    case ResourceTableModel::StatusOk:
        return 2;
    default:
        return 1;
    }
}

constexpr int kStatusOfRank[] = {ResourceTableModel::StatusNone, ResourceTableModel::StatusNone,
    ResourceTableModel::StatusOk, ResourceTableModel::StatusTerminating, ResourceTableModel::StatusPending,
    ResourceTableModel::StatusWarning, ResourceTableModel::StatusError};

/// Fills the runs of equal ranks of one band (one rect per run, not per node).
void fillRuns(QPainter& p, const QList<quint8>& ranks, double x, double width, double top,
    const std::function<QColor(int)>& colourOfRank)
{
    const qsizetype count = ranks.size();
    for (qsizetype y = 0; y < count;) {
        const quint8 rank = ranks.at(y);
        qsizetype end = y + 1;
        while (end < count && ranks.at(end) == rank)
            ++end;
        if (rank > 0)
            p.fillRect(QRectF(x, top + double(y), width, double(end - y)), colourOfRank(rank));
        y = end;
    }
}

} // namespace

/// Far out: where columns and rows stand, in widget pixels.
struct GraphView::DensityGeometry
{
    double scale;
    QPointF offset;
    double top;
    double rowStep;
    double boxHeight;
    double boxWidth;

    double columnX(int c) const { return (kMargin + c * (kBoxWidth + kColumnGap)) * scale + offset.x(); }
    double rowY(int r) const { return top + r * rowStep; }
};

void GraphView::paintDensity(QPainter& p, const RowRanges& rows)
{
    const QPalette& pal = palette();
    const int* row = m_layout.row.constData();
    const int height = this->height();
    const DensityGeometry g {m_scale, m_offset, m_layout.mainTop * m_scale + m_offset.y(),
        (kBoxHeight + kRowGap) * m_scale, std::max(1.0, kBoxHeight * m_scale),
        std::max(2.0, kBoxWidth * m_scale)};
    QList<QColor> colourOfRank(7);
    for (int r = 1; r < 7; ++r)
        colourOfRank[r] = statusColour(kStatusOfRank[r]);
    const auto colour = [&colourOfRank](int rank) { return colourOfRank.at(rank); };

    paintDensityEdges(p, rows, g);
    // Nodes: per column band, per pixel row the worst status under it.
    QList<quint8> ranks;
    for (int c = 0; c < kColumnCount; ++c) {
        const QList<int>& column = m_layout.columns.at(c);
        ranks.fill(0, height);
        for (int r = rows.at(c).first; r <= rows.at(c).second; ++r) {
            const int node = column.at(r);
            if (node < 0)
                continue;
            const double y = g.rowY(r);
            const int from = std::max(0, int(std::floor(y)));
            const int to = std::min(height - 1, int(std::ceil(y + g.boxHeight)) - 1);
            const quint8 rank = rankOf(m_layout.status.at(node));
            for (int py = from; py <= to; ++py)
                ranks[py] = std::max(ranks.at(py), rank);
            ++m_lastPainted;
        }
        fillRuns(p, ranks, g.columnX(c), g.boxWidth, 0, colour);
    }
    // Classes: a few marks in their row.
    for (const int node : m_layout.columns.at(kClassColumn)) {
        const QRectF box = rectOfIndex(node);
        p.fillRect(QRectF(mapToView(box.topLeft()), mapToView(box.bottomRight())),
            colour(rankOf(m_layout.status.at(node))));
    }
    // The selection stands out.
    const int selected = m_layout.graph.indexOf(m_selectedId);
    if (selected >= 0 && row[selected] >= 0) {
        const QRectF box = rectOfIndex(selected);
        const QRectF inView
            = QRectF(mapToView(box.topLeft()), mapToView(box.bottomRight())).adjusted(-2, -2, 2, 2);
        p.fillRect(inView, pal.color(QPalette::Highlight));
    }
}

void GraphView::paintDensityEdges(QPainter& p, const RowRanges& rows, const DensityGeometry& g) const
{
    // Merged: one line per pixel pair and kind of line. Thousands of edges at this size are
    // a grey smear: beyond 4,000 nodes only the findings (and the selection's).
    const Node* nodes = m_layout.graph.nodes().constData();
    const Edge* edges = m_layout.graph.edges().constData();
    const int* row = m_layout.row.constData();
    const int selected = m_layout.graph.indexOf(m_selectedId);
    const auto inView = [&](int node) {
        const auto [first, last] = rows.at(int(nodes[node].column));
        return row[node] >= first && row[node] <= last;
    };
    QSet<quint64> drawn;
    std::array<QList<QLineF>, 3> lines; // plain, finding, the selection's
    const auto add = [&](const Edge& e) {
        const Column from = nodes[e.from].column;
        const Column to = nodes[e.to].column;
        if (from == Column::Class || to == Column::Class)
            return;
        const int kind = (e.from == selected || e.to == selected) ? 2 : (isFinding(e.kind) ? 1 : 0);
        const int y1 = int(std::floor(g.rowY(row[e.from]) + g.boxHeight / 2));
        const int y2 = int(std::floor(g.rowY(row[e.to]) + g.boxHeight / 2));
        const quint64 key = (quint64(int(from)) << 61) | (quint64(kind) << 58)
            | (quint64(quint32(y1 + (1 << 28)) & 0x1fffffffu) << 29)
            | quint64(quint32(y2 + (1 << 28)) & 0x1fffffffu);
        if (drawn.contains(key))
            return;
        drawn.insert(key);
        lines[kind].append(QLineF(g.columnX(int(from)) + g.boxWidth, y1, g.columnX(int(to)), y2));
    };
    // Plain edges only where rows are apart (two pixels or more): a long line costs its
    // length in pixels, and below that they are a smear.
    if (m_layout.visible.size() <= 4000 && g.rowStep >= 2.0) {
        for (int c = 0; c < kColumnCount; ++c) {
            const QList<int>& column = m_layout.columns.at(c);
            for (int r = rows.at(c).first; r <= rows.at(c).second; ++r) {
                const int node = column.at(r);
                for (const int ei : edgesOf(node)) {
                    // Once per edge: from its left end, or from its right end when the left is out of view.
                    if (edges[ei].from == node || !inView(edges[ei].from))
                        add(edges[ei]);
                }
            }
        }
    } else {
        // Only the findings and the selection's edges: from their lists, not by walking every
        // edge in view (at 150,000 nodes that walk alone took 40 ms a frame).
        for (const int ei : m_layout.findingEdges)
            if (inView(edges[ei].from) || inView(edges[ei].to))
                add(edges[ei]);
        for (const int ei : edgesOf(selected))
            add(edges[ei]);
    }
    const QPalette& pal = palette();
    const QColor pens[] = {pal.color(QPalette::PlaceholderText),
        StatusDecorationProxy::colourFor(ResourceTableModel::StatusError), pal.color(QPalette::Highlight)};
    constexpr qsizetype kMostPlainLines = 2000;
    for (int kind = 0; kind < 3; ++kind) {
        if (lines.at(kind).isEmpty() || (kind == 0 && lines.at(kind).size() > kMostPlainLines))
            continue;
        QPen pen(pens[kind]);
        pen.setWidthF(kind == 2 ? 2.0 : 1.0);
        pen.setCosmetic(true);
        p.setPen(pen);
        p.drawLines(lines.at(kind));
    }
}

bool GraphView::overviewShown() const
{
    return !m_layout.visible.isEmpty() && m_layout.bounds.height() * m_scale > 3.0 * height()
        && height() > 4 * kOverviewMargin && width() > 3 * kOverviewWidth;
}

QRect GraphView::overviewRect() const
{
    return QRect(width() - kOverviewWidth - kOverviewMargin, kOverviewMargin, kOverviewWidth,
        height() - 2 * kOverviewMargin);
}

void GraphView::paintOverview(QPainter& p)
{
    const QRect area = overviewRect();
    const QPalette& pal = palette();
    int rows = 0;
    for (int c = 0; c < kColumnCount; ++c)
        rows = std::max(rows, int(m_layout.columns.at(c).size()));
    if (rows == 0)
        return;
    const double pixelsPerRow = double(area.height()) / rows;
    if (m_overviewCache.size() != area.size()) {
        // The columns as bands, made once per layout (and size).
        m_overviewCache = QImage(area.size(), QImage::Format_ARGB32_Premultiplied);
        m_overviewCache.fill(mix(pal.color(QPalette::Base), pal.color(QPalette::Text), 0.06));
        QPainter image(&m_overviewCache);
        QList<QColor> colourOfRank(7);
        for (int r = 1; r < 7; ++r)
            colourOfRank[r] = statusColour(kStatusOfRank[r]);
        const double band = (area.width() - 4.0) / kColumnCount;
        QList<quint8> ranks;
        for (int c = 0; c < kColumnCount; ++c) {
            ranks.fill(0, area.height());
            const QList<int>& column = m_layout.columns.at(c);
            for (int r = 0; r < column.size(); ++r) {
                if (column.at(r) < 0)
                    continue;
                const int py = std::min(area.height() - 1, int(r * pixelsPerRow));
                ranks[py] = std::max(ranks.at(py), rankOf(m_layout.status.at(column.at(r))));
                // A row taller than a pixel fills its height.
                for (int extra = py + 1; extra < std::min(area.height(), int((r + 1) * pixelsPerRow));
                     ++extra)
                    ranks[extra] = std::max(ranks.at(extra), ranks.at(py));
            }
            fillRuns(image, ranks, 2 + c * band + 1, band - 2, 0,
                [&colourOfRank](int rank) { return colourOfRank.at(rank); });
        }
    }
    p.drawImage(area.topLeft(), m_overviewCache);
    // Where the view is.
    const double rowStep = kBoxHeight + kRowGap;
    const double firstRow = (mapToGraph(QPointF(0, 0)).y() - m_layout.mainTop) / rowStep;
    const double lastRow = (mapToGraph(QPointF(0, height())).y() - m_layout.mainTop) / rowStep;
    const double y0
        = std::clamp(area.top() + firstRow * pixelsPerRow, double(area.top()), double(area.bottom()));
    const double y1
        = std::clamp(area.top() + lastRow * pixelsPerRow, double(area.top()), double(area.bottom()));
    QColor highlight = pal.color(QPalette::Highlight);
    QColor wash = highlight;
    wash.setAlphaF(0.25f);
    const QRectF viewport(area.left(), y0, area.width(), std::max(3.0, y1 - y0));
    p.fillRect(viewport, wash);
    p.setPen(QPen(highlight, 1));
    p.setBrush(Qt::NoBrush);
    p.drawRect(viewport.adjusted(0.5, 0.5, -0.5, -0.5));
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.drawRect(QRectF(area).adjusted(0.5, 0.5, -0.5, -0.5));
}

void GraphView::scrollToOverview(double y)
{
    const QRect area = overviewRect();
    int rows = 0;
    for (int c = 0; c < kColumnCount; ++c)
        rows = std::max(rows, int(m_layout.columns.at(c).size()));
    if (rows == 0 || area.height() <= 0)
        return;
    const double row = std::clamp((y - area.top()) / area.height(), 0.0, 1.0) * rows;
    const double graphY = m_layout.mainTop + row * (kBoxHeight + kRowGap);
    m_offset.setY(height() / 2.0 - graphY * m_scale);
    update();
}

void GraphView::resizeEvent(QResizeEvent* event)
{
    m_overviewCache = QImage();
    QWidget::resizeEvent(event);
}

void GraphView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() == Qt::LeftButton && overviewShown()
        && overviewRect().contains(event->position().toPoint())) {
        m_overviewDragging = true;
        scrollToOverview(event->position().y());
        return;
    }
    const QString id = nodeAt(event->position());
    if (event->button() == Qt::LeftButton && !id.isEmpty()) {
        setSelectedId(id, false);
        Q_EMIT nodeClicked(id);
        return;
    }
    if (event->button() == Qt::LeftButton || event->button() == Qt::MiddleButton) {
        m_dragging = true;
        m_dragFrom = event->position();
        setCursor(Qt::ClosedHandCursor);
    }
}

void GraphView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_overviewDragging) {
        scrollToOverview(event->position().y());
        return;
    }
    if (m_dragging) {
        panBy(event->position() - m_dragFrom);
        m_dragFrom = event->position();
        return;
    }
    const QString id = nodeAt(event->position());
    if (id != m_hoverId) {
        m_hoverId = id;
        setCursor(id.isEmpty() ? Qt::ArrowCursor : Qt::PointingHandCursor);
        update();
    }
}

void GraphView::mouseReleaseEvent(QMouseEvent*)
{
    m_overviewDragging = false;
    if (m_dragging) {
        m_dragging = false;
        unsetCursor();
    }
}

void GraphView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const QString id = nodeAt(event->position());
    if (!id.isEmpty())
        Q_EMIT nodeDoubleClicked(id);
    else
        fitAll();
}

void GraphView::contextMenuEvent(QContextMenuEvent* event)
{
    // Right-click (or the menu key) acts on the node under it: it is selected first, as a
    // click selects it, so that what the menu does and what is shown agree.
    const QString id = event->reason() == QContextMenuEvent::Mouse ? nodeAt(event->pos()) : m_selectedId;
    if (!id.isEmpty() && id != m_selectedId) {
        setSelectedId(id, false);
        Q_EMIT nodeClicked(id);
    }
    Q_EMIT contextMenuRequested(id, event->globalPos());
    event->accept();
}

void GraphView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (event->modifiers() & Qt::ShiftModifier) {
        panBy(QPointF(event->angleDelta().y(), 0));
    } else if (event->modifiers() & Qt::ControlModifier || m_layout.bounds.height() * m_scale <= height()) {
        zoomBy(std::pow(1.15, steps), event->position());
    } else {
        // Plain wheel scrolls a tall graph; Ctrl+wheel zooms.
        panBy(QPointF(event->angleDelta().x(), event->angleDelta().y()));
    }
    event->accept();
}

void GraphView::keyPressEvent(QKeyEvent* event)
{
    const double step = 60;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        break;
    case Qt::Key_Minus:
        zoomOut();
        break;
    case Qt::Key_0:
    case Qt::Key_Home:
        fitAll();
        break;
    case Qt::Key_Left:
        panBy(QPointF(step, 0));
        break;
    case Qt::Key_Right:
        panBy(QPointF(-step, 0));
        break;
    case Qt::Key_Up:
        panBy(QPointF(0, step));
        break;
    case Qt::Key_Down:
        panBy(QPointF(0, -step));
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (!m_selectedId.isEmpty())
            Q_EMIT nodeDoubleClicked(m_selectedId);
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    event->accept();
}

void GraphView::leaveEvent(QEvent* event)
{
    if (!m_hoverId.isEmpty()) {
        m_hoverId.clear();
        update();
    }
    QWidget::leaveEvent(event);
}

bool GraphView::event(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange) {
        m_overviewCache = QImage();
        m_iconCache.clear();
    }
    if (event->type() == QEvent::FontChange || event->type() == QEvent::LanguageChange)
        m_textCache.clear();
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = m_layout.graph.indexOf(nodeAt(help->pos()));
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Node& n = m_layout.graph.nodes().at(index);
        const QString text = m_toolTip
            ? m_toolTip(n)
            : tr("%1 %2\n%3")
                  .arg(n.kindName, n.ns.isEmpty() ? n.name : QString(n.ns + u'/' + n.name), n.status);
        QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(event);
}

} // namespace ase
