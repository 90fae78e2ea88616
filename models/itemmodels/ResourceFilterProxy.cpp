// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/ResourceFilterProxy.h"

#include "models/itemmodels/ResourceTableModel.h"
#include "models/store/MemoryRelease.h"

#include <QPromise>
#include <QThreadPool>

#include <algorithm>
#include <iterator>
#include <memory>
#include <numeric>
#include <vector>

namespace ase {

namespace {

/// Up to this many contiguous runs of rows are inserted or removed one run at a time;
/// more become one layout change (a view handles each run in time proportional to the
/// table).
constexpr int kMaxRuns = 16;

/// Runs of consecutive values in ascending @p rows, as (first, last) pairs.
QList<std::pair<int, int>> runsOf(const QList<int>& rows)
{
    QList<std::pair<int, int>> runs;
    for (const int row : rows) {
        if (!runs.isEmpty() && runs.last().second + 1 == row)
            runs.last().second = row;
        else
            runs.append({row, row});
    }
    return runs;
}

} // namespace

ResourceFilterProxy::ResourceFilterProxy(QObject* parent)
    : QAbstractProxyModel(parent)
{
    connect(&m_job, &QFutureWatcher<Ordered>::finished, this, &ResourceFilterProxy::onJobFinished);
}

ResourceFilterProxy::~ResourceFilterProxy()
{
    // The worker holds its own copy of the rows; it stops at its next check.
    m_job.cancel();
}

void ResourceFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    auto* table = qobject_cast<ResourceTableModel*>(model);
    Q_ASSERT_X(!model || table, "ResourceFilterProxy", "the source must be a ResourceTableModel");
    beginResetModel();
    cancelJob();
    for (const QMetaObject::Connection& c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    QAbstractProxyModel::setSourceModel(table);
    m_table = table;
    m_order.clear();
    m_rowOf.clear();
    m_shown = {};
    if (m_table) {
        m_connections = {
            connect(m_table, &QAbstractItemModel::rowsInserted, this, &ResourceFilterProxy::onRowsInserted),
            connect(m_table, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                &ResourceFilterProxy::onRowsAboutToBeRemoved),
            connect(m_table, &QAbstractItemModel::rowsRemoved, this, &ResourceFilterProxy::onRowsRemoved),
            connect(m_table, &ResourceTableModel::rowsUpdated, this, &ResourceFilterProxy::onRowsUpdated),
            connect(m_table, &QAbstractItemModel::dataChanged, this, &ResourceFilterProxy::onDataChanged),
            connect(m_table, &QAbstractItemModel::modelAboutToBeReset, this,
                &ResourceFilterProxy::onAboutToBeReset),
            connect(m_table, &QAbstractItemModel::modelReset, this, &ResourceFilterProxy::onReset),
            // The table never moves its rows; should one, start again from its rows.
            connect(m_table, &QAbstractItemModel::layoutAboutToBeChanged, this,
                &ResourceFilterProxy::onAboutToBeReset),
            connect(m_table, &QAbstractItemModel::layoutChanged, this, &ResourceFilterProxy::onReset),
            connect(m_table, &QAbstractItemModel::headerDataChanged, this,
                &QAbstractItemModel::headerDataChanged),
        };
        // Shown as they are (m_shown: no sort, no filter) until request() orders them.
        m_order.resize(m_table->rowCount());
        std::iota(m_order.begin(), m_order.end(), 0);
        m_rowOf = m_order;
    }
    endResetModel();
    // What was asked for before there was a table applies to this one.
    request();
}

void ResourceFilterProxy::setFilterText(const QString& text)
{
    ResourceFilter next = ResourceFilter::parse(text);
    next.namespaceName = m_requested.filter.namespaceName;
    if (next == m_requested.filter)
        return;
    m_requested.filter = next;
    request();
}

void ResourceFilterProxy::setNamespace(const QString& namespaceName)
{
    if (m_requested.filter.namespaceName == namespaceName)
        return;
    m_requested.filter.namespaceName = namespaceName;
    request();
}

void ResourceFilterProxy::sort(int column, Qt::SortOrder order)
{
    if (m_requested.column == column && m_requested.order == order)
        return;
    m_requested.column = column;
    m_requested.order = order;
    request();
}

// ----- asking for an ordering -----

void ResourceFilterProxy::request()
{
    if (m_jobPending && m_jobOrdering == m_requested)
        return; // already on its way
    if (!m_table) {
        m_shown = m_requested;
        Q_EMIT orderingApplied();
        return;
    }
    // A job on its way that also places rows the table changed in bulk must land (or be
    // replaced by one that does the same); else asking for what is shown drops it.
    if (m_requested == m_shown && !m_jobOwesRows) {
        cancelJob();
        Q_EMIT orderingApplied();
        return;
    }
    if (m_table->rowCount() > m_synchronousLimit) {
        startJob();
        return;
    }
    cancelJob();
    m_shown = m_requested;
    applyOrder(orderRows(m_table->rows(), m_shown));
    Q_EMIT orderingApplied();
}

void ResourceFilterProxy::startJob()
{
    const bool owesRows = m_jobOwesRows; // the new job orders every row: it owes them too
    cancelJob();
    m_jobOwesRows = owesRows;
    m_jobOrdering = m_requested;
    m_jobStructure = m_structure;
    m_jobPending = true;
    m_touched.clear();
    auto promise = std::make_shared<QPromise<Ordered>>();
    m_job.setFuture(promise->future());
    // The worker holds the only other reference to the rows it orders, and drops it
    // itself: when the table changed meanwhile, the old rows are freed there, not here.
    QThreadPool::globalInstance()->start(
        [promise, rows = m_table->rows(), ordering = m_jobOrdering]() mutable {
            promise->start();
            Ordered ordered;
            ordered.rows = orderRows(rows, ordering, [&promise] { return promise->isCanceled(); });
            ordered.keys.reserve(ordered.rows.size());
            for (const int row : std::as_const(ordered.rows))
                ordered.keys.append(rows.at(row).key);
            rows = {};
            promise->addResult(std::move(ordered));
            promise->finish();
        });
}

void ResourceFilterProxy::cancelJob()
{
    if (!m_jobPending)
        return;
    m_jobPending = false;
    m_jobOwesRows = false;
    m_job.cancel();
    m_touched.clear();
}

void ResourceFilterProxy::onJobFinished()
{
    if (!m_jobPending || !m_job.isFinished() || m_job.isCanceled() || m_job.future().resultCount() == 0)
        return; // superseded
    Ordered ordered = m_job.result();
    MemoryRelease::afterLargeWork(); // a large table was ordered on a worker thread
    m_jobPending = false;
    m_jobOwesRows = false;
    QList<int> target = std::move(ordered.rows);
    if (m_structure != m_jobStructure) {
        // Rows came or went since the copy: find each by its key.
        target.clear();
        for (const QString& key : std::as_const(ordered.keys)) {
            if (const int now = m_table->rowOfKey(key); now >= 0)
                target.append(now);
        }
    }
    QList<int> touched;
    for (const QString& key : std::as_const(m_touched)) {
        if (const int row = m_table->rowOfKey(key); row >= 0)
            touched.append(row);
    }
    m_touched.clear();
    m_shown = m_jobOrdering;
    applyOrder(placedAgain(target, touched));
    if (m_requested == m_shown)
        Q_EMIT orderingApplied();
    else
        request();
}

// ----- placing rows -----

bool ResourceFilterProxy::before(int left, int right) const
{
    return m_shown.before(m_table->row(left), left, m_table->row(right), right);
}

QList<int> ResourceFilterProxy::placedAgain(const QList<int>& base, QList<int> rows) const
{
    if (rows.isEmpty())
        return base;
    std::vector<char> moving(m_table->rowCount(), 0);
    for (const int row : std::as_const(rows))
        moving[row] = 1;
    QList<int> kept;
    kept.reserve(base.size() + rows.size());
    for (const int row : base) {
        if (!moving[row])
            kept.append(row);
    }
    rows.removeIf([this](int row) { return !m_shown.filter.accepts(m_table->row(row)); });
    const auto less = [this](int a, int b) { return before(a, b); };
    std::sort(rows.begin(), rows.end(), less);
    // Each row's place by binary search (a comparison reads texts: O(k log n) of them, not
    // the O(n) of a merge), then one pass that copies.
    QList<int> merged;
    merged.reserve(kept.size() + rows.size());
    auto from = kept.cbegin();
    for (const int row : std::as_const(rows)) {
        const auto at = std::upper_bound(from, kept.cend(), row, less);
        merged.append(from, at);
        merged.append(row);
        from = at;
    }
    merged.append(from, kept.cend());
    return merged;
}

void ResourceFilterProxy::place(const QList<int>& rows)
{
    // The common cases cost O(k log n) comparisons and no pass over the table: rows that
    // are shown, still pass and are still in order with their neighbours stay (the order
    // is sorted as long as every pair of neighbours is); rows that now pass are inserted
    // where a binary search puts them.
    QList<int> arriving;
    bool inPlace = true;
    const int shown = int(m_order.size());
    for (const int row : rows) {
        const bool passes = m_shown.filter.accepts(m_table->row(row));
        const int p = m_rowOf.at(row);
        if (p < 0) {
            if (passes)
                arriving.append(row);
        } else if (!passes) {
            inPlace = false;
        } else if (m_shown.column >= 0
            && ((p > 0 && before(row, m_order.at(p - 1)))
                || (p + 1 < shown && before(m_order.at(p + 1), row)))) {
            inPlace = false;
        }
    }
    if (!inPlace) {
        applyOrder(placedAgain(m_order, rows));
        return;
    }
    if (arriving.isEmpty())
        return;
    const auto less = [this](int a, int b) { return before(a, b); };
    std::sort(arriving.begin(), arriving.end(), less);
    // Runs of rows that go to the same place: (place, first index in arriving, count).
    struct Run
    {
        int at;
        qsizetype from;
        qsizetype count;
    };
    QList<Run> runs;
    for (qsizetype i = 0; i < arriving.size(); ++i) {
        const int at = int(
            std::upper_bound(m_order.cbegin(), m_order.cend(), arriving.at(i), less) - m_order.cbegin());
        if (!runs.isEmpty() && runs.last().at == at)
            ++runs.last().count;
        else
            runs.append({at, i, 1});
    }
    if (runs.size() > kMaxRuns) {
        applyOrder(placedAgain(m_order, arriving));
        return;
    }
    // From the bottom up, so that the places above stay right.
    for (auto it = runs.crbegin(); it != runs.crend(); ++it)
        insertProxyRows(it->at, arriving.mid(it->from, it->count));
}

void ResourceFilterProxy::applyOrder(const QList<int>& target)
{
    if (target == m_order)
        return;
    std::vector<char> inTarget(m_rowOf.size(), 0);
    for (const int row : target)
        inTarget[row] = 1;
    QList<int> leaving; // proxy rows, ascending
    QList<int> kept; // source rows that stay, in their current order
    for (int p = 0; p < m_order.size(); ++p) {
        if (inTarget[m_order.at(p)])
            kept.append(m_order.at(p));
        else
            leaving.append(p);
    }
    QList<int> keptInTargetOrder;
    QList<int> arriving; // positions in target of rows not shown now, ascending
    keptInTargetOrder.reserve(kept.size());
    for (int t = 0; t < target.size(); ++t) {
        if (m_rowOf.at(target.at(t)) >= 0)
            keptInTargetOrder.append(target.at(t));
        else
            arriving.append(t);
    }
    const QList<std::pair<int, int>> leavingRuns = runsOf(leaving);
    const QList<std::pair<int, int>> arrivingRuns = runsOf(arriving);
    if (kept == keptInTargetOrder && leavingRuns.size() + arrivingRuns.size() <= kMaxRuns) {
        // Contiguous removals (from the bottom up), then insertions (from the top down:
        // each run lands at its final position).
        for (auto it = leavingRuns.crbegin(); it != leavingRuns.crend(); ++it)
            removeProxyRows(it->first, it->second);
        for (const auto& [first, last] : arrivingRuns)
            insertProxyRows(first, target.mid(first, last - first + 1));
        return;
    }
    // Many places: one layout change puts the rows that stay in their new order and the
    // leaving ones after them; those go in one removal, the arriving ones come in one
    // insertion at the end, and a second layout change puts them in their places.
    if (!leaving.isEmpty() || kept != keptInTargetOrder) {
        QList<int> order = keptInTargetOrder;
        for (const int p : std::as_const(leaving))
            order.append(m_order.at(p));
        relayout(order);
        if (!leaving.isEmpty())
            removeProxyRows(int(keptInTargetOrder.size()), int(m_order.size()) - 1);
    }
    if (!arriving.isEmpty()) {
        QList<int> arrivingRows;
        arrivingRows.reserve(arriving.size());
        for (const int t : std::as_const(arriving))
            arrivingRows.append(target.at(t));
        insertProxyRows(int(m_order.size()), arrivingRows);
        relayout(target);
    }
}

void ResourceFilterProxy::relayout(const QList<int>& order)
{
    if (order == m_order)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList from = persistentIndexList();
    QList<int> sourceRows;
    sourceRows.reserve(from.size());
    for (const QModelIndex& index : from)
        sourceRows.append(m_order.at(index.row()));
    m_order = order;
    rebuildRowOf();
    QModelIndexList to;
    to.reserve(from.size());
    for (qsizetype i = 0; i < from.size(); ++i)
        to.append(createIndex(m_rowOf.at(sourceRows.at(i)), from.at(i).column()));
    changePersistentIndexList(from, to);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ResourceFilterProxy::removeProxyRows(int first, int last)
{
    beginRemoveRows({}, first, last);
    for (int p = first; p <= last; ++p)
        m_rowOf[m_order.at(p)] = -1;
    m_order.remove(first, last - first + 1);
    rebuildRowOf(first);
    endRemoveRows();
}

void ResourceFilterProxy::insertProxyRows(int at, const QList<int>& sourceRows)
{
    beginInsertRows({}, at, at + int(sourceRows.size()) - 1);
    m_order.insert(at, sourceRows.size(), 0);
    std::copy(sourceRows.cbegin(), sourceRows.cend(), m_order.begin() + at);
    rebuildRowOf(at);
    endInsertRows();
}

void ResourceFilterProxy::rebuildRowOf(int from)
{
    if (from == 0)
        m_rowOf.fill(-1, m_rowOf.size());
    for (int p = from; p < m_order.size(); ++p)
        m_rowOf[m_order.at(p)] = p;
}

// ----- following the table -----

void ResourceFilterProxy::touch(int first, int last)
{
    if (!m_jobPending)
        return;
    for (int row = first; row <= last; ++row)
        m_touched.insert(m_table->row(row).key);
}

void ResourceFilterProxy::onRowsInserted(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    ++m_structure;
    const int count = last - first + 1;
    for (int& row : m_order) {
        if (row >= first)
            row += count;
    }
    m_rowOf.insert(first, count, -1);
    touch(first, last);
    if (count > m_synchronousLimit && !(m_shown.column < 0 && m_shown.filter.isEmpty())) {
        // Too many to sort here: order the whole table again on a worker thread; the new
        // rows show when it is done.
        startJob();
        m_jobOwesRows = true;
        return;
    }
    QList<int> rows;
    rows.reserve(count);
    for (int row = first; row <= last; ++row)
        rows.append(row);
    place(rows);
}

void ResourceFilterProxy::onRowsAboutToBeRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    QList<int> target = m_order;
    target.removeIf([first, last](int row) { return row >= first && row <= last; });
    applyOrder(target);
}

void ResourceFilterProxy::onRowsRemoved(const QModelIndex& parent, int first, int last)
{
    if (parent.isValid())
        return;
    ++m_structure;
    const int count = last - first + 1;
    for (int& row : m_order) {
        if (row > last)
            row -= count;
    }
    m_rowOf.remove(first, count);
}

void ResourceFilterProxy::onRowsUpdated(const QList<int>& rows)
{
    if (rows.size() > m_synchronousLimit && m_shown.column >= 0) {
        // Too many to place here: order the whole table again on a worker thread; until
        // then the rows keep their places.
        startJob();
        m_jobOwesRows = true;
        return;
    }
    for (const int row : rows)
        touch(row, row);
    place(rows);
}

void ResourceFilterProxy::onDataChanged(
    const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    // Rows have been placed by onRowsUpdated(); here only the view learns which to paint:
    // one range from the first to the last shown (it paints only what it shows).
    int first = -1;
    int last = -1;
    if (topLeft.row() == 0 && bottomRight.row() == m_rowOf.size() - 1) {
        first = m_order.isEmpty() ? -1 : 0;
        last = int(m_order.size()) - 1;
    } else {
        for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
            const int p = m_rowOf.value(row, -1);
            if (p < 0)
                continue;
            first = first < 0 ? p : std::min(first, p);
            last = std::max(last, p);
        }
    }
    if (first >= 0)
        Q_EMIT dataChanged(index(first, topLeft.column()), index(last, bottomRight.column()), roles);
}

