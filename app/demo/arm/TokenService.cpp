// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/arm/TokenService.h"

#include <QCoreApplication>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ase::demo {

namespace {

constexpr auto DeviceCodeGrant = "urn:ietf:params:oauth:grant-type:device_code"_L1;

QString randomString(int length, QLatin1StringView alphabet)
{
    QString out;
    out.reserve(length);
    auto* random = QRandomGenerator::global();
    for (int i = 0; i < length; ++i)
        out.append(QChar(alphabet.at(random->bounded(alphabet.size()))));
    return out;
}

QByteArray base64Url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/// application/x-www-form-urlencoded: '+' is a space, then percent-decoding.
QHash<QString, QString> parseForm(const QByteArray& body)
{
    QByteArray plusDecoded = body;
    plusDecoded.replace('+', "%20");
    QHash<QString, QString> form;
    const QUrlQuery query(QString::fromUtf8(plusDecoded));
    for (const auto& [key, value] : query.queryItems(QUrl::FullyDecoded))
        form.insert(key, value);
    return form;
}

/// The resource scopes of a request: OpenID scopes are not part of the access token's scope.
QString resourceScope(const QString& requested)
{
    static const QStringList openIdScopes {u"openid"_s, u"profile"_s, u"offline_access"_s, u"email"_s};
    QStringList scopes;
    for (const QString& scope : requested.split(u' ', Qt::SkipEmptyParts)) {
        if (!openIdScopes.contains(scope))
            scopes.append(scope);
    }
    return scopes.isEmpty() ? u"https://management.azure.com/.default"_s : scopes.join(u' ');
}

const QRegularExpression& tokenPathPattern()
{
    static const QRegularExpression pattern(
        u"^/([^/]+)/oauth2/v2\\.0/(devicecode|token)$|^/demo/oauth2/(approve|decline)$|^/demo/devicelogin$"_s);
    return pattern;
}

} // namespace

struct TokenService::DeviceCode
{
    enum class State { Pending, Approved, Declined, Redeemed };
    QString deviceCode;
    QString userCode;
    QString clientId;
    QString scope;
    QDateTime expiresAt;
    QDateTime lastPoll;
    int interval = 5;
    int polls = 0;
    State state = State::Pending;
};

TokenService::TokenService(QObject* parent)
    : QObject(parent)
{ }

TokenService::~TokenService()
{
    qDeleteAll(m_deviceCodes);
}

