// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/AccessModes.h"
#include "models/resources/StorageClass.h"

#include <QList>
#include <QString>

#include <optional>

/// What a StorageClass gives, in words: the dynamic wizard's class page and the checks of
/// `claim dynamic`. Provisioners whose access modes are known come from a table; a CSI
/// driver or anything else unknown allows every mode (the driver decides, with a note).
namespace ase::provisioning {

/// The access modes a provisioner can give, when known: `rancher.io/local-path` (the
/// device's ase-node-local) and `kubernetes.io/no-provisioner` (local volumes)
/// ReadWriteOnce and ReadWriteOncePod; the NFS subdir provisioner (`*/nfs-subdir-external-
/// provisioner`) ReadWriteOnce, ReadOnlyMany, ReadWriteMany. nullopt for the others
/// (unknown: all allowed).
std::optional<AccessModes> provisionerAccessModes(const QString& provisioner);

/// The modes a claim from @p storageClass may ask for: the provisioner's, or all four.
AccessModes offeredAccessModes(const StorageClass& storageClass);

struct ClassDescription
{
    QString summary; ///< one sentence: where the data lives, who can mount it
    QString onDelete; ///< what deleting the claim does to the data (reclaim policy)
    QString binding; ///< Immediate, or WaitForFirstConsumer and that Pending is expected
    QString modesNote; ///< "The driver decides which access modes work." for unknown provisioners
    AccessModes modes; ///< offeredAccessModes()
    bool modesKnown = false;
};

/// The class in words, translated.
ClassDescription describeClass(const StorageClass& storageClass);

/// The sentence for a class's access mode that its provisioner cannot give, with the
/// modes it offers ("ase-node-local (rancher.io/local-path) gives ReadWriteOnce,
/// ReadWriteOncePod only: its volumes live on one node's disk.").
QString modeRefusal(const StorageClass& storageClass, AccessMode mode);

/// The modes a class gives when it does not give all four, in one sentence
/// ("ase-node-local (rancher.io/local-path) gives ReadWriteOnce, ReadWriteOncePod only: its
/// volumes live on one node's disk."); "" when every mode is offered.
QString offeredModesSentence(const StorageClass& storageClass);

/// "Which storage do I need?": the seed's advice as a decision.
struct StorageRecommendation
{
    enum class Kind : quint8 {
        Share, ///< several nodes write at once: a device share, statically (ReadWriteMany)
        NodeLocal, ///< a database or another POSIX app on one node: ase-node-local (ReadWriteOnce)
        Either, ///< one writer, not POSIX-demanding: both work; node-local is simpler
    };
    Kind kind = Kind::Either;
    QString className; ///< for NodeLocal/Either: the class to use ("ase-node-local" when present)
    QString reason; ///< one translated sentence
};

/// @p manyWriters: several nodes (pods) write the same data at once. @p posixApp: a
/// database or another app that needs POSIX file semantics (locks, fsync, permissions).
/// @p classes: the cluster's classes, to name the node-local one.
StorageRecommendation recommendStorage(bool manyWriters, bool posixApp, const QList<StorageClass>& classes);

} // namespace ase::provisioning
