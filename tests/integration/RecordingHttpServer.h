// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QTcpServer>
#include <QUrl>

#include <functional>

namespace ase::test {

/// One request as it arrived: request line and headers, in order.
struct RecordedRequest
{
    QByteArray method;
    QByteArray target; ///< path and query, as sent
    QList<QPair<QByteArray, QByteArray>> headers;

    QByteArray header(QByteArrayView name) const;
    bool hasHeader(QByteArrayView name) const;
};

/// A tiny plain-HTTP/1.1 server on 127.0.0.1 that records every request it receives (with
/// its headers) and answers from a handler: a second origin for the redirect tests, where
/// the point is what arrives, not what is served. One request per connection.
class RecordingHttpServer final : public QObject
{
    Q_OBJECT

public:
    /// The whole raw response (status line, headers, body) for a request.
    using Handler = std::function<QByteArray(const RecordedRequest&)>;

    explicit RecordingHttpServer(Handler handler, QObject* parent = nullptr);
    bool listen();
    /// http://127.0.0.1:PORT
    QUrl url() const;
    const QList<RecordedRequest>& requests() const { return m_requests; }

    static QByteArray redirect(int status, const QUrl& location);
    static QByteArray json(int status, const QByteArray& body);

private:
    QTcpServer m_server;
    Handler m_handler;
    QList<RecordedRequest> m_requests;
};

} // namespace ase::test
