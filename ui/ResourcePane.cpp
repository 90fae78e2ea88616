// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/ResourcePane.h"

#include "models/itemmodels/ResourceFilterProxy.h"
#include "models/itemmodels/ResourceTableModel.h"
#include "ui/ResourceTableView.h"
#include "ui/StatusDecorationProxy.h"

#include <QAction>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QStackedLayout>
#include <QTableView>
#include <QVBoxLayout>

namespace ase {

ResourcePane::ResourcePane(ResourceTableModel* model, const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_model(model)
    , m_title(title)
    , m_decoration(new StatusDecorationProxy(this))
    , m_proxy(new ResourceFilterProxy(this))
    , m_filter(new QLineEdit(this))
    , m_view(new ResourceTableView(this))
    , m_emptyLabel(new QLabel(this))
{
    setObjectName(model->kind() + QStringLiteral("Pane"));
    // The sort/filter proxy reads the table directly (its comparisons are the hot path);
    // the decoration proxy on top only adds icons and colours for the view.
    m_proxy->setSourceModel(model);
    m_decoration->setSourceModel(m_proxy);
    m_decoration->setStatusColumn(model->statusColumn());

    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(tr("Filter: words, or labels as key=value"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter %1").arg(title));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ResourceFilterProxy::setFilterText);

    m_view->setObjectName(QStringLiteral("table"));
    m_view->setAccessibleName(title);
    m_view->setModel(m_decoration);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->verticalHeader()->hide();
    // Fixed row height measured once: no per-row size computation on live tables.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->setDefaultSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("0")) * 14);
    for (int c = 0; c < model->columnCount(); ++c) {
        const QString text = model->headerData(c, Qt::Horizontal).toString();
        header->resizeSection(
            c, std::max(header->defaultSectionSize(), fontMetrics().horizontalAdvance(text) + 36));
    }
    header->resizeSection(0, fontMetrics().horizontalAdvance(QStringLiteral("0")) * 30);
    connect(header, &QHeaderView::customContextMenuRequested, this, &ResourcePane::showHeaderMenu);
    connect(m_view, &QTableView::customContextMenuRequested, this, &ResourcePane::showContextMenu);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { Q_EMIT currentKeyChanged(kind(), currentKey()); });

    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);

    auto* stack = new QStackedLayout;
    stack->setStackingMode(QStackedLayout::StackAll);
    stack->addWidget(m_emptyLabel);
    stack->addWidget(m_view);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filter);
    layout->addLayout(stack);

    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_proxy, signal, this, [this] {
            updateEmptyState();
            Q_EMIT countsChanged();
        });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        updateEmptyState();
        Q_EMIT countsChanged();
    });
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, [this] {
        updateEmptyState();
        Q_EMIT countsChanged();
    });
    restoreLayout();
    updateEmptyState();
}

ResourcePane::~ResourcePane() = default;

QString ResourcePane::kind() const
{
    return m_model->kind();
}

void ResourcePane::updateEmptyState()
{
    const bool empty = m_proxy->rowCount() == 0;
    if (empty) {
        m_emptyLabel->setText(m_model->rowCount() == 0 ? tr("No %1.").arg(m_title)
                                                       : tr("No %1 match the filter.").arg(m_title));
    }
    m_emptyLabel->setVisible(empty);
    m_view->setVisible(!empty);
    if (!empty && !m_columnsFitted)
        fitColumnsOnce();
}

void ResourcePane::fitColumnsOnce()
{
    // Once, when the first rows arrive and the user has no saved layout: wide enough for
    // the header and the rows in view (QTableView measures only those), within
    // 40 characters. Never again: a live table must not jump under the user's eyes.
    m_columnsFitted = true;
    QHeaderView* header = m_view->horizontalHeader();
    const int widest = fontMetrics().horizontalAdvance(QStringLiteral("0")) * 40;
    for (int c = 0; c + 1 < m_proxy->columnCount(); ++c) {
        if (header->isSectionHidden(c))
            continue;
        m_view->resizeColumnToContents(c);
        if (header->sectionSize(c) > widest)
            header->resizeSection(c, widest);
    }
}

bool ResourcePane::selectKey(const QString& key)
{
    const int sourceRow = m_model->rowOfKey(key);
    if (sourceRow < 0)
        return false;
    const auto viewIndex = [this, sourceRow] {
        return m_decoration->mapFromSource(m_proxy->mapFromSource(m_model->index(sourceRow, 0)));
    };
    QModelIndex index = viewIndex();
    if (!index.isValid()) {
        m_filter->clear();
        m_proxy->setNamespace({});
        index = viewIndex();
    }
    if (!index.isValid())
        return false;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
    return true;
}

QString ResourcePane::currentKey() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ResourceTableModel::KeyRole).toString() : QString();
}

void ResourcePane::setNamespace(const QString& namespaceName)
{
    m_proxy->setNamespace(namespaceName);
}

void ResourcePane::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

int ResourcePane::visibleCount() const
{
    return m_proxy->rowCount();
}

void ResourcePane::saveLayout() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("panes/%1/header").arg(kind()), m_view->horizontalHeader()->saveState());
}

void ResourcePane::restoreLayout()
{
    QSettings settings;
    const QByteArray state = settings.value(QStringLiteral("panes/%1/header").arg(kind())).toByteArray();
    if (!state.isEmpty())
        m_columnsFitted = m_view->horizontalHeader()->restoreState(state);
}

void ResourcePane::showHeaderMenu(const QPoint& pos)
{
    QHeaderView* header = m_view->horizontalHeader();
    QMenu menu(this);
    menu.setTitle(tr("Columns"));
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction* action = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(c));
        // Keep at least the name column visible.
        action->setEnabled(c != 0);
        connect(
            action, &QAction::toggled, header, [header, c](bool on) { header->setSectionHidden(c, !on); });
    }
    menu.exec(header->mapToGlobal(pos));
    saveLayout();
}

void ResourcePane::showContextMenu(const QPoint& pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid())
        return;
    QMenu menu(this);
    Q_EMIT contextMenuRequested(kind(), index.data(ResourceTableModel::KeyRole).toString(), &menu);
    if (!menu.isEmpty())
        menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace ase
