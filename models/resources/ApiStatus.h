// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace ase {

/// One entry of `Status.details.causes`: which field failed and why.
struct StatusCause
{
    QString reason; ///< "FieldValueRequired", "FieldValueInvalid", "FieldManagerConflict"...
    QString message; ///< "Required value", `conflict with "kubectl" using v1`...
    QString field; ///< "spec.accessModes", ".spec.replicas"; may be empty

    bool operator==(const StatusCause&) const = default;
};

/// The Kubernetes `Status` object (meta/v1), as servers send it in error bodies, in watch
/// ERROR events and as the answer to some deletes. A pure value type: parse and build, no
/// network. Field names follow apimachinery's `metav1.Status`.
struct ApiStatus
{
    QString status; ///< "Success" or "Failure"
    QString message; ///< human-readable description, as the server wrote it
    QString reason; ///< "NotFound", "Forbidden", "Expired"... (StatusReason); may be empty
    int code = 0; ///< the HTTP status code the server meant

    // details
    QString name; ///< details.name
    QString group; ///< details.group
    QString kind; ///< details.kind (the plural resource, or the Kind for Invalid)
    QString uid; ///< details.uid
    QList<StatusCause> causes;
    int retryAfterSeconds = 0; ///< details.retryAfterSeconds; 0 when absent

    bool isSuccess() const { return status == u"Success"; }

    /// The object when it is `kind: Status`; nullopt for anything else.
    static std::optional<ApiStatus> fromJson(const QJsonObject& object);
    /// Parses a response body; nullopt when it is not a JSON Status.
    static std::optional<ApiStatus> fromJsonBytes(const QByteArray& body);

    /// `{"kind":"Status","apiVersion":"v1","metadata":{},"status":..,"message":..,
    /// "reason":..,"details":{..},"code":N}` with empty members left out as the server does.
    QJsonObject toJson() const;

    bool operator==(const ApiStatus&) const = default;
};

} // namespace ase
