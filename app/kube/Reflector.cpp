// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/kube/Reflector.h"

#include "app/kube/KubeClient.h"
#include "models/store/ResourceStore.h"

#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

/// A normal end of the watch whose re-watch is due within this time keeps the state Live:
/// the store is current up to the last event, and the UI should not flicker every time the
/// server renews a stream. Longer waits are shown as Reconnecting.
constexpr std::chrono::milliseconds kQuietRewatch {2000};

} // namespace

QString ReflectorStatus::stateName(ReflectorState state)
{
    switch (state) {
    case ReflectorState::Stopped:
        return Reflector::tr("Stopped");
    case ReflectorState::Connecting:
        return Reflector::tr("Connecting");
    case ReflectorState::Listing:
        return Reflector::tr("Listing");
    case ReflectorState::Live:
        return Reflector::tr("Live");
    case ReflectorState::Reconnecting:
        return Reflector::tr("Reconnecting");
    case ReflectorState::Forbidden:
        return Reflector::tr("Forbidden");
    case ReflectorState::Unauthorized:
        return Reflector::tr("Unauthorized");
    case ReflectorState::Failed:
        return Reflector::tr("Failed");
    }
    return {};
}

QJsonObject Reflector::withoutManagedFields(QJsonObject object)
{
    // client-go's TransformStripManagedFields: the server's field-ownership bookkeeping,
    // which no pane shows (kubectl hides it too), is a large share of an object's memory.
    const auto meta = object.constFind(QLatin1StringView("metadata"));
    if (meta == object.constEnd())
        return object;
    QJsonObject metadata = meta->toObject();
    if (!metadata.contains(QLatin1StringView("managedFields")))
        return object;
    metadata.remove(QLatin1StringView("managedFields"));
    object.insert(QLatin1StringView("metadata"), metadata);
    return object;
}

Reflector::Reflector(
    KubeClient* client, ResourceStore* store, ResourceKind kind, const QString& ns, QObject* parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_kind(std::move(kind))
    , m_requestedNamespace(m_kind.namespaced ? ns : QString())
    , m_namespace(m_requestedNamespace)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &Reflector::runScheduled);
    m_status.namespaceName = m_namespace;
}

Reflector::~Reflector()
{
    dropConnections();
}

void Reflector::setWatchTimeoutRange(int minSeconds, int maxSeconds)
{
    m_watchTimeoutMin = std::max(1, minSeconds);
    m_watchTimeoutMax = std::max(m_watchTimeoutMin, maxSeconds);
}

void Reflector::start()
{
    dropConnections();
    m_running = true;
    m_namespace = m_requestedNamespace;
    m_resourceVersion.clear();
    m_continueRestarts = 0;
    m_unpagedList = false;
    m_backoff.reset();
    m_status.synced = false;
    setStatus(ReflectorState::Connecting);
    beginList();
}

void Reflector::stop()
{
    m_running = false;
    dropConnections();
    setStatus(ReflectorState::Stopped);
}

void Reflector::retryNow()
{
    if (!m_running || !m_retryTimer.isActive())
        return;
    m_retryTimer.stop();
    runScheduled();
}

void Reflector::dropConnections()
{
    m_retryTimer.stop();
    if (m_listRequest)
        m_listRequest->abort();
    m_listRequest = nullptr;
    if (WatchStream* watch = m_watch) {
        m_watch = nullptr;
        watch->abort();
        watch->deleteLater();
    }
}

// ---- list --------------------------------------------------------------------------------

void Reflector::beginList()
{
    if (!m_client || !m_store) {
        setStatus(ReflectorState::Failed, tr("The connection is closed."));
        m_running = false;
        return;
    }
    m_listItems.clear();
    m_listResourceVersion.clear();
    m_continue.clear();
    if (m_status.state != ReflectorState::Connecting && m_status.state != ReflectorState::Listing)
        setStatus(m_status.synced ? ReflectorState::Listing : ReflectorState::Connecting);
    requestPage();
}

void Reflector::requestPage()
{
    ListOptions options;
    options.limit = m_unpagedList ? 0 : m_pageSize;
    options.continueToken = m_continue;
    options.fieldSelector = m_fieldSelector;
    options.itemTransform = m_transform; // applied where the page is decoded, off this thread
    options.encodeForStore = true; // and so is the encoding for the store
    // resourceVersion "" = a consistent read of the latest state, also after a 410.
    m_listRequest = m_client->list(
        m_kind, m_namespace, options, this, [this](const ListResult& result) { onPage(result); });
}

