// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// What a Kubernetes API server answers: list pages, watch streams (fed in chunks whose
// sizes come from the input, so lines and UTF-8 sequences split anywhere), error bodies
// (Status) and the Retry-After header. Property: the watch decoder's events do not depend
// on how the bytes were split.

#include "app/kube/ApiError.h"
#include "app/kube/ListDecoder.h"
#include "app/kube/WatchDecoder.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QStringList>

using namespace ase;
using namespace Qt::StringLiterals;

namespace {

/// Events as "TYPE rv" and the error at the end, decoding `body` in chunks of `chunk`.
QStringList watch(QByteArrayView body, qsizetype chunk, qsizetype maxLine)
{
    WatchDecoder decoder(maxLine);
    QStringList seen;
    auto drain = [&] {
        for (;;) {
            const WatchDecoder::Item item = decoder.next();
            if (item.kind == WatchDecoder::Item::Kind::NeedMore)
                return true;
            if (item.kind == WatchDecoder::Item::Kind::Error) {
                seen << u"error "_s + item.error.message();
                return false;
            }
            seen << WatchEvent::typeName(item.event.type) + u' ' + item.event.resourceVersion();
            (void)item.event.isInitialEventsEnd();
        }
    };
    for (qsizetype at = 0; at < body.size(); at += chunk) {
        decoder.feed(body.sliced(at, std::min(chunk, body.size() - at)));
        if (!drain())
            return seen;
    }
    decoder.finish();
    drain();
    return seen;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView input = fuzz::bytes(data, size);
    const QByteArray body = input.toByteArray();

    const ListResult list = ListDecoder::decode(body, u"PersistentVolume"_s, u"v1"_s);
    (void)list.hasMore();

    const qsizetype chunk = size > 0 ? 1 + data[0] % 13 : 1;
    const qsizetype maxLine = 4096;
    const QStringList whole = watch(input, std::max<qsizetype>(1, input.size()), maxLine);
    const QStringList split = watch(input, chunk, maxLine);
    if (whole != split) {
        // An over-long line is found sooner when chunks are small; everything before the
        // error must still agree.
        const bool limitOnly = !whole.isEmpty() && !split.isEmpty()
            && whole.mid(0, whole.size() - 1) == split.mid(0, split.size() - 1)
            && whole.last().contains(u"limit"_s) && split.last().contains(u"limit"_s);
        if (!limitOnly) {
            qWarning("whole: %s\nsplit (%lld): %s", qPrintable(whole.join(u'|')),
                static_cast<long long>(chunk), qPrintable(split.join(u'|')));
            fuzz::violated("watch events do not depend on chunk boundaries");
        }
    }

    for (int code : {400, 403, 409, 410, 422, 429, 500, 503}) {
        const ApiError error = ApiError::fromHttp(code, body, body.left(40));
        (void)error.summary();
        (void)error.applyConflicts();
        (void)error.isExpired();
        (void)error.isRetriable();
    }
    if (const auto status = ApiStatus::fromJsonBytes(body))
        (void)status->toJson();
    return 0;
}
