// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demo/arm/ArmReply.h"
#include "app/demo/arm/DeviceState.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QHttpServer;

namespace ase::demo {

class TokenService;

/// The device API of the demo: Azure Resource Manager paths of provider
/// Microsoft.DataBoxEdge (api-version 2023-12-01) over a DeviceState
/// (reference/azure-stack-edge.md §1.2, §4.2, §4.3).
///
/// - Every request needs `Authorization: Bearer <token>` issued by the TokenService (401
///   AuthenticationFailed / InvalidAuthenticationToken / ExpiredAuthenticationToken with
///   ARM's wording and a `WWW-Authenticate` header) and `api-version=2023-12-01` (400
///   MissingApiVersionParameter / InvalidApiVersionParameter).
/// - Lists page with `nextLink` (`$skipToken`), pageSize() items per page.
/// - Long-running writes answer 202 with `Azure-AsyncOperation` (D/operationsStatus/{op}:
///   a Job document whose status goes InProgress → Succeeded | Failed with `error`),
///   `Location` (D/operationResults/{op}: 202 while running, then 200 with the resource
///   for PUT, 204 for DELETE and refresh, or the CloudError of a failure) and `Retry-After`.
/// - DELETE of an absent resource answers 204, as ARM does.
class ArmApi final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArmApi)

public:
    static constexpr auto ApiVersion = "2023-12-01";

    ArmApi(DeviceState* device, TokenService* tokens, QObject* parent = nullptr);
    ~ArmApi() override;

    /// Items per list page (default 50).
    void setPageSize(int size) { m_pageSize = size > 0 ? size : 1; }
    int pageSize() const { return m_pageSize; }
    /// Retry-After seconds sent with 202 answers (default 1).
    void setRetryAfterSeconds(int seconds) { m_retryAfterSeconds = seconds; }
    /// Scheme and authority of the absolute URLs in nextLink / Location headers; default:
    /// those of the request.
    void setBaseUrl(const QUrl& base) { m_baseUrl = base; }

    /// True for the paths this API serves (everything under /subscriptions/).
    static bool isArmPath(const QString& path);
    /// Handles one request (method "GET", "PUT", "POST", "DELETE", ...).
    ArmReply handle(
        const QByteArray& method, const QUrl& url, const QByteArray& authorization, const QByteArray& body);
    /// Registers a route for /subscriptions/... on the server.
    void registerRoutes(QHttpServer& server);

private:
    ArmReply authenticate(const QUrl& url, const QByteArray& authorization) const;
    /// One request below the device: `rest` is the path after .../dataBoxEdgeDevices/{device}.
    struct Request
    {
        const QByteArray& method;
        const QUrl& url;
        const QStringList& rest;
        const QByteArray& body;
        std::optional<DeviceCollection> collection; ///< where the route has "{collection}"
    };
    using Handler = ArmReply (ArmApi::*)(const Request&);
    /// A path pattern below the device, the method it answers, and the handler.
    struct Route
    {
        QStringList pattern;
        QByteArray method;
        Handler handler;
    };
    /// The device API's routes; add an entry (and its handler) to serve a new path.
    static const QList<Route>& routes();
    static bool matches(
        const Route& route, const QStringList& rest, std::optional<DeviceCollection>* collection);

    ArmReply route(
        const QByteArray& method, const QUrl& url, const QStringList& segments, const QByteArray& body);
    /// Resolves subscription, resource group, provider and device: an answer of its own (the
    /// device lists, a 404), or status 0 and `rest`, the path below the device.
    ArmReply deviceScope(
        const QByteArray& method, const QUrl& url, const QStringList& segments, QStringList* rest) const;
    /// The route for `rest` and the method: its handler's answer, 405 when the path is served
    /// with other methods only, else 404.
    ArmReply dispatch(Request request);

    ArmReply getDevice(const Request& request);
    ArmReply getJob(const Request& request);
    ArmReply getOperationResult(const Request& request);
    ArmReply getExtendedInformation(const Request& request);
    ArmReply listCollection(const Request& request);
    ArmReply refreshShare(const Request& request);
    ArmReply getResource(const Request& request);
    ArmReply putResource(const Request& request);
    ArmReply deleteResource(const Request& request);
    ArmReply acceptedOr(const QUrl& url, const DeviceState::Started& started) const;
    ArmReply listPage(const QUrl& url, const QList<QJsonObject>& items) const;
    ArmReply accepted(const QUrl& url, const QString& operation) const;
    ArmReply operationResult(const QUrl& url, const QString& name) const;
    QString base(const QUrl& url) const;

    DeviceState* m_device = nullptr;
    TokenService* m_tokens = nullptr;
    QUrl m_baseUrl;
    int m_pageSize = 50;
    int m_retryAfterSeconds = 1;
};

} // namespace ase::demo
