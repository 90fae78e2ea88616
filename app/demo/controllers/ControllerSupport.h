// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/MetaFields.h"
#include "models/resources/ResourceKind.h"

#include <QJsonObject>
#include <QLatin1StringView>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ase::demo {

class ClusterState;

/// The one Kubernetes node of the demo device (an Azure Stack Edge Pro GPU runs a
/// single-node cluster; its node names start with "k8s-").
namespace demonode {
inline constexpr QLatin1StringView Name {"k8s-ase-node1"};
inline constexpr QLatin1StringView HostIp {"10.100.10.11"};
/// The pod network of an ASE cluster (the device's default 172.27.0.0/16).
inline constexpr QLatin1StringView PodIpPrefix {"172.27."};
} // namespace demonode

/// What a controller pass looks at: everything (a resync) or the objects that changed.
struct SyncScope
{
    bool full = false;
    /// Every claim without pv.kubernetes.io/bind-completed, and every Pending pod: asked for
    /// by a change; DemoControllers turns both into keys (WorkIndex) before a pass.
    bool unboundClaims = false;
    bool pendingPods = false;
    QSet<QString> claims; ///< "ns/name"
    QSet<QString> volumes; ///< PV names
    QSet<QString> pods; ///< "ns/name"
    QSet<QString> workloads; ///< "Kind/ns/name" (Deployment, StatefulSet)

    bool isEmpty() const
    {
        return !full && !unboundClaims && !pendingPods && claims.isEmpty() && volumes.isEmpty()
            && pods.isEmpty() && workloads.isEmpty();
    }
    void merge(const SyncScope& other);
};

/// Small JSON editing helpers the controllers share.
namespace objectedit {

// The metadata readers are models/resources/MetaFields' (metafield::of is objectedit::metadata).
inline QJsonObject metadata(const QJsonObject& object)
{
    return metafield::of(object);
}
using metafield::annotations;
using metafield::name;
using metafield::ns;
using metafield::uid;
bool hasAnnotation(const QJsonObject& object, QLatin1StringView key);
/// Sets an annotation; returns false when it already had that value.
bool setAnnotation(QJsonObject& object, QLatin1StringView key, const QString& value);
/// Removes an annotation (and an empty map); returns false when it was absent.
bool removeAnnotation(QJsonObject& object, QLatin1StringView key);
bool hasFinalizer(const QJsonObject& object, const QString& finalizer);
bool isTerminating(const QJsonObject& object);
/// Sets object[section][key] = value; returns false when it already had that value.
bool setField(QJsonObject& object, QLatin1StringView section, QLatin1StringView key, const QJsonValue& value);
/// The claim names a pod's volumes use (persistentVolumeClaim and generic ephemeral).
QStringList podClaimNames(const QJsonObject& pod);
/// A pod that no longer holds volumes: phase Succeeded or Failed.
bool podIsTerminated(const QJsonObject& pod);

} // namespace objectedit

/// The kinds the controllers use, looked up once.
namespace kinds {
const ResourceKind& persistentVolume();
const ResourceKind& persistentVolumeClaim();
const ResourceKind& storageClass();
const ResourceKind& pod();
const ResourceKind& deployment();
const ResourceKind& statefulSet();
const ResourceKind& secret();
/// apps/v1 ReplicaSet: not served by the demo, but pods of a Deployment are owned by one
/// and its events name it.
const ResourceKind& replicaSet();
} // namespace kinds

} // namespace ase::demo
