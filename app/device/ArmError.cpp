// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/device/ArmError.h"

#include "app/device/ArmLro.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

void collectLines(const CloudErrorBody& body, const QString& topMessage, QStringList& lines)
{
    for (const QString& recommendation : body.recommendations) {
        if (!recommendation.isEmpty() && !lines.contains(recommendation))
            lines << recommendation;
    }
    for (const CloudErrorBody& detail : body.details) {
        if (!detail.message.isEmpty() && detail.message != topMessage) {
            const QString line
                = detail.code.isEmpty() ? detail.message : detail.code + u": " + detail.message;
            if (!lines.contains(line))
                lines << line;
        }
        collectLines(detail, topMessage, lines);
    }
}

} // namespace

CloudErrorBody CloudErrorBody::fromJson(const QJsonObject& error)
{
    CloudErrorBody body;
    body.code = error.value("code"_L1).toString();
    body.message = error.value("message"_L1).toString();
    body.target = error.value("target"_L1).toString();
    for (const QJsonValue& r : error.value("recommendations"_L1).toArray())
        body.recommendations << r.toString();
    const QJsonArray details = error.contains("details"_L1) ? error.value("details"_L1).toArray()
                                                            : error.value("errorDetails"_L1).toArray();
    for (const QJsonValue& d : details) {
        if (d.isObject())
            body.details << fromJson(d.toObject());
    }
    return body;
}

CloudErrorBody CloudErrorBody::fromResponse(const QByteArray& body)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    const QJsonObject root = doc.object();
    // ARM: {"error": {...}}; some front ends send the error object bare.
    const QJsonValue inner = root.value("error"_L1);
    if (inner.isObject())
        return fromJson(inner.toObject());
    // OAuth2 errors ({"error": "invalid_grant", "error_description": ...}) are not CloudErrors.
    if (inner.isString())
        return {};
    return fromJson(root);
}

QString CloudErrorBody::fullMessage() const
{
    QStringList lines;
    collectLines(*this, message, lines);
    QString head = message;
    if (head.isEmpty() && !details.isEmpty())
        head = details.first().message;
    if (lines.isEmpty())
        return head;
    return head + u'\n' + lines.join(u'\n');
}

bool ArmError::isTokenRejected() const
{
    if (httpStatus != 401)
        return false;
    // ARM: InvalidAuthenticationToken, ExpiredAuthenticationToken,
    // InvalidAuthenticationTokenAudience, AuthenticationFailed (missing header).
    return true;
}

bool ArmError::isRetriable() const
{
    switch (category) {
    case Category::Timeout:
    case Category::Connection:
        return true;
    case Category::Http:
        return httpStatus == 429 || httpStatus == 408 || httpStatus >= 500;
    default:
        return false;
    }
}

QString ArmError::genericMessageForCode(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return tr("The device rejected the request as invalid.");
    case 401:
        return tr("The device did not accept the sign-in token. Sign in again.");
    case 403:
        return tr("Your account has no permission for this operation on the device.");
    case 404:
        return tr("The device or the resource was not found. Check the device profile "
                  "(subscription, resource group, device name).");
    case 409:
        return tr("The request conflicts with the current state of the resource.");
    case 429:
        return tr("Too many requests: the device is throttling. The request will be retried.");
    case 500:
        return tr("The device reported an internal error.");
    case 502:
    case 503:
    case 504:
        return tr("The device or Azure Resource Manager is temporarily unavailable.");
    default:
        return tr("The device answered with HTTP status %1.").arg(httpStatus);
    }
}

ArmError ArmError::fromHttp(int httpStatus, const QByteArray& body, const QByteArray& retryAfterHeader)
{
    ArmError error;
    error.category = Category::Http;
    error.httpStatus = httpStatus;
    error.cloudError = CloudErrorBody::fromResponse(body);
    error.retryAfterSeconds = parseRetryAfter(retryAfterHeader).value_or(0);
    error.text = error.cloudError.fullMessage();
    if (error.text.isEmpty())
        error.text = genericMessageForCode(httpStatus);
    if (error.cloudError.isEmpty() && !body.isEmpty())
        error.detail = QString::fromUtf8(body.left(512));
    return error;
}

ArmError ArmError::fromOperation(const QString& status, const CloudErrorBody& body)
{
    ArmError error;
    error.category = Category::Operation;
    error.cloudError = body;
    error.text = body.fullMessage();
    if (error.text.isEmpty()) {
        error.text = status.compare(u"Failed", Qt::CaseInsensitive) == 0
            ? tr("The operation failed on the device without giving a reason.")
            : tr("The operation ended on the device with status %1.").arg(status);
    }
    return error;
}

ArmError ArmError::make(Category category, const QString& text, const QString& detail)
{
    ArmError error;
    error.category = category;
    error.text = text;
    error.detail = detail;
    return error;
}

} // namespace ase
