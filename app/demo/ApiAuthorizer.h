// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demo/HttpListener.h"
#include "models/resources/ApiStatus.h"
#include "models/resources/ResourceKind.h"

#include <QHash>
#include <QString>

#include <optional>

namespace ase::demo {

/// Who a bearer token belongs to.
struct ApiUser
{
    QString name; ///< "ase-admin", "edge-user"
    QString ns; ///< empty: cluster-wide rights; else the only namespace it may use
};

/// Bearer-token authentication and an RBAC-like authorization: cluster-wide users may do
/// everything; a namespace-scoped user may do everything inside its namespace and nothing
/// at the cluster scope or in other namespaces (403 with Kubernetes' message).
class ApiAuthorizer final
{
public:
    void addToken(const QString& token, const ApiUser& user);
    /// The user of `Authorization: Bearer <token>`, or nullopt (→ 401).
    std::optional<ApiUser> authenticate(const HttpRequest& request) const;
    /// nullopt when allowed; else 403 Forbidden, e.g. `persistentvolumes is forbidden: User
    /// "edge-user" cannot list resource "persistentvolumes" in API group "" at the cluster
    /// scope`. verb: get list watch create update patch delete deletecollection.
    std::optional<ApiStatus> authorize(const ApiUser& user, const QString& verb, const ResourceKind& kind,
        const QString& ns, const QString& name, const QString& subresource = {}) const;

private:
    QHash<QString, ApiUser> m_tokens;
};

} // namespace ase::demo
