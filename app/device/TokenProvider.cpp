// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/device/TokenProvider.h"

#include "app/device/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace ase {

QDateTime AccessToken::jwtExpiry(const QString& token)
{
    const QStringList parts = token.split(u'.');
    if (parts.size() != 3)
        return {};
    const auto decoded = QByteArray::fromBase64Encoding(
        parts.at(1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    if (!decoded)
        return {};
    const QJsonObject payload = QJsonDocument::fromJson(*decoded).object();
    const QJsonValue exp = payload.value("exp"_L1);
    if (!exp.isDouble())
        return {};
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(exp.toDouble()), QTimeZone::UTC);
}

// ---------------------------------------------------------------------------------------
// TokenProvider
// ---------------------------------------------------------------------------------------

TokenProvider::TokenProvider(QObject* parent)
    : QObject(parent)
{ }

TokenProvider::~TokenProvider() = default;

void TokenProvider::setSecretStore(SecretStore* store, const QString& key)
{
    m_store = store;
    m_storeKey = key;
    m_loadedFromStore = false;
}

bool TokenProvider::needsRenewal(const AccessToken& token) const
{
    if (token.isEmpty())
        return true;
    if (!token.expiresAt.isValid())
        return false;
    const QDateTime now = this->now();
    qint64 marginMs = std::chrono::duration_cast<std::chrono::milliseconds>(m_refreshMargin).count();
    if (m_obtainedAt.isValid() && m_obtainedAt < token.expiresAt)
        marginMs = std::min(marginMs, m_obtainedAt.msecsTo(token.expiresAt) / 5);
    return now.addMSecs(marginMs) >= token.expiresAt;
}

void TokenProvider::resetCachedToken()
{
    m_token = {};
    m_obtainedAt = {};
    m_loadedFromStore = true;
}

void TokenProvider::fetch(QObject* context, Callback callback)
{
    m_waiters.append({context, std::move(callback)});
    if (m_busy)
        return;
    m_busy = true;
    // Always asynchronous, even with a cached token.
    QTimer::singleShot(0, this, &TokenProvider::start);
}

void TokenProvider::start()
{
    if (!needsRenewal(m_token)) {
        finish({});
        return;
    }
    if (m_store && !m_loadedFromStore && m_token.isEmpty()) {
        m_loadedFromStore = true;
        m_store->read(m_storeKey, this, [this](const QString& secret) {
            const QJsonObject saved = QJsonDocument::fromJson(secret.toUtf8()).object();
            if (!saved.isEmpty()) {
                m_token.token = saved.value("accessToken"_L1).toString();
                m_token.refreshToken = saved.value("refreshToken"_L1).toString();
                m_token.expiresAt
                    = QDateTime::fromString(saved.value("expiresAt"_L1).toString(), Qt::ISODate);
                m_obtainedAt = QDateTime::fromString(saved.value("obtainedAt"_L1).toString(), Qt::ISODate);
            }
            if (!needsRenewal(m_token))
                finish({});
            else
                acquire(m_token);
        });
        return;
    }
    acquire(m_token);
}

void TokenProvider::succeed(const AccessToken& token)
{
    if (!m_busy)
        return; // canceled meanwhile
    m_token = token;
    m_obtainedAt = now();
    if (m_store) {
        const QJsonObject saved {{"accessToken"_L1, token.token}, {"refreshToken"_L1, token.refreshToken},
            {"expiresAt"_L1, token.expiresAt.toString(Qt::ISODate)},
            {"obtainedAt"_L1, m_obtainedAt.toString(Qt::ISODate)}};
        m_store->write(m_storeKey, QString::fromUtf8(QJsonDocument(saved).toJson(QJsonDocument::Compact)));
    }
    Q_EMIT tokenChanged();
    finish({});
}

void TokenProvider::fail(const ArmError& error)
{
    if (!m_busy)
        return;
    Q_EMIT failed(error);
    finish(error);
}

void TokenProvider::finish(const ArmError& error)
{
    m_busy = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    const AccessToken token = error ? AccessToken {} : m_token;
    for (const Waiter& w : waiters) {
        if (w.context && w.callback)
            w.callback(token, error);
    }
}

bool TokenProvider::invalidate()
{
    // Keep the refresh token: it is how the next fetch renews without asking the user.
    m_token.token.clear();
    m_token.expiresAt = {};
    return true;
}

void TokenProvider::cancel()
{
    if (m_busy)
        fail(ArmError::make(ArmError::Category::Canceled, tr("The sign-in was canceled.")));
}

// ---------------------------------------------------------------------------------------
// StaticTokenProvider
// ---------------------------------------------------------------------------------------

StaticTokenProvider::StaticTokenProvider(const QString& token, QObject* parent)
    : TokenProvider(parent)
{
    setToken(token);
}

StaticTokenProvider::~StaticTokenProvider() = default;

void StaticTokenProvider::setToken(const QString& token)
{
    QString t = token.trimmed();
    if (t.startsWith(u"Bearer ", Qt::CaseInsensitive))
        t = t.mid(7).trimmed();
    m_pasted = {t, AccessToken::jwtExpiry(t), {}};
    resetCachedToken();
}

QString StaticTokenProvider::describe() const
{
    return tr("pasted token");
}

void StaticTokenProvider::acquire(const AccessToken&)
{
    if (m_pasted.isEmpty()) {
        fail(ArmError::make(ArmError::Category::Credential,
            tr("No access token was pasted. Paste the output of \"az account get-access-token "
               "--resource https://management.azure.com/ --query accessToken -o tsv\", or choose "
               "another sign-in method.")));
        return;
    }
    if (m_pasted.isExpired()) {
        fail(ArmError::make(ArmError::Category::Credential,
            tr("The pasted access token expired at %1. Paste a new token or choose another "
               "sign-in method.")
                .arg(QLocale().toString(m_pasted.expiresAt.toLocalTime(), QLocale::ShortFormat))));
        return;
    }
    succeed(m_pasted);
}

} // namespace ase
