// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/ResourceTableView.h"

#include <QHeaderView>

namespace ase {

ResourceTableView::ResourceTableView(QWidget* parent)
    : QTableView(parent)
{
    for (QHeaderView* header : {horizontalHeader(), verticalHeader()}) {
        connect(header, &QHeaderView::sectionResized, this, &ResourceTableView::oweEverything);
        connect(header, &QHeaderView::sectionMoved, this, &ResourceTableView::oweEverything);
    }
}

void ResourceTableView::setModel(QAbstractItemModel* model)
{
    if (QAbstractItemModel* old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    m_owed = Owed::Everything;
    if (!model)
        return;
    // Whatever else moves rows or columns needs the full layout and repaint.
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ResourceTableView::oweEverything);
    connect(model, &QAbstractItemModel::rowsMoved, this, &ResourceTableView::oweEverything);
    connect(model, &QAbstractItemModel::columnsInserted, this, &ResourceTableView::oweEverything);
    connect(model, &QAbstractItemModel::columnsRemoved, this, &ResourceTableView::oweEverything);
    connect(model, &QAbstractItemModel::columnsMoved, this, &ResourceTableView::oweEverything);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ResourceTableView::oweEverything);
    connect(model, &QAbstractItemModel::modelReset, this, &ResourceTableView::oweEverything);
    connect(model, &QAbstractItemModel::headerDataChanged, this, &ResourceTableView::oweEverything);
}

void ResourceTableView::rowsInserted(const QModelIndex& parent, int start, int end)
{
    // Called before the vertical header counts the new rows: rowAt() still answers for
    // the rows that were there. No row at the bottom edge: the table does not fill the
    // viewport, and the new rows may show.
    const int lastVisible = rowAt(viewport()->height() - 1);
    const bool below = !parent.isValid() && lastVisible >= 0 && start > lastVisible;
    if (!below)
        m_owed = Owed::Everything;
    else if (m_owed == Owed::Nothing)
        m_owed = Owed::ScrollBars;
    QTableView::rowsInserted(parent, start, end);
}

void ResourceTableView::doItemsLayout()
{
    const Owed owed = std::exchange(m_owed, Owed::Nothing);
    if (owed == Owed::ScrollBars) {
        // What shows is what showed: only the scroll bars' ranges grew.
        updateGeometries();
        ++m_scrollBarOnlyLayouts;
        return;
    }
    QTableView::doItemsLayout();
}

} // namespace ase
