// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/export/ExportPlan.h"

#include "models/provisioning/ClaimManifests.h"
#include "models/resources/CleanExport.h"
#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"
#include "models/resources/PersistentVolume.h"
#include "models/resources/PersistentVolumeClaim.h"
#include "models/resources/Yaml.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ase::exporting {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

QString kindOf(const QJsonObject& o)
{
    return o.value(u"kind").toString();
}
QString keyOf(const QJsonObject& o)
{
    return kindOf(o) + u'|' + metafield::ns(o) + u'|' + metafield::name(o);
}
QString label(const QJsonObject& o)
{
    return metafield::ns(o).isEmpty()
        ? QString(kindOf(o) + u' ' + metafield::name(o))
        : QString(kindOf(o) + u' ' + metafield::ns(o) + u'/' + metafield::name(o));
}

/// A claim whose volume a provisioner made for it (it would wait for a `pvc-<old uid>`
/// that never comes back if exported alone with its volumeName).
bool isDynamicClaim(const PersistentVolumeClaim& claim, const PersistentVolume* volume)
{
    if (volume)
        return !volume->provisionedBy.isEmpty() || volume->metadata.name == u"pvc-"_s + claim.metadata.uid;
    return !claim.storageProvisioner.isEmpty()
        || (!claim.storageClassName.isEmpty() && claim.volumeName.startsWith(u"pvc-"_s));
}

} // namespace

int applyOrder(const QString& kind)
{
    static const QStringList order {kindname::Namespace, kindname::StorageClass, kindname::PersistentVolume,
        kindname::PersistentVolumeClaim};
    const qsizetype i = order.indexOf(kind);
    return i < 0 ? int(order.size()) : int(i);
}

namespace {

/// One path component safe on every file system: names are DNS subdomains, but a raw
/// file or an odd server may give anything.
QString safeComponent(const QString& name)
{
    static constexpr QStringView unsafe = u"/\\:*?\"<>|";
    QString out = name;
    for (QChar& c : out)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || unsafe.contains(c))
            c = u'_';
    if (out.isEmpty() || out == u"." || out == u"..")
        out.prepend(u'_');
    return out;
}

} // namespace

QString exportPath(const QString& kind, const QString& ns, const QString& name)
{
    return (ns.isEmpty() ? u"cluster"_s : safeComponent(ns)) + u'/' + safeComponent(kind.toLower()) + u'/'
        + safeComponent(name) + u".yaml"_s;
}

bool isBuiltInNamespace(const QString& name)
{
    return name == u"default" || name == u"kube-system" || name == u"kube-public"
        || name == u"kube-node-lease";
}

QString ruleText(ExportRule rule)
{
    switch (rule) {
    case ExportRule::ClassEmptyKept:
        return Text::tr("storageClassName \"\" kept on claims: it means \"no class\"; without it the "
                        "claim would get the target cluster's default class and a new, empty volume.");
    case ExportRule::VolumeNameKept:
        return Text::tr("volumeName kept on claims exported with their volume: each binds the same volume "
                        "again.");
    case ExportRule::StaticVolumeMissing:
        return Text::tr("volumeName kept on static claims whose volume is not exported: apply the volume "
                        "too, or the claim stays Pending.");
    case ExportRule::ClaimRefCleaned:
        return Text::tr("claimRef uid and resourceVersion and the bind annotations removed from volumes: "
                        "they belong to this cluster; without them the pair binds again.");
    case ExportRule::DynamicVolumeDropped:
        return Text::tr("volumeName removed from dynamic claims exported without their volume: they get a "
                        "new volume from their class (the old one, pvc-<uid>, never comes back).");
    case ExportRule::RetainClaimRef:
        return Text::tr("Volumes with reclaim policy Retain keep their claimRef: only that claim can bind "
                        "them.");
    case ExportRule::BuiltInNamespaceSkipped:
        return Text::tr("Built-in namespaces not exported: every cluster has them.");
    }
    return {};
}

