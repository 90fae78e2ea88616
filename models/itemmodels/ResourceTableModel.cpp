// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/ResourceTableModel.h"

#include <QCoreApplication>

#include "models/itemmodels/SortKey.h"

#include "models/resources/KubeTime.h"
#include "models/resources/MetaFields.h"

#include <QJsonArray>
#include <QSet>

#include <algorithm>

namespace ase {

ResourceTableModel::ResourceTableModel(
    ResourceStore* store, const QString& kind, QList<const char*> columnTitles, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_kind(kind)
    , m_columnTitles(std::move(columnTitles))
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(m_store, &ResourceStore::changed, this, &ResourceTableModel::onStoreChanged);
    connect(m_store, &ResourceStore::cleared, this, &ResourceTableModel::reload);
    connect(m_store, &ResourceStore::kindCleared, this, [this](const QString& k) {
        if (k == m_kind)
            reload();
    });
    // Ages tick: one dataChanged for the Age column every few seconds, nothing else.
    m_ageTimer.setInterval(5000);
    connect(&m_ageTimer, &QTimer::timeout, this, &ResourceTableModel::tickAges);
    m_ageTimer.start();
    // The subclass is not constructed yet: fill the rows at the next turn of the loop.
    QTimer::singleShot(0, this, &ResourceTableModel::reload);
}

ResourceTableModel::~ResourceTableModel() = default;

void ResourceTableModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

int ResourceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResourceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : columns();
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < columns())
        return QCoreApplication::translate(metaObject()->className(), m_columnTitles.at(section));
    return QAbstractTableModel::headerData(section, orientation, role);
}

QVariant ResourceTableModel::cellData(const TableRow& row, int column, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        if (column == ageColumn())
            return kubectlAge(row.created, m_clock());
        return row.display.value(column);
    case Qt::ToolTipRole: {
        const QString tip = row.toolTips.value(column);
        if (!tip.isEmpty())
            return tip;
        if (column == ageColumn() && row.created.isValid())
            return QLocale().toString(row.created.toLocalTime(), QLocale::LongFormat);
        return {};
    }
    case SortRole:
        return sortValue(row, column);
    case KeyRole:
        return row.key;
    case NameRole:
        return row.name;
    case NamespaceRole:
        return row.namespaceName;
    case FilterTextRole:
        return row.display.join(u' ').toLower();
    case StatusRole:
        return row.status;
    case ObjectRole:
        return m_store->object(m_kind, row.key);
    default:
        return {};
    }
}

QVariant ResourceTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return cellData(m_rows.at(index.row()), index.column(), role);
}

void ResourceTableModel::multiData(const QModelIndex& index, QModelRoleDataSpan roleDataSpan) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return;
    const TableRow& row = m_rows.at(index.row());
    for (QModelRoleData& rd : roleDataSpan)
        rd.setData(cellData(row, index.column(), rd.role()));
}

int ResourceTableModel::rowOfKey(const QString& key) const
{
    return m_rowByKey.value(key, -1);
}

QString ResourceTableModel::keyAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).key : QString();
}

void ResourceTableModel::setCell(TableRow& row, int column, const QString& text, const QVariant& sort)
{
    row.display[column] = text;
    if (sort.isValid())
        setSortValue(row, column, sort);
}

void ResourceTableModel::setSortValue(TableRow& row, int column, const QVariant& value)
{
    for (TableRow::SortValue& sortValue : row.sortValues) {
        if (sortValue.column == column) {
            sortValue.value = value;
            return;
        }
    }
    row.sortValues.append({column, value});
}

QVariant ResourceTableModel::sortValue(const TableRow& row, int column)
{
    if (const QVariant* raw = row.rawSortValue(column))
        return *raw;
    return row.display.value(column);
}

void ResourceTableModel::setSharedCell(
    TableRow& row, int column, const QString& text, const QVariant& sort) const
{
    setCell(row, column, shared(text), sort);
}

TableRow ResourceTableModel::baseRow(const QJsonObject& object, int columns) const
{
    TableRow row;
    const QJsonObject meta = metafield::of(object);
    row.key = ResourceStore::keyOf(object);
    // Shares the store's key string instead of a copy of its own, and, for an object
    // without a namespace, makes its name that same string.
    if (row.key == m_buildingKey)
        row.key = m_buildingKey;
    row.name = meta.value(QLatin1StringView("name")).toString();
    if (row.name.isEmpty())
        row.name = object.value(QLatin1StringView("name")).toString();
    if (row.name == row.key)
        row.name = row.key;
    row.namespaceName = shared(meta.value(QLatin1StringView("namespace")).toString());
    row.created = parseRfc3339(meta.value(QLatin1StringView("creationTimestamp")).toString());
    const QJsonObject labels = meta.value(QLatin1StringView("labels")).toObject();
    row.labels.reserve(labels.size());
    for (auto it = labels.begin(); it != labels.end(); ++it)
        row.labels.append({shared(it.key()), shared(it.value().toString())});
    row.display.resize(columns);
    return row;
}

