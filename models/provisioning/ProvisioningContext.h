// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/PersistentVolume.h"
#include "models/resources/PersistentVolumeClaim.h"
#include "models/resources/Share.h"
#include "models/resources/SharedList.h"
#include "models/resources/StorageClass.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace ase {
class ResourceStore;
}

namespace ase::provisioning {

/// What the checks and the candidate list know of the cluster and the device: the
/// window fills it from its store, a command from one-shot lists.
struct ProvisioningContext
{
    SharedList<PersistentVolume> volumes;
    QList<PersistentVolumeClaim> claims;
    QList<StorageClass> classes;
    QList<Share> shares;
    /// The cluster's namespaces; nullopt when they cannot be listed (a namespace user):
    /// then any valid name is taken and the server decides.
    std::optional<QStringList> namespaces;
    /// PersistentVolumes could be listed (a namespace user cannot): without them the
    /// volume checks are left to the server.
    bool volumesKnown = true;
    /// A device is connected and its shares were read.
    bool sharesKnown = false;

    const PersistentVolume* volume(const QString& name) const;
    const Share* share(const QString& name) const;
    const PersistentVolumeClaim* claim(const QString& ns, const QString& name) const;
    const StorageClass* storageClass(const QString& name) const;
    /// A claim name that is free in @p ns: @p first, else "<first>-2", "<first>-3"...
    QString freeClaimName(const QString& ns, const QString& first) const;
    /// The class the DefaultStorageClass admission gives a claim that names none (the newest
    /// of those marked default: binding::defaultStorageClass), or null.
    const StorageClass* defaultClass() const;
    /// The class a claim of @p className gets: that class, or for "" the default one.
    const StorageClass* effectiveClass(const QString& className) const
    {
        return className.isEmpty() ? defaultClass() : storageClass(className);
    }

    /// The context of a store: its volumes, claims, classes, shares and namespaces.
    /// `namespacesKnown`/`volumesKnown`/`sharesKnown` say which lists are real.
    static ProvisioningContext fromStore(
        const ResourceStore& store, bool namespacesKnown, bool volumesKnown, bool sharesKnown);
};

} // namespace ase::provisioning
