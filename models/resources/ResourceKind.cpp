// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/ResourceKind.h"

#include "models/resources/KindNames.h"

namespace ase {

QString ResourceKind::apiVersion() const
{
    return group.isEmpty() ? version : QString(group + u'/' + version);
}

QString ResourceKind::groupVersionPath() const
{
    return group.isEmpty() ? QString(u"/api/" + version) : QString(u"/apis/" + apiVersion());
}

QString ResourceKind::collectionPath(const QString& ns) const
{
    if (namespaced && !ns.isEmpty())
        return groupVersionPath() + u"/namespaces/" + ns + u'/' + resource;
    return groupVersionPath() + u'/' + resource;
}

QString ResourceKind::objectPath(const QString& ns, const QString& name) const
{
    return collectionPath(ns) + u'/' + name;
}

QString ResourceKind::qualifiedResource() const
{
    return group.isEmpty() ? resource : QString(resource + u'.' + group);
}

const QList<ResourceKind>& knownResourceKinds()
{
    static const QList<ResourceKind> kinds = {
        {{}, QStringLiteral("v1"), QStringLiteral("namespaces"), QStringLiteral("namespace"),
            kindname::Namespace, false, {QStringLiteral("ns")}, {}},
        {{}, QStringLiteral("v1"), QStringLiteral("persistentvolumes"), QStringLiteral("persistentvolume"),
            kindname::PersistentVolume, false, {QStringLiteral("pv")}, {}},
        {{}, QStringLiteral("v1"), QStringLiteral("persistentvolumeclaims"),
            QStringLiteral("persistentvolumeclaim"), kindname::PersistentVolumeClaim, true,
            {QStringLiteral("pvc")}, {}},
        {{}, QStringLiteral("v1"), QStringLiteral("pods"), QStringLiteral("pod"), kindname::Pod, true,
            {QStringLiteral("po")}, {QStringLiteral("all")}},
        {{}, QStringLiteral("v1"), QStringLiteral("events"), QStringLiteral("event"), kindname::Event, true,
            {QStringLiteral("ev")}, {}},
        {QStringLiteral("storage.k8s.io"), QStringLiteral("v1"), QStringLiteral("storageclasses"),
            QStringLiteral("storageclass"), kindname::StorageClass, false, {QStringLiteral("sc")}, {}},
        {QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("deployments"),
            QStringLiteral("deployment"), kindname::Deployment, true, {QStringLiteral("deploy")},
            {QStringLiteral("all")}},
        {QStringLiteral("apps"), QStringLiteral("v1"), QStringLiteral("statefulsets"),
            QStringLiteral("statefulset"), kindname::StatefulSet, true, {QStringLiteral("sts")},
            {QStringLiteral("all")}},
        {{}, QStringLiteral("v1"), QStringLiteral("configmaps"), QStringLiteral("configmap"),
            QStringLiteral("ConfigMap"), true, {QStringLiteral("cm")}, {}},
        {{}, QStringLiteral("v1"), QStringLiteral("secrets"), QStringLiteral("secret"), kindname::Secret,
            true, {}, {}},
        {{}, QStringLiteral("v1"), QStringLiteral("services"), QStringLiteral("service"),
            QStringLiteral("Service"), true, {QStringLiteral("svc")}, {QStringLiteral("all")}},
    };
    return kinds;
}

ResourceKind resourceKindByKind(const QString& kind)
{
    for (const ResourceKind& k : knownResourceKinds()) {
        if (k.kind == kind)
            return k;
    }
    return {};
}

ResourceKind resourceKindByResource(const QString& group, const QString& resource)
{
    for (const ResourceKind& k : knownResourceKinds()) {
        if (k.group == group && k.resource == resource)
            return k;
    }
    return {};
}

} // namespace ase
