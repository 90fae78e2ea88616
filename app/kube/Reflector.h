// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/kube/ApiError.h"
#include "app/kube/Backoff.h"
#include "models/resources/ResourceKind.h"
#include "models/store/StoredObject.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <chrono>
#include <functional>

namespace ase {

class KubeClient;
class KubeRequest;
class ResourceStore;
class WatchStream;
struct ListResult;
struct WatchEvent;

/// Where a reflector stands, for the UI.
enum class ReflectorState {
    Stopped, ///< not started, or stopped
    Connecting, ///< the first list was sent, nothing received yet
    Listing, ///< pages are arriving (first list or re-list after 410)
    Live, ///< the store holds the server's state and a watch keeps it current
    Reconnecting, ///< a list or watch failed in a way that heals by itself; retrying
    Forbidden, ///< 403: the user may not list this kind (retried slowly)
    Unauthorized, ///< 401 even after the credential was refreshed (retried slowly)
    Failed, ///< an error that will not heal by retrying (TLS, bad request...; retried slowly)
};

/// The state of one reflector with what the UI shows about it.
struct ReflectorStatus
{
    ReflectorState state = ReflectorState::Stopped;
    /// A sentence for the user: why it is not Live ("No permission to list
    /// PersistentVolumes.", the server's message...); empty when Live.
    QString message;
    /// When the next attempt is due (Reconnecting, Forbidden, Unauthorized, Failed);
    /// invalid when none is scheduled.
    QDateTime nextRetry;
    /// The delay that was scheduled for it (0 when none): what tests check, not the clock.
    std::chrono::milliseconds retryDelay {0};
    /// The error behind the state (ok() when Live).
    ApiError error;
    /// A complete list has reached the store at least once since start().
    bool synced = false;
    /// The namespace listed and watched; empty = all namespaces (or a cluster-scoped kind).
    QString namespaceName;

    /// "Live", "Reconnecting"... (translated).
    static QString stateName(ReflectorState state);
};

/// Counters for tests, diagnostics and the benchmark.
struct ReflectorStats
{
    int lists = 0; ///< complete lists delivered to the store
    int listPages = 0; ///< pages received
    int continueExpired = 0; ///< lists restarted because the continue token expired (410)
    int watches = 0; ///< watch streams started
    int expired = 0; ///< re-lists because the resourceVersion was too old (410)
    qint64 events = 0; ///< ADDED/MODIFIED/DELETED events posted to the store
    qint64 bookmarks = 0;
    int errors = 0; ///< failed lists and watches (all causes)
    /// The delays waited before a retry or a re-watch: the last and the longest so far.
    std::chrono::milliseconds lastRetryDelay {0};
    std::chrono::milliseconds longestRetryDelay {0};
    /// The last of them, kept after the reflector recovered (the status then holds no error):
    /// what a benchmark or a diagnostic reports as "the last error".
    ApiError lastError;
};

/// Keeps one kind of object in the ResourceStore equal to the server, as client-go's
/// reflector does (kubernetes-api.md §2):
///
/// 1. a paged LIST (limit, following `continue`; an expired continue token restarts the
///    list) with resourceVersion "" (a consistent read), then one postReplace() of all
///    items: the store applies it as a difference, so rows and selections survive;
/// 2. a WATCH from the list's resourceVersion with bookmarks and a random timeoutSeconds in
///    300–600 s; every event becomes a postUpsert()/postDelete(), bookmarks only advance the
///    resourceVersion;
/// 3. when the stream ends (server timeout, cut connection, 5xx): re-watch from the last
///    resourceVersion after a backoff (800 ms doubling to 30 s, jitter, reset after 2 min
///    healthy). The backoff counts failures in a row: a list page received, or a watch that
///    delivered an event or bookmark before it ended, starts it over; 429 waits for its
///    Retry-After;
/// 4. on 410 Expired/Gone (an in-stream ERROR or an answer): re-list and replace, so the
///    store receives exactly the difference;
/// 5. 403 → Forbidden with "No permission to list <Kinds>." and a slow retry; with a
///    fallback namespace set, an all-namespaces list that is forbidden is narrowed to that
///    namespace (the namespace-scoped user of a device kubeconfig); 401 (after the client's
///    credential refresh) → Unauthorized; other non-retriable errors → Failed, slow retry.
class Reflector final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Reflector)

