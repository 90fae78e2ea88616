// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/kube/KubeClient.h"

#include "app/kube/KubeLog.h"
#include "app/kube/WatchPipeline.h"
#include "models/resources/MetaFields.h"

#include "app/net/InputLimits.h"
#include "app/net/RedirectGuard.h"
#include "app/net/TransportError.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFuture>
#include <QHttp1Configuration>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPromise>
#include <QSslCertificate>
#include <QSslError>
#include <QThreadPool>
#include <QTimer>

#include <any>

using namespace Qt::StringLiterals;

namespace ase {

namespace {
/// Room for a watch per kind plus the ordinary requests.
constexpr qsizetype kConnectionsPerHost = 24;
} // namespace

namespace {

const QByteArray kJson = QByteArrayLiteral("application/json");
const QByteArray kApplyPatch = QByteArrayLiteral("application/apply-patch+yaml");
const QByteArray kMergePatch = QByteArrayLiteral("application/merge-patch+json");

/// Silence after the headers of a watch before the client gives up on it: the server's
/// own timeout plus a margin, or an hour when the server picks the duration (its default
/// is at most 2 × 1800 s).
constexpr int kWatchGraceSeconds = 60;
constexpr int kWatchDefaultIdleSeconds = 3600 + kWatchGraceSeconds;

/// The `text` of an RFC 7234 Warning header value: `299 - "text"`.
QString warningText(const QByteArray& value)
{
    const qsizetype open = value.indexOf('"');
    const qsizetype close = value.lastIndexOf('"');
    if (open < 0 || close <= open)
        return QString::fromUtf8(value).trimmed();
    QString text = QString::fromUtf8(value.mid(open + 1, close - open - 1));
    text.replace("\\\""_L1, "\""_L1);
    return text;
}

/// What is left to read of a finished reply. A reply the client aborted (its timeout, or its
/// owner's abort) is closed: reading it returns nothing and only makes Qt log
/// "QIODevice::read (QNetworkReplyHttpImpl): device not open".
QByteArray remainingBody(QNetworkReply* reply)
{
    return reply->isOpen() ? reply->readAll() : QByteArray();
}

} // namespace

// ---------------------------------------------------------------------------------------
// Internal types
// ---------------------------------------------------------------------------------------

/// What to send, and what it is about (for error messages).
struct KubeClient::Spec
{
    QByteArray method = QByteArrayLiteral("GET");
    QString path;
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType;
    QString verb; ///< Kubernetes verb: list, get, create...
    QString kind;
    QString resource;
    QString ns;
    QString name;
};

/// The raw outcome of one exchange.
struct KubeClient::Response
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QStringList warnings;
    ApiError error;
    std::any decoded; ///< what the request's off-thread work made of the body
};

/// What a request and a watch share: the reply of the current attempt, its timer, the
/// credential it presented and whether the one retry after a 401 was spent.
struct KubeClient::Attempt
{
    QPointer<QNetworkReply> reply;
    QTimer* timer = nullptr;
    QList<QSslError> sslErrors;
    Credential used; ///< what this attempt presented (for invalidate on 401)
    bool timedOut = false;
    bool tooLarge = false; ///< the body passed limits::kResponseBody; the reply was aborted
    bool retried = false;
    QElapsedTimer clock; ///< since the attempt was sent, for the debug log

    /// Stops the timer and aborts the reply still running, without a signal to `owner`.
    void stop(QObject* owner)
    {
        timer->stop();
        if (QNetworkReply* current = reply) {
            reply = nullptr;
            current->disconnect(owner);
            current->abort();
            current->deleteLater();
        }
    }
};

struct KubeRequest::Private : KubeClient::Attempt
{
    QPointer<KubeClient> client;
    KubeClient::Spec spec;
    KubeClient::ResponseHandler handler;
    QPointer<QObject> context;
    KubeClient::OffThreadWork offThread;
    bool finished = false;
    bool aborted = false; ///< abort() was called: nothing may reach the handler any more
};

struct WatchStream::Private : KubeClient::Attempt
{
    QPointer<KubeClient> client;
    KubeClient::Spec spec;
    ResourceKind kind;
    WatchOptions options;
    QString lastResourceVersion;
    std::unique_ptr<WatchPipeline> pipeline; ///< decodes the current reply's body off this thread
    int status = 0;
    bool running = false;
    bool drainQueued = false; ///< the rest of a burst is to be emitted at the next turn
    bool ended = false; ///< the reply ended: finished(endError) follows its last event
    ApiError endError;
};

