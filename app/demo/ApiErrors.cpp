// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/ApiErrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace ase::demo {

namespace {

/// Go's rendering of a bad value: strings quoted (%q), numbers and booleans bare,
/// null as "null", anything else as compact JSON.
QString goValue(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return QString::fromUtf8(QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact))
            .mid(1)
            .chopped(1);
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == static_cast<double>(static_cast<qint64>(d)))
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', 17);
    }
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return u"null"_s;
    }
}

ApiStatus failure(int code, const QString& reason, const QString& message)
{
    ApiStatus s;
    s.status = u"Failure"_s;
    s.code = code;
    s.reason = reason;
    s.message = message;
    return s;
}

ApiStatus failureFor(
    int code, const QString& reason, const QString& message, const ResourceKind& kind, const QString& name)
{
    ApiStatus s = failure(code, reason, message);
    s.name = name;
    s.group = kind.group;
    s.kind = kind.resource;
    return s;
}

} // namespace

FieldError FieldError::required(const QString& field, const QString& detail)
{
    return {Type::Required, field, {}, detail, {}};
}

FieldError FieldError::invalid(const QString& field, const QJsonValue& value, const QString& detail)
{
    return {Type::Invalid, field, value, detail, {}};
}

FieldError FieldError::notSupported(
    const QString& field, const QJsonValue& value, const QStringList& supported)
{
    return {Type::NotSupported, field, value, {}, supported};
}

FieldError FieldError::forbidden(const QString& field, const QString& detail)
{
    return {Type::Forbidden, field, {}, detail, {}};
}

FieldError FieldError::tooLong(const QString& field, const QJsonValue& value, int maxLength)
{
    return {Type::TooLong, field, value, u"may not be more than %1 bytes"_s.arg(maxLength), {}};
}

FieldError FieldError::duplicate(const QString& field, const QJsonValue& value)
{
    return {Type::Duplicate, field, value, {}, {}};
}

FieldError FieldError::notFound(const QString& field, const QJsonValue& value)
{
    return {Type::NotFound, field, value, {}, {}};
}

QString FieldError::reason() const
{
    switch (type) {
    case Type::Required:
        return u"FieldValueRequired"_s;
    case Type::Invalid:
        return u"FieldValueInvalid"_s;
    case Type::NotSupported:
        return u"FieldValueNotSupported"_s;
    case Type::Forbidden:
        return u"FieldValueForbidden"_s;
    case Type::TooLong:
        return u"FieldValueTooLong"_s;
    case Type::Duplicate:
        return u"FieldValueDuplicate"_s;
    case Type::NotFound:
        return u"FieldValueNotFound"_s;
    }
    return {};
}

QString FieldError::body() const
{
    QString text;
    switch (type) {
    case Type::Required:
        text = u"Required value"_s;
        break;
    case Type::Forbidden:
        text = u"Forbidden"_s;
        break;
    case Type::Invalid:
        text = u"Invalid value: "_s + goValue(value);
        break;
    case Type::NotSupported: {
        text = u"Unsupported value: "_s + goValue(value);
        if (!supported.isEmpty()) {
            QStringList quoted;
            for (const QString& s : supported)
                quoted.append(goValue(QJsonValue(s)));
            text += u": supported values: "_s + quoted.join(u", "_s);
        }
        break;
    }
    case Type::TooLong:
        text = u"Too long"_s;
        break;
    case Type::Duplicate:
        text = u"Duplicate value: "_s + goValue(value);
        break;
    case Type::NotFound:
        text = u"Not found: "_s + goValue(value);
        break;
    }
    if (!detail.isEmpty())
        text += u": "_s + detail;
    return text;
}

QString FieldError::errorText() const
{
    return field.isEmpty() ? body() : QString(field + u": "_s + body());
}

StatusCause FieldError::toCause() const
{
    return {reason(), body(), field};
}

