// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/provisioning/DraftYaml.h"

#include "models/provisioning/ClaimManifests.h"
#include "models/provisioning/ProvisioningText.h"
#include "models/resources/KindNames.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ase::provisioning {

namespace {

QString text(const QJsonValue& value)
{
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 17);
    return value.toString();
}

QJsonObject objectAt(const QJsonObject& object, std::initializer_list<QStringView> path)
{
    QJsonObject current = object;
    for (const QStringView key : path)
        current = current.value(key).toObject();
    return current;
}

YamlError errorAt(int document, int line, const QString& message)
{
    YamlError error;
    error.document = document;
    error.line = line;
    error.column = 1;
    error.message = message;
    return error;
}

QString documentLabel(const QJsonObject& object)
{
    const QString name = objectAt(object, {u"metadata"}).value(u"name").toString();
    const QString kind = object.value(u"kind").toString();
    return name.isEmpty() ? kind : kind + u' ' + name;
}

void addPaths(QStringList& out, const QString& kind, const QStringList& paths)
{
    for (const QString& path : paths)
        out.append(kind + u' ' + path);
}

} // namespace

DraftFromYaml draftFromYaml(QByteArrayView yaml, const ClaimDraft& current)
{
    DraftFromYaml result;
    const YamlDocuments docs = parseYaml(yaml);
    if (!docs.ok()) {
        result.error = docs.error;
        return result;
    }
    qsizetype claimIndex = -1;
    qsizetype consumerIndex = -1;
    for (qsizetype i = 0; i < docs.objects.size(); ++i) {
        const QJsonObject& o = docs.objects.at(i);
        const QString kind = o.value(u"kind").toString();
        if (claimIndex < 0 && kind == kindname::PersistentVolumeClaim
            && o.value(u"apiVersion").toString() == u"v1")
            claimIndex = i;
        else if (consumerIndex < 0 && (kind == kindname::Deployment || kind == kindname::StatefulSet)
            && o.value(u"apiVersion").toString() == u"apps/v1")
            consumerIndex = i;
    }
    // A StatefulSet may carry the claim as its first volumeClaimTemplates entry.
    QJsonObject claim;
    qsizetype claimDocument = claimIndex;
    if (claimIndex >= 0) {
        claim = docs.objects.at(claimIndex);
    } else if (consumerIndex >= 0) {
        const QJsonObject workload = docs.objects.at(consumerIndex);
        const QJsonArray templates = objectAt(workload, {u"spec"}).value(u"volumeClaimTemplates").toArray();
        if (workload.value(u"kind").toString() == kindname::StatefulSet && !templates.isEmpty()) {
            claim = templates.first().toObject();
            QJsonObject meta = claim.value(u"metadata").toObject();
            meta.insert(u"namespace"_s, objectAt(workload, {u"metadata"}).value(u"namespace"));
            claim.insert(u"metadata"_s, meta);
            claim.insert(u"apiVersion"_s, u"v1"_s);
            claim.insert(u"kind"_s, kindname::PersistentVolumeClaim);
            claimDocument = consumerIndex;
        }
    }
    // A consumer of an existing claim: the text has only the workload; the claim is the one
    // the draft describes.
    const bool existing = claim.isEmpty() && current.claimExists;
    if (existing) {
        ClaimDraft plain = current;
        plain.extras = {};
        claim = claimManifest(plain);
        claimDocument = std::max<qsizetype>(consumerIndex, 0);
    }
    if (claim.isEmpty()) {
        result.error
            = errorAt(1, 1, Text::tr("There is no PersistentVolumeClaim (apiVersion v1) in the text."));
        return result;
    }
    const bool templated = claimIndex < 0 && !existing;

    ClaimDraft draft = current;
    draft.extras = {};
    draft.extraDocuments.clear();
    draft.consumer.extras = {};
    draft.consumer.serviceExtras = {};

    // The claim.
    const int claimLine = docs.lines.value(claimDocument, 1);
    const QJsonObject meta = objectAt(claim, {u"metadata"});
    const QJsonObject spec = objectAt(claim, {u"spec"});
    draft.name = meta.value(u"name").toString();
    draft.ns = meta.value(u"namespace").toString();
    draft.size = text(objectAt(spec, {u"resources", u"requests"}).value(u"storage"));
    AccessModes modes;
    for (const QJsonValue& mode : spec.value(u"accessModes").toArray()) {
        const auto parsed = accessModeFromName(mode.toString());
        if (!parsed) {
            result.error = errorAt(int(claimDocument) + 1, claimLine,
                Text::tr("spec.accessModes: \"%1\" is not an access mode (ReadWriteOnce, ReadOnlyMany, "
                         "ReadWriteMany or ReadWriteOncePod).")
                    .arg(text(mode)));
            return result;
        }
        modes |= *parsed;
    }
    draft.accessModes = modes;
    draft.volumeMode
        = spec.value(u"volumeMode").toString() == u"Block" ? VolumeMode::Block : VolumeMode::Filesystem;
    draft.labels.clear();
    const QJsonObject labels = meta.value(u"labels").toObject();
    for (auto it = labels.constBegin(); it != labels.constEnd(); ++it)
        draft.labels.insert(it.key(), text(it.value()));
    const QString volumeName = spec.value(u"volumeName").toString();
    if (!volumeName.isEmpty()) {
        draft.source = ClaimSource::Volume;
        if (volumeName != draft.volumeName)
            draft.shareName.clear();
        draft.volumeName = volumeName;
    } else {
        draft.source = ClaimSource::StorageClass;
        draft.volumeName.clear();
        draft.shareName.clear();
        draft.storageClassName = spec.value(u"storageClassName").toString();
    }

    // The consumer.
    if (consumerIndex >= 0) {
        const QJsonObject workload = docs.objects.at(consumerIndex);
        ConsumerDraft& c = draft.consumer;
        c.kind = workload.value(u"kind").toString() == kindname::Deployment ? ConsumerKind::Deployment
                                                                            : ConsumerKind::StatefulSet;
        const QString name = objectAt(workload, {u"metadata"}).value(u"name").toString();
        c.name = name == draft.name ? QString() : name;
        const QJsonObject wspec = objectAt(workload, {u"spec"});
        c.replicas = wspec.contains(u"replicas") ? wspec.value(u"replicas").toInt() : 1;
        const QJsonObject container
            = objectAt(wspec, {u"template", u"spec"}).value(u"containers").toArray().at(0).toObject();
        c.image = container.value(u"image").toString();
        c.command.clear();
        for (const QJsonValue& part : container.value(u"command").toArray())
            c.command.append(text(part));
        c.mountPath
            = container.value(u"volumeMounts").toArray().at(0).toObject().value(u"mountPath").toString();
        // The MySQL template: its root password comes from a Secret.
        c.app = ConsumerApp::Generic;
        for (const QJsonValue& env : container.value(u"env").toArray()) {
            const QJsonObject var = env.toObject();
            const QJsonObject ref = objectAt(var, {u"valueFrom", u"secretKeyRef"});
            if (var.value(u"name").toString() == u"MYSQL_ROOT_PASSWORD" && !ref.isEmpty()) {
                c.app = ConsumerApp::MySql;
                c.secretName = ref.value(u"name").toString();
                c.secretKey = ref.value(u"key").toString();
            }
        }
    } else if (draft.consumer.kind != ConsumerKind::IotEdge) {
        draft.consumer.kind = ConsumerKind::None;
    }

    if (templated && !draft.usesClaimTemplates()) {
        result.error = errorAt(int(claimDocument) + 1, claimLine,
            Text::tr(
                "A claim template needs a StatefulSet claiming from a StorageClass (no spec.volumeName)."));
        return result;
    }

    // What the form does not know: the overlays and the other documents.
    const QJsonObject builtClaim = claimManifest(draft);
    draft.extras = overlayOf(builtClaim, claim);
    addPaths(result.kept, kindname::PersistentVolumeClaim, overlayPaths(draft.extras));
    addPaths(result.restored, kindname::PersistentVolumeClaim, removedPaths(builtClaim, claim));
    qsizetype serviceIndex = -1;
    if (draft.consumer.app == ConsumerApp::MySql) {
        const QString name = draft.consumerName();
        for (qsizetype i = 0; i < docs.objects.size() && serviceIndex < 0; ++i) {
            const QJsonObject& o = docs.objects.at(i);
            if (o.value(u"kind").toString() == u"Service" && o.value(u"apiVersion").toString() == u"v1"
                && objectAt(o, {u"metadata"}).value(u"name").toString() == name)
                serviceIndex = i;
        }
        if (serviceIndex >= 0) {
            const QJsonObject written = docs.objects.at(serviceIndex);
            const QJsonObject built = serviceManifest(draft);
            draft.consumer.serviceExtras = overlayOf(built, written);
            addPaths(result.kept, u"Service"_s, overlayPaths(draft.consumer.serviceExtras));
            addPaths(result.restored, u"Service"_s, removedPaths(built, written));
        } else {
            result.restored.append(u"Service "_s + name);
        }
    }
    if (consumerIndex >= 0) {
        const QJsonObject workload = docs.objects.at(consumerIndex);
        const QJsonObject builtWorkload = consumerManifest(draft);
        draft.consumer.extras = overlayOf(builtWorkload, workload);
        const QString kind = workload.value(u"kind").toString();
        addPaths(result.kept, kind, overlayPaths(draft.consumer.extras));
        addPaths(result.restored, kind, removedPaths(builtWorkload, workload));
    }
    for (qsizetype i = 0; i < docs.objects.size(); ++i) {
        if (i == claimIndex || i == consumerIndex || i == serviceIndex)
            continue;
        draft.extraDocuments.append(docs.objects.at(i));
        result.kept.append(documentLabel(docs.objects.at(i)));
    }
    result.draft = draft;
    return result;
}

} // namespace ase::provisioning