namespace {

/// Names what the request was about in its error (a template: Spec is private to the client).
template <typename Spec>
void fillErrorContext(ApiError& error, const Spec& spec)
{
    error.verb = spec.verb;
    error.kind = spec.kind;
    error.resource = spec.resource;
    error.ns = spec.ns;
}

} // namespace

// ---------------------------------------------------------------------------------------
// KubeRequest
// ---------------------------------------------------------------------------------------

KubeRequest::KubeRequest(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->timer = new QTimer(this);
    d->timer->setSingleShot(true);
}

KubeRequest::~KubeRequest()
{
    cancel();
}

void KubeRequest::abort()
{
    cancel();
    deleteLater();
}

void KubeRequest::cancel()
{
    d->finished = true;
    d->aborted = true;
    d->stop(this);
}

bool KubeRequest::isRunning() const
{
    return !d->finished;
}

// ---------------------------------------------------------------------------------------
// WatchStream
// ---------------------------------------------------------------------------------------

WatchStream::WatchStream(QObject* owner)
    : QObject(owner)
    , d(std::make_unique<Private>())
{
    d->timer = new QTimer(this);
    d->timer->setSingleShot(true);
}

WatchStream::~WatchStream()
{
    abort();
}

void WatchStream::abort()
{
    d->running = false;
    d->stop(this);
}

bool WatchStream::isRunning() const
{
    return d->running;
}

QString WatchStream::lastResourceVersion() const
{
    return d->lastResourceVersion;
}

const ResourceKind& WatchStream::kind() const
{
    return d->kind;
}

QString WatchStream::namespaceName() const
{
    return d->spec.ns;
}

// ---------------------------------------------------------------------------------------
// KubeClient
// ---------------------------------------------------------------------------------------

KubeClient::KubeClient(KubeConnection connection, QObject* parent)
    : QObject(parent)
    , m_connection(std::move(connection))
    , m_nam(new QNetworkAccessManager(this))
{
    if (m_connection.proxy)
        m_nam->setProxy(*m_connection.proxy);
    // Each request decides its redirects (RedirectGuard): only within the server's origin.
    m_nam->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

KubeClient::~KubeClient()
{
    // Requests are children and abort in their destructors; watches belong to their owners,
    // so stop them here, before the network manager (and their replies) go away.
    for (const QPointer<WatchStream>& w : std::as_const(m_watches)) {
        if (w)
            w->abort();
    }
    const auto requests = findChildren<KubeRequest*>(Qt::FindDirectChildrenOnly);
    for (KubeRequest* r : requests)
        r->abort();
}

void KubeClient::setRequestTimeout(std::chrono::milliseconds timeout)
{
    m_requestTimeout = timeout;
}

void KubeClient::setWatchTurnBudget(std::chrono::nanoseconds budget)
{
    m_watchTurnBudget = budget;
}

QString KubeClient::resolveNamespace(const ResourceKind& kind, const QJsonObject& manifest) const
{
    if (!kind.namespaced)
        return {};
    const QString ns = metafield::ns(manifest);
    return ns.isEmpty() ? m_connection.defaultNamespace : ns;
}

QNetworkReply* KubeClient::send(const Spec& spec, const Credential& credential)
{
    QUrl url = m_connection.server;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + spec.path);
    url.setQuery(spec.query);

    QNetworkRequest request(url);
    // Every watch holds an HTTP/1.1 connection for as long as it runs; Qt's default of six
    // connections per host would leave no connection for other requests once six kinds
    // are watched (HTTP/2 servers multiplex and are not limited by this).
    QHttp1Configuration http1;
    http1.setNumberOfConnectionsPerHost(kConnectionsPerHost);
    request.setHttp1Configuration(http1);
    request.setRawHeader("Accept", kJson);
    request.setHeader(QNetworkRequest::UserAgentHeader, QStringLiteral("ase-storage-manager/" ASE_VERSION));
    if (!spec.contentType.isEmpty())
        request.setRawHeader("Content-Type", spec.contentType);
    if (credential.hasToken())
        request.setRawHeader("Authorization", "Bearer " + credential.token.toUtf8());
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    if (url.scheme() == u"https") {
        QSslConfiguration ssl = m_connection.ssl;
        if (m_connection.insecureSkipTlsVerify)
            ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        if (credential.hasClientCertificate()) {
            ssl.setLocalCertificateChain(credential.clientCertificate);
            ssl.setPrivateKey(credential.clientKey);
            if (credential.clientCertificate != m_lastClientCertificate) {
                // A rotated certificate must not ride on a connection opened with the old one.
                if (!m_lastClientCertificate.isEmpty())
                    m_nam->clearConnectionCache();
                m_lastClientCertificate = credential.clientCertificate;
            }
        }
        request.setSslConfiguration(ssl);
        // tls-server-name: SNI and the name the certificate must carry.
        if (!m_connection.tlsServerName.isEmpty())
            request.setPeerVerifyName(m_connection.tlsServerName);
    }

    RedirectGuard::prepare(request);
    QNetworkReply* reply = nullptr;
    if (spec.method == "GET")
        reply = m_nam->get(request);
    else if (spec.method == "DELETE" && spec.body.isEmpty())
        reply = m_nam->deleteResource(request);
    else
        reply = m_nam->sendCustomRequest(request, spec.method, spec.body);
    RedirectGuard::watch(reply);
    return reply;
}

