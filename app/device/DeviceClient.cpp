// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/device/DeviceClient.h"

#include "app/device/ArmLro.h"
#include "app/device/HttpExchange.h"
#include "app/device/LroPoller.h"
#include "app/device/TokenProvider.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

constexpr int kMaxPages = 1000;
constexpr int kMaxThrottleRetries = 3;

QJsonObject parseObject(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).object();
}

bool sameId(const QString& a, const QString& b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

// ---------------------------------------------------------------------------------------
// DeviceOperation
// ---------------------------------------------------------------------------------------

struct DeviceOperation::Private
{
    QPointer<DeviceClient> client;
    QPointer<QObject> context;
    DeviceClient::Callback callback;
    QPointer<HttpExchange> exchange;
    QPointer<LroPoller> poller; ///< a long-running write's status polls
    QTimer* timer = nullptr; ///< retries of throttled reads
    QString description;
    QString status;
    int percent = -1;
    bool running = true;
    bool longRunning = false;

    /// Stops what is in flight: a scheduled retry, the status polls, the request.
    void halt()
    {
        timer->stop();
        if (poller)
            poller->stop();
        if (exchange)
            exchange->abort();
    }
};

DeviceOperation::DeviceOperation(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->timer = new QTimer(this);
    d->timer->setSingleShot(true);
}

DeviceOperation::~DeviceOperation()
{
    d->running = false;
    d->halt();
}

void DeviceOperation::abort()
{
    d->running = false;
    d->halt();
    deleteLater();
}

void DeviceOperation::cancel()
{
    if (!d->running)
        return;
    d->halt();
    ArmResult result;
    result.error = ArmError::make(ArmError::Category::Canceled,
        d->longRunning ? tr("Stopped following the operation. The device may still complete it; "
                            "refresh to see the outcome.")
                       : tr("The request was canceled."));
    if (d->client)
        d->client->deliver(this, result);
}

bool DeviceOperation::isRunning() const
{
    return d->running;
}

bool DeviceOperation::isLongRunning() const
{
    return d->longRunning;
}

QString DeviceOperation::status() const
{
    return d->status;
}

int DeviceOperation::percentComplete() const
{
    return d->percent;
}

QString DeviceOperation::description() const
{
    return d->description;
}

// ---------------------------------------------------------------------------------------
// DeviceClient
// ---------------------------------------------------------------------------------------

DeviceClient::DeviceClient(const DeviceProfile& profile, TokenProvider* tokens, QObject* parent)
    : QObject(parent)
    , m_profile(profile)
    , m_tokens(tokens)
    , m_nam(new QNetworkAccessManager(this))
{
    // Each request decides its redirects (HttpExchange, RedirectGuard): only within the origin.
    m_nam->setRedirectPolicy(QNetworkRequest::UserVerifiedRedirectPolicy);
}

DeviceClient::~DeviceClient()
{
    const auto operations = findChildren<DeviceOperation*>(Qt::FindDirectChildrenOnly);
    for (DeviceOperation* op : operations) {
        op->d->running = false;
        op->d->halt();
    }
}

QString DeviceClient::resourceId(const QString& collection, const QString& name) const
{
    return deviceId() + u'/' + collection + u'/' + name;
}

QUrl DeviceClient::urlFor(const QString& path) const
{
    QUrl url = m_profile.armEndpoint;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    QUrlQuery query;
    query.addQueryItem(u"api-version"_s, kApiVersion.toString());
    url.setQuery(query);
    return url;
}

DeviceOperation* DeviceClient::begin(const QString& description, QObject* context, Callback callback,
    std::function<void(DeviceOperation*)> first)
{
    auto* op = new DeviceOperation(this);
    op->d->client = this;
    op->d->context = context ? context : this;
    op->d->callback = std::move(callback);
    op->d->description = description;
    if (context && context != this)
        connect(context, &QObject::destroyed, op, &DeviceOperation::abort);
    // Always asynchronous: the caller holds the handle before anything calls back.
    QTimer::singleShot(0, op, [op, first = std::move(first)] {
        if (op->d->running)
            first(op);
    });
    return op;
}

void DeviceClient::deliver(DeviceOperation* op, ArmResult result)
{
    if (!op->d->running)
        return;
    op->d->running = false;
    op->d->timer->stop();
    const Callback callback = std::move(op->d->callback);
    const bool hasContext = !op->d->context.isNull();
    Q_EMIT op->finished(result);
    if (hasContext && callback)
        callback(result);
    op->deleteLater();
}

void DeviceClient::exchange(DeviceOperation* op, const QByteArray& method, const QUrl& url,
    const QByteArray& body, std::function<void(const HttpAnswer&, const ArmError&)> done, int attempt,
    bool reauthenticated)
{
    if (!m_tokens) {
        done({},
            ArmError::make(ArmError::Category::Credential,
                tr("No sign-in method is set for the device. Choose one in the connection dialog.")));
        return;
    }
    m_tokens->fetch(op, [=, this](const AccessToken& token, const ArmError& tokenError) {
        if (!op->d->running)
            return;
        if (tokenError) {
            done({}, tokenError);
            return;
        }
        QNetworkRequest request(url);
        request.setRawHeader("Authorization", "Bearer " + token.token.toUtf8());
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("accept-language", "en-US");
        request.setRawHeader("x-ms-client-request-id", QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
        request.setHeader(
            QNetworkRequest::UserAgentHeader, QStringLiteral("ase-storage-manager/" ASE_VERSION));
        if (!body.isEmpty() || method == "PUT" || method == "POST")
            request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        TransportFailure::Target target;
        target.server = url;
        target.origin = TransportFailure::Origin::DeviceProfile;
        target.caCertificates = m_profile.caCertificates();
        target.timeout = m_requestTimeout;
        if (url.scheme() == u"https" && !target.caCertificates.isEmpty()) {
            QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
            ssl.setCaCertificates(target.caCertificates);
            request.setSslConfiguration(ssl);
        }
        op->d->exchange = HttpExchange::send(
            m_nam, request, method, body, target, op, [=, this](const HttpAnswer& answer) {
                if (!op->d->running)
                    return;
                if (answer.error) {
                    done(answer, answer.error);
                    return;
                }
                if (answer.status < 400) {
                    done(answer, {});
                    return;
                }
                ArmError error = ArmError::fromHttp(answer.status, answer.body, answer.header("Retry-After"));
                if (error.isTokenRejected() && !reauthenticated && m_tokens && m_tokens->invalidate()) {
                    // Expired or revoked token: renew it and try once more.
                    exchange(op, method, url, body, done, attempt, true);
                    return;
                }
                if ((answer.status == 429 || answer.status == 503) && method == "GET"
                    && attempt < kMaxThrottleRetries) {
                    const auto delay = error.retryAfterSeconds > 0
                        ? std::chrono::milliseconds(error.retryAfterSeconds * 1000)
                        : std::min(m_pollInterval, std::chrono::milliseconds(2000));
                    pollLater(op, delay,
                        [=, this] { exchange(op, method, url, body, done, attempt + 1, reauthenticated); });
                    return;
                }
                done(answer, error);
            });
    });
}

void DeviceClient::pollLater(DeviceOperation* op, std::chrono::milliseconds delay, std::function<void()> poll)
{
    op->d->timer->disconnect(op);
    connect(op->d->timer, &QTimer::timeout, op, [op, poll = std::move(poll)] {
        if (op->d->running)
            poll();
    });
    op->d->timer->start(std::max<qint64>(0, delay.count()));
}

void DeviceClient::runGet(DeviceOperation* op, const QUrl& url, Next next)
{
    exchange(op, "GET", url, {}, [next](const HttpAnswer& answer, const ArmError& error) {
        ArmResult result;
        result.httpStatus = answer.status;
        result.error = error;
        if (result.ok()) {
            QJsonParseError pe;
            const QJsonDocument doc = QJsonDocument::fromJson(answer.body, &pe);
            if (pe.error != QJsonParseError::NoError || !doc.isObject())
                result.error = ArmError::make(ArmError::Category::Decode,
                    tr("The device's answer is not a JSON object."), pe.errorString());
            else
                result.resource = doc.object();
        }
        next(result);
    });
}

void DeviceClient::runList(DeviceOperation* op, const QUrl& url, ArmResult collected, Next next)
{
    runGet(op, url, [this, op, collected, next](ArmResult page) mutable {
        if (!page.ok()) {
            page.items = collected.items;
            page.pages = collected.pages;
            next(page);
            return;
        }
        const QJsonValue value = page.resource.value("value"_L1);
        if (!value.isArray()) {
            page.error = ArmError::make(ArmError::Category::Decode,
                tr("The device's answer is not a list (it has no \"value\" array)."));
            next(page);
            return;
        }
        for (const QJsonValue& item : value.toArray())
            collected.items.append(item.toObject());
        ++collected.pages;
        collected.httpStatus = page.httpStatus;
        const QString nextLink = page.resource.value("nextLink"_L1).toString();
        if (nextLink.isEmpty()) {
            next(collected);
            return;
        }
        if (collected.pages >= kMaxPages) {
            collected.error = ArmError::make(ArmError::Category::Decode,
                tr("The device's list did not end after %1 pages.").arg(kMaxPages));
            next(collected);
            return;
        }
        const QUrl nextUrl(nextLink);
        runList(
            op, nextUrl.isRelative() ? m_profile.armEndpoint.resolved(nextUrl) : nextUrl, collected, next);
    });
}

void DeviceClient::runLongRunning(DeviceOperation* op, const QByteArray& method, const QUrl& url,
    const QByteArray& body, const QUrl& finalGet, Next next)
{
    // A PUT reads the resource afterwards (finalGet); the other writes end with the result.
    auto finish = [this, op, finalGet, next](ArmResult done) {
        if (!done.ok() || !finalGet.isValid()) {
            next(done);
            return;
        }
        const int polls = done.polls;
        runGet(op, finalGet, [next, polls](ArmResult resource) {
            resource.polls = polls;
            next(resource);
        });
    };
    exchange(op, method, url, body, [=, this](const HttpAnswer& answer, const ArmError& error) {
        ArmResult result;
        result.httpStatus = answer.status;
        result.error = error;
        if (!result.ok()) {
            next(result);
            return;
        }
        const LroPlan plan = LroPlan::fromHeaders(url, answer.header("Azure-AsyncOperation"),
            answer.header("Location"), answer.header("Retry-After"));
        // Synchronous completion: 200/201 without a status URL, or 204.
        if (!plan.isLongRunning() || (answer.status != 202 && answer.status != 201)) {
            result.resource = parseObject(answer.body);
            finish(result);
            return;
        }
        followOperation(op, plan, finish);
    });
}

void DeviceClient::followOperation(DeviceOperation* op, const LroPlan& plan, Next finish)
{
    auto* poller = new LroPoller(
        plan,
        [this, op](const QUrl& statusUrl, LroPoller::Done done) {
            exchange(op, "GET", statusUrl, {}, std::move(done));
        },
        op);
    poller->setPollInterval(m_pollInterval);
    poller->setTimeout(m_operationTimeout);
    op->d->poller = poller;
    op->d->longRunning = true;
    connect(poller, &LroPoller::progress, op, [op](const QString& status, int percent) {
        op->d->status = status;
        op->d->percent = percent;
        Q_EMIT op->progress(status, percent);
    });
    connect(poller, &LroPoller::finished, op,
        [finish = std::move(finish)](const ArmResult& result) { finish(result); });
    poller->start();
}

DeviceOperation* DeviceClient::get(const QString& relativePath, QObject* context, Callback callback)
{
    const QUrl url = urlFor(relativePath.isEmpty() ? deviceId() : deviceId() + u'/' + relativePath);
    return begin(tr("Reading %1").arg(relativePath.isEmpty() ? m_profile.deviceName : relativePath), context,
        std::move(callback),
        [this, url](DeviceOperation* op) { runGet(op, url, [this, op](ArmResult r) { deliver(op, r); }); });
}

DeviceOperation* DeviceClient::list(const QString& relativePath, QObject* context, Callback callback)
{
    const QUrl url = urlFor(deviceId() + u'/' + relativePath);
    return begin(
        tr("Listing %1").arg(relativePath), context, std::move(callback), [this, url](DeviceOperation* op) {
            runList(op, url, {}, [this, op](ArmResult r) { deliver(op, r); });
        });
}

DeviceOperation* DeviceClient::getDevice(QObject* context, Callback callback)
{
    return get({}, context, std::move(callback));
}

DeviceOperation* DeviceClient::listShares(QObject* context, Callback callback)
{
    return list(u"shares"_s, context, std::move(callback));
}

DeviceOperation* DeviceClient::getShare(const QString& name, QObject* context, Callback callback)
{
    return get(u"shares/"_s + name, context, std::move(callback));
}

DeviceOperation* DeviceClient::listUsers(QObject* context, Callback callback)
{
    return list(u"users"_s, context, std::move(callback));
}

DeviceOperation* DeviceClient::listStorageAccountCredentials(QObject* context, Callback callback)
{
    return list(u"storageAccountCredentials"_s, context, std::move(callback));
}

DeviceOperation* DeviceClient::listRoles(QObject* context, Callback callback)
{
    return list(u"roles"_s, context, std::move(callback));
}

DeviceOperation* DeviceClient::write(const QString& description, const QString& collection,
    const QByteArray& method, const QString& path, const QJsonObject& body, bool finalGet, QObject* context,
    Callback callback)
{
    const QUrl url = urlFor(deviceId() + u'/' + path);
    const QByteArray payload = body.isEmpty() && method != "PUT"
        ? QByteArray()
        : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return begin(description, context, std::move(callback), [=, this](DeviceOperation* op) {
        runLongRunning(op, method, url, payload, finalGet ? url : QUrl(), [=, this](ArmResult r) {
            deliver(op, r);
            Q_EMIT collectionWritten(collection);
        });
    });
}

DeviceOperation* DeviceClient::createUser(
    const QString& name, const QJsonObject& user, QObject* context, Callback callback)
{
    return write(tr("Creating user %1").arg(name), u"users"_s, "PUT", u"users/"_s + name, user, true, context,
        std::move(callback));
}

DeviceOperation* DeviceClient::deleteUser(const QString& name, QObject* context, Callback callback)
{
    return write(tr("Deleting user %1").arg(name), u"users"_s, "DELETE", u"users/"_s + name, {}, false,
        context, std::move(callback));
}

DeviceOperation* DeviceClient::createStorageAccountCredential(
    const QString& name, const QJsonObject& credential, QObject* context, Callback callback)
{
    return write(tr("Creating storage account credential %1").arg(name), u"storageAccountCredentials"_s,
        "PUT", u"storageAccountCredentials/"_s + name, credential, true, context, std::move(callback));
}

DeviceOperation* DeviceClient::deleteStorageAccountCredential(
    const QString& name, QObject* context, Callback callback)
{
    return write(tr("Deleting storage account credential %1").arg(name), u"storageAccountCredentials"_s,
        "DELETE", u"storageAccountCredentials/"_s + name, {}, false, context, std::move(callback));
}

DeviceOperation* DeviceClient::getExtendedInformation(QObject* context, Callback callback)
{
    const QUrl url = urlFor(deviceId() + u"/getExtendedInformation"_s);
    return begin(tr("Reading the device's encryption certificate"), context, std::move(callback),
        [=, this](DeviceOperation* op) {
            runLongRunning(op, "POST", url, QByteArray(), QUrl(), [=, this](ArmResult r) { deliver(op, r); });
        });
}

DeviceOperation* DeviceClient::createShare(
    const QString& name, const QJsonObject& share, QObject* context, Callback callback)
{
    return write(tr("Creating share %1").arg(name), u"shares"_s, "PUT", u"shares/"_s + name, share, true,
        context, std::move(callback));
}

DeviceOperation* DeviceClient::deleteShare(const QString& name, QObject* context, Callback callback)
{
    return write(tr("Deleting share %1").arg(name), u"shares"_s, "DELETE", u"shares/"_s + name, {}, false,
        context, std::move(callback));
}

DeviceOperation* DeviceClient::refreshShare(const QString& name, QObject* context, Callback callback)
{
    return write(tr("Refreshing share %1").arg(name), u"shares"_s, "POST",
        u"shares/"_s + name + u"/refresh"_s, {}, false, context, std::move(callback));
}

DeviceOperation* DeviceClient::mountShare(const QString& shareName, QObject* context, Callback callback)
{
    return setMounted(shareName, true, context, std::move(callback));
}

DeviceOperation* DeviceClient::unmountShare(const QString& shareName, QObject* context, Callback callback)
{
    return setMounted(shareName, false, context, std::move(callback));
}

DeviceOperation* DeviceClient::setMounted(
    const QString& shareName, bool mounted, QObject* context, Callback callback)
{
    const QString description = mounted ? tr("Mounting share %1 for Kubernetes").arg(shareName)
                                        : tr("Unmounting share %1").arg(shareName);
    const QString shareId = resourceId(u"shares"_s, shareName);
    return begin(description, context, std::move(callback), [=, this](DeviceOperation* op) {
        runList(op, urlFor(deviceId() + u"/roles"_s), {}, [=, this](ArmResult roles) {
            if (!roles.ok()) {
                deliver(op, roles);
                return;
            }
            QJsonObject role;
            for (const QJsonObject& r : std::as_const(roles.items)) {
                if (r.value("kind"_L1).toString().compare(u"Kubernetes", Qt::CaseInsensitive) == 0) {
                    role = r;
                    break;
                }
            }
            if (role.isEmpty()) {
                ArmResult none;
                none.error = ArmError::make(ArmError::Category::Config,
                    tr("The device has no Kubernetes role. Configure Kubernetes on the device (compute) "
                       "before mounting shares for it."));
                deliver(op, none);
                return;
            }
            QJsonObject properties = role.value("properties"_L1).toObject();
            QJsonObject resources = properties.value("kubernetesRoleResources"_L1).toObject();
            QJsonObject storage = resources.value("storage"_L1).toObject();
            const QJsonArray endpoints = storage.value("endpoints"_L1).toArray();
            QJsonArray updated;
            bool present = false;
            for (const QJsonValue& e : endpoints) {
                const bool isShare = sameId(e.toObject().value("shareId"_L1).toString(), shareId);
                present = present || isShare;
                if (!isShare || mounted)
                    updated.append(e);
            }
            if (present == mounted) {
                ArmResult unchanged;
                unchanged.resource = role;
                unchanged.httpStatus = 200;
                deliver(op, unchanged);
                return;
            }
            if (mounted)
                updated.append(QJsonObject {{"shareId"_L1, shareId}});
            storage.insert("endpoints"_L1, updated);
            resources.insert("storage"_L1, storage);
            properties.insert("kubernetesRoleResources"_L1, resources);
            const QJsonObject body {{"kind"_L1, role.value("kind"_L1)}, {"properties"_L1, properties}};
            const QString roleName = role.value("name"_L1).toString();
            const QUrl url = urlFor(deviceId() + u"/roles/"_s + roleName);
            runLongRunning(op, "PUT", url, QJsonDocument(body).toJson(QJsonDocument::Compact), url,
                [=, this](ArmResult r) {
                    deliver(op, r);
                    Q_EMIT collectionWritten(u"roles"_s);
                    Q_EMIT collectionWritten(u"shares"_s);
                });
        });
    });
}

} // namespace ase
