// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/HttpListener.h"

#include "app/demo/DemoLog.h"

#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpServer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ase::demo {

/// A QTcpServer/QSslServer that reports every connection it hands to QHttpServer, so a
/// handler can learn when the connection of a long-lived response closes.
template <typename Base>
class TrackingServer final : public Base
{
public:
    explicit TrackingServer(HttpListener* listener)
        : Base(listener)
        , m_listener(listener)
    { }

    QTcpSocket* nextPendingConnection() override
    {
        QTcpSocket* socket = Base::nextPendingConnection();
        if (socket)
            m_listener->track(socket);
        return socket;
    }

private:
    HttpListener* m_listener;
};

namespace {

QString connectionKey(const QHostAddress& address, quint16 port)
{
    return address.toString() + u'#' + QString::number(port);
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    using M = QHttpServerRequest::Method;
    switch (method) {
    case M::Get:
        return "GET";
    case M::Put:
        return "PUT";
    case M::Delete:
        return "DELETE";
    case M::Post:
        return "POST";
    case M::Head:
        return "HEAD";
    case M::Options:
        return "OPTIONS";
    case M::Patch:
        return "PATCH";
    case M::Connect:
        return "CONNECT";
    case M::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

} // namespace

HttpListener::HttpListener(QObject* parent)
    : QObject(parent)
    , m_server(new QHttpServer(this))
{
    m_server->setMissingHandler(
        this, [this](const QHttpServerRequest& request, QHttpServerResponder& responder) {
            HttpRequest r;
            r.method = methodName(request.method());
            r.path = request.url().path(QUrl::FullyDecoded);
            r.query = request.query();
            r.headers = request.headers();
            r.body = request.body();
            r.remoteAddress = request.remoteAddress();
            r.remotePort = request.remotePort();
            // Logged when the answer is complete (a watch: when it ends); never a header or body.
            QElapsedTimer clock;
            clock.start();
            auto shared = ResponderPtr(new QHttpServerResponder(std::move(responder)),
                [method = r.method, path = r.path, clock](QHttpServerResponder* done) {
                    qCDebug(lcDemo).noquote().nospace()
                        << "served " << method << ' ' << path << " in " << clock.elapsed() << " ms";
                    delete done;
                });
            if (m_faults.latencyMs > 0) {
                QTimer::singleShot(m_faults.latencyMs, this, [this, r, shared] { dispatch(r, shared); });
                return;
            }
            dispatch(r, shared);
        });
}

HttpListener::~HttpListener() = default;

void HttpListener::setHandler(Handler handler)
{
    m_handler = std::move(handler);
}

void HttpListener::setFaultWriter(FaultWriter writer)
{
    m_faultWriter = std::move(writer);
}

void HttpListener::setFaults(const FaultSettings& faults)
{
    m_faults = faults;
}

void HttpListener::track(QTcpSocket* socket)
{
    const QString key = connectionKey(socket->peerAddress(), socket->peerPort());
    m_connections.insert(key, socket);
    connect(socket, &QObject::destroyed, this, [this, key] { m_connections.remove(key); });
}

QTcpSocket* HttpListener::connectionOf(const HttpRequest& request) const
{
    QTcpSocket* socket = m_connections.value(connectionKey(request.remoteAddress, request.remotePort));
    if (socket && socket->state() != QAbstractSocket::ConnectedState)
        return nullptr;
    return socket;
}

bool HttpListener::listen(const QHostAddress& address, quint16 port, const TlsIdentity* tls, QString* error)
{
    m_address = address;
    m_tls = tls && tls->isValid();
    if (m_tls) {
        auto* ssl = new TrackingServer<QSslServer>(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(tls->certificate());
        config.setPrivateKey(tls->key());
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        // HTTP/1.1 only: watches are chunked responses.
        config.setAllowedNextProtocols({QByteArray(QSslConfiguration::NextProtocolHttp1_1)});
        ssl->setSslConfiguration(config);
        m_tcpServer = ssl;
    } else {
        m_tcpServer = new TrackingServer<QTcpServer>(this);
    }
    if (!m_tcpServer->listen(address, port) || !m_server->bind(m_tcpServer)) {
        if (error)
            *error = m_tcpServer->errorString();
        return false;
    }
    return true;
}

quint16 HttpListener::port() const
{
    return m_tcpServer ? m_tcpServer->serverPort() : 0;
}

QString HttpListener::url() const
{
    QString host = m_address.toString();
    if (m_address.protocol() == QAbstractSocket::IPv6Protocol)
        host = u'[' + host + u']';
    return (m_tls ? u"https://"_s : u"http://"_s) + host + u':' + QString::number(port());
}

void HttpListener::dispatch(const HttpRequest& request, const ResponderPtr& responder)
{
    if (m_faults.errorRate > 0 && QRandomGenerator::global()->generateDouble() < m_faults.errorRate) {
        const int code = (m_faultCounter++ % 2 == 0) ? 500 : 429;
        if (m_faultWriter) {
            m_faultWriter(code, code == 429 ? 1 : 0, responder);
        } else {
            QHttpHeaders headers;
            if (code == 429)
                headers.append(QHttpHeaders::WellKnownHeader::RetryAfter, "1");
            reply(responder, code, QByteArray(), "text/plain", headers);
        }
        return;
    }
    if (m_handler)
        m_handler(request, responder);
    else
        reply(responder, 404, QByteArray(), "text/plain");
}

void HttpListener::reply(const ResponderPtr& responder, int code, const QByteArray& body,
    const QByteArray& contentType, const QHttpHeaders& extraHeaders)
{
    QHttpHeaders headers = extraHeaders;
    if (!contentType.isEmpty())
        headers.replaceOrAppend(QHttpHeaders::WellKnownHeader::ContentType, contentType);
    responder->write(body, headers, static_cast<QHttpServerResponder::StatusCode>(code));
}

} // namespace ase::demo