ApiError KubeClient::transportError(
    QNetworkReply* reply, const QList<QSslError>& sslErrors, bool timedOut) const
{
    TransportFailure::Target target;
    target.server = m_connection.server;
    target.origin = TransportFailure::Origin::Kubeconfig;
    target.tlsServerName = m_connection.tlsServerName;
    // Only a CA of the kubeconfig counts as "the kubeconfig's"; the default set is the system's.
    const QList<QSslCertificate> cas = m_connection.ssl.caCertificates();
    if (cas != QSslConfiguration::defaultConfiguration().caCertificates())
        target.caCertificates = cas;
    target.timeout = m_requestTimeout;
    const TransportFailure failure = TransportFailure::describe(target, reply, sslErrors, timedOut);
    ApiError::Category category = ApiError::Category::Connection;
    switch (failure.kind) {
    case TransportFailure::Kind::Connection:
        category = ApiError::Category::Connection;
        break;
    case TransportFailure::Kind::Tls:
        category = ApiError::Category::Tls;
        break;
    case TransportFailure::Kind::Timeout:
        category = ApiError::Category::Timeout;
        break;
    case TransportFailure::Kind::Canceled:
        category = ApiError::Category::Canceled;
        break;
    }
    return ApiError::make(category, failure.text, failure.detail);
}

void KubeClient::authorize(QObject* owner, std::function<bool()> ended,
    std::function<void(const Credential&)> send, std::function<void(const ApiError&)> fail)
{
    if (!m_connection.credentials) {
        send(Credential {});
        return;
    }
    m_connection.credentials->fetch(owner,
        [ended = std::move(ended), send = std::move(send), fail = std::move(fail)](
            const Credential& credential, const ApiError& error) {
            if (ended())
                return;
            if (error) {
                fail(error);
                return;
            }
            send(credential);
        });
}

QNetworkReply* KubeClient::sendAttempt(
    QObject* owner, Attempt& attempt, const Spec& spec, const Credential& credential)
{
    Attempt* a = &attempt;
    a->sslErrors.clear();
    a->used = credential;
    a->timedOut = false;
    a->tooLarge = false;
    a->clock.start();
    QNetworkReply* reply = send(spec, credential);
    a->reply = reply;
    connect(reply, &QNetworkReply::sslErrors, owner,
        [a](const QList<QSslError>& errors) { a->sslErrors = errors; });
    a->timer->disconnect(owner);
    connect(a->timer, &QTimer::timeout, owner, [a] {
        a->timedOut = true;
        if (a->reply)
            a->reply->abort(); // finished() follows
    });
    return reply;
}

bool KubeClient::retryUnauthorized(int status, Attempt& attempt)
{
    // The credential went stale (expired token, rotated file, exec plugin): the provider
    // forgets it, and the caller gets a fresh one and tries once more.
    if (status != 401 || attempt.retried || !m_connection.credentials
        || !m_connection.credentials->invalidate(attempt.used))
        return false;
    attempt.retried = true;
    return true;
}

void KubeClient::handOver(KubeRequest* request, const Response& response)
{
    KubeRequest::Private* d = request->d.get();
    if (!d->aborted && d->context && d->handler)
        d->handler(response);
    request->deleteLater();
}

KubeRequest* KubeClient::start(Spec spec, QObject* context, ResponseHandler handler, OffThreadWork offThread)
{
    auto* request = new KubeRequest(this);
    request->d->client = this;
    request->d->spec = std::move(spec);
    request->d->handler = std::move(handler);
    request->d->offThread = std::move(offThread);
    request->d->context = context ? context : this;
    if (context && context != this) {
        connect(context, &QObject::destroyed, request, &KubeRequest::abort);
    }
    // Always asynchronous: the caller gets its handle before anything can call back.
    QMetaObject::invokeMethod(
        request, [this, request] { begin(request); }, Qt::QueuedConnection);
    return request;
}

