// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/provisioning/ClaimManifests.h"

#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"
#include "models/resources/Yaml.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ase::provisioning {

namespace {

const QString kVolumeName = u"data"_s; ///< the pod volume that holds the claim
const QString kContainerName = u"app"_s;
constexpr int kMySqlPort = 3306;

QJsonArray stringArray(const QStringList& values)
{
    QJsonArray array;
    for (const QString& value : values)
        array.append(value);
    return array;
}

QJsonObject withOverlay(const QJsonObject& built, const QJsonObject& extras)
{
    return extras.isEmpty() ? built : mergeOverlay(built, extras).toObject();
}

QJsonObject labelsObject(const QMap<QString, QString>& labels)
{
    QJsonObject object;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        object.insert(it.key().trimmed(), it.value().trimmed());
    return object;
}

/// The name of the pod volume (or, with claim templates, of the template) that holds the claim.
QString podVolumeName(const ClaimDraft& draft)
{
    return draft.usesClaimTemplates() ? draft.name.trimmed() : kVolumeName;
}

QJsonObject container(const ClaimDraft& draft)
{
    const ConsumerDraft& c = draft.consumer;
    const bool mysql = c.app == ConsumerApp::MySql;
    QJsonObject container {{u"name"_s, mysql ? u"mysql"_s : kContainerName}, {u"image"_s, c.image.trimmed()},
        {u"volumeMounts"_s,
            QJsonArray {
                QJsonObject {{u"name"_s, podVolumeName(draft)}, {u"mountPath"_s, c.mountPath.trimmed()}}}}};
    if (!c.command.isEmpty())
        container.insert(u"command"_s, stringArray(c.command));
    if (mysql) {
        // The password comes from the Secret at run time; the manifest never holds it.
        const QJsonObject secretRef {{u"name"_s, c.secretName.trimmed()}, {u"key"_s, c.secretKey.trimmed()}};
        container.insert(u"env"_s,
            QJsonArray {QJsonObject {{u"name"_s, u"MYSQL_ROOT_PASSWORD"_s},
                {u"valueFrom"_s, QJsonObject {{u"secretKeyRef"_s, secretRef}}}}});
        container.insert(
            u"ports"_s, QJsonArray {QJsonObject {{u"containerPort"_s, kMySqlPort}, {u"name"_s, u"mysql"_s}}});
    }
    return container;
}

QJsonObject podTemplate(const ClaimDraft& draft, const QJsonObject& labels)
{
    QJsonObject spec {{u"containers"_s, QJsonArray {container(draft)}}};
    if (!draft.usesClaimTemplates()) {
        const QJsonObject volume {{u"name"_s, kVolumeName},
            {u"persistentVolumeClaim"_s, QJsonObject {{u"claimName"_s, draft.name.trimmed()}}}};
        spec.insert(u"volumes"_s, QJsonArray {volume});
    }
    return QJsonObject {{u"metadata"_s, QJsonObject {{u"labels"_s, labels}}}, {u"spec"_s, spec}};
}

/// The claim as a StatefulSet's volumeClaimTemplates entry: its metadata (name, labels)
/// and spec, without apiVersion, kind and namespace (the set's pods' namespace is used).
QJsonObject claimTemplate(const ClaimDraft& draft)
{
    QJsonObject claim = claimManifest(draft);
    QJsonObject meta = metafield::of(claim);
    meta.remove(u"namespace"_s);
    claim.insert(u"metadata"_s, meta);
    claim.remove(u"apiVersion"_s);
    claim.remove(u"kind"_s);
    return claim;
}

void appendPaths(const QJsonValue& value, const QString& path, QStringList& out)
{
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        if (object.isEmpty() && !path.isEmpty() && !path.endsWith(u']'))
            out.append(path);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            appendPaths(it.value(), path.isEmpty() ? it.key() : path + u'.' + it.key(), out);
        return;
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            appendPaths(array.at(i), path + u'[' + QString::number(i) + u']', out);
        return;
    }
    out.append(path);
}

void appendRemoved(const QJsonValue& built, const QJsonValue& written, const QString& path, QStringList& out)
{
    if (built.isObject() && written.isObject()) {
        const QJsonObject b = built.toObject();
        const QJsonObject w = written.toObject();
        for (auto it = b.constBegin(); it != b.constEnd(); ++it) {
            const QString child = path.isEmpty() ? it.key() : path + u'.' + it.key();
            if (!w.contains(it.key()))
                out.append(child);
            else
                appendRemoved(it.value(), w.value(it.key()), child, out);
        }
        return;
    }
    if (built.isArray() && written.isArray()) {
        const QJsonArray b = built.toArray();
        const QJsonArray w = written.toArray();
        for (qsizetype i = 0; i < b.size(); ++i) {
            const QString child = path + u'[' + QString::number(i) + u']';
            if (i >= w.size())
                out.append(child);
            else if (b.at(i).isObject())
                appendRemoved(b.at(i), w.at(i), child, out);
        }
    }
}

} // namespace

