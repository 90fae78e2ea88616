#include "models/itemmodels/ResourceFilterProxy.h"

#include "models/itemmodels/ResourceTableModel.h"

#include <QDateTime>
#include <QRegularExpression>

namespace ase {

namespace {

/// Case-insensitive comparison that orders runs of digits by their value.
int naturalCompare(QStringView a, QStringView b)
{
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            // Compare runs of digits by value: "pv2" < "pv10".
            qsizetype ei = i;
            qsizetype ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            QStringView da = a.sliced(i, ei - i);
            QStringView db = b.sliced(j, ej - j);
            while (da.size() > 1 && da.front() == u'0')
                da = da.sliced(1);
            while (db.size() > 1 && db.front() == u'0')
                db = db.sliced(1);
            if (da.size() != db.size())
                return da.size() < db.size() ? -1 : 1;
            if (const int c = da.compare(db); c != 0)
                return c;
            i = ei;
            j = ej;
            continue;
        }
        const char16_t ca = a[i].toCaseFolded().unicode();
        const char16_t cb = b[j].toCaseFolded().unicode();
        if (ca != cb)
            return ca < cb ? -1 : 1;
        ++i;
        ++j;
    }
    if (i < a.size())
        return 1;
    return j < b.size() ? -1 : 0;
}

} // namespace

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
        const QString text = index.data(ResourceTableModel::FilterTextRole).toString();
        for (const QString& word : m_filter.words) {
            if (!text.contains(word))
                return false;
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
    const QVariant l = left.data(ResourceTableModel::SortRole);
    const QVariant r = right.data(ResourceTableModel::SortRole);
    if (l.typeId() == QMetaType::QString && r.typeId() == QMetaType::QString) {
        if (const int c = naturalCompare(l.toString(), r.toString()); c != 0)
            return c < 0;
    }
    const QPartialOrdering order = QVariant::compare(l, r);
    if (order == QPartialOrdering::Less)
        return true;
    if (order == QPartialOrdering::Greater)
        return false;
    // Ties (and incomparable values) fall back to the name, so the order is stable.
    return left.siblingAtColumn(0).data(ResourceTableModel::KeyRole).toString()
        < right.siblingAtColumn(0).data(ResourceTableModel::KeyRole).toString();
}

} // namespace ase