void KubeClient::begin(KubeRequest* request)
{
    KubeRequest::Private* d = request->d.get();
    if (d->finished)
        return;

    auto deliver = [request](Response response) {
        KubeRequest::Private* d = request->d.get();
        if (d->finished)
            return;
        d->finished = true;
        d->timer->stop();
        fillErrorContext(response.error, d->spec);
        if (d->offThread && response.error.ok()) {
            // A large body is decoded on a pool thread; the answer comes back to the
            // request's thread. Deleting the request (abort) cancels the continuation.
            auto promise = std::make_shared<QPromise<Response>>();
            QFuture<Response> future = promise->future();
            QThreadPool::globalInstance()->start(
                [promise, response = std::move(response), work = d->offThread]() mutable {
                    promise->start();
                    work(response);
                    promise->addResult(std::move(response));
                    promise->finish();
                });
            future.then(request, [request](const Response& decoded) { handOver(request, decoded); });
            return;
        }
        handOver(request, response);
    };

    auto sendWith = [this, request, deliver](const Credential& credential) {
        KubeRequest::Private* d = request->d.get();
        QNetworkReply* reply = sendAttempt(request, *d, d->spec, credential);
        auto restartTimer
            = [d] { d->timer->start(std::max<qint64>(1, d->client->m_requestTimeout.count())); };
        connect(reply, &QNetworkReply::downloadProgress, request, restartTimer);
        connect(reply, &QNetworkReply::downloadProgress, request, [d](qint64 received, qint64 total) {
            if (!d->tooLarge && limits::kResponseBody.exceededBy(received, total)) {
                d->tooLarge = true;
                if (d->reply)
                    d->reply->abort(); // finished() follows
            }
        });
        connect(reply, &QNetworkReply::uploadProgress, request, restartTimer);
        restartTimer();
        connect(reply, &QNetworkReply::finished, request, [this, request, reply, deliver] {
            KubeRequest::Private* d = request->d.get();
            d->reply = nullptr;
            reply->deleteLater();
            Response response;
            response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            response.body = remainingBody(reply);
            response.contentType = reply->rawHeader("Content-Type");
            for (const auto& [name, value] : reply->rawHeaderPairs()) {
                if (name.compare("Warning", Qt::CaseInsensitive) == 0)
                    response.warnings << warningText(value);
            }
            qCDebug(lcKube).noquote().nospace() << d->spec.method << ' ' << d->spec.path << ' '
                                                << response.status << ' ' << d->clock.elapsed() << " ms";
            if (d->tooLarge) {
                response.body.clear();
                response.error = ApiError::make(ApiError::Category::Decode,
                    limits::kResponseBody.exceededMessage(
                        tr("The server's answer to %1 %2")
                            .arg(
                                d->spec.verb, d->spec.resource.isEmpty() ? d->spec.path : d->spec.resource)));
            } else if (d->timedOut || response.status == 0
                || !RedirectGuard::refusedRedirect(reply).isEmpty()) {
                response.error = transportError(reply, d->sslErrors, d->timedOut);
            } else if (response.status >= 400) {
                response.error
                    = ApiError::fromHttp(response.status, response.body, reply->rawHeader("Retry-After"));
                if (retryUnauthorized(response.status, *d)) {
                    begin(request);
                    return;
                }
            }
            deliver(response);
        });
    };

    authorize(
        request, [request] { return request->d->finished; }, sendWith,
        [deliver](const ApiError& error) {
            Response r;
            r.error = error;
            deliver(r);
        });
}

// ---------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------

