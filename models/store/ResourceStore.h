// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/JsonResource.h"
#include "models/store/StoredObject.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <any>
#include <functional>
#include <memory>
#include <optional>

namespace ase {

/// One change of one object, as the store applies it and announces it.
struct StoreChange
{
    enum class Type { Added, Modified, Deleted };

    StoreChange() = default;
    StoreChange(Type type, QString key, StoredObject stored)
        : type(type)
        , key(std::move(key))
        , stored(std::move(stored))
    { }
    StoreChange(Type type, QString key, const QJsonObject& object)
        : type(type)
        , key(std::move(key))
        , m_decoded(object)
    { }

    /// The new state; for Deleted, the last known state. Decoded at the first call and kept
    /// for the other receivers of the same signal; the store itself keeps only the text.
    const QJsonObject& object() const
    {
        if (!m_decoded)
            m_decoded = stored.decode();
        return *m_decoded;
    }
    /// The new state as a typed object in the form caches keep (forCache()), decoded at the
    /// first call and kept for the other receivers: the caches that keep it (the graph's
    /// source, the claims table's volumes) then share its texts instead of holding a copy each.
    template <typename T>
    const T& as() const
    {
        return *shared<T>();
    }
    /// The same object, for caches that keep it (SharedList): one copy between them all.
    template <typename T>
    std::shared_ptr<const T> shared() const
    {
        using Pointer = std::shared_ptr<const T>;
        if (const Pointer* typed = std::any_cast<Pointer>(&m_typed))
            return *typed;
        m_typed = sharedForCache<T>(object());
        return *std::any_cast<Pointer>(&m_typed);
    }

    Type type = Type::Added;
    QString key; ///< "namespace/name", or "name" for cluster-scoped objects
    StoredObject stored; ///< the state as the store keeps it (null when made from an object)

private:
    mutable std::optional<QJsonObject> m_decoded;
    mutable std::any m_typed;
};

/// The app's cache of objects, per kind ("PersistentVolume", "Share", ...). It keeps each
/// object as compact text (StoredObject) and decodes it when it is read, so that 100,000
/// objects fit in a few hundred megabytes; readers of a whole kind should prefer an index
/// (referringKeys()) to objects(). Producers (the
/// reflectors, the device client) post deltas; the store coalesces them and applies them
/// in batches (every ~30 ms), so that views get one signal per batch instead of one per
/// watch event. A full re-list is applied as a difference against what the store holds,
/// so nothing is reset and selections survive. A large re-list (a first list of 50,000
/// objects) is compared in slices of at most maxObjectsPerTurn() objects, one slice per
/// event-loop turn, into a new table that replaces the old one at once when it is complete:
/// readers see the old state or the new one, never a mix, and the event loop never waits
/// for the whole comparison. Later changes of that kind wait behind it. Its changes are
/// announced in slices of at most maxChangesPerTurn() changes, and in each turn no more
/// than the receivers digest in announceBudgetNs() at the pace they last took for changes
/// of that kind (a claim costs the views more than a pod), so that no view freezes while it
/// digests them; flush() applies and announces everything before it returns.
class ResourceStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceStore)

