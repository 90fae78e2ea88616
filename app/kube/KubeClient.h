// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/kube/ApiError.h"
#include "app/kube/KubeConnection.h"
#include "app/kube/ListDecoder.h"
#include "app/kube/WatchDecoder.h"
#include "models/resources/ResourceKind.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QSslError;

namespace ase {

/// The field manager the app writes with (server-side apply and every write).
inline constexpr QStringView kFieldManager = u"ase-storage-manager";

// ---------------------------------------------------------------------------------------
// Options and results
// ---------------------------------------------------------------------------------------

/// Query parameters of a LIST (§1). Empty strings / 0 are not sent.
struct ListOptions
{
    QString labelSelector;
    QString fieldSelector;
    int limit = 0; ///< page size; 0 = everything in one answer
    QString continueToken; ///< metadata.continue of the previous page
    QString resourceVersion;
    QString resourceVersionMatch; ///< "NotOlderThan" | "Exact" (needs resourceVersion)
    int timeoutSeconds = 0;
    /// Applied to each item where the page is decoded, on a pool thread: it must be
    /// thread-safe (a pure function of the item).
    std::function<QJsonObject(QJsonObject)> itemTransform;
    /// Encode the items for the store on the pool thread as well (ListResult::stored, and
    /// `items` left empty): a page's objects then never exist decoded on the GUI thread.
    bool encodeForStore = false;
};

/// Query parameters of a WATCH (§2).
struct WatchOptions
{
    QString resourceVersion; ///< start after this RV; empty = synthetic ADDED for all first
    bool allowWatchBookmarks = true;
    int timeoutSeconds = 0; ///< server-side duration; 0 = server default (the client then
                            ///< allows up to an hour of silence before it gives up)
    /// WatchList (KEP-3157): ADDED for every object, then a BOOKMARK carrying the annotation
    /// k8s.io/initial-events-end. Sends resourceVersionMatch=NotOlderThan as required.
    bool sendInitialEvents = false;
    QString labelSelector;
    QString fieldSelector;
    /// Events are decoded on a pool thread (WatchPipeline); this is applied to the object of
    /// each ADDED and MODIFIED event there: it must be thread-safe (a pure function).
    std::function<QJsonObject(QJsonObject)> itemTransform;
    /// Encode each event's object for the store on the pool thread as well
    /// (WatchEvent::stored, `object` left empty), as ListOptions::encodeForStore.
    bool encodeForStore = false;
};

/// The result of get/create/update/apply/patch/delete.
struct ObjectResult
{
    QJsonObject object; ///< the object the server returned (for a dry run: what it would be)
    /// For deletes answered with a Status instead of the object (status "Success").
    std::optional<ApiStatus> status;
    int httpStatus = 0; ///< 200, 201 (created), 202 (delete accepted)...
    QStringList warnings; ///< `Warning:` headers (e.g. unknown fields with fieldValidation=Warn)
    ApiError error;

    bool ok() const { return error.ok(); }
    bool created() const { return httpStatus == 201; }
};

/// The result of a request to an arbitrary path (/version, discovery, /openapi/v3).
struct RawResult
{
    QByteArray body;
    QByteArray contentType;
    int httpStatus = 0;
    ApiError error;

    bool ok() const { return error.ok(); }
};

/// Options of create, update (PUT) and merge-patch.
struct WriteOptions
{
    bool dryRun = false; ///< sends dryRun=All: validated, nothing stored
    QString fieldManager = kFieldManager.toString();
    QString fieldValidation; ///< "", "Ignore", "Warn" or "Strict"
};

/// Options of server-side apply (PATCH application/apply-patch+yaml).
struct ApplyOptions
{
    bool dryRun = false;
    bool force = false; ///< take ownership of conflicting fields; always sent (as kubectl does)
    QString fieldManager = kFieldManager.toString();
    QString fieldValidation;
};

struct DeleteOptions
{
    bool dryRun = false;
    QString propagationPolicy; ///< "", "Orphan", "Background" or "Foreground"
    std::optional<qint64> gracePeriodSeconds;
    QString preconditionUid; ///< delete only this incarnation
    QString preconditionResourceVersion; ///< delete only this version
};

// ---------------------------------------------------------------------------------------
// Request handles
// ---------------------------------------------------------------------------------------

/// One request in flight. Owned by the KubeClient and deleted after its callback ran; hold
/// it in a QPointer. abort() cancels it without calling back. A request is also aborted
/// when its context object is destroyed or when the client is destroyed.
class KubeRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubeRequest)

public:
    ~KubeRequest() override;
    void abort();
    bool isRunning() const;

private:
    friend class KubeClient;
    explicit KubeRequest(QObject* parent);
    void cancel();
    struct Private;
    std::unique_ptr<Private> d;
};