KubeRequest* KubeClient::list(const ResourceKind& kind, const QString& ns, const ListOptions& options,
    QObject* context, ListCallback callback)
{
    Spec spec;
    spec.path = kind.collectionPath(ns);
    spec.verb = u"list"_s;
    spec.kind = kind.kind;
    spec.resource = kind.resource;
    spec.ns = kind.namespaced ? ns : QString();
    if (!options.labelSelector.isEmpty())
        spec.query.addQueryItem(u"labelSelector"_s, options.labelSelector);
    if (!options.fieldSelector.isEmpty())
        spec.query.addQueryItem(u"fieldSelector"_s, options.fieldSelector);
    if (options.limit > 0)
        spec.query.addQueryItem(u"limit"_s, QString::number(options.limit));
    if (!options.continueToken.isEmpty())
        spec.query.addQueryItem(u"continue"_s, options.continueToken);
    if (!options.resourceVersion.isEmpty())
        spec.query.addQueryItem(u"resourceVersion"_s, options.resourceVersion);
    if (!options.resourceVersionMatch.isEmpty())
        spec.query.addQueryItem(u"resourceVersionMatch"_s, options.resourceVersionMatch);
    if (options.timeoutSeconds > 0)
        spec.query.addQueryItem(u"timeoutSeconds"_s, QString::number(options.timeoutSeconds));

    const QString apiVersion = kind.apiVersion();
    const QString kindName = kind.kind;
    // A page of 500 objects is megabytes of JSON: it is decoded on a pool thread.
    auto decode = [apiVersion, kindName, transform = options.itemTransform, encode = options.encodeForStore](
                      Response& response) {
        ListResult result = ListDecoder::decode(response.body, kindName, apiVersion);
        response.body.clear();
        if (transform) {
            for (QJsonObject& item : result.items)
                item = transform(std::move(item));
        }
        if (encode) {
            result.stored.reserve(result.items.size());
            for (const QJsonObject& item : std::as_const(result.items))
                result.stored.append(StoredObject::encode(kindName, item));
            result.items.clear();
        }
        response.decoded = std::move(result);
    };
    return start(
        std::move(spec), context,
        [callback = std::move(callback)](const Response& response) {
            if (!response.error.ok()) {
                ListResult result;
                result.error = response.error;
                callback(result);
                return;
            }
            callback(std::any_cast<const ListResult&>(response.decoded));
        },
        decode);
}

KubeRequest* KubeClient::getRaw(
    const QString& path, const QUrlQuery& query, QObject* context, RawCallback callback)
{
    Spec spec;
    spec.path = path.startsWith(u'/') ? path : u'/' + path;
    spec.query = query;
    spec.verb = u"get"_s;
    return start(std::move(spec), context, [callback = std::move(callback)](const Response& response) {
        RawResult result;
        result.body = response.body;
        result.contentType = response.contentType;
        result.httpStatus = response.status;
        result.error = response.error;
        callback(result);
    });
}

namespace {

// One handler for every request that answers with an object (or a Status for deletes).
void deliverObject(const KubeClient::ObjectCallback& callback, int status, const QByteArray& body,
    const QStringList& warnings, ApiError error, const QString& kind)
{
    ObjectResult result;
    result.httpStatus = status;
    result.warnings = warnings;
    result.error = std::move(error);
    if (result.ok()) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
            result.error = ApiError::make(ApiError::Category::Decode,
                QCoreApplication::translate("ase::KubeClient", "The server's answer is not a %1 object.")
                    .arg(kind),
                pe.errorString());
        } else if (auto s = ApiStatus::fromJson(doc.object())) {
            result.status = *s;
        } else {
            result.object = doc.object();
        }
    }
    callback(result);
}

} // namespace

KubeRequest* KubeClient::startObjectRequest(
    Spec spec, const ResourceKind& kind, QObject* context, ObjectCallback callback)
{
    return start(std::move(spec), context, [cb = std::move(callback), k = kind.kind](const Response& r) {
        deliverObject(cb, r.status, r.body, r.warnings, r.error, k);
    });
}

KubeClient::Spec KubeClient::objectSpec(const QByteArray& method, const QString& verb,
    const ResourceKind& kind, const QString& ns, const QString& name) const
{
    Spec spec;
    spec.method = method;
    spec.ns = kind.namespaced ? (ns.isEmpty() ? m_connection.defaultNamespace : ns) : QString();
    spec.name = name;
    spec.path = kind.objectPath(spec.ns, name);
    spec.verb = verb;
    spec.kind = kind.kind;
    spec.resource = kind.resource;
    return spec;
}

KubeRequest* KubeClient::get(const ResourceKind& kind, const QString& ns, const QString& name,
    QObject* context, ObjectCallback callback)
{
    Spec spec;
    spec.path = kind.objectPath(ns, name);
    spec.verb = u"get"_s;
    spec.kind = kind.kind;
    spec.resource = kind.resource;
    spec.ns = kind.namespaced ? ns : QString();
    spec.name = name;
    return startObjectRequest(std::move(spec), kind, context, std::move(callback));
}

// ---------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------

