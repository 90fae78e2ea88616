// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demo/TlsIdentity.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QHttpHeaders>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTcpSocket>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;
class QTcpServer;

namespace ase::demo {

/// A request as the demo's handlers see it: a copyable value (QHttpServerRequest is
/// not), so that handling may be deferred (added latency).
struct HttpRequest
{
    QByteArray method; ///< "GET", "POST"...
    QString path; ///< decoded path, e.g. "/api/v1/namespaces/default/pods"
    QUrlQuery query;
    QHttpHeaders headers;
    QByteArray body;
    QHostAddress remoteAddress;
    quint16 remotePort = 0;

    QByteArray header(QByteArrayView name) const { return headers.value(name).toByteArray(); }
    QString queryValue(const QString& key) const { return query.queryItemValue(key, QUrl::FullyDecoded); }
    bool hasQuery(const QString& key) const { return query.hasQueryItem(key); }
};

/// Shared owner of a responder (watch streams and deferred answers keep it alive).
using ResponderPtr = std::shared_ptr<QHttpServerResponder>;

/// What a handler must do for a fault: write the error in its API's body format.
struct FaultSettings
{
    int latencyMs = 0; ///< added to every request
    double errorRate = 0.0; ///< share of requests answered with an error (0..1)
};

/// One HTTP(S) endpoint of the demo device: a QHttpServer bound to 127.0.0.1 (or the
/// given address) on a TCP or TLS server, handing every request to one handler. It
/// adds the configured latency, answers a share of requests with faults (alternating
/// 500 and 429 with Retry-After, via the fault writer) and can tell a handler when the
/// connection of a request closes (for long-lived watch streams).
class HttpListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpListener)

public:
    using Handler = std::function<void(const HttpRequest& request, const ResponderPtr& responder)>;
    /// Writes a fault answer (code 500 or 429) in the API's format.
    using FaultWriter = std::function<void(int code, int retryAfterSeconds, const ResponderPtr& responder)>;

    explicit HttpListener(QObject* parent = nullptr);
    ~HttpListener() override;

    void setHandler(Handler handler);
    void setFaultWriter(FaultWriter writer);
    void setFaults(const FaultSettings& faults);

    /// Starts listening; with a valid identity over TLS (HTTP/1.1 only). Returns false
    /// and sets @p error when the address cannot be bound.
    bool listen(const QHostAddress& address, quint16 port, const TlsIdentity* tls, QString* error = nullptr);
    quint16 port() const;
    bool isTls() const { return m_tls; }
    /// "https://127.0.0.1:PORT" (no trailing slash).
    QString url() const;

    /// The socket a request arrived on, while it is open (null once closed).
    QTcpSocket* connectionOf(const HttpRequest& request) const;

    /// Helpers to answer with a body.
    static void reply(const ResponderPtr& responder, int code, const QByteArray& body,
        const QByteArray& contentType = QByteArrayLiteral("application/json"),
        const QHttpHeaders& extraHeaders = {});

private:
    void dispatch(const HttpRequest& request, const ResponderPtr& responder);
    void track(QTcpSocket* socket);

    QHttpServer* m_server = nullptr;
    QTcpServer* m_tcpServer = nullptr;
    Handler m_handler;
    FaultWriter m_faultWriter;
    FaultSettings m_faults;
    quint64 m_faultCounter = 0;
    QHostAddress m_address;
    bool m_tls = false;
    QHash<QString, QPointer<QTcpSocket>> m_connections; ///< "address:port" → socket

    template <typename Base>
    friend class TrackingServer;
};

} // namespace ase::demo
