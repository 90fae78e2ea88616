// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/itemmodels/ResourceTableModel.h"
#include "models/resources/PersistentVolume.h"
#include "models/resources/SharedList.h"
#include "models/resources/StorageClass.h"

#include <QSet>
#include <QTimer>

namespace ase {

/// PersistentVolumes with kubectl's columns, plus the device share behind a volume.
class PersistentVolumeTableModel final : public ResourceTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersistentVolumeTableModel)

public:
    enum Column {
        Name,
        Capacity,
        AccessModes,
        ReclaimPolicy,
        Status,
        Claim,
        StorageClass,
        Reason,
        Age,
        Share,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit PersistentVolumeTableModel(ResourceStore* store, QObject* parent = nullptr);
    int statusColumn() const override { return Status; }
    int ageColumn() const override { return Age; }

protected:
    TableRow makeRow(const QJsonObject& object) const override;
    QStringList relatedKinds() const override;
    QStringList affectedKeys(const QString& relatedKind, const StoreChange& change) override;
};

/// The colour class (ResourceTableModel::StatusKind) of a PV or PVC phase, as the panes
/// and the binding graph show it.
int statusOfPhase(const QString& phase, bool terminating);

/// PersistentVolumeClaims, with the pods that use each claim and, for a Pending claim, why
/// in one sentence (the binding diagnosis).
class PersistentVolumeClaimTableModel final : public ResourceTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PersistentVolumeClaimTableModel)

public:
    enum Column {
        Name,
        Namespace,
        Status,
        Volume,
        Capacity,
        AccessModes,
        StorageClass,
        Age,
        UsedBy,
        Why,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit PersistentVolumeClaimTableModel(ResourceStore* store, QObject* parent = nullptr);
    /// How long after a volume or class change the Pending claims' reasons are made again
    /// (default 300 ms; changes meanwhile are coalesced). Only Pending rows are touched.
    void setWhyDelay(int milliseconds) { m_whyTimer.setInterval(milliseconds); }
    int statusColumn() const override { return Status; }
    int ageColumn() const override { return Age; }

    /// Names of the pods that use a claim ("ns/name" key), sorted.
    QStringList podsUsing(const QString& claimKey) const;

protected:
    TableRow makeRow(const QJsonObject& object) const override;
    QStringList relatedKinds() const override;
    QStringList affectedKeys(const QString& relatedKind, const StoreChange& change) override;
    void prepareReload() override;

private:
    void indexPod(const QString& podKey, const QJsonObject& pod);
    QStringList unindexPod(const QString& podKey);

    const SharedList<PersistentVolume>& volumeList() const;
    const QList<ase::StorageClass>& classList() const;

    QHash<QString, QStringList> m_claimsOfPod; ///< pod key → claim keys
    QHash<QString, QStringList> m_podsOfClaim; ///< claim key → pod names
    QSet<QString> m_unscheduledPods; ///< keys of the indexed pods that have no node yet
    // The Why column: volumes and classes decoded once per change, the Pending claims.
    QHash<QString, SharedList<PersistentVolume>::Pointer> m_volumes;
    QHash<QString, ase::StorageClass> m_classes;
    mutable SharedList<PersistentVolume> m_volumeList; ///< m_volumes as a list, made when needed
    mutable QList<ase::StorageClass> m_classList;
    mutable bool m_listsValid = false;
    mutable QSet<QString> m_pendingKeys;
    QTimer m_whyTimer;
};

/// StorageClasses, with how many volumes and claims use each.
class StorageClassTableModel final : public ResourceTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageClassTableModel)

public:
    enum Column {
        Name,
        Provisioner,
        ReclaimPolicy,
        VolumeBindingMode,
        AllowVolumeExpansion,
        Age,
        Volumes,
        Claims,
        ColumnCount
    };
    Q_ENUM(Column)

    explicit StorageClassTableModel(ResourceStore* store, QObject* parent = nullptr);
    int ageColumn() const override { return Age; }

protected:
    TableRow makeRow(const QJsonObject& object) const override;
    QStringList relatedKinds() const override;
    QStringList affectedKeys(const QString& relatedKind, const StoreChange& change) override;
    void prepareReload() override;

private:
    struct ClassUse
    {
        QHash<QString, QString> classOf; ///< object key → class name
        QHash<QString, int> count; ///< class name → objects
    };
    static QStringList track(ClassUse& use, const StoreChange& change, const QString& newClass);

    ClassUse m_volumes;
    ClassUse m_claims;
};

/// The device's shares, with what Kubernetes made of each: its PV and the claim bound to it.
class ShareTableModel final : public ResourceTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareTableModel)

public:
    enum Column { Name, Protocol, Type, Status, EdgeCompute, Volume, Claim, ColumnCount };
    Q_ENUM(Column)

    explicit ShareTableModel(ResourceStore* store, QObject* parent = nullptr);
    int statusColumn() const override { return Status; }

protected:
    TableRow makeRow(const QJsonObject& object) const override;
    QStringList relatedKinds() const override;
    QStringList affectedKeys(const QString& relatedKind, const StoreChange& change) override;
};

} // namespace ase
