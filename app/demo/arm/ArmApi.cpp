// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/arm/ArmApi.h"

#include "app/demo/arm/DeviceState.h"
#include "app/demo/arm/TokenService.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace ase::demo {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ase::demo::ArmApi", text);
}

bool same(const QString& a, QLatin1StringView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

/// ARM prints token times as .NET's invariant culture does: "11/29/2026 2:20:00 PM".
QString dotNetTime(const QDateTime& time)
{
    return QLocale::c().toString(time.toUTC(), u"M/d/yyyy h:mm:ss AP"_s);
}

std::optional<DeviceCollection> collectionOf(const QString& segment)
{
    for (auto collection : {DeviceCollection::Shares, DeviceCollection::Users,
             DeviceCollection::StorageAccountCredentials, DeviceCollection::Roles}) {
        if (segment.compare(DeviceState::collectionPath(collection), Qt::CaseInsensitive) == 0)
            return collection;
    }
    return std::nullopt;
}

CloudError methodNotAllowed(const QByteArray& method)
{
    return {405, u"MethodNotAllowed"_s,
        tr("The requested resource does not support http method '%1'.").arg(QString::fromLatin1(method))};
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    default:
        return "UNKNOWN";
    }
}

} // namespace

ArmApi::ArmApi(DeviceState* device, TokenService* tokens, QObject* parent)
    : QObject(parent)
    , m_device(device)
    , m_tokens(tokens)
{ }

ArmApi::~ArmApi() = default;

bool ArmApi::isArmPath(const QString& path)
{
    return path.startsWith(u"/subscriptions/"_s, Qt::CaseInsensitive);
}

QString ArmApi::base(const QUrl& url) const
{
    const QUrl origin = m_baseUrl.isValid() && !m_baseUrl.isEmpty() ? m_baseUrl : url;
    return origin.toString(
        QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::StripTrailingSlash);
}

ArmReply ArmApi::authenticate(const QUrl& url, const QByteArray& authorization) const
{
    const TokenService::TokenCheck check = m_tokens->check(authorization);
    CloudError error {401, {}, {}};
    QString description;
    switch (check.verdict) {
    case TokenService::Verdict::Valid:
        return ArmReply::empty(0);
    case TokenService::Verdict::Missing:
        error.code = u"AuthenticationFailed"_s;
        error.message = tr("Authentication failed. The 'Authorization' header is missing.");
        description = u"The authentication failed because of missing 'Authorization' header."_s;
        break;
    case TokenService::Verdict::Malformed:
        error.code = u"AuthenticationFailed"_s;
        error.message
            = tr("Authentication failed. The 'Authorization' header is provided in an invalid format.");
        description = u"The authentication failed because of an invalid 'Authorization' header."_s;
        break;
    case TokenService::Verdict::Invalid:
        error.code = u"InvalidAuthenticationToken"_s;
        error.message = tr("The access token is invalid.");
        description = u"The access token is invalid."_s;
        break;
    case TokenService::Verdict::Expired:
        error.code = u"ExpiredAuthenticationToken"_s;
        error.message = tr("The access token expiry UTC time '%1' is earlier than current UTC time '%2'.")
                            .arg(dotNetTime(check.expiresAt), dotNetTime(QDateTime::currentDateTimeUtc()));
        description = u"The access token has expired."_s;
        break;
    }
    ArmReply reply = ArmReply::error(error);
    const QString challenge = u"Bearer authorization_uri=\""_s + base(url) + u'/' + m_tokens->tenant()
        + u"\", error=\"invalid_token\", error_description=\""_s + description + u'"';
    reply.withHeader("WWW-Authenticate", challenge.toUtf8());
    return reply;
}

ArmReply ArmApi::handle(
    const QByteArray& method, const QUrl& url, const QByteArray& authorization, const QByteArray& body)
{
    if (ArmReply denied = authenticate(url, authorization); denied.status != 0)
        return denied;
    const QUrlQuery query(url);
    if (!query.hasQueryItem(u"api-version"_s))
        return ArmReply::error({400, u"MissingApiVersionParameter"_s,
            tr("The api-version query parameter (?api-version=) is required for all requests.")});
    const QString version = query.queryItemValue(u"api-version"_s);
    if (version != QLatin1StringView(ApiVersion))
        return ArmReply::error({400, u"InvalidApiVersionParameter"_s,
            tr("The api-version '%1' is invalid. The supported versions are '%2'.")
                .arg(version, QLatin1StringView(ApiVersion))});
    QStringList segments = url.path().split(u'/');
    segments.removeFirst(); // the empty segment before the leading '/'
    if (!segments.isEmpty() && segments.last().isEmpty())
        segments.removeLast();
    return route(method, url, segments, body);
}