public:
    explicit ResourceStore(QObject* parent = nullptr);
    ~ResourceStore() override;

    /// The key of an object: "namespace/name", or "name" without a namespace.
    static QString keyOf(const QJsonObject& object) { return StoredObject::keyOf(object); }

    /// Queues an added or modified object (applied at the next flush).
    void postUpsert(const QString& kind, const QJsonObject& object);
    /// Queues a deletion (applied at the next flush).
    void postDelete(const QString& kind, const QJsonObject& lastState);
    /// postUpsert() and postDelete() with the object already encoded for @p kind (by a
    /// watch, off this thread).
    void postUpsertEncoded(const QString& kind, const StoredObject& object);
    void postDeleteEncoded(const QString& kind, const StoredObject& lastState);
    /// Queues a full replacement of one kind's objects (a list or re-list): after it the
    /// store holds exactly @p objects for @p kind. Applied as a difference.
    void postReplace(const QString& kind, const QList<QJsonObject>& objects);
    /// The same with objects already encoded for @p kind (by a reflector, off this thread).
    void postReplaceEncoded(const QString& kind, const QList<StoredObject>& objects);
    /// Applies everything queued now and announces every change before returning.
    void flush();
    /// The most changes one changed() signal carries when the store applies on its own
    /// (default 500); flush() ignores it. Fewer when the receivers are slow: each turn
    /// announces as many as they digest in announceBudgetNs() at their last pace.
    void setMaxChangesPerTurn(int changes) { m_maxChangesPerTurn = std::max(1, changes); }
    int maxChangesPerTurn() const { return m_maxChangesPerTurn; }
    /// How long one turn's changed() signals may keep the receivers: 2 ms, for in the same
    /// turn the GUI thread also repaints what changed (a table's visible rows, the graph),
    /// and all of it must fit in a 16 ms frame. With 4 ms, a fill of 100,000 objects had
    /// 17–42 turns over 16 ms; with 2 ms, 7–11.
    static constexpr qint64 announceBudgetNs() { return 2'000'000; }
    /// The changes of @p kind a turn announces at most: what the receivers digest in the
    /// budget at the pace they last took for that kind, at least 8 (also when the pace is
    /// not known yet).
    qsizetype nextSliceSize(const QString& kind) const;
    /// A monotonic clock in nanoseconds (tests fix it).
    void setClock(std::function<qint64()> nanoseconds);
    /// The most objects of a re-list compared in one event-loop turn (default 2,000);
    /// flush() ignores it.
    void setMaxObjectsPerTurn(int objects) { m_maxObjectsPerTurn = std::max(1, objects); }
    int maxObjectsPerTurn() const { return m_maxObjectsPerTurn; }
    /// Coalescing interval; 0 applies at the next event-loop turn.
    void setFlushInterval(int milliseconds);

    /// Drops every object of every kind (connection switched) and emits cleared().
    void clear();
    /// Drops every object of one kind and emits kindCleared().
    void clearKind(const QString& kind);

    /// Every object of @p kind, decoded: a whole kind of 50,000 objects takes a quarter of a
    /// second; prefer referringKeys() and object() where an index answers the question.
    QList<QJsonObject> objects(const QString& kind) const;
    /// The objects of a kind as the store keeps them (with their keys), not decoded.
    QList<StoredObject> storedObjects(const QString& kind) const;
    QJsonObject object(const QString& kind, const QString& key) const;
    /// The stored form of one object (null when the store does not hold it).
    StoredObject stored(const QString& kind, const QString& key) const;
    /// The keys of the objects of @p kind that refer to @p referenced (a key of another
    /// kind), per StoredObject::referencesOf(): the pods that mount claim "ns/name" are
    /// referringKeys("Pod", "ns/name"). Sorted.
    QStringList referringKeys(const QString& kind, const QString& referenced) const;
    /// Those objects, decoded, in key order.
    QList<QJsonObject> referringObjects(const QString& kind, const QString& referenced) const;
    bool contains(const QString& kind, const QString& key) const;
    qsizetype count(const QString& kind) const;
    /// The bytes of text the objects of @p kind take (for the benchmarks' figures).
    qsizetype textBytes(const QString& kind) const;
    QStringList kinds() const;

Q_SIGNALS:
    /// One batch of changes of one kind, in the order they were applied.
    void changed(const QString& kind, const QList<ase::StoreChange>& changes);
    void kindCleared(const QString& kind);
    void cleared();

private:
    struct Pending
    {
        enum class Op { Upsert, Delete, Replace };
        Op op;
        StoredObject object;
        QList<StoredObject> objects;
    };
    /// One kind's objects by key, and who refers to whom.
    struct Table
    {
        QHash<QString, StoredObject> objects;
        QHash<QString, QStringList> referrers; ///< referenced key -> keys referring to it

        void insert(const StoredObject& object);
        void remove(const QString& key);
        void addReferences(const StoredObject& object);
        void dropReferences(const StoredObject& object);
    };

    /// A re-list being compared with the table it replaces, in slices.
    struct Rebuild;

    void enqueue(const QString& kind, Pending pending);
    /// Applies what is queued and adds its changes to m_unannounced; compares at most
    /// `budget` objects of a re-list (no bound when negative).
    void apply(qsizetype budget);
    /// Applies one kind's queue until it is empty or a re-list is still being compared.
    void applyQueue(const QString& kind, qsizetype& budget);
    /// Goes on comparing the re-list; true when it is complete and in place.
    bool continueRebuild(qsizetype& budget);
    /// Emits changed() for every unannounced change, in order.
    void announceAll();
    /// Emits changed() for up to `size` changes of the first unannounced kind and learns
    /// from the time the receivers took.
    void announceSlice(qsizetype size);
    /// The changes of @p kind that fit in @p budgetNs at its last pace, at most
    /// maxChangesPerTurn(); 0 when the pace is not known yet.
    qsizetype fitting(const QString& kind, qint64 budgetNs) const;
    void applyAndAnnounceSome();
    static void upsert(Table& table, const StoredObject& object, QList<StoreChange>& out);

    QHash<QString, Table> m_tables;
    QHash<QString, QList<Pending>> m_pending;
    QStringList m_pendingOrder;
    /// Applied, not yet announced: (kind, changes) in the order they were applied.
    struct Unannounced
    {
        QString kind;
        QList<StoreChange> changes;
        qsizetype next = 0; ///< changes before it were announced (no removal from the front)
    };
    QList<Unannounced> m_unannounced;
    std::unique_ptr<Rebuild> m_rebuild;
    int m_maxChangesPerTurn = 500;
    int m_maxObjectsPerTurn = 2000;
    /// What a change of each kind cost the receivers lately (absent: not known yet).
    QHash<QString, qint64> m_nsPerChange;
    std::function<qint64()> m_clock;
    QTimer m_timer; ///< coalescing: applies what was posted meanwhile
    QTimer m_nextSlice; ///< zero-interval: announces the next slice
};

} // namespace ase
