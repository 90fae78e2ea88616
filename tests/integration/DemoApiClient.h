// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPointer>
#include <QSslCertificate>
#include <QString>

#include <memory>

namespace ase::test {

/// One finished HTTP exchange.
struct HttpResult
{
    int status = 0; ///< HTTP status; 0 when the request failed at the network level
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QString networkError;

    QJsonObject json() const;
    QByteArray header(const QByteArray& name) const;
};

/// A watch response read line by line while it streams.
class WatchReader final
{
public:
    WatchReader(QNetworkReply* reply);
    ~WatchReader();
    Q_DISABLE_COPY_MOVE(WatchReader)

    /// Waits until at least @p count events arrived (or the stream ended / timed out).
    bool waitForEvents(qsizetype count, int timeoutMs = 5000);
    /// Waits until the answer's status line and headers arrived (the server writes them when
    /// the watch starts); true when it started with 200.
    bool waitForStart(int timeoutMs = 5000);
    /// Waits until the stream ends.
    bool waitForEnd(int timeoutMs = 5000);
    const QList<QJsonObject>& events() const { return m_events; }
    int status() const;
    bool finished() const;

private:
    void readLines();

    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    QList<QJsonObject> m_events;
};

/// Plain HTTP(S) requests against the demo device's Kubernetes API, as a test sees it:
/// TLS verified against the demo's CA, bearer token, JSON bodies.
class DemoApiClient final
{
public:
    DemoApiClient(const QString& baseUrl, const QByteArray& caPem, const QString& token);

    void setToken(const QString& token) { m_token = token; }

    HttpResult request(const QByteArray& method, const QString& pathAndQuery, const QByteArray& body = {},
        const QByteArray& contentType = "application/json",
        const QList<std::pair<QByteArray, QByteArray>>& headers = {});
    HttpResult get(const QString& path, const QByteArray& accept = {});
    HttpResult post(const QString& path, const QJsonObject& body);
    HttpResult put(const QString& path, const QJsonObject& body);
    HttpResult patch(const QString& path, const QByteArray& body, const QByteArray& contentType);
    HttpResult del(const QString& path);

    /// Starts a streaming GET (a watch); the reader owns the reply.
    std::unique_ptr<WatchReader> watch(const QString& pathAndQuery, const QByteArray& accept = {});

private:
    QNetworkRequest makeRequest(const QString& pathAndQuery) const;

    QNetworkAccessManager m_manager;
    QString m_baseUrl;
    QList<QSslCertificate> m_ca;
    QString m_token;
};

/// A PersistentVolumeClaim manifest for tests.
QJsonObject pvcManifest(const QString& name, const QString& ns, const QString& size = QStringLiteral("1Gi"),
    const QJsonObject& labels = {});

} // namespace ase::test