ArmReply ArmApi::route(
    const QByteArray& method, const QUrl& url, const QStringList& segments, const QByteArray& body)
{
    QStringList rest;
    if (ArmReply outside = deviceScope(method, url, segments, &rest); outside.status != 0)
        return outside;
    const Request request {method, url, rest, body, std::nullopt};
    return dispatch(request);
}

ArmReply ArmApi::deviceScope(
    const QByteArray& method, const QUrl& url, const QStringList& s, QStringList* rest) const
{
    const ArmIdentity& id = m_device->identity();
    // s: subscriptions {sub} [resourceGroups {rg}] providers Microsoft.DataBoxEdge dataBoxEdgeDevices [{dev}
    // ...]
    const ArmReply notFound = ArmReply::error({404, u"NotFound"_s, tr("The requested path was not found.")});
    if (s.size() < 2 || !same(s.at(0), "subscriptions"_L1))
        return notFound;
    if (s.at(1).compare(id.subscriptionId, Qt::CaseInsensitive) != 0)
        return ArmReply::error(
            {404, u"SubscriptionNotFound"_s, tr("The subscription '%1' could not be found.").arg(s.at(1))});
    auto isProviderAt = [&](int at) {
        return s.size() >= at + 3 && same(s.at(at), "providers"_L1)
            && same(s.at(at + 1), "Microsoft.DataBoxEdge"_L1) && same(s.at(at + 2), "dataBoxEdgeDevices"_L1);
    };
    // The list of devices, in the subscription or in the resource group.
    auto deviceList = [&]() {
        return method == "GET" ? listPage(url, {m_device->device()})
                               : ArmReply::error(methodNotAllowed(method));
    };
    if (isProviderAt(2) && s.size() == 5)
        return deviceList();
    if (s.size() < 4 || !same(s.at(2), "resourceGroups"_L1))
        return notFound;
    if (s.at(3).compare(id.resourceGroup, Qt::CaseInsensitive) != 0)
        return ArmReply::error(
            {404, u"ResourceGroupNotFound"_s, tr("Resource group '%1' could not be found.").arg(s.at(3))});
    if (!isProviderAt(4))
        return notFound;
    if (s.size() == 7)
        return deviceList();
    if (s.at(7).compare(id.deviceName, Qt::CaseInsensitive) != 0)
        return ArmReply::error({404, u"ResourceNotFound"_s,
            tr("The Resource 'Microsoft.DataBoxEdge/dataBoxEdgeDevices/%1' under resource group "
               "'%2' was not found. For more details please go to "
               "https://aka.ms/ARMResourceNotFoundFix")
                .arg(s.at(7), id.resourceGroup)});
    *rest = s.mid(8);
    return ArmReply::empty(0);
}

const QList<ArmApi::Route>& ArmApi::routes()
{
    // Paths below the device. "{collection}" matches shares, users, storageAccountCredentials
    // and roles; "{name}" any one segment; other segments match case-insensitively. A path
    // that matches with another method answers 405.
    static const QList<Route> table {
        {{}, "GET", &ArmApi::getDevice},
        {{u"jobs"_s, u"{name}"_s}, "GET", &ArmApi::getJob},
        {{u"operationsStatus"_s, u"{name}"_s}, "GET", &ArmApi::getJob},
        {{u"operationResults"_s, u"{name}"_s}, "GET", &ArmApi::getOperationResult},
        {{u"getExtendedInformation"_s}, "POST", &ArmApi::getExtendedInformation},
        {{u"{collection}"_s}, "GET", &ArmApi::listCollection},
        {{u"shares"_s, u"{name}"_s, u"refresh"_s}, "POST", &ArmApi::refreshShare},
        {{u"{collection}"_s, u"{name}"_s}, "GET", &ArmApi::getResource},
        {{u"{collection}"_s, u"{name}"_s}, "PUT", &ArmApi::putResource},
        {{u"{collection}"_s, u"{name}"_s}, "DELETE", &ArmApi::deleteResource},
    };
    return table;
}