QList<QJsonObject> withRelated(const QList<QJsonObject>& selected, const QList<QJsonObject>& everything)
{
    QHash<QString, QJsonObject> byKey;
    QHash<QString, QJsonObject> volumeByClaim; // "ns/name" → PV whose claimRef names it
    for (const QJsonObject& o : everything) {
        byKey.insert(keyOf(o), o);
        if (kindOf(o) == kindname::PersistentVolume) {
            const QJsonObject ref = o.value(u"spec").toObject().value(u"claimRef").toObject();
            if (!ref.isEmpty())
                volumeByClaim.insert(
                    ref.value(u"namespace").toString() + u'/' + ref.value(u"name").toString(), o);
        }
    }
    QList<QJsonObject> out = selected;
    QSet<QString> seen;
    for (const QJsonObject& o : selected)
        seen.insert(keyOf(o));
    const auto add = [&](const QString& key) {
        if (seen.contains(key) || !byKey.contains(key))
            return;
        seen.insert(key);
        out.append(byKey.value(key));
    };
    for (const QJsonObject& o : selected) {
        const QString kind = kindOf(o);
        if (!metafield::ns(o).isEmpty())
            add(u"Namespace||"_s + metafield::ns(o));
        if (kind == kindname::PersistentVolumeClaim) {
            const PersistentVolumeClaim claim = PersistentVolumeClaim::fromJson(o);
            if (!claim.volumeName.isEmpty())
                add(u"PersistentVolume||"_s + claim.volumeName);
            else if (volumeByClaim.contains(claim.metadata.key()))
                add(keyOf(volumeByClaim.value(claim.metadata.key())));
            if (!claim.storageClassName.isEmpty())
                add(u"StorageClass||"_s + claim.storageClassName);
        } else if (kind == kindname::PersistentVolume) {
            const PersistentVolume volume = PersistentVolume::fromJson(o);
            if (volume.claimRef) {
                add(u"PersistentVolumeClaim|"_s + volume.claimRef->ns + u'|' + volume.claimRef->name);
                add(u"Namespace||"_s + volume.claimRef->ns);
            }
            if (!volume.storageClassName.isEmpty())
                add(u"StorageClass||"_s + volume.storageClassName);
        }
    }
    return out;
}

namespace {

/// The volumes of the export, and every volume known (decoded once).
struct VolumeIndex
{
    QSet<QString> exported; ///< names
    QHash<QString, PersistentVolume> all;
};

/// A claim, cleaned: what happens to its volumeName (kept with its volume, dropped for a
/// provisioned volume left behind, kept with a warning for a static one) and its class "".
void planClaim(
    const QJsonObject& original, QJsonObject& object, const VolumeIndex& volumes, QList<ExportNote>& notes)
{
    const PersistentVolumeClaim claim = PersistentVolumeClaim::fromJson(original);
    const QJsonObject originalSpec = original.value(u"spec").toObject();
    if (!claim.volumeName.isEmpty() && volumes.exported.contains(claim.volumeName))
        notes.append({label(original),
            Text::tr("volumeName %1 kept: the claim binds the same volume, exported with it.")
                .arg(claim.volumeName),
            ExportRule::VolumeNameKept});
    if (!claim.volumeName.isEmpty() && !volumes.exported.contains(claim.volumeName)) {
        const auto it = volumes.all.constFind(claim.volumeName);
        if (isDynamicClaim(claim, it == volumes.all.cend() ? nullptr : &*it)) {
            QJsonObject spec = object.value(u"spec").toObject();
            spec.remove(u"volumeName");
            object.insert(u"spec"_s, spec);
            notes.append({label(original),
                Text::tr("volumeName %1 removed: the volume was made by a provisioner for this claim "
                         "and is "
                         "not exported, so the claim gets a new volume from class %2 when applied.")
                    .arg(claim.volumeName, claim.storageClassName),
                ExportRule::DynamicVolumeDropped});
        } else {
            notes.append({label(original),
                Text::tr("volumeName %1 kept (a static claim): apply volume %1 too, or the claim stays "
                         "Pending.")
                    .arg(claim.volumeName),
                ExportRule::StaticVolumeMissing});
        }
    }
    if (originalSpec.contains(u"storageClassName")
        && originalSpec.value(u"storageClassName").toString().isEmpty())
        notes.append({label(original),
            Text::tr("storageClassName \"\" kept: the claim takes no class, never the default one."),
            ExportRule::ClassEmptyKept});
}

/// A volume: its claimRef cleaned, and a Retain policy that ties it to its claim.
void planVolume(const QJsonObject& original, const VolumeIndex& volumes, bool clean, QList<ExportNote>& notes)
{
    // Each volume is read once (from everything) when it is there.
    const auto known = volumes.all.constFind(metafield::name(original));
    const PersistentVolume volume
        = known != volumes.all.cend() ? *known : PersistentVolume::fromJson(original);
    if (volume.claimRef && clean) {
        notes.append({label(original),
            Text::tr("claimRef keeps only the claim's namespace and name (its uid and resourceVersion "
                     "belong to this cluster), and the bind annotations are removed, so the pair binds "
                     "again when applied."),
            ExportRule::ClaimRefCleaned});
    }
    if (volume.claimRef && volume.reclaimPolicy == u"Retain")
        notes.append({label(original),
            Text::tr("Reclaim policy Retain with a claimRef: only claim %1 can bind this volume.")
                .arg(volume.claimKey()),
            ExportRule::RetainClaimRef});
}

/// Two objects never share a file, even when their names only differ in characters a file
/// name cannot hold (or by case, on a file system that ignores it).
void makePathsUnique(QList<ExportedObject>& objects)
{
    QSet<QString> taken;
    taken.reserve(objects.size());
    for (ExportedObject& e : objects) {
        QString path = e.path;
        for (int n = 2; taken.contains(path.toLower()); ++n)
            path = e.path.chopped(5) + u'-' + QString::number(n) + u".yaml"_s;
        taken.insert(path.toLower());
        e.path = path;
    }
}

} // namespace

