// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/kube/ApiError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

/// client-go caps the text of a non-Status body it quotes (maxUnstructuredResponseTextBytes).
constexpr qsizetype kMaxQuotedBody = 2048;

/// Go's %q for the plain texts a server sends: quotes, backslash-escapes quotes,
/// backslashes and control characters.
QString goQuote(const QString& s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += "\\\""_L1;
            break;
        case '\\':
            out += "\\\\"_L1;
            break;
        case '\n':
            out += "\\n"_L1;
            break;
        case '\r':
            out += "\\r"_L1;
            break;
        case '\t':
            out += "\\t"_L1;
            break;
        default:
            if (c.unicode() < 0x20)
                out += u"\\x%1"_s.arg(static_cast<int>(c.unicode()), 2, 16, QChar(u'0'));
            else
                out += c;
        }
    }
    out += u'"';
    return out;
}

/// The plural a person reads: "PersistentVolumes", "StorageClasses".
QString pluralKind(const QString& kind)
{
    if (kind.endsWith(u's'))
        return kind + "es"_L1;
    if (kind.endsWith(u'y'))
        return kind.chopped(1) + "ies"_L1;
    return kind + u's';
}

} // namespace

QString ApiError::reasonForCode(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return u"BadRequest"_s;
    case 401:
        return u"Unauthorized"_s;
    case 403:
        return u"Forbidden"_s;
    case 404:
        return u"NotFound"_s;
    case 405:
        return u"MethodNotAllowed"_s;
    case 406:
        return u"NotAcceptable"_s;
    case 409:
        return u"Conflict"_s;
    case 410:
        return u"Gone"_s;
    case 415:
        return u"UnsupportedMediaType"_s;
    case 422:
        return u"Invalid"_s;
    case 429:
        return u"TooManyRequests"_s;
    case 503:
        return u"ServiceUnavailable"_s;
    case 504:
        return u"Timeout"_s;
    default:
        return httpStatus >= 500 ? u"InternalError"_s : QString();
    }
}

QString ApiError::genericMessageForCode(int httpStatus)
{
    // Kubernetes' own English (apimachinery NewGenericServerResponse), not translated.
    switch (httpStatus) {
    case 409:
        return u"the server reported a conflict"_s;
    case 404:
        return u"the server could not find the requested resource"_s;
    case 400:
        return u"the server rejected our request for an unknown reason"_s;
    case 401:
        return u"the server has asked for the client to provide credentials"_s;
    case 405:
        return u"the server does not allow this method on the requested resource"_s;
    case 406:
        return u"the server was unable to respond with a content type that the client supports"_s;
    case 422:
        return u"the server rejected our request due to an error in our request"_s;
    case 503:
        return u"the server is currently unable to handle the request"_s;
    case 504:
        return u"the server was unable to return a response in the time allotted, but may still be processing the request"_s;
    case 429:
        return u"the server has received too many requests and has asked us to try again later"_s;
    default:
        return u"the server responded with the status code %1 but did not return more information"_s.arg(
            httpStatus);
    }
}

ApiError ApiError::make(Category category, const QString& text, const QString& detail)
{
    ApiError e;
    e.category = category;
    e.text = text;
    e.detail = detail;
    return e;
}

ApiError ApiError::fromStatus(const ApiStatus& status)
{
    ApiError e;
    e.category = Category::Http;
    e.httpStatus = status.code;
    e.status = status;
    e.retryAfterSeconds = status.retryAfterSeconds;
    e.text = status.message.isEmpty() ? genericMessageForCode(status.code) : status.message;
    return e;
}

ApiError ApiError::fromHttp(int httpStatus, const QByteArray& body, const QByteArray& retryAfterHeader)
{
    ApiError e;
    if (const auto status = ApiStatus::fromJsonBytes(body); status && status->code != 0) {
        e = fromStatus(*status);
        e.httpStatus = httpStatus; // the transport's code wins, as in client-go
    } else {
        e.category = Category::Http;
        e.httpStatus = httpStatus;
        e.status.status = u"Failure"_s;
        e.status.code = httpStatus;
        e.status.reason = reasonForCode(httpStatus);
        const QString serverMessage = QString::fromUtf8(body.left(kMaxQuotedBody)).trimmed();
        switch (httpStatus) {
        case 403:
        case 415:
            e.text = serverMessage;
            break;
        case 406:
            e.text = serverMessage.isEmpty() ? genericMessageForCode(406) : serverMessage;
            break;
        default:
            if (httpStatus >= 500 && httpStatus != 503 && httpStatus != 504)
                e.text = u"an error on the server (%1) has prevented the request from succeeding"_s.arg(
                    goQuote(serverMessage.isEmpty() ? u"unknown"_s : serverMessage));
            else
                e.text = genericMessageForCode(httpStatus);
        }
        if (e.text.isEmpty())
            e.text = genericMessageForCode(httpStatus);
        e.status.message = e.text;
    }
    bool ok = false;
    const int retryAfter = retryAfterHeader.trimmed().toInt(&ok);
    if (ok && retryAfter > 0)
        e.retryAfterSeconds = retryAfter;
    return e;
}

QString ApiError::reason() const
{
    if (!status.reason.isEmpty())
        return status.reason;
    return reasonForCode(httpStatus);
}

bool ApiError::isExpired() const
{
    return httpStatus == 410 || status.code == 410 || status.reason == u"Expired" || status.reason == u"Gone";
}

bool ApiError::isRetriable() const
{
    switch (category) {
    case Category::Connection:
    case Category::Timeout:
        return true;
    case Category::Http:
        return httpStatus == 429 || httpStatus >= 500;
    default:
        return false;
    }
}

bool ApiError::isApplyConflict() const
{
    if (httpStatus != 409)
        return false;
    for (const StatusCause& c : status.causes) {
        if (c.reason == u"FieldManagerConflict")
            return true;
    }
    return false;
}

QList<FieldConflict> ApiError::applyConflicts() const
{
    QList<FieldConflict> conflicts;
    if (!isApplyConflict())
        return conflicts;
    for (const StatusCause& c : status.causes) {
        if (c.reason != u"FieldManagerConflict")
            continue;
        // apimachinery's printManager: the manager as a Go %q string after "conflict with ".
        QString manager;
        const qsizetype open = c.message.indexOf(u'"');
        for (qsizetype i = open + 1; open >= 0 && i < c.message.size(); ++i) {
            const QChar ch = c.message.at(i);
            if (ch == u'\\' && i + 1 < c.message.size())
                manager.append(c.message.at(++i));
            else if (ch == u'"')
                break;
            else
                manager.append(ch);
        }
        conflicts.append({c.field, manager});
    }
    return conflicts;
}

QString ApiError::summary() const
{
    if (isForbidden() && !verb.isEmpty() && !kind.isEmpty()) {
        //: %1 is a Kubernetes verb (list, watch, create...), %2 a plural kind ("PersistentVolumes")
        return QCoreApplication::translate("ase::ApiError", "No permission to %1 %2.")
            .arg(verb, pluralKind(kind));
    }
    return text;
}

} // namespace ase
