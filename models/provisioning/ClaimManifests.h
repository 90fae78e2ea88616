// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/provisioning/ClaimDraft.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>

/// The pure builders of the provisioning drafts: what the wizard previews, checks, dry-runs
/// and applies, and what `claim static|dynamic --dry-run=client -o yaml` prints. The same
/// draft always gives the same bytes.
namespace ase::provisioning {

/// The claim's manifest (core/v1 PersistentVolumeClaim), extras merged in.
QJsonObject claimManifest(const ClaimDraft& draft);
/// The consumer's manifest (apps/v1 Deployment or StatefulSet), extras merged in; empty
/// for None and IotEdge (the module's mounts are not a cluster object).
QJsonObject consumerManifest(const ClaimDraft& draft);
/// The MySQL template's headless Service (port 3306, selecting the workload's pods), extras
/// merged in; empty for other consumers.
QJsonObject serviceManifest(const ClaimDraft& draft);
/// Every manifest to send, in order: the claim (unless a StatefulSet carries it as a
/// claim template), the Service (MySQL), the consumer (if it is a workload), then the
/// extra documents.
QList<QJsonObject> claimManifests(const ClaimDraft& draft);
/// The manifests as one multi-document YAML stream, as the preview and `-o yaml` show it.
QByteArray claimManifestsYaml(const ClaimDraft& draft);
/// The manifests as JSON (`-o json`): the object itself when there is one, else a v1 List.
QByteArray claimManifestsJson(const ClaimDraft& draft);

/// The IoT Edge module's container create options for the share: `{"HostConfig":
/// {"Mounts":[{"Type":"volume","Source":<share>,"Target":<path>}, ...]}}`, one mount per
/// target. Empty when the draft has no share.
QJsonObject iotEdgeCreateOptions(const ClaimDraft& draft);
/// The same, indented, as the user copies it into the module's settings.
QByteArray iotEdgeCreateOptionsJson(const ClaimDraft& draft);

/// Merges @p overlay over @p base: objects key by key (recursively), arrays of objects
/// element by element (an overlay element `{}` keeps the base element; elements past the
/// base's end are appended), any other value of the overlay replaces the base's.
QJsonValue mergeOverlay(const QJsonValue& base, const QJsonValue& overlay);
/// What @p written has that @p built does not (or has differently): the smallest overlay
/// with mergeOverlay(built, overlay) == written for every path written sets. Paths that
/// @p written leaves out but @p built has are not represented (see removedPaths()).
QJsonObject overlayOf(const QJsonObject& built, const QJsonObject& written);
/// The dotted paths set in an overlay ("spec.template.spec.containers[0].env"), for the
/// "kept as written" list.
QStringList overlayPaths(const QJsonObject& overlay);
/// Paths that @p built has and @p written lacks ("spec.storageClassName").
QStringList removedPaths(const QJsonObject& built, const QJsonObject& written);

} // namespace ase::provisioning
