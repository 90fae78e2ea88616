#include "models/graph/GraphSource.h"

using namespace Qt::StringLiterals;

namespace ase::graph {

namespace {

template <typename T>
void applyChanges(QHash<QString, T>& table, const QList<StoreChange>& changes)
{
    for (const StoreChange& change : changes) {
        if (change.type == StoreChange::Type::Deleted)
            table.remove(change.key);
        else
            table.insert(change.key, T::fromJson(change.object));
    }
}

template <typename T>
void fill(QHash<QString, T>& table, const QList<QJsonObject>& objects)
{
    table.clear();
    table.reserve(objects.size());
    for (const QJsonObject& object : objects)
        table.insert(ResourceStore::keyOf(object), T::fromJson(object));
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

void GraphSource::reload()
{
    fill(m_shares, m_store->objects(u"Share"_s));
    fill(m_volumes, m_store->objects(u"PersistentVolume"_s));
    fill(m_claims, m_store->objects(u"PersistentVolumeClaim"_s));
    fill(m_pods, m_store->objects(u"Pod"_s));
    fill(m_classes, m_store->objects(u"StorageClass"_s));
    ++m_changes;
    if (!m_timer.isActive())
        m_timer.start();
}

void GraphSource::onChanged(const QString& kind, const QList<StoreChange>& changes)
{
    if (kind == u"Share")
        applyChanges(m_shares, changes);
    else if (kind == u"PersistentVolume")
        applyChanges(m_volumes, changes);
    else if (kind == u"PersistentVolumeClaim")
        applyChanges(m_claims, changes);
    else if (kind == u"Pod")
        applyChanges(m_pods, changes);
    else if (kind == u"StorageClass")
        applyChanges(m_classes, changes);
    else
        return;
    m_changes += changes.size();
    if (!m_timer.isActive())
        m_timer.start();
}

GraphInput GraphSource::input() const
{
    GraphInput in;
    in.shares = m_shares.values();
    in.volumes = m_volumes.values();
    in.claims = m_claims.values();
    in.pods = m_pods.values();
    in.classes = m_classes.values();
    return in;
}

} // namespace ase::graph
