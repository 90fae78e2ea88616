#include "models/provisioning/DraftYaml.h"

#include "models/provisioning/ClaimManifests.h"
#include "models/provisioning/ProvisioningText.h"

#include <QJsonArray>

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
        if (claimIndex < 0 && kind == u"PersistentVolumeClaim" && o.value(u"apiVersion").toString() == u"v1")
            claimIndex = i;
        else if (consumerIndex < 0 && (kind == u"Deployment" || kind == u"StatefulSet")
            && o.value(u"apiVersion").toString() == u"apps/v1")
            consumerIndex = i;
    }
    if (claimIndex < 0) {
        result.error
            = errorAt(1, 1, Text::tr("There is no PersistentVolumeClaim (apiVersion v1) in the text."));
        return result;
    }

    ClaimDraft draft = current;
    draft.extras = {};
    draft.extraDocuments.clear();
    draft.consumer.extras = {};

    // The claim.
    const QJsonObject claim = docs.objects.at(claimIndex);
    const int claimLine = docs.lines.value(claimIndex, 1);
    const QJsonObject meta = objectAt(claim, {u"metadata"});
    const QJsonObject spec = objectAt(claim, {u"spec"});
    draft.name = meta.value(u"name").toString();
    draft.ns = meta.value(u"namespace").toString();
    draft.size = text(objectAt(spec, {u"resources", u"requests"}).value(u"storage"));
    AccessModes modes;
    for (const QJsonValue& mode : spec.value(u"accessModes").toArray()) {
        const auto parsed = accessModeFromName(mode.toString());
        if (!parsed) {
            result.error = errorAt(int(claimIndex) + 1, claimLine,
                Text::tr("spec.accessModes: \"%1\" is not an access mode (ReadWriteOnce, ReadOnlyMany, "
                         "ReadWriteMany or ReadWriteOncePod).")
                    .arg(text(mode)));
            return result;
        }
        modes |= *parsed;
    }
    draft.accessModes = modes;
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
        c.kind = workload.value(u"kind").toString() == u"Deployment" ? ConsumerKind::Deployment
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
    } else if (draft.consumer.kind != ConsumerKind::IotEdge) {
        draft.consumer.kind = ConsumerKind::None;
    }

    // What the form does not know: the overlays and the other documents.
    const QJsonObject builtClaim = claimManifest(draft);
    draft.extras = overlayOf(builtClaim, claim);
    addPaths(result.kept, u"PersistentVolumeClaim"_s, overlayPaths(draft.extras));
    addPaths(result.restored, u"PersistentVolumeClaim"_s, removedPaths(builtClaim, claim));
    if (consumerIndex >= 0) {
        const QJsonObject workload = docs.objects.at(consumerIndex);
        const QJsonObject builtWorkload = consumerManifest(draft);
        draft.consumer.extras = overlayOf(builtWorkload, workload);
        const QString kind = workload.value(u"kind").toString();
        addPaths(result.kept, kind, overlayPaths(draft.consumer.extras));
        addPaths(result.restored, kind, removedPaths(builtWorkload, workload));
    }
    for (qsizetype i = 0; i < docs.objects.size(); ++i) {
        if (i == claimIndex || i == consumerIndex)
            continue;
        draft.extraDocuments.append(docs.objects.at(i));
        result.kept.append(documentLabel(docs.objects.at(i)));
    }
    result.draft = draft;
    return result;
}

} // namespace ase::provisioning