/// A watch in progress. Events come one by one as the server flushes them (one JSON line
/// each). The stream ends with exactly one finished() unless abort()ed or destroyed:
/// - error.ok(): the server closed the stream normally (timeoutSeconds elapsed or it chose
///   to); re-watch from lastResourceVersion().
/// - error.isExpired(): an in-stream ERROR with code 410 (reason Expired or Gone), or a 410
///   answer: the resourceVersion is too old; re-list.
/// - error.httpStatus == 429 (retryAfterSeconds set), 5xx, Timeout, Connection: back off and
///   re-watch from lastResourceVersion().
/// - other in-stream ERROR events: error.status carries the Status.
/// The stream is a child of the owner passed to KubeClient::watch(): deleting the owner
/// aborts it.
class WatchStream final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WatchStream)

public:
    ~WatchStream() override;

    /// Stops the stream; no signal is emitted afterwards.
    void abort();
    bool isRunning() const;
    /// The resourceVersion of the last event received (bookmarks included), else the
    /// resourceVersion the watch started from.
    QString lastResourceVersion() const;
    const ResourceKind& kind() const;
    QString namespaceName() const;

Q_SIGNALS:
    void eventReceived(const ase::WatchEvent& event);
    void finished(const ase::ApiError& error);

private:
    friend class KubeClient;
    explicit WatchStream(QObject* owner);
    struct Private;
    std::unique_ptr<Private> d;
};

// ---------------------------------------------------------------------------------------
// The client
// ---------------------------------------------------------------------------------------

/// The Kubernetes REST client of one connection (one kubeconfig context). Asynchronous
/// only; one QNetworkAccessManager per client. Every request has a timeout, is owned (by
/// the client and aborted with it, or with its context object), and ends in a typed result.
///
/// Credentials: each request asks the connection's CredentialProvider for the current
/// credential; on 401 the provider is invalidated and the request is retried once with a
/// fresh credential (so an exec plugin is re-run).
///
/// TLS: verification is on unless the connection says insecureSkipTlsVerify; a handshake
/// failure comes back as Category::Tls naming what did not match.
///
/// Namespaces: for namespaced kinds an empty `ns` means all namespaces for list/watch; for
/// writes the namespace comes from the manifest's metadata.namespace, else the connection's
/// default namespace.
class KubeClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KubeClient)

public:
    using ListCallback = std::function<void(const ListResult&)>;
    using ObjectCallback = std::function<void(const ObjectResult&)>;
    using RawCallback = std::function<void(const RawResult&)>;

    explicit KubeClient(KubeConnection connection, QObject* parent = nullptr);
    ~KubeClient() override; ///< aborts every request and watch still running

    const KubeConnection& connection() const { return m_connection; }
    /// The server's certificate is not verified (insecure-skip-tls-verify): show as unsafe.
    bool isInsecure() const { return m_connection.insecureSkipTlsVerify; }

    /// Timeout of ordinary requests (and of a watch until its response headers arrive).
    /// Default 30 s.
    void setRequestTimeout(std::chrono::milliseconds timeout);
    std::chrono::milliseconds requestTimeout() const { return m_requestTimeout; }
    /// How long a watch's events may keep the event loop in one turn (default 4 ms): a
    /// burst is emitted over several turns, in order. At least one event a turn.
    void setWatchTurnBudget(std::chrono::nanoseconds budget);

    // Reading -----------------------------------------------------------------------------

    /// One LIST page. Follow result.continueToken with the same options for the next page.
    KubeRequest* list(const ResourceKind& kind, const QString& ns, const ListOptions& options,
        QObject* context, ListCallback callback);

    /// Starts a WATCH; the stream is a child of `owner`.
    WatchStream* watch(
        const ResourceKind& kind, const QString& ns, const WatchOptions& options, QObject* owner);

    KubeRequest* get(const ResourceKind& kind, const QString& ns, const QString& name, QObject* context,
        ObjectCallback callback);

    /// GET of an arbitrary server path ("/version", "/apis"), relative to the server URL.
    KubeRequest* getRaw(const QString& path, const QUrlQuery& query, QObject* context, RawCallback callback);

    // Writing (every write supports dryRun) ----------------------------------------------

    /// POST to the collection.
    KubeRequest* create(const ResourceKind& kind, const QJsonObject& manifest, const WriteOptions& options,
        QObject* context, ObjectCallback callback);
    /// PUT of the whole object; metadata.resourceVersion (if set) makes it conditional
    /// (stale → 409 Conflict).
    KubeRequest* update(const ResourceKind& kind, const QJsonObject& manifest, const WriteOptions& options,
        QObject* context, ObjectCallback callback);
    /// Server-side apply: PATCH with Content-Type application/apply-patch+yaml, fieldManager
    /// and force. Creates the object when absent (httpStatus 201). A conflict comes back as
    /// error.isApplyConflict() with one cause per field, its message naming the manager.
    KubeRequest* apply(const ResourceKind& kind, const QJsonObject& manifest, const ApplyOptions& options,
        QObject* context, ObjectCallback callback);
    /// Server-side apply of YAML text as the user wrote it; namespace and name are read by
    /// the caller (they decide the URL).
    KubeRequest* applyYaml(const ResourceKind& kind, const QString& ns, const QString& name,
        const QByteArray& yaml, const ApplyOptions& options, QObject* context, ObjectCallback callback);
    /// PATCH application/merge-patch+json (RFC 7386).
    KubeRequest* mergePatch(const ResourceKind& kind, const QString& ns, const QString& name,
        const QJsonObject& patch, const WriteOptions& options, QObject* context, ObjectCallback callback);
    /// DELETE of one object; result.object is the object (possibly with deletionTimestamp)
    /// or result.status is a Success Status.
    KubeRequest* remove(const ResourceKind& kind, const QString& ns, const QString& name,
        const DeleteOptions& options, QObject* context, ObjectCallback callback);

    // Helpers -----------------------------------------------------------------------------

    /// The field selector kubectl describe uses for the events of an object:
    /// involvedObject.kind=K,involvedObject.name=N,involvedObject.namespace=NS,involvedObject.uid=U
    /// (empty parts left out).
    static QString eventsFieldSelector(
        const QString& kind, const QString& ns, const QString& name, const QString& uid = {});

