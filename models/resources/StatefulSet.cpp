// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/StatefulSet.h"

using namespace Qt::StringLiterals;

namespace ase {

QString StatefulSet::claimName(const QString& templateName, int ordinal) const
{
    return templateName + u'-' + metadata.name + u'-' + QString::number(ordinal);
}

StatefulSet StatefulSet::fromJson(const QJsonObject& object)
{
    StatefulSet s;
    s.decodeWorkload(object);
    const QJsonObject spec = object.value("spec"_L1).toObject();
    s.serviceName = spec.value("serviceName"_L1).toString();
    s.volumeClaimTemplates
        = fromJsonArray<PersistentVolumeClaim>(spec.value("volumeClaimTemplates"_L1).toArray());
    return s;
}

} // namespace ase
