// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/controllers/WorkloadController.h"

#include "app/demo/ClusterState.h"
#include "app/demo/controllers/ControllerSupport.h"
#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace ase::demo {

namespace {

using namespace objectedit;

/// apimachinery's rand alphabet: no vowels, no confusable characters.
constexpr QLatin1StringView SafeAlphabet {"bcdfghjklmnpqrstvwxz2456789"};

QString randomSuffix()
{
    QString s;
    for (int i = 0; i < 5; ++i)
        s += QChar(SafeAlphabet.at(QRandomGenerator::global()->bounded(int(SafeAlphabet.size()))));
    return s;
}

/// The controller ownerReference of an object, or an empty object.
QJsonObject controllerRef(const QJsonObject& object)
{
    for (const QJsonValue& r : metadata(object).value("ownerReferences"_L1).toArray()) {
        if (r.toObject().value("controller"_L1).toBool())
            return r.toObject();
    }
    return {};
}

QJsonObject ownerReference(const QString& kind, const QString& name, const QString& uid)
{
    return QJsonObject {{"apiVersion"_L1, "apps/v1"_L1}, {"kind"_L1, kind}, {"name"_L1, name},
        {"uid"_L1, uid}, {"controller"_L1, true}, {"blockOwnerDeletion"_L1, true}};
}

/// The Deployment a ReplicaSet name `<deployment>-<hash>` belongs to ("" if not of that form).
QString deploymentOfReplicaSet(const QString& replicaSet)
{
    const qsizetype dash = replicaSet.lastIndexOf(u'-');
    return dash > 0 ? replicaSet.left(dash) : QString();
}

int replicasOf(const QJsonObject& workload)
{
    const QJsonValue r = workload.value("spec"_L1).toObject().value("replicas"_L1);
    return r.isDouble() ? r.toInt() : 1;
}

bool podIsReady(const QJsonObject& pod)
{
    return pod.value("status"_L1).toObject().value("phase"_L1).toString() == u"Running";
}

/// Keeps the timestamps of conditions whose type/status/reason/message did not change.
QJsonArray mergeConditions(const QJsonArray& previous, QJsonArray next)
{
    for (qsizetype i = 0; i < next.size(); ++i) {
        QJsonObject c = next.at(i).toObject();
        for (const QJsonValue& p : previous) {
            const QJsonObject old = p.toObject();
            if (old.value("type"_L1) != c.value("type"_L1))
                continue;
            if (old.value("status"_L1) == c.value("status"_L1)) {
                c.insert("lastTransitionTime"_L1, old.value("lastTransitionTime"_L1));
                if (old.value("reason"_L1) == c.value("reason"_L1)
                    && old.value("message"_L1) == c.value("message"_L1) && old.contains("lastUpdateTime"_L1))
                    c.insert("lastUpdateTime"_L1, old.value("lastUpdateTime"_L1));
            }
        }
        next[i] = c;
    }
    return next;
}

void writeWorkloadStatus(ClusterState& state, const ResourceKind& kind, const QString& ns,
    const QString& name, const QJsonObject& status)
{
    state.modify(kind, ns, name, [&status](QJsonObject& o) {
        QJsonObject next = status;
        const QJsonObject old = o.value("status"_L1).toObject();
        if (next.contains("conditions"_L1))
            next.insert("conditions"_L1,
                mergeConditions(old.value("conditions"_L1).toArray(), next.value("conditions"_L1).toArray()));
        if (next == old)
            return false;
        o.insert("status"_L1, next);
        return true;
    });
}

} // namespace

QString WorkloadController::templateHash(const QJsonObject& podTemplate)
{
    const QByteArray bytes = QJsonDocument(podTemplate).toJson(QJsonDocument::Compact);
    quint32 hash = 2166136261u;
    for (const char c : bytes) {
        hash ^= static_cast<quint8>(c);
        hash *= 16777619u;
    }
    const QString digits = QString::number(hash);
    QString encoded;
    for (const QChar d : digits)
        encoded += QChar(SafeAlphabet.at(d.unicode() % SafeAlphabet.size()));
    return encoded;
}

