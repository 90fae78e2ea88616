// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QTimer>

#include <algorithm>
#include <optional>

namespace ase {

/// One change of one object, as the store applies it and announces it.
struct StoreChange
{
    enum class Type { Added, Modified, Deleted };
    Type type = Type::Added;
    QString key; ///< "namespace/name", or "name" for cluster-scoped objects
    QJsonObject object; ///< the new state; for Deleted, the last known state
};

/// The app's cache of objects, per kind ("PersistentVolume", "Share", ...). Producers (the
/// reflectors, the device client) post deltas; the store coalesces them and applies them
/// in batches (every ~30 ms), so that views get one signal per batch instead of one per
/// watch event. A full re-list is applied as a difference against what the store holds,
/// so nothing is reset and selections survive. A large re-list (a first list of 50,000
/// objects) is compared in slices of at most maxObjectsPerTurn() objects, one slice per
/// event-loop turn, into a new table that replaces the old one at once when it is complete:
/// readers see the old state or the new one, never a mix, and the event loop never waits
/// for the whole comparison. Later changes of that kind wait behind it. Its changes are
/// announced in slices of at most maxChangesPerTurn() changes, one slice per turn, so that
/// no view freezes while it digests them; flush() applies and announces everything before
/// it returns.
class ResourceStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceStore)

public:
    explicit ResourceStore(QObject* parent = nullptr);
    ~ResourceStore() override;

    /// The key of an object: "namespace/name", or "name" without a namespace.
    static QString keyOf(const QJsonObject& object);

    /// Queues an added or modified object (applied at the next flush).
    void postUpsert(const QString& kind, const QJsonObject& object);
    /// Queues a deletion (applied at the next flush).
    void postDelete(const QString& kind, const QJsonObject& lastState);
    /// Queues a full replacement of one kind's objects (a list or re-list): after it the
    /// store holds exactly @p objects for @p kind. Applied as a difference.
    void postReplace(const QString& kind, const QList<QJsonObject>& objects);
    /// Applies everything queued now and announces every change before returning.
    void flush();
    /// The most changes one changed() signal carries when the store applies on its own
    /// (default 500); flush() ignores it.
    void setMaxChangesPerTurn(int changes) { m_maxChangesPerTurn = std::max(1, changes); }
    int maxChangesPerTurn() const { return m_maxChangesPerTurn; }
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

    QList<QJsonObject> objects(const QString& kind) const;
    QJsonObject object(const QString& kind, const QString& key) const;
    bool contains(const QString& kind, const QString& key) const;
    qsizetype count(const QString& kind) const;
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
        QJsonObject object;
        QList<QJsonObject> objects;
    };
    using Table = QHash<QString, QJsonObject>;

    /// A re-list being compared with the table it replaces, in slices.
    struct Rebuild
    {
        QString kind;
        QList<QJsonObject> objects; ///< the new state
        qsizetype next = 0; ///< objects compared so far
        Table old; ///< the table being replaced (a shared copy: its iterators stay valid)
        Table::const_iterator oldNext; ///< where the search for deleted objects goes on
        bool oldStarted = false;
        Table fresh; ///< the table being built
        QList<StoreChange> changes;
    };

    void enqueue(const QString& kind, Pending pending);
    /// Applies what is queued and adds its changes to m_unannounced; compares at most
    /// `budget` objects of a re-list (no bound when negative).
    void apply(qsizetype budget);
    /// Applies one kind's queue until it is empty or a re-list is still being compared.
    void applyQueue(const QString& kind, qsizetype& budget);
    /// Goes on comparing the re-list; true when it is complete and in place.
    bool continueRebuild(qsizetype& budget);
    /// Emits changed() for up to `budget` unannounced changes (all when negative), in order.
    void announce(qsizetype budget);
    void applyAndAnnounceSome();
    static void upsert(Table& table, const QJsonObject& object, QList<StoreChange>& out);

    QHash<QString, Table> m_tables;
    QHash<QString, QList<Pending>> m_pending;
    QStringList m_pendingOrder;
    /// Applied, not yet announced: (kind, changes) in the order they were applied.
    QList<QPair<QString, QList<StoreChange>>> m_unannounced;
    std::optional<Rebuild> m_rebuild;
    int m_maxChangesPerTurn = 500;
    int m_maxObjectsPerTurn = 2000;
    QTimer m_timer; ///< coalescing: applies what was posted meanwhile
    QTimer m_nextSlice; ///< zero-interval: announces the next slice
};

} // namespace ase
