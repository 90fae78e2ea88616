#include "app/demo/controllers/LocalPathProvisioner.h"

#include "app/demo/ClusterState.h"
#include "app/demo/controllers/ControllerSupport.h"
#include "models/resources/WellKnownKeys.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ase::demo {

namespace {

using namespace objectedit;

bool isUnboundClaimForUs(const QJsonObject& claim)
{
    return !hasAnnotation(claim, keys::BindCompleted)
        && claim.value("spec"_L1).toObject().value("volumeName"_L1).toString().isEmpty()
        && annotations(claim).value(keys::StorageProvisioner).toString() == LocalPathProvisioner::Name
        && !isTerminating(claim);
}

} // namespace

QString LocalPathProvisioner::component()
{
    return Name + u"_local-path-provisioner-7b7dc8d6f5-x4m2k_0d2f3c5e-8a1b-4c6d-9e7f-1a2b3c4d5e6f"_s;
}

LocalPathProvisioner::LocalPathProvisioner(ClusterState& state)
    : m_state(state)
{ }

void LocalPathProvisioner::sync(const SyncScope& scope)
{
    if (scope.full || scope.unboundClaims) {
        for (const QJsonObject& claim : m_state.objects(kinds::persistentVolumeClaim())) {
            if (isUnboundClaimForUs(claim))
                provision(claim);
        }
        return;
    }
    for (const QString& key : scope.claims) {
        const qsizetype slash = key.indexOf(u'/');
        const std::optional<QJsonObject> claim
            = m_state.find(kinds::persistentVolumeClaim(), key.left(slash), key.mid(slash + 1));
        if (claim && isUnboundClaimForUs(*claim))
            provision(*claim);
    }
}

QJsonObject LocalPathProvisioner::volumeFor(
    const QJsonObject& claim, const QJsonObject& storageClass, const QString& node)
{
    const QJsonObject spec = claim.value("spec"_L1).toObject();
    const QString volumeName = u"pvc-"_s + uid(claim);
    const QString reclaimPolicy = storageClass.value("reclaimPolicy"_L1).toString(u"Delete"_s);
    QJsonObject meta {{"name"_L1, volumeName},
        {"annotations"_L1,
            QJsonObject {{keys::ProvisionedBy, Name}, {keys::BoundByController, "yes"_L1},
                {"local.path.provisioner/selected-node"_L1, node}}}};
    if (reclaimPolicy == u"Delete")
        meta.insert("finalizers"_L1, QJsonArray {u"kubernetes.io/pv-controller"_s});
    const QJsonObject claimRef {{"kind"_L1, "PersistentVolumeClaim"_L1}, {"namespace"_L1, ns(claim)},
        {"name"_L1, name(claim)}, {"uid"_L1, uid(claim)}, {"apiVersion"_L1, "v1"_L1},
        {"resourceVersion"_L1, metadata(claim).value("resourceVersion"_L1)}};
    const QJsonObject nodeAffinity {{"required"_L1,
        QJsonObject {{"nodeSelectorTerms"_L1,
            QJsonArray {QJsonObject {{"matchExpressions"_L1,
                QJsonArray {QJsonObject {{"key"_L1, keys::HostnameLabel}, {"operator"_L1, "In"_L1},
                    {"values"_L1, QJsonArray {node}}}}}}}}}}};
    const QString path = BasePath + u'/' + volumeName + u'_' + ns(claim) + u'_' + name(claim);
    QJsonObject pvSpec {
        {"capacity"_L1,
            QJsonObject {{"storage"_L1,
                spec.value("resources"_L1).toObject().value("requests"_L1).toObject().value("storage"_L1)}}},
        {"accessModes"_L1, spec.value("accessModes"_L1)},
        {"persistentVolumeReclaimPolicy"_L1, reclaimPolicy},
        {"storageClassName"_L1, name(storageClass)},
        {"volumeMode"_L1, spec.value("volumeMode"_L1).toString(u"Filesystem"_s)},
        {"claimRef"_L1, claimRef},
        {"hostPath"_L1, QJsonObject {{"path"_L1, path}, {"type"_L1, "DirectoryOrCreate"_L1}}},
        {"nodeAffinity"_L1, nodeAffinity},
    };
    return QJsonObject {{"apiVersion"_L1, "v1"_L1}, {"kind"_L1, "PersistentVolume"_L1}, {"metadata"_L1, meta},
        {"spec"_L1, pvSpec}};
}

void LocalPathProvisioner::provision(const QJsonObject& claim)
{
    const QString node = annotations(claim).value(keys::SelectedNode).toString();
    const QString className = claim.value("spec"_L1).toObject().value("storageClassName"_L1).toString();
    const std::optional<QJsonObject> sc = m_state.find(kinds::storageClass(), {}, className);
    if (node.isEmpty() || !sc || sc->value("provisioner"_L1).toString() != Name)
        return;
    const QString volumeName = u"pvc-"_s + uid(claim);
    if (m_state.find(kinds::persistentVolume(), {}, volumeName))
        return;

    const QString claimKey = ns(claim) + u'/' + name(claim);
    m_state.recordEvent(kinds::persistentVolumeClaim(), claim, u"Normal"_s, u"Provisioning"_s,
        u"External provisioner is provisioning volume for claim \""_s + claimKey + u'"', component());
    const ApiResult<WriteOutcome> created
        = m_state.create(kinds::persistentVolume(), {}, volumeFor(claim, *sc, node));
    if (!created) {
        m_state.recordEvent(kinds::persistentVolumeClaim(), claim, u"Warning"_s, u"ProvisioningFailed"_s,
            u"failed to provision volume with StorageClass \""_s + className + u"\": "_s
                + created.error().message,
            component());
        // A failed WaitForFirstConsumer provisioning hands the claim back to the scheduler.
        m_state.modify(kinds::persistentVolumeClaim(), ns(claim), name(claim),
            [](QJsonObject& o) { return removeAnnotation(o, keys::SelectedNode); });
        return;
    }
    m_state.recordEvent(kinds::persistentVolumeClaim(), claim, u"Normal"_s, u"ProvisioningSucceeded"_s,
        u"Successfully provisioned volume "_s + volumeName, component());
}

} // namespace ase::demo
