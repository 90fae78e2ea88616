// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QMap>
#include <QSortFilterProxyModel>
#include <QString>
#include <QStringList>

namespace ase {

/// What the filter box and the namespace choice ask for, as a value.
struct ResourceFilter
{
    /// Parses the filter box: words are matched (all of them) against the row's text;
    /// `key=value`, `key==value` and `key!=value` words are label conditions.
    static ResourceFilter parse(const QString& text);

    QStringList words; ///< lower-case
    QMap<QString, QString> labelEquals;
    QMap<QString, QString> labelNotEquals;
    QString namespaceName; ///< empty: all namespaces

    bool operator==(const ResourceFilter&) const = default;
};

/// Filters and sorts a ResourceTableModel: by the filter's words and labels and by
/// namespace; sorts by the raw value (ResourceTableModel::SortRole), so capacities sort
/// by bytes and ages by time.
class ResourceFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceFilterProxy)

public:
    explicit ResourceFilterProxy(QObject* parent = nullptr);

    void setFilterText(const QString& text);
    void setNamespace(const QString& namespaceName);
    const ResourceFilter& filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void setFilter(const ResourceFilter& filter);

    ResourceFilter m_filter;
};

} // namespace ase
