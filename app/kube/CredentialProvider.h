// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/kube/ApiError.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QString>

#include <functional>

namespace ase {

/// What a request presents to the API server: a bearer token and/or a TLS client
/// certificate. Never logged, never written anywhere.
struct Credential
{
    QString token; ///< sent as `Authorization: Bearer <token>`
    QList<QSslCertificate> clientCertificate; ///< leaf first, then intermediates; may be empty
    QSslKey clientKey;
    QDateTime expiresAt; ///< invalid = does not expire

    bool hasToken() const { return !token.isEmpty(); }
    /// Same token and certificate (the expiry does not matter).
    bool sameAs(const Credential& other) const
    {
        return token == other.token && clientCertificate == other.clientCertificate;
    }
    bool hasClientCertificate() const { return !clientCertificate.isEmpty() && !clientKey.isNull(); }
    bool isEmpty() const { return !hasToken() && !hasClientCertificate(); }
    /// Expired at `now` (a credential without expiry never is).
    bool isExpired(const QDateTime& now = QDateTime::currentDateTimeUtc()) const
    {
        return expiresAt.isValid() && now >= expiresAt;
    }
};

/// Supplies the credential of one kubeconfig user. Implementations: a fixed credential
/// (token, client-certificate files or data), a token file re-read as client-go does, an
/// exec plugin (ExecCredentialProvider). Lives in the thread of the KubeClient using it.
class CredentialProvider
{
public:
    using Callback = std::function<void(const Credential& credential, const ApiError& error)>;

    virtual ~CredentialProvider() = default;

    /// Delivers a current credential. May call back synchronously when a cached credential is
    /// still valid, else later from the event loop. The callback is dropped if `context` is
    /// destroyed first. On failure `error` says why (Category::Credential) and how to fix it.
    virtual void fetch(QObject* context, Callback callback) = 0;

    /// The server answered 401 to a request made with `rejected`: forget it (unless it was
    /// already replaced by a newer one, as client-go's maybeRefreshCreds). Returns true when
    /// a new fetch() may yield a different credential (the client then retries once).
    virtual bool invalidate(const Credential& rejected) = 0;

    /// A short description for the UI: "token", "client certificate", "exec: kubelogin".
    virtual QString describe() const = 0;
};

/// A credential that never changes: a token or certificate written in the kubeconfig.
class StaticCredentialProvider final : public CredentialProvider
{
public:
    explicit StaticCredentialProvider(Credential credential, QString description);
    void fetch(QObject* context, Callback callback) override;
    bool invalidate(const Credential&) override { return false; }
    QString describe() const override { return m_description; }

private:
    Credential m_credential;
    QString m_description;
};

/// `tokenFile`: the token is read from a file and re-read after a minute, as client-go's
/// cachingTokenSource does, so a rotated token is picked up; invalidate() forces a re-read.
/// A client certificate from the same kubeconfig user may be attached.
class TokenFileCredentialProvider final : public CredentialProvider
{
public:
    explicit TokenFileCredentialProvider(QString path, Credential base = {});
    void fetch(QObject* context, Callback callback) override;
    bool invalidate(const Credential& rejected) override;
    QString describe() const override;

private:
    QString m_path;
    Credential m_base;
    QString m_cachedToken;
    QDateTime m_readAt;
};

} // namespace ase
