// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/ResourceFilterProxy.h"

#include "models/itemmodels/ResourceTableModel.h"
#include "models/itemmodels/SortKey.h"

#include <QRegularExpression>

namespace ase {

ResourceFilter ResourceFilter::parse(const QString& text)
{
    ResourceFilter filter;
    static const QRegularExpression labelCondition(QStringLiteral("^([^=!\\s]+)(==|!=|=)(.*)$"));
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString& word : words) {
        const QRegularExpressionMatch m = labelCondition.match(word);
        if (m.hasMatch()) {
            if (m.captured(2) == u"!=")
                filter.labelNotEquals.insert(m.captured(1), m.captured(3));
            else
                filter.labelEquals.insert(m.captured(1), m.captured(3));
        } else {
            filter.words.append(word.toLower());
        }
    }
    return filter;
}

ResourceFilterProxy::ResourceFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(ResourceTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(false);
}

void ResourceFilterProxy::setFilterText(const QString& text)
{
    ResourceFilter next = ResourceFilter::parse(text);
    next.namespaceName = m_filter.namespaceName;
    setFilter(next);
}

void ResourceFilterProxy::setNamespace(const QString& namespaceName)
{
    ResourceFilter next = m_filter;
    next.namespaceName = namespaceName;
    setFilter(next);
}

void ResourceFilterProxy::setFilter(const ResourceFilter& filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    invalidateRowsFilter();
}

bool ResourceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_filter.namespaceName.isEmpty()
        && index.data(ResourceTableModel::NamespaceRole).toString() != m_filter.namespaceName)
        return false;
    if (!m_filter.words.isEmpty()) {
        if (const auto* table = qobject_cast<const ResourceTableModel*>(sourceModel())) {
            if (!table->rowContainsWords(sourceRow, m_filter.words))
                return false;
        } else {
            const QString text = index.data(ResourceTableModel::FilterTextRole).toString();
            for (const QString& word : m_filter.words) {
                if (!text.contains(word))
                    return false;
            }
        }
    }
    if (!m_filter.labelEquals.isEmpty() || !m_filter.labelNotEquals.isEmpty()) {
        const QVariantMap labels = index.data(ResourceTableModel::LabelsRole).toMap();
        for (auto it = m_filter.labelEquals.cbegin(); it != m_filter.labelEquals.cend(); ++it) {
            if (!labels.contains(it.key()) || labels.value(it.key()).toString() != it.value())
                return false;
        }
        for (auto it = m_filter.labelNotEquals.cbegin(); it != m_filter.labelNotEquals.cend(); ++it) {
            if (labels.contains(it.key()) && labels.value(it.key()).toString() == it.value())
                return false;
        }
    }
    return true;
}

bool ResourceFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    // The tables of this app: compare straight from their row cache.
    if (const auto* table = qobject_cast<const ResourceTableModel*>(left.model()))
        return table->compareRows(left.row(), right.row(), left.column()) < 0;
    const QVariant l = left.data(ResourceTableModel::SortRole);
    const QVariant r = right.data(ResourceTableModel::SortRole);
    if (const int c = compareSortValues(l, r); c != 0)
        return c < 0;
    // Ties (and incomparable values) fall back to the name, so the order is stable.
    return left.siblingAtColumn(0).data(ResourceTableModel::KeyRole).toString()
        < right.siblingAtColumn(0).data(ResourceTableModel::KeyRole).toString();
}

} // namespace ase
