// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/itemmodels/StorageTableModels.h"

#include "models/binding/VolumeBinding.h"
#include "models/resources/AccessModes.h"
#include "models/resources/KindNames.h"
#include "models/resources/PersistentVolume.h"
#include "models/resources/PersistentVolumeClaim.h"
#include "models/resources/Pod.h"
#include "models/resources/Share.h"
#include "models/resources/StorageClass.h"

#include <QJsonArray>

namespace ase {

namespace {

using Status = ResourceTableModel::StatusKind;

/// Status colour class of a PV or PVC phase.
Status phaseStatus(const QString& phase, bool terminating)
{
    if (terminating)
        return ResourceTableModel::StatusTerminating;
    if (phase == u"Bound")
        return ResourceTableModel::StatusOk;
    if (phase == u"Available")
        return ResourceTableModel::StatusOk;
    if (phase == u"Pending")
        return ResourceTableModel::StatusPending;
    if (phase == u"Released")
        return ResourceTableModel::StatusWarning;
    if (phase == u"Failed" || phase == u"Lost")
        return ResourceTableModel::StatusError;
    return ResourceTableModel::StatusNone;
}

QVariant bytesOf(const std::optional<Quantity>& quantity)
{
    return quantity ? QVariant(quantity->toDouble()) : QVariant(-1.0);
}

QString textOf(const std::optional<Quantity>& quantity)
{
    return quantity ? quantity->toString() : QString();
}

QStringList claimKeysOfPod(const Pod& pod)
{
    QStringList keys;
    for (const QString& claim : pod.claimNames())
        keys.append(pod.metadata.ns + u'/' + claim);
    return keys;
}

} // namespace

int statusOfPhase(const QString& phase, bool terminating)
{
    return phaseStatus(phase, terminating);
}

// ---- PersistentVolumes ------------------------------------------------------------------

PersistentVolumeTableModel::PersistentVolumeTableModel(ResourceStore* store, QObject* parent)
    : ResourceTableModel(store, kindname::PersistentVolume,
        {QT_TR_NOOP("Name"), QT_TR_NOOP("Capacity"), QT_TR_NOOP("Access Modes"), QT_TR_NOOP("Reclaim Policy"),
            QT_TR_NOOP("Status"), QT_TR_NOOP("Claim"), QT_TR_NOOP("StorageClass"), QT_TR_NOOP("Reason"),
            QT_TR_NOOP("Age"), QT_TR_NOOP("Share")},
        parent)
{
    Q_ASSERT(columns() == ColumnCount);
}

TableRow PersistentVolumeTableModel::makeRow(const QJsonObject& object) const
{
    const PersistentVolume pv = PersistentVolume::fromJson(object);
    TableRow row = baseRow(object, ColumnCount);
    const bool terminating = pv.metadata.isTerminating();
    setCell(row, Name, row.name);
    setSharedCell(row, Capacity, textOf(pv.capacity), bytesOf(pv.capacity));
    setSharedCell(row, AccessModes, accessModesAbbreviation(pv.accessModes));
    setSharedCell(row, ReclaimPolicy, pv.reclaimPolicy);
    row.statusText = shared(terminating ? QStringLiteral("Terminating") : pv.phase);
    setCell(row, Status, row.statusText);
    setCell(row, Claim, pv.claimRef ? pv.claimRef->ns + u'/' + pv.claimRef->name : QString());
    setSharedCell(row, StorageClass, pv.storageClassName);
    setSharedCell(row, Reason, pv.reason);
    setSortValue(row, Age, pv.metadata.creationTimestamp);
    const QJsonObject share = store()->object(kindname::Share, pv.metadata.name);
    setCell(row, Share, share.isEmpty() ? QString() : row.name);
    if (!pv.message.isEmpty()) {
        row.toolTips = QStringList(ColumnCount);
        row.toolTips[Status] = pv.message;
    }
    row.status = phaseStatus(pv.phase, terminating);
    return row;
}

QStringList PersistentVolumeTableModel::relatedKinds() const
{
    return {kindname::Share};
}

QStringList PersistentVolumeTableModel::affectedKeys(const QString&, const StoreChange& change)
{
    return {change.key}; // a share's PV carries the share's name
}

// ---- PersistentVolumeClaims -------------------------------------------------------------

PersistentVolumeClaimTableModel::PersistentVolumeClaimTableModel(ResourceStore* store, QObject* parent)
    : ResourceTableModel(store, kindname::PersistentVolumeClaim,
        {QT_TR_NOOP("Name"), QT_TR_NOOP("Namespace"), QT_TR_NOOP("Status"), QT_TR_NOOP("Volume"),
            QT_TR_NOOP("Capacity"), QT_TR_NOOP("Access Modes"), QT_TR_NOOP("StorageClass"), QT_TR_NOOP("Age"),
            QT_TR_NOOP("Used By"), QT_TR_NOOP("Why")},
        parent)
{
    Q_ASSERT(columns() == ColumnCount);
    m_whyTimer.setSingleShot(true);
    m_whyTimer.setInterval(300);
    connect(&m_whyTimer, &QTimer::timeout, this, [this] { refreshRows(m_pendingKeys.values()); });
}

QStringList PersistentVolumeClaimTableModel::podsUsing(const QString& claimKey) const
{
    QStringList pods = m_podsOfClaim.value(claimKey);
    pods.sort();
    return pods;
}

TableRow PersistentVolumeClaimTableModel::makeRow(const QJsonObject& object) const
{
    const PersistentVolumeClaim pvc = PersistentVolumeClaim::fromJson(object);
    TableRow row = baseRow(object, ColumnCount);
    const bool terminating = pvc.metadata.isTerminating();
    setCell(row, Name, row.name);
    setCell(row, Namespace, row.namespaceName);
    row.statusText = shared(terminating ? QStringLiteral("Terminating") : pvc.phase);
    setCell(row, Status, row.statusText);
    setCell(row, Volume, pvc.volumeName);
    // kubectl leaves capacity and modes blank until the claim names its volume.
    const bool showStatus = !pvc.volumeName.isEmpty();
    setSharedCell(row, Capacity, showStatus ? textOf(pvc.capacity) : QString(),
        showStatus ? bytesOf(pvc.capacity) : QVariant(-1.0));
    setSharedCell(row, AccessModes, showStatus ? accessModesAbbreviation(pvc.statusAccessModes) : QString());
    setSharedCell(row, StorageClass, pvc.storageClassName);
    setSortValue(row, Age, pvc.metadata.creationTimestamp);
    const QStringList pods = podsUsing(row.key);
    setCell(row, UsedBy, pods.join(QStringLiteral(", ")), qsizetype(pods.size()));
    row.status = phaseStatus(pvc.phase, terminating);
    const bool pending = !terminating && (pvc.phase.isEmpty() || pvc.phase == u"Pending");
    if (pending) {
        m_pendingKeys.insert(row.key);
        // Its pods that wait to be scheduled: a WaitForFirstConsumer claim waits for them, not
        // for a first consumer.
        QStringList unscheduled;
        for (const QString& podName : pods) {
            if (m_unscheduledPods.contains(pvc.metadata.ns + u'/' + podName))
                unscheduled.append(podName);
        }
        const binding::ClaimDiagnosis d
            = binding::diagnoseClaim(pvc, volumeList(), classList(), unscheduled, false);
        setCell(row, Why, d.message);
        if (row.toolTips.isEmpty())
            row.toolTips = QStringList(ColumnCount);
        row.toolTips[Why] = d.message;
    } else {
        m_pendingKeys.remove(row.key);
    }
    return row;
}

const SharedList<PersistentVolume>& PersistentVolumeClaimTableModel::volumeList() const
{
    if (!m_listsValid) {
        m_volumeList.clear();
        m_volumeList.reserve(m_volumes.size());
        for (const auto& volume : std::as_const(m_volumes))
            m_volumeList.append(volume);
        m_classList = m_classes.values();
        m_listsValid = true;
    }
    return m_volumeList;
}

const QList<StorageClass>& PersistentVolumeClaimTableModel::classList() const
{
    volumeList();
    return m_classList;
}

QStringList PersistentVolumeClaimTableModel::relatedKinds() const
{
    return {kindname::Pod, kindname::PersistentVolume, kindname::StorageClass};
}

void PersistentVolumeClaimTableModel::indexPod(const QString& podKey, const QJsonObject& podObject)
{
    const Pod pod = Pod::fromJson(podObject);
    const QStringList claims = claimKeysOfPod(pod);
    if (claims.isEmpty())
        return;
    m_claimsOfPod.insert(podKey, claims);
    for (const QString& claim : claims)
        m_podsOfClaim[claim].append(pod.metadata.name);
    if (pod.nodeName.isEmpty())
        m_unscheduledPods.insert(podKey);
}

QStringList PersistentVolumeClaimTableModel::unindexPod(const QString& podKey)
{
    const QStringList claims = m_claimsOfPod.take(podKey);
    m_unscheduledPods.remove(podKey);
    const QString podName = podKey.section(u'/', 1);
    for (const QString& claim : claims) {
        QStringList& pods = m_podsOfClaim[claim];
        pods.removeOne(podName);
        if (pods.isEmpty())
            m_podsOfClaim.remove(claim);
    }
    return claims;
}

QStringList PersistentVolumeClaimTableModel::affectedKeys(
    const QString& relatedKind, const StoreChange& change)
{
    if (relatedKind != kindname::Pod) {
        // A volume or a class changed: only the Pending claims' reasons can change; they are
        // made again once the changes settle, not once per change.
        const bool deleted = change.type == StoreChange::Type::Deleted;
        if (relatedKind == kindname::PersistentVolume) {
            if (deleted)
                m_volumes.remove(change.key);
            else
                m_volumes.insert(change.key, change.shared<PersistentVolume>());
        } else {
            if (deleted)
                m_classes.remove(change.key);
            else
                m_classes.insert(change.key, change.as<ase::StorageClass>());
        }
        m_listsValid = false;
        if (!m_pendingKeys.isEmpty() && !m_whyTimer.isActive())
            m_whyTimer.start();
        return {};
    }
    QStringList keys = unindexPod(change.key);
    if (change.type != StoreChange::Type::Deleted) {
        indexPod(change.key, change.object());
        keys += m_claimsOfPod.value(change.key);
    }
    return keys;
}

void PersistentVolumeClaimTableModel::prepareReload()
{
    m_volumes.clear();
    for (const QJsonObject& pv : store()->objects(kindname::PersistentVolume))
        m_volumes.insert(ResourceStore::keyOf(pv), sharedForCache<PersistentVolume>(pv));
    m_classes.clear();
    for (const QJsonObject& sc : store()->objects(kindname::StorageClass))
        m_classes.insert(ResourceStore::keyOf(sc), forCache(ase::StorageClass::fromJson(sc)));
    m_listsValid = false;
    m_pendingKeys.clear();
    m_claimsOfPod.clear();
    m_podsOfClaim.clear();
    m_unscheduledPods.clear();
    for (const QJsonObject& pod : store()->objects(kindname::Pod))
        indexPod(ResourceStore::keyOf(pod), pod);
}

// ---- StorageClasses ---------------------------------------------------------------------

StorageClassTableModel::StorageClassTableModel(ResourceStore* store, QObject* parent)
    : ResourceTableModel(store, kindname::StorageClass,
        {QT_TR_NOOP("Name"), QT_TR_NOOP("Provisioner"), QT_TR_NOOP("Reclaim Policy"),
            QT_TR_NOOP("Volume Binding Mode"), QT_TR_NOOP("Allow Volume Expansion"), QT_TR_NOOP("Age"),
            QT_TR_NOOP("PVs"), QT_TR_NOOP("PVCs")},
        parent)
{
    Q_ASSERT(columns() == ColumnCount);
}

TableRow StorageClassTableModel::makeRow(const QJsonObject& object) const
{
    const ase::StorageClass sc = ase::StorageClass::fromJson(object);
    TableRow row = baseRow(object, ColumnCount);
    // kubectl marks the default class with " (default)".
    setCell(row, Name, sc.isDefault ? tr("%1 (default)").arg(sc.metadata.name) : sc.metadata.name,
        sc.metadata.name);
    setSharedCell(row, Provisioner, sc.provisioner);
    setSharedCell(row, ReclaimPolicy, sc.reclaimPolicy);
    setSharedCell(row, VolumeBindingMode, sc.volumeBindingMode);
    setCell(row, AllowVolumeExpansion,
        sc.allowVolumeExpansion ? QStringLiteral("true") : QStringLiteral("false"));
    setSortValue(row, Age, sc.metadata.creationTimestamp);
    const int volumes = m_volumes.count.value(sc.metadata.name);
    const int claims = m_claims.count.value(sc.metadata.name);
    setCell(row, Volumes, QString::number(volumes), volumes);
    setCell(row, Claims, QString::number(claims), claims);
    row.status = StatusNone;
    return row;
}

QStringList StorageClassTableModel::relatedKinds() const
{
    return {kindname::PersistentVolume, kindname::PersistentVolumeClaim};
}

QStringList StorageClassTableModel::track(ClassUse& use, const StoreChange& change, const QString& newClass)
{
    QStringList affected;
    const auto old = use.classOf.constFind(change.key);
    if (old != use.classOf.cend()) {
        affected.append(*old);
        if (--use.count[*old] <= 0)
            use.count.remove(*old);
        use.classOf.erase(old);
    }
    if (change.type != StoreChange::Type::Deleted && !newClass.isEmpty()) {
        use.classOf.insert(change.key, newClass);
        ++use.count[newClass];
        affected.append(newClass);
    }
    return affected;
}

QStringList StorageClassTableModel::affectedKeys(const QString& relatedKind, const StoreChange& change)
{
    if (relatedKind == kindname::PersistentVolume)
        return track(m_volumes, change, change.as<PersistentVolume>().storageClassName);
    return track(m_claims, change, change.as<PersistentVolumeClaim>().storageClassName);
}

void StorageClassTableModel::prepareReload()
{
    m_volumes = {};
    m_claims = {};
    for (const QJsonObject& pv : store()->objects(kindname::PersistentVolume))
        track(m_volumes, {StoreChange::Type::Added, ResourceStore::keyOf(pv), pv},
            PersistentVolume::fromJson(pv).storageClassName);
    for (const QJsonObject& pvc : store()->objects(kindname::PersistentVolumeClaim))
        track(m_claims, {StoreChange::Type::Added, ResourceStore::keyOf(pvc), pvc},
            PersistentVolumeClaim::fromJson(pvc).storageClassName);
}

// ---- Shares -----------------------------------------------------------------------------

ShareTableModel::ShareTableModel(ResourceStore* store, QObject* parent)
    : ResourceTableModel(store, kindname::Share,
        {QT_TR_NOOP("Name"), QT_TR_NOOP("Protocol"), QT_TR_NOOP("Type"), QT_TR_NOOP("Status"),
            QT_TR_NOOP("Edge Compute"), QT_TR_NOOP("PersistentVolume"), QT_TR_NOOP("Claim")},
        parent)
{
    Q_ASSERT(columns() == ColumnCount);
}

TableRow ShareTableModel::makeRow(const QJsonObject& object) const
{
    const Share share = Share::fromJson(object);
    TableRow row = baseRow(object, ColumnCount);
    row.toolTips = QStringList(ColumnCount);
    setCell(row, Name, share.name);
    setSharedCell(row, Protocol, share.accessProtocol.toUpper());
    if (share.isCloud()) {
        const QString account = share.azureContainerInfo
            ? share.azureContainerInfo->storageAccountCredentialId.section(u'/', -1)
            : QString();
        const QString container
            = share.azureContainerInfo ? share.azureContainerInfo->containerName : QString();
        setCell(row, Type, tr("Cloud (%1/%2)").arg(account, container), tr("Cloud"));
        row.toolTips[Type]
            = tr("Tiered to the Azure storage account %1, container %2").arg(account, container);
    } else {
        setCell(row, Type, tr("Local"));
        row.toolTips[Type] = tr("Data stays on the device");
    }
    row.statusText = share.shareStatus;
    setSharedCell(row, Status, share.shareStatus);
    if (share.isMountedForCompute()) {
        const QString mountPoint = share.shareMappings.constFirst().mountPoint;
        setCell(row, EdgeCompute, mountPoint.isEmpty() ? tr("Mounted") : mountPoint);
    } else {
        setCell(row, EdgeCompute, tr("Not mounted"), QString());
    }
    const QJsonObject pvObject = store()->object(kindname::PersistentVolume, share.name);
    if (!pvObject.isEmpty()) {
        const PersistentVolume pv = PersistentVolume::fromJson(pvObject);
        setCell(row, Volume, pv.metadata.name);
        setCell(row, Claim,
            pv.phase == u"Bound" && pv.claimRef ? pv.claimRef->ns + u'/' + pv.claimRef->name : QString());
    }
    const QString status = share.shareStatus.toLower();
    if (status == u"ok" || status == u"online")
        row.status = StatusOk;
    else if (status == u"updating")
        row.status = StatusPending;
    else if (status == u"needsattention")
        row.status = StatusWarning;
    else if (status == u"offline")
        row.status = StatusError;
    return row;
}

QStringList ShareTableModel::relatedKinds() const
{
    return {kindname::PersistentVolume};
}

QStringList ShareTableModel::affectedKeys(const QString&, const StoreChange& change)
{
    return {change.key}; // a share's PV carries the share's name
}

} // namespace ase
