#include "ui/graph/GraphView.h"

#include "models/itemmodels/ResourceTableModel.h"
#include "models/itemmodels/StorageTableModels.h"
#include "ui/StatusDecorationProxy.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QHelpEvent>
#include <QIcon>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QSet>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
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
constexpr double kMinScale = 0.01;
constexpr double kMaxScale = 4.0;
/// Below these zoom levels the drawing gets simpler (level of detail).
constexpr double kTextScale = 0.5;
constexpr double kBoxScale = 0.18;
constexpr int kClassColumn = kColumnCount; ///< index of the class row in m_columns

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
    m_namespaceShown = shown;
    update();
}

void GraphView::setToolTipProvider(std::function<QString(const Node&)> provider)
{
    m_toolTip = std::move(provider);
}

void GraphView::setGraph(const BindingGraph& graph, const QList<int>& visible)
{
    m_graph = graph;
    m_visible = visible;
    relayout();
    update();
}

void GraphView::relayout()
{
    m_row = QList<int>(m_graph.nodes().size(), -1);
    m_columns = QList<QList<int>>(kColumnCount + 1);
    for (const int i : std::as_const(m_visible))
        m_columns[int(m_graph.nodes().at(i).column)].append(i);
    int rows = 0;
    for (int c = 0; c <= kColumnCount; ++c) {
        QList<int>& column = m_columns[c];
        std::sort(column.begin(), column.end(),
            [this](int a, int b) { return m_graph.nodes().at(a).order < m_graph.nodes().at(b).order; });
        for (int r = 0; r < column.size(); ++r)
            m_row[column.at(r)] = r;
        if (c < kColumnCount)
            rows = std::max(rows, int(column.size()));
    }
    m_edgesOf = QList<QList<int>>(m_graph.nodes().size());
    for (int i = 0; i < m_graph.edges().size(); ++i) {
        const Edge& e = m_graph.edges().at(i);
        if (m_row.at(e.from) >= 0 && m_row.at(e.to) >= 0) {
            m_edgesOf[e.from].append(i);
            m_edgesOf[e.to].append(i);
        }
    }
    const bool classes = !m_columns.at(kClassColumn).isEmpty();
    m_mainTop = kMargin + kHeader + (classes ? kBoxHeight + 2 * kRowGap + kHeader : 0);
    const double width = std::max(kMargin * 2 + kColumnCount * kBoxWidth + (kColumnCount - 1) * kColumnGap,
        kMargin * 2 + double(m_columns.at(kClassColumn).size()) * (kBoxWidth + kRowGap));
    m_bounds = QRectF(0, 0, width, m_mainTop + rows * (kBoxHeight + kRowGap) + kMargin);
    if (m_fitPending && !m_visible.isEmpty() && width > 0 && this->width() > 0) {
        // First picture: as wide as the widget (not smaller than readable boxes), from the
        // top; Fit shows everything.
        m_fitPending = false;
        m_scale = std::clamp(this->width() / width, kTextScale, 1.0);
        m_offset = QPointF(std::max(0.0, (this->width() - width * m_scale) / 2), 0);
    }
}

QRectF GraphView::rectOfIndex(int node) const
{
    const int row = m_row.value(node, -1);
    if (row < 0)
        return {};
    const Column column = m_graph.nodes().at(node).column;
    if (column == Column::Class)
        return QRectF(kMargin + row * (kBoxWidth + kRowGap), kMargin + kHeader, kBoxWidth, kBoxHeight);
    return QRectF(kMargin + int(column) * (kBoxWidth + kColumnGap), m_mainTop + row * (kBoxHeight + kRowGap),
        kBoxWidth, kBoxHeight);
}

QRectF GraphView::nodeRect(const QString& id) const
{
    const int index = m_graph.indexOf(id);
    return index < 0 ? QRectF() : rectOfIndex(index);
}

int GraphView::rowOf(const QString& id) const
{
    const int index = m_graph.indexOf(id);
    return index < 0 ? -1 : m_row.value(index, -1);
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
        && !m_columns.at(kClassColumn).isEmpty()) {
        column = kClassColumn;
        row = int(std::floor((p.x() - kMargin) / (kBoxWidth + kRowGap)));
    } else if (p.y() >= m_mainTop) {
        column = int(std::floor((p.x() - kMargin) / (kBoxWidth + kColumnGap)));
        row = int(std::floor((p.y() - m_mainTop) / (kBoxHeight + kRowGap)));
    }
    if (column < 0 || column > kClassColumn || row < 0 || row >= m_columns.at(column).size())
        return {};
    const int node = m_columns.at(column).at(row);
    return rectOfIndex(node).contains(p) ? m_graph.nodes().at(node).id : QString();
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
    if (m_bounds.isEmpty() || width() <= 0 || height() <= 0)
        return;
    const double scale
        = std::clamp(std::min(width() / m_bounds.width(), height() / m_bounds.height()), kMinScale, 1.0);
    m_scale = scale;
    m_offset = QPointF((width() - m_bounds.width() * scale) / 2, (height() - m_bounds.height() * scale) / 2);
    m_offset.setY(std::max(0.0, m_offset.y()));
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

