// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The builders of what the app sends and saves: YAML text mapped onto a claim draft and the
// manifests built from it (the wizard's "Edit YAML"), the clean export of any object, and a
// share read from the device mapped onto a share draft, its checks and its request body.

#include "models/provisioning/ClaimManifests.h"
#include "models/provisioning/DraftYaml.h"
#include "models/provisioning/ShareDraft.h"
#include "models/resources/CleanExport.h"
#include "models/resources/Share.h"
#include "models/resources/Yaml.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace ase;
using namespace ase::provisioning;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input = fuzz::bytes(data, size);

    for (const ClaimDraft& current :
        {ClaimDraft::forShare(u"data"_s), ClaimDraft::forStorageClass(u"ase-node-local"_s)}) {
        const DraftFromYaml mapped = draftFromYaml(input, current);
        if (!mapped.ok())
            continue;
        (void)claimManifests(mapped.draft);
        (void)claimManifestsYaml(mapped.draft);
        (void)claimManifestsJson(mapped.draft);
        (void)iotEdgeCreateOptionsJson(mapped.draft);
    }

    const YamlDocuments docs = parseYaml(input);
    QList<QJsonObject> objects = docs.objects;
    const QJsonDocument json = QJsonDocument::fromJson(input.toByteArray());
    if (json.isObject())
        objects << json.object();
    for (const QJsonObject& object : std::as_const(objects)) {
        const QJsonObject clean = cleanForExport(object);
        if (cleanForExport(clean) != clean)
            fuzz::violated("a clean export is clean");
        (void)toYaml(clean);

        const Share share = Share::fromJson(object);
        const ShareDraft draft = draftFromShare(share);
        ShareContext context;
        context.shares << share;
        context.users << u"edgeuser"_s;
        (void)checkShareDraft(draft, context);
        (void)shareRequestBody(draft,
            u"/subscriptions/s/resourceGroups/g/providers/Microsoft.DataBoxEdge/dataBoxEdgeDevices/d"_s);
    }
    return 0;
}
