// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/controllers/ExternalProvisioner.h"

#include "app/demo/ClusterState.h"
#include "app/demo/controllers/ControllerSupport.h"
#include "models/resources/KindNames.h"
#include "models/resources/WellKnownKeys.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ase::demo {

using namespace objectedit;

ExternalProvisioner::ExternalProvisioner(ClusterState& state)
    : m_state(state)
{ }

ExternalProvisioner::~ExternalProvisioner() = default;

bool ExternalProvisioner::isUnboundClaimForUs(const QJsonObject& claim) const
{
    return !hasAnnotation(claim, keys::BindCompleted)
        && claim.value("spec"_L1).toObject().value("volumeName"_L1).toString().isEmpty()
        && annotations(claim).value(keys::StorageProvisioner).toString() == name() && !isTerminating(claim);
}

void ExternalProvisioner::sync(const SyncScope& scope)
{
    if (scope.full) {
        for (const QJsonObject& claim : m_state.objects(kinds::persistentVolumeClaim())) {
            if (isUnboundClaimForUs(claim))
                provision(claim);
        }
        return;
    }
    QStringList keys = scope.claims.values();
    keys.sort();
    for (const QString& key : std::as_const(keys)) {
        const qsizetype slash = key.indexOf(u'/');
        const std::optional<QJsonObject> claim
            = m_state.find(kinds::persistentVolumeClaim(), key.left(slash), key.mid(slash + 1));
        if (claim && isUnboundClaimForUs(*claim))
            provision(*claim);
    }
}

QString ExternalProvisioner::volumeNameOf(const QJsonObject& claim)
{
    return u"pvc-"_s + uid(claim);
}

QJsonObject ExternalProvisioner::provisionedVolume(const QJsonObject& claim, const QJsonObject& storageClass,
    QLatin1StringView provisioner, const QJsonObject& moreAnnotations, const QJsonObject& source)
{
    const QJsonObject spec = claim.value("spec"_L1).toObject();
    const QString reclaimPolicy = storageClass.value("reclaimPolicy"_L1).toString(u"Delete"_s);
    QJsonObject annotations {{keys::ProvisionedBy, provisioner}, {keys::BoundByController, "yes"_L1}};
    for (auto it = moreAnnotations.constBegin(); it != moreAnnotations.constEnd(); ++it)
        annotations.insert(it.key(), it.value());
    QJsonObject meta {{"name"_L1, volumeNameOf(claim)}, {"annotations"_L1, annotations}};
    if (reclaimPolicy == u"Delete")
        meta.insert("finalizers"_L1, QJsonArray {u"kubernetes.io/pv-controller"_s});
    const QJsonObject claimRef {{"kind"_L1, kindname::PersistentVolumeClaim}, {"namespace"_L1, ns(claim)},
        {"name"_L1, objectedit::name(claim)}, {"uid"_L1, uid(claim)}, {"apiVersion"_L1, "v1"_L1},
        {"resourceVersion"_L1, metadata(claim).value("resourceVersion"_L1)}};
    QJsonObject pvSpec {
        {"capacity"_L1,
            QJsonObject {{"storage"_L1,
                spec.value("resources"_L1).toObject().value("requests"_L1).toObject().value("storage"_L1)}}},
        {"accessModes"_L1, spec.value("accessModes"_L1)},
        {"persistentVolumeReclaimPolicy"_L1, reclaimPolicy},
        {"storageClassName"_L1, objectedit::name(storageClass)},
        {"volumeMode"_L1, spec.value("volumeMode"_L1).toString(u"Filesystem"_s)},
        {"claimRef"_L1, claimRef},
    };
    for (auto it = source.constBegin(); it != source.constEnd(); ++it)
        pvSpec.insert(it.key(), it.value());
    return QJsonObject {{"apiVersion"_L1, "v1"_L1}, {"kind"_L1, kindname::PersistentVolume},
        {"metadata"_L1, meta}, {"spec"_L1, pvSpec}};
}

void ExternalProvisioner::provision(const QJsonObject& claim)
{
    const QString node = annotations(claim).value(keys::SelectedNode).toString();
    const QString className = claim.value("spec"_L1).toObject().value("storageClassName"_L1).toString();
    const std::optional<QJsonObject> sc = m_state.find(kinds::storageClass(), {}, className);
    if (!sc || sc->value("provisioner"_L1).toString() != name())
        return;
    const bool delayBinding = sc->value("volumeBindingMode"_L1).toString() == u"WaitForFirstConsumer";
    if (delayBinding && node.isEmpty())
        return; // the scheduler has not chosen a node yet
    const QString volumeName = volumeNameOf(claim);
    if (m_state.find(kinds::persistentVolume(), {}, volumeName))
        return;
    const auto backoff = m_backoff.constFind(uid(claim));
    if (backoff != m_backoff.cend() && m_state.now() < backoff->retryAt)
        return; // failed lately: wait, as the library's exponential backoff does

    const QString claimKey = ns(claim) + u'/' + objectedit::name(claim);
    m_state.recordEvent(kinds::persistentVolumeClaim(), claim, u"Normal"_s, u"Provisioning"_s,
        u"External provisioner is provisioning volume for claim \""_s + claimKey + u'"', component());
    const std::variant<QJsonObject, QString> made = makeVolume(claim, *sc, node);
    QString failure;
    if (const QString* reason = std::get_if<QString>(&made)) {
        failure = *reason;
    } else {
        const ApiResult<WriteOutcome> created
            = m_state.create(kinds::persistentVolume(), {}, std::get<QJsonObject>(made));
        if (!created)
            failure = created.error().message;
    }
    if (!failure.isEmpty()) {
        using namespace std::chrono_literals;
        Backoff& next = m_backoff[uid(claim)];
        next.delay = std::min<std::chrono::seconds>(next.delay == 0s ? 10s : next.delay * 2, 300s);
        next.retryAt = m_state.now().addDuration(next.delay);
        m_state.recordEvent(kinds::persistentVolumeClaim(), claim, u"Warning"_s, u"ProvisioningFailed"_s,
            u"failed to provision volume with StorageClass \""_s + className + u"\": "_s + failure,
            component());
        // A failed WaitForFirstConsumer provisioning hands the claim back to the scheduler.
        if (delayBinding)
            m_state.modify(kinds::persistentVolumeClaim(), ns(claim), objectedit::name(claim),
                [](QJsonObject& o) { return removeAnnotation(o, keys::SelectedNode); });
        return;
    }
    m_backoff.remove(uid(claim));
    m_state.recordEvent(kinds::persistentVolumeClaim(), claim, u"Normal"_s, u"ProvisioningSucceeded"_s,
        u"Successfully provisioned volume "_s + volumeName, component());
}

} // namespace ase::demo
