// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QTableView>

namespace ase {

/// The resource panes' table. QTableView lays out and repaints every visible cell after
/// each insert, even when the new rows land below the visible ones, as all of them do
/// while a first list of 50,000 objects fills an unsorted table a few hundred a turn: at
/// 100,000 objects that repaint took 7–11 turns of a fill over 16 ms. This view updates
/// only the scroll bars after inserts that were all below the last visible row, and lays
/// out and repaints as QTableView does after anything else (rows removed or moved, a
/// reset, a layout change, columns, a resized or moved section).
class ResourceTableView final : public QTableView
{
    Q_OBJECT

public:
    explicit ResourceTableView(QWidget* parent = nullptr);

    void setModel(QAbstractItemModel* model) override;
    void doItemsLayout() override;

    /// Layouts that updated only the scroll bars (tests, diagnostics).
    int scrollBarOnlyLayouts() const { return m_scrollBarOnlyLayouts; }

protected:
    void rowsInserted(const QModelIndex& parent, int start, int end) override;

private:
    /// What the next layout has to do.
    enum class Owed { Nothing, ScrollBars, Everything };
    void oweEverything() { m_owed = Owed::Everything; }

    Owed m_owed = Owed::Nothing;
    int m_scrollBarOnlyLayouts = 0;
};

} // namespace ase