namespace errors {

ApiStatus notFound(const ResourceKind& kind, const QString& name)
{
    return failureFor(
        404, u"NotFound"_s, u"%1 \"%2\" not found"_s.arg(kind.qualifiedResource(), name), kind, name);
}

ApiStatus alreadyExists(const ResourceKind& kind, const QString& name)
{
    return failureFor(409, u"AlreadyExists"_s,
        u"%1 \"%2\" already exists"_s.arg(kind.qualifiedResource(), name), kind, name);
}

ApiStatus conflict(const ResourceKind& kind, const QString& name)
{
    return conflictMessage(kind, name,
        u"the object has been modified; please apply your changes to the latest version "
        "and try again"_s);
}

ApiStatus conflictMessage(const ResourceKind& kind, const QString& name, const QString& message)
{
    return failureFor(409, u"Conflict"_s,
        u"Operation cannot be fulfilled on %1 \"%2\": %3"_s.arg(kind.qualifiedResource(), name, message),
        kind, name);
}

namespace {

QString joinErrors(const QList<FieldError>& errs)
{
    if (errs.size() == 1)
        return errs.first().errorText();
    QStringList texts;
    for (const FieldError& e : errs)
        texts.append(e.errorText());
    return u'[' + texts.join(u", "_s) + u']';
}

} // namespace

ApiStatus invalid(const ResourceKind& kind, const QString& name, const QList<FieldError>& errs)
{
    ApiStatus s
        = failure(422, u"Invalid"_s, u"%1 \"%2\" is invalid: %3"_s.arg(kind.kind, name, joinErrors(errs)));
    s.name = name;
    s.group = kind.group;
    s.kind = kind.kind;
    for (const FieldError& e : errs)
        s.causes.append(e.toCause());
    return s;
}

ApiStatus invalidOptions(const QString& optionsKind, const QList<FieldError>& errs)
{
    const qsizetype dot = optionsKind.indexOf(u'.');
    ApiStatus s = failure(422, u"Invalid"_s, u"%1 \"\" is invalid: %2"_s.arg(optionsKind, joinErrors(errs)));
    s.group = dot < 0 ? QString() : optionsKind.mid(dot + 1);
    s.kind = dot < 0 ? optionsKind : optionsKind.left(dot);
    for (const FieldError& e : errs)
        s.causes.append(e.toCause());
    return s;
}

ApiStatus forbidden(const ResourceKind& kind, const QString& name, const QString& why)
{
    const QString subject = name.isEmpty() ? kind.qualifiedResource()
                                           : QString(kind.qualifiedResource() + u" \""_s + name + u'"');
    return failureFor(403, u"Forbidden"_s, subject + u" is forbidden: "_s + why, kind, name);
}

ApiStatus badRequest(const QString& message)
{
    return failure(400, u"BadRequest"_s, message);
}

ApiStatus unauthorized()
{
    return failure(401, u"Unauthorized"_s, u"Unauthorized"_s);
}

ApiStatus methodNotAllowed()
{
    return failure(
        405, u"MethodNotAllowed"_s, u"the server does not allow this method on the requested resource"_s);
}

ApiStatus notAcceptable(const QString& message)
{
    return failure(406, u"NotAcceptable"_s, message);
}

ApiStatus unsupportedMediaType(const QStringList& accepted)
{
    return failure(415, u"UnsupportedMediaType"_s,
        u"the body of the request was in an unknown format - accepted media types include: "_s
            + accepted.join(u", "_s));
}

ApiStatus expired(const QString& message)
{
    return failure(410, u"Expired"_s, message);
}

ApiStatus tooManyRequests(int retryAfterSeconds)
{
    ApiStatus s = failure(429, u"TooManyRequests"_s, u"Too many requests, please try again later."_s);
    s.retryAfterSeconds = retryAfterSeconds;
    return s;
}

ApiStatus internalError(const QString& message)
{
    ApiStatus s = failure(500, u"InternalError"_s, u"Internal error occurred: "_s + message);
    s.causes.append({u"UnexpectedServerResponse"_s, message, {}});
    return s;
}

ApiStatus pathNotFound()
{
    return failure(404, u"NotFound"_s, u"the server could not find the requested resource"_s);
}

ApiStatus deleteSuccess(const ResourceKind& kind, const QString& name, const QString& uid)
{
    ApiStatus s;
    s.status = u"Success"_s;
    s.name = name;
    s.group = kind.group;
    s.kind = kind.resource;
    s.uid = uid;
    return s;
}

} // namespace errors

} // namespace ase::demo
