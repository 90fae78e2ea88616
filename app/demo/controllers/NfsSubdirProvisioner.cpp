// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/controllers/NfsSubdirProvisioner.h"

#include "app/demo/controllers/ControllerSupport.h"
#include "models/resources/KindNames.h"
#include "models/resources/WellKnownKeys.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ase::demo {

using namespace objectedit;

QString NfsSubdirProvisioner::component() const
{
    return Name + u"_nfs-subdir-external-provisioner-6f7d8c9b5-r2t8w_5c1e9a7b-3d2f-4e8a-b6c4-7f9e1d3a5b2c"_s;
}

std::variant<QJsonObject, QString> NfsSubdirProvisioner::makeVolume(
    const QJsonObject& claim, const QJsonObject& storageClass, const QString&) const
{
    const QJsonObject parameters = storageClass.value("parameters"_L1).toObject();
    const QString server = parameters.value(ServerParameter).toString();
    const QString base = parameters.value(PathParameter).toString();
    if (server.isEmpty() || base.isEmpty())
        return u"unable to create directory to provision new pv: the class has no server and path parameters"_s;
    const QJsonObject spec = claim.value("spec"_L1).toObject();
    const QString volumeName = u"pvc-"_s + uid(claim);
    const QString directory = ns(claim) + u'-' + objectedit::name(claim) + u'-' + volumeName;
    const QString reclaimPolicy = storageClass.value("reclaimPolicy"_L1).toString(u"Delete"_s);
    QJsonObject meta {{"name"_L1, volumeName},
        {"annotations"_L1, QJsonObject {{keys::ProvisionedBy, Name}, {keys::BoundByController, "yes"_L1}}}};
    if (reclaimPolicy == u"Delete")
        meta.insert("finalizers"_L1, QJsonArray {u"kubernetes.io/pv-controller"_s});
    const QJsonObject pvSpec {
        {"capacity"_L1,
            QJsonObject {{"storage"_L1,
                spec.value("resources"_L1).toObject().value("requests"_L1).toObject().value("storage"_L1)}}},
        {"accessModes"_L1, spec.value("accessModes"_L1)},
        {"persistentVolumeReclaimPolicy"_L1, reclaimPolicy},
        {"storageClassName"_L1, objectedit::name(storageClass)},
        {"volumeMode"_L1, spec.value("volumeMode"_L1).toString(u"Filesystem"_s)},
        {"claimRef"_L1, claimRefOf(claim)},
        {"nfs"_L1, QJsonObject {{"server"_L1, server}, {"path"_L1, QString(base + u'/' + directory)}}},
        {"mountOptions"_L1, storageClass.value("mountOptions"_L1)},
    };
    QJsonObject cleaned = pvSpec;
    if (!storageClass.contains("mountOptions"_L1))
        cleaned.remove("mountOptions"_L1);
    return QJsonObject {{"apiVersion"_L1, "v1"_L1}, {"kind"_L1, kindname::PersistentVolume},
        {"metadata"_L1, meta}, {"spec"_L1, cleaned}};
}

} // namespace ase::demo
