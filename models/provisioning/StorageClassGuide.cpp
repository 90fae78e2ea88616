// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/provisioning/StorageClassGuide.h"

#include "models/provisioning/ProvisioningText.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ase::provisioning {

namespace {

constexpr AccessModes kAllModes = AccessModes(AccessMode::ReadWriteOnce) | AccessMode::ReadOnlyMany
    | AccessMode::ReadWriteMany | AccessMode::ReadWriteOncePod;

const QString kNodeLocalProvisioner = u"rancher.io/local-path"_s;

/// kubernetes-sigs/nfs-subdir-external-provisioner, whatever prefix its install gave it
/// ("k8s-sigs.io/", the Helm chart's "cluster.local/").
bool isNfsSubdir(const QString& provisioner)
{
    return provisioner.endsWith(u"/nfs-subdir-external-provisioner"_s);
}

bool isNodeLocal(const StorageClass& c)
{
    return c.provisioner == kNodeLocalProvisioner || c.provisioner == u"kubernetes.io/no-provisioner";
}

} // namespace

std::optional<AccessModes> provisionerAccessModes(const QString& provisioner)
{
    if (provisioner == kNodeLocalProvisioner || provisioner == u"kubernetes.io/no-provisioner")
        return AccessModes(AccessMode::ReadWriteOnce) | AccessMode::ReadWriteOncePod;
    // NFS volumes (in-tree, not CSI: no ReadWriteOncePod).
    if (isNfsSubdir(provisioner))
        return AccessModes(AccessMode::ReadWriteOnce) | AccessMode::ReadOnlyMany | AccessMode::ReadWriteMany;
    return std::nullopt;
}

AccessModes offeredAccessModes(const StorageClass& storageClass)
{
    return provisionerAccessModes(storageClass.provisioner).value_or(kAllModes);
}

ClassDescription describeClass(const StorageClass& c)
{
    ClassDescription d;
    const std::optional<AccessModes> known = provisionerAccessModes(c.provisioner);
    d.modes = known.value_or(kAllModes);
    d.modesKnown = known.has_value();
    if (c.provisioner == kNodeLocalProvisioner)
        d.summary
            = Text::tr("A directory on one node's data disk: fast and POSIX, mounted by the pods of that "
                       "node only (ReadWriteOnce).");
    else if (c.provisioner == u"kubernetes.io/no-provisioner")
        d.summary
            = Text::tr("Local volumes an administrator created in advance; nothing is provisioned, a claim "
                       "binds one of them (ReadWriteOnce).");
    else if (isNfsSubdir(c.provisioner))
        d.summary
            = Text::tr("A directory of its own on an NFS share: every node can read and write it at once "
                       "(ReadWriteMany), at the speed of the network.");
    else
        d.summary = Text::tr("Volumes made by the provisioner %1.").arg(c.provisioner);
    if (!d.modesKnown)
        d.modesNote = Text::tr("The driver decides which access modes work; all are offered here.");
    d.onDelete = c.reclaimPolicy == u"Retain"
        ? Text::tr(
            "Deleting the claim keeps the volume and its data (Retain); an administrator removes them.")
        : Text::tr("Deleting the claim deletes the volume and its data (Delete).");
    d.binding = c.waitsForFirstConsumer()
        ? Text::tr(
            "The volume is made when a pod first uses the claim (WaitForFirstConsumer): until then the "
            "claim stays Pending, which is expected.")
        : Text::tr("The volume is made as soon as the claim is created (Immediate).");
    return d;
}

QString modeRefusal(const StorageClass& storageClass, AccessMode mode)
{
    const AccessModes offered = offeredAccessModes(storageClass);
    if (offered.testFlag(mode))
        return {};
    const QString modes = accessModeNames(offered).join(u", "_s);
    if (isNodeLocal(storageClass))
        return Text::tr("%1 (%2) gives %3 only: its volumes live on one node's disk, so %4 is not possible.")
            .arg(storageClass.metadata.name, storageClass.provisioner, modes, accessModeName(mode));
    return Text::tr("%1 (%2) gives %3 only.")
        .arg(storageClass.metadata.name, storageClass.provisioner, modes);
}

QString offeredModesSentence(const StorageClass& storageClass)
{
    const AccessModes offered = offeredAccessModes(storageClass);
    if (offered == kAllModes)
        return {};
    const QString modes = accessModeNames(offered).join(u", "_s);
    if (isNodeLocal(storageClass))
        return Text::tr("%1 (%2) gives %3 only: its volumes live on one node's disk.")
            .arg(storageClass.metadata.name, storageClass.provisioner, modes);
    return Text::tr("%1 (%2) gives %3 only.")
        .arg(storageClass.metadata.name, storageClass.provisioner, modes);
}

StorageRecommendation recommendStorage(bool manyWriters, bool posixApp, const QList<StorageClass>& classes)
{
    StorageRecommendation r;
    const auto local = std::find_if(classes.cbegin(), classes.cend(),
        [](const StorageClass& c) { return c.provisioner == kNodeLocalProvisioner; });
    r.className = local != classes.cend() ? local->metadata.name : u"ase-node-local"_s;
    if (manyWriters && posixApp) {
        r.kind = StorageRecommendation::Kind::Share;
        r.className.clear();
        r.reason
            = Text::tr("Several nodes writing at once need a share (ReadWriteMany). A database should not "
                       "share its files this way: give each replica its own claim from %1 instead.")
                  .arg(local != classes.cend() ? local->metadata.name : u"ase-node-local"_s);
    } else if (manyWriters) {
        r.kind = StorageRecommendation::Kind::Share;
        r.className.clear();
        r.reason
            = Text::tr("Several nodes writing the same files need a device share mounted for Edge compute "
                       "(ReadWriteMany), claimed statically.");
    } else if (posixApp) {
        r.kind = StorageRecommendation::Kind::NodeLocal;
        r.reason
            = Text::tr("Databases and other POSIX apps (MySQL, PostgreSQL, MongoDB, Prometheus) want the "
                       "node's own disk: %1, ReadWriteOnce.")
                  .arg(r.className);
    } else {
        r.kind = StorageRecommendation::Kind::Either;
        r.reason = Text::tr("One writer without special file needs: both work. %1 is simplest; a share keeps "
                            "the data on the device (or in Azure) beyond the node.")
                       .arg(r.className);
    }
    return r;
}

} // namespace ase::provisioning
