// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ase {

/// One kind of Kubernetes object the app and the demo device know: where it lives in the
/// REST API and how kubectl names it. The table is the single source for paths,
/// discovery documents and kind ↔ resource mapping.
struct ResourceKind
{
    QString group; ///< "" for the core group
    QString version; ///< "v1"
    QString resource; ///< plural, as in the URL: "persistentvolumeclaims"
    QString singular; ///< "persistentvolumeclaim"
    QString kind; ///< "PersistentVolumeClaim"
    bool namespaced = false;
    QStringList shortNames;
    QStringList categories;

    /// "v1" or "storage.k8s.io/v1": the apiVersion field of objects of this kind.
    QString apiVersion() const;
    /// "/api/v1" or "/apis/storage.k8s.io/v1".
    QString groupVersionPath() const;
    /// The collection path; for a namespaced kind with an empty namespace, the
    /// all-namespaces list path.
    QString collectionPath(const QString& ns = {}) const;
    /// The path of one object.
    QString objectPath(const QString& ns, const QString& name) const;
    /// "persistentvolumeclaims" or "storageclasses.storage.k8s.io", as in Status messages.
    QString qualifiedResource() const;

    bool isValid() const { return !resource.isEmpty(); }
};

/// The kinds this project works with, in a stable order.
const QList<ResourceKind>& knownResourceKinds();
/// Looks a kind up by its Kind name ("PersistentVolume"); invalid if unknown.
ResourceKind resourceKindByKind(const QString& kind);
/// Looks a kind up by group and plural resource name; invalid if unknown.
ResourceKind resourceKindByResource(const QString& group, const QString& resource);

} // namespace ase
