#pragma once

#include "app/demo/arm/ArmReply.h"

#include <QObject>
#include <QString>
#include <QUrl>

class QHttpServer;

namespace ase::demo {

class DeviceState;
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
    ArmReply route(
        const QByteArray& method, const QUrl& url, const QStringList& segments, const QByteArray& body);
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
