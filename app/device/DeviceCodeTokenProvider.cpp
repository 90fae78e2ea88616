// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/device/DeviceCodeTokenProvider.h"

#include "app/device/DeviceProfile.h"
#include "app/device/HttpExchange.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

constexpr auto kDeviceCodeGrant = "urn:ietf:params:oauth:grant-type:device_code"_L1;

/// The first line of an OAuth2 error_description ("AADSTS70016: ...\r\nTrace ID: ...").
QString firstLine(const QString& text)
{
    return text.section(u'\n', 0, 0).trimmed();
}

} // namespace

DeviceCodeTokenProvider::DeviceCodeTokenProvider(QObject* parent)
    : TokenProvider(parent)
    , m_nam(new QNetworkAccessManager(this))
    , m_pollTimer(new QTimer(this))
{
    m_pollTimer->setSingleShot(true);
    connect(m_pollTimer, &QTimer::timeout, this, &DeviceCodeTokenProvider::poll);
}

void DeviceCodeTokenProvider::configure(const DeviceProfile& profile)
{
    if (!profile.authority.isEmpty())
        setAuthority(profile.authority);
    if (!profile.tenant.isEmpty())
        setTenant(profile.tenant);
    if (!profile.clientId.isEmpty())
        setClientId(profile.clientId);
    setCaCertificates(profile.caCertificates());
}

DeviceCodeTokenProvider::~DeviceCodeTokenProvider() = default;

QUrl DeviceCodeTokenProvider::deviceCodeUrl() const
{
    QUrl url = m_authority;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + u'/' + m_tenant + u"/oauth2/v2.0/devicecode"_s);
    return url;
}

QUrl DeviceCodeTokenProvider::tokenUrl() const
{
    QUrl url = deviceCodeUrl();
    url.setPath(url.path().replace(u"/devicecode"_s, u"/token"_s));
    return url;
}

QString DeviceCodeTokenProvider::describe() const
{
    return tr("device code sign-in");
}

void DeviceCodeTokenProvider::post(
    const QUrl& url, const QList<QPair<QString, QString>>& form, std::function<void(const HttpAnswer&)> done)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    request.setRawHeader("Accept", "application/json");
    if (!m_caCertificates.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(m_caCertificates);
        request.setSslConfiguration(ssl);
    }
    TransportFailure::Target target;
    target.server = url;
    target.origin = TransportFailure::Origin::DeviceProfile;
    target.caCertificates = m_caCertificates;
    target.timeout = m_requestTimeout;
    if (m_exchange)
        m_exchange->abort();
    m_exchange = HttpExchange::send(
        m_nam, request, "POST", HttpExchange::formBody(form), target, this, std::move(done));
}

AccessToken DeviceCodeTokenProvider::tokenFrom(
    const QJsonObject& answer, const QString& previousRefresh) const
{
    AccessToken token;
    token.token = answer.value("access_token"_L1).toString();
    const int expiresIn = answer.value("expires_in"_L1).toVariant().toInt();
    if (expiresIn > 0)
        token.expiresAt = now().addSecs(expiresIn);
    token.refreshToken = answer.value("refresh_token"_L1).toString();
    if (token.refreshToken.isEmpty())
        token.refreshToken = previousRefresh;
    return token;
}

void DeviceCodeTokenProvider::acquire(const AccessToken& previous)
{
    if (!previous.refreshToken.isEmpty())
        refreshWith(previous.refreshToken);
    else
        startDeviceCode();
}

void DeviceCodeTokenProvider::refreshWith(const QString& refreshToken)
{
    post(tokenUrl(),
        {{u"grant_type"_s, u"refresh_token"_s}, {u"client_id"_s, m_clientId},
            {u"refresh_token"_s, refreshToken}, {u"scope"_s, m_scope}},
        [this, refreshToken](const HttpAnswer& answer) {
            const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
            if (answer.status == 200 && !body.value("access_token"_L1).toString().isEmpty()) {
                succeed(tokenFrom(body, refreshToken));
                return;
            }
            // The refresh token was revoked or expired: sign in again.
            startDeviceCode();
        });
}

