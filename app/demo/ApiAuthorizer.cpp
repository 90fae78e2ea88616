// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/ApiAuthorizer.h"

#include "app/demo/ApiErrors.h"

using namespace Qt::StringLiterals;

namespace ase::demo {

void ApiAuthorizer::addToken(const QString& token, const ApiUser& user)
{
    m_tokens.insert(token, user);
}

std::optional<ApiUser> ApiAuthorizer::authenticate(const HttpRequest& request) const
{
    const QByteArray authorization = request.header("authorization");
    if (!authorization.startsWith("Bearer "))
        return std::nullopt;
    const QString token = QString::fromLatin1(authorization.mid(7)).trimmed();
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend())
        return std::nullopt;
    return *it;
}

std::optional<ApiStatus> ApiAuthorizer::authorize(const ApiUser& user, const QString& verb,
    const ResourceKind& kind, const QString& ns, const QString& name, const QString& subresource) const
{
    if (user.ns.isEmpty())
        return std::nullopt;
    if (kind.namespaced && ns == user.ns)
        return std::nullopt;
    const QString resource
        = subresource.isEmpty() ? kind.resource : QString(kind.resource + u'/' + subresource);
    const QString scope = ns.isEmpty() ? u"at the cluster scope"_s : u"in the namespace \"%1\""_s.arg(ns);
    return errors::forbidden(kind, name,
        u"User \"%1\" cannot %2 resource \"%3\" in API group \"%4\" %5"_s.arg(
            user.name, verb, resource, kind.group, scope));
}

} // namespace ase::demo