namespace {

void addWriteQuery(QUrlQuery& query, bool dryRun, const QString& fieldManager, const QString& fieldValidation)
{
    if (dryRun)
        query.addQueryItem(u"dryRun"_s, u"All"_s);
    if (!fieldManager.isEmpty())
        query.addQueryItem(u"fieldManager"_s, fieldManager);
    if (!fieldValidation.isEmpty())
        query.addQueryItem(u"fieldValidation"_s, fieldValidation);
}

} // namespace

KubeRequest* KubeClient::create(const ResourceKind& kind, const QJsonObject& manifest,
    const WriteOptions& options, QObject* context, ObjectCallback callback)
{
    Spec spec = objectSpec(QByteArrayLiteral("POST"), u"create"_s, kind, resolveNamespace(kind, manifest),
        metafield::name(manifest));
    spec.path = kind.collectionPath(spec.ns); // the name is the server's to take from the body
    spec.body = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    spec.contentType = kJson;
    addWriteQuery(spec.query, options.dryRun, options.fieldManager, options.fieldValidation);
    return startObjectRequest(std::move(spec), kind, context, std::move(callback));
}

KubeRequest* KubeClient::update(const ResourceKind& kind, const QJsonObject& manifest,
    const WriteOptions& options, QObject* context, ObjectCallback callback)
{
    Spec spec = objectSpec(QByteArrayLiteral("PUT"), u"update"_s, kind, resolveNamespace(kind, manifest),
        metafield::name(manifest));
    spec.body = QJsonDocument(manifest).toJson(QJsonDocument::Compact);
    spec.contentType = kJson;
    addWriteQuery(spec.query, options.dryRun, options.fieldManager, options.fieldValidation);
    return startObjectRequest(std::move(spec), kind, context, std::move(callback));
}

KubeRequest* KubeClient::applyYaml(const ResourceKind& kind, const QString& ns, const QString& name,
    const QByteArray& yaml, const ApplyOptions& options, QObject* context, ObjectCallback callback)
{
    Spec spec = objectSpec(QByteArrayLiteral("PATCH"), u"patch"_s, kind, ns, name);
    spec.body = yaml;
    spec.contentType = kApplyPatch;
    addWriteQuery(spec.query, options.dryRun, options.fieldManager, options.fieldValidation);
    // kubectl --server-side always states force, true or false.
    spec.query.addQueryItem(u"force"_s, options.force ? u"true"_s : u"false"_s);
    return startObjectRequest(std::move(spec), kind, context, std::move(callback));
}

KubeRequest* KubeClient::apply(const ResourceKind& kind, const QJsonObject& manifest,
    const ApplyOptions& options, QObject* context, ObjectCallback callback)
{
    // JSON is YAML: the server accepts the manifest as it is.
    return applyYaml(kind, resolveNamespace(kind, manifest), metafield::name(manifest),
        QJsonDocument(manifest).toJson(QJsonDocument::Compact), options, context, std::move(callback));
}

KubeRequest* KubeClient::mergePatch(const ResourceKind& kind, const QString& ns, const QString& name,
    const QJsonObject& patch, const WriteOptions& options, QObject* context, ObjectCallback callback)
{
    Spec spec = objectSpec(QByteArrayLiteral("PATCH"), u"patch"_s, kind, ns, name);
    spec.body = QJsonDocument(patch).toJson(QJsonDocument::Compact);
    spec.contentType = kMergePatch;
    addWriteQuery(spec.query, options.dryRun, options.fieldManager, options.fieldValidation);
    return startObjectRequest(std::move(spec), kind, context, std::move(callback));
}

KubeRequest* KubeClient::remove(const ResourceKind& kind, const QString& ns, const QString& name,
    const DeleteOptions& options, QObject* context, ObjectCallback callback)
{
    Spec spec = objectSpec(QByteArrayLiteral("DELETE"), u"delete"_s, kind, ns, name);
    if (options.dryRun)
        spec.query.addQueryItem(u"dryRun"_s, u"All"_s);
    if (!options.propagationPolicy.isEmpty())
        spec.query.addQueryItem(u"propagationPolicy"_s, options.propagationPolicy);
    if (options.gracePeriodSeconds)
        spec.query.addQueryItem(u"gracePeriodSeconds"_s, QString::number(*options.gracePeriodSeconds));
    if (!options.preconditionUid.isEmpty() || !options.preconditionResourceVersion.isEmpty()) {
        // Preconditions only travel in a DeleteOptions body.
        QJsonObject pre;
        if (!options.preconditionUid.isEmpty())
            pre.insert("uid"_L1, options.preconditionUid);
        if (!options.preconditionResourceVersion.isEmpty())
            pre.insert("resourceVersion"_L1, options.preconditionResourceVersion);
        const QJsonObject body {
            {"kind"_L1, "DeleteOptions"_L1}, {"apiVersion"_L1, "v1"_L1}, {"preconditions"_L1, pre}};
        spec.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        spec.contentType = kJson;
    }
    return startObjectRequest(std::move(spec), kind, context, std::move(callback));
}

