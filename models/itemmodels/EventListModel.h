// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/Event.h"
#include "models/store/ResourceStore.h"

#include <QAbstractTableModel>
#include <QTimer>

namespace ase {

/// The Events about one object (matched on involvedObject: uid when both sides have one,
/// else kind, namespace and name), newest first, live from the ResourceStore.
class EventListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventListModel)

public:
    enum Column { Type, Reason, Message, LastSeen, Count, Source, ColumnCount };
    Q_ENUM(Column)
    enum Role { SortRole = Qt::UserRole, IsWarningRole };

    explicit EventListModel(ResourceStore* store, QObject* parent = nullptr);

    /// Shows the events of this object; an empty kind shows none.
    void setObject(const QString& kind, const QString& ns, const QString& name, const QString& uid);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setClock(std::function<QDateTime()> clock);

private:
    bool matches(const Event& event) const;
    void reload();

    ResourceStore* m_store;
    QString m_kind;
    QString m_namespace;
    QString m_name;
    QString m_uid;
    QList<Event> m_events;
    QTimer m_ageTimer;
    std::function<QDateTime()> m_clock;
};

} // namespace ase
