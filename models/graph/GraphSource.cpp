// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/graph/GraphSource.h"
#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ase::graph {

namespace {

/// Applies the changes; returns how many changed what the graph shows.
/// What the graph shows of an object, as a 64-bit hash of graphFacts(): equal → no rebuild.
size_t factsHash(const QString& kind, const QJsonObject& object)
{
    return qHash(GraphSource::graphFacts(kind, object), size_t(0x9e3779b97f4a7c15ULL));
}

template <typename T>
int applyChanges(ObjectTable<T>& table, QHash<QString, size_t>& facts, const QString& kind,
    const QList<StoreChange>& changes, qsizetype expected)
{
    int relevant = 0;
    table.expect(expected);
    if (facts.capacity() < expected)
        facts.reserve(expected);
    for (const StoreChange& change : changes) {
        if (change.type == StoreChange::Type::Deleted) {
            table.remove(change.key);
            facts.remove(change.key);
            ++relevant;
            continue;
        }
        // Kept up to date even when what the graph shows is the same, so that the table
        // shares the object with the other caches of this change (StoreChange::as()).
        table.upsert(change.key, change.template shared<T>());
        const size_t now = factsHash(kind, change.object());
        const auto it = facts.find(change.key);
        if (it == facts.end() || *it != now) {
            facts.insert(change.key, now);
            ++relevant;
        }
    }
    return relevant;
}

template <typename T>
void fill(ObjectTable<T>& table, QHash<QString, size_t>& facts, const QString& kind,
    const QList<QJsonObject>& objects)
{
    table.clear();
    facts.clear();
    table.reserve(objects.size());
    for (const QJsonObject& object : objects) {
        const QString key = ResourceStore::keyOf(object);
        table.upsert(key, sharedForCache<T>(object));
        facts.insert(key, factsHash(kind, object));
    }
}

QString compact(const QJsonValue& value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return value.toString();
}

} // namespace

GraphSource::GraphSource(ResourceStore* store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(250);
    connect(&m_timer, &QTimer::timeout, this, &GraphSource::changed);
    connect(m_store, &ResourceStore::changed, this, &GraphSource::onChanged);
    connect(m_store, &ResourceStore::cleared, this, &GraphSource::reload);
    connect(m_store, &ResourceStore::kindCleared, this, &GraphSource::reload);
    reload();
}

GraphSource::~GraphSource() = default;

QString GraphSource::graphFacts(const QString& kind, const QJsonObject& object)
{
    // Everything the graph's nodes and edges read, in one string. Labels, other
    // annotations, resourceVersion and status details are left out: changing them does
    // not rebuild the graph.
    const QJsonObject meta = metafield::of(object);
    const QJsonObject spec = object.value("spec"_L1).toObject();
    const QJsonObject annotations = meta.value("annotations"_L1).toObject();
    QStringList facts {meta.value("deletionTimestamp"_L1).toString(),
        object.value("status"_L1).toObject().value("phase"_L1).toString(),
        compact(spec.value("storageClassName"_L1)),
        annotations.value("volume.beta.kubernetes.io/storage-class"_L1).toString()};
    if (kind == kindname::PersistentVolume) {
        facts << compact(spec.value("claimRef"_L1).toObject().value("namespace"_L1))
              << spec.value("claimRef"_L1).toObject().value("name"_L1).toString();
    } else if (kind == kindname::PersistentVolumeClaim) {
        facts << spec.value("volumeName"_L1).toString();
    } else if (kind == kindname::Pod) {
        facts << compact(spec.value("volumes"_L1)) << compact(meta.value("ownerReferences"_L1))
              << meta.value("labels"_L1).toObject().value("pod-template-hash"_L1).toString();
    } else {
        // Shares (their compute mapping, protocol) and classes (default or not).
        facts << compact(object.value("properties"_L1))
              << annotations.value("storageclass.kubernetes.io/is-default-class"_L1).toString()
              << annotations.value("storageclass.beta.kubernetes.io/is-default-class"_L1).toString();
    }
    return facts.join(u'\x1f');
}

void GraphSource::reload()
{
    m_facts.clear();
    fill(m_shares, m_facts[kindname::Share], kindname::Share, m_store->objects(kindname::Share));
    fill(m_volumes, m_facts[kindname::PersistentVolume], kindname::PersistentVolume,
        m_store->objects(kindname::PersistentVolume));
    fill(m_claims, m_facts[kindname::PersistentVolumeClaim], kindname::PersistentVolumeClaim,
        m_store->objects(kindname::PersistentVolumeClaim));
    fill(m_pods, m_facts[kindname::Pod], kindname::Pod, m_store->objects(kindname::Pod));
    fill(m_classes, m_facts[kindname::StorageClass], kindname::StorageClass,
        m_store->objects(kindname::StorageClass));
    ++m_changes;
    ++m_relevant;
    if (!m_timer.isActive())
        m_timer.start();
}

void GraphSource::onChanged(const QString& kind, const QList<StoreChange>& changes)
{
    int relevant = 0;
    if (kind == kindname::Share)
        relevant = applyChanges(m_shares, m_facts[kind], kind, changes, m_store->count(kind));
    else if (kind == kindname::PersistentVolume)
        relevant = applyChanges(m_volumes, m_facts[kind], kind, changes, m_store->count(kind));
    else if (kind == kindname::PersistentVolumeClaim)
        relevant = applyChanges(m_claims, m_facts[kind], kind, changes, m_store->count(kind));
    else if (kind == kindname::Pod)
        relevant = applyChanges(m_pods, m_facts[kind], kind, changes, m_store->count(kind));
    else if (kind == kindname::StorageClass)
        relevant = applyChanges(m_classes, m_facts[kind], kind, changes, m_store->count(kind));
    else
        return;
    m_changes += changes.size();
    m_relevant += relevant;
    if (relevant > 0 && !m_timer.isActive())
        m_timer.start();
}

GraphInput GraphSource::input() const
{
    // Implicitly shared lists: no copy now; while this snapshot is held, changes wait beside
    // the tables instead of copying them (ObjectTable).
    GraphInput in;
    in.shares = m_shares.items();
    in.volumes = m_volumes.items();
    in.claims = m_claims.items();
    in.pods = m_pods.items();
    in.classes = m_classes.items();
    return in;
}

qsizetype GraphSource::objectCount() const
{
    return m_shares.items().size() + m_volumes.items().size() + m_claims.items().size()
        + m_pods.items().size() + m_classes.items().size();
}

} // namespace ase::graph