QString KubeClient::eventsFieldSelector(
    const QString& kind, const QString& ns, const QString& name, const QString& uid)
{
    // Sorted keys, as client-go's GetFieldSelector builds it.
    QStringList parts;
    if (!kind.isEmpty())
        parts << u"involvedObject.kind="_s + kind;
    if (!name.isEmpty())
        parts << u"involvedObject.name="_s + name;
    if (!ns.isEmpty())
        parts << u"involvedObject.namespace="_s + ns;
    if (!uid.isEmpty())
        parts << u"involvedObject.uid="_s + uid;
    return parts.join(u',');
}

// ---------------------------------------------------------------------------------------
// Watching
// ---------------------------------------------------------------------------------------

WatchStream* KubeClient::watch(
    const ResourceKind& kind, const QString& ns, const WatchOptions& options, QObject* owner)
{
    auto* stream = new WatchStream(owner);
    WatchStream::Private* d = stream->d.get();
    d->client = this;
    d->kind = kind;
    d->options = options;
    d->lastResourceVersion = options.resourceVersion;
    d->running = true;
    d->spec.path = kind.collectionPath(ns);
    d->spec.verb = u"watch"_s;
    d->spec.kind = kind.kind;
    d->spec.resource = kind.resource;
    d->spec.ns = kind.namespaced ? ns : QString();
    m_watches.removeAll(nullptr);
    m_watches.append(stream);
    QMetaObject::invokeMethod(
        stream, [this, stream] { beginWatch(stream); }, Qt::QueuedConnection);
    return stream;
}

void KubeClient::finishWatch(WatchStream* stream, ApiError error)
{
    // Ends the stream with one finished() (unless it was aborted meanwhile).
    WatchStream::Private* d = stream->d.get();
    if (!d->running)
        return;
    fillErrorContext(error, d->spec);
    stream->abort();
    Q_EMIT stream->finished(error);
}

KubeClient::Spec KubeClient::watchSpec(const WatchStream::Private& d)
{
    Spec spec = d.spec;
    spec.query.addQueryItem(u"watch"_s, u"1"_s);
    // A re-sent watch (401 retry) resumes after the last event seen.
    if (!d.lastResourceVersion.isEmpty())
        spec.query.addQueryItem(u"resourceVersion"_s, d.lastResourceVersion);
    if (d.options.allowWatchBookmarks)
        spec.query.addQueryItem(u"allowWatchBookmarks"_s, u"true"_s);
    if (d.options.timeoutSeconds > 0)
        spec.query.addQueryItem(u"timeoutSeconds"_s, QString::number(d.options.timeoutSeconds));
    if (d.options.sendInitialEvents) {
        spec.query.addQueryItem(u"sendInitialEvents"_s, u"true"_s);
        spec.query.addQueryItem(u"resourceVersionMatch"_s, u"NotOlderThan"_s);
    }
    if (!d.options.labelSelector.isEmpty())
        spec.query.addQueryItem(u"labelSelector"_s, d.options.labelSelector);
    if (!d.options.fieldSelector.isEmpty())
        spec.query.addQueryItem(u"fieldSelector"_s, d.options.fieldSelector);
    return spec;
}

void KubeClient::drainWatch(WatchStream* stream)
{
    WatchStream::Private* d = stream->d.get();
    if (!d->running || !d->pipeline)
        return;
    QPointer<WatchStream> guard(stream);
    // As many events a turn as fit in the budget: a burst (a watch resumed after a pause,
    // a controller's pass over thousands of objects) must not freeze the window. The rest
    // follow at the next turn, in order; when the reply has ended, its finished() follows
    // its last event.
    const qint64 budgetNs = d->client ? qint64(d->client->m_watchTurnBudget.count()) : 0;
    QElapsedTimer turn;
    turn.start();
    for (bool first = true;; first = false) {
        if (!d->pipeline->hasItems()) {
            if (d->ended && d->pipeline->isDone())
                finishWatch(stream, d->endError);
            return;
        }
        if (!first && turn.nsecsElapsed() >= budgetNs) {
            queueDrain(stream);
            return;
        }
        const WatchDecoder::Item item = d->pipeline->take();
        if (item.kind == WatchDecoder::Item::Kind::Error) {
            finishWatch(stream, item.error);
            return;
        }
        const QString rv = item.event.resourceVersion();
        if (!rv.isEmpty())
            d->lastResourceVersion = rv;
        Q_EMIT stream->eventReceived(item.event);
        if (!guard || !d->running)
            return;
    }
}

