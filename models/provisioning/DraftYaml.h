// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/provisioning/ClaimDraft.h"
#include "models/resources/Yaml.h"

#include <QByteArrayView>
#include <QStringList>

#include <optional>

/// The wizard's "Edit YAML" mode: YAML text the user wrote, mapped back onto a draft.
namespace ase::provisioning {

struct DraftFromYaml
{
    /// Why the text cannot be taken (syntax, or a document the form cannot map such as a
    /// claim that is missing), with its 1-based line and column; the form stays as it was.
    std::optional<YamlError> error;
    ClaimDraft draft; ///< the draft the text describes (valid only when ok())
    /// Fields the form has no control for, kept as written: "PersistentVolumeClaim
    /// metadata.labels.tier", "Deployment spec.template.spec.containers[0].env", and whole
    /// documents ("Service web").
    QStringList kept;
    /// Fields the text leaves out that the form will put back ("PersistentVolumeClaim
    /// spec.storageClassName"): what switching back to the form changes.
    QStringList restored;

    bool ok() const { return !error.has_value(); }
};

/// Maps @p yaml onto a draft. @p current gives what the text cannot say (the share a
/// volume came from, an IoT Edge consumer's targets). The claim is the first
/// PersistentVolumeClaim document; the consumer the first apps/v1 Deployment or
/// StatefulSet; other documents are kept as written. Known fields go into the draft, the
/// rest into its extras, so that claimManifests(result.draft) reproduces every field of
/// the text (removed ones excepted, see `restored`).
DraftFromYaml draftFromYaml(QByteArrayView yaml, const ClaimDraft& current);

} // namespace ase::provisioning