void ResourceFilterProxy::onAboutToBeReset()
{
    cancelJob();
    beginResetModel();
}

void ResourceFilterProxy::onReset()
{
    ++m_structure;
    m_rowOf.fill(-1, m_table->rowCount());
    if (m_table->rowCount() <= m_synchronousLimit) {
        m_shown = m_requested;
        m_order = orderRows(m_table->rows(), m_shown);
    } else {
        // Show the rows as they are (or none, when filtered) until the worker has ordered them.
        m_shown = {};
        m_order.clear();
        if (m_requested.filter.isEmpty()) {
            m_order.resize(m_table->rowCount());
            std::iota(m_order.begin(), m_order.end(), 0);
        }
        m_shown.filter = m_requested.filter;
    }
    rebuildRowOf();
    endResetModel();
    if (m_shown != m_requested)
        startJob();
}

// ----- the model interface -----

QModelIndex ResourceFilterProxy::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!m_table || !proxyIndex.isValid() || proxyIndex.model() != this || proxyIndex.row() >= m_order.size())
        return {};
    return m_table->index(m_order.at(proxyIndex.row()), proxyIndex.column());
}

QModelIndex ResourceFilterProxy::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!m_table || !sourceIndex.isValid() || sourceIndex.model() != m_table)
        return {};
    const int p = m_rowOf.value(sourceIndex.row(), -1);
    return p < 0 ? QModelIndex() : createIndex(p, sourceIndex.column());
}

QModelIndex ResourceFilterProxy::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= m_order.size() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex ResourceFilterProxy::parent(const QModelIndex&) const
{
    return {};
}

QModelIndex ResourceFilterProxy::sibling(int row, int column, const QModelIndex&) const
{
    return index(row, column);
}

int ResourceFilterProxy::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int ResourceFilterProxy::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_table ? 0 : m_table->columnCount();
}

bool ResourceFilterProxy::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_order.isEmpty();
}

} // namespace ase