void TokenService::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime TokenService::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QString TokenService::issueToken(std::chrono::milliseconds lifetime)
{
    if (lifetime.count() < 0)
        lifetime = m_settings.tokenLifetime;
    const QDateTime issued = now();
    const QDateTime expires = issued.addMSecs(lifetime.count());
    // Shaped like an Entra ID access token (a JWT) so clients that read `exp` can; the
    // signature is random and the demo checks tokens by lookup, not by signature.
    const QJsonObject header {{u"typ"_s, u"JWT"_s}, {u"alg"_s, u"RS256"_s}, {u"kid"_s, u"ase-demo"_s}};
    const QJsonObject payload {
        {u"aud"_s, u"https://management.azure.com"_s},
        {u"iss"_s, QString(u"https://sts.windows.net/" + m_tenant + u'/')},
        {u"iat"_s, issued.toSecsSinceEpoch()},
        {u"nbf"_s, issued.toSecsSinceEpoch()},
        {u"exp"_s, expires.toSecsSinceEpoch()},
        {u"tid"_s, m_tenant},
        {u"name"_s, u"Demo Operator"_s},
        {u"upn"_s, u"operator@contoso.example"_s},
        {u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
    };
    QByteArray signature(32, Qt::Uninitialized);
    for (auto& byte : signature)
        byte = static_cast<char>(QRandomGenerator::global()->bounded(256));
    const QString token
        = QString::fromLatin1(base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.' + base64Url(signature));
    m_tokens.insert(token, expires);
    return token;
}

void TokenService::acceptToken(const QString& token, const QDateTime& expiresAt)
{
    m_tokens.insert(token, expiresAt.isValid() ? expiresAt : now().addYears(10));
}

TokenService::TokenCheck TokenService::check(const QByteArray& authorization) const
{
    if (authorization.trimmed().isEmpty())
        return {Verdict::Missing, {}};
    const QByteArray trimmed = authorization.trimmed();
    if (!trimmed.startsWith("Bearer ") && !trimmed.startsWith("bearer "))
        return {Verdict::Malformed, {}};
    const QString token = QString::fromLatin1(trimmed.mid(7).trimmed());
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd())
        return {Verdict::Invalid, {}};
    if (it.value() <= now())
        return {Verdict::Expired, it.value()};
    return {Verdict::Valid, it.value()};
}

TokenService::DeviceCode* TokenService::byUserCode(const QString& userCode)
{
    for (DeviceCode* code : std::as_const(m_deviceCodes)) {
        if (code->userCode.compare(userCode.trimmed(), Qt::CaseInsensitive) == 0)
            return code;
    }
    return nullptr;
}

bool TokenService::approve(const QString& userCode)
{
    DeviceCode* code = byUserCode(userCode);
    if (!code || code->state != DeviceCode::State::Pending)
        return false;
    code->state = DeviceCode::State::Approved;
    return true;
}

bool TokenService::decline(const QString& userCode)
{
    DeviceCode* code = byUserCode(userCode);
    if (!code || code->state != DeviceCode::State::Pending)
        return false;
    code->state = DeviceCode::State::Declined;
    return true;
}

bool TokenService::isTokenPath(const QString& path)
{
    return tokenPathPattern().match(path).hasMatch();
}

ArmReply TokenService::oauthError(const QString& error, int aadsts, const QString& description) const
{
    const QString traceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString timestamp = now().toString(u"yyyy-MM-dd HH:mm:ss'Z'"_s);
    QString text
        = aadsts > 0 ? QString(u"AADSTS" + QString::number(aadsts) + u": " + description) : description;
    text += u"\r\nTrace ID: " + traceId + u"\r\nCorrelation ID: " + correlationId + u"\r\nTimestamp: "
        + timestamp;
    QJsonObject body {{u"error"_s, error}, {u"error_description"_s, text}, {u"timestamp"_s, timestamp},
        {u"trace_id"_s, traceId}, {u"correlation_id"_s, correlationId}};
    if (aadsts > 0) {
        body.insert(u"error_codes"_s, QJsonArray {aadsts});
        body.insert(u"error_uri"_s,
            QString(u"https://login.microsoftonline.com/error?code=" + QString::number(aadsts)));
    }
    return ArmReply::json(400, body);
}

ArmReply TokenService::handle(const QByteArray& method, const QUrl& url, const QByteArray& body)
{
    const QRegularExpressionMatch match = tokenPathPattern().match(url.path());
    if (!match.hasMatch())
        return ArmReply::empty(0);
    const QString path = url.path();
    if (path == u"/demo/devicelogin") {
        // The page a person opens: a form that approves or declines a code.
        ArmReply page = ArmReply::empty(200);
        page.body = QByteArrayLiteral(
            "<!DOCTYPE html><html><head><title>ASE demo device sign-in</title></head><body>"
            "<h1>Sign in to the ASE demo device</h1><form method=\"post\" action=\"/demo/oauth2/approve\">"
            "<label>Code <input name=\"user_code\" autofocus></label> <button>Approve</button> "
            "<button formaction=\"/demo/oauth2/decline\">Decline</button></form></body></html>");
        page.headers.append(
            {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")});
        return page;
    }
    if (method != "POST")
        return ArmReply::json(405,
            {{u"error"_s, u"invalid_request"_s},
                {u"error_description"_s, u"The request method must be POST."_s}});
    const QHash<QString, QString> form = parseForm(body);
    const QString action = match.captured(3);
    if (!action.isEmpty()) {
        const QString userCode = form.value(u"user_code"_s);
        const bool done = action == u"approve" ? approve(userCode) : decline(userCode);
        if (!done)
            return oauthError(
                u"bad_verification_code"_s, 70019, u"The user code is unknown or no longer pending."_s);
        return ArmReply::json(200,
            {{u"user_code"_s, userCode}, {u"state"_s, action == u"approve" ? u"approved"_s : u"declined"_s}});
    }
    if (match.captured(2) == u"devicecode")
        return deviceCode(url, form);
    return token(form);
}

ArmReply TokenService::deviceCode(const QUrl& url, const QHash<QString, QString>& form)
{
    if (form.value(u"client_id"_s).isEmpty())
        return oauthError(u"invalid_request"_s, 900144,
            u"The request body must contain the following parameter: 'client_id'."_s);
    auto* code = new DeviceCode;
    code->deviceCode
        = QString::fromLatin1(base64Url(QUuid::createUuid().toRfc4122() + QUuid::createUuid().toRfc4122()));
    code->userCode = randomString(9, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"_L1);
    code->clientId = form.value(u"client_id"_s);
    code->scope = form.value(u"scope"_s);
    code->interval = m_settings.intervalSeconds;
    code->expiresAt = now().addSecs(m_settings.deviceCodeLifetimeSeconds);
    m_deviceCodes.insert(code->deviceCode, code);

    QUrl verification = url;
    verification.setPath(u"/demo/devicelogin"_s);
    verification.setQuery(QString());
    const QString uri = verification.toString();
    //: The device-code flow's instruction, as Microsoft's sign-in service words it.
    const QString message = QCoreApplication::translate("ase::demo::TokenService",
        "To sign in, use a web browser to open the page %1 and "
        "enter the code %2 to authenticate.")
                                .arg(uri, code->userCode);
    return ArmReply::json(200,
        {{u"user_code"_s, code->userCode}, {u"device_code"_s, code->deviceCode}, {u"verification_uri"_s, uri},
            {u"expires_in"_s, m_settings.deviceCodeLifetimeSeconds}, {u"interval"_s, code->interval},
            {u"message"_s, message}});
}

ArmReply TokenService::token(const QHash<QString, QString>& form)
{
    const QString grantType = form.value(u"grant_type"_s);
    if (grantType == u"refresh_token") {
        const auto it = m_refreshTokens.constFind(form.value(u"refresh_token"_s));
        if (it == m_refreshTokens.constEnd())
            return oauthError(
                u"invalid_grant"_s, 9002313, u"Invalid request. Request is malformed or invalid."_s);
        const QString scope = it.value();
        m_refreshTokens.remove(it.key()); // refresh tokens are single use here
        return tokenResponse(scope);
    }
    if (grantType != DeviceCodeGrant)
        return oauthError(u"unsupported_grant_type"_s, 70003,
            u"The app requested an unsupported grant type '"_s + grantType + u"'."_s);
    DeviceCode* code = m_deviceCodes.value(form.value(u"device_code"_s));
    if (!code)
        return oauthError(u"bad_verification_code"_s, 70019,
            u"The provided value for the input parameter 'device_code' is not valid."_s);
    const QDateTime current = now();
    if (current >= code->expiresAt)
        return oauthError(u"expired_token"_s, 70020,
            u"The provided value for the input parameter 'device_code' is not valid. "
            u"This device code has expired."_s);
    if (code->state == DeviceCode::State::Declined)
        return oauthError(
            u"authorization_declined"_s, 70000, u"The end user denied the authorization request."_s);
    if (code->state == DeviceCode::State::Redeemed)
        return oauthError(u"invalid_grant"_s, 54005, u"OAuth2 Authorization code was already redeemed."_s);

    const int spacing
        = m_settings.minPollSpacingMs >= 0 ? m_settings.minPollSpacingMs : code->interval * 1000;
    const bool tooSoon = code->lastPoll.isValid() && code->lastPoll.msecsTo(current) < spacing;
    code->lastPoll = current;
    if (tooSoon) {
        code->interval += 5; // RFC 8628 §3.5
        return oauthError(u"slow_down"_s, 0,
            u"The client is polling too quickly. Wait the interval before polling again."_s);
    }
    ++code->polls;
    if (code->state == DeviceCode::State::Pending && m_settings.approveAfterPolls > 0
        && code->polls > m_settings.approveAfterPolls)
        code->state = DeviceCode::State::Approved;
    if (code->state == DeviceCode::State::Pending)
        return oauthError(u"authorization_pending"_s, 70016,
            u"OAuth 2.0 device flow error. Authorization is pending. Continue polling."_s);
    code->state = DeviceCode::State::Redeemed;
    return tokenResponse(code->scope);
}

ArmReply TokenService::tokenResponse(const QString& scope)
{
    const QString accessToken = issueToken();
    const qint64 expiresIn = m_settings.tokenLifetime.count() / 1000;
    QJsonObject body {{u"token_type"_s, u"Bearer"_s}, {u"scope"_s, resourceScope(scope)},
        {u"expires_in"_s, expiresIn}, {u"ext_expires_in"_s, expiresIn}, {u"access_token"_s, accessToken}};
    if (scope.split(u' ').contains(u"offline_access"_s)) {
        const QString refresh = QString::fromLatin1(
            base64Url(QUuid::createUuid().toRfc4122() + QUuid::createUuid().toRfc4122()));
        m_refreshTokens.insert(refresh, scope);
        body.insert(u"refresh_token"_s, refresh);
    }
    return ArmReply::json(200, body);
}

void TokenService::registerRoutes(QHttpServer& server)
{
    auto serve = [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
        const QByteArray method = request.method() == QHttpServerRequest::Method::Post
            ? QByteArrayLiteral("POST")
            : QByteArrayLiteral("GET");
        handle(method, request.url(), request.body()).send(responder);
    };
    server.route(u"/<arg>/oauth2/v2.0/<arg>"_s, QHttpServerRequest::Method::Post, this,
        [serve](const QString&, const QString&, const QHttpServerRequest& request,
            QHttpServerResponder& responder) { serve(request, responder); });
    server.route(u"/demo/oauth2/<arg>"_s, QHttpServerRequest::Method::Post, this,
        [serve](const QString&, const QHttpServerRequest& request, QHttpServerResponder& responder) {
            serve(request, responder);
        });
    server.route(u"/demo/devicelogin"_s, QHttpServerRequest::Method::Get, this,
        [serve](const QHttpServerRequest& request, QHttpServerResponder& responder) {
            serve(request, responder);
        });
}

} // namespace ase::demo
