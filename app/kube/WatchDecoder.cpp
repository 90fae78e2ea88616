// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/kube/WatchDecoder.h"

#include "app/net/InputLimits.h"
#include "models/resources/MetaFields.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace ase {

// ---------------------------------------------------------------------------------------
// WatchEvent
// ---------------------------------------------------------------------------------------

QString WatchEvent::resourceVersion() const
{
    if (!version.isEmpty())
        return version;
    return metafield::field(object, "resourceVersion"_L1).toString();
}

bool WatchEvent::isInitialEventsEnd() const
{
    return type == Type::Bookmark
        && metafield::annotations(object).value("k8s.io/initial-events-end"_L1).toString() == u"true";
}

QString WatchEvent::typeName(Type type)
{
    switch (type) {
    case Type::Added:
        return u"ADDED"_s;
    case Type::Modified:
        return u"MODIFIED"_s;
    case Type::Deleted:
        return u"DELETED"_s;
    case Type::Bookmark:
        return u"BOOKMARK"_s;
    }
    return {};
}

// ---------------------------------------------------------------------------------------
// WatchDecoder
// ---------------------------------------------------------------------------------------

namespace {

/// How much of an offending line an error shows.
constexpr qsizetype kExcerptBytes = 200;

QString excerpt(QByteArrayView line)
{
    QString text = QString::fromUtf8(line.left(kExcerptBytes));
    if (line.size() > kExcerptBytes)
        text += u'…';
    return text;
}

} // namespace

WatchDecoder::WatchDecoder(qsizetype maxLineBytes)
    : m_maxLineBytes(std::max<qsizetype>(1, maxLineBytes))
{ }

void WatchDecoder::feed(QByteArrayView bytes)
{
    if (m_failed || m_finished || bytes.isEmpty())
        return;
    // Drop what was decoded before growing the buffer (amortised: only once half is dead).
    if (m_from > 0 && m_from >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_from);
        m_scanned -= m_from;
        m_from = 0;
    }
    m_buffer.append(bytes);
}

void WatchDecoder::finish()
{
    m_finished = true;
}

WatchDecoder::Item WatchDecoder::fail(ApiError error)
{
    m_failed = true;
    m_error = std::move(error);
    m_buffer.clear();
    m_from = m_scanned = 0;
    Item item;
    item.kind = Item::Kind::Error;
    item.error = m_error;
    return item;
}

WatchDecoder::Item WatchDecoder::lineTooLong(qsizetype size)
{
    InputLimit limit = limits::kWatchEvent;
    limit.defaultBytes = m_maxLineBytes;
    ApiError error = ApiError::make(ApiError::Category::Decode,
        limit.exceededMessage(tr("An event of the watch stream")),
        tr("%1 bytes without the end of the line.").arg(size));
    return fail(error);
}

WatchDecoder::Item WatchDecoder::next()
{
    if (m_failed) {
        Item item;
        item.kind = Item::Kind::Error;
        item.error = m_error;
        return item;
    }
    while (m_from < m_buffer.size()) {
        qsizetype nl = m_buffer.indexOf('\n', m_scanned);
        if (nl < 0) {
            m_scanned = m_buffer.size();
            const qsizetype pending = m_buffer.size() - m_from;
            if (pending > m_maxLineBytes)
                return lineTooLong(pending);
            if (!m_finished)
                return {};
            nl = m_buffer.size();
        }
        const QByteArrayView line = QByteArrayView(m_buffer).sliced(m_from, nl - m_from);
        m_from = m_scanned = std::min(nl + 1, m_buffer.size());
        if (line.size() > m_maxLineBytes)
            return lineTooLong(line.size());
        const QByteArrayView trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        Item item = decodeLine(trimmed);
        if (item.kind == Item::Kind::Error)
            return fail(item.error);
        return item;
    }
    return {};
}

WatchDecoder::Item WatchDecoder::decodeLine(QByteArrayView line)
{
    Item item;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(line.toByteArray(), &pe);
    const QJsonObject ev = doc.object();
    const QString type = ev.value("type"_L1).toString();
    const QJsonValue object = ev.value("object"_L1);
    auto notAnEvent = [&](const QString& why) {
        item.kind = Item::Kind::Error;
        item.error = ApiError::make(ApiError::Category::Decode,
            tr("The watch stream sent something that is not a watch event: %1").arg(why), excerpt(line));
        return item;
    };
    if (pe.error != QJsonParseError::NoError)
        return notAnEvent(tr("the line is not JSON (%1 at byte %2).").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject())
        return notAnEvent(tr("the line is not a JSON object."));
    if (type == u"ERROR") {
        item.kind = Item::Kind::Error;
        const auto status = ApiStatus::fromJson(object.toObject());
        item.error = status ? ApiError::fromStatus(*status)
                            : ApiError::make(ApiError::Category::Decode,
                                tr("The watch stream reported an error without a Status."), excerpt(line));
        return item;
    }
    if (type == u"ADDED")
        item.event.type = WatchEvent::Type::Added;
    else if (type == u"MODIFIED")
        item.event.type = WatchEvent::Type::Modified;
    else if (type == u"DELETED")
        item.event.type = WatchEvent::Type::Deleted;
    else if (type == u"BOOKMARK")
        item.event.type = WatchEvent::Type::Bookmark;
    else if (type.isEmpty())
        return notAnEvent(tr("it has no \"type\"."));
    else
        return notAnEvent(
            tr("its type \"%1\" is none of ADDED, MODIFIED, DELETED, BOOKMARK, ERROR.").arg(type));
    if (!object.isObject())
        return notAnEvent(tr("its \"object\" is missing or not an object."));
    item.kind = Item::Kind::Event;
    item.event.object = object.toObject();
    return item;
}

} // namespace ase
