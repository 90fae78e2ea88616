// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "RecordingHttpServer.h"

#include <QTcpSocket>

namespace ase::test {

QByteArray RecordedRequest::header(QByteArrayView name) const
{
    for (const auto& [key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool RecordedRequest::hasHeader(QByteArrayView name) const
{
    for (const auto& header : headers) {
        if (QByteArrayView(header.first).compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

RecordingHttpServer::RecordingHttpServer(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_server.nextPendingConnection()) {
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
                socket->setProperty("buffer", buffer);
                const qsizetype end = buffer.indexOf("\r\n\r\n");
                if (end < 0)
                    return;
                const QList<QByteArray> lines = buffer.left(end).split('\n');
                RecordedRequest request;
                const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
                request.method = first.value(0);
                request.target = first.value(1);
                qsizetype length = 0;
                for (qsizetype i = 1; i < lines.size(); ++i) {
                    const qsizetype colon = lines[i].indexOf(':');
                    if (colon <= 0)
                        continue;
                    const QByteArray name = lines[i].left(colon).trimmed();
                    const QByteArray value = lines[i].mid(colon + 1).trimmed();
                    request.headers.append({name, value});
                    if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                        length = value.toLongLong();
                }
                if (buffer.size() < end + 4 + length)
                    return; // the body is still coming
                socket->setProperty("buffer", QByteArray());
                m_requests.append(request);
                socket->write(m_handler(request));
                socket->disconnectFromHost();
            });
        }
    });
}

bool RecordingHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl RecordingHttpServer::url() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_server.serverPort());
    return url;
}

QByteArray RecordingHttpServer::redirect(int status, const QUrl& location)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Redirect\r\nLocation: " + location.toEncoded()
        + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
}

QByteArray RecordingHttpServer::json(int status, const QByteArray& body)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " Answer\r\nContent-Type: application/json\r\n"
        + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body;
}

} // namespace ase::test
