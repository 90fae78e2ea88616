// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace ase {

/// The body of an ARM `CloudError` (`{"error": {...}}`, reference/azure-stack-edge.md
/// §1.11), also the `error` of a failed Job / operation status (§1.9: `errorDetails` with
/// `recommendations`). Recursive: `details` are CloudErrorBody objects themselves.
struct CloudErrorBody
{
    QString code;
    QString message;
    QString target;
    QStringList recommendations;
    QList<CloudErrorBody> details;

    bool isEmpty() const { return code.isEmpty() && message.isEmpty() && details.isEmpty(); }
    /// Reads `{code, message, target, details|errorDetails, recommendations}`.
    static CloudErrorBody fromJson(const QJsonObject& error);
    /// Reads a whole answer: `{"error": {...}}`, or a bare error object; empty when the body
    /// is not JSON or has neither code nor message.
    static CloudErrorBody fromResponse(const QByteArray& body);
    /// The message followed by one line per nested detail and recommendation not already
    /// said ("code: message"), depth first.
    QString fullMessage() const;
};

/// The typed outcome of a failed request to a device's ARM API, of a failed long-running
/// operation, or of obtaining the token for it. A default-constructed ArmError means "no
/// error". message() is always a sentence a person can act on: the device's
/// `error.message` (with its nested details) when there is one, else a text for the HTTP
/// code, else the transport failure (connection refused, TLS mismatch, timeout...).
struct ArmError
{
    Q_DECLARE_TR_FUNCTIONS(ase::ArmError)

public:
    enum class Category {
        None, ///< success
        Http, ///< the device (ARM) answered with an error status; see httpStatus/cloudError
        Operation, ///< a long-running operation ended Failed or Canceled on the device
        Connection, ///< no connection (refused, unknown host, proxy)
        Tls, ///< the TLS handshake failed
        Timeout, ///< no answer within the request's timeout
        Canceled, ///< canceled by the user / owner
        Credential, ///< no token could be obtained (az missing, sign-in declined...)
        Decode, ///< the answer was not what the API promises
        Config, ///< the device profile is incomplete
    };

    Category category = Category::None;
    int httpStatus = 0;
    CloudErrorBody cloudError; ///< the device's error, when it sent one
    int retryAfterSeconds = 0; ///< from Retry-After; 0 = none
    QString text; ///< the sentence to show (see message())
    QString detail; ///< technical detail: TLS errors, stderr, body excerpt

    bool ok() const { return category == Category::None; }
    explicit operator bool() const { return !ok(); } ///< true when there IS an error

    QString message() const { return text; }
    /// The CloudError code ("InvalidShareName", "ExpiredAuthenticationToken"...), if any.
    QString code() const { return cloudError.code; }

    bool isUnauthorized() const { return httpStatus == 401; }
    /// 401 because the token is invalid or expired: worth one refresh and retry.
    bool isTokenRejected() const;
    bool isForbidden() const { return httpStatus == 403; }
    bool isNotFound() const { return httpStatus == 404; }
    bool isCanceled() const { return category == Category::Canceled; }
    /// Worth retrying later without user action: 429, 5xx, timeouts, connection failures.
    bool isRetriable() const;

    /// An error from an HTTP answer: the CloudError body when there is one, else a text for
    /// the code. `retryAfterHeader` is the raw Retry-After value.
    static ArmError fromHttp(int httpStatus, const QByteArray& body, const QByteArray& retryAfterHeader = {});
    /// A failed long-running operation: its `error` (or a generic text for `status`).
    static ArmError fromOperation(const QString& status, const CloudErrorBody& error);
    static ArmError make(Category category, const QString& text, const QString& detail = {});
    /// A sentence for an HTTP code without a CloudError body.
    static QString genericMessageForCode(int httpStatus);
};

} // namespace ase