void KubeClient::queueDrain(WatchStream* stream)
{
    WatchStream::Private* d = stream->d.get();
    if (d->drainQueued)
        return;
    d->drainQueued = true;
    QMetaObject::invokeMethod(
        stream,
        [stream] {
            stream->d->drainQueued = false;
            drainWatch(stream);
        },
        Qt::QueuedConnection);
}

void KubeClient::watchDataArrived(WatchStream* stream, QNetworkReply* reply, qint64 idleMs)
{
    WatchStream::Private* d = stream->d.get();
    if (d->status == 0)
        d->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (d->status != 200) {
        // An error body: read it whole at the end, if it is of a sane size.
        if (reply->bytesAvailable() > limits::kResponseBody.bytes())
            finishWatch(stream,
                ApiError::make(ApiError::Category::Decode,
                    limits::kResponseBody.exceededMessage(
                        tr("The server's error answer to watch %1").arg(d->spec.resource))));
        return;
    }
    d->timer->start(idleMs);
    d->pipeline->feed(reply->readAll()); // its events are emitted when they are decoded
}

void KubeClient::watchEnded(WatchStream* stream, QNetworkReply* reply)
{
    WatchStream::Private* d = stream->d.get();
    if (!d->running)
        return;
    d->reply = nullptr;
    reply->deleteLater();
    d->timer->stop();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcKube).noquote().nospace()
        << "WATCH " << d->spec.path << ' ' << status << " ended after " << d->clock.elapsed() << " ms";
    if (status == 200) {
        // Cut mid-stream: the caller re-watches from lastResourceVersion().
        const bool cut = reply->error() != QNetworkReply::NoError || d->timedOut;
        d->ended = true;
        d->endError = cut ? transportError(reply, d->sslErrors, d->timedOut) : ApiError {};
        d->pipeline->feed(remainingBody(reply));
        d->pipeline->finish(); // the last events, then finished(endError)
        return;
    }
    if (status == 0 || !RedirectGuard::refusedRedirect(reply).isEmpty()) {
        finishWatch(stream, transportError(reply, d->sslErrors, d->timedOut));
        return;
    }
    const ApiError error = ApiError::fromHttp(status, remainingBody(reply), reply->rawHeader("Retry-After"));
    if (retryUnauthorized(status, *d)) {
        beginWatch(stream);
        return;
    }
    finishWatch(stream, error);
}

void KubeClient::beginWatch(WatchStream* stream)
{
    if (!stream->d->running)
        return;
    auto sendWith = [this, stream](const Credential& credential) {
        WatchStream::Private* d = stream->d.get();
        d->status = 0;
        d->ended = false;
        d->endError = {};
        d->pipeline = std::make_unique<WatchPipeline>(stream,
            WatchPipeline::Options {limits::kWatchEvent.bytes(), d->options.itemTransform,
                d->options.encodeForStore ? d->kind.kind : QString()},
            [stream] { drainWatch(stream); });
        QNetworkReply* reply = sendAttempt(stream, *d, watchSpec(*d), credential);
        const qint64 idleMs = 1000LL
            * (d->options.timeoutSeconds > 0 ? d->options.timeoutSeconds + kWatchGraceSeconds
                                             : kWatchDefaultIdleSeconds);
        d->timer->start(std::max<qint64>(1, m_requestTimeout.count()));
        // Once the headers are in, the stream may stay silent until the next event.
        connect(reply, &QNetworkReply::metaDataChanged, stream, [d, idleMs] { d->timer->start(idleMs); });
        connect(reply, &QNetworkReply::readyRead, stream,
            [stream, reply, idleMs] { watchDataArrived(stream, reply, idleMs); });
        connect(
            reply, &QNetworkReply::finished, stream, [this, stream, reply] { watchEnded(stream, reply); });
    };
    authorize(
        stream, [stream] { return !stream->d->running; }, sendWith,
        [stream](const ApiError& error) { finishWatch(stream, error); });
}

} // namespace ase
