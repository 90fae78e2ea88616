// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/kube/CredentialProvider.h"

#include <QCoreApplication>
#include <QFile>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace ase {

namespace {
/// client-go's cachingTokenSource re-reads a token file after this long.
constexpr qint64 kTokenFileTtlSeconds = 60;
} // namespace

StaticCredentialProvider::StaticCredentialProvider(Credential credential, QString description)
    : m_credential(std::move(credential))
    , m_description(std::move(description))
{ }

void StaticCredentialProvider::fetch(QObject* context, Callback callback)
{
    if (context)
        callback(m_credential, ApiError {});
}

TokenFileCredentialProvider::TokenFileCredentialProvider(QString path, Credential base)
    : m_path(std::move(path))
    , m_base(std::move(base))
{ }

void TokenFileCredentialProvider::fetch(QObject* context, Callback callback)
{
    if (!context)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_cachedToken.isEmpty() || !m_readAt.isValid() || m_readAt.secsTo(now) >= kTokenFileTtlSeconds) {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            callback({},
                ApiError::make(ApiError::Category::Credential,
                    QCoreApplication::translate(
                        "ase::CredentialProvider", "Cannot read the token file %1: %2")
                        .arg(m_path, file.errorString())));
            return;
        }
        // A token file holds one token; surrounding whitespace is not part of it.
        const QString token = QString::fromUtf8(file.read(64 * 1024)).trimmed();
        if (token.isEmpty()) {
            callback({},
                ApiError::make(ApiError::Category::Credential,
                    QCoreApplication::translate("ase::CredentialProvider", "The token file %1 is empty.")
                        .arg(m_path)));
            return;
        }
        m_cachedToken = token;
        m_readAt = now;
    }
    Credential c = m_base;
    c.token = m_cachedToken;
    callback(c, ApiError {});
}

bool TokenFileCredentialProvider::invalidate(const Credential& rejected)
{
    if (!m_cachedToken.isEmpty() && m_cachedToken != rejected.token)
        return true; // already re-read since that request was sent
    // Re-read on the next fetch: the file may have been rotated since.
    const bool hadToken = !m_cachedToken.isEmpty();
    m_cachedToken.clear();
    m_readAt = {};
    return hadToken;
}

QString TokenFileCredentialProvider::describe() const
{
    return QCoreApplication::translate("ase::CredentialProvider", "token file %1").arg(m_path);
}

} // namespace ase
