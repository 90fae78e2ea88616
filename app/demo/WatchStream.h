// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demo/ClusterState.h"
#include "app/demo/HttpListener.h"

#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace ase::demo {

/// How a watch starts and runs (parsed from the query by the API server).
struct WatchOptions
{
    ResourceKind kind;
    QString ns; ///< empty: all namespaces
    std::function<bool(const QJsonObject&)> filter; ///< label + field selectors; null: all
    std::optional<qint64> resourceVersion; ///< nullopt or 0: "get state and start at most recent"
    std::optional<bool> sendInitialEvents; ///< WatchList (KEP-3157)
    bool allowBookmarks = false;
    int timeoutMs = 0; ///< stream length; 0 → server default
    int bookmarkIntervalMs = 60000;
    int cutAfterMs = 0; ///< fault: end the stream early; 0 → off
    /// Converts an event object for the wire (Table rows for kubectl get -w); null: as is.
    std::function<QJsonObject(const QJsonObject&)> transform;
};

/// One watch response: a chunked HTTP/1.1 body of JSON lines `{"type":..,"object":..}\n`,
/// flushed per event. Sends the start events (synthetic ADDED, or the history since the
/// resourceVersion; a too-old one ends the stream with an in-stream ERROR 410 Expired),
/// then live changes from ClusterState, BOOKMARKs when allowed (with the
/// `k8s.io/initial-events-end` annotation after initial events), and ends at the timeout,
/// at the fault cut, or when the client goes away. Deletes itself when done.
class WatchStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchStream)

public:
    /// Starts the stream at once (200 + headers). `connection` is the client's socket
    /// (may be null); the stream stops when it closes.
    WatchStream(ClusterState& state, WatchOptions options, ResponderPtr responder, QTcpSocket* connection,
        QObject* parent = nullptr);
    ~WatchStream() override;

    /// Number of live watch streams in this process (tests, diagnostics).
    static int activeCount();

private:
    void start();
    void onChange(const ChangeEvent& event);
    void sendEvent(const QString& type, const QJsonObject& object);
    void sendBookmark(bool initialEventsEnd);
    QByteArray eventLine(const QString& type, const QJsonObject& object) const;
    QJsonObject bookmark(bool initialEventsEnd) const;
    void finish(bool writeEnd);
    bool matches(const QJsonObject& object) const;

    ClusterState& m_state;
    WatchOptions m_options;
    ResponderPtr m_responder;
    QTimer m_timeout;
    QTimer m_bookmarks;
    QSet<QString> m_visible; ///< keys of matching objects the client knows (selector watches)
    qint64 m_lastResourceVersion = 0;
    bool m_finished = false;
};

} // namespace ase::demo
