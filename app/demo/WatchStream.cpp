// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/WatchStream.h"
#include "models/resources/MetaFields.h"

#include <QHttpServerResponder>
#include <QJsonDocument>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace ase::demo {

namespace {

int g_active = 0;

QString objectKey(const ResourceKind& kind, const QJsonObject& object)
{
    const QJsonObject meta = metafield::of(object);
    return ClusterState::key(kind, meta.value("namespace"_L1).toString(), meta.value("name"_L1).toString());
}

} // namespace

int WatchStream::activeCount()
{
    return g_active;
}

WatchStream::WatchStream(ClusterState& state, WatchOptions options, ResponderPtr responder,
    QTcpSocket* connection, QObject* parent)
    : QObject(parent)
    , m_state(state)
    , m_options(std::move(options))
    , m_responder(std::move(responder))
{
    ++g_active;
    if (connection)
        connect(connection, &QTcpSocket::disconnected, this, [this] { finish(false); });
    start();
}

WatchStream::~WatchStream()
{
    --g_active;
}

bool WatchStream::matches(const QJsonObject& object) const
{
    if (m_options.kind.namespaced && !m_options.ns.isEmpty() && metafield::ns(object) != m_options.ns)
        return false;
    return !m_options.filter || m_options.filter(object);
}

void WatchStream::start()
{
    QHttpHeaders headers;
    headers.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json");
    headers.append(QHttpHeaders::WellKnownHeader::CacheControl, "no-cache, private");
    m_responder->writeBeginChunked(headers, QHttpServerResponder::StatusCode::Ok);

    m_lastResourceVersion = m_state.resourceVersion();
    const bool initial = m_options.sendInitialEvents.value_or(false);
    const qint64 rv = m_options.resourceVersion.value_or(0);
    const bool fromState = initial || (!m_options.sendInitialEvents && rv == 0);
    if (fromState) {
        for (const QJsonObject& o : m_state.objects(m_options.kind, m_options.ns)) {
            if (!matches(o))
                continue;
            m_visible.insert(objectKey(m_options.kind, o));
            sendEvent(u"ADDED"_s, o);
        }
        if (initial)
            sendBookmark(true);
    } else if (rv > 0) {
        const ApiResult<QList<ChangeEvent>> changes = m_state.changesSince(m_options.kind, rv);
        if (!changes) {
            // The error is the last chunk of the stream.
            m_responder->writeEndChunked(eventLine(u"ERROR"_s, changes.error().toJson()));
            finish(false);
            return;
        }
        for (const QJsonObject& o : m_state.objects(m_options.kind, m_options.ns)) {
            if (matches(o))
                m_visible.insert(objectKey(m_options.kind, o));
        }
        for (const ChangeEvent& e : changes.value()) {
            ChangeEvent replay = e;
            // Replay: the client has not seen these; report them by their own type.
            if (!matches(e.object))
                continue;
            sendEvent(changeTypeName(replay.type), replay.object);
            m_lastResourceVersion = e.resourceVersion;
        }
    }
    connect(&m_state, &ClusterState::changed, this, &WatchStream::onChange);

    int timeout = m_options.timeoutMs;
    if (timeout <= 0)
        timeout = 1800 * 1000 + QRandomGenerator::global()->bounded(1800 * 1000);
    if (m_options.cutAfterMs > 0)
        timeout = std::min(timeout, m_options.cutAfterMs);
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { finish(true); });
    m_timeout.start(timeout);
    if (m_options.allowBookmarks) {
        connect(&m_bookmarks, &QTimer::timeout, this, [this] { sendBookmark(false); });
        m_bookmarks.start(m_options.bookmarkIntervalMs);
    }
}

void WatchStream::onChange(const ChangeEvent& event)
{
    if (m_finished || event.kind.kind != m_options.kind.kind)
        return;
    m_lastResourceVersion = event.resourceVersion;
    const QString key = objectKey(m_options.kind, event.object);
    const bool nowMatches = matches(event.object);
    const bool known = m_visible.contains(key);
    switch (event.type) {
    case ChangeType::Added:
        if (nowMatches) {
            m_visible.insert(key);
            sendEvent(u"ADDED"_s, event.object);
        }
        break;
    case ChangeType::Modified:
        if (nowMatches && known) {
            sendEvent(u"MODIFIED"_s, event.object);
        } else if (nowMatches) {
            m_visible.insert(key);
            sendEvent(u"ADDED"_s, event.object);
        } else if (known) {
            m_visible.remove(key);
            sendEvent(u"DELETED"_s, event.object);
        }
        break;
    case ChangeType::Deleted:
        if (known || nowMatches) {
            m_visible.remove(key);
            sendEvent(u"DELETED"_s, event.object);
        }
        break;
    }
}

void WatchStream::sendEvent(const QString& type, const QJsonObject& object)
{
    if (m_finished)
        return;
    const bool plain = type == u"ERROR" || type == u"BOOKMARK" || !m_options.transform;
    const QJsonObject event {{"type"_L1, type}, {"object"_L1, plain ? object : m_options.transform(object)}};
    m_responder->writeChunk(QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n');
}

QByteArray WatchStream::eventLine(const QString& type, const QJsonObject& object) const
{
    const bool plain = type == u"ERROR" || type == u"BOOKMARK" || !m_options.transform;
    const QJsonObject event {{"type"_L1, type}, {"object"_L1, plain ? object : m_options.transform(object)}};
    return QJsonDocument(event).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject WatchStream::bookmark(bool initialEventsEnd) const
{
    QJsonObject metadata {{"resourceVersion"_L1, QString::number(m_lastResourceVersion)}};
    if (initialEventsEnd)
        metadata.insert("annotations"_L1, QJsonObject {{"k8s.io/initial-events-end"_L1, "true"_L1}});
    return QJsonObject {{"kind"_L1, m_options.kind.kind}, {"apiVersion"_L1, m_options.kind.apiVersion()},
        {"metadata"_L1, metadata}};
}

void WatchStream::sendBookmark(bool initialEventsEnd)
{
    sendEvent(u"BOOKMARK"_s, bookmark(initialEventsEnd));
}

void WatchStream::finish(bool writeEnd)
{
    if (m_finished)
        return;
    m_finished = true;
    m_timeout.stop();
    m_bookmarks.stop();
    disconnect(&m_state, nullptr, this, nullptr);
    if (writeEnd) {
        // A chunked body ends with a non-empty chunk: a last bookmark when the client
        // takes them, else a blank line (whitespace between JSON values).
        m_responder->writeEndChunked(
            m_options.allowBookmarks ? eventLine(u"BOOKMARK"_s, bookmark(false)) : QByteArray("\n"));
    }
    m_responder.reset();
    deleteLater();
}

} // namespace ase::demo
