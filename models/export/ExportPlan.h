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
    bool related = false; ///< add what the objects bind to: a claim's PV and class, a PV's claim and class
};

struct ExportedObject
{
    QJsonObject object; ///< as it will be written
    QString kind;
    QString ns;
    QString name;
    QString path; ///< in a folder export: "<namespace>/<kind>/<name>.yaml" or "cluster/<kind>/<name>.yaml"
};

/// One change the export made, and why ("what was changed and why").
struct ExportNote
{
    QString object; ///< "PersistentVolumeClaim edge-apps/db"
    QString text; ///< one translated sentence
};

struct ExportPlan
{
    QList<ExportedObject> objects; ///< in apply order: classes, volumes, claims, the rest
    QList<ExportNote> notes;
    QStringList skipped; ///< objects never exported (Secrets), "Secret ns/name"

    /// Every object as one multi-document YAML stream.
    QByteArray singleFile() const;
    /// The kustomization.yaml of a folder export, listing every file.
    QByteArray kustomization() const;
    /// "PersistentVolumeClaim" → count.
    QMap<QString, int> countsByKind() const;
};

/// The order objects are applied in: namespaces, classes, volumes, claims, the rest (a
/// claim's volume and class exist before it).
int applyOrder(const QString& kind);

/// The folder path of one object (lower-case kind; cluster-scoped under "cluster/").
QString exportPath(const QString& kind, const QString& ns, const QString& name);

/// Adds to @p selected what it binds to, found in @p everything: a claim's volume (its
/// spec.volumeName, or the volume whose claimRef names it) and class; a volume's claim
/// and class. One level, no repeats, selection order kept, related objects after it.
QList<QJsonObject> withRelated(const QList<QJsonObject>& selected, const QList<QJsonObject>& everything);

/// The plan for exporting @p selected (with related objects when asked, found in
/// @p everything).
ExportPlan planExport(
    const QList<QJsonObject>& selected, const QList<QJsonObject>& everything, const ExportOptions& options);

} // namespace ase::exporting
