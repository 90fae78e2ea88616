// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/TablePrinter.h"

#include "models/resources/AccessModes.h"
#include "models/resources/KindNames.h"
#include "models/resources/KubeTime.h"
#include "models/resources/MetaFields.h"
#include "models/resources/Quantity.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace ase::demo {

namespace {

struct Column
{
    const char* name;
    const char* type;
    const char* description;
    int priority;
};

QList<Column> columnsOf(const QString& kind)
{
    static const char* nameDescription
        = "Name must be unique within a namespace. Is required when creating "
          "resources, although some resources may allow a client to request the "
          "generation of an appropriate name automatically. Name is primarily "
          "intended for creation idempotence and configuration definition. Cannot "
          "be updated.";
    static const char* ageDescription = "CreationTimestamp is a timestamp representing the server time when "
                                        "this object was created.";
    if (kind == kindname::PersistentVolume)
        return {{"Name", "string", nameDescription, 0},
            {"Capacity", "string",
                "capacity is the description of the persistent volume's resources and capacity.", 0},
            {"Access Modes", "string", "accessModes contains all ways the volume can be mounted.", 0},
            {"Reclaim Policy", "string",
                "persistentVolumeReclaimPolicy defines what happens to a persistent volume when released "
                "from its claim.",
                0},
            {"Status", "string",
                "phase indicates if a volume is available, bound to a claim, or released by a claim.", 0},
            {"Claim", "string",
                "claimRef is part of a bi-directional binding between PersistentVolume and "
                "PersistentVolumeClaim.",
                0},
            {"StorageClass", "string", "StorageClass of the pv", 0},
            {"VolumeAttributesClass", "string", "VolumeAttributesClass of the pv", 0},
            {"Reason", "string",
                "reason is a brief CamelCase string that describes any failure and is meant for machine "
                "parsing and tidy display in the CLI.",
                0},
            {"Age", "string", ageDescription, 0},
            {"VolumeMode", "string",
                "volumeMode defines if a volume is intended to be used with a formatted filesystem or to "
                "remain in raw block state.",
                1}};
    if (kind == kindname::PersistentVolumeClaim)
        return {{"Name", "string", nameDescription, 0},
            {"Status", "string", "phase represents the current phase of PersistentVolumeClaim.", 0},
            {"Volume", "string",
                "volumeName is the binding reference to the PersistentVolume backing this claim.", 0},
            {"Capacity", "string", "capacity represents the actual resources of the underlying volume.", 0},
            {"Access Modes", "string",
                "accessModes contains the actual access modes the volume backing the PVC has.", 0},
            {"StorageClass", "string", "StorageClass of the pvc", 0},
            {"VolumeAttributesClass", "string", "VolumeAttributesClass of the pvc", 0},
            {"Age", "string", ageDescription, 0},
            {"VolumeMode", "string", "volumeMode defines what type of volume is required by the claim.", 1}};
    if (kind == kindname::StorageClass)
        return {{"Name", "string", nameDescription, 0},
            {"Provisioner", "string", "provisioner indicates the type of the provisioner.", 0},
            {"ReclaimPolicy", "string",
                "reclaimPolicy controls the reclaimPolicy for dynamically provisioned PersistentVolumes of "
                "this storage class.",
                0},
            {"VolumeBindingMode", "string",
                "volumeBindingMode indicates how PersistentVolumeClaims should be provisioned and bound.", 0},
            {"AllowVolumeExpansion", "string",
                "allowVolumeExpansion shows whether the storage class allow volume expand.", 0},
            {"Age", "string", ageDescription, 0}};
    if (kind == kindname::Pod)
        return {{"Name", "string", nameDescription, 0},
            {"Ready", "string", "The aggregate readiness state of this pod for accepting traffic.", 0},
            {"Status", "string", "The aggregate status of the containers in this pod.", 0},
            {"Restarts", "string",
                "The number of times the containers in this pod have been restarted and when the last "
                "container in this pod has restarted.",
                0},
            {"Age", "string", ageDescription, 0},
            {"IP", "string",
                "podIP address allocated to the pod. Routable at least within the cluster. Empty if not yet "
                "allocated.",
                1},
            {"Node", "string", "nodeName indicates in which node this pod is scheduled.", 1},
            {"Nominated Node", "string",
                "nominatedNodeName is set only when this pod preempts other pods on the node, but it cannot "
                "be scheduled right away as preemption victims receive their graceful termination periods.",
                1},
            {"Readiness Gates", "string",
                "If specified, all readiness gates will be evaluated for pod readiness.", 1}};
    if (kind == kindname::Deployment)
        return {{"Name", "string", nameDescription, 0},
            {"Ready", "string", "Number of the pod with ready state", 0},
            {"Up-to-date", "string",
                "Total number of non-terminated pods targeted by this deployment that have the desired "
                "template spec.",
                0},
            {"Available", "string",
                "Total number of available pods (ready for at least minReadySeconds) targeted by this "
                "deployment.",
                0},
            {"Age", "string", ageDescription, 0},
            {"Containers", "string", "Names of each container in the template.", 1},
            {"Images", "string", "Images referenced by each container in the template.", 1},
            {"Selector", "string",
                "Label selector for pods. Existing ReplicaSets whose pods are selected by this will be the "
                "ones affected by this deployment.",
                1}};
    if (kind == kindname::StatefulSet)
        return {{"Name", "string", nameDescription, 0},
            {"Ready", "string", "Number of the pod with ready state", 0},
            {"Age", "string", ageDescription, 0},
            {"Containers", "string", "Names of each container in the template.", 1},
            {"Images", "string", "Images referenced by each container in the template.", 1}};
    if (kind == kindname::Namespace)
        return {{"Name", "string", nameDescription, 0},
            {"Status", "string", "The status of the namespace", 0}, {"Age", "string", ageDescription, 0}};
    if (kind == kindname::Event)
        return {{"Last Seen", "string",
                    "The time at which the most recent occurrence of this event was recorded.", 0},
            {"Type", "string",
                "Type of this event (Normal, Warning), new types could be added in the future.", 0},
            {"Reason", "string",
                "This should be a short, machine understandable string that gives the reason for the "
                "transition into the object's current status.",
                0},
            {"Object", "string", "The object that this event is about.", 0},
            {"Subobject", "string", "The subobject that this event is about.", 1},
            {"Source", "string",
                "The component reporting this event. Should be a short machine understandable string.", 1},
            {"Message", "string", "A human-readable description of the status of this operation.", 0},
            {"First Seen", "string",
                "The time at which the event was first recorded. (Time of server receipt is in TypeMeta.)",
                1},
            {"Count", "integer", "The number of times this event has occurred.", 1},
            {"Name", "string", nameDescription, 1}};
    if (kind == u"ConfigMap")
        return {{"Name", "string", nameDescription, 0},
            {"Data", "string", "Data contains the configuration data.", 0},
            {"Age", "string", ageDescription, 0}};
    return {{"Name", "string", nameDescription, 0}, {"Age", "string", ageDescription, 0}};
}

QString age(const QJsonObject& object, const QDateTime& now)
{
    return kubectlAge(parseJsonTime(metafield::field(object, "creationTimestamp"_L1)), now);
}

QString since(const QJsonValue& time, const QDateTime& now)
{
    return kubectlAge(parseJsonTime(time), now);
}

QString quantityString(const QJsonValue& value)
{
    if (!value.isString())
        return u"0"_s;
    const std::optional<Quantity> q = Quantity::parse(value.toString());
    return q ? q->toString() : value.toString();
}

QString storageClassOf(const QJsonObject& object)
{
    const QJsonObject annotations = metafield::annotations(object);
    const QJsonValue beta = annotations.value("volume.beta.kubernetes.io/storage-class"_L1);
    if (beta.isString())
        return beta.toString();
    return object.value("spec"_L1).toObject().value("storageClassName"_L1).toString();
}

QString volumeModeOf(const QJsonObject& spec)
{
    const QJsonValue mode = spec.value("volumeMode"_L1);
    return mode.isString() ? mode.toString() : u"<unset>"_s;
}

QString vacOf(const QJsonObject& spec)
{
    const QString vac = spec.value("volumeAttributesClassName"_L1).toString();
    return vac.isEmpty() ? u"<unset>"_s : vac;
}

bool isTerminating(const QJsonObject& object)
{
    return metafield::of(object).contains("deletionTimestamp"_L1);
}

QString joinField(const QJsonArray& items, const QString& field)
{
    QStringList out;
    for (const QJsonValue& v : items)
        out.append(v.toObject().value(field).toString());
    return out.join(u',');
}

QString formatLabelSelector(const QJsonObject& selector)
{
    QStringList parts;
    const QJsonObject labels = selector.value("matchLabels"_L1).toObject();
    for (auto it = labels.begin(); it != labels.end(); ++it)
        parts.append(it.key() + u'=' + it.value().toString());
    for (const QJsonValue& e : selector.value("matchExpressions"_L1).toArray()) {
        const QJsonObject expr = e.toObject();
        const QString op = expr.value("operator"_L1).toString();
        QStringList values;
        for (const QJsonValue& v : expr.value("values"_L1).toArray())
            values.append(v.toString());
        const QString key = expr.value("key"_L1).toString();
        if (op == u"In")
            parts.append(key + u" in (" + values.join(u',') + u')');
        else if (op == u"NotIn")
            parts.append(key + u" notin (" + values.join(u',') + u')');
        else if (op == u"Exists")
            parts.append(key);
        else if (op == u"DoesNotExist")
            parts.append(u'!' + key);
    }
    return parts.isEmpty() ? u"<none>"_s : parts.join(u',');
}

QJsonArray pvCells(const QJsonObject& pv, const QDateTime& now)
{
    const QJsonObject spec = pv.value("spec"_L1).toObject();
    const QJsonObject claimRef = spec.value("claimRef"_L1).toObject();
    const QString claim = claimRef.isEmpty()
        ? QString()
        : QString(claimRef.value("namespace"_L1).toString() + u'/' + claimRef.value("name"_L1).toString());
    const QString reclaim = spec.value("persistentVolumeReclaimPolicy"_L1).toString();
    const QJsonObject status = pv.value("status"_L1).toObject();
    return {metafield::name(pv), quantityString(spec.value("capacity"_L1).toObject().value("storage"_L1)),
        accessModesAbbreviation(accessModesFromJson(spec.value("accessModes"_L1))), reclaim,
        isTerminating(pv) ? u"Terminating"_s : status.value("phase"_L1).toString(), claim, storageClassOf(pv),
        vacOf(spec), status.value("reason"_L1).toString(), age(pv, now), volumeModeOf(spec)};
}

QJsonArray pvcCells(const QJsonObject& pvc, const QDateTime& now)
{
    const QJsonObject spec = pvc.value("spec"_L1).toObject();
    const QJsonObject status = pvc.value("status"_L1).toObject();
    const QString volume = spec.value("volumeName"_L1).toString();
    QString capacity;
    QString modes;
    if (!volume.isEmpty()) {
        modes = accessModesAbbreviation(accessModesFromJson(status.value("accessModes"_L1)));
        capacity = quantityString(status.value("capacity"_L1).toObject().value("storage"_L1));
    }
    return {metafield::name(pvc), isTerminating(pvc) ? u"Terminating"_s : status.value("phase"_L1).toString(),
        volume, capacity, modes, storageClassOf(pvc), vacOf(spec), age(pvc, now), volumeModeOf(spec)};
}

QJsonArray storageClassCells(const QJsonObject& sc, const QDateTime& now)
{
    const QJsonObject annotations = metafield::annotations(sc);
    QString name = metafield::name(sc);
    if (annotations.value("storageclass.kubernetes.io/is-default-class"_L1).toString() == u"true"
        || annotations.value("storageclass.beta.kubernetes.io/is-default-class"_L1).toString() == u"true")
        name += u" (default)"_s;
    const QJsonValue reclaim = sc.value("reclaimPolicy"_L1);
    const QJsonValue binding = sc.value("volumeBindingMode"_L1);
    return {name, sc.value("provisioner"_L1).toString(),
        reclaim.isString() ? reclaim.toString() : u"Delete"_s,
        binding.isString() ? binding.toString() : u"Immediate"_s,
        sc.value("allowVolumeExpansion"_L1).toBool() ? u"true"_s : u"false"_s, age(sc, now)};
}

QJsonArray podCells(const QJsonObject& pod, const QDateTime& now)
{
    const QJsonObject spec = pod.value("spec"_L1).toObject();
    const QJsonObject status = pod.value("status"_L1).toObject();
    const QJsonArray containers = spec.value("containers"_L1).toArray();
    int ready = 0;
    qint64 restarts = 0;
    QString reason = status.value("phase"_L1).toString();
    if (!status.value("reason"_L1).toString().isEmpty())
        reason = status.value("reason"_L1).toString();
    for (const QJsonValue& cs : status.value("containerStatuses"_L1).toArray()) {
        const QJsonObject c = cs.toObject();
        restarts += c.value("restartCount"_L1).toInteger();
        if (c.value("ready"_L1).toBool())
            ++ready;
        const QJsonObject state = c.value("state"_L1).toObject();
        const QString waiting = state.value("waiting"_L1).toObject().value("reason"_L1).toString();
        if (!waiting.isEmpty())
            reason = waiting;
    }
    if (isTerminating(pod))
        reason = u"Terminating"_s;
    const auto orNone = [](const QString& s) { return s.isEmpty() ? u"<none>"_s : s; };
    return {metafield::name(pod), u"%1/%2"_s.arg(ready).arg(containers.size()), reason,
        QString::number(restarts), age(pod, now), orNone(status.value("podIP"_L1).toString()),
        orNone(spec.value("nodeName"_L1).toString()), orNone(status.value("nominatedNodeName"_L1).toString()),
        u"<none>"_s};
}

QJsonArray deploymentCells(const QJsonObject& d, const QDateTime& now)
{
    const QJsonObject spec = d.value("spec"_L1).toObject();
    const QJsonObject status = d.value("status"_L1).toObject();
    const QJsonArray containers
        = spec.value("template"_L1).toObject().value("spec"_L1).toObject().value("containers"_L1).toArray();
    const qint64 desired = spec.contains("replicas"_L1) ? spec.value("replicas"_L1).toInteger() : 1;
    return {metafield::name(d), u"%1/%2"_s.arg(status.value("readyReplicas"_L1).toInteger()).arg(desired),
        status.value("updatedReplicas"_L1).toInteger(), status.value("availableReplicas"_L1).toInteger(),
        age(d, now), joinField(containers, u"name"_s), joinField(containers, u"image"_s),
        formatLabelSelector(spec.value("selector"_L1).toObject())};
}

QJsonArray statefulSetCells(const QJsonObject& s, const QDateTime& now)
{
    const QJsonObject spec = s.value("spec"_L1).toObject();
    const QJsonObject status = s.value("status"_L1).toObject();
    const QJsonArray containers
        = spec.value("template"_L1).toObject().value("spec"_L1).toObject().value("containers"_L1).toArray();
    const qint64 desired = spec.contains("replicas"_L1) ? spec.value("replicas"_L1).toInteger() : 1;
    return {metafield::name(s), u"%1/%2"_s.arg(status.value("readyReplicas"_L1).toInteger()).arg(desired),
        age(s, now), joinField(containers, u"name"_s), joinField(containers, u"image"_s)};
}

QJsonArray eventCells(const QJsonObject& e, const QDateTime& now)
{
    QString first = since(e.value("firstTimestamp"_L1), now);
    if (!e.value("firstTimestamp"_L1).isString())
        first = since(e.value("eventTime"_L1), now);
    QString last = e.value("lastTimestamp"_L1).isString() ? since(e.value("lastTimestamp"_L1), now) : first;
    const QJsonObject involved = e.value("involvedObject"_L1).toObject();
    const QString kind = involved.value("kind"_L1).toString().toLower();
    const QString name = involved.value("name"_L1).toString();
    const QString target = name.isEmpty() ? kind : QString(kind + u'/' + name);
    const QJsonObject source = e.value("source"_L1).toObject();
    QString sourceText = source.value("component"_L1).toString();
    if (sourceText.isEmpty())
        sourceText = e.value("reportingComponent"_L1).toString();
    if (!source.value("host"_L1).toString().isEmpty())
        sourceText += u", "_s + source.value("host"_L1).toString();
    return {last, e.value("type"_L1).toString(), e.value("reason"_L1).toString(), target,
        involved.value("fieldPath"_L1).toString(), sourceText, e.value("message"_L1).toString().trimmed(),
        first, e.value("count"_L1).toInteger(), metafield::name(e)};
}

QJsonArray configMapCells(const QJsonObject& configMap, const QDateTime& now)
{
    return {metafield::name(configMap),
        configMap.value("data"_L1).toObject().size() + configMap.value("binaryData"_L1).toObject().size(),
        age(configMap, now)};
}

QJsonArray namespaceCells(const QJsonObject& ns, const QDateTime& now)
{
    return {metafield::name(ns), ns.value("status"_L1).toObject().value("phase"_L1).toString(), age(ns, now)};
}

} // namespace