void Reflector::onPage(const ListResult& result)
{
    m_listRequest = nullptr;
    if (!m_running)
        return;
    if (!result.ok()) {
        const ApiError& error = result.error;
        if (error.isExpired() && !m_continue.isEmpty()) {
            // The continue token outlived the server's snapshot: start the list over. After
            // repeated expiries (pages slower than the server's compaction), read it unpaged.
            ++m_stats.continueExpired;
            m_unpagedList = ++m_continueRestarts >= 3;
            beginList();
            return;
        }
        if (error.isForbidden() && m_kind.namespaced && m_namespace.isEmpty()
            && !m_fallbackNamespace.isEmpty()) {
            // A namespace-scoped user: what its own namespace holds is still worth showing.
            m_namespace = m_fallbackNamespace;
            m_status.namespaceName = m_namespace;
            beginList();
            return;
        }
        handleError(error, Next::List);
        return;
    }

    ++m_stats.listPages;
    m_backoff.reset(); // a page arrived: the next failure starts the backoff over
    if (m_continue.isEmpty() || m_listResourceVersion.isEmpty())
        m_listResourceVersion = result.resourceVersion; // every page carries the snapshot's RV
    m_listItems.append(result.stored); // already transformed and encoded where they were decoded
    if (result.hasMore()) {
        if (m_status.state != ReflectorState::Listing)
            setStatus(ReflectorState::Listing);
        m_continue = result.continueToken;
        requestPage();
        return;
    }
    finishList();
}

void Reflector::finishList()
{
    m_store->postReplaceEncoded(m_kind.kind, std::exchange(m_listItems, {}));
    m_resourceVersion = m_listResourceVersion;
    m_continue.clear();
    m_continueRestarts = 0;
    m_unpagedList = false;
    m_status.synced = true;
    ++m_stats.lists;
    Q_EMIT listed();
    beginWatch();
}

// ---- watch -------------------------------------------------------------------------------

void Reflector::beginWatch()
{
    WatchOptions options;
    options.resourceVersion = m_resourceVersion;
    options.allowWatchBookmarks = true;
    options.fieldSelector = m_fieldSelector;
    options.itemTransform = m_transform; // applied where the events are decoded, off this thread
    options.encodeForStore = true; // and so is the encoding for the store
    options.timeoutSeconds = m_watchTimeoutMin == m_watchTimeoutMax
        ? m_watchTimeoutMin
        : static_cast<int>(QRandomGenerator::global()->bounded(m_watchTimeoutMin, m_watchTimeoutMax + 1));
    WatchStream* watch = m_client->watch(m_kind, m_namespace, options, this);
    m_watch = watch;
    connect(watch, &WatchStream::eventReceived, this, &Reflector::onEvent);
    connect(watch, &WatchStream::finished, this, &Reflector::onWatchFinished);
    m_watchDelivered = false;
    ++m_stats.watches;
    setStatus(ReflectorState::Live);
}

void Reflector::onEvent(const WatchEvent& event)
{
    if (sender() != m_watch)
        return;
    switch (event.type) {
    case WatchEvent::Type::Added:
    case WatchEvent::Type::Modified:
        m_store->postUpsertEncoded(m_kind.kind, event.stored); // transformed and encoded off this thread
        ++m_stats.events;
        break;
    case WatchEvent::Type::Deleted:
        m_store->postDeleteEncoded(m_kind.kind, event.stored);
        ++m_stats.events;
        break;
    case WatchEvent::Type::Bookmark:
        ++m_stats.bookmarks;
        break;
    }
    m_watchDelivered = true;
    if (const QString rv = event.resourceVersion(); !rv.isEmpty())
        m_resourceVersion = rv;
}

void Reflector::onWatchFinished(const ApiError& error)
{
    WatchStream* watch = qobject_cast<WatchStream*>(sender());
    if (!watch || watch != m_watch)
        return;
    m_watch = nullptr;
    watch->deleteLater();
    if (!m_running)
        return;
    // The backoff counts failures in a row: a stream that delivered events or bookmarks was
    // healthy, so a cut after it waits the initial step again, not a step grown by earlier cuts.
    if (std::exchange(m_watchDelivered, false))
        m_backoff.reset();
    if (error.ok()) {
        // The server ended the stream (timeoutSeconds) or closed it: resume after the last
        // resourceVersion seen.
        const std::chrono::milliseconds delay = m_backoff.next();
        if (delay <= kQuietRewatch) {
            m_next = Next::Watch;
            countDelay(delay);
            m_retryTimer.start(delay);
        } else {
            schedule(Next::Watch, delay);
            setStatus(ReflectorState::Reconnecting, tr("The server closed the watch; resuming."), {},
                m_status.nextRetry);
        }
        return;
    }
    handleError(error, Next::Watch);
}

// ---- errors and retries ------------------------------------------------------------------

QString Reflector::describeFailure(const ApiError& error, Next resume, const QString& next) const
{
    const QString verb = !error.verb.isEmpty() ? error.verb : resume == Next::Watch ? u"watch"_s : u"list"_s;
    const QString server = m_client ? m_client->connection().server.authority() : QString();
    QString what = error.message().trimmed();
    if (what.isEmpty()) {
        // Every ApiError the client builds has a text; this is the safety net.
        what = error.httpStatus > 0 ? ApiError::genericMessageForCode(error.httpStatus)
                                    : tr("the request failed without a reason.");
    }
    //: %1 list or watch, %2 the plural resource ("persistentvolumes"), %3 host:port, %4 the
    //: server's or the network's message, %5 what the app does next
    return tr("Could not %1 %2 on %3: %4 %5").arg(verb, m_kind.resource, server, what, next).trimmed();
}