ExportPlan planExport(
    const QList<QJsonObject>& selected, const QList<QJsonObject>& everything, const ExportOptions& options)
{
    ExportPlan plan;
    const QList<QJsonObject> objects = options.related ? withRelated(selected, everything) : selected;
    VolumeIndex volumes;
    for (const QJsonObject& o : everything)
        if (kindOf(o) == kindname::PersistentVolume)
            volumes.all.insert(metafield::name(o), PersistentVolume::fromJson(o));
    for (const QJsonObject& o : objects)
        if (kindOf(o) == kindname::PersistentVolume)
            volumes.exported.insert(metafield::name(o));

    for (const QJsonObject& original : objects) {
        const QString kind = kindOf(original);
        if (kind == kindname::Secret) {
            plan.skipped.append(label(original));
            continue;
        }
        QJsonObject object = options.clean ? cleanForExport(original) : original;
        if (kind == kindname::PersistentVolumeClaim) {
            planClaim(original, object, volumes, plan.notes);
        } else if (kind == kindname::Namespace && isBuiltInNamespace(metafield::name(original))) {
            plan.notes.append({label(original), ruleText(ExportRule::BuiltInNamespaceSkipped),
                ExportRule::BuiltInNamespaceSkipped});
            continue;
        } else if (kind == kindname::PersistentVolume) {
            planVolume(original, volumes, options.clean, plan.notes);
        }
        ExportedObject e;
        e.kind = kind;
        e.ns = metafield::ns(original);
        e.name = metafield::name(original);
        e.path = exportPath(e.kind, e.ns, e.name);
        e.object = object;
        plan.objects.append(e);
    }
    std::stable_sort(
        plan.objects.begin(), plan.objects.end(), [](const ExportedObject& a, const ExportedObject& b) {
            return applyOrder(a.kind) < applyOrder(b.kind);
        });
    makePathsUnique(plan.objects);
    for (const QString& share : options.iotEdgeShares) {
        provisioning::ClaimDraft draft;
        draft.shareName = share;
        const QByteArray json = provisioning::iotEdgeCreateOptionsJson(draft);
        if (!json.isEmpty())
            plan.attachments.append({u"iotedge/"_s + safeComponent(share) + u".json"_s, json});
    }
    return plan;
}

QByteArray ExportPlan::singleFile() const
{
    QList<QJsonObject> list;
    list.reserve(objects.size());
    for (const ExportedObject& e : objects)
        list.append(e.object);
    return toYaml(list);
}

QByteArray ExportPlan::kustomization() const
{
    QJsonArray resources;
    for (const ExportedObject& e : objects)
        resources.append(e.path);
    return toYaml(QJsonObject {{u"apiVersion"_s, u"kustomize.config.k8s.io/v1beta1"_s},
        {u"kind"_s, u"Kustomization"_s}, {u"resources"_s, resources}});
}

QList<RuleSummary> ExportPlan::ruleSummaries() const
{
    QMap<int, RuleSummary> byRule;
    for (const ExportNote& note : notes) {
        RuleSummary& summary = byRule[int(note.rule)];
        summary.rule = note.rule;
        summary.objects.append(note.object);
    }
    QList<RuleSummary> out;
    for (RuleSummary& summary : byRule) {
        summary.text = ruleText(summary.rule);
        out.append(summary);
    }
    return out;
}

QMap<QString, int> ExportPlan::countsByKind() const
{
    QMap<QString, int> counts;
    for (const ExportedObject& e : objects)
        ++counts[e.kind];
    return counts;
}

} // namespace ase::exporting
