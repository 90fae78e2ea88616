// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/device/ArmError.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QUrl>

#include <optional>

namespace ase {

/// `Retry-After`: delay-seconds or an HTTP-date (RFC 9110 §10.2.3); nullopt when absent or
/// unreadable. A date in the past gives 0.
std::optional<int> parseRetryAfter(
    const QByteArray& value, const QDateTime& now = QDateTime::currentDateTimeUtc());

/// How to follow a long-running ARM operation, from the headers of its first answer
/// (reference/azure-stack-edge.md §4.3): `Azure-AsyncOperation` is preferred, else
/// `Location`; relative URLs are resolved against the request URL.
struct LroPlan
{
    enum class Style {
        None, ///< neither header: the answer is final
        AsyncOperation, ///< poll statusUrl for `{status, percentComplete, error}`
        Location, ///< poll statusUrl: 202 while running, then 200/204 or an error
    };

    Style style = Style::None;
    QUrl statusUrl;
    QUrl locationUrl; ///< the Location header even when Azure-AsyncOperation is followed
    std::optional<int> retryAfterSeconds;

    bool isLongRunning() const { return style != Style::None; }

    static LroPlan fromHeaders(const QUrl& requestUrl, const QByteArray& asyncOperation,
        const QByteArray& location, const QByteArray& retryAfter,
        const QDateTime& now = QDateTime::currentDateTimeUtc());
};

/// One answer of an `Azure-AsyncOperation` status URL (or a device Job): status
/// `InProgress`/`Running`/... until a terminal `Succeeded`, `Failed` or `Canceled`.
struct OperationStatus
{
    QString status;
    std::optional<int> percentComplete;
    CloudErrorBody error;

    bool isTerminal() const;
    bool succeeded() const;
    /// Reads the status document; a missing `status` is an error (nullopt).
    static std::optional<OperationStatus> fromJson(const QJsonObject& document);
};

} // namespace ase