WorkloadController::WorkloadController(ClusterState& state)
    : m_state(state)
{ }

void WorkloadController::sync(const SyncScope& scope)
{
    if (scope.full) {
        for (const QJsonObject& d : m_state.objects(kinds::deployment()))
            syncDeployment(ns(d), name(d));
        for (const QJsonObject& s : m_state.objects(kinds::statefulSet()))
            syncStatefulSet(ns(s), name(s));
        collectGarbage();
        return;
    }
    QStringList keys = scope.workloads.values();
    keys.sort();
    for (const QString& key : std::as_const(keys)) {
        const QStringList parts = key.split(u'/');
        if (parts.size() != 3)
            continue;
        if (parts.at(0) == kindname::Deployment)
            syncDeployment(parts.at(1), parts.at(2));
        else if (parts.at(0) == kindname::StatefulSet)
            syncStatefulSet(parts.at(1), parts.at(2));
    }
}

QJsonObject WorkloadController::podFromTemplate(
    const QJsonObject& podTemplate, const QString& ns, const QString& name, const QJsonObject& owner) const
{
    const QJsonObject tplMeta = metafield::of(podTemplate);
    QJsonObject meta {{"name"_L1, name}, {"namespace"_L1, ns},
        {"labels"_L1, tplMeta.value("labels"_L1).toObject()}, {"ownerReferences"_L1, QJsonArray {owner}}};
    if (tplMeta.contains("annotations"_L1))
        meta.insert("annotations"_L1, tplMeta.value("annotations"_L1));
    QJsonObject spec = podTemplate.value("spec"_L1).toObject();
    const auto defaultTo = [&spec](QLatin1StringView key, const QJsonValue& value) {
        if (!spec.contains(key))
            spec.insert(key, value);
    };
    defaultTo("restartPolicy"_L1, u"Always"_s);
    defaultTo("dnsPolicy"_L1, u"ClusterFirst"_s);
    defaultTo("schedulerName"_L1, u"default-scheduler"_s);
    defaultTo("terminationGracePeriodSeconds"_L1, 30);
    defaultTo("serviceAccountName"_L1, u"default"_s);
    defaultTo("serviceAccount"_L1, u"default"_s);
    defaultTo("securityContext"_L1, QJsonObject());
    defaultTo("enableServiceLinks"_L1, true);
    defaultTo("preemptionPolicy"_L1, u"PreemptLowerPriority"_s);
    defaultTo("priority"_L1, 0);
    return QJsonObject {
        {"apiVersion"_L1, "v1"_L1}, {"kind"_L1, kindname::Pod}, {"metadata"_L1, meta}, {"spec"_L1, spec}};
}

// ---- Deployment ----------------------------------------------------------------------------