bool ArmApi::matches(const Route& route, const QStringList& rest, std::optional<DeviceCollection>* collection)
{
    if (route.pattern.size() != rest.size())
        return false;
    for (qsizetype i = 0; i < rest.size(); ++i) {
        const QString& part = route.pattern.at(i);
        if (part == u"{name}")
            continue;
        if (part == u"{collection}") {
            *collection = collectionOf(rest.at(i));
            if (!*collection)
                return false;
            continue;
        }
        if (rest.at(i).compare(part, Qt::CaseInsensitive) != 0)
            return false;
    }
    return true;
}

ArmReply ArmApi::dispatch(Request request)
{
    bool pathKnown = false;
    for (const Route& route : routes()) {
        std::optional<DeviceCollection> collection;
        if (!matches(route, request.rest, &collection))
            continue;
        pathKnown = true;
        if (request.method != route.method)
            continue;
        request.collection = collection;
        return (this->*route.handler)(request);
    }
    if (pathKnown)
        return ArmReply::error(methodNotAllowed(request.method));
    if (!collectionOf(request.rest.value(0)))
        return ArmReply::error({404, u"InvalidResourceType"_s,
            tr("The resource type 'dataBoxEdgeDevices/%1' could not be found in the namespace "
               "'Microsoft.DataBoxEdge' for api version '%2'.")
                .arg(request.rest.value(0), QLatin1StringView(ApiVersion))});
    return ArmReply::error({404, u"NotFound"_s, tr("The requested path was not found.")});
}

ArmReply ArmApi::getDevice(const Request&)
{
    return ArmReply::json(200, m_device->device());
}

ArmReply ArmApi::getJob(const Request& request)
{
    const QString& kind = request.rest.at(0);
    const DeviceState::Operation* operation = m_device->operation(request.rest.at(1));
    if (!operation)
        return ArmReply::error({404, u"ResourceNotFound"_s,
            tr("The %1 '%2' was not found on the device.").arg(kind, request.rest.at(1))});
    return ArmReply::json(200, m_device->jobDocument(*operation, same(kind, "operationsStatus"_L1)));
}

ArmReply ArmApi::getOperationResult(const Request& request)
{
    return operationResult(request.url, request.rest.at(1));
}

ArmReply ArmApi::getExtendedInformation(const Request&)
{
    return ArmReply::json(200, m_device->extendedInformation());
}

ArmReply ArmApi::listCollection(const Request& request)
{
    return listPage(request.url, m_device->list(*request.collection));
}

ArmReply ArmApi::refreshShare(const Request& request)
{
    return acceptedOr(request.url, m_device->refreshShare(request.rest.at(1)));
}

ArmReply ArmApi::getResource(const Request& request)
{
    const QString& name = request.rest.at(1);
    if (const auto resource = m_device->get(*request.collection, name))
        return ArmReply::json(200, *resource);
    const ArmIdentity& id = m_device->identity();
    return ArmReply::error({404, u"ResourceNotFound"_s,
        tr("The Resource 'Microsoft.DataBoxEdge/dataBoxEdgeDevices/%1/%2/%3' under resource "
           "group '%4' was not found. For more details please go to "
           "https://aka.ms/ARMResourceNotFoundFix")
            .arg(id.deviceName, DeviceState::collectionPath(*request.collection), name, id.resourceGroup)});
}

ArmReply ArmApi::deleteResource(const Request& request)
{
    const QString& name = request.rest.at(1);
    if (*request.collection == DeviceCollection::Roles)
        return ArmReply::error(methodNotAllowed(request.method));
    if (!m_device->get(*request.collection, name))
        return ArmReply::empty(204); // ARM: deleting what is not there succeeds
    switch (*request.collection) {
    case DeviceCollection::Shares:
        return acceptedOr(request.url, m_device->deleteShare(name));
    case DeviceCollection::Users:
        return acceptedOr(request.url, m_device->deleteUser(name));
    case DeviceCollection::StorageAccountCredentials:
        return acceptedOr(request.url, m_device->deleteStorageAccountCredential(name));
    case DeviceCollection::Roles:
        break;
    }
    return acceptedOr(request.url, {});
}