public:
    /// `ns` empty = all namespaces; ignored for cluster-scoped kinds. Neither the client nor
    /// the store is owned; both must outlive the reflector.
    Reflector(KubeClient* client, ResourceStore* store, ResourceKind kind, const QString& ns = {},
        QObject* parent = nullptr);
    ~Reflector() override;

    const ResourceKind& kind() const { return m_kind; }
    /// The namespace requested at construction (empty = all).
    QString requestedNamespace() const { return m_requestedNamespace; }
    /// The namespace actually listed (differs after a fallback).
    QString namespaceName() const { return m_namespace; }

    /// When listing all namespaces is forbidden, list and watch this namespace instead
    /// (typically the kubeconfig context's namespace). Empty = no fallback.
    void setFallbackNamespace(const QString& ns) { m_fallbackNamespace = ns; }
    /// Lists and watches only the objects this field selector matches ("" = all), e.g.
    /// KubeClient::eventsFieldSelector() for the events of one object.
    void setFieldSelector(const QString& selector) { m_fieldSelector = selector; }
    QString fieldSelector() const { return m_fieldSelector; }
    /// What the store keeps of each listed or watched object, as client-go's informer
    /// transforms: the default drops metadata.managedFields; a kind with large objects the
    /// panes read little of (pods) keeps only those parts. Deletions pass unchanged. Listed
    /// pages and watch events are transformed on a pool thread where they are decoded: the
    /// transform must be thread-safe (a pure function of the object).
    using Transform = std::function<QJsonObject(QJsonObject)>;
    void setTransform(Transform transform) { m_transform = std::move(transform); }
    /// The default transform: the object without metadata.managedFields.
    static QJsonObject withoutManagedFields(QJsonObject object);

    /// Items per list page (default 500, as kubectl and client-go); 0 = unpaged.
    void setPageSize(int items) { m_pageSize = items; }
    void setBackoffPolicy(const Backoff::Policy& policy) { m_backoff.setPolicy(policy); }
    /// Retry interval after Forbidden, Unauthorized and Failed (default 60 s).
    void setSlowRetryInterval(std::chrono::milliseconds interval) { m_slowRetry = interval; }
    /// Range of the watch's timeoutSeconds (default 300–600, as client-go).
    void setWatchTimeoutRange(int minSeconds, int maxSeconds);

    /// Lists, then watches. Restarts from a fresh list if already running.
    void start();
    /// Aborts every request; the store keeps what it holds.
    void stop();
    /// Skips a pending wait: the scheduled list or watch starts now.
    void retryNow();

    bool isRunning() const { return m_running; }
    ReflectorState state() const { return m_status.state; }
    const ReflectorStatus& status() const { return m_status; }
    const ReflectorStats& stats() const { return m_stats; }
    /// The resourceVersion the store is known to be current at ("" before the first list).
    QString resourceVersion() const { return m_resourceVersion; }

Q_SIGNALS:
    void statusChanged(const ase::ReflectorStatus& status);
    /// A complete list was handed to the store (first list and every re-list).
    void listed();

private:
    enum class Next { List, Page, Watch }; ///< Page: the failed page again, same continue token

    void beginList();
    void requestPage();
    void onPage(const ListResult& result);
    void finishList();
    void beginWatch();
    void onEvent(const WatchEvent& event);
    void onWatchFinished(const ApiError& error);
    /// Decides the state and the next step after a failed list or watch.
    void handleError(const ApiError& error, Next resume);
    /// The status line of a failed list or watch: what failed, on which server, the
    /// server's or the transport's words, and what happens next; never empty.
    QString describeFailure(const ApiError& error, Next resume, const QString& next) const;
    void schedule(Next next, std::chrono::milliseconds delay);
    void countDelay(std::chrono::milliseconds delay);
    void runScheduled();
    void setStatus(ReflectorState state, const QString& message = {}, const ApiError& error = {},
        const QDateTime& nextRetry = {});
    void dropConnections();

    QPointer<KubeClient> m_client;
    QPointer<ResourceStore> m_store;
    ResourceKind m_kind;
    QString m_requestedNamespace;
    QString m_namespace;
    QString m_fallbackNamespace;
    QString m_fieldSelector;
    Transform m_transform = &Reflector::withoutManagedFields;
    int m_pageSize = 500;
    int m_watchTimeoutMin = 300;
    int m_watchTimeoutMax = 600;
    std::chrono::milliseconds m_slowRetry {60000};

    bool m_running = false;
    QString m_resourceVersion;
    // The list in progress.
    QList<StoredObject> m_listItems; ///< the pages so far, encoded for the store
    QString m_listResourceVersion;
    QString m_continue;
    bool m_unpagedList = false;
    int m_continueRestarts = 0;
    QPointer<KubeRequest> m_listRequest;
    QPointer<WatchStream> m_watch;
    bool m_watchDelivered = false; ///< the current watch has received an event or a bookmark

    Backoff m_backoff;
    QTimer m_retryTimer;
    Next m_next = Next::List;
    ReflectorStatus m_status;
    ReflectorStats m_stats;
};

} // namespace ase
