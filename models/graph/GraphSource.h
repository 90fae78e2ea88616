// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/graph/BindingGraph.h"
#include "models/store/ResourceStore.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace ase::graph {

/// Objects of one kind by store key, kept as a list so that a snapshot is an implicitly
/// shared copy (O(1)); order is not kept (a removal moves the last object into the gap).
template <typename T>
class ObjectTable final
{
public:
    void upsert(const QString& key, T object)
    {
        const auto it = m_index.constFind(key);
        if (it != m_index.cend()) {
            m_items[*it] = std::move(object);
            return;
        }
        m_index.insert(key, m_items.size());
        m_keys.append(key);
        m_items.append(std::move(object));
    }
    void remove(const QString& key)
    {
        const auto it = m_index.constFind(key);
        if (it == m_index.cend())
            return;
        const qsizetype at = *it;
        m_index.erase(it);
        const qsizetype last = m_items.size() - 1;
        if (at != last) {
            m_items[at] = std::move(m_items[last]);
            m_keys[at] = std::move(m_keys[last]);
            m_index[m_keys.at(at)] = at;
        }
        m_items.removeLast();
        m_keys.removeLast();
    }
    void clear()
    {
        m_items.clear();
        m_keys.clear();
        m_index.clear();
    }
    void reserve(qsizetype size)
    {
        m_items.reserve(size);
        m_keys.reserve(size);
        m_index.reserve(size);
    }
    const QList<T>& items() const { return m_items; }

private:
    QList<T> m_items;
    QList<QString> m_keys; ///< the key of each item
    QHash<QString, qsizetype> m_index; ///< key → position in m_items
};

/// The typed objects a binding graph is built from, kept up to date from a ResourceStore:
/// only the objects that changed are decoded again, so that a stream of watch events does
/// not decode 30,000 objects per batch. Announces changes coalesced (changed(), at most
/// once per interval).
class GraphSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphSource)

public:
    explicit GraphSource(ResourceStore* store, QObject* parent = nullptr);
    ~GraphSource() override;

    /// The objects now, as lists (implicitly shared values: cheap to hand to a build).
    GraphInput input() const;
    /// Changes are waiting to be announced (the coalescing interval is running).
    bool isPending() const { return m_timer.isActive(); }
    /// Coalescing interval of changed() (default 250 ms; 0: the next event-loop turn).
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    /// Changes seen since the source was made (for tests and benchmarks), and those that
    /// changed what the graph shows (a label or an annotation does not: no rebuild).
    qint64 changeCount() const { return m_changes; }
    qint64 relevantChangeCount() const { return m_relevant; }
    /// What of an object the graph shows (its links, phase, owner...): equal → no rebuild.
    static QString graphFacts(const QString& kind, const QJsonObject& object);

Q_SIGNALS:
    /// Objects changed since the last signal.
    void changed();

private:
    void reload();
    void onChanged(const QString& kind, const QList<ase::StoreChange>& changes);

    ResourceStore* m_store;
    ObjectTable<Share> m_shares;
    ObjectTable<PersistentVolume> m_volumes;
    ObjectTable<PersistentVolumeClaim> m_claims;
    ObjectTable<Pod> m_pods;
    ObjectTable<StorageClass> m_classes;
    QHash<QString, QString> m_facts; ///< "kind/key" → graphFacts()
    QTimer m_timer;
    qint64 m_changes = 0;
    qint64 m_relevant = 0;
};

} // namespace ase::graph