QJsonValue mergeOverlay(const QJsonValue& base, const QJsonValue& overlay)
{
    if (base.isObject() && overlay.isObject()) {
        QJsonObject merged = base.toObject();
        const QJsonObject o = overlay.toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it)
            merged.insert(it.key(), mergeOverlay(merged.value(it.key()), it.value()));
        return merged;
    }
    if (base.isArray() && overlay.isArray()) {
        const QJsonArray b = base.toArray();
        const QJsonArray o = overlay.toArray();
        bool objects = true;
        for (const QJsonValue& v : b)
            objects = objects && v.isObject();
        if (!objects)
            return overlay;
        QJsonArray merged;
        for (qsizetype i = 0; i < std::max(b.size(), o.size()); ++i) {
            if (i >= o.size())
                merged.append(b.at(i));
            else if (i >= b.size())
                merged.append(o.at(i));
            else
                merged.append(mergeOverlay(b.at(i), o.at(i)));
        }
        return merged;
    }
    return overlay.isUndefined() ? base : overlay;
}

namespace {

/// The overlay of one value; `changed` says whether the written value differs at all.
QJsonValue overlayValue(const QJsonValue& built, const QJsonValue& written, bool* changed)
{
    if (built.isObject() && written.isObject()) {
        const QJsonObject b = built.toObject();
        const QJsonObject w = written.toObject();
        QJsonObject overlay;
        for (auto it = w.constBegin(); it != w.constEnd(); ++it) {
            bool childChanged = false;
            const QJsonValue child = overlayValue(b.value(it.key()), it.value(), &childChanged);
            if (childChanged)
                overlay.insert(it.key(), child);
        }
        *changed = !overlay.isEmpty();
        return overlay;
    }
    if (built.isArray() && written.isArray()) {
        const QJsonArray b = built.toArray();
        const QJsonArray w = written.toArray();
        bool objects = !b.isEmpty();
        for (const QJsonValue& v : b)
            objects = objects && v.isObject();
        if (!objects || w.size() < b.size()) {
            // Scalars, or elements removed: the written array replaces the built one.
            *changed = b != w;
            return w;
        }
        QJsonArray overlay;
        bool any = false;
        for (qsizetype i = 0; i < w.size(); ++i) {
            bool childChanged = false;
            const QJsonValue child = i < b.size() ? overlayValue(b.at(i), w.at(i), &childChanged)
                                                  : (childChanged = true, w.at(i));
            overlay.append(childChanged ? child : QJsonValue(QJsonObject()));
            any = any || childChanged;
        }
        *changed = any;
        return overlay;
    }
    *changed = built != written;
    return written;
}

} // namespace

QJsonObject overlayOf(const QJsonObject& built, const QJsonObject& written)
{
    bool changed = false;
    return overlayValue(built, written, &changed).toObject();
}

QStringList overlayPaths(const QJsonObject& overlay)
{
    QStringList out;
    appendPaths(overlay, QString(), out);
    return out;
}

QStringList removedPaths(const QJsonObject& built, const QJsonObject& written)
{
    QStringList out;
    appendRemoved(built, written, QString(), out);
    return out;
}

QJsonObject claimManifest(const ClaimDraft& draft)
{
    QJsonObject spec {{u"accessModes"_s, stringArray(accessModeNames(draft.accessModes))},
        {u"resources"_s, QJsonObject {{u"requests"_s, QJsonObject {{u"storage"_s, draft.size.trimmed()}}}}}};
    if (draft.source == ClaimSource::Volume) {
        // Empty, not absent: an absent class would be defaulted and then never match the
        // share's class-less volume.
        spec.insert(u"storageClassName"_s, QString());
        spec.insert(u"volumeName"_s, draft.volumeName.trimmed());
    } else if (!draft.storageClassName.isEmpty()) {
        spec.insert(u"storageClassName"_s, draft.storageClassName.trimmed());
    }
    if (draft.volumeMode == VolumeMode::Block)
        spec.insert(u"volumeMode"_s, u"Block"_s);
    QJsonObject meta {{u"name"_s, draft.name.trimmed()}, {u"namespace"_s, draft.ns.trimmed()}};
    if (!draft.labels.isEmpty())
        meta.insert(u"labels"_s, labelsObject(draft.labels));
    const QJsonObject claim {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, kindname::PersistentVolumeClaim},
        {u"metadata"_s, meta}, {u"spec"_s, spec}};
    return withOverlay(claim, draft.extras);
}

