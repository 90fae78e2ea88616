// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/controllers/LocalPathProvisioner.h"

#include "app/demo/ClusterState.h"
#include "app/demo/controllers/ControllerSupport.h"
#include "models/resources/KindNames.h"
#include "models/resources/WellKnownKeys.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ase::demo {

using namespace objectedit;

QString LocalPathProvisioner::component() const
{
    return Name + u"_local-path-provisioner-7b7dc8d6f5-x4m2k_0d2f3c5e-8a1b-4c6d-9e7f-1a2b3c4d5e6f"_s;
}

std::variant<QJsonObject, QString> LocalPathProvisioner::makeVolume(
    const QJsonObject& claim, const QJsonObject& storageClass, const QString& node) const
{
    const QJsonObject spec = claim.value("spec"_L1).toObject();
    for (const QJsonValue& mode : spec.value("accessModes"_L1).toArray()) {
        if (mode.toString() != u"ReadWriteOnce" && mode.toString() != u"ReadWriteOncePod")
            return u"NodePath only supports ReadWriteOnce and ReadWriteOncePod (1.22+) access modes"_s;
    }
    if (node.isEmpty())
        return u"configuration error, no node was specified"_s;
    if (spec.contains("selector"_L1))
        return u"claim.Spec.Selector is not supported"_s;
    return volumeFor(claim, storageClass, node);
}

QJsonObject LocalPathProvisioner::volumeFor(
    const QJsonObject& claim, const QJsonObject& storageClass, const QString& node)
{
    const QJsonObject nodeAffinity {{"required"_L1,
        QJsonObject {{"nodeSelectorTerms"_L1,
            QJsonArray {QJsonObject {{"matchExpressions"_L1,
                QJsonArray {QJsonObject {{"key"_L1, keys::HostnameLabel}, {"operator"_L1, "In"_L1},
                    {"values"_L1, QJsonArray {node}}}}}}}}}}};
    const QString path
        = BasePath + u'/' + volumeNameOf(claim) + u'_' + ns(claim) + u'_' + objectedit::name(claim);
    return provisionedVolume(claim, storageClass, Name, {{"local.path.provisioner/selected-node"_L1, node}},
        {{"hostPath"_L1, QJsonObject {{"path"_L1, path}, {"type"_L1, "DirectoryOrCreate"_L1}}},
            {"nodeAffinity"_L1, nodeAffinity}});
}

} // namespace ase::demo
