// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/kube/WatchDecoder.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

namespace ase {

/// Decodes the body of one watch on a pool thread, so that the thread that receives the
/// bytes (the GUI thread) never parses JSON: it feeds the bytes as they arrive and takes
/// the items back, in order, when they are ready. One job at a time per pipeline, so the
/// items keep the order of the bytes. Optionally each event's object also goes through a
/// transform and is encoded for the store on that thread (WatchEvent::stored), as list
/// pages are (ListOptions::encodeForStore).
///
/// The pipeline lives in its context object's thread; `ready` is called there when new
/// items can be taken. Destroying the pipeline (or its context) drops a job in flight.
class WatchPipeline final
{
public:
    struct Options
    {
        qsizetype maxLineBytes = 1; ///< per WatchDecoder
        /// Applied to the object of each ADDED and MODIFIED event on the pool thread; must be
        /// thread-safe (a pure function of the object).
        std::function<QJsonObject(QJsonObject)> transform;
        /// Non-empty: encode each event's object as this kind for the store
        /// (WatchEvent::stored), leaving WatchEvent::object empty. Deletions are encoded
        /// without the transform.
        QString encodeKind;
    };

    WatchPipeline(QObject* context, Options options, std::function<void()> ready);
    ~WatchPipeline();
    Q_DISABLE_COPY_MOVE(WatchPipeline)

    /// Bytes of the body as they arrived.
    void feed(QByteArray bytes);
    /// The body ended: what follows the last newline is the last line.
    void finish();

    /// Items decoded and not taken yet.
    bool hasItems() const { return m_next < m_items.size(); }
    WatchDecoder::Item take();
    /// finish() was called, every byte is decoded and every item taken: nothing follows.
    bool isDone() const;

private:
    struct Decoding;
    void startJob();
    /// A job's items are back; `atEnd`: it decoded the end of the body.
    void landed(QList<WatchDecoder::Item> items, bool atEnd);

    QPointer<QObject> m_context;
    std::function<void()> m_ready;
    std::shared_ptr<Decoding> m_decoding; ///< touched only by the job while one runs
    /// Alive as long as the pipeline: a job that lands after it is gone is dropped.
    std::shared_ptr<WatchPipeline*> m_self;
    QByteArray m_waiting; ///< fed while a job ran
    bool m_jobRunning = false;
    bool m_finishWaiting = false; ///< finish() not yet passed to a job
    bool m_finished = false; ///< a job has decoded the end of the body
    bool m_failed = false; ///< an Error item was decoded: nothing follows it
    QList<WatchDecoder::Item> m_items;
    qsizetype m_next = 0;
};

} // namespace ase
