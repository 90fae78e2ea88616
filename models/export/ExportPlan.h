// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

/// Export of cluster objects as re-appliable YAML: which objects (the selection and,
/// optionally, what they bind to), the storage rules that keep a restore binding the same
/// volumes (each change said with its reason), and the file layout. Pure: the window and
/// the `export` command write what the plan says.
namespace ase::exporting {

struct ExportOptions
{
    bool clean = true; ///< the clean-export rules (CleanExport.h); false = as the server sent them
    /// Add what the objects bind to: a claim's PV and class, a PV's claim and class, and the
    /// Namespace of each namespaced object (so that the bundle applies to an empty cluster).
    bool related = false;
    /// Shares (device) whose IoT Edge module mounts (`HostConfig.Mounts`, as the static
    /// wizard's consumer page writes them) go with a folder export as iotedge/<share>.json.
    QStringList iotEdgeShares;
};

struct ExportedObject
{
    QJsonObject object; ///< as it will be written
    QString kind;
    QString ns;
    QString name;
    QString path; ///< in a folder export: "<namespace>/<kind>/<name>.yaml" or "cluster/<kind>/<name>.yaml"
};

/// The storage rules an export applies (or keeps) so that a restore binds the same volumes.
enum class ExportRule : quint8 {
    ClassEmptyKept, ///< a claim's `storageClassName: ""` kept (it means "no class", never the default)
    VolumeNameKept, ///< a claim exported with its volume keeps spec.volumeName
    StaticVolumeMissing, ///< ... kept although its volume is not exported (apply it too)
    ClaimRefCleaned, ///< a PV's claimRef uid/resourceVersion and the bind annotations dropped
    DynamicVolumeDropped, ///< a dynamic claim exported without its PV loses spec.volumeName
    RetainClaimRef, ///< a Retain PV with a claimRef: only that claim can bind it
    BuiltInNamespaceSkipped, ///< default, kube-system... exist in every cluster
};

/// One change the export made, and why ("what was changed and why").
struct ExportNote
{
    QString object; ///< "PersistentVolumeClaim edge-apps/db"
    QString text; ///< one translated sentence
    ExportRule rule = ExportRule::ClassEmptyKept;
};

/// The notes of one rule together, for the export dialog's summary.
struct RuleSummary
{
    ExportRule rule = ExportRule::ClassEmptyKept;
    QString text; ///< the rule in one translated sentence, with no object named
    QStringList objects; ///< the objects it applied to, in plan order
};

/// A file written next to the objects in a folder export (not listed in the kustomization).
struct ExportAttachment
{
    QString path; ///< "iotedge/share1.json"
    QByteArray bytes;
};

struct ExportPlan
{
    QList<ExportedObject> objects; ///< in apply order: classes, volumes, claims, the rest
    QList<ExportNote> notes;
    QStringList skipped; ///< objects never exported (Secrets), "Secret ns/name"
    QList<ExportAttachment> attachments; ///< folder exports only (IoT Edge mounts)

    /// Every object as one multi-document YAML stream.
    QByteArray singleFile() const;
    /// The kustomization of a folder export, listing every file (see kKustomizationFile).
    QByteArray kustomization() const;
    /// "PersistentVolumeClaim" → count.
    QMap<QString, int> countsByKind() const;
    /// The notes grouped by rule, in the order of ExportRule.
    QList<RuleSummary> ruleSummaries() const;
};

/// The rule in one sentence, naming no object (the dialog lists the objects under it).
QString ruleText(ExportRule rule);

/// Namespaces every cluster has (default, kube-system, kube-public, kube-node-lease).
bool isBuiltInNamespace(const QString& name);

/// The file name of a folder export's kustomization: "Kustomization", one of the three names
/// kustomize reads (kustomization.yaml, kustomization.yml, Kustomization) and the only one
/// without a .yaml extension, so that `kubectl apply -R -f FOLDER` (which reads every
/// .yaml, .yml and .json file and cannot map kind Kustomization) and `kubectl apply -k
/// FOLDER` both apply the folder.
inline constexpr QStringView kKustomizationFile = u"Kustomization";

/// The order objects are applied in: namespaces, classes, volumes, claims, the rest (a
/// claim's volume and class exist before it).
int applyOrder(const QString& kind);

/// The folder path of one object (lower-case kind; cluster-scoped under "cluster/").
/// Characters that are not safe in a file name on every system (/ \ : * ? " < > | and
/// control characters) become "_"; "." and ".." get a "_" in front. planExport() makes
/// paths that still collide unique with "-2", "-3"... before ".yaml".
QString exportPath(const QString& kind, const QString& ns, const QString& name);

/// Adds to @p selected what it binds to, found in @p everything: a claim's volume (its
/// spec.volumeName, or the volume whose claimRef names it) and class; a volume's claim
/// and class; the Namespace of every namespaced object. One level, no repeats, selection
/// order kept, related objects after it.
QList<QJsonObject> withRelated(const QList<QJsonObject>& selected, const QList<QJsonObject>& everything);

/// The plan for exporting @p selected (with related objects when asked, found in
/// @p everything).
ExportPlan planExport(
    const QList<QJsonObject>& selected, const QList<QJsonObject>& everything, const ExportOptions& options);

} // namespace ase::exporting
