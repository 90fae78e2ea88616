// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/provisioning/DraftYaml.h"

#include "models/provisioning/ClaimManifests.h"
#include "models/provisioning/ProvisioningText.h"
#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"

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
    const QString name = metafield::name(object);
    const QString kind = object.value(u"kind").toString();
    return name.isEmpty() ? kind : kind + u' ' + name;
}

void addPaths(QStringList& out, const QString& kind, const QStringList& paths)
{
    for (const QString& path : paths)
        out.append(kind + u' ' + path);
}

/// Where the claim and the workload stand among the documents (-1: none).
struct DocumentRoles
{
    qsizetype claim = -1;
    qsizetype consumer = -1;
};

DocumentRoles findRoles(const QList<QJsonObject>& objects)
{
    DocumentRoles roles;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        const QJsonObject& o = objects.at(i);
        const QString kind = o.value(u"kind").toString();
        if (roles.claim < 0 && kind == kindname::PersistentVolumeClaim
            && o.value(u"apiVersion").toString() == u"v1")
            roles.claim = i;
        else if (roles.consumer < 0 && (kind == kindname::Deployment || kind == kindname::StatefulSet)
            && o.value(u"apiVersion").toString() == u"apps/v1")
            roles.consumer = i;
    }
    return roles;
}

/// The claim the text describes: its own document, else a StatefulSet's first claim
/// template, else (a consumer of an existing claim, the text has only the workload) the
/// claim @p current describes; empty when there is none. @p document: the document it
/// stands in; @p existing: it is @p current's.
QJsonObject claimOf(const QList<QJsonObject>& objects, const DocumentRoles& roles, const ClaimDraft& current,
    qsizetype* document, bool* existing)
{
    *document = roles.claim;
    *existing = false;
    if (roles.claim >= 0)
        return objects.at(roles.claim);
    if (roles.consumer >= 0) {
        const QJsonObject workload = objects.at(roles.consumer);
        const QJsonArray templates = objectAt(workload, {u"spec"}).value(u"volumeClaimTemplates").toArray();
        if (workload.value(u"kind").toString() == kindname::StatefulSet && !templates.isEmpty()) {
            QJsonObject claim = templates.first().toObject();
            QJsonObject meta = metafield::of(claim);
            meta.insert(u"namespace"_s, metafield::field(workload, "namespace"_L1));
            claim.insert(u"metadata"_s, meta);
            claim.insert(u"apiVersion"_s, u"v1"_s);
            claim.insert(u"kind"_s, kindname::PersistentVolumeClaim);
            *document = roles.consumer;
            return claim;
        }
    }
    if (!current.claimExists)
        return {};
    *existing = true;
    ClaimDraft plain = current;
    plain.extras = {};
    *document = std::max<qsizetype>(roles.consumer, 0);
    return claimManifest(plain);
}

