#pragma once

#include "models/itemmodels/ResourceTableModel.h"

#include <QSet>

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
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    TableRow makeRow(const QJsonObject& object) const override;
    QStringList relatedKinds() const override;
    QStringList affectedKeys(const QString& relatedKind, const StoreChange& change) override;
};

/// PersistentVolumeClaims, with the pods that use each claim.
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
        ColumnCount
    };
    Q_ENUM(Column)

    explicit PersistentVolumeClaimTableModel(ResourceStore* store, QObject* parent = nullptr);
    int statusColumn() const override { return Status; }
    int ageColumn() const override { return Age; }

    /// Names of the pods that use a claim ("ns/name" key), sorted.
    QStringList podsUsing(const QString& claimKey) const;

protected:
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    TableRow makeRow(const QJsonObject& object) const override;
    QStringList relatedKinds() const override;
    QStringList affectedKeys(const QString& relatedKind, const StoreChange& change) override;
    void prepareReload() override;

private:
    void indexPod(const QString& podKey, const QJsonObject& pod);
    QStringList unindexPod(const QString& podKey);

    QHash<QString, QStringList> m_claimsOfPod; ///< pod key → claim keys
    QHash<QString, QStringList> m_podsOfClaim; ///< claim key → pod names
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
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
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
    int columns() const override { return ColumnCount; }
    QString columnTitle(int column) const override;
    TableRow makeRow(const QJsonObject& object) const override;
    QStringList relatedKinds() const override;
    QStringList affectedKeys(const QString& relatedKind, const StoreChange& change) override;
};

} // namespace ase
