// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/AccessModes.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/// The typed drafts the provisioning wizards edit and their command twins fill from flags.
/// A draft is plain data: the manifests are a pure function of it (ClaimManifests.h), the
/// checks too (ClaimChecks.h), so the preview, the checks, the dry-run, the apply and the
/// exported YAML all come from one place.
namespace ase::provisioning {

/// How the claim gets its volume.
enum class ClaimSource : quint8 {
    Volume, ///< static: `volumeName: <pv>` and `storageClassName: ""` (a share's PV)
    StorageClass, ///< dynamic: `storageClassName: <class>`, the provisioner makes the PV
};

/// What consumes the claim, next to it.
enum class ConsumerKind : quint8 {
    None,
    Deployment, ///< a Deployment whose pods mount the claim
    StatefulSet, ///< a StatefulSet whose pods mount the claim (one claim shared by all)
    IotEdge, ///< an IoT Edge module's HostConfig.Mounts for the share (not sent to the cluster)
};

/// What the workload runs: any image, or a template in the shape of a known app.
enum class ConsumerApp : quint8 {
    Generic, ///< the image, command and mount path as given
    /// MySQL in the shape of the device's stateful-application example: one replica, port
    /// 3306, the claim at /var/lib/mysql, a headless Service, and the root password taken
    /// from a Secret the user names (never a literal password in the manifest).
    MySql,
};

/// "generic", "mysql" (the CLI's --template values).
QString consumerAppName(ConsumerApp app);
/// The app for a --template value; false when the name is unknown.
bool consumerAppFromName(const QString& name, ConsumerApp* app);

/// Filesystem (the default, left out of the manifest) or Block (a raw device).
enum class VolumeMode : quint8 { Filesystem, Block };

/// "none", "deployment", "statefulset", "iotedge" (the CLI's --consumer values).
QString consumerKindName(ConsumerKind kind);
/// The kind for a --consumer value; false when the name is unknown.
bool consumerKindFromName(const QString& name, ConsumerKind* kind);

/// The workload (or IoT Edge module mounts) that uses the claim.
struct ConsumerDraft
{
    ConsumerKind kind = ConsumerKind::None;
    ConsumerApp app = ConsumerApp::Generic;
    QString name; ///< the workload's name; empty = the claim's name
    QString image = QStringLiteral("busybox:1.36");
    /// The container's command; the default keeps a busybox container running.
    QStringList command = {QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("sleep infinity")};
    QString mountPath = QStringLiteral("/data"); ///< where the claim appears in the container
    int replicas = 1;
    /// IoT Edge: one `Target` per path, each mounting the share (`Type: volume`).
    QStringList iotTargets = {QStringLiteral("/home/input"), QStringLiteral("/home/output")};

    /// MySQL: the Secret (in the claim's namespace) and its key that hold the root password.
    QString secretName;
    QString secretKey = QStringLiteral("password");

    /// Fields of the workload manifest the form does not know, kept as the user wrote
    /// them in the YAML editor (merged over what the builder makes).
    QJsonObject extras;
    /// The same for the MySQL template's headless Service.
    QJsonObject serviceExtras;

    /// Switches to @p app and puts its defaults in (MySQL: image, mount path, one
    /// replica, no command); Generic gets the generic defaults back.
    void setApp(ConsumerApp app);

    bool operator==(const ConsumerDraft&) const = default;
};

/// A PersistentVolumeClaim to create, and optionally its consumer.
struct ClaimDraft
{
    ClaimSource source = ClaimSource::Volume;
    /// Static: the device share the volume belongs to ("" when a plain PV was picked).
    QString shareName;
    /// Static: spec.volumeName, the PV to bind (a share's PV is named after the share).
    QString volumeName;
    /// Dynamic: spec.storageClassName.
    QString storageClassName;

    QString name;
    QString ns = QStringLiteral("default");
    QString size = QStringLiteral("10Gi"); ///< spec.resources.requests.storage, as typed
    AccessModes accessModes = AccessMode::ReadWriteMany;
    VolumeMode volumeMode = VolumeMode::Filesystem;
    QMap<QString, QString> labels; ///< metadata.labels of the claim
    /// The claim exists already ("Why Pending?" → create a consumer): only the consumer is
    /// sent; the claim's fields describe it for the checks and the workload's volume.
    bool claimExists = false;

    /// Fields of the claim the form does not know, kept as written (see ConsumerDraft).
    QJsonObject extras;
    /// Whole documents the form does not know (a Service, a ConfigMap...), kept as written
    /// after the claim and the consumer.
    QList<QJsonObject> extraDocuments;

    ConsumerDraft consumer;

    /// The consumer's effective name (its own, else the claim's).
    QString consumerName() const { return consumer.name.isEmpty() ? name : consumer.name; }
    /// A StatefulSet of a dynamic claim gives each pod its own claim through
    /// `volumeClaimTemplates` (named `<claim>-<set>-<ordinal>`) instead of sharing one;
    /// the claim is then a template, not a document of its own.
    bool usesClaimTemplates() const
    {
        return source == ClaimSource::StorageClass && consumer.kind == ConsumerKind::StatefulSet
            && !claimExists;
    }
    /// The claims the cluster will hold: the claim's name, or with claim templates one
    /// per replica (`<claim>-<set>-0`, ...).
    QStringList claimNames() const;

    bool operator==(const ClaimDraft&) const = default;

    /// The seed's static example: a claim of 10Gi ReadWriteMany on a share's volume.
    static ClaimDraft forShare(const QString& shareName);
    /// A static claim on an existing PV; the size and modes are left to the caller.
    static ClaimDraft forVolume(const QString& volumeName);
    /// A consumer for an existing claim (its name, namespace, class, size and modes);
    /// a Deployment by default.
    static ClaimDraft forExistingClaim(const QString& ns, const QString& name, const QString& className,
        const QString& size, AccessModes modes);
    /// A dynamic claim from a StorageClass: ReadWriteOnce, 10Gi. An empty @p className
    /// leaves storageClassName out: the cluster's default class is filled in.
    static ClaimDraft forStorageClass(const QString& className);
};

} // namespace ase::provisioning
