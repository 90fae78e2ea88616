// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/net/RedirectGuard.h"

#include <QNetworkReply>
#include <QNetworkRequest>

namespace ase {

namespace {

constexpr const char* kRefusedProperty = "ase.refusedRedirect";

int effectivePort(const QUrl& url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == u"http" ? 80 : scheme == u"https" ? 443 : -1);
}

} // namespace

void RedirectGuard::prepare(QNetworkRequest& request)
{
    request.setAttribute(
        QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::UserVerifiedRedirectPolicy);
}

void RedirectGuard::watch(QNetworkReply* reply)
{
    QObject::connect(reply, &QNetworkReply::redirected, reply, [reply](const QUrl& target) {
        const QUrl resolved = reply->request().url().resolved(target);
        if (sameOrigin(reply->request().url(), resolved)) {
            Q_EMIT reply->redirectAllowed();
            return;
        }
        reply->setProperty(kRefusedProperty, resolved);
        reply->abort();
    });
}

bool RedirectGuard::sameOrigin(const QUrl& a, const QUrl& b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && effectivePort(a) == effectivePort(b);
}

QUrl RedirectGuard::refusedRedirect(const QNetworkReply* reply)
{
    return reply ? reply->property(kRefusedProperty).toUrl() : QUrl();
}

} // namespace ase
