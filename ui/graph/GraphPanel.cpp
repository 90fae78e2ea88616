// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/graph/GraphPanel.h"

#include "models/graph/GraphFilter.h"
#include "models/graph/GraphImage.h"
#include "models/graph/GraphSource.h"
#include "models/itemmodels/ObjectSummary.h"
#include "models/store/MemoryRelease.h"
#include "models/store/ResourceStore.h"
#include "ui/graph/GraphView.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSaveFile>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ase {

using namespace graph;

namespace {

QToolButton* toolButton(const QString& text, const QString& toolTip, const QString& name, QWidget* parent)
{
    auto* button = new QToolButton(parent);
    button->setText(text);
    button->setToolTip(toolTip);
    button->setAccessibleName(toolTip);
    button->setObjectName(name);
    button->setAutoRaise(true);
    return button;
}

} // namespace

GraphPanel::GraphPanel(ResourceStore* store, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_source(new GraphSource(store, this))
    , m_view(new GraphView(this))
    , m_scope(new QComboBox(this))
    , m_hops(new QSpinBox(this))
    , m_problemsOnly(new QCheckBox(tr("&Problems only"), this))
    , m_limit(new QCheckBox(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("graphPanel"));
    m_scope->setObjectName(QStringLiteral("graphScope"));
    m_scope->addItem(tr("Whole cluster"), int(Scope::Cluster));
    m_scope->addItem(tr("Namespace"), int(Scope::Namespace));
    m_scope->addItem(tr("Selection and neighbours"), int(Scope::Focus));
    m_scope->setToolTip(tr("What the graph shows: the whole cluster, one namespace, or the selected object "
                           "and the objects within a few links of it"));
    m_scope->setAccessibleName(tr("Graph scope"));
    m_hops->setObjectName(QStringLiteral("graphHops"));
    m_hops->setRange(1, 8);
    m_hops->setValue(2);
    m_hops->setSuffix(tr(" hops"));
    m_hops->setToolTip(tr("How many links away from the selection the graph reaches"));
    m_hops->setAccessibleName(tr("Neighbourhood size"));
    m_hops->setEnabled(false);
    m_problemsOnly->setObjectName(QStringLiteral("problemsOnly"));
    m_problemsOnly->setToolTip(tr("Only Pending, Lost, Released and Failed objects, half-bound pairs and "
                                  "claims naming missing volumes, "
                                  "with what links to them"));
    m_limit->setObjectName(QStringLiteral("graphLimit"));
    m_limit->setText(tr("At most %L1 objects").arg(m_cap));
    m_limit->setChecked(true);
    m_limit->setToolTip(tr("Beyond this many objects the graph keeps the problems first, then the "
                           "selection's neighbours, and says how many it hides"));
    m_status->setObjectName(QStringLiteral("graphStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);

    auto* zoomIn = toolButton(tr("+"), tr("Zoom in"), QStringLiteral("zoomIn"), this);
    auto* zoomOut = toolButton(tr("−"), tr("Zoom out"), QStringLiteral("zoomOut"), this);
    auto* fit = toolButton(tr("Fit"), tr("Show the whole graph"), QStringLiteral("fit"), this);
    auto* save = toolButton(
        tr("Export…"), tr("Save the picture as SVG, PNG or Graphviz"), QStringLiteral("exportGraph"), this);
    connect(zoomIn, &QToolButton::clicked, m_view, &GraphView::zoomIn);
    connect(zoomOut, &QToolButton::clicked, m_view, &GraphView::zoomOut);
    connect(fit, &QToolButton::clicked, m_view, &GraphView::fitAll);
    connect(save, &QToolButton::clicked, this, &GraphPanel::exportPicture);

    auto* bar = new QHBoxLayout;
    bar->setContentsMargins(4, 2, 4, 2);
    auto* scopeLabel = new QLabel(tr("&Show:"), this);
    scopeLabel->setBuddy(m_scope);
    bar->addWidget(scopeLabel);
    bar->addWidget(m_scope);
    bar->addWidget(m_hops);
    bar->addWidget(m_problemsOnly);
    bar->addWidget(m_limit);
    bar->addWidget(m_status, 1);
    bar->addWidget(zoomOut);
    bar->addWidget(zoomIn);
    bar->addWidget(fit);
    bar->addWidget(save);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    m_view->setToolTipProvider([this](const Node& node) { return toolTipOf(node); });
    connect(m_view, &GraphView::nodeClicked, this, [this](const QString& id) {
        m_selectedId = id;
        const int index = m_graph.indexOf(id);
        if (index < 0)
            return;
        const auto [kind, key] = objectOf(m_graph.nodes().at(index));
        if (!kind.isEmpty())
            Q_EMIT objectSelected(kind, key);
    });
    connect(m_view, &GraphView::nodeDoubleClicked, this, [this](const QString& id) {
        const int index = m_graph.indexOf(id);
        if (index < 0)
            return;
        const auto [kind, key] = objectOf(m_graph.nodes().at(index));
        if (!kind.isEmpty())
            Q_EMIT objectOpened(kind, key);
    });
    connect(m_view, &GraphView::contextMenuRequested, this, &GraphPanel::showContextMenu);
    connect(m_source, &GraphSource::changed, this, &GraphPanel::sourceChanged);
    m_pool.setMaxThreadCount(1);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        m_hops->setEnabled(scope() == Scope::Focus);
        rebuild();
    });
    connect(m_hops, &QSpinBox::valueChanged, this, &GraphPanel::refilter);
    connect(m_problemsOnly, &QCheckBox::toggled, this, &GraphPanel::refilter);
    connect(m_limit, &QCheckBox::toggled, this, &GraphPanel::refilter);
}

GraphPanel::~GraphPanel()
{
    // A build in flight posts its result to this object: let it finish first (its queued
    // result is dropped with the object).
    m_pool.waitForDone();
}

void GraphPanel::setScope(Scope scope)
{
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

GraphPanel::Scope GraphPanel::scope() const
{
    return Scope(m_scope->currentData().toInt());
}

void GraphPanel::setHops(int hops)
{
    m_hops->setValue(hops);
}

void GraphPanel::setProblemsOnly(bool on)
{
    m_problemsOnly->setChecked(on);
}

void GraphPanel::setCap(int nodes)
{
    if (nodes > 0) {
        m_cap = nodes;
        m_limit->setText(tr("At most %L1 objects").arg(nodes));
    }
    m_limit->setChecked(nodes > 0);
    refilter();
}

void GraphPanel::setNamespace(const QString& ns)
{
    if (ns == m_namespace)
        return;
    m_namespace = ns;
    if (scope() == Scope::Namespace)
        rebuild();
}

QString GraphPanel::nodeIdOf(const QString& kind, const QString& key)
{
    if (kind.isEmpty() || key.isEmpty())
        return {};
    return kind + u'/' + key; // BindingGraph::nodeId: "<kind>/<ns>/<name>" or "<kind>/<name>"
}

std::pair<QString, QString> GraphPanel::objectOf(const Node& node)
{
    if (node.kind == NodeKind::Ghost)
        return {};
    const QString key = node.ns.isEmpty() ? node.name : QString(node.ns + u'/' + node.name);
    return {node.kindName, key};
}

void GraphPanel::selectObject(const QString& kind, const QString& key)
{
    const QString id = nodeIdOf(kind, key);
    if (id == m_selectedId)
        return;
    m_selectedId = id;
    const bool scopeFollows = scope() == Scope::Focus
        || (scope() == Scope::Namespace && m_namespace.isEmpty() && key.contains(u'/')
            && key.section(u'/', 0, 0) != m_builtNamespace);
    if (scopeFollows && scope() == Scope::Namespace)
        rebuild();
    else if (scopeFollows || m_hidden > 0)
        refilter();
    m_view->setSelectedId(id, true);
}

QString GraphPanel::scopeNamespace() const
{
    if (scope() != Scope::Namespace)
        return {};
    if (!m_namespace.isEmpty())
        return m_namespace;
    const int index = m_graph.indexOf(m_selectedId);
    if (index >= 0)
        return m_graph.nodes().at(index).ns;
    // Not in the graph yet: "PersistentVolumeClaim/ns/name".
    return m_selectedId.count(u'/') == 2 ? m_selectedId.section(u'/', 1, 1) : QString();
}

void GraphPanel::setMinimumInterval(int milliseconds)
{
    m_minInterval = milliseconds;
    m_source->setInterval(milliseconds);
}

void GraphPanel::rebuildNow()
{
    rebuild();
}

GraphPanel::Built GraphPanel::buildGraph(const GraphInput& input, const QString& ns, bool live,
    const BindingGraph& previous, const FilterOptions& options)
{
    QElapsedTimer timer;
    timer.start();
    Built built;
    built.ns = ns;
    built.objects = input.shares.size() + input.volumes.size() + input.claims.size() + input.pods.size()
        + input.classes.size();
    built.graph = BindingGraph::build(input, ns, !live);
    QList<int> moved;
    built.moved = live ? built.graph.adoptOrder(previous, &moved) : int(built.graph.nodes().size());
    for (const int n : std::as_const(moved))
        built.movedIds.append(built.graph.nodes().at(n).id());
    built.options = options;
    filterAndLayOut(built);
    built.ms = timer.elapsed();
    return built;
}

void GraphPanel::filterAndLayOut(Built& built)
{
    FilterOptions options = built.options;
    if (built.graph.indexOf(options.focusId) < 0)
        options.focusId.clear(); // nothing (or nothing drawable) selected: everything
    built.filtered = filterGraph(built.graph, options);
    built.problemsShown = 0;
    for (const int n : std::as_const(built.filtered.nodes))
        built.problemsShown += built.graph.nodes().at(n).problem ? 1 : 0;
    built.layout = GraphView::layOut(built.graph, built.filtered.nodes);
}

FilterOptions GraphPanel::filterOptions() const
{
    FilterOptions options;
    options.focusId = scope() == Scope::Focus ? m_selectedId : QString();
    options.hops = m_hops->value();
    options.problemsOnly = m_problemsOnly->isChecked();
    options.cap = m_limit->isChecked() ? m_cap : 0;
    options.selectedId = m_selectedId;
    return options;
}

bool GraphPanel::isSettled() const
{
    return !m_building && !m_buildAgain && !m_source->isPending();
}

void GraphPanel::dispose(BindingGraph graph, GraphView::Layout layout)
{
    constexpr qsizetype kFreeHere = 2000; // nodes: below this, freeing costs less than a thread hop
    if (std::max(graph.nodes().size(), layout.graph.nodes().size()) < kFreeHere)
        return;
    m_pool.start([graph = std::move(graph), layout = std::move(layout)]() mutable {
        graph = BindingGraph();
        layout = GraphView::Layout();
    });
}

void GraphPanel::rebuild()
{
    const QString ns = scopeNamespace();
    const bool live = m_built && ns == m_builtNamespace;
    adopt(buildGraph(m_source->input(), ns, live, m_graph, filterOptions()));
}

bool GraphPanel::buildsHere(qint64 lastBuildMs, qsizetype lastObjects, qsizetype objects, int thresholdMs)
{
    const double predictedMs
        = lastObjects > 0 ? double(lastBuildMs) * double(objects) / double(lastObjects) : double(lastBuildMs);
    return predictedMs < thresholdMs;
}

void GraphPanel::sourceChanged()
{
    if (!m_building
        && buildsHere(m_lastBuildMs, m_lastBuildObjects, m_source->objectCount(), m_workerThresholdMs)) {
        rebuild();
        return;
    }
    if (m_building) {
        m_buildAgain = true;
        return;
    }
    m_building = true;
    const QString ns = scopeNamespace();
    const bool live = m_built && ns == m_builtNamespace;
    // The worker gets copies (implicitly shared, read only): the store and the shown graph
    // stay the GUI thread's. It builds, orders, filters and lays out; the GUI thread only
    // swaps the result in.
    const quint64 generation = m_generation;
    m_pool.start([this, input = m_source->input(), ns, live, previous = m_graph, options = filterOptions(),
                     generation]() mutable {
        Built built = buildGraph(input, ns, live, previous, options);
        // The snapshot and the previous graph are freed here, not on the GUI thread.
        input = GraphInput();
        previous = BindingGraph();
        QMetaObject::invokeMethod(
            this,
            [this, built = std::move(built), generation]() mutable {
                m_building = false;
                MemoryRelease::afterLargeWork(); // a large graph was built on a worker thread
                // Not if the graph was rebuilt here meanwhile (a new scope): that one is newer.
                if (generation == m_generation)
                    adopt(std::move(built));
                else
                    dispose(std::move(built.graph), std::move(built.layout));
                if (std::exchange(m_buildAgain, false))
                    sourceChanged();
            },
            Qt::QueuedConnection);
    });
}

void GraphPanel::adopt(Built built)
{
    ++m_generation;
    m_lastMoved = built.moved;
    m_lastMovedIds = std::move(built.movedIds);
    BindingGraph old = std::exchange(m_graph, std::move(built.graph));
    m_view->setNamespaceShown(built.ns.isEmpty());
    m_built = true;
    m_builtNamespace = built.ns;
    m_lastBuildMs = built.ms;
    m_lastBuildObjects = built.objects;
    // A large graph under a stream of changes: rebuild at most every other build time, so
    // that the window keeps at least half of its time for the user.
    m_source->setInterval(int(std::max<qint64>(m_minInterval, 2 * m_lastBuildMs)));
    if (!(built.options == filterOptions())) {
        // The options changed while it was built (a click): filter again, here.
        built.graph = m_graph;
        built.options = filterOptions();
        filterAndLayOut(built);
    }
    showFiltered(built);
    dispose(std::move(old), {});
    Q_EMIT rebuilt();
}

void GraphPanel::refilter()
{
    Built built;
    built.graph = m_graph;
    built.options = filterOptions();
    filterAndLayOut(built);
    showFiltered(built);
}

void GraphPanel::showFiltered(Built& built)
{
    m_hidden = built.filtered.hidden;
    dispose({}, m_view->setLayout(std::move(built.layout)));
    m_view->setSelectedId(m_selectedId, false);
    const QString shown
        = tr("%L1 objects, %L2 with problems").arg(built.filtered.nodes.size()).arg(built.problemsShown);
    m_status->setText(
        built.filtered.hidden > 0 ? tr("%1; %L2 hidden").arg(shown).arg(built.filtered.hidden) : shown);
}

void GraphPanel::showContextMenu(const QString& id, const QPoint& globalPos)
{
    auto* menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("graphContextMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const int index = m_graph.indexOf(id);
    if (index >= 0) {
        const auto [kind, key] = objectOf(m_graph.nodes().at(index));
        if (!kind.isEmpty())
            Q_EMIT objectContextMenuRequested(kind, key, menu);
        menu->addSeparator();
        QAction* focus = menu->addAction(tr("&Focus on This"), this, [this, id] {
            m_selectedId = id;
            setScope(Scope::Focus);
        });
        focus->setObjectName(QStringLiteral("graphFocusHere"));
    }
    menu->addAction(tr("F&it"), m_view, &GraphView::fitAll);
    QAction* picture = menu->addAction(tr("Export &Picture…"), this, &GraphPanel::exportPicture);
    picture->setObjectName(QStringLiteral("graphExportPicture"));
    menu->popup(globalPos);
}

QString GraphPanel::toolTipOf(const Node& node) const
{
    const auto [kind, key] = objectOf(node);
    const QString title = node.kind == NodeKind::Ghost
        ? tr("PersistentVolume %1 does not exist; a claim names it.").arg(node.name)
        : tr("%1 %2").arg(node.kindName, key);
    QStringList lines {QString(u"<b>"_s + title.toHtmlEscaped() + u"</b>"_s)};
    const QJsonObject object = kind.isEmpty() ? QJsonObject() : m_store->object(kind, key);
    if (!object.isEmpty()) {
        for (const SummaryField& field : summarizeObject(kind, object, *m_store)) {
            if (field.value.isEmpty())
                continue;
            lines.append(tr("%1: %2").arg(field.label, field.value).toHtmlEscaped());
        }
    } else if (!node.status.isEmpty()) {
        lines.append(node.status.toHtmlEscaped());
    }
    return lines.join(u"<br>"_s);
}

void GraphPanel::exportPicture()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export the Binding Graph"), QString(),
        tr("SVG picture (*.svg);;PNG picture (*.png);;Graphviz (*.dot)"));
    if (file.isEmpty())
        return;
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    QByteArray bytes;
    QString error;
    if (file.endsWith(u".dot"_s, Qt::CaseInsensitive))
        bytes = m_graph.toDot();
    else if (file.endsWith(u".png"_s, Qt::CaseInsensitive))
        bytes = renderPng(m_graph.toSvg(dark), 1.0, &error);
    else
        bytes = m_graph.toSvg(dark);
    QSaveFile out(file);
    if (bytes.isEmpty() || !out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()
        || !out.commit())
        QMessageBox::warning(this, tr("Export failed"),
            tr("%1 could not be written: %2").arg(file, error.isEmpty() ? out.errorString() : error));
}

} // namespace ase
