// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/provisioning/ClaimDraft.h"
#include "models/provisioning/ProvisioningContext.h"

#include <QList>
#include <QString>

/// The checks of a claim draft, run as the user types (next to each field and on the
/// review page) and by `claim static|dynamic` before it sends anything.
namespace ase {
class OpenApiValidator;
}

namespace ase::provisioning {

/// The field a check is about: the wizard puts the message next to that field's editor,
/// the command line names the matching flag.
enum class DraftField : quint8 {
    Source, ///< the share / volume (static) or the StorageClass (dynamic)
    Name,
    Namespace,
    Size,
    AccessModes,
    VolumeMode,
    Labels,
    ConsumerName,
    ConsumerImage,
    ConsumerMountPath,
    ConsumerReplicas,
    ConsumerSecret, ///< the MySQL template's Secret (name and key)
    IotTargets,
    Manifest, ///< a whole manifest (schema), see Check::document
};

/// The command-line flag of a field ("--size"; "NAME" for the positional name).
QString fieldFlag(DraftField field, ClaimSource source);
/// A stable identifier ("size"), for tests and JSON output.
QString fieldId(DraftField field);

struct Check
{
    enum class Severity : quint8 { Error, Warning };
    DraftField field = DraftField::Name;
    Severity severity = Severity::Error;
    QString message; ///< one sentence: what is wrong and what would be right
    int document = 0; ///< for Manifest checks: 1-based index of the manifest

    bool isError() const { return severity == Severity::Error; }
};

/// Every check of the draft against what the context knows. Errors block Create (and make
/// the command exit 1); warnings are shown and do not block.
QList<Check> checkClaimDraft(const ClaimDraft& draft, const ProvisioningContext& context);
/// The schema checks of each manifest (unknown fields, wrong types, missing required
/// fields) against the cluster's OpenAPI schemas; manifests of kinds the validator does not
/// know are left to the server. One Manifest check per problem, `document` set.
QList<Check> schemaChecks(const QList<QJsonObject>& manifests, const OpenApiValidator& validator);
/// True when any check is an error.
bool hasErrors(const QList<Check>& checks);
/// The checks of one field.
QList<Check> checksOf(const QList<Check>& checks, DraftField field);

} // namespace ase::provisioning
