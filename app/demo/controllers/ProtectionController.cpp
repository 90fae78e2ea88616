// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/controllers/ProtectionController.h"

#include "app/demo/ClusterState.h"
#include "app/demo/controllers/ControllerSupport.h"

using namespace Qt::StringLiterals;

namespace ase::demo {

namespace {

const QString PvcProtection = u"kubernetes.io/pvc-protection"_s;
const QString PvProtection = u"kubernetes.io/pv-protection"_s;

} // namespace

ProtectionController::ProtectionController(ClusterState& state)
    : m_state(state)
{ }

void ProtectionController::sync(const SyncScope& scope)
{
    using namespace objectedit;
    if (scope.full) {
        for (const QJsonObject& c : m_state.objects(kinds::persistentVolumeClaim())) {
            if (isTerminating(c))
                syncClaim(ns(c), name(c));
        }
        for (const QJsonObject& v : m_state.objects(kinds::persistentVolume())) {
            if (isTerminating(v))
                syncVolume(name(v));
        }
        return;
    }
    for (const QString& key : scope.claims) {
        const qsizetype slash = key.indexOf(u'/');
        syncClaim(key.left(slash), key.mid(slash + 1));
    }
    for (const QString& volume : scope.volumes)
        syncVolume(volume);
}

void ProtectionController::syncClaim(const QString& ns, const QString& name)
{
    using namespace objectedit;
    const std::optional<QJsonObject> claim = m_state.find(kinds::persistentVolumeClaim(), ns, name);
    if (!claim || !isTerminating(*claim) || !hasFinalizer(*claim, PvcProtection))
        return;
    for (const QJsonObject& pod : m_state.objects(kinds::pod(), ns)) {
        const bool scheduled = !pod.value("spec"_L1).toObject().value("nodeName"_L1).toString().isEmpty();
        if (scheduled && !podIsTerminated(pod) && podClaimNames(pod).contains(name))
            return;
    }
    m_state.removeFinalizer(kinds::persistentVolumeClaim(), ns, name, PvcProtection);
}

void ProtectionController::syncVolume(const QString& name)
{
    using namespace objectedit;
    const std::optional<QJsonObject> volume = m_state.find(kinds::persistentVolume(), {}, name);
    if (!volume || !isTerminating(*volume) || !hasFinalizer(*volume, PvProtection))
        return;
    if (volume->value("status"_L1).toObject().value("phase"_L1).toString() == u"Bound")
        return;
    m_state.removeFinalizer(kinds::persistentVolume(), {}, name, PvProtection);
}

} // namespace ase::demo
