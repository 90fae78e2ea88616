// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/device/ArmError.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <chrono>
#include <functional>

namespace ase {

class SecretStore;

/// A bearer token for Azure Resource Manager. Never logged, never written to settings.
struct AccessToken
{
    QString token;
    QDateTime expiresAt; ///< UTC; invalid = unknown (used until the device rejects it)
    QString refreshToken; ///< OAuth2 refresh token, when the source gave one

    bool isEmpty() const { return token.isEmpty(); }
    bool isExpired(const QDateTime& now = QDateTime::currentDateTimeUtc()) const
    {
        return expiresAt.isValid() && now >= expiresAt;
    }
    /// The `exp` claim of a JWT-shaped token (Entra ID access tokens are JWTs); invalid
    /// when the token is not a readable JWT.
    static QDateTime jwtExpiry(const QString& token);
};

/// Supplies the ARM bearer token of a device connection: a pasted token
/// (StaticTokenProvider), the Azure CLI (AzCliTokenProvider) or the OAuth2 device-code flow
/// (DeviceCodeTokenProvider).
///
/// The base class caches the token in memory (and, with a SecretStore, in the system
/// keychain), renews it before it expires (refreshMargin(): a refresh-token grant when the
/// source gave one, else the source again) and coalesces concurrent fetches into one.
class TokenProvider : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenProvider)

public:
    using Callback = std::function<void(const AccessToken& token, const ArmError& error)>;

    ~TokenProvider() override;

    /// Delivers a current token, always asynchronously. The callback is dropped if `context`
    /// is destroyed first. On failure `error` (Category::Credential) says what to do.
    void fetch(QObject* context, Callback callback);
    /// The device rejected the current token (401): forget it. Returns true when a new
    /// fetch() may give a different token (the client then retries once).
    virtual bool invalidate();
    /// Stops a sign-in in progress; pending fetches fail with Category::Canceled.
    virtual void cancel();
    /// A short description for the UI: "pasted token", "Azure CLI", "device code sign-in".
    virtual QString describe() const = 0;

    /// Keeps the token (and refresh token) in `store` under `key` so the next session can
    /// reuse it; null = memory only. The store is not owned.
    void setSecretStore(SecretStore* store, const QString& key);
    /// How long before expiry the token is renewed: at most this, and at most a fifth of
    /// the token's lifetime (short-lived tokens). Default 5 minutes.
    void setRefreshMargin(std::chrono::seconds margin) { m_refreshMargin = margin; }
    /// The time source for expiry and renewal (tests: a fake clock); null = the system's
    /// QDateTime::currentDateTimeUtc().
    void setClock(std::function<QDateTime()> clock) { m_clock = std::move(clock); }

    /// The cached token (may be empty or expired).
    const AccessToken& current() const { return m_token; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    /// A new token was obtained (sign-in finished, refreshed, re-run).
    void tokenChanged();
    /// Obtaining a token failed; the message says what to do.
    void failed(const ase::ArmError& error);

protected:
    explicit TokenProvider(QObject* parent = nullptr);

    /// Start obtaining a token. `previous` is the cached token (may carry a refresh token).
    /// Finish with succeed() or fail(), from the event loop.
    virtual void acquire(const AccessToken& previous) = 0;
    void succeed(const AccessToken& token);
    void fail(const ArmError& error);
    /// True when `token` should be renewed now.
    bool needsRenewal(const AccessToken& token) const;
    /// Now, from the clock (UTC).
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    /// Forgets the cached token (a new source, e.g. a freshly pasted token); the stored copy
    /// is not read afterwards.
    void resetCachedToken();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };

    void start();
    void finish(const ArmError& error);

    AccessToken m_token;
    QDateTime m_obtainedAt;
    QList<Waiter> m_waiters;
    bool m_busy = false;
    bool m_loadedFromStore = false;
    QPointer<SecretStore> m_store;
    QString m_storeKey;
    std::chrono::seconds m_refreshMargin {300};
    std::function<QDateTime()> m_clock;
};

/// A token the user pasted (e.g. from `az account get-access-token` on another machine).
/// Its expiry is read from the token when it is a JWT; once expired the user must paste a
/// new one (setToken()).
class StaticTokenProvider final : public TokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StaticTokenProvider)

public:
    explicit StaticTokenProvider(const QString& token = {}, QObject* parent = nullptr);
    ~StaticTokenProvider() override;

    void setToken(const QString& token);
    bool invalidate() override { return false; }
    QString describe() const override;

protected:
    void acquire(const AccessToken& previous) override;

private:
    AccessToken m_pasted;
};

} // namespace ase
