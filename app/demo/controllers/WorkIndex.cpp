// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/controllers/WorkIndex.h"

#include "app/demo/ClusterState.h"
#include "app/demo/controllers/ControllerSupport.h"
#include "models/resources/WellKnownKeys.h"

using namespace Qt::StringLiterals;

namespace ase::demo {

namespace {

bool isUnbound(const QJsonObject& claim)
{
    return !objectedit::hasAnnotation(claim, keys::BindCompleted);
}

bool isPending(const QJsonObject& pod)
{
    return pod.value("status"_L1).toObject().value("phase"_L1).toString() == u"Pending";
}

QString keyOf(const QJsonObject& object)
{
    return metafield::ns(object) + u'/' + metafield::name(object);
}

/// The keys of the objects of @p kind that @p wanted picks.
QSet<QString> collect(ClusterState& state, const ResourceKind& kind, bool (*wanted)(const QJsonObject&))
{
    QSet<QString> keys;
    for (const QJsonObject& o : state.objects(kind)) {
        if (wanted(o))
            keys.insert(keyOf(o));
    }
    return keys;
}

/// Brings one key of @p index up to date with what the state holds now.
void refresh(ClusterState& state, const ResourceKind& kind, std::optional<QSet<QString>>& index,
    const QString& key, bool (*wanted)(const QJsonObject&))
{
    if (!index)
        return;
    const qsizetype slash = key.indexOf(u'/');
    const std::optional<QJsonObject> o = state.find(kind, key.left(slash), key.mid(slash + 1));
    if (o && wanted(*o))
        index->insert(key);
    else
        index->remove(key);
}

} // namespace

WorkIndex::WorkIndex(ClusterState& state)
    : m_state(state)
{ }

void WorkIndex::resolve(SyncScope& scope)
{
    if (scope.full) {
        m_unboundClaims.reset();
        m_pendingPods.reset();
        return;
    }
    for (const QString& key : std::as_const(scope.claims))
        refreshClaim(key);
    for (const QString& key : std::as_const(scope.pods))
        refreshPod(key);
    if (scope.unboundClaims) {
        if (!m_unboundClaims)
            m_unboundClaims = collect(m_state, kinds::persistentVolumeClaim(), isUnbound);
        scope.claims.unite(*m_unboundClaims);
        scope.unboundClaims = false;
    }
    if (scope.pendingPods) {
        if (!m_pendingPods)
            m_pendingPods = collect(m_state, kinds::pod(), isPending);
        scope.pods.unite(*m_pendingPods);
        scope.pendingPods = false;
    }
}

void WorkIndex::refreshClaim(const QString& key)
{
    refresh(m_state, kinds::persistentVolumeClaim(), m_unboundClaims, key, isUnbound);
}

void WorkIndex::refreshPod(const QString& key)
{
    refresh(m_state, kinds::pod(), m_pendingPods, key, isPending);
}

} // namespace ase::demo
