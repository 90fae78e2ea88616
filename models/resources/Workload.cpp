// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/Workload.h"

#include "models/resources/JsonFields.h"
#include "models/resources/MetaFields.h"

using namespace Qt::StringLiterals;

namespace ase {

void Workload::decodeWorkload(const QJsonObject& object)
{
    m_json = object;
    metadata = ObjectMeta::fromJson(metafield::of(object));
    const QJsonObject spec = object.value("spec"_L1).toObject();
    replicas = static_cast<int>(jsonfield::integer(spec.value("replicas"_L1), 1));
    readyReplicas = static_cast<int>(
        jsonfield::integer(object.value("status"_L1).toObject().value("readyReplicas"_L1)));
    podTemplate = PodSpecSummary::fromJson(spec.value("template"_L1).toObject().value("spec"_L1).toObject());
}

} // namespace ase