void WorkloadController::syncDeployment(const QString& ns, const QString& name)
{
    const QString prefix = name + u'-';
    const auto ownedBy = [&prefix](const QJsonObject& pod) {
        const QJsonObject ref = controllerRef(pod);
        const QString owner = ref.value("name"_L1).toString();
        return ref.value("kind"_L1).toString() == u"ReplicaSet" && owner.startsWith(prefix)
            && !owner.mid(prefix.size()).contains(u'-');
    };
    QList<QJsonObject> pods;
    for (const QJsonObject& pod : m_state.objects(kinds::pod(), ns)) {
        if (ownedBy(pod))
            pods.append(pod);
    }

    const std::optional<QJsonObject> deployment = m_state.find(kinds::deployment(), ns, name);
    if (!deployment || isTerminating(*deployment)) {
        for (const QJsonObject& pod : std::as_const(pods))
            m_state.remove(kinds::pod(), ns, objectedit::name(pod));
        return;
    }

    const QJsonObject spec = deployment->value("spec"_L1).toObject();
    const QJsonObject podTemplate = spec.value("template"_L1).toObject();
    const QString hash = templateHash(podTemplate);
    const QString replicaSetName = prefix + hash;
    const QString replicaSetUid = QUuid::createUuidV5(QUuid::fromString(uid(*deployment)), replicaSetName)
                                      .toString(QUuid::WithoutBraces);
    const QJsonObject replicaSet {{"metadata"_L1,
        QJsonObject {{"name"_L1, replicaSetName}, {"namespace"_L1, ns}, {"uid"_L1, replicaSetUid}}}};
    const int desired = replicasOf(*deployment);
    const bool specChanged
        = deployment->value("status"_L1).toObject().value("observedGeneration"_L1).toInteger()
        != metadata(*deployment).value("generation"_L1).toInteger();

    // Pods of an older template go (the Recreate strategy, and the end state of a rollout).
    QList<QJsonObject> current;
    for (const QJsonObject& pod : std::as_const(pods)) {
        if (controllerRef(pod).value("name"_L1).toString() == replicaSetName)
            current.append(pod);
        else
            m_state.remove(kinds::pod(), ns, objectedit::name(pod));
    }

    const qsizetype have = current.size();
    if (have != desired && specChanged)
        m_state.recordEvent(kinds::deployment(), *deployment, u"Normal"_s, u"ScalingReplicaSet"_s,
            (have < desired ? u"Scaled up replica set %1 from %2 to %3"_s
                            : u"Scaled down replica set %1 from %2 to %3"_s)
                .arg(replicaSetName)
                .arg(have)
                .arg(desired),
            u"deployment-controller"_s);
    QJsonObject tpl = podTemplate;
    QJsonObject tplMeta = metafield::of(tpl);
    QJsonObject labels = tplMeta.value("labels"_L1).toObject();
    labels.insert("pod-template-hash"_L1, hash);
    tplMeta.insert("labels"_L1, labels);
    tpl.insert("metadata"_L1, tplMeta);
    for (qsizetype i = have; i < desired; ++i) {
        QString podName;
        do
            podName = replicaSetName + u'-' + randomSuffix();
        while (m_state.find(kinds::pod(), ns, podName));
        const QJsonObject pod = podFromTemplate(
            tpl, ns, podName, ownerReference(u"ReplicaSet"_s, replicaSetName, replicaSetUid));
        const ApiResult<WriteOutcome> created = m_state.create(kinds::pod(), ns, pod);
        if (created) {
            current.append(created.value().object);
            m_state.recordEvent(kinds::replicaSet(), replicaSet, u"Normal"_s, u"SuccessfulCreate"_s,
                u"Created pod: "_s + podName, u"replicaset-controller"_s);
        } else {
            m_state.recordEvent(kinds::replicaSet(), replicaSet, u"Warning"_s, u"FailedCreate"_s,
                u"Error creating: "_s + created.error().message, u"replicaset-controller"_s);
            break;
        }
    }
    while (current.size() > desired) {
        const QJsonObject pod = current.takeLast();
        m_state.remove(kinds::pod(), ns, objectedit::name(pod));
        m_state.recordEvent(kinds::replicaSet(), replicaSet, u"Normal"_s, u"SuccessfulDelete"_s,
            u"Deleted pod: "_s + objectedit::name(pod), u"replicaset-controller"_s);
    }

    writeDeploymentStatus(*deployment, current, replicaSetName);
}

