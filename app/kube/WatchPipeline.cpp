// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/kube/WatchPipeline.h"

#include "models/store/StoredObject.h"

#include <QFuture>
#include <QPromise>
#include <QThreadPool>

namespace ase {

/// The decoder and what a job does with each event: only the running job touches it.
struct WatchPipeline::Decoding
{
    WatchDecoder decoder;
    Options options;

    /// Decodes `bytes` (and the end of the body when `atEnd`) up to the first error.
    QList<WatchDecoder::Item> run(const QByteArray& bytes, bool atEnd)
    {
        decoder.feed(bytes);
        if (atEnd)
            decoder.finish();
        QList<WatchDecoder::Item> items;
        for (;;) {
            WatchDecoder::Item item = decoder.next();
            if (item.kind == WatchDecoder::Item::Kind::NeedMore)
                break;
            if (item.kind == WatchDecoder::Item::Kind::Event)
                prepare(item.event);
            const bool failed = item.kind == WatchDecoder::Item::Kind::Error;
            items.append(std::move(item));
            if (failed)
                break;
        }
        return items;
    }

    void prepare(WatchEvent& event) const
    {
        if (event.type == WatchEvent::Type::Bookmark)
            return;
        if (event.type != WatchEvent::Type::Deleted && options.transform)
            event.object = options.transform(std::move(event.object));
        if (options.encodeKind.isEmpty())
            return;
        event.version = event.resourceVersion();
        event.stored = StoredObject::encode(options.encodeKind, event.object);
        event.object = {};
    }
};

WatchPipeline::WatchPipeline(QObject* context, Options options, std::function<void()> ready)
    : m_context(context)
    , m_ready(std::move(ready))
    , m_decoding(std::make_shared<Decoding>(WatchDecoder(options.maxLineBytes), std::move(options)))
    , m_self(std::make_shared<WatchPipeline*>(this))
{ }

WatchPipeline::~WatchPipeline() = default;

void WatchPipeline::feed(QByteArray bytes)
{
    if (bytes.isEmpty() || m_failed || m_finished || m_finishWaiting)
        return;
    if (m_waiting.isEmpty())
        m_waiting = std::move(bytes);
    else
        m_waiting.append(bytes);
    startJob();
}

void WatchPipeline::finish()
{
    if (m_failed || m_finished)
        return;
    m_finishWaiting = true;
    startJob();
}

WatchDecoder::Item WatchPipeline::take()
{
    Q_ASSERT(hasItems());
    WatchDecoder::Item item = std::move(m_items[m_next++]);
    if (m_next == m_items.size()) {
        m_items.clear();
        m_next = 0;
    }
    return item;
}

bool WatchPipeline::isDone() const
{
    return (m_finished || m_failed) && !m_jobRunning && !hasItems();
}

void WatchPipeline::startJob()
{
    if (m_jobRunning || m_failed || m_finished || !m_context)
        return;
    if (m_waiting.isEmpty() && !m_finishWaiting)
        return;
    m_jobRunning = true;
    QByteArray bytes = std::exchange(m_waiting, {});
    const bool atEnd = std::exchange(m_finishWaiting, false);

    auto promise = std::make_shared<QPromise<QList<WatchDecoder::Item>>>();
    // The continuation is attached before the job starts, so it always runs from the
    // context's event loop (never inside this call), and not at all once the context is gone.
    promise->future().then(m_context.data(),
        [self = std::weak_ptr<WatchPipeline*>(m_self), atEnd](QList<WatchDecoder::Item> items) {
            if (const auto pipeline = self.lock())
                (*pipeline)->landed(std::move(items), atEnd);
        });
    QThreadPool::globalInstance()->start(
        [promise, decoding = m_decoding, bytes = std::move(bytes), atEnd]() mutable {
            promise->start();
            promise->addResult(decoding->run(bytes, atEnd));
            bytes = {}; // freed here, not on the receiving thread
            promise->finish();
        });
}

void WatchPipeline::landed(QList<WatchDecoder::Item> items, bool atEnd)
{
    m_jobRunning = false;
    m_finished = atEnd;
    if (!items.isEmpty() && items.constLast().kind == WatchDecoder::Item::Kind::Error) {
        m_failed = true;
        m_waiting.clear();
    }
    if (m_items.isEmpty())
        m_items = std::move(items);
    else
        m_items.append(std::move(items));
    startJob();
    if (m_ready)
        m_ready();
}

} // namespace ase