QJsonArray TablePrinter::columnDefinitions(const ResourceKind& kind)
{
    QJsonArray out;
    for (const Column& c : columnsOf(kind.kind)) {
        const QString name = QString::fromLatin1(c.name);
        out.append(QJsonObject {{"name"_L1, name}, {"type"_L1, QString::fromLatin1(c.type)},
            {"format"_L1, name == u"Name" ? u"name"_s : QString()},
            {"description"_L1, QString::fromLatin1(c.description)}, {"priority"_L1, c.priority}});
    }
    return out;
}

QJsonArray TablePrinter::cells(const ResourceKind& kind, const QJsonObject& object, const QDateTime& now)
{
    if (kind.kind == kindname::PersistentVolume)
        return pvCells(object, now);
    if (kind.kind == kindname::PersistentVolumeClaim)
        return pvcCells(object, now);
    if (kind.kind == kindname::StorageClass)
        return storageClassCells(object, now);
    if (kind.kind == kindname::Pod)
        return podCells(object, now);
    if (kind.kind == kindname::Deployment)
        return deploymentCells(object, now);
    if (kind.kind == kindname::StatefulSet)
        return statefulSetCells(object, now);
    if (kind.kind == kindname::Namespace)
        return namespaceCells(object, now);
    if (kind.kind == kindname::Event)
        return eventCells(object, now);
    if (kind.kind == u"ConfigMap")
        return configMapCells(object, now);
    return {metafield::name(object), age(object, now)};
}

