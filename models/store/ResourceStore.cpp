// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/store/ResourceStore.h"

#include "models/store/MemoryRelease.h"

#include <QElapsedTimer>

#include <limits>

namespace ase {

struct ResourceStore::Rebuild
{
    QString kind;
    QList<StoredObject> objects; ///< the new state
    qsizetype next = 0; ///< objects compared so far
    QHash<QString, StoredObject> old; ///< the objects being replaced (a shared copy: its
                                      ///< iterators stay valid)
    QHash<QString, StoredObject>::const_iterator oldNext; ///< where the search for deleted
                                                          ///< objects goes on
    Table fresh; ///< the table being built
    QList<StoreChange> changes;
};

void ResourceStore::Table::insert(const StoredObject& object)
{
    auto it = objects.find(object.key());
    if (it != objects.end()) {
        dropReferences(*it);
        *it = object;
    } else {
        objects.insert(object.key(), object);
    }
    addReferences(object);
}

void ResourceStore::Table::remove(const QString& key)
{
    auto it = objects.find(key);
    if (it == objects.end())
        return;
    dropReferences(*it);
    objects.erase(it);
}

void ResourceStore::Table::addReferences(const StoredObject& object)
{
    for (const QString& referenced : object.references()) {
        QStringList& keys = referrers[referenced];
        keys.insert(std::lower_bound(keys.begin(), keys.end(), object.key()), object.key());
    }
}

void ResourceStore::Table::dropReferences(const StoredObject& object)
{
    for (const QString& referenced : object.references()) {
        auto it = referrers.find(referenced);
        if (it == referrers.end())
            continue;
        it->removeOne(object.key());
        if (it->isEmpty())
            referrers.erase(it);
    }
}

ResourceStore::ResourceStore(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(30);
    connect(&m_timer, &QTimer::timeout, this, &ResourceStore::applyAndAnnounceSome);
    m_nextSlice.setSingleShot(true);
    m_nextSlice.setInterval(0);
    connect(&m_nextSlice, &QTimer::timeout, this, &ResourceStore::applyAndAnnounceSome);
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    m_clock = [timer] { return timer->nsecsElapsed(); };
}

ResourceStore::~ResourceStore() = default;

void ResourceStore::setClock(std::function<qint64()> nanoseconds)
{
    m_clock = std::move(nanoseconds);
}

namespace {

/// A batch this large (a list or re-list) frees enough memory to be worth giving back.
constexpr qsizetype kLargeBatch = 2000;

/// The fewest changes a slice carries: every turn makes some progress, and a receiver's
/// per-signal work is shared by a few changes.
qsizetype fewestPerSlice(int maxChangesPerTurn)
{
    return std::min(8, maxChangesPerTurn);
}

} // namespace

qsizetype ResourceStore::fitting(const QString& kind, qint64 budgetNs) const
{
    const qint64 pace = m_nsPerChange.value(kind);
    return pace > 0 ? std::clamp<qsizetype>(budgetNs / pace, 0, m_maxChangesPerTurn) : 0;
}

qsizetype ResourceStore::nextSliceSize(const QString& kind) const
{
    return std::max(fitting(kind, announceBudgetNs()), fewestPerSlice(m_maxChangesPerTurn));
}

void ResourceStore::setFlushInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void ResourceStore::postUpsert(const QString& kind, const QJsonObject& object)
{
    postUpsertEncoded(kind, StoredObject::encode(kind, object));
}

void ResourceStore::postDelete(const QString& kind, const QJsonObject& lastState)
{
    postDeleteEncoded(kind, StoredObject::encode(kind, lastState));
}

void ResourceStore::postUpsertEncoded(const QString& kind, const StoredObject& object)
{
    enqueue(kind, {Pending::Op::Upsert, object, {}});
}

void ResourceStore::postDeleteEncoded(const QString& kind, const StoredObject& lastState)
{
    enqueue(kind, {Pending::Op::Delete, lastState, {}});
}

void ResourceStore::postReplace(const QString& kind, const QList<QJsonObject>& objects)
{
    QList<StoredObject> stored;
    stored.reserve(objects.size());
    for (const QJsonObject& object : objects)
        stored.append(StoredObject::encode(kind, object));
    postReplaceEncoded(kind, stored);
}

void ResourceStore::postReplaceEncoded(const QString& kind, const QList<StoredObject>& objects)
{
    // Whatever was queued before is superseded by the full state, and so is a re-list of
    // the kind still being compared (the old table is still in place).
    m_pending[kind].clear();
    if (m_rebuild && m_rebuild->kind == kind)
        m_rebuild.reset();
    enqueue(kind, {Pending::Op::Replace, {}, objects});
}

void ResourceStore::enqueue(const QString& kind, Pending pending)
{
    QList<Pending>& queue = m_pending[kind];
    if (queue.isEmpty() && !m_pendingOrder.contains(kind))
        m_pendingOrder.append(kind);
    queue.append(std::move(pending));
    if (!m_timer.isActive())
        m_timer.start();
}

void ResourceStore::flush()
{
    m_timer.stop();
    m_nextSlice.stop();
    apply(-1);
    announceAll();
}

void ResourceStore::applyAndAnnounceSome()
{
    apply(m_maxObjectsPerTurn);
    // Slices in order, each as large as its kind's receivers digest in what is left of the
    // budget at their last pace, until the budget is spent. The first slice of a turn is
    // announced whatever it costs, so that every turn makes progress; the first slice of a
    // kind whose pace is not known yet is a small one, to learn it.
    const qint64 start = m_clock();
    const qsizetype fewest = fewestPerSlice(m_maxChangesPerTurn);
    for (bool first = true; !m_unannounced.isEmpty(); first = false) {
        const qsizetype size
            = fitting(m_unannounced.constFirst().kind, announceBudgetNs() - (m_clock() - start));
        if (!first && size < fewest)
            break; // would not fit, or the pace is not known: the next turn
        announceSlice(std::max(size, fewest));
    }
    if (!m_unannounced.isEmpty() || m_rebuild)
        m_nextSlice.start(); // the rest at the next turn of the event loop
}

void ResourceStore::announceSlice(qsizetype size)
{
    Unannounced& front = m_unannounced.first();
    const QString kind = front.kind;
    const qint64 start = m_clock();
    qsizetype announced = 0;
    if (front.changes.size() - front.next > size) {
        // A slice; the rest stays where it is (removing the slice from the front would move
        // every change behind it, 50,000 of them in a first list, per slice).
        const QList<StoreChange> slice = front.changes.mid(front.next, size);
        front.next += size;
        announced = size;
        Q_EMIT changed(kind, slice);
    } else {
        Unannounced last = m_unannounced.takeFirst();
        if (last.changes.size() >= kLargeBatch)
            MemoryRelease::afterLargeWork(); // a list applied: its pages and the old table are freed
        const QList<StoreChange> changes
            = last.next == 0 ? std::move(last.changes) : last.changes.mid(last.next);
        announced = changes.size();
        Q_EMIT changed(kind, changes);
    }
    if (announced >= 8) {
        const qint64 perChange = std::max<qint64>(1, (m_clock() - start) / announced);
        qint64& pace = m_nsPerChange[kind];
        pace = pace > 0 ? (pace + perChange) / 2 : perChange;
    }
}

void ResourceStore::announceAll()
{
    while (!m_unannounced.isEmpty())
        announceSlice(std::numeric_limits<qsizetype>::max());
}

void ResourceStore::apply(qsizetype budget)
{
    if (m_rebuild)
        continueRebuild(budget);
    const QStringList order = std::exchange(m_pendingOrder, {});
    for (const QString& kind : order)
        applyQueue(kind, budget);
}

void ResourceStore::applyQueue(const QString& kind, qsizetype& budget)
{
    QList<Pending> queue = m_pending.take(kind);
    Table& table = m_tables[kind];
    QList<StoreChange> changes;
    // Changes of a kind whose re-list is being compared wait for it, in order; so does a
    // second re-list (one is compared at a time).
    const auto blocked = [this, &kind](const Pending& p) {
        return m_rebuild && (m_rebuild->kind == kind || p.op == Pending::Op::Replace);
    };
    qsizetype i = 0;
    for (; i < queue.size() && !blocked(queue.at(i)); ++i) {
        const Pending& p = queue.at(i);
        switch (p.op) {
        case Pending::Op::Upsert:
            upsert(table, p.object, changes);
            break;
        case Pending::Op::Delete:
            if (table.objects.contains(p.object.key())) {
                changes.append({StoreChange::Type::Deleted, p.object.key(), p.object});
                table.remove(p.object.key());
            }
            break;
        case Pending::Op::Replace:
            if (!changes.isEmpty())
                m_unannounced.append({kind, std::exchange(changes, {})});
            m_rebuild = std::make_unique<Rebuild>();
            m_rebuild->kind = kind;
            m_rebuild->objects = p.objects;
            m_rebuild->old = table.objects;
            m_rebuild->oldNext = m_rebuild->old.cbegin(); // `old` is never written: it stays valid
            m_rebuild->fresh.objects.reserve(p.objects.size());
            // StoreChange is not relocatable: a growing list would move each change again.
            m_rebuild->changes.reserve(p.objects.size());
            continueRebuild(budget); // resets m_rebuild when it is complete
            break;
        }
    }
    if (!changes.isEmpty())
        m_unannounced.append({kind, std::move(changes)});
    if (i < queue.size()) {
        m_pending.insert(kind, queue.mid(i));
        m_pendingOrder.append(kind);
    }
}

bool ResourceStore::continueRebuild(qsizetype& budget)
{
    Rebuild& r = *m_rebuild;
    const auto spend = [&budget] { return budget < 0 || budget-- > 0; };
    while (r.next < r.objects.size()) {
        if (!spend())
            return false;
        const StoredObject& object = r.objects.at(r.next++);
        const auto it = r.old.constFind(object.key());
        if (it == r.old.cend()) {
            r.changes.append({StoreChange::Type::Added, object.key(), object});
            r.fresh.insert(object);
            continue;
        }
        if (object.isSameVersion(*it)) {
            r.fresh.insert(*it); // same version: nothing changed
            continue;
        }
        r.changes.append({StoreChange::Type::Modified, object.key(), object});
        r.fresh.insert(object);
    }
    // What the old table holds and the new state does not was deleted.
    for (; r.oldNext != r.old.cend(); ++r.oldNext) {
        if (!spend())
            return false;
        if (!r.fresh.objects.contains(r.oldNext.key()))
            r.changes.append({StoreChange::Type::Deleted, r.oldNext.key(), r.oldNext.value()});
    }
    m_tables.insert(r.kind, std::move(r.fresh));
    if (!r.changes.isEmpty())
        m_unannounced.append({r.kind, std::move(r.changes)});
    m_rebuild.reset();
    return true;
}

void ResourceStore::upsert(Table& table, const StoredObject& object, QList<StoreChange>& out)
{
    const auto it = table.objects.constFind(object.key());
    if (it != table.objects.cend() && object.isSameVersion(*it))
        return; // same version: nothing changed
    const bool added = it == table.objects.cend();
    table.insert(object);
    out.append({added ? StoreChange::Type::Added : StoreChange::Type::Modified, object.key(), object});
}

void ResourceStore::clear()
{
    m_timer.stop();
    m_nextSlice.stop();
    m_pending.clear();
    m_pendingOrder.clear();
    m_unannounced.clear();
    m_rebuild.reset();
    m_tables.clear();
    MemoryRelease::afterLargeWork();
    Q_EMIT cleared();
}

void ResourceStore::clearKind(const QString& kind)
{
    m_pending.remove(kind);
    m_pendingOrder.removeAll(kind);
    m_unannounced.removeIf([&kind](const Unannounced& entry) { return entry.kind == kind; });
    if (m_rebuild && m_rebuild->kind == kind)
        m_rebuild.reset();
    m_tables.remove(kind);
    Q_EMIT kindCleared(kind);
}

QList<QJsonObject> ResourceStore::objects(const QString& kind) const
{
    QList<QJsonObject> out;
    const auto table = m_tables.constFind(kind);
    if (table == m_tables.cend())
        return out;
    out.reserve(table->objects.size());
    for (const StoredObject& object : table->objects)
        out.append(object.decode());
    return out;
}

QList<StoredObject> ResourceStore::storedObjects(const QString& kind) const
{
    const auto table = m_tables.constFind(kind);
    return table == m_tables.cend() ? QList<StoredObject>() : table->objects.values();
}

QJsonObject ResourceStore::object(const QString& kind, const QString& key) const
{
    return stored(kind, key).decode();
}

StoredObject ResourceStore::stored(const QString& kind, const QString& key) const
{
    const auto table = m_tables.constFind(kind);
    return table == m_tables.cend() ? StoredObject() : table->objects.value(key);
}

QStringList ResourceStore::referringKeys(const QString& kind, const QString& referenced) const
{
    const auto table = m_tables.constFind(kind);
    return table == m_tables.cend() ? QStringList() : table->referrers.value(referenced);
}

QList<QJsonObject> ResourceStore::referringObjects(const QString& kind, const QString& referenced) const
{
    QList<QJsonObject> out;
    for (const QString& key : referringKeys(kind, referenced))
        out.append(object(kind, key));
    return out;
}

bool ResourceStore::contains(const QString& kind, const QString& key) const
{
    const auto table = m_tables.constFind(kind);
    return table != m_tables.cend() && table->objects.contains(key);
}

qsizetype ResourceStore::count(const QString& kind) const
{
    const auto table = m_tables.constFind(kind);
    return table == m_tables.cend() ? 0 : table->objects.size();
}

qsizetype ResourceStore::textBytes(const QString& kind) const
{
    qsizetype bytes = 0;
    const auto table = m_tables.constFind(kind);
    if (table != m_tables.cend()) {
        for (const StoredObject& object : table->objects)
            bytes += object.textBytes();
    }
    return bytes;
}

QStringList ResourceStore::kinds() const
{
    return m_tables.keys();
}

} // namespace ase