void WorkloadController::writeDeploymentStatus(
    const QJsonObject& deployment, const QList<QJsonObject>& current, const QString& replicaSetName)
{
    // As the deployment controller computes it.
    const QString ns = metafield::ns(deployment);
    const QJsonObject spec = deployment.value("spec"_L1).toObject();
    const int desired = replicasOf(deployment);
    int ready = 0;
    for (const QJsonObject& pod : current) {
        if (const std::optional<QJsonObject> fresh = m_state.find(kinds::pod(), ns, objectedit::name(pod));
            fresh && podIsReady(*fresh))
            ++ready;
    }
    const int total = int(current.size());
    const bool recreate = spec.value("strategy"_L1).toObject().value("type"_L1).toString() == u"Recreate";
    const int minAvailable = desired - (recreate ? 0 : desired / 4);
    const bool available = ready >= minAvailable;
    const bool complete = ready == desired && total == desired;
    const QString now = ClusterState::timestamp(m_state.now());
    QJsonObject status {{"observedGeneration"_L1, metadata(deployment).value("generation"_L1)},
        {"replicas"_L1, total}, {"updatedReplicas"_L1, total}};
    if (ready > 0) {
        status.insert("readyReplicas"_L1, ready);
        status.insert("availableReplicas"_L1, ready);
    }
    if (total - ready > 0)
        status.insert("unavailableReplicas"_L1, total - ready);
    const QJsonObject availableCondition {{"type"_L1, "Available"_L1},
        {"status"_L1, available ? "True"_L1 : "False"_L1}, {"lastUpdateTime"_L1, now},
        {"lastTransitionTime"_L1, now},
        {"reason"_L1, available ? "MinimumReplicasAvailable"_L1 : "MinimumReplicasUnavailable"_L1},
        {"message"_L1,
            available ? u"Deployment has minimum availability."_s
                      : u"Deployment does not have minimum availability."_s}};
    const QJsonObject progressingCondition {{"type"_L1, "Progressing"_L1}, {"status"_L1, "True"_L1},
        {"lastUpdateTime"_L1, now}, {"lastTransitionTime"_L1, now},
        {"reason"_L1, complete ? "NewReplicaSetAvailable"_L1 : "ReplicaSetUpdated"_L1},
        {"message"_L1,
            complete ? u"ReplicaSet \"%1\" has successfully progressed."_s.arg(replicaSetName)
                     : u"ReplicaSet \"%1\" is progressing."_s.arg(replicaSetName)}};
    status.insert("conditions"_L1, QJsonArray {availableCondition, progressingCondition});
    writeWorkloadStatus(m_state, kinds::deployment(), ns, metafield::name(deployment), status);
}

// ---- StatefulSet ---------------------------------------------------------------------------

namespace {

/// A StatefulSet's pod @p podName (ordinal @p ordinal) from its template: the revision and
/// ordinal labels, the claim volumes of its ordinal (replacing volumes of the same name),
/// its hostname and the service's subdomain.
QJsonObject statefulSetPodTemplate(QJsonObject tpl, const QString& revision, const QString& podName,
    int ordinal, const QJsonArray& claimVolumes, const QString& serviceName)
{
    QJsonObject tplMeta = metafield::of(tpl);
    QJsonObject labels = tplMeta.value("labels"_L1).toObject();
    labels.insert("controller-revision-hash"_L1, revision);
    labels.insert("statefulset.kubernetes.io/pod-name"_L1, podName);
    labels.insert("apps.kubernetes.io/pod-index"_L1, QString::number(ordinal));
    tplMeta.insert("labels"_L1, labels);
    tpl.insert("metadata"_L1, tplMeta);
    QJsonObject podSpec = tpl.value("spec"_L1).toObject();
    QJsonArray volumes = podSpec.value("volumes"_L1).toArray();
    for (const QJsonValue& cv : claimVolumes) {
        const QString volumeName = cv.toObject().value("name"_L1).toString();
        for (qsizetype i = volumes.size() - 1; i >= 0; --i) {
            if (volumes.at(i).toObject().value("name"_L1).toString() == volumeName)
                volumes.removeAt(i);
        }
        volumes.append(cv);
    }
    if (!volumes.isEmpty())
        podSpec.insert("volumes"_L1, volumes);
    podSpec.insert("hostname"_L1, podName);
    if (!serviceName.isEmpty())
        podSpec.insert("subdomain"_L1, serviceName);
    tpl.insert("spec"_L1, podSpec);
    return tpl;
}

} // namespace

