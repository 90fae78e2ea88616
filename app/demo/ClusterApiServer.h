// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demo/ApiAuthorizer.h"
#include "app/demo/ClusterState.h"
#include "app/demo/HttpListener.h"

#include <QObject>

namespace ase::demo {

/// Settings of the Kubernetes API endpoint.
struct ClusterApiSettings
{
    int bookmarkIntervalMs = 60000; ///< BOOKMARK period of watches that allow them
    int cutWatchEverySeconds = 0; ///< fault: watch streams end after this long; 0 → off
};

/// The Kubernetes REST API of the demo device on top of ClusterState: authentication
/// and authorization, discovery and OpenAPI, list (paging, selectors, Table), get,
/// create, update, patch (merge, strategic, JSON, apply), delete, deletecollection,
/// /status, watch; query-option validation with Kubernetes' messages. It answers the
/// requests an HttpListener hands it (see handle()).
class ClusterApiServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterApiServer)

public:
    /// What a resource path names: kind, namespace, name, subresource.
    struct Target;

    ClusterApiServer(ClusterState& state, ApiAuthorizer& authorizer, QObject* parent = nullptr);

    void setSettings(const ClusterApiSettings& settings);
    /// The listener whose connections watches follow (for disconnect detection).
    void setListener(HttpListener* listener);

    /// Answers one request (the HttpListener handler).
    void handle(const HttpRequest& request, const ResponderPtr& responder);
    /// Writes a Status body with its code (also the fault writer of the listener).
    static void replyStatus(const ResponderPtr& responder, const ApiStatus& status);

private:
    void handleResource(
        const HttpRequest& request, const ResponderPtr& responder, const ApiUser& user, const Target& target);
    void handleList(const HttpRequest& request, const ResponderPtr& responder, const Target& target);
    /// Answers a list request with one page (JSON, or a Table for kubectl get).
    void replyListPage(const HttpRequest& request, const ResponderPtr& responder, const Target& target,
        const ListPage& page);
    void handleWatch(const HttpRequest& request, const ResponderPtr& responder, const Target& target,
        std::function<bool(const QJsonObject&)> filter);
    void handleWrite(const HttpRequest& request, const ResponderPtr& responder, const Target& target);
    /// PUT and PATCH of `/scale` (Deployments, StatefulSets): spec.replicas of the object.
    void handleScaleWrite(const HttpRequest& request, const ResponderPtr& responder, const Target& target,
        const WriteOptions& options);
    void handleDelete(const HttpRequest& request, const ResponderPtr& responder, const Target& target);
    void handleDeleteCollection(
        const HttpRequest& request, const ResponderPtr& responder, const Target& target);
    bool handleDiscovery(const HttpRequest& request, const ResponderPtr& responder);
    void replyObject(const HttpRequest& request, const ResponderPtr& responder, const ResourceKind& kind,
        const QJsonObject& object, int code = 200, const QHttpHeaders& headers = {});
    /// The autoscaling/v1 Scale of a Deployment or StatefulSet.
    static QJsonObject scaleOf(const QJsonObject& object);

    ClusterState& m_state;
    ApiAuthorizer& m_authorizer;
    HttpListener* m_listener = nullptr;
    ClusterApiSettings m_settings;
};

} // namespace ase::demo
