// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/ApiStatus.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ase {

/// One field of a server-side apply conflict: the field another manager owns.
struct FieldConflict
{
    QString field; ///< ".metadata.labels.tier", as the cause's field
    QString manager; ///< "kubectl", the manager that owns it (the cause message's quoted name)

    bool operator==(const FieldConflict&) const = default;
};

/// The typed outcome of a failed request to a Kubernetes API server (or of obtaining the
/// credential for it). A default-constructed ApiError means "no error".
///
/// `message()` is always a sentence a person can act on: the server's Status message when
/// there was one, else client-go's text for the HTTP code, else a description of the
/// transport failure (connection refused, TLS mismatch with what did not match, timeout).
struct ApiError
{
    enum class Category {
        None, ///< success
        Http, ///< the server answered with an error status (see httpStatus/status)
        Connection, ///< connection refused, host not found, network unreachable, proxy failure
        Tls, ///< the TLS handshake failed (certificate not trusted, name mismatch...)
        Timeout, ///< no answer within the request's timeout
        Canceled, ///< aborted by its owner
        Credential, ///< the credential could not be obtained (exec plugin, token file...)
        Decode, ///< the server's answer was not what the API promises (bad JSON...)
        Config, ///< the connection is unusable (kubeconfig problem)
    };

    Category category = Category::None;
    int httpStatus = 0; ///< HTTP status code; for in-stream watch errors the Status code
    ApiStatus status; ///< the server's Status (reason, message, causes); may be empty
    int retryAfterSeconds = 0; ///< from `Retry-After` or `details.retryAfterSeconds`; 0 = none
    QString text; ///< the human message (see message())
    QString detail; ///< extra technical detail: TLS errors, plugin stderr, body excerpt

    // What the request was about, so the UI can say "no permission to list PersistentVolumes".
    QString verb; ///< "list", "watch", "get", "create", "update", "patch", "delete"
    QString kind; ///< "PersistentVolume" (empty for raw-path requests)
    QString resource; ///< "persistentvolumes"
    QString ns; ///< the namespace of the request, empty for cluster scope or all namespaces

    bool ok() const { return category == Category::None; }
    explicit operator bool() const { return !ok(); } ///< true when there IS an error

    /// The sentence to show: Status.message, else client-go's text by code, else transport text.
    QString message() const { return text; }
    /// StatusReason: the Status reason, or the reason implied by the HTTP code.
    QString reason() const;
    QList<StatusCause> causes() const { return status.causes; }

    bool isNotFound() const { return httpStatus == 404; }
    bool isForbidden() const { return httpStatus == 403; }
    bool isUnauthorized() const { return httpStatus == 401; }
    bool isConflict() const { return httpStatus == 409; }
    bool isAlreadyExists() const { return httpStatus == 409 && status.reason == u"AlreadyExists"; }
    bool isInvalid() const { return httpStatus == 422; }
    bool isTooManyRequests() const { return httpStatus == 429; }
    /// 410 or reason Expired/Gone: the resourceVersion or continue token is too old; re-list.
    bool isExpired() const;
    bool isTimeout() const { return category == Category::Timeout || httpStatus == 504; }
    bool isCanceled() const { return category == Category::Canceled; }
    /// Worth retrying later without user action: 429, 5xx, timeouts, connection failures.
    bool isRetriable() const;
    /// Server-side apply conflict: 409 with FieldManagerConflict causes.
    bool isApplyConflict() const;
    /// The conflicting fields and who owns each, from the FieldManagerConflict causes
    /// (messages `conflict with "kubectl" using v1`, `... with subresource "status" ...`),
    /// in the server's order; empty when this is not an apply conflict.
    QList<FieldConflict> applyConflicts() const;

    /// "No permission to list PersistentVolumes." and the like for a 403; message() otherwise.
    QString summary() const;

    // Builders used by the client and by tests.
    /// An error from an HTTP answer: parses a Status body when there is one, else uses
    /// client-go's text for the code. `retryAfterHeader` is the raw Retry-After value.
    static ApiError fromHttp(int httpStatus, const QByteArray& body, const QByteArray& retryAfterHeader = {});
    /// An error from a Status object (watch ERROR event).
    static ApiError fromStatus(const ApiStatus& status);
    static ApiError make(Category category, const QString& text, const QString& detail = {});

    /// client-go's message for an HTTP code without a Status body
    /// (k8s.io/apimachinery/pkg/api/errors NewGenericServerResponse).
    static QString genericMessageForCode(int httpStatus);
    /// The StatusReason client-go assigns to an HTTP code without a Status body.
    static QString reasonForCode(int httpStatus);
};

} // namespace ase
