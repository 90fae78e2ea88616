// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/device/TokenProvider.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QPointer>
#include <QSslCertificate>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QTimer;

namespace ase {

struct DeviceProfile;

class HttpExchange;
struct HttpAnswer;

/// What the user must do to finish a device-code sign-in: open verificationUri in a
/// browser (on any device) and enter userCode. `message` is the identity platform's own
/// instruction.
struct DeviceCodePrompt
{
    QString userCode;
    QUrl verificationUri;
    QString message;
    QDateTime expiresAt; ///< UTC; the code is useless afterwards
};

/// The OAuth2 device authorization grant against the Microsoft identity platform (or the
/// demo device's stand-in): reference/azure-stack-edge.md §4.1.
///
/// 1. POST `{authority}/{tenant}/oauth2/v2.0/devicecode` (client_id, scope) →
///    userCodeReady() with the code, the URL and the message to show;
/// 2. POST `.../token` (device_code grant) every `interval` seconds: authorization_pending
///    keeps polling, slow_down adds 5 s to the interval, expired_token /
///    authorization_declined / bad_verification_code end the sign-in with a message;
/// 3. success: access_token, expires_in and refresh_token (the scope asks offline_access).
///
/// Renewal uses the refresh token (grant_type=refresh_token) and falls back to a new
/// device-code sign-in when that fails.
class DeviceCodeTokenProvider final : public TokenProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceCodeTokenProvider)

public:
    /// The Azure CLI's public client id (reference §4.1); an own app registration is cleaner.
    static constexpr QStringView kAzureCliClientId = u"04b07795-8ddb-461a-bbee-02f9e1bf7b46";
    static constexpr QStringView kDefaultScope = u"https://management.azure.com/.default offline_access";

    explicit DeviceCodeTokenProvider(QObject* parent = nullptr);
    ~DeviceCodeTokenProvider() override;

    /// Takes the authority, tenant, client id and CA certificates of a device profile
    /// (the defaults where the profile leaves them empty).
    void configure(const DeviceProfile& profile);
    /// Default https://login.microsoftonline.com.
    void setAuthority(const QUrl& authority) { m_authority = authority; }
    QUrl authority() const { return m_authority; }
    /// "organizations" (default), "common", a tenant id or domain.
    void setTenant(const QString& tenant) { m_tenant = tenant; }
    QString tenant() const { return m_tenant; }
    void setClientId(const QString& clientId) { m_clientId = clientId; }
    void setScope(const QString& scope) { m_scope = scope; }
    /// Trust only these CA certificates for the authority (the demo device's CA); empty =
    /// the system's.
    void setCaCertificates(const QList<QSslCertificate>& certificates) { m_caCertificates = certificates; }
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }
    /// The length of one second of `interval` and `expires_in` (tests shorten it; default 1 s).
    void setSecondUnit(std::chrono::milliseconds unit) { m_secondUnit = unit; }

    QUrl deviceCodeUrl() const;
    QUrl tokenUrl() const;
    /// The prompt of the sign-in in progress (empty userCode when none).
    const DeviceCodePrompt& prompt() const { return m_prompt; }
    /// The current polling interval in seconds (grows with slow_down).
    int intervalSeconds() const { return m_interval; }

    QString describe() const override;
    void cancel() override;

Q_SIGNALS:
    /// Show this to the user; polling has started.
    void userCodeReady(const ase::DeviceCodePrompt& prompt);
    /// Each poll's answer: "authorization_pending", "slow_down" (the interval grew)...
    void pollAnswered(const QString& state, int intervalSeconds);
    /// The device-code sign-in ended: ok() = signed in; else why not.
    void signInFinished(const ase::ArmError& error);

protected:
    void acquire(const AccessToken& previous) override;

private:
    void post(const QUrl& url, const QList<QPair<QString, QString>>& form,
        std::function<void(const HttpAnswer&)> done);
    void refreshWith(const QString& refreshToken);
    void startDeviceCode();
    void schedulePoll();
    void poll();
    void endSignIn(const ArmError& error);
    AccessToken tokenFrom(const QJsonObject& answer, const QString& previousRefreshToken) const;
    std::chrono::milliseconds seconds(int n) const { return m_secondUnit * n; }

    QNetworkAccessManager* m_nam = nullptr;
    QTimer* m_pollTimer = nullptr;
    QPointer<HttpExchange> m_exchange;
    QUrl m_authority = QUrl(QStringLiteral("https://login.microsoftonline.com"));
    QString m_tenant = QStringLiteral("organizations");
    QString m_clientId = kAzureCliClientId.toString();
    QString m_scope = kDefaultScope.toString();
    QList<QSslCertificate> m_caCertificates;
    std::chrono::milliseconds m_requestTimeout {30000};
    std::chrono::milliseconds m_secondUnit {1000};
    DeviceCodePrompt m_prompt;
    QString m_deviceCode;
    QDateTime m_deadline;
    int m_interval = 5;
};

} // namespace ase
