// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The clients' limits against a server that does not stop: a list answer larger than the
// response limit (announced by Content-Length, or chunked without end), a watch whose
// event line never ends, and the same oversized answer for the device (ARM) client's
// exchanges. A tiny QTcpServer plays the server; the limits are lowered through their
// environment variables so that a few MiB suffice.

#include "app/device/HttpExchange.h"
#include "app/kube/KubeClient.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace ase;

namespace {

/// Answers every request with bytes without end: `head` once, then `filler` again and
/// again, one piece per turn of the event loop so that the client (in the same thread)
/// sees each piece as it comes (at most 64 MiB, so a client without a limit fails the
/// test instead of the machine).
class EndlessServer final : public QObject
{
public:
    explicit EndlessServer(QByteArray head, QByteArray filler, bool chunked)
        : m_head(std::move(head))
        , m_filler(std::move(filler))
        , m_chunked(chunked)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_server.nextPendingConnection())
                serve(socket);
        });
        m_server.listen(QHostAddress::LocalHost);
    }

    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    qint64 written() const { return m_written; }

private:
    void serve(QTcpSocket* socket)
    {
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
            m_request += socket->readAll();
            if (!m_request.contains("\r\n\r\n") || m_started)
                return;
            m_started = true;
            socket->write(m_head);
            more(socket);
        });
    }

    void more(QPointer<QTcpSocket> socket)
    {
        if (!socket || m_written > 64 * 1024 * 1024 || socket->state() != QAbstractSocket::ConnectedState)
            return;
        if (socket->bytesToWrite() < 256 * 1024) {
            if (m_chunked)
                socket->write(QByteArray::number(m_filler.size(), 16) + "\r\n" + m_filler + "\r\n");
            else
                socket->write(m_filler);
            m_written += m_filler.size();
        }
        QTimer::singleShot(1, socket, [this, socket] { more(socket); });
    }

    QTcpServer m_server;
    QByteArray m_head;
    QByteArray m_filler;
    QByteArray m_request;
    bool m_chunked = false;
    bool m_started = false;
    qint64 m_written = 0;
};

KubeConnection connectionTo(const QUrl& server)
{
    KubeConnection c;
    c.server = server;
    return c;
}

const QByteArray kFiller(64 * 1024, 'x');

} // namespace

class TestTransportLimits final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void oversizedListAnswer_data();
    void oversizedListAnswer();
    void endlessWatchLine();
    void oversizedDeviceAnswer();
};

void TestTransportLimits::initTestCase()
{
    qputenv("ASE_MAX_RESPONSE_MIB", "1");
    qputenv("ASE_MAX_WATCH_EVENT_MIB", "1");
}

void TestTransportLimits::cleanupTestCase()
{
    qunsetenv("ASE_MAX_RESPONSE_MIB");
    qunsetenv("ASE_MAX_WATCH_EVENT_MIB");
}

void TestTransportLimits::oversizedListAnswer_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("Content-Length over the limit") << false;
    QTest::newRow("chunked without end") << true;
}

void TestTransportLimits::oversizedListAnswer()
{
    QFETCH(bool, chunked);
    const QByteArray head = chunked
        ? QByteArray(
            "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n")
        : QByteArray("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 3145728\r\n\r\n");
    EndlessServer server(head, kFiller, chunked);
    KubeClient client(connectionTo(server.url()));
    std::optional<ListResult> result;
    client.list(resourceKindByKind(u"PersistentVolume"_s), {}, {}, this,
        [&result](const ListResult& r) { result = r; });
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 20000);
    QVERIFY(!result->ok());
    QCOMPARE(result->error.category, ApiError::Category::Decode);
    QCOMPARE(result->error.message(),
        u"The server's answer to list persistentvolumes is larger than the limit of 1 MiB (set the "
        u"environment "
        "variable ASE_MAX_RESPONSE_MIB to a larger number of MiB to raise it)."_s);
    QVERIFY(result->items.isEmpty());
    // The client stopped reading near the limit, not at the server's 64 MiB cap.
    QVERIFY2(server.written() < 16 * 1024 * 1024, qPrintable(QString::number(server.written())));
}

void TestTransportLimits::endlessWatchLine()
{
    EndlessServer server(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
        "1b\r\n{\"type\":\"ADDED\",\"object\":{\"\r\n",
        kFiller, true);
    KubeClient client(connectionTo(server.url()));
    QObject owner;
    WatchStream* stream = client.watch(resourceKindByKind(u"PersistentVolume"_s), {}, {}, &owner);
    QSignalSpy events(stream, &WatchStream::eventReceived);
    QSignalSpy finished(stream, &WatchStream::finished);
    QVERIFY(finished.wait(20000));
    QCOMPARE(events.size(), 0);
    const auto error = finished.first().first().value<ApiError>();
    QCOMPARE(error.category, ApiError::Category::Decode);
    QCOMPARE(error.message(),
        u"An event of the watch stream is larger than the limit of 1 MiB (set the environment variable "
        "ASE_MAX_WATCH_EVENT_MIB to a larger number of MiB to raise it)."_s);
    QCOMPARE(error.verb, u"watch"_s);
    QVERIFY2(server.written() < 16 * 1024 * 1024, qPrintable(QString::number(server.written())));
}

void TestTransportLimits::oversizedDeviceAnswer()
{
    EndlessServer server(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n", kFiller,
        true);
    QNetworkAccessManager nam;
    TransportFailure::Target target;
    target.server = server.url();
    target.origin = TransportFailure::Origin::DeviceProfile;
    std::optional<HttpAnswer> answer;
    QUrl url = server.url();
    url.setPath(u"/subscriptions/s/shares"_s);
    HttpExchange::send(
        &nam, QNetworkRequest(url), "GET", {}, target, this, [&answer](const HttpAnswer& a) { answer = a; });
    QTRY_VERIFY_WITH_TIMEOUT(answer.has_value(), 20000);
    QCOMPARE(answer->error.category, ArmError::Category::Decode);
    QCOMPARE(answer->error.message(),
        u"The device's answer to /subscriptions/s/shares is larger than the limit of 1 MiB (set the "
        u"environment "
        "variable ASE_MAX_RESPONSE_MIB to a larger number of MiB to raise it)."_s);
    QVERIFY(answer->body.isEmpty());
}

QTEST_GUILESS_MAIN(TestTransportLimits)
#include "tst_transportlimits.moc"