void WorkloadController::statefulSetEvent(
    const QJsonObject& sts, const QString& type, const QString& reason, const QString& message)
{
    m_state.recordEvent(kinds::statefulSet(), sts, type, reason, message, u"statefulset-controller"_s);
}

QMap<int, QJsonObject> WorkloadController::statefulSetPods(const QString& ns, const QString& name) const
{
    QMap<int, QJsonObject> pods; // by ordinal
    for (const QJsonObject& pod : m_state.objects(kinds::pod(), ns)) {
        const QJsonObject ref = controllerRef(pod);
        if (ref.value("kind"_L1).toString() != kindname::StatefulSet
            || ref.value("name"_L1).toString() != name)
            continue;
        bool ok = false;
        const int ordinal = objectedit::name(pod).mid(name.size() + 1).toInt(&ok);
        if (ok)
            pods.insert(ordinal, pod);
    }
    return pods;
}

void WorkloadController::syncStatefulSet(const QString& ns, const QString& name)
{
    const std::optional<QJsonObject> sts = m_state.find(kinds::statefulSet(), ns, name);
    QMap<int, QJsonObject> pods = statefulSetPods(ns, name);
    if (!sts || isTerminating(*sts)) {
        for (const QJsonObject& pod : std::as_const(pods))
            m_state.remove(kinds::pod(), ns, objectedit::name(pod));
        return;
    }
    const QJsonObject spec = sts->value("spec"_L1).toObject();
    const QJsonObject podTemplate = spec.value("template"_L1).toObject();
    const QString revision = name + u'-' + templateHash(podTemplate);
    const int desired = replicasOf(*sts);
    const bool parallel = spec.value("podManagementPolicy"_L1).toString() == u"Parallel";
    const QString serviceName = spec.value("serviceName"_L1).toString();

    // Scale down: the highest ordinal first, one at a time.
    if (!pods.isEmpty() && pods.lastKey() >= desired) {
        const QString podName = objectedit::name(pods.last());
        m_state.remove(kinds::pod(), ns, podName);
        pods.remove(pods.lastKey());
        statefulSetEvent(*sts, u"Normal"_s, u"SuccessfulDelete"_s,
            u"delete Pod %1 in StatefulSet %2 successful"_s.arg(podName, name));
    }
    for (int ordinal = 0; ordinal < desired; ++ordinal) {
        const QString podName = name + u'-' + QString::number(ordinal);
        if (pods.contains(ordinal)) {
            if (!parallel && !podIsReady(pods.value(ordinal)))
                break;
            continue;
        }
        // The claims of this ordinal first.
        QJsonArray claimVolumes;
        if (!createOrdinalClaims(*sts, podName, &claimVolumes))
            break;
        const QJsonObject pod = podFromTemplate(
            statefulSetPodTemplate(podTemplate, revision, podName, ordinal, claimVolumes, serviceName), ns,
            podName, ownerReference(kindname::StatefulSet, name, uid(*sts)));
        const ApiResult<WriteOutcome> created = m_state.create(kinds::pod(), ns, pod);
        if (!created) {
            statefulSetEvent(*sts, u"Warning"_s, u"FailedCreate"_s,
                u"create Pod %1 in StatefulSet %2 failed error: %3"_s.arg(
                    podName, name, created.error().message));
            break;
        }
        pods.insert(ordinal, created.value().object);
        statefulSetEvent(*sts, u"Normal"_s, u"SuccessfulCreate"_s,
            u"create Pod %1 in StatefulSet %2 successful"_s.arg(podName, name));
        if (!parallel)
            break;
    }
    writeStatefulSetStatus(*sts, pods, revision);
}

