// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <chrono>

#include <variant>

namespace ase::demo {

class ClusterState;
struct SyncScope;

/// What an external provisioner of the sig-storage library does for the claims the PV
/// controller hands it (`volume.kubernetes.io/storage-provisioner: <name>`): for a claim of
/// a WaitForFirstConsumer class once the scheduler chose a node
/// (`volume.kubernetes.io/selected-node`), for an Immediate one at once, it emits
/// `Provisioning`, creates PV `pvc-<claim uid>` with the claim's claimRef and emits
/// `ProvisioningSucceeded`; the binder then binds the claim to it. A refusal is the
/// library's `ProvisioningFailed` event, `failed to provision volume with StorageClass
/// "<class>": <reason>`; a WaitForFirstConsumer claim then goes back to the scheduler, and
/// the claim is not tried again before its backoff (10 s, doubling to 5 min) has passed.
/// Subclasses say which claims they take and which volume they make.
class ExternalProvisioner
{
public:
    explicit ExternalProvisioner(ClusterState& state);
    virtual ~ExternalProvisioner();
    ExternalProvisioner(const ExternalProvisioner&) = delete;
    ExternalProvisioner& operator=(const ExternalProvisioner&) = delete;

    /// The provisioner's name (the StorageClass's `provisioner`).
    virtual QString name() const = 0;
    /// The event source: "<provisioner>_<pod>_<uuid>".
    virtual QString component() const = 0;

    void sync(const SyncScope& scope);

protected:
    /// The volume for @p claim of @p storageClass on @p node ("" for Immediate), or the
    /// reason it cannot be made.
    virtual std::variant<QJsonObject, QString> makeVolume(
        const QJsonObject& claim, const QJsonObject& storageClass, const QString& node) const = 0;

    /// The name of the volume provisioned for @p claim: `pvc-<claim uid>`.
    static QString volumeNameOf(const QJsonObject& claim);
    /// The PV the library makes for @p claim of @p storageClass: volumeNameOf(claim),
    /// annotated as provisioned by @p provisioner (plus @p moreAnnotations), the claim's size,
    /// access modes and volume mode, the class's name and reclaim policy (Delete adds the
    /// pv-controller finalizer), the claimRef the library sets, and the provisioner's
    /// @p source fields (hostPath, nfs, nodeAffinity...) in its spec.
    static QJsonObject provisionedVolume(const QJsonObject& claim, const QJsonObject& storageClass,
        QLatin1StringView provisioner, const QJsonObject& moreAnnotations, const QJsonObject& source);

private:
    bool isUnboundClaimForUs(const QJsonObject& claim) const;
    void provision(const QJsonObject& claim);

    struct Backoff
    {
        QDateTime retryAt;
        std::chrono::seconds delay {0};
    };

    ClusterState& m_state;
    QHash<QString, Backoff> m_backoff; ///< claim uid → when it may be tried again
};

} // namespace ase::demo