/// Reads the claim's fields into @p draft; the error, or "".
QString readClaim(const QJsonObject& claim, ClaimDraft& draft)
{
    const QJsonObject meta = metafield::of(claim);
    const QJsonObject spec = objectAt(claim, {u"spec"});
    draft.name = meta.value(u"name").toString();
    draft.ns = meta.value(u"namespace").toString();
    draft.size = text(objectAt(spec, {u"resources", u"requests"}).value(u"storage"));
    AccessModes modes;
    for (const QJsonValue& mode : spec.value(u"accessModes").toArray()) {
        const auto parsed = accessModeFromName(mode.toString());
        if (!parsed)
            return Text::tr("spec.accessModes: \"%1\" is not an access mode (ReadWriteOnce, ReadOnlyMany, "
                            "ReadWriteMany or ReadWriteOncePod).")
                .arg(text(mode));
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
    return {};
}

/// Reads the workload into the draft's consumer.
void readConsumer(const QJsonObject& workload, ClaimDraft& draft)
{
    ConsumerDraft& c = draft.consumer;
    c.kind = workload.value(u"kind").toString() == kindname::Deployment ? ConsumerKind::Deployment
                                                                        : ConsumerKind::StatefulSet;
    const QString name = metafield::name(workload);
    c.name = name == draft.name ? QString() : name;
    const QJsonObject wspec = objectAt(workload, {u"spec"});
    c.replicas = wspec.contains(u"replicas") ? wspec.value(u"replicas").toInt() : 1;
    const QJsonObject container
        = objectAt(wspec, {u"template", u"spec"}).value(u"containers").toArray().at(0).toObject();
    c.image = container.value(u"image").toString();
    c.command.clear();
    for (const QJsonValue& part : container.value(u"command").toArray())
        c.command.append(text(part));
    c.mountPath = container.value(u"volumeMounts").toArray().at(0).toObject().value(u"mountPath").toString();
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
}

/// The MySQL template's Service among the documents: its overlay kept in the draft; -1
/// when there is none (or no MySQL template).
qsizetype keepService(const QList<QJsonObject>& objects, ClaimDraft& draft, DraftFromYaml& result)
{
    if (draft.consumer.app != ConsumerApp::MySql)
        return -1;
    qsizetype serviceIndex = -1;
    const QString name = draft.consumerName();
    for (qsizetype i = 0; i < objects.size() && serviceIndex < 0; ++i) {
        const QJsonObject& o = objects.at(i);
        if (o.value(u"kind").toString() == u"Service" && o.value(u"apiVersion").toString() == u"v1"
            && metafield::name(o) == name)
            serviceIndex = i;
    }
    if (serviceIndex < 0) {
        result.restored.append(u"Service "_s + name);
        return -1;
    }
    const QJsonObject written = objects.at(serviceIndex);
    const QJsonObject built = serviceManifest(draft);
    draft.consumer.serviceExtras = overlayOf(built, written);
    addPaths(result.kept, u"Service"_s, overlayPaths(draft.consumer.serviceExtras));
    addPaths(result.restored, u"Service"_s, removedPaths(built, written));
    return serviceIndex;
}

/// What the form does not know: the overlays of the claim, the Service and the workload,
/// and the other documents.
void keepUnknown(const QList<QJsonObject>& objects, const DocumentRoles& roles, const QJsonObject& claim,
    ClaimDraft& draft, DraftFromYaml& result)
{
    const QJsonObject builtClaim = claimManifest(draft);
    draft.extras = overlayOf(builtClaim, claim);
    addPaths(result.kept, kindname::PersistentVolumeClaim, overlayPaths(draft.extras));
    addPaths(result.restored, kindname::PersistentVolumeClaim, removedPaths(builtClaim, claim));
    const qsizetype serviceIndex = keepService(objects, draft, result);
    if (roles.consumer >= 0) {
        const QJsonObject workload = objects.at(roles.consumer);
        const QJsonObject builtWorkload = consumerManifest(draft);
        draft.consumer.extras = overlayOf(builtWorkload, workload);
        const QString kind = workload.value(u"kind").toString();
        addPaths(result.kept, kind, overlayPaths(draft.consumer.extras));
        addPaths(result.restored, kind, removedPaths(builtWorkload, workload));
    }
    for (qsizetype i = 0; i < objects.size(); ++i) {
        if (i == roles.claim || i == roles.consumer || i == serviceIndex)
            continue;
        draft.extraDocuments.append(objects.at(i));
        result.kept.append(documentLabel(objects.at(i)));
    }
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
    const DocumentRoles roles = findRoles(docs.objects);
    qsizetype claimDocument = -1;
    bool existing = false;
    const QJsonObject claim = claimOf(docs.objects, roles, current, &claimDocument, &existing);
    if (claim.isEmpty()) {
        result.error
            = errorAt(1, 1, Text::tr("There is no PersistentVolumeClaim (apiVersion v1) in the text."));
        return result;
    }
    const bool templated = roles.claim < 0 && !existing;

    ClaimDraft draft = current;
    draft.extras = {};
    draft.extraDocuments.clear();
    draft.consumer.extras = {};
    draft.consumer.serviceExtras = {};
    const int claimLine = docs.lines.value(claimDocument, 1);
    if (const QString error = readClaim(claim, draft); !error.isEmpty()) {
        result.error = errorAt(int(claimDocument) + 1, claimLine, error);
        return result;
    }
    if (roles.consumer >= 0)
        readConsumer(docs.objects.at(roles.consumer), draft);
    else if (draft.consumer.kind != ConsumerKind::IotEdge)
        draft.consumer.kind = ConsumerKind::None;
    if (templated && !draft.usesClaimTemplates()) {
        result.error = errorAt(int(claimDocument) + 1, claimLine,
            Text::tr(
                "A claim template needs a StatefulSet claiming from a StorageClass (no spec.volumeName)."));
        return result;
    }
    keepUnknown(docs.objects, roles, claim, draft, result);
    result.draft = draft;
    return result;
}

} // namespace ase::provisioning
