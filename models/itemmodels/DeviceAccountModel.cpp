// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/DeviceAccountModel.h"

namespace ase {

DeviceAccountModel::DeviceAccountModel(const QString& detailTitle, QObject* parent)
    : QAbstractTableModel(parent)
    , m_detailTitle(detailTitle)
{ }

DeviceAccountModel::~DeviceAccountModel() = default;

void DeviceAccountModel::setRows(const QList<Row>& rows)
{
    if (rows == m_rows)
        return;
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

QStringList DeviceAccountModel::names() const
{
    QStringList names;
    for (const Row& row : m_rows)
        names.append(row.name);
    return names;
}

QList<DeviceAccountModel::Row> DeviceAccountModel::rowsOf(const QList<QJsonObject>& items,
    QLatin1StringView detailProperty, const std::function<QStringList(const QString& name)>& sharesUsing)
{
    QList<Row> rows;
    for (const QJsonObject& o : items) {
        const QString name = o.value(QLatin1StringView("name")).toString();
        rows.append(
            {name, o.value(QLatin1StringView("properties")).toObject().value(detailProperty).toString(),
                sharesUsing(name)});
    }
    return rows;
}

int DeviceAccountModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeviceAccountModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceAccountModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return row.name;
        case DetailColumn:
            return row.detail;
        case SharesColumn:
            return role == SortRole
                ? QVariant(int(row.shares.size()))
                : QVariant(row.shares.isEmpty() ? tr("none") : row.shares.join(QStringLiteral(", ")));
        default:
            return {};
        }
    case NameRole:
        return row.name;
    case SharesRole:
        return row.shares;
    default:
        return {};
    }
}

QVariant DeviceAccountModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DetailColumn:
        return m_detailTitle;
    case SharesColumn:
        return tr("Used by shares");
    default:
        return {};
    }
}

} // namespace ase
