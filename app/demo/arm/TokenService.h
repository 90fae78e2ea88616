// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demo/arm/ArmReply.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

class QHttpServer;
class QUrl;

namespace ase::demo {

/// The demo device's sign-in: a stand-in for the Microsoft identity platform's v2.0
/// endpoints (reference/azure-stack-edge.md §4.1) and the issuer of the bearer tokens the
/// ARM routes accept.
///
/// Served paths (form-encoded POST bodies, JSON answers as Entra ID gives them):
/// - `POST /{tenant}/oauth2/v2.0/devicecode` (`client_id`, `scope`) → `device_code`,
///   `user_code`, `verification_uri`, `expires_in`, `interval`, `message`;
/// - `POST /{tenant}/oauth2/v2.0/token` with
///   `grant_type=urn:ietf:params:oauth:grant-type:device_code` → 400
///   `authorization_pending` until the code is approved, `slow_down` when polled sooner than
///   the interval (the interval then grows by 5 s, RFC 8628 §3.5), `authorization_declined`,
///   `expired_token`, `bad_verification_code`; then `token_type`, `scope`, `expires_in`,
///   `ext_expires_in`, `access_token` (and `refresh_token` with `offline_access`);
///   `grant_type=refresh_token` renews;
/// - demo only: `POST /demo/oauth2/approve` and `/demo/oauth2/decline` with `user_code`
///   (the browser step a person would do).
///
/// A code is also approved on its own after `Settings::approveAfterPolls` token polls
/// (0: only through the approve endpoint).
class TokenService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenService)

public:
    struct Settings
    {
        int approveAfterPolls = 2; ///< token polls answered pending before success; 0: never
        int intervalSeconds = 5; ///< `interval` handed out
        /// Minimum time between two polls of one code before `slow_down`; negative:
        /// intervalSeconds (tests set it small).
        int minPollSpacingMs = -1;
        int deviceCodeLifetimeSeconds = 900;
        std::chrono::milliseconds tokenLifetime {std::chrono::hours(1)};
    };

    enum class Verdict { Valid, Missing, Malformed, Invalid, Expired };
    struct TokenCheck
    {
        Verdict verdict = Verdict::Missing;
        QDateTime expiresAt; ///< Expired: when it expired
    };

    explicit TokenService(QObject* parent = nullptr);
    ~TokenService() override;

    void setSettings(const Settings& settings) { m_settings = settings; }
    const Settings& settings() const { return m_settings; }
    /// Tenant the tokens name (`tid`); any tenant segment in the path is accepted.
    void setTenant(const QString& tenant) { m_tenant = tenant; }
    QString tenant() const { return m_tenant; }
    /// Clock for expiry (tests); default QDateTime::currentDateTimeUtc.
    void setClock(std::function<QDateTime()> clock);

    /// Issues an access token valid for `lifetime` (default: settings().tokenLifetime).
    QString issueToken(std::chrono::milliseconds lifetime = std::chrono::milliseconds(-1));
    /// Accepts a token issued elsewhere until `expiresAt` (invalid: for ten years).
    void acceptToken(const QString& token, const QDateTime& expiresAt = {});
    /// Checks an `Authorization` header value ("Bearer <token>").
    TokenCheck check(const QByteArray& authorization) const;

    /// The browser step: approve or decline a pending user code; false if unknown.
    bool approve(const QString& userCode);
    bool decline(const QString& userCode);

    /// Handles a request to one of the paths above; nullopt-like: status 0 when the path
    /// is not one of ours.
    ArmReply handle(const QByteArray& method, const QUrl& url, const QByteArray& body);
    /// True when `path` is one of the token service's paths.
    static bool isTokenPath(const QString& path);

    /// Registers the routes on a server (POST /<tenant>/oauth2/v2.0/<endpoint> and the
    /// demo approve/decline endpoints).
    void registerRoutes(QHttpServer& server);

private:
    struct DeviceCode;

    QDateTime now() const;
    ArmReply deviceCode(const QUrl& url, const QHash<QString, QString>& form);
    ArmReply token(const QHash<QString, QString>& form);
    ArmReply tokenResponse(const QString& scope);
    ArmReply oauthError(const QString& error, int aadsts, const QString& description) const;
    DeviceCode* byUserCode(const QString& userCode);

    Settings m_settings;
    QString m_tenant = QStringLiteral("ase-demo.onmicrosoft.com");
    QHash<QString, QDateTime> m_tokens; ///< access token → expiry
    QHash<QString, QString> m_refreshTokens; ///< refresh token → scope
    QHash<QString, DeviceCode*> m_deviceCodes; ///< by device_code; owned
    std::function<QDateTime()> m_clock;
};

} // namespace ase::demo
