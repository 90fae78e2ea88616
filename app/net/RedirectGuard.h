// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QUrl>

class QNetworkReply;
class QNetworkRequest;

namespace ase {

/// Credentials stay with the server they were meant for. A request that carries a bearer
/// token or a TLS client certificate follows an HTTP redirect only within its own origin
/// (same scheme, host and port); a redirect to any other origin is refused and the request
/// ends with an error that names both servers (TransportFailure::describe), so the token is
/// never sent to the other server.
///
/// Go's http.Client (and so kubectl) drops the Authorization header on a redirect to
/// another host; client-go then adds it back in its bearer round tripper, and a client
/// certificate is presented to whatever host asks. Refusing is stricter than both: neither
/// the Kubernetes API nor ARM answer a request with a redirect to another server.
class RedirectGuard final
{
public:
    /// Makes `request` ask before following a redirect (UserVerifiedRedirectPolicy).
    static void prepare(QNetworkRequest& request);
    /// Decides each redirect of `reply` (made from a prepared request): follows it when it
    /// stays in the origin of the request, else remembers the target and aborts the reply.
    static void watch(QNetworkReply* reply);

    /// Same scheme, host (case-insensitive) and port (defaulted by scheme).
    static bool sameOrigin(const QUrl& a, const QUrl& b);
    /// Where `reply` was redirected when the redirect was refused; empty otherwise.
    static QUrl refusedRedirect(const QNetworkReply* reply);
};

} // namespace ase