private:
    friend class KubeRequest;
    friend class WatchStream;
    struct Spec;
    struct Response;
    struct Attempt;
    using ResponseHandler = std::function<void(const Response&)>;
    /// Work on a successful answer that may run on a pool thread (decoding a large body),
    /// so that the thread of the request's context never waits for it.
    using OffThreadWork = std::function<void(Response&)>;

    /// Starts a request; `handler` runs in the context's thread. With `offThread`, a
    /// successful answer first goes through it on a pool thread; an abort meanwhile drops it.
    KubeRequest* start(Spec spec, QObject* context, ResponseHandler handler, OffThreadWork offThread = {});
    void begin(KubeRequest* request);
    /// Gives the answer to the request's handler unless it was aborted, then deletes it.
    static void handOver(KubeRequest* request, const Response& response);
    void beginWatch(WatchStream* stream);
    /// The watch request: the stream's collection with its options and where it resumes.
    static Spec watchSpec(const WatchStream::Private& d);
    /// New bytes of a watch: decoded and emitted as events (or an oversized error body).
    static void watchDataArrived(WatchStream* stream, QNetworkReply* reply, qint64 idleMs);
    /// Emits the decoded events (as many as the turn's budget allows), then finished()
    /// once the reply has ended and its last event is out.
    static void drainWatch(WatchStream* stream);
    /// Emits the rest of a burst at the next turn of the event loop (once, however often asked).
    static void queueDrain(WatchStream* stream);
    /// The watch's reply ended: the rest of its events, then why it ended (or a 401 retry).
    void watchEnded(WatchStream* stream, QNetworkReply* reply);
    /// Ends the stream with one finished() (unless it was aborted meanwhile).
    static void finishWatch(WatchStream* stream, ApiError error);
    /// Asks the connection's credential provider for the current credential (an empty one
    /// without a provider) and calls `send` with it, or `fail` with the provider's error.
    /// Neither is called when `ended()` says the request or watch stopped meanwhile.
    void authorize(QObject* owner, std::function<bool()> ended, std::function<void(const Credential&)> send,
        std::function<void(const ApiError&)> fail);
    /// Sends one attempt of `owner`: resets the attempt's state, records its TLS errors and
    /// lets its timer abort the reply (the caller starts the timer).
    QNetworkReply* sendAttempt(
        QObject* owner, Attempt& attempt, const Spec& spec, const Credential& credential);
    /// A 401 for the credential the attempt presented, the one retry not spent yet, and the
    /// provider dropped that credential: marks the retry spent, and the caller sends again.
    bool retryUnauthorized(int status, Attempt& attempt);
    QNetworkReply* send(const Spec& spec, const Credential& credential);
    ApiError transportError(QNetworkReply* reply, const QList<QSslError>& sslErrors, bool timedOut) const;
    QString resolveNamespace(const ResourceKind& kind, const QJsonObject& manifest) const;
    /// A request on one object: method, verb, kind, path, and the namespace (the
    /// connection's default when empty, none for a cluster-scoped kind).
    Spec objectSpec(const QByteArray& method, const QString& verb, const ResourceKind& kind,
        const QString& ns, const QString& name) const;
    /// Starts a request whose answer is one object (or a Status).
    KubeRequest* startObjectRequest(
        Spec spec, const ResourceKind& kind, QObject* context, ObjectCallback callback);

    KubeConnection m_connection;
    QNetworkAccessManager* m_nam = nullptr;
    std::chrono::milliseconds m_requestTimeout {30000};
    std::chrono::nanoseconds m_watchTurnBudget {4'000'000};
    QList<QSslCertificate> m_lastClientCertificate;
    QList<QPointer<WatchStream>> m_watches;
};

} // namespace ase
