// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/arm/ShareVolumes.h"

#include "app/demo/ClusterState.h"
#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ase::demo {

namespace {

ResourceKind pvKind()
{
    return resourceKindByKind(kindname::PersistentVolume);
}

ResourceKind pvcKind()
{
    return resourceKindByKind(kindname::PersistentVolumeClaim);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("ase::demo::ShareVolumes", text);
}

} // namespace

ShareVolumes::ShareVolumes(ClusterState* cluster, const QString& deviceIp)
    : m_cluster(cluster)
    , m_deviceIp(deviceIp)
{ }

QString ShareVolumes::mountPointFor(const QString& shareName)
{
    return u"/home/hcsshares/"_s + shareName;
}

QJsonObject ShareVolumes::persistentVolumeFor(const QJsonObject& share) const
{
    const QString name = share.value(u"name"_s).toString();
    const QJsonObject properties = share.value(u"properties"_s).toObject();
    QJsonObject spec {
        {u"capacity"_s, QJsonObject {{u"storage"_s, u"32Ti"_s}}},
        {u"accessModes"_s, QJsonArray {u"ReadWriteOnce"_s, u"ReadWriteMany"_s}},
        {u"persistentVolumeReclaimPolicy"_s, u"Retain"_s},
        {u"volumeMode"_s, u"Filesystem"_s},
    };
    if (properties.value(u"accessProtocol"_s).toString() == u"NFS") {
        spec.insert(u"nfs"_s, QJsonObject {{u"server"_s, m_deviceIp}, {u"path"_s, QString(u'/' + name)}});
    } else {
        spec.insert(u"flexVolume"_s,
            QJsonObject {{u"driver"_s, u"microsoft.com/smb"_s},
                {u"options"_s,
                    QJsonObject {{u"source"_s, QString(u"//" + m_deviceIp + u'/' + name)},
                        {u"mountoptions"_s, u"vers=3.0,dir_mode=0777,file_mode=0777"_s}}}});
    }
    return QJsonObject {
        {u"apiVersion"_s, u"v1"_s},
        {u"kind"_s, kindname::PersistentVolume},
        {u"metadata"_s,
            QJsonObject {{u"name"_s, name},
                {u"labels"_s, QJsonObject {{u"databoxedge.microsoft.com/share"_s, name}}}}},
        {u"spec"_s, spec},
    };
}

std::optional<CloudError> ShareVolumes::mount(const QJsonObject& share)
{
    if (!m_cluster)
        return std::nullopt;
    const QString name = share.value(u"name"_s).toString();
    if (const auto existing = m_cluster->find(pvKind(), {}, name)) {
        const QString owner
            = metafield::labels(*existing).value(u"databoxedge.microsoft.com/share"_s).toString();
        if (owner == name)
            return std::nullopt;
        return CloudError {409, u"PersistentVolumeExists"_s,
            tr("The share cannot be mounted: the Kubernetes cluster already has a persistent "
               "volume named '%1' that does not belong to the share.")
                .arg(name)};
    }
    WriteOptions options;
    options.fieldManager = u"databoxedge-device"_s;
    const auto created = m_cluster->create(pvKind(), {}, persistentVolumeFor(share), options);
    if (!created.ok())
        return CloudError {500, u"InternalServerError"_s, created.error().message};
    return std::nullopt;
}

std::optional<QString> ShareVolumes::boundClaim(const QString& shareName) const
{
    if (!m_cluster)
        return std::nullopt;
    if (const auto pv = m_cluster->find(pvKind(), {}, shareName)) {
        const QJsonObject claimRef = pv->value(u"spec"_s).toObject().value(u"claimRef"_s).toObject();
        const QString phase = pv->value(u"status"_s).toObject().value(u"phase"_s).toString();
        if (phase == u"Bound" && !claimRef.isEmpty())
            return claimRef.value(u"namespace"_s).toString() + u'/' + claimRef.value(u"name"_s).toString();
    }
    const QList<QJsonObject> claims = m_cluster->objects(pvcKind());
    for (const QJsonObject& claim : claims) {
        if (claim.value(u"spec"_s).toObject().value(u"volumeName"_s).toString() != shareName)
            continue;
        if (claim.value(u"status"_s).toObject().value(u"phase"_s).toString() != u"Bound")
            continue;
        const QJsonObject meta = metafield::of(claim);
        return meta.value(u"namespace"_s).toString() + u'/' + meta.value(u"name"_s).toString();
    }
    return std::nullopt;
}

std::optional<CloudError> ShareVolumes::unmount(const QString& shareName)
{
    if (!m_cluster || !m_cluster->find(pvKind(), {}, shareName))
        return std::nullopt;
    const auto removed = m_cluster->remove(pvKind(), {}, shareName);
    if (!removed.ok())
        return CloudError {500, u"InternalServerError"_s, removed.error().message};
    return std::nullopt;
}

} // namespace ase::demo
