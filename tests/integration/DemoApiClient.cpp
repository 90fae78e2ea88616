// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "DemoApiClient.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTest>

using namespace Qt::StringLiterals;

namespace ase::test {

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray HttpResult::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

WatchReader::WatchReader(QNetworkReply* reply)
    : m_reply(reply)
{
    QObject::connect(reply, &QIODevice::readyRead, reply, [this] { readLines(); });
}

WatchReader::~WatchReader()
{
    if (m_reply) {
        m_reply->abort();
        delete m_reply;
    }
}

void WatchReader::readLines()
{
    if (!m_reply)
        return;
    m_buffer += m_reply->readAll();
    qsizetype newline = 0;
    while ((newline = m_buffer.indexOf('\n')) >= 0) {
        const QByteArray line = m_buffer.left(newline);
        m_buffer.remove(0, newline + 1);
        if (!line.trimmed().isEmpty())
            m_events.append(QJsonDocument::fromJson(line).object());
    }
}

bool WatchReader::waitForEvents(qsizetype count, int timeoutMs)
{
    // readLines() runs on every readyRead: wait for the lines or the end of the stream.
    const bool done = QTest::qWaitFor(
        [this, count] { return m_events.size() >= count || !m_reply || m_reply->isFinished(); }, timeoutMs);
    Q_UNUSED(done) // the count decides; a stream that ended may have brought the last lines
    readLines();
    return m_events.size() >= count;
}

bool WatchReader::waitForStart(int timeoutMs)
{
    // The status line and headers arrive when the server has registered the watch.
    return QTest::qWaitFor([this] { return !m_reply || m_reply->isFinished() || status() != 0; }, timeoutMs)
        && status() == 200;
}

bool WatchReader::waitForEnd(int timeoutMs)
{
    const bool ended = QTest::qWaitFor([this] { return !m_reply || m_reply->isFinished(); }, timeoutMs);
    readLines();
    return ended && m_reply && m_reply->isFinished();
}

int WatchReader::status() const
{
    return m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
}

bool WatchReader::finished() const
{
    return m_reply && m_reply->isFinished();
}

DemoApiClient::DemoApiClient(const QString& baseUrl, const QByteArray& caPem, const QString& token)
    : m_baseUrl(baseUrl)
    , m_ca(QSslCertificate::fromData(caPem, QSsl::Pem))
    , m_token(token)
{ }

QNetworkRequest DemoApiClient::makeRequest(const QString& pathAndQuery) const
{
    QNetworkRequest request(QUrl(m_baseUrl + pathAndQuery));
    if (!m_ca.isEmpty()) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(m_ca);
        request.setSslConfiguration(config);
    }
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setTransferTimeout(15000);
    return request;
}

HttpResult DemoApiClient::request(const QByteArray& method, const QString& pathAndQuery,
    const QByteArray& body, const QByteArray& contentType,
    const QList<std::pair<QByteArray, QByteArray>>& headers)
{
    QNetworkRequest request = makeRequest(pathAndQuery);
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    for (const auto& [name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply* reply = m_manager.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(20000);
    HttpResult result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && result.status == 0)
        result.networkError = reply->errorString();
    reply->deleteLater();
    return result;
}

HttpResult DemoApiClient::get(const QString& path, const QByteArray& accept)
{
    if (accept.isEmpty())
        return request("GET", path);
    return request("GET", path, {}, {}, {{"Accept", accept}});
}

HttpResult DemoApiClient::post(const QString& path, const QJsonObject& body)
{
    return request("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult DemoApiClient::put(const QString& path, const QJsonObject& body)
{
    return request("PUT", path, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

HttpResult DemoApiClient::patch(const QString& path, const QByteArray& body, const QByteArray& contentType)
{
    return request("PATCH", path, body, contentType);
}

HttpResult DemoApiClient::del(const QString& path)
{
    return request("DELETE", path);
}

std::unique_ptr<WatchReader> DemoApiClient::watch(const QString& pathAndQuery, const QByteArray& accept)
{
    QNetworkRequest request = makeRequest(pathAndQuery);
    request.setTransferTimeout(0);
    if (!accept.isEmpty())
        request.setRawHeader("Accept", accept);
    return std::make_unique<WatchReader>(m_manager.get(request));
}

QJsonObject pvcManifest(
    const QString& name, const QString& ns, const QString& size, const QJsonObject& labels)
{
    QJsonObject metadata {{"name"_L1, name}, {"namespace"_L1, ns}};
    if (!labels.isEmpty())
        metadata.insert("labels"_L1, labels);
    return {{"apiVersion"_L1, "v1"_L1}, {"kind"_L1, "PersistentVolumeClaim"_L1}, {"metadata"_L1, metadata},
        {"spec"_L1,
            QJsonObject {{"accessModes"_L1, QJsonArray {u"ReadWriteOnce"_s}},
                {"storageClassName"_L1, "ase-node-local"_L1},
                {"resources"_L1, QJsonObject {{"requests"_L1, QJsonObject {{"storage"_L1, size}}}}}}}};
}

} // namespace ase::test
