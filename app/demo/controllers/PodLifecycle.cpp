// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/controllers/PodLifecycle.h"

#include "app/demo/ClusterState.h"
#include "app/demo/controllers/ControllerSupport.h"
#include "models/binding/VolumeBinding.h"
#include "models/resources/KindNames.h"
#include "models/resources/WellKnownKeys.h"

#include <QCryptographicHash>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ase::demo {

namespace {

using namespace objectedit;

QString hexDigest(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

/// "mysql:5.6" → "docker.io/library/mysql:5.6", as the container runtime reports it.
QString normalizedImage(QString image)
{
    if (!image.contains(u':') || image.lastIndexOf(u':') < image.lastIndexOf(u'/'))
        image += u":latest"_s;
    const qsizetype slash = image.indexOf(u'/');
    if (slash < 0)
        return u"docker.io/library/"_s + image;
    const QString first = image.left(slash);
    if (!first.contains(u'.') && !first.contains(u':') && first != u"localhost")
        return u"docker.io/"_s + image;
    return image;
}

QString podIp(const QString& podUid)
{
    const QByteArray h = QCryptographicHash::hash(podUid.toUtf8(), QCryptographicHash::Md5);
    return demonode::PodIpPrefix + QString::number(static_cast<quint8>(h.at(0)) % 254) + u'.'
        + QString::number(1 + static_cast<quint8>(h.at(1)) % 253);
}

QJsonObject condition(const QString& type, const QString& status, const QString& time)
{
    return QJsonObject {{"type"_L1, type}, {"status"_L1, status}, {"lastProbeTime"_L1, QJsonValue::Null},
        {"lastTransitionTime"_L1, time}};
}

/// The conditions of a scheduled pod whose volumes are set up: Ready and ContainersReady
/// as `ready` says.
QJsonArray scheduledConditions(bool ready, const QString& time)
{
    const QString readyStatus = ready ? u"True"_s : u"False"_s;
    return QJsonArray {condition(u"PodReadyToStartContainers"_s, u"True"_s, time),
        condition(u"Initialized"_s, u"True"_s, time), condition(u"Ready"_s, readyStatus, time),
        condition(u"ContainersReady"_s, readyStatus, time), condition(u"PodScheduled"_s, u"True"_s, time)};
}

} // namespace

PodLifecycle::PodLifecycle(ClusterState& state)
    : m_state(state)
{ }

QString PodLifecycle::unschedulableMessage(const QString& preFilter, const QString& nodeReason)
{
    const QString reason = preFilter.isEmpty() ? u"1 "_s + nodeReason : preFilter;
    return u"0/1 nodes are available: "_s + reason
        + u". preemption: 0/1 nodes are available: 1 Preemption is not helpful for scheduling."_s;
}

void PodLifecycle::sync(const SyncScope& scope)
{
    if (scope.full) {
        for (const QJsonObject& pod : m_state.objects(kinds::pod())) {
            if (pod.value("status"_L1).toObject().value("phase"_L1).toString() == u"Pending")
                syncPod(pod);
        }
        return;
    }
    QStringList keys = scope.pods.values();
    keys.sort();
    for (const QString& key : std::as_const(keys)) {
        const qsizetype slash = key.indexOf(u'/');
        if (const std::optional<QJsonObject> pod
            = m_state.find(kinds::pod(), key.left(slash), key.mid(slash + 1)))
            syncPod(*pod);
    }
}

void PodLifecycle::syncPod(const QJsonObject& pod)
{
    if (isTerminating(pod) || pod.value("status"_L1).toObject().value("phase"_L1).toString() != u"Pending")
        return;
    if (!pod.value("spec"_L1).toObject().value("nodeName"_L1).toString().isEmpty()) {
        run(pod); // bound to the node already: the kubelet starts it
        return;
    }
    const QString podNs = ns(pod);
    QList<StorageClass> classes;
    bool classesLoaded = false;
    bool waiting = false;
    QList<PersistentVolumeClaim> toReserve; // WaitForFirstConsumer claims of classes without a provisioner
    for (const QString& claimName : podClaimNames(pod)) {
        const std::optional<QJsonObject> claimJson
            = m_state.find(kinds::persistentVolumeClaim(), podNs, claimName);
        if (!claimJson) {
            markUnschedulable(
                pod, unschedulableMessage(u"persistentvolumeclaim \"%1\" not found"_s.arg(claimName)));
            return;
        }
        if (isTerminating(*claimJson)) {
            markUnschedulable(
                pod, unschedulableMessage(u"persistentvolumeclaim \"%1\" is being deleted"_s.arg(claimName)));
            return;
        }
        const PersistentVolumeClaim claim = PersistentVolumeClaim::fromJson(*claimJson);
        if (claim.phase == u"Bound")
            continue;
        if (!classesLoaded) {
            for (const QJsonObject& sc : m_state.objects(kinds::storageClass()))
                classes.append(StorageClass::fromJson(sc));
            classesLoaded = true;
        }
        if (!binding::isDelayBinding(claim, classes)) {
            markUnschedulable(
                pod, unschedulableMessage(u"pod has unbound immediate PersistentVolumeClaims"_s));
            return;
        }
        waiting = true;
        if (!claim.volumeName.isEmpty() || !claim.selectedNode.isEmpty())
            continue; // the binder or the provisioner is at work
        const std::optional<StorageClass> sc = binding::findClass(classes, claim.storageClassName);
        if (sc && !binding::isExternalProvisioner(sc->provisioner)) {
            toReserve.append(claim);
            continue;
        }
        m_state.modify(kinds::persistentVolumeClaim(), podNs, claimName,
            [](QJsonObject& o) { return setAnnotation(o, keys::SelectedNode, demonode::Name); });
    }
    if (!toReserve.isEmpty() && !reserveVolumes(toReserve)) {
        markUnschedulable(
            pod, unschedulableMessage({}, u"node(s) didn't find available persistent volumes to bind"_s));
        return;
    }
    if (!waiting)
        run(pod);
}

QList<PodLifecycle::VolumeChoice> PodLifecycle::chooseVolumes(
    QList<PersistentVolumeClaim> claims, const QList<PersistentVolume>& volumes)
{
    // The scheduler's volume binder (findMatchingVolumes): the claims smallest request
    // first, each the smallest matching volume of its class that this node can reach and
    // that no earlier claim of the pod took. Unlike the PV controller it does not try the
    // volumes with the fewest access modes first.
    std::stable_sort(
        claims.begin(), claims.end(), [](const PersistentVolumeClaim& a, const PersistentVolumeClaim& b) {
            return (a.requestedStorage.value_or(Quantity()) <=> b.requestedStorage.value_or(Quantity())) < 0;
        });
    QList<VolumeChoice> chosen;
    QList<PersistentVolume> free = volumes; // a volume chosen for one claim is not offered again
    for (const PersistentVolumeClaim& claim : std::as_const(claims)) {
        const qsizetype found = binding::findSchedulerMatch(claim, free, QString(demonode::Name));
        if (found < 0)
            return {};
        chosen.append({claim, free.at(found).metadata.name});
        free.removeAt(found);
    }
    return chosen;
}

bool PodLifecycle::reserveVolumes(const QList<PersistentVolumeClaim>& claims)
{
    QList<PersistentVolume> volumes;
    for (const QJsonObject& v : m_state.objects(kinds::persistentVolume()))
        volumes.append(PersistentVolume::fromJson(v));
    const QList<VolumeChoice> chosen = chooseVolumes(claims, volumes);
    if (chosen.isEmpty())
        return false;
    bool ok = true;
    for (const VolumeChoice& choice : chosen) {
        const PersistentVolumeClaim& claim = choice.claim;
        const QJsonObject ref {{"kind"_L1, kindname::PersistentVolumeClaim},
            {"namespace"_L1, claim.metadata.ns}, {"name"_L1, claim.metadata.name},
            {"uid"_L1, claim.metadata.uid}, {"apiVersion"_L1, "v1"_L1},
            {"resourceVersion"_L1, claim.metadata.resourceVersion}};
        ok = m_state
                 .modify(kinds::persistentVolume(), {}, choice.volume,
                     [&ref](QJsonObject& o) {
                         setField(o, "spec"_L1, "claimRef"_L1, ref);
                         setAnnotation(o, keys::BoundByController, u"yes"_s);
                         return true;
                     })
                 .ok()
            && ok;
    }
    return ok;
}

void PodLifecycle::markUnschedulable(const QJsonObject& pod, const QString& message)
{
    const QString time = ClusterState::timestamp(m_state.now());
    m_state.modify(kinds::pod(), ns(pod), name(pod), [&](QJsonObject& o) {
        QJsonObject status = o.value("status"_L1).toObject();
        QJsonObject c = condition(u"PodScheduled"_s, u"False"_s, time);
        c.insert("reason"_L1, u"Unschedulable"_s);
        c.insert("message"_L1, message);
        const QJsonArray old = status.value("conditions"_L1).toArray();
        for (const QJsonValue& v : old) {
            const QJsonObject o2 = v.toObject();
            if (o2.value("type"_L1) == c.value("type"_L1) && o2.value("status"_L1) == c.value("status"_L1))
                c.insert("lastTransitionTime"_L1, o2.value("lastTransitionTime"_L1));
        }
        if (old == QJsonArray {c})
            return false;
        status.insert("conditions"_L1, QJsonArray {c});
        o.insert("status"_L1, status);
        return true;
    });
    m_state.recordEvent(
        kinds::pod(), pod, u"Warning"_s, u"FailedScheduling"_s, message, u"default-scheduler"_s);
}

QString PodLifecycle::containerConfigError(const QJsonObject& pod) const
{
    const QJsonArray containers = pod.value("spec"_L1).toObject().value("containers"_L1).toArray();
    for (const QJsonValue& c : containers) {
        for (const QJsonValue& env : c.toObject().value("env"_L1).toArray()) {
            const QJsonObject ref
                = env.toObject().value("valueFrom"_L1).toObject().value("secretKeyRef"_L1).toObject();
            if (ref.isEmpty() || ref.value("optional"_L1).toBool())
                continue;
            const QString secretName = ref.value("name"_L1).toString();
            const std::optional<QJsonObject> secret = m_state.find(kinds::secret(), ns(pod), secretName);
            if (!secret)
                return u"secret \"%1\" not found"_s.arg(secretName);
            const QString key = ref.value("key"_L1).toString();
            if (!secret->value("data"_L1).toObject().contains(key)
                && !secret->value("stringData"_L1).toObject().contains(key))
                return u"couldn't find key %1 in Secret %2/%3"_s.arg(key, ns(pod), secretName);
        }
    }
    return {};
}

void PodLifecycle::markConfigError(const QJsonObject& pod, const QString& message)
{
    const QString time = ClusterState::timestamp(m_state.now());
    const bool wasScheduled = !pod.value("spec"_L1).toObject().value("nodeName"_L1).toString().isEmpty();
    QJsonArray containerStatuses;
    for (const QJsonValue& c : pod.value("spec"_L1).toObject().value("containers"_L1).toArray()) {
        const QJsonObject container = c.toObject();
        containerStatuses.append(QJsonObject {{"name"_L1, container.value("name"_L1)},
            {"state"_L1,
                QJsonObject {{"waiting"_L1,
                    QJsonObject {{"reason"_L1, "CreateContainerConfigError"_L1}, {"message"_L1, message}}}}},
            {"lastState"_L1, QJsonObject()}, {"ready"_L1, false}, {"restartCount"_L1, 0},
            {"image"_L1, container.value("image"_L1)}, {"imageID"_L1, QString()}, {"started"_L1, false}});
    }
    const QJsonObject status {{"phase"_L1, "Pending"_L1}, {"conditions"_L1, scheduledConditions(false, time)},
        {"hostIP"_L1, demonode::HostIp},
        {"hostIPs"_L1, QJsonArray {QJsonObject {{"ip"_L1, demonode::HostIp}}}}, {"startTime"_L1, time},
        {"containerStatuses"_L1, containerStatuses}, {"qosClass"_L1, "BestEffort"_L1}};
    const ApiResult<WriteOutcome> r
        = m_state.modify(kinds::pod(), ns(pod), name(pod), [&status](QJsonObject& o) {
              const bool scheduled = setField(o, "spec"_L1, "nodeName"_L1, demonode::Name);
              // Only the reason matters: the same error again changes nothing (no new version).
              const QJsonValue old = o.value("status"_L1).toObject().value("containerStatuses"_L1);
              if (!scheduled && old == status.value("containerStatuses"_L1))
                  return false;
              o.insert("status"_L1, status);
              return true;
          });
    const QJsonObject& current = r ? r.value().object : pod;
    if (!wasScheduled)
        m_state.recordEvent(kinds::pod(), current, u"Normal"_s, u"Scheduled"_s,
            u"Successfully assigned %1/%2 to %3"_s.arg(ns(pod), name(pod), demonode::Name),
            u"default-scheduler"_s);
    m_state.recordEvent(
        kinds::pod(), current, u"Warning"_s, u"Failed"_s, u"Error: "_s + message, u"kubelet"_s);
}

QJsonObject PodLifecycle::runningStatus(const QJsonObject& pod, const QString& time)
{
    const QString ip = podIp(uid(pod));
    QJsonArray containerStatuses;
    for (const QJsonValue& c : pod.value("spec"_L1).toObject().value("containers"_L1).toArray()) {
        const QJsonObject container = c.toObject();
        const QString image = normalizedImage(container.value("image"_L1).toString());
        const QString containerName = container.value("name"_L1).toString();
        containerStatuses.append(QJsonObject {{"name"_L1, containerName},
            {"state"_L1, QJsonObject {{"running"_L1, QJsonObject {{"startedAt"_L1, time}}}}},
            {"lastState"_L1, QJsonObject()}, {"ready"_L1, true}, {"restartCount"_L1, 0}, {"image"_L1, image},
            {"imageID"_L1, QString(image.left(image.lastIndexOf(u':')) + u"@sha256:"_s + hexDigest(image))},
            {"containerID"_L1, QString(u"containerd://"_s + hexDigest(uid(pod) + containerName))},
            {"started"_L1, true}});
    }
    return {{"phase"_L1, "Running"_L1}, {"conditions"_L1, scheduledConditions(true, time)},
        {"hostIP"_L1, demonode::HostIp},
        {"hostIPs"_L1, QJsonArray {QJsonObject {{"ip"_L1, demonode::HostIp}}}}, {"podIP"_L1, ip},
        {"podIPs"_L1, QJsonArray {QJsonObject {{"ip"_L1, ip}}}}, {"startTime"_L1, time},
        {"containerStatuses"_L1, containerStatuses}, {"qosClass"_L1, "BestEffort"_L1}};
}

void PodLifecycle::run(const QJsonObject& pod)
{
    const QString podNs = ns(pod);
    const QString podName = name(pod);
    if (const QString error = containerConfigError(pod); !error.isEmpty()) {
        markConfigError(pod, error);
        return;
    }
    const QString time = ClusterState::timestamp(m_state.now());
    const bool wasScheduled = !pod.value("spec"_L1).toObject().value("nodeName"_L1).toString().isEmpty();
    const QJsonArray containers = pod.value("spec"_L1).toObject().value("containers"_L1).toArray();
    const QJsonObject status = runningStatus(pod, time);
    const ApiResult<WriteOutcome> r = m_state.modify(kinds::pod(), podNs, podName, [&status](QJsonObject& o) {
        setField(o, "spec"_L1, "nodeName"_L1, demonode::Name);
        o.insert("status"_L1, status);
        return true;
    });
    if (!r)
        return;
    const QJsonObject& running = r.value().object;
    if (!wasScheduled)
        m_state.recordEvent(kinds::pod(), running, u"Normal"_s, u"Scheduled"_s,
            u"Successfully assigned %1/%2 to %3"_s.arg(podNs, podName, demonode::Name),
            u"default-scheduler"_s);
    for (const QJsonValue& c : containers) {
        const QJsonObject container = c.toObject();
        const QString containerName = container.value("name"_L1).toString();
        m_state.recordEvent(kinds::pod(), running, u"Normal"_s, u"Pulled"_s,
            u"Container image \"%1\" already present on machine"_s.arg(
                container.value("image"_L1).toString()),
            u"kubelet"_s);
        m_state.recordEvent(kinds::pod(), running, u"Normal"_s, u"Created"_s,
            u"Created container: "_s + containerName, u"kubelet"_s);
        m_state.recordEvent(kinds::pod(), running, u"Normal"_s, u"Started"_s,
            u"Started container "_s + containerName, u"kubelet"_s);
    }
}

} // namespace ase::demo
