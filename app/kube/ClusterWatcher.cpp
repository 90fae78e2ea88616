// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/kube/ClusterWatcher.h"

#include "app/kube/KubeClient.h"
#include "models/resources/KindNames.h"
#include "models/store/ResourceStore.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ase {

QList<ResourceKind> ClusterWatcher::defaultKinds()
{
    return {resourceKindByKind(kindname::PersistentVolume),
        resourceKindByKind(kindname::PersistentVolumeClaim), resourceKindByKind(kindname::StorageClass)};
}

ClusterWatcher::ClusterWatcher(KubeClient* client, ResourceStore* store, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
{ }

ClusterWatcher::~ClusterWatcher() = default;

void ClusterWatcher::setKinds(const QList<ResourceKind>& kinds)
{
    m_kinds = kinds;
}

void ClusterWatcher::setNamespace(const QString& ns)
{
    m_namespace = ns;
}

void ClusterWatcher::start()
{
    qDeleteAll(m_reflectors);
    m_reflectors.clear();
    m_settledSignalled = false;
    const QStringList watched = kinds();
    for (const QString& kind : m_store->kinds()) {
        if (!watched.contains(kind))
            m_store->clearKind(kind);
    }
    // A namespace narrower than before: objects of other namespaces must go. The first list
    // replaces each kind, which does exactly that.
    const QString fallback = m_client->connection().defaultNamespace;
    for (const ResourceKind& kind : std::as_const(m_kinds)) {
        auto* reflector = new Reflector(m_client, m_store, kind, m_namespace, this);
        if (m_namespace.isEmpty())
            reflector->setFallbackNamespace(fallback);
        if (m_setup)
            m_setup(*reflector);
        const QString name = kind.kind;
        connect(reflector, &Reflector::statusChanged, this,
            [this, name](const ReflectorStatus& status) { onStatusChanged(name, status); });
        m_reflectors.insert(name, reflector);
    }
    for (const ResourceKind& kind : std::as_const(m_kinds)) {
        Reflector* reflector = m_reflectors.value(kind.kind);
        Q_ASSERT(reflector); // made for every kind just above
        reflector->start();
    }
}

void ClusterWatcher::stop()
{
    for (Reflector* reflector : std::as_const(m_reflectors))
        reflector->stop();
}

void ClusterWatcher::retryNow()
{
    for (Reflector* reflector : std::as_const(m_reflectors))
        reflector->retryNow();
}

QStringList ClusterWatcher::kinds() const
{
    QStringList names;
    names.reserve(m_kinds.size());
    for (const ResourceKind& kind : m_kinds)
        names.append(kind.kind);
    return names;
}

ReflectorStatus ClusterWatcher::status(const QString& kind) const
{
    const Reflector* reflector = m_reflectors.value(kind);
    return reflector ? reflector->status() : ReflectorStatus {};
}

bool ClusterWatcher::isSettled() const
{
    if (m_reflectors.isEmpty())
        return false;
    for (const Reflector* reflector : m_reflectors) {
        const ReflectorState state = reflector->state();
        const bool cannot = state == ReflectorState::Forbidden || state == ReflectorState::Unauthorized
            || state == ReflectorState::Failed;
        if (!reflector->status().synced && !cannot)
            return false;
    }
    return true;
}

bool ClusterWatcher::isLive() const
{
    if (m_reflectors.isEmpty())
        return false;
    return std::all_of(m_reflectors.cbegin(), m_reflectors.cend(),
        [](const Reflector* r) { return r->state() == ReflectorState::Live; });
}

void ClusterWatcher::onStatusChanged(const QString& kind, const ReflectorStatus& status)
{
    Q_EMIT kindStatusChanged(kind, status);
    if (!m_settledSignalled && isSettled()) {
        m_settledSignalled = true;
        Q_EMIT settled();
    }
}

} // namespace ase
