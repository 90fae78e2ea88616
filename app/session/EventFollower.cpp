// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/session/EventFollower.h"

#include "app/kube/KubeClient.h"
#include "app/kube/Reflector.h"
#include "models/resources/KindNames.h"
#include "models/resources/ResourceKind.h"
#include "models/store/ResourceStore.h"

namespace ase {

EventFollower::EventFollower(KubeClient* client, const QString& kind, const QString& ns, const QString& name,
    const QString& uid, QObject* parent)
    : QObject(parent)
    , m_store(new ResourceStore(this))
{
    if (!client)
        return;
    m_reflector = std::make_unique<Reflector>(client, m_store, resourceKindByKind(kindname::Event), ns);
    m_reflector->setFieldSelector(KubeClient::eventsFieldSelector(kind, ns, name, uid));
    m_reflector->start();
}

EventFollower::~EventFollower()
{
    // The reflector writes into the store: it goes first.
    m_reflector.reset();
}

void EventFollower::stop()
{
    m_reflector.reset();
}

} // namespace ase
