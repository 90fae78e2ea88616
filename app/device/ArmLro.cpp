// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/device/ArmLro.h"

#include <QLocale>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ase {

std::optional<int> parseRetryAfter(const QByteArray& value, const QDateTime& now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qlonglong seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt
                           : std::optional<int>(static_cast<int>(std::min<qlonglong>(seconds, 86400)));
    // IMF-fixdate: "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime date = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!date.isValid())
        date = QLocale::c().toDateTime(QString::fromLatin1(trimmed), u"ddd, dd MMM yyyy HH:mm:ss 'GMT'"_s);
    if (!date.isValid())
        return std::nullopt;
    date.setTimeZone(QTimeZone::UTC);
    return static_cast<int>(std::max<qint64>(0, now.secsTo(date)));
}

LroPlan LroPlan::fromHeaders(const QUrl& requestUrl, const QByteArray& asyncOperation,
    const QByteArray& location, const QByteArray& retryAfter, const QDateTime& now)
{
    LroPlan plan;
    plan.retryAfterSeconds = parseRetryAfter(retryAfter, now);
    auto resolve = [&requestUrl](const QByteArray& header) {
        const QUrl url = QUrl::fromEncoded(header.trimmed());
        return url.isRelative() ? requestUrl.resolved(url) : url;
    };
    if (!location.trimmed().isEmpty())
        plan.locationUrl = resolve(location);
    if (!asyncOperation.trimmed().isEmpty()) {
        plan.style = Style::AsyncOperation;
        plan.statusUrl = resolve(asyncOperation);
    } else if (plan.locationUrl.isValid()) {
        plan.style = Style::Location;
        plan.statusUrl = plan.locationUrl;
    }
    return plan;
}

bool OperationStatus::isTerminal() const
{
    return status.compare(u"Succeeded", Qt::CaseInsensitive) == 0
        || status.compare(u"Failed", Qt::CaseInsensitive) == 0
        || status.compare(u"Canceled", Qt::CaseInsensitive) == 0
        || status.compare(u"Cancelled", Qt::CaseInsensitive) == 0;
}

bool OperationStatus::succeeded() const
{
    return status.compare(u"Succeeded", Qt::CaseInsensitive) == 0;
}

std::optional<OperationStatus> OperationStatus::fromJson(const QJsonObject& document)
{
    const QJsonValue status = document.value("status"_L1);
    if (!status.isString() || status.toString().isEmpty())
        return std::nullopt;
    OperationStatus result;
    result.status = status.toString();
    const QJsonValue percent = document.value("percentComplete"_L1);
    if (percent.isDouble())
        result.percentComplete = std::clamp(percent.toInt(), 0, 100);
    result.error = CloudErrorBody::fromJson(document.value("error"_L1).toObject());
    return result;
}

} // namespace ase
