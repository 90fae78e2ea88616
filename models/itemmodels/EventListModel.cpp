// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/EventListModel.h"

#include "models/resources/KindNames.h"
#include "models/resources/KubeTime.h"

#include <algorithm>

namespace ase {

EventListModel::EventListModel(ResourceStore* store, QObject* parent)
    : QAbstractTableModel(parent)
    , m_store(store)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(m_store, &ResourceStore::changed, this,
        [this](const QString& kind, const QList<StoreChange>& changes) {
            if (kind != kindname::Event || m_kind.isEmpty())
                return;
            const bool relevant = std::any_of(changes.cbegin(), changes.cend(),
                [this](const StoreChange& change) { return matches(Event::fromJson(change.object())); });
            if (relevant)
                reload();
        });
    connect(m_store, &ResourceStore::cleared, this, &EventListModel::reload);
    m_ageTimer.setInterval(5000);
    connect(&m_ageTimer, &QTimer::timeout, this, [this] {
        if (!m_events.isEmpty())
            Q_EMIT dataChanged(
                index(0, LastSeen), index(int(m_events.size()) - 1, LastSeen), {Qt::DisplayRole});
    });
    m_ageTimer.start();
}

void EventListModel::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void EventListModel::setObject(
    const QString& kind, const QString& ns, const QString& name, const QString& uid)
{
    m_kind = kind;
    m_namespace = ns;
    m_name = name;
    m_uid = uid;
    reload();
}

bool EventListModel::matches(const Event& event) const
{
    const ObjectReference& ref = event.involvedObject;
    if (!m_uid.isEmpty() && !ref.uid.isEmpty())
        return ref.uid == m_uid;
    return ref.kind == m_kind && ref.name == m_name && ref.ns == m_namespace;
}

void EventListModel::reload()
{
    beginResetModel();
    m_events.clear();
    if (!m_kind.isEmpty()) {
        for (const QJsonObject& object : m_store->objects(kindname::Event)) {
            Event event = Event::fromJson(object);
            if (matches(event))
                m_events.append(std::move(event));
        }
        // Newest first.
        std::sort(m_events.begin(), m_events.end(),
            [](const Event& a, const Event& b) { return Event::seenBefore(b, a); });
    }
    endResetModel();
}

int EventListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

int EventListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Event& event = m_events.at(index.row());
    if (role == IsWarningRole)
        return event.isWarning();
    if (role == Qt::ToolTipRole && index.column() == Message)
        return event.message;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (Column(index.column())) {
    case Type:
        return event.type;
    case Reason:
        return event.reason;
    case Message:
        return event.message;
    case LastSeen:
        return role == SortRole ? QVariant(event.lastSeen())
                                : QVariant(kubectlAge(event.lastSeen(), m_clock()));
    case Count:
        return event.effectiveCount();
    case Source:
        return event.source();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EventListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Type:
        return tr("Type");
    case Reason:
        return tr("Reason");
    case Message:
        return tr("Message");
    case LastSeen:
        return tr("Last Seen");
    case Count:
        return tr("Count");
    case Source:
        return tr("From");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ase