void DeviceCodeTokenProvider::startDeviceCode()
{
    m_prompt = {};
    m_deviceCode.clear();
    post(deviceCodeUrl(), {{u"client_id"_s, m_clientId}, {u"scope"_s, m_scope}},
        [this](const HttpAnswer& answer) {
            if (answer.error) {
                endSignIn(answer.error);
                return;
            }
            const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
            if (answer.status != 200 || body.value("device_code"_L1).toString().isEmpty()) {
                const QString description = firstLine(body.value("error_description"_L1).toString());
                endSignIn(ArmError::make(ArmError::Category::Credential,
                    description.isEmpty()
                        ? tr("The sign-in service at %1 did not start a device-code sign-in (HTTP %2).")
                              .arg(m_authority.host())
                              .arg(answer.status)
                        : tr("The sign-in service refused to start the sign-in: %1").arg(description),
                    QString::fromUtf8(answer.body.left(512))));
                return;
            }
            m_deviceCode = body.value("device_code"_L1).toString();
            m_interval = std::max(1, body.value("interval"_L1).toVariant().toInt());
            if (!body.contains("interval"_L1))
                m_interval = 5;
            const int expiresIn
                = body.contains("expires_in"_L1) ? body.value("expires_in"_L1).toVariant().toInt() : 900;
            m_deadline = now().addMSecs(seconds(expiresIn).count());
            m_prompt.userCode = body.value("user_code"_L1).toString();
            m_prompt.verificationUri = QUrl(body.value("verification_uri"_L1).toString());
            m_prompt.message = body.value("message"_L1).toString();
            if (m_prompt.message.isEmpty())
                m_prompt.message = tr("To sign in, open %1 in a web browser and enter the code %2.")
                                       .arg(m_prompt.verificationUri.toString(), m_prompt.userCode);
            m_prompt.expiresAt = m_deadline;
            Q_EMIT userCodeReady(m_prompt);
            schedulePoll();
        });
}

void DeviceCodeTokenProvider::schedulePoll()
{
    m_pollTimer->start(seconds(m_interval));
}

void DeviceCodeTokenProvider::poll()
{
    post(tokenUrl(),
        {{u"grant_type"_s, kDeviceCodeGrant}, {u"client_id"_s, m_clientId}, {u"device_code"_s, m_deviceCode}},
        [this](const HttpAnswer& answer) {
            if (answer.error) {
                endSignIn(answer.error);
                return;
            }
            const QJsonObject body = QJsonDocument::fromJson(answer.body).object();
            if (answer.status == 200 && !body.value("access_token"_L1).toString().isEmpty()) {
                m_pollTimer->stop();
                m_deviceCode.clear();
                Q_EMIT pollAnswered(u"success"_s, m_interval);
                const AccessToken token = tokenFrom(body, {});
                succeed(token);
                Q_EMIT signInFinished({});
                return;
            }
            const QString error = body.value("error"_L1).toString();
            const QString description = firstLine(body.value("error_description"_L1).toString());
            const bool keepPolling = error == u"authorization_pending" || error == u"slow_down";
            if (error == u"slow_down")
                m_interval += 5; // RFC 8628 §3.5
            // The server decides when the code expired; past expires_in the client stops too.
            const bool expired = error == u"expired_token" || (keepPolling && now() >= m_deadline);
            if (keepPolling && !expired) {
                Q_EMIT pollAnswered(error, m_interval);
                schedulePoll();
                return;
            }
            QString text;
            if (expired)
                text = tr(
                    "The sign-in code %1 expired before the sign-in was finished. Start the sign-in again.")
                           .arg(m_prompt.userCode);
            else if (error == u"authorization_declined")
                text = tr("The sign-in was declined in the browser. Start the sign-in again to use another "
                          "account.");
            else if (error == u"bad_verification_code")
                text = tr("The sign-in service did not recognise the device code. Start the sign-in again.");
            else if (!description.isEmpty())
                text = tr("The sign-in failed: %1").arg(description);
            else
                text = tr("The sign-in failed: the sign-in service answered HTTP %1.").arg(answer.status);
            ArmError failure = ArmError::make(ArmError::Category::Credential, text, description);
            failure.cloudError.code = error;
            Q_EMIT pollAnswered(error, m_interval);
            endSignIn(failure);
        });
}

void DeviceCodeTokenProvider::endSignIn(const ArmError& error)
{
    m_pollTimer->stop();
    m_deviceCode.clear();
    fail(error);
    Q_EMIT signInFinished(error);
}

void DeviceCodeTokenProvider::cancel()
{
    m_pollTimer->stop();
    if (m_exchange)
        m_exchange->abort();
    const bool signingIn = !m_deviceCode.isEmpty();
    m_deviceCode.clear();
    TokenProvider::cancel();
    if (signingIn)
        Q_EMIT signInFinished(ArmError::make(ArmError::Category::Canceled, tr("The sign-in was canceled.")));
}

} // namespace ase
