// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/ApiStatus.h"
#include "models/resources/ResourceKind.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>
#include <variant>

namespace ase::demo {

/// One field validation error, as apimachinery's `field.Error`: a type, a path, the bad
/// value and a detail. `errorText()` is the `<field>: <body>` text of Invalid messages,
/// `toCause()` the `details.causes[]` entry (see ../shared/reference/kubernetes-api.md §3).
struct FieldError
{
    enum class Type { Required, Invalid, NotSupported, Forbidden, TooLong, Duplicate, NotFound };

    Type type = Type::Invalid;
    QString field; ///< "metadata.name", "spec.accessModes"
    QJsonValue value; ///< the bad value (printed as Go does: strings quoted)
    QString detail; ///< appended as ": <detail>" (Required/Forbidden: the detail alone)
    QStringList supported; ///< NotSupported only

    static FieldError required(const QString& field, const QString& detail = {});
    static FieldError invalid(const QString& field, const QJsonValue& value, const QString& detail = {});
    static FieldError notSupported(
        const QString& field, const QJsonValue& value, const QStringList& supported);
    static FieldError forbidden(const QString& field, const QString& detail);
    static FieldError tooLong(const QString& field, const QJsonValue& value, int maxLength);
    static FieldError duplicate(const QString& field, const QJsonValue& value);
    static FieldError notFound(const QString& field, const QJsonValue& value);

    /// "FieldValueRequired", "FieldValueInvalid", ...
    QString reason() const;
    /// The body without the field: "Required value", `Invalid value: "Foo": detail`.
    QString body() const;
    /// "<field>: <body>".
    QString errorText() const;
    StatusCause toCause() const;
};

/// Builders of the Status bodies the API server answers with, in Kubernetes' own wording.
/// All return `status: Failure` objects with code, reason and details filled in.
namespace errors {

ApiStatus notFound(const ResourceKind& kind, const QString& name);
ApiStatus alreadyExists(const ResourceKind& kind, const QString& name);
/// 409 "Operation cannot be fulfilled on <res> "x": the object has been modified; ..."
ApiStatus conflict(const ResourceKind& kind, const QString& name);
/// 409 with a custom message (e.g. a UID precondition failure).
ApiStatus conflictMessage(const ResourceKind& kind, const QString& name, const QString& message);
/// 422 `<Kind> "name" is invalid: <e>` or `[e1, e2]`; details.kind is the Kind.
ApiStatus invalid(const ResourceKind& kind, const QString& name, const QList<FieldError>& errors);
/// 422 for option structs: `<optionsKind> "" is invalid`... e.g. "ListOptions.meta.k8s.io",
/// with group "meta.k8s.io" (as apiserver reports invalid query parameters).
ApiStatus invalidOptions(const QString& optionsKind, const QList<FieldError>& errors);
/// 403 `<res> "x" is forbidden: <why>` (name empty → `<res> is forbidden: <why>`).
ApiStatus forbidden(const ResourceKind& kind, const QString& name, const QString& why);
ApiStatus badRequest(const QString& message);
ApiStatus unauthorized();
ApiStatus methodNotAllowed();
ApiStatus notAcceptable(const QString& message);
/// 415 "the body of the request was in an unknown format - accepted media types include: ..."
ApiStatus unsupportedMediaType(const QStringList& accepted);
/// 410 reason Expired.
ApiStatus expired(const QString& message);
ApiStatus tooManyRequests(int retryAfterSeconds);
ApiStatus internalError(const QString& message);
/// 404 without a kind: "the server could not find the requested resource".
ApiStatus pathNotFound();
/// `{"kind":"Status","status":"Success","details":{name,group,kind,uid}}` for deletes of
/// kinds that do not return the deleted object.
ApiStatus deleteSuccess(const ResourceKind& kind, const QString& name, const QString& uid);

} // namespace errors

/// A value or the Status that explains why there is none. C++20 has no std::expected.
template <typename T>
class ApiResult final
{
public:
    ApiResult(T value) // NOLINT(google-explicit-constructor): implicit by design
        : m_value(std::move(value))
    { }
    ApiResult(ApiStatus error) // NOLINT(google-explicit-constructor)
        : m_value(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }
    const T& value() const { return std::get<T>(m_value); }
    T& value() { return std::get<T>(m_value); }
    const ApiStatus& error() const { return std::get<ApiStatus>(m_value); }

private:
    std::variant<T, ApiStatus> m_value;
};

} // namespace ase::demo