QJsonObject consumerManifest(const ClaimDraft& draft)
{
    const ConsumerDraft& c = draft.consumer;
    if (c.kind != ConsumerKind::Deployment && c.kind != ConsumerKind::StatefulSet)
        return {};
    const QString name = draft.consumerName().trimmed();
    const QJsonObject labels {{u"app"_s, name}};
    QJsonObject spec {{u"replicas"_s, c.replicas}, {u"selector"_s, QJsonObject {{u"matchLabels"_s, labels}}},
        {u"template"_s, podTemplate(draft, labels)}};
    if (c.kind == ConsumerKind::StatefulSet)
        spec.insert(u"serviceName"_s, name);
    else if (c.app == ConsumerApp::MySql)
        // One pod at a time on the claim: the old pod lets go before the new one starts.
        spec.insert(u"strategy"_s, QJsonObject {{u"type"_s, u"Recreate"_s}});
    if (draft.usesClaimTemplates())
        spec.insert(u"volumeClaimTemplates"_s, QJsonArray {claimTemplate(draft)});
    const QJsonObject workload {{u"apiVersion"_s, u"apps/v1"_s},
        {u"kind"_s, c.kind == ConsumerKind::Deployment ? kindname::Deployment : kindname::StatefulSet},
        {u"metadata"_s,
            QJsonObject {{u"name"_s, name}, {u"namespace"_s, draft.ns.trimmed()}, {u"labels"_s, labels}}},
        {u"spec"_s, spec}};
    return withOverlay(workload, c.extras);
}

QJsonObject serviceManifest(const ClaimDraft& draft)
{
    const ConsumerDraft& c = draft.consumer;
    if (c.app != ConsumerApp::MySql
        || (c.kind != ConsumerKind::Deployment && c.kind != ConsumerKind::StatefulSet))
        return {};
    const QString name = draft.consumerName().trimmed();
    const QJsonObject labels {{u"app"_s, name}};
    const QJsonObject service {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Service"_s},
        {u"metadata"_s,
            QJsonObject {{u"name"_s, name}, {u"namespace"_s, draft.ns.trimmed()}, {u"labels"_s, labels}}},
        {u"spec"_s,
            QJsonObject {
                {u"ports"_s, QJsonArray {QJsonObject {{u"port"_s, kMySqlPort}, {u"name"_s, u"mysql"_s}}}},
                {u"selector"_s, labels}, {u"clusterIP"_s, u"None"_s}}}};
    return withOverlay(service, c.serviceExtras);
}

QList<QJsonObject> claimManifests(const ClaimDraft& draft)
{
    QList<QJsonObject> manifests;
    if (!draft.usesClaimTemplates() && !draft.claimExists)
        manifests.append(claimManifest(draft));
    const QJsonObject service = serviceManifest(draft);
    if (!service.isEmpty())
        manifests.append(service);
    const QJsonObject consumer = consumerManifest(draft);
    if (!consumer.isEmpty())
        manifests.append(consumer);
    manifests.append(draft.extraDocuments);
    return manifests;
}

QByteArray claimManifestsYaml(const ClaimDraft& draft)
{
    return toYaml(claimManifests(draft));
}

QByteArray claimManifestsJson(const ClaimDraft& draft)
{
    const QList<QJsonObject> manifests = claimManifests(draft);
    if (manifests.size() == 1)
        return QJsonDocument(manifests.first()).toJson(QJsonDocument::Indented);
    QJsonArray items;
    for (const QJsonObject& manifest : manifests)
        items.append(manifest);
    const QJsonObject list {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"List"_s}, {u"items"_s, items},
        {u"metadata"_s, QJsonObject {{u"resourceVersion"_s, QString()}}}};
    return QJsonDocument(list).toJson(QJsonDocument::Indented);
}

QJsonObject iotEdgeCreateOptions(const ClaimDraft& draft)
{
    const QString share = draft.shareName.isEmpty() ? draft.volumeName : draft.shareName;
    if (share.isEmpty())
        return {};
    QJsonArray mounts;
    for (const QString& target : draft.consumer.iotTargets) {
        if (!target.trimmed().isEmpty())
            mounts.append(QJsonObject {
                {u"Type"_s, u"volume"_s}, {u"Source"_s, share}, {u"Target"_s, target.trimmed()}});
    }
    return QJsonObject {{u"HostConfig"_s, QJsonObject {{u"Mounts"_s, mounts}}}};
}

QByteArray iotEdgeCreateOptionsJson(const ClaimDraft& draft)
{
    const QJsonObject options = iotEdgeCreateOptions(draft);
    return options.isEmpty() ? QByteArray() : QJsonDocument(options).toJson(QJsonDocument::Indented);
}

} // namespace ase::provisioning