void Reflector::handleError(const ApiError& error, Next resume)
{
    ++m_stats.errors;
    m_stats.lastError = error;
    if (error.isCanceled()) {
        // Aborted by its owner (the client is going away): nothing to retry.
        m_running = false;
        setStatus(ReflectorState::Stopped,
            describeFailure(error, resume, tr("The connection was closed; reconnect to see live updates.")),
            error);
        return;
    }
    if (error.isExpired()) {
        // Too old a resourceVersion: the history we would resume from is gone. Re-list;
        // postReplace() turns the full state into the difference.
        ++m_stats.expired;
        m_resourceVersion.clear();
        schedule(Next::List, m_backoff.next());
        setStatus(ReflectorState::Reconnecting,
            describeFailure(error, resume,
                tr("The server no longer keeps the changes since the last list; listing again.")),
            error, m_status.nextRetry);
        return;
    }
    if (error.isForbidden()) {
        ApiError described = error;
        if (described.verb.isEmpty())
            described.verb = resume == Next::List ? u"list"_s : u"watch"_s;
        if (described.kind.isEmpty())
            described.kind = m_kind.kind;
        schedule(Next::List, m_slowRetry);
        setStatus(ReflectorState::Forbidden, described.summary(), error, m_status.nextRetry);
        return;
    }
    if (error.isUnauthorized() || error.category == ApiError::Category::Credential) {
        // The client already refreshed the credential once; asking again at once would only
        // run the exec plugin (or the sign-in) in a loop.
        schedule(Next::List, m_slowRetry);
        setStatus(ReflectorState::Unauthorized,
            describeFailure(error, resume,
                tr("Check the user of the kubeconfig context (token, certificate or sign-in).")),
            error, m_status.nextRetry);
        return;
    }
    if (error.isRetriable() || error.category == ApiError::Category::Decode) {
        std::chrono::milliseconds delay = m_backoff.next();
        if (error.isTooManyRequests() && error.retryAfterSeconds > 0)
            delay = std::chrono::seconds(error.retryAfterSeconds);
        // A watch resumes from the last resourceVersion; a paged list retries the failed page
        // with the same continue token (an expired token then restarts it: 410 above).
        Next next = resume;
        if (resume == Next::Watch && m_resourceVersion.isEmpty())
            next = Next::List;
        else if (resume == Next::List && !m_continue.isEmpty())
            next = Next::Page;
        schedule(next, delay);
        setStatus(ReflectorState::Reconnecting,
            describeFailure(error, resume,
                tr("Retrying in %n second(s).", nullptr,
                    int(std::max<qint64>(1, (delay.count() + 999) / 1000)))),
            error, m_status.nextRetry);
        return;
    }
    // TLS, configuration, bad request, unknown resource...: retrying soon will not help.
    schedule(Next::List, m_slowRetry);
    setStatus(ReflectorState::Failed,
        describeFailure(error, resume,
            tr("Retrying in %n second(s).", nullptr,
                int(std::chrono::duration_cast<std::chrono::seconds>(m_slowRetry).count()))),
        error, m_status.nextRetry);
}

void Reflector::schedule(Next next, std::chrono::milliseconds delay)
{
    m_next = next;
    countDelay(delay);
    m_retryTimer.start(delay);
    m_status.nextRetry = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    m_status.retryDelay = delay;
}

void Reflector::countDelay(std::chrono::milliseconds delay)
{
    m_stats.lastRetryDelay = delay;
    m_stats.longestRetryDelay = std::max(m_stats.longestRetryDelay, delay);
}

void Reflector::runScheduled()
{
    if (!m_running)
        return;
    m_status.nextRetry = {};
    m_status.retryDelay = {};
    if (m_next == Next::Watch && !m_resourceVersion.isEmpty())
        beginWatch();
    else if (m_next == Next::Page && !m_continue.isEmpty())
        requestPage();
    else
        beginList();
}

void Reflector::setStatus(
    ReflectorState state, const QString& message, const ApiError& error, const QDateTime& nextRetry)
{
    const bool same = m_status.state == state && m_status.message == message
        && m_status.nextRetry == nextRetry && m_status.namespaceName == m_namespace;
    m_status.state = state;
    m_status.message = message;
    m_status.error = error;
    m_status.nextRetry = nextRetry;
    if (!nextRetry.isValid())
        m_status.retryDelay = {};
    m_status.namespaceName = m_namespace;
    if (!same)
        Q_EMIT statusChanged(m_status);
}

} // namespace ase
