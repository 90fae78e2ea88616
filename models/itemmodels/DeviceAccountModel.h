// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QList>
#include <QStringList>

#include <functional>

namespace ase {

/// The device's share users or storage account credentials as a table (the Users and
/// Storage account credentials panes): name, what it is (user type / storage account),
/// the shares that use it.
class DeviceAccountModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceAccountModel)

public:
    enum Column { NameColumn, DetailColumn, SharesColumn, ColumnCount };
    enum Role { NameRole = Qt::UserRole, SharesRole, SortRole };

    struct Row
    {
        QString name;
        QString detail; ///< "Share" (user type) or the storage account's name
        QStringList shares; ///< shares that use it
        bool operator==(const Row&) const = default;
    };

    /// `detailTitle`: the header of the detail column ("Type", "Storage account").
    explicit DeviceAccountModel(const QString& detailTitle, QObject* parent = nullptr);
    ~DeviceAccountModel() override;

    /// Replaces the rows (a full reset only when they differ).
    void setRows(const QList<Row>& rows);
    const QList<Row>& rows() const { return m_rows; }
    /// The names of the rows, in order.
    QStringList names() const;

    /// The rows of the device's list of users or storage account credentials: each item's
    /// `name`, its `properties.<detailProperty>` ("userType", "userName"), and the shares
    /// @p sharesUsing names for it.
    static QList<Row> rowsOf(const QList<QJsonObject>& items, QLatin1StringView detailProperty,
        const std::function<QStringList(const QString& name)>& sharesUsing);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString m_detailTitle;
    QList<Row> m_rows;
};

} // namespace ase
