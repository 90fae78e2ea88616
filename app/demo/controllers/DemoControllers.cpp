// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/controllers/DemoControllers.h"

#include "app/demo/ClusterState.h"
#include "app/demo/controllers/LocalPathProvisioner.h"
#include "app/demo/controllers/NfsSubdirProvisioner.h"
#include "app/demo/controllers/PersistentVolumeController.h"
#include "app/demo/controllers/PodLifecycle.h"
#include "app/demo/controllers/ProtectionController.h"
#include "app/demo/controllers/StorageApiRules.h"
#include "app/demo/controllers/WorkIndex.h"
#include "app/demo/controllers/WorkloadController.h"
#include "models/resources/KindNames.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <utility>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace ase::demo {

namespace {

/// What one change makes the controllers look at.
SyncScope scopeOf(const ChangeEvent& event)
{
    using namespace objectedit;
    SyncScope scope;
    const QJsonObject& o = event.object;
    const QString kind = event.kind.kind;
    const QString key = ns(o) + u'/' + name(o);
    if (kind == kindname::PersistentVolumeClaim) {
        scope.claims.insert(key);
        const QString volume = o.value("spec"_L1).toObject().value("volumeName"_L1).toString();
        if (!volume.isEmpty())
            scope.volumes.insert(volume);
        scope.pendingPods = true;
    } else if (kind == kindname::PersistentVolume) {
        scope.volumes.insert(name(o));
        const QJsonObject ref = o.value("spec"_L1).toObject().value("claimRef"_L1).toObject();
        if (!ref.isEmpty())
            scope.claims.insert(
                ref.value("namespace"_L1).toString() + u'/' + ref.value("name"_L1).toString());
        scope.unboundClaims = true;
        scope.pendingPods = true;
    } else if (kind == kindname::StorageClass) {
        scope.unboundClaims = true;
        scope.pendingPods = true;
    } else if (kind == kindname::Pod) {
        scope.pods.insert(key);
        for (const QString& claim : podClaimNames(o))
            scope.claims.insert(ns(o) + u'/' + claim);
        for (const QJsonValue& r : metadata(o).value("ownerReferences"_L1).toArray()) {
            const QJsonObject ref = r.toObject();
            if (!ref.value("controller"_L1).toBool())
                continue;
            const QString owner = ref.value("name"_L1).toString();
            if (ref.value("kind"_L1).toString() == kindname::StatefulSet)
                scope.workloads.insert(u"StatefulSet/"_s + ns(o) + u'/' + owner);
            else if (ref.value("kind"_L1).toString() == u"ReplicaSet" && owner.contains(u'-'))
                scope.workloads.insert(u"Deployment/"_s + ns(o) + u'/' + owner.left(owner.lastIndexOf(u'-')));
        }
    } else if (kind == kindname::Deployment || kind == kindname::StatefulSet) {
        scope.workloads.insert(kind + u'/' + key);
    }
    return scope;
}

} // namespace

DemoControllers::DemoControllers(ClusterState& state, QObject* parent)
    : QObject(parent)
    , m_state(state)
    , m_workloads(std::make_unique<WorkloadController>(state))
    , m_pods(std::make_unique<PodLifecycle>(state))
    , m_binder(std::make_unique<PersistentVolumeController>(state))
    , m_protection(std::make_unique<ProtectionController>(state))
    , m_index(std::make_unique<WorkIndex>(state))
{
    m_provisioners.push_back(std::make_unique<LocalPathProvisioner>(state));
    m_provisioners.push_back(std::make_unique<NfsSubdirProvisioner>(state));
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(20ms);
    connect(&m_coalesce, &QTimer::timeout, this, &DemoControllers::runPass);
    m_resync.setInterval(15s);
    connect(&m_resync, &QTimer::timeout, this, [this] {
        m_scope.full = true;
        schedulePass();
    });
    m_resync.start();
    connect(&m_state, &ClusterState::changed, this, &DemoControllers::onChanged, Qt::QueuedConnection);
    // Whatever the state already holds (a seeded scenario) gets a first look.
    m_scope.full = true;
    schedulePass();
}

DemoControllers::~DemoControllers() = default;

void DemoControllers::setResyncInterval(std::chrono::milliseconds interval)
{
    m_resync.setInterval(interval);
    m_resync.start();
}

std::chrono::milliseconds DemoControllers::resyncInterval() const
{
    return m_resync.intervalAsDuration();
}

void DemoControllers::setCoalesceDelay(std::chrono::milliseconds delay)
{
    m_coalesce.setInterval(delay);
}

void DemoControllers::onChanged(const ChangeEvent& event)
{
    const SyncScope scope = scopeOf(event);
    if (scope.isEmpty())
        return;
    m_scope.merge(scope);
    schedulePass();
}

void DemoControllers::schedulePass()
{
    if (!m_coalesce.isActive() && !m_inPass)
        m_coalesce.start();
}

void DemoControllers::runPass()
{
    if (m_inPass)
        return;
    m_inPass = true;
    SyncScope scope = std::exchange(m_scope, SyncScope());
    m_index->resolve(scope); // "every unbound claim" → the keys, from what changed
    if (!scope.isEmpty()) {
        m_workloads->sync(scope);
        m_pods->sync(scope);
        m_binder->sync(scope);
        for (const auto& provisioner : m_provisioners)
            provisioner->sync(scope);
        m_protection->sync(scope);
        ++m_passes;
    }
    m_inPass = false;
    if (!m_scope.isEmpty())
        schedulePass();
    emit passFinished();
}

bool DemoControllers::settle(int maxPasses)
{
    m_scope.full = true;
    for (int i = 0; i < maxPasses; ++i) {
        // Deliver the queued change notifications addressed to us.
        QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
        if (m_scope.isEmpty()) {
            m_coalesce.stop();
            return true;
        }
        runPass();
    }
    return false;
}

DemoControllers* installControllers(ClusterState& state, QObject* parent)
{
    storagerules::install(state);
    return new DemoControllers(state, parent);
}

} // namespace ase::demo