int GraphView::statusOf(const Node& node) const
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
    if (m_visible.isEmpty()) {
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
    const QColor line = pal.color(QPalette::PlaceholderText);
    const QColor problem = StatusDecorationProxy::colourFor(ResourceTableModel::StatusError);
    const QColor textColour = pal.color(QPalette::Text);

    // Column titles.
    if (text) {
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(textColour);
        static const char* const titles[] = {QT_TR_NOOP("Shares"), QT_TR_NOOP("PersistentVolumes"),
            QT_TR_NOOP("Claims"), QT_TR_NOOP("Pods"), QT_TR_NOOP("Workloads")};
        for (int c = 0; c < kColumnCount; ++c)
            p.drawText(QPointF(kMargin + c * (kBoxWidth + kColumnGap), m_mainTop - 10), tr(titles[c]));
        if (!m_columns.at(kClassColumn).isEmpty())
            p.drawText(QPointF(kMargin, kMargin + kHeader - 10), tr("StorageClasses"));
        p.setFont(font());
    }

    // Edges: those whose span meets the view. Class edges fan out to every claim of the
    // class: drawn only near enough to read them, and only to nodes in view.
    const QSet<int> selectedNeighbours = [this] {
        QSet<int> out;
        const int s = m_graph.indexOf(m_selectedId);
        if (s >= 0)
            for (const int ei : m_edgesOf.value(s)) {
                const Edge& e = m_graph.edges().at(ei);
                out << e.from << e.to;
            }
        return out;
    }();
    // The rows in view, per column: what is painted is found from them, so that a frame
    // costs the nodes and edges in view, not the whole graph.
    QList<std::pair<int, int>> inViewRows(kColumnCount + 1);
    for (int c = 0; c <= kColumnCount; ++c) {
        int first = 0;
        int last = int(m_columns.at(c).size()) - 1;
        if (c < kColumnCount) {
            first = std::max(0, int(std::floor((view.top() - m_mainTop) / (kBoxHeight + kRowGap))));
            last = std::min(last, int(std::ceil((view.bottom() - m_mainTop) / (kBoxHeight + kRowGap))));
        }
        inViewRows[c] = {first, last};
    }
    const auto inView = [&](int node) {
        const auto [first, last] = inViewRows.at(int(m_graph.nodes().at(node).column));
        const int row = m_row.at(node);
        return row >= first && row <= last;
    };
    // Far out (plain marks), thousands of edges are a grey smear: only the findings are drawn.
    const bool allEdges = boxes || m_visible.size() <= 4000;
    for (int c = 0; c <= kColumnCount; ++c)
        for (int r = inViewRows.at(c).first; r <= inViewRows.at(c).second; ++r)
            for (const int ei : m_edgesOf.at(m_columns.at(c).at(r))) {
                const Edge& e = m_graph.edges().at(ei);
                // Once per edge: from its first end in view. (An edge whose two ends are out of
                // view is not drawn; the barycentre order keeps edges short.)
                if (e.from != m_columns.at(c).at(r) && inView(e.from))
                    continue;
                if (!allEdges && e.kind != EdgeKind::VolumeClaimsOnly && e.kind != EdgeKind::ClaimNamesOnly
                    && e.kind != EdgeKind::Dangling)
                    continue;
                const QRectF a = rectOfIndex(e.from);
                const QRectF b = rectOfIndex(e.to);
                if (a.isNull() || b.isNull())
                    continue;
                const bool classEdge = e.kind == EdgeKind::ClassClaim || e.kind == EdgeKind::ClassVolume;
                // A class reaches every claim and volume of it: its edges are drawn for the
                // selected or hovered object (or class) only, else they hide everything else.
                if (classEdge
                    && (!text
                        || (m_graph.nodes().at(e.from).id != m_selectedId
                            && m_graph.nodes().at(e.to).id != m_selectedId
                            && m_graph.nodes().at(e.from).id != m_hoverId
                            && m_graph.nodes().at(e.to).id != m_hoverId)))
                    continue;
                const QPointF p1
                    = classEdge ? QPointF(a.center().x(), a.bottom()) : QPointF(a.right(), a.center().y());
                const QPointF p2
                    = classEdge ? QPointF(b.center().x(), b.top()) : QPointF(b.left(), b.center().y());
                if (!view.intersects(QRectF(p1, p2).normalized().adjusted(-1, -1, 1, 1)))
                    continue;
                const bool finding = e.kind == EdgeKind::VolumeClaimsOnly
                    || e.kind == EdgeKind::ClaimNamesOnly || e.kind == EdgeKind::Dangling;
                const bool highlighted = selectedNeighbours.contains(e.from)
                    && selectedNeighbours.contains(e.to)
                    && (m_graph.indexOf(m_selectedId) == e.from || m_graph.indexOf(m_selectedId) == e.to);
                QPen pen(finding ? problem : (highlighted ? pal.color(QPalette::Highlight) : line));
                // Cosmetic: widths in pixels whatever the zoom; the raster engine draws them
                // without stroking a path, which is what keeps a zoomed-out frame cheap.
                pen.setWidthF(highlighted ? 2.5 : (boxes ? 1.3 : 1.0));
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
                if (boxes && !classEdge) {
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

    // Nodes: per column, only the rows in view.
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.85);
    const QFontMetricsF fm(font());
    for (int c = 0; c <= kColumnCount; ++c) {
        const QList<int>& column = m_columns.at(c);
        const auto [first, last] = inViewRows.at(c);
        for (int r = first; r <= last; ++r) {
            const int index = column.at(r);
            const Node& n = m_graph.nodes().at(index);
            const QRectF box = rectOfIndex(index);
            if (!view.intersects(box))
                continue;
            ++m_lastPainted;
            const int status = statusOf(n);
            QColor accent = StatusDecorationProxy::colourFor(status);
            if (status == ResourceTableModel::StatusOk)
                accent = okColour(pal);
            if (!accent.isValid())
                accent = line;
            const bool selected = n.id == m_selectedId;
            const QColor fill = mix(pal.color(QPalette::Base), accent, selected ? 0.30 : 0.14);
            if (!boxes) {
                p.fillRect(box, accent);
                continue;
            }
            QPen border(selected ? pal.color(QPalette::Highlight) : accent);
            border.setWidthF(selected ? 3.0 : (n.id == m_hoverId ? 2.0 : 1.2));
            border.setCosmetic(true);
            if (n.kind == NodeKind::Ghost)
                border.setStyle(Qt::DashLine);
            p.setPen(border);
            p.setBrush(fill);
            p.drawRoundedRect(box, 6, 6);
            if (!text)
                continue;
            const QIcon icon = StatusDecorationProxy::iconFor(status);
            double textRight = box.right() - 8;
            if (!icon.isNull()) {
                icon.paint(&p, QRectF(box.right() - 22, box.top() + 4, 16, 16).toRect());
                textRight -= 18;
            }
            const QString label
                = n.ns.isEmpty() || !m_namespaceShown ? n.name : QString(n.ns + u'/' + n.name);
            p.setPen(textColour);
            p.setFont(font());
            p.drawText(QPointF(box.left() + 8, box.top() + 16),
                fm.elidedText(label, Qt::ElideMiddle, textRight - box.left() - 8));
            p.setFont(small);
            p.setPen(pal.color(QPalette::PlaceholderText));
            const QString kind = n.kind == NodeKind::Ghost ? tr("missing PersistentVolume") : n.kindName;
            const QString sub = n.status.isEmpty() ? kind : tr("%1 · %2").arg(kind, n.status);
            p.drawText(QPointF(box.left() + 8, box.top() + 31),
                QFontMetricsF(small).elidedText(sub, Qt::ElideRight, box.width() - 16));
        }
    }
}

void GraphView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
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

void GraphView::wheelEvent(QWheelEvent* event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (event->modifiers() & Qt::ShiftModifier) {
        panBy(QPointF(event->angleDelta().y(), 0));
    } else if (event->modifiers() & Qt::ControlModifier || m_bounds.height() * m_scale <= height()) {
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
    if (event->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(event);
        const int index = m_graph.indexOf(nodeAt(help->pos()));
        if (index < 0) {
            QToolTip::hideText();
            event->ignore();
            return true;
        }
        const Node& n = m_graph.nodes().at(index);
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
