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
    const QString directory = ns(claim) + u'-' + objectedit::name(claim) + u'-' + volumeNameOf(claim);
    QJsonObject source {
        {"nfs"_L1, QJsonObject {{"server"_L1, server}, {"path"_L1, QString(base + u'/' + directory)}}}};
    if (storageClass.contains("mountOptions"_L1))
        source.insert("mountOptions"_L1, storageClass.value("mountOptions"_L1));
    return provisionedVolume(claim, storageClass, Name, {}, source);
}

} // namespace ase::demo