ArmReply ArmApi::putResource(const Request& request)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (!request.body.trimmed().isEmpty()
        && (parseError.error != QJsonParseError::NoError || !document.isObject()))
        return ArmReply::error({400, u"InvalidRequestContent"_s,
            tr("The request content was invalid and could not be deserialized: '%1 at offset %2'.")
                .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                  : u"The body is not a JSON object"_s)
                .arg(parseError.offset)});
    const QJsonObject object = document.object();
    const QString& name = request.rest.at(1);
    switch (*request.collection) {
    case DeviceCollection::Shares:
        return acceptedOr(request.url, m_device->putShare(name, object));
    case DeviceCollection::Users:
        return acceptedOr(request.url, m_device->putUser(name, object));
    case DeviceCollection::StorageAccountCredentials:
        return acceptedOr(request.url, m_device->putStorageAccountCredential(name, object));
    case DeviceCollection::Roles:
        return acceptedOr(request.url, m_device->putRole(name, object));
    }
    return acceptedOr(request.url, {});
}

ArmReply ArmApi::acceptedOr(const QUrl& url, const DeviceState::Started& started) const
{
    return started.error ? ArmReply::error(*started.error) : accepted(url, started.operation);
}

ArmReply ArmApi::listPage(const QUrl& url, const QList<QJsonObject>& items) const
{
    const QUrlQuery query(url);
    qsizetype offset = 0;
    if (query.hasQueryItem(u"$skipToken"_s)) {
        bool ok = false;
        const QByteArray token
            = QByteArray::fromBase64(query.queryItemValue(u"$skipToken"_s, QUrl::FullyDecoded).toLatin1(),
                QByteArray::Base64UrlEncoding);
        offset = token.startsWith("offset:") ? token.mid(7).toLongLong(&ok) : 0;
        if (!ok || offset < 0 || offset > items.size())
            return ArmReply::error(
                {400, u"InvalidSkipToken"_s, tr("The skip token in the request is not valid.")});
    }
    QJsonArray value;
    const qsizetype end = std::min<qsizetype>(items.size(), offset + m_pageSize);
    for (qsizetype i = offset; i < end; ++i)
        value.append(items.at(i));
    QJsonObject page {{u"value"_s, value}};
    if (end < items.size()) {
        QUrl next(base(url) + url.path());
        QUrlQuery nextQuery;
        nextQuery.addQueryItem(u"api-version"_s, QLatin1StringView(ApiVersion));
        nextQuery.addQueryItem(u"$skipToken"_s,
            QString::fromLatin1(
                QByteArray("offset:" + QByteArray::number(end)).toBase64(QByteArray::Base64UrlEncoding)));
        next.setQuery(nextQuery);
        page.insert(u"nextLink"_s, next.toString(QUrl::FullyEncoded));
    }
    return ArmReply::json(200, page);
}

ArmReply ArmApi::accepted(const QUrl& url, const QString& operation) const
{
    const QString prefix = base(url) + m_device->deviceId();
    const QString suffix = u"?api-version="_s + QLatin1StringView(ApiVersion);
    ArmReply reply = ArmReply::empty(202);
    reply
        .withHeader(
            "Azure-AsyncOperation", QString(prefix + u"/operationsStatus/"_s + operation + suffix).toUtf8())
        .withHeader("Location", QString(prefix + u"/operationResults/"_s + operation + suffix).toUtf8())
        .withHeader("Retry-After", QByteArray::number(m_retryAfterSeconds));
    return reply;
}

ArmReply ArmApi::operationResult(const QUrl& url, const QString& name) const
{
    const DeviceState::Operation* operation = m_device->operation(name);
    if (!operation)
        return ArmReply::error(
            {404, u"ResourceNotFound"_s, tr("The operation '%1' was not found on the device.").arg(name)});
    if (operation->status == u"Running")
        return accepted(url, operation->name);
    if (operation->error)
        return ArmReply::error(*operation->error);
    if (operation->verb == u"PUT") {
        if (const auto resource = m_device->get(operation->collection, operation->resourceName))
            return ArmReply::json(200, *resource);
    }
    return ArmReply::empty(204);
}

void ArmApi::registerRoutes(QHttpServer& server)
{
    server.route(u"/subscriptions/<arg>"_s, QHttpServerRequest::Method::AnyKnown, this,
        [this](const QUrl&, const QHttpServerRequest& request, QHttpServerResponder& responder) {
            handle(
                methodName(request.method()), request.url(), request.value("Authorization"), request.body())
                .send(responder);
        });
}

} // namespace ase::demo