bool WorkloadController::createOrdinalClaims(
    const QJsonObject& sts, const QString& podName, QJsonArray* claimVolumes)
{
    const QString ns = metafield::ns(sts);
    const QString name = metafield::name(sts);
    const QJsonObject spec = sts.value("spec"_L1).toObject();
    const QJsonObject selectorLabels
        = spec.value("selector"_L1).toObject().value("matchLabels"_L1).toObject();
    bool claimsOk = true;
    for (const QJsonValue& t : spec.value("volumeClaimTemplates"_L1).toArray()) {
        const QJsonObject tpl = t.toObject();
        const QString templateName = metafield::name(tpl);
        const QString claimName = templateName + u'-' + podName;
        claimVolumes->append(QJsonObject {{"name"_L1, templateName},
            {"persistentVolumeClaim"_L1, QJsonObject {{"claimName"_L1, claimName}}}});
        if (m_state.find(kinds::persistentVolumeClaim(), ns, claimName))
            continue;
        QJsonObject labels = metafield::labels(tpl);
        for (auto it = selectorLabels.begin(); it != selectorLabels.end(); ++it)
            labels.insert(it.key(), it.value());
        QJsonObject claimMeta {{"name"_L1, claimName}, {"namespace"_L1, ns}};
        if (!labels.isEmpty())
            claimMeta.insert("labels"_L1, labels);
        const QJsonObject claim {{"apiVersion"_L1, "v1"_L1}, {"kind"_L1, kindname::PersistentVolumeClaim},
            {"metadata"_L1, claimMeta}, {"spec"_L1, tpl.value("spec"_L1)}};
        const ApiResult<WriteOutcome> created = m_state.create(kinds::persistentVolumeClaim(), ns, claim);
        if (created) {
            statefulSetEvent(sts, u"Normal"_s, u"SuccessfulCreate"_s,
                u"create Claim %1 Pod %2 in StatefulSet %3 success"_s.arg(claimName, podName, name));
        } else {
            statefulSetEvent(sts, u"Warning"_s, u"FailedCreate"_s,
                u"create Claim %1 for Pod %2 in StatefulSet %3 failed error: %4"_s.arg(
                    claimName, podName, name, created.error().message));
            claimsOk = false;
        }
    }
    return claimsOk;
}

void WorkloadController::writeStatefulSetStatus(
    const QJsonObject& sts, const QMap<int, QJsonObject>& pods, const QString& revision)
{
    const QString ns = metafield::ns(sts);
    int ready = 0;
    for (const QJsonObject& pod : pods) {
        if (const std::optional<QJsonObject> fresh = m_state.find(kinds::pod(), ns, objectedit::name(pod));
            fresh && podIsReady(*fresh))
            ++ready;
    }
    QJsonObject status {{"observedGeneration"_L1, metadata(sts).value("generation"_L1)},
        {"replicas"_L1, int(pods.size())}, {"availableReplicas"_L1, ready}, {"currentRevision"_L1, revision},
        {"updateRevision"_L1, revision}, {"collisionCount"_L1, 0}};
    if (ready > 0)
        status.insert("readyReplicas"_L1, ready);
    if (!pods.isEmpty()) {
        status.insert("currentReplicas"_L1, int(pods.size()));
        status.insert("updatedReplicas"_L1, int(pods.size()));
    }
    writeWorkloadStatus(m_state, kinds::statefulSet(), ns, metafield::name(sts), status);
}

// ---- garbage collection --------------------------------------------------------------------

void WorkloadController::collectGarbage()
{
    for (const QJsonObject& pod : m_state.objects(kinds::pod())) {
        const QJsonObject ref = controllerRef(pod);
        const QString kind = ref.value("kind"_L1).toString();
        const QString owner = ref.value("name"_L1).toString();
        const QString podNs = ns(pod);
        bool orphan = false;
        if (kind == kindname::StatefulSet) {
            const std::optional<QJsonObject> sts = m_state.find(kinds::statefulSet(), podNs, owner);
            orphan = !sts || uid(*sts) != ref.value("uid"_L1).toString();
        } else if (kind == u"ReplicaSet") {
            orphan = !m_state.find(kinds::deployment(), podNs, deploymentOfReplicaSet(owner));
        }
        if (orphan)
            m_state.remove(kinds::pod(), podNs, name(pod));
    }
}

} // namespace ase::demo