QStringList ResourceTableModel::affectedKeys(const QString&, const StoreChange&)
{
    return {};
}

void ResourceTableModel::reload()
{
    beginResetModel();
    prepareReload();
    m_rows.clear();
    m_rowByKey.clear();
    const QList<StoredObject> objects = m_store->storedObjects(m_kind);
    m_rows.reserve(objects.size());
    for (const StoredObject& object : objects) {
        m_rowByKey.insert(object.key(), int(m_rows.size()));
        m_rows.append(buildRow(object.key(), object.decode()));
    }
    endResetModel();
}

void ResourceTableModel::onStoreChanged(const QString& kind, const QList<StoreChange>& changes)
{
    if (kind == m_kind) {
        applyOwnChanges(changes);
        return;
    }
    if (!relatedKinds().contains(kind))
        return;
    QStringList keys;
    for (const StoreChange& change : changes)
        keys += affectedKeys(kind, change);
    refreshRows(keys);
}

void ResourceTableModel::applyOwnChanges(const QList<StoreChange>& changes)
{
    // Reduce the batch to its net effect per key, in order.
    QHash<QString, const StoreChange*> last;
    QStringList order;
    for (const StoreChange& change : changes) {
        if (!last.contains(change.key))
            order.append(change.key);
        last.insert(change.key, &change);
    }
    QList<int> removed;
    QList<int> updated;
    QList<TableRow> added;
    for (const QString& key : std::as_const(order)) {
        const StoreChange* change = last.value(key);
        const int row = m_rowByKey.value(key, -1);
        if (change->type == StoreChange::Type::Deleted) {
            if (row >= 0)
                removed.append(row);
        } else if (row >= 0) {
            m_rows[row] = buildRow(change->key, change->object());
            updated.append(row);
        } else {
            added.append(buildRow(change->key, change->object()));
        }
    }
    if (!updated.isEmpty())
        emitRowRangesChanged(updated);
    if (!removed.isEmpty())
        removeRowsByIndex(removed);
    if (!added.isEmpty()) {
        // Room for the whole kind at once: through a fill of 50,000 objects the cache would
        // otherwise move its rows and rehash its index at each doubling, in one turn each.
        const qsizetype expected
            = std::max(m_rows.size() + added.size(), m_store ? m_store->count(m_kind) : 0);
        m_rows.reserve(expected);
        m_rowByKey.reserve(expected);
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(added.size()) - 1);
        for (TableRow& row : added) {
            m_rowByKey.insert(row.key, int(m_rows.size()));
            m_rows.append(std::move(row));
        }
        endInsertRows();
    }
}

void ResourceTableModel::removeRowsByIndex(QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<>());
    // Remove contiguous ranges from the bottom up so the indexes stay valid.
    qsizetype i = 0;
    while (i < rows.size()) {
        int last = rows.at(i);
        int first = last;
        while (i + 1 < rows.size() && rows.at(i + 1) == first - 1) {
            ++i;
            first = rows.at(i);
        }
        ++i;
        beginRemoveRows({}, first, last);
        m_rows.remove(first, last - first + 1);
        endRemoveRows();
    }
    m_rowByKey.clear();
    m_rowByKey.reserve(m_rows.size());
    for (int r = 0; r < m_rows.size(); ++r)
        m_rowByKey.insert(m_rows.at(r).key, r);
}

void ResourceTableModel::emitRowRangesChanged(QList<int> rows)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    Q_EMIT rowsUpdated(rows);
    const int lastColumn = columns() - 1;
    qsizetype i = 0;
    while (i < rows.size()) {
        const int first = rows.at(i);
        int last = first;
        while (i + 1 < rows.size() && rows.at(i + 1) <= last + 1) {
            ++i;
            last = rows.at(i);
        }
        ++i;
        Q_EMIT dataChanged(index(first, 0), index(last, lastColumn));
    }
}

void ResourceTableModel::refreshRows(const QStringList& keys)
{
    QList<int> rows;
    QSet<int> seen;
    for (const QString& key : keys) {
        const int row = m_rowByKey.value(key, -1);
        if (row < 0 || seen.contains(row))
            continue;
        seen.insert(row);
        const QJsonObject object = m_store->object(m_kind, key);
        if (object.isEmpty())
            continue;
        m_rows[row] = buildRow(m_rows.at(row).key, object);
        rows.append(row);
    }
    if (!rows.isEmpty())
        emitRowRangesChanged(rows);
}

TableRow ResourceTableModel::buildRow(const QString& key, const QJsonObject& object) const
{
    m_buildingKey = key;
    TableRow row = makeRow(object);
    m_buildingKey.clear();
    return row;
}

void ResourceTableModel::tickAges()
{
    const int column = ageColumn();
    if (column < 0 || m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, column), index(int(m_rows.size()) - 1, column), {Qt::DisplayRole});
}

} // namespace ase
