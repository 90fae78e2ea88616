// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/device/ArmError.h"
#include "app/net/TransportError.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QNetworkRequest>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QSslError>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace ase {

/// The raw outcome of one HTTP exchange: status, body and headers, or the transport
/// failure (error set, status 0) when there was no HTTP answer.
struct HttpAnswer
{
    QUrl url;
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    ArmError error; ///< transport failures only; HTTP error statuses are left to the caller

    QByteArray header(QByteArrayView name) const;
};

/// One HTTP request in flight with a timeout (restarted while data moves) and an owner:
/// it is a child of `owner`, so deleting the owner aborts it. Calls back exactly once
/// unless abort()ed; deletes itself afterwards.
class HttpExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExchange)

public:
    using Callback = std::function<void(const HttpAnswer&)>;

    static HttpExchange* send(QNetworkAccessManager* nam, const QNetworkRequest& request,
        const QByteArray& method, const QByteArray& body, const TransportFailure::Target& target,
        QObject* owner, Callback callback);
    ~HttpExchange() override;

    /// Stops the request without calling back, and deletes the exchange later.
    void abort();

    /// `application/x-www-form-urlencoded` body of `fields`.
    static QByteArray formBody(const QList<QPair<QString, QString>>& fields);

private:
    explicit HttpExchange(QObject* owner);
    void onFinished();
    void stop();

    QPointer<QNetworkReply> m_reply;
    QTimer* m_timer = nullptr;
    TransportFailure::Target m_target;
    QByteArray m_method;
    QElapsedTimer m_clock; ///< since the request was sent, for the debug log
    QList<QSslError> m_sslErrors;
    Callback m_callback;
    bool m_timedOut = false;
    bool m_tooLarge = false; ///< the body passed limits::kResponseBody; the reply was aborted
};

/// Maps a transport failure to an ArmError category and text.
ArmError armErrorFromTransport(const TransportFailure& failure);

} // namespace ase
