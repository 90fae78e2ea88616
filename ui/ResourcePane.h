// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QTableView;

namespace ase {

class ResourceFilterProxy;
class ResourceTableModel;
class StatusDecorationProxy;

/// One pane: a filter box and a live, sortable table of one kind of object. The column
/// layout (order, widths, hidden columns, sort) is saved and restored per kind.
class ResourcePane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourcePane)

public:
    ResourcePane(ResourceTableModel* model, const QString& title, QWidget* parent = nullptr);
    ~ResourcePane() override;

    QString kind() const;
    QString title() const { return m_title; }
    ResourceTableModel* model() const { return m_model; }
    ResourceFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }

    /// Selects the object with this store key (clearing the filter if it hides it).
    bool selectKey(const QString& key);
    /// The store key of the current row, or empty.
    QString currentKey() const;
    void setNamespace(const QString& namespaceName);
    void focusFilter();
    /// Rows shown / rows in total, for the navigation counts.
    int visibleCount() const;

    void saveLayout() const;

Q_SIGNALS:
    void currentKeyChanged(const QString& kind, const QString& key);
    void contextMenuRequested(const QString& kind, const QString& key, QMenu* menu);
    void countsChanged();

private:
    void restoreLayout();
    void fitColumnsOnce();
    void showHeaderMenu(const QPoint& pos);
    void showContextMenu(const QPoint& pos);
    void updateEmptyState();

    ResourceTableModel* m_model;
    QString m_title;
    StatusDecorationProxy* m_decoration;
    ResourceFilterProxy* m_proxy;
    QLineEdit* m_filter;
    QTableView* m_view;
    QLabel* m_emptyLabel;
    bool m_columnsFitted = false; ///< columns sized to the first rows, or restored from settings
};

} // namespace ase
