// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/graph/BindingGraph.h"
#include "models/store/ResourceStore.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace ase::graph {

/// Objects of one kind by store key, kept as a list so that a snapshot is an implicitly
/// shared copy (O(1)); order is not kept (a removal moves the last object into the gap).
///
/// While a snapshot is held (a build on the worker thread reads it), changes wait beside
/// the list instead of detaching it: detaching copies every object, and during a first
/// fill of 100,000 objects that copy stalled the GUI thread 0.4 s after each build. They
/// are applied when the list is read next (items()), by which time the build has let go.
template <typename T>
class ObjectTable final
{
public:
    using Pointer = typename SharedList<T>::Pointer;

    void upsert(const QString& key, Pointer object)
    {
        if (held()) {
            m_removedLater.remove(key);
            m_upsertLater.insert(key, std::move(object));
            return;
        }
        // What waited comes first: it is older than this change.
        applyWaiting();
        apply(key, std::move(object));
    }
    void upsert(const QString& key, T object) { upsert(key, std::make_shared<const T>(std::move(object))); }
    void remove(const QString& key)
    {
        if (held()) {
            m_upsertLater.remove(key);
            m_removedLater.insert(key);
            return;
        }
        applyWaiting();
        applyRemove(key);
    }
    void clear()
    {
        m_items.clear();
        m_keys.clear();
        m_index.clear();
        m_upsertLater.clear();
        m_removedLater.clear();
    }
    void reserve(qsizetype size)
    {
        m_items.reserve(size);
        m_keys.reserve(size);
        m_index.reserve(size);
    }
    /// Makes room for @p size objects at once, unless a snapshot holds the list: a table
    /// that grows object by object through a fill of 50,000 rehashes its index and moves
    /// its lists at each doubling, a stall of several milliseconds each time.
    void expect(qsizetype size)
    {
        if (!held() && size > m_items.size())
            reserve(size);
    }
    /// Every object, with the changes that waited applied.
    const SharedList<T>& items() const
    {
        applyWaiting();
        return m_items;
    }
    /// Changes waiting for the snapshot to be let go (for tests).
    qsizetype waiting() const { return m_upsertLater.size() + m_removedLater.size(); }

private:
    /// A snapshot shares the list: changing it now would copy it.
    bool held() const { return !m_items.isEmpty() && !m_items.isDetached(); }
    /// Applies the changes that waited for a snapshot to be let go. A key waits in one of
    /// the two sets at most, so their order does not matter.
    void applyWaiting() const
    {
        for (const QString& key : std::as_const(m_removedLater))
            applyRemove(key);
        for (auto it = m_upsertLater.begin(); it != m_upsertLater.end(); ++it)
            apply(it.key(), std::move(it.value()));
        m_removedLater.clear();
        m_upsertLater.clear();
    }
    void apply(const QString& key, Pointer object) const
    {
        const auto it = m_index.constFind(key);
        if (it != m_index.cend()) {
            m_items.replace(*it, std::move(object));
            return;
        }
        m_index.insert(key, m_items.size());
        m_keys.append(key);
        m_items.append(std::move(object));
    }
    void applyRemove(const QString& key) const
    {
        const auto it = m_index.constFind(key);
        if (it == m_index.cend())
            return;
        const qsizetype at = *it;
        m_index.erase(it);
        const qsizetype last = m_items.size() - 1;
        if (at != last) {
            m_items.replace(at, m_items.pointerAt(last));
            m_keys[at] = std::move(m_keys[last]);
            m_index[m_keys.at(at)] = at;
        }
        m_items.removeLast();
        m_keys.removeLast();
    }

    // Mutable: the changes waiting are part of what the table holds, so applying them when
    // the list is read (items() const) changes nothing a reader can see.
    mutable SharedList<T> m_items;
    mutable QList<QString> m_keys; ///< the key of each item
    mutable QHash<QString, qsizetype> m_index; ///< key → position in m_items
    mutable QHash<QString, Pointer> m_upsertLater; ///< changes waiting while a snapshot is held
    mutable QSet<QString> m_removedLater;
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
    /// How many objects input() holds (what a build's cost grows with).
    qsizetype objectCount() const;
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
    /// kind → key → a hash of graphFacts(): what the graph shows of each object
    QHash<QString, QHash<QString, size_t>> m_facts;
    QTimer m_timer;
    qint64 m_changes = 0;
    qint64 m_relevant = 0;
};

} // namespace ase::graph