QJsonObject TablePrinter::row(
    const ResourceKind& kind, const QJsonObject& object, const QDateTime& now, IncludeObject include)
{
    QJsonObject row {{"cells"_L1, cells(kind, object, now)}};
    if (include == IncludeObject::Metadata) {
        row.insert("object"_L1,
            QJsonObject {{"kind"_L1, "PartialObjectMetadata"_L1}, {"apiVersion"_L1, "meta.k8s.io/v1"_L1},
                {"metadata"_L1, object.value("metadata"_L1)}});
    } else if (include == IncludeObject::Object) {
        row.insert("object"_L1, object);
    }
    return row;
}

QJsonObject TablePrinter::table(const ResourceKind& kind, const QList<QJsonObject>& objects,
    const QDateTime& now, const QJsonObject& listMetadata, IncludeObject include)
{
    QJsonArray rows;
    for (const QJsonObject& o : objects)
        rows.append(row(kind, o, now, include));
    return {{"kind"_L1, "Table"_L1}, {"apiVersion"_L1, "meta.k8s.io/v1"_L1}, {"metadata"_L1, listMetadata},
        {"columnDefinitions"_L1, columnDefinitions(kind)}, {"rows"_L1, rows}};
}

TablePrinter::IncludeObject TablePrinter::includeObjectFromString(const QString& value)
{
    if (value == u"None")
        return IncludeObject::None;
    if (value == u"Object")
        return IncludeObject::Object;
    return IncludeObject::Metadata;
}

} // namespace ase::demo
