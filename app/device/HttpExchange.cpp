// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/device/HttpExchange.h"

#include "app/device/DeviceLog.h"

#include "app/net/InputLimits.h"
#include "app/net/RedirectGuard.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>
#include <QUrlQuery>

namespace ase {

QByteArray HttpAnswer::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ArmError armErrorFromTransport(const TransportFailure& failure)
{
    ArmError::Category category = ArmError::Category::Connection;
    switch (failure.kind) {
    case TransportFailure::Kind::Connection:
        category = ArmError::Category::Connection;
        break;
    case TransportFailure::Kind::Tls:
        category = ArmError::Category::Tls;
        break;
    case TransportFailure::Kind::Timeout:
        category = ArmError::Category::Timeout;
        break;
    case TransportFailure::Kind::Canceled:
        category = ArmError::Category::Canceled;
        break;
    }
    return ArmError::make(category, failure.text, failure.detail);
}

HttpExchange::HttpExchange(QObject* owner)
    : QObject(owner)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
}

HttpExchange::~HttpExchange()
{
    stop();
}

QByteArray HttpExchange::formBody(const QList<QPair<QString, QString>>& fields)
{
    QByteArray body;
    for (const auto& [key, value] : fields) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

HttpExchange* HttpExchange::send(QNetworkAccessManager* nam, const QNetworkRequest& request,
    const QByteArray& method, const QByteArray& body, const TransportFailure::Target& target, QObject* owner,
    Callback callback)
{
    auto* exchange = new HttpExchange(owner);
    exchange->m_method = method;
    exchange->m_clock.start();
    exchange->m_target = target;
    exchange->m_callback = std::move(callback);
    QNetworkRequest r = request;
    r.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    RedirectGuard::prepare(r); // the token (or the sign-in form) never goes to another origin
    QNetworkReply* reply = nullptr;
    if (method == "GET")
        reply = nam->get(r);
    else if (method == "DELETE" && body.isEmpty())
        reply = nam->deleteResource(r);
    else
        reply = nam->sendCustomRequest(r, method, body);
    RedirectGuard::watch(reply);
    exchange->m_reply = reply;
    connect(reply, &QNetworkReply::sslErrors, exchange,
        [exchange](const QList<QSslError>& errors) { exchange->m_sslErrors = errors; });
    auto restart
        = [exchange] { exchange->m_timer->start(std::max<qint64>(1, exchange->m_target.timeout.count())); };
    connect(reply, &QNetworkReply::downloadProgress, exchange, restart);
    connect(reply, &QNetworkReply::downloadProgress, exchange, [exchange](qint64 received, qint64 total) {
        if (!exchange->m_tooLarge && limits::kResponseBody.exceededBy(received, total)) {
            exchange->m_tooLarge = true;
            if (exchange->m_reply)
                exchange->m_reply->abort(); // finished() follows
        }
    });
    connect(reply, &QNetworkReply::uploadProgress, exchange, restart);
    connect(exchange->m_timer, &QTimer::timeout, exchange, [exchange] {
        exchange->m_timedOut = true;
        if (exchange->m_reply)
            exchange->m_reply->abort(); // finished() follows
    });
    connect(reply, &QNetworkReply::finished, exchange, &HttpExchange::onFinished);
    restart();
    return exchange;
}

void HttpExchange::abort()
{
    stop();
    deleteLater();
}

void HttpExchange::stop()
{
    m_callback = nullptr;
    m_timer->stop();
    if (QNetworkReply* reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
}

void HttpExchange::onFinished()
{
    QNetworkReply* reply = m_reply;
    if (!reply)
        return;
    m_reply = nullptr;
    m_timer->stop();
    reply->deleteLater();
    HttpAnswer answer;
    answer.url = reply->url();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->isOpen() ? reply->readAll() : QByteArray(); // closed: aborted (refused redirect)
    answer.headers = reply->rawHeaderPairs();
    // The path only: the query of a sign-in request is not logged, nor any header or body.
    qCDebug(lcDevice).noquote().nospace()
        << m_method << ' ' << answer.url.path() << ' ' << answer.status << ' ' << m_clock.elapsed() << " ms";
    if (m_tooLarge) {
        answer.body.clear();
        answer.error = ArmError::make(ArmError::Category::Decode,
            limits::kResponseBody.exceededMessage(
                QCoreApplication::translate("ase::HttpExchange", "The device's answer to %1")
                    .arg(answer.url.path())));
    } else if (m_timedOut || answer.status == 0 || !RedirectGuard::refusedRedirect(reply).isEmpty())
        answer.error
            = armErrorFromTransport(TransportFailure::describe(m_target, reply, m_sslErrors, m_timedOut));
    Callback callback = std::exchange(m_callback, nullptr);
    deleteLater();
    if (callback)
        callback(answer);
}

} // namespace ase
