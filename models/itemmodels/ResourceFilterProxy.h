// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/itemmodels/RowOrder.h"

#include <QAbstractProxyModel>
#include <QFutureWatcher>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ase {

class ResourceTableModel;

/// Filters and sorts a ResourceTableModel: by the filter's words and labels and by
/// namespace; sorts by the raw value, so capacities sort by bytes and ages by time.
///
/// Built for tables of 100,000 rows that change all the time, without stalling the GUI
/// thread:
/// - a new sort or filter of a large table is computed on a worker thread, over a copy of
///   the table's rows (the copy shares them); the view shows the previous order until the
///   new one is ready, and the rows that changed meanwhile are placed again when it lands;
/// - a batch of changed rows is placed again at once (ResourceTableModel::rowsUpdated),
///   new rows are merged in, and the view learns of it in a few signals: contiguous
///   inserts and removals when they are few, else one layout change;
/// - the ticking Age column is passed through without sorting or filtering anything.
class ResourceFilterProxy final : public QAbstractProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceFilterProxy)

public:
    explicit ResourceFilterProxy(QObject* parent = nullptr);
    ~ResourceFilterProxy() override;

    /// @p model must be a ResourceTableModel (or null).
    void setSourceModel(QAbstractItemModel* model) override;

    void setFilterText(const QString& text);
    void setNamespace(const QString& namespaceName);
    /// The filter asked for (shown once isOrdering() is false).
    const ResourceFilter& filter() const { return m_requested.filter; }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_requested.column; }
    Qt::SortOrder sortOrder() const { return m_requested.order; }

    /// Tables of up to this many rows are sorted and filtered at once, on the calling
    /// thread (a few milliseconds); larger ones on a worker thread. Tests lower it.
    void setSynchronousLimit(int rows) { m_synchronousLimit = rows; }
    /// Whether a sort or filter asked for is still being computed on a worker thread.
    bool isOrdering() const { return m_jobPending; }

    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    QModelIndex sibling(int row, int column, const QModelIndex& idx) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;

Q_SIGNALS:
    /// What was asked for (sort, filter) is now what the proxy shows.
    void orderingApplied();

private:
    void request();
    void startJob();
    void cancelJob();
    void onJobFinished();
    /// Shows the rows of @p target (source rows, in order), telling views in as few
    /// signals as it can.
    void applyOrder(const QList<int>& target);
    void relayout(const QList<int>& order);
    void removeProxyRows(int first, int last);
    void insertProxyRows(int at, const QList<int>& sourceRows);
    void rebuildRowOf(int from = 0);
    /// Places new or changed source rows (ascending) as the shown ordering wants them.
    void place(const QList<int>& rows);
    /// @p base without @p rows, then those of @p rows the shown ordering accepts, each in
    /// its place.
    QList<int> placedAgain(const QList<int>& base, QList<int> rows) const;
    /// Whether source row @p left comes before @p right in the shown ordering.
    bool before(int left, int right) const;

    void onRowsInserted(const QModelIndex& parent, int first, int last);
    void onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last);
    void onRowsRemoved(const QModelIndex& parent, int first, int last);
    void onRowsUpdated(const QList<int>& rows);
    void onDataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles);
    void onAboutToBeReset();
    void onReset();
    void touch(int first, int last);

    ResourceTableModel* m_table = nullptr;
    QList<QMetaObject::Connection> m_connections;
    QList<int> m_order; ///< proxy row -> source row
    QList<int> m_rowOf; ///< source row -> proxy row, or -1
    RowOrdering m_shown; ///< the ordering m_order follows
    RowOrdering m_requested;
    int m_synchronousLimit = 4000;

    // The ordering computed on a worker thread.
    struct Ordered
    {
        QList<int> rows; ///< as orderRows() gives them, rows of the copy the worker ordered
        QStringList keys; ///< their keys, to find them when rows came or went meanwhile
    };
    QFutureWatcher<Ordered> m_job;
    bool m_jobPending = false; ///< a job was started and its result not yet applied
    bool m_jobOwesRows = false; ///< the job also places rows the table changed in bulk
    RowOrdering m_jobOrdering;
    quint64 m_jobStructure = 0;
    quint64 m_structure = 0; ///< counts inserts, removals and resets of the source
    QSet<QString> m_touched; ///< keys of rows changed or added since the job's copy
};

} // namespace ase
