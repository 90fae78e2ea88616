#pragma once

#include <QJsonObject>
#include <QLatin1StringView>
#include <QString>

namespace ase::demo {

class ClusterState;
struct SyncScope;

/// The `rancher.io/local-path` external provisioner behind the device's built-in
/// StorageClass `ase-node-local` (reference/azure-stack-edge.md §2.2). For a claim the PV
/// controller handed to it (`volume.kubernetes.io/storage-provisioner`) whose node the
/// scheduler chose (`volume.kubernetes.io/selected-node`), it emits `Provisioning`, creates
/// PV `pvc-<claim uid>` (hostPath on the node's data disk, node affinity to the node,
/// claimRef, the class and its reclaim policy, `pv.kubernetes.io/provisioned-by`, finalizer
/// `kubernetes.io/pv-controller` for Delete) and emits `ProvisioningSucceeded`; the binder
/// then binds the claim to it.
class LocalPathProvisioner final
{
public:
    static constexpr QLatin1StringView Name {"rancher.io/local-path"};
    /// Where the provisioner keeps volume directories on the node.
    static constexpr QLatin1StringView BasePath {"/var/lib/rancher/local-path-provisioner"};
    /// The event source of an external provisioner: "<provisioner>_<pod>_<uuid>".
    static QString component();

    explicit LocalPathProvisioner(ClusterState& state);

    void sync(const SyncScope& scope);

    /// The PV this provisioner creates for a claim (tests and the scenario use it).
    static QJsonObject volumeFor(
        const QJsonObject& claim, const QJsonObject& storageClass, const QString& node);

private:
    void provision(const QJsonObject& claim);

    ClusterState& m_state;
};

} // namespace ase::demo
