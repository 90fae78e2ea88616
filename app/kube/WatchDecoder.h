// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/kube/ApiError.h"
#include "models/store/StoredObject.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace ase {

/// One event of a watch (§2 of reference/kubernetes-api.md).
struct WatchEvent
{
    enum class Type { Added, Modified, Deleted, Bookmark };
    Type type = Type::Added;
    QJsonObject object; ///< the object (DELETED: its last state; BOOKMARK: only metadata.resourceVersion);
                        ///< empty when `stored` holds it
    /// The object encoded for the store where it was decoded (WatchOptions::encodeForStore),
    /// after the watch's transform; null otherwise and for bookmarks.
    StoredObject stored;
    /// metadata.resourceVersion, when `object` was given up for `stored`.
    QString version;

    QString resourceVersion() const;
    /// A BOOKMARK with annotation "k8s.io/initial-events-end": "true" (WatchList).
    bool isInitialEventsEnd() const;
    static QString typeName(Type type); ///< "ADDED", "MODIFIED"...
};

/// Decodes the body of a watch: one JSON object per line,
/// `{"type":"ADDED","object":{...}}`. Pure: bytes in (in chunks of any size, split
/// anywhere, also inside a line or a UTF-8 sequence), typed items out. No network.
///
/// Use: feed() what arrived, then call next() until it says NeedMore; at the end of the
/// body call finish() (a last line without a newline still counts) and drain again.
/// After an Error item the decoder is done: next() keeps returning that error.
class WatchDecoder final
{
    Q_DECLARE_TR_FUNCTIONS(ase::WatchDecoder)

public:
    struct Item
    {
        enum class Kind {
            NeedMore, ///< no complete line buffered; feed() more (or finish())
            Event, ///< `event` holds an ADDED/MODIFIED/DELETED/BOOKMARK event
            Error, ///< `error`: an in-stream ERROR (its Status, e.g. 410 Expired), or a
                   ///< line that is not a watch event, or a line over the limit
        };
        Kind kind = Kind::NeedMore;
        WatchEvent event;
        ApiError error;
    };

    /// `maxLineBytes` bounds one event line; a longer line (or an unfinished line that
    /// grows past it) is an Error naming the limit.
    explicit WatchDecoder(qsizetype maxLineBytes);

    void feed(QByteArrayView bytes);
    /// The body ended: what is buffered after the last newline is the last line.
    void finish();
    Item next();

    /// Decodes one line (without its newline). Event or Error, never NeedMore.
    static Item decodeLine(QByteArrayView line);

    qsizetype maxLineBytes() const { return m_maxLineBytes; }
    /// Bytes held for lines not decoded yet.
    qsizetype bufferedBytes() const { return m_buffer.size() - m_from; }

private:
    Item fail(ApiError error);
    Item lineTooLong(qsizetype size);

    QByteArray m_buffer;
    qsizetype m_from = 0; ///< start of the first line not decoded yet
    qsizetype m_scanned = 0; ///< m_buffer[m_from, m_scanned) holds no newline
    qsizetype m_maxLineBytes;
    bool m_finished = false;
    bool m_failed = false;
    ApiError m_error;
};

} // namespace ase
