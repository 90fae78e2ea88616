// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/session/ClusterOperations.h"

#include "models/resources/MetaFields.h"
#include "models/resources/ResourceKind.h"

#include <utility>

namespace ase {

namespace {

/// The object without what every write changes (resourceVersion, generation, managed
/// fields) and without its status, which an apply does not write: equal before and after
/// means the apply changed nothing.
QJsonObject comparable(QJsonObject object)
{
    QJsonObject meta = metafield::of(object);
    for (const QLatin1StringView field : {QLatin1StringView("resourceVersion"),
             QLatin1StringView("generation"), QLatin1StringView("managedFields")})
        meta.remove(field);
    object.insert(QLatin1StringView("metadata"), meta);
    object.remove(QLatin1StringView("status"));
    return object;
}

/// Splits a store key ("namespace/name" or "name").
std::pair<QString, QString> splitKey(const QString& key)
{
    const QString ns = key.contains(u'/') ? key.section(u'/', 0, 0) : QString();
    return {ns, key.section(u'/', -1)};
}

} // namespace

QString ObjectOutcome::resourceName() const
{
    const ResourceKind resource = resourceKindByKind(kind);
    QString type = resource.isValid() ? resource.singular : kind.toLower();
    if (resource.isValid() && !resource.group.isEmpty())
        type += u'.' + resource.group;
    return type + u'/' + name;
}

QString ObjectOutcome::verbatim() const
{
    QString verb;
    switch (action) {
    case Action::Failed:
        return error().message();
    case Action::Created:
        verb = QStringLiteral("created");
        break;
    case Action::Configured:
        verb = QStringLiteral("configured");
        break;
    case Action::Unchanged:
        verb = QStringLiteral("unchanged");
        break;
    }
    return resourceName() + u' ' + verb + (dryRun ? QStringLiteral(" (server dry run)") : QString());
}

/// One dry run or apply: the manifests, what happened to each so far, whom to tell.
struct ClusterOperations::Batch
{
    QList<QJsonObject> manifests;
    ApplyOptions options;
    bool stopAtFailure = false;
    bool create = false; ///< POST instead of server-side apply
    QPointer<QObject> context;
    OutcomesCallback done;
    QList<ObjectOutcome> outcomes;
    PendingCalls::Id id = 0;
};

ClusterOperations::ClusterOperations(QObject* parent)
    : QObject(parent)
{ }

ClusterOperations::~ClusterOperations() = default;

ApiError ClusterOperations::notConnected()
{
    return ApiError::make(ApiError::Category::Config, tr("Not connected to a cluster."));
}

ApiError ClusterOperations::canceled()
{
    return ApiError::make(
        ApiError::Category::Canceled, tr("Canceled: the connection to the cluster was closed."));
}

ResourceKind ClusterOperations::kindOf(const QString& kind, ApiError* error)
{
    ResourceKind resource = resourceKindByKind(kind);
    if (kind.isEmpty())
        *error = ApiError::make(ApiError::Category::Config, tr("The manifest has no kind."));
    else if (!resource.isValid())
        *error = ApiError::make(ApiError::Category::Config,
            tr("%1 is not a kind of the cluster; it cannot be written or read through it.").arg(kind));
    return resource;
}

ApiError ClusterOperations::check(const QString& kind, ResourceKind* resource) const
{
    ApiError error;
    *resource = kindOf(kind, &error);
    if (error.ok() && !m_client)
        error = notConnected();
    return error;
}

void ClusterOperations::setClient(KubeClient* client)
{
    if (client == m_client)
        return;
    m_client = client;
    m_pending.cancelAll();
}

void ClusterOperations::dryRun(const QList<QJsonObject>& manifests, QObject* context, OutcomesCallback done)
{
    ApplyOptions options;
    options.dryRun = true;
    startBatch(manifests, options, false, context, std::move(done));
}

void ClusterOperations::apply(
    const QList<QJsonObject>& manifests, bool force, QObject* context, OutcomesCallback done)
{
    ApplyOptions options;
    options.force = force;
    startBatch(manifests, options, true, context, std::move(done));
}

void ClusterOperations::create(const QList<QJsonObject>& manifests, QObject* context, OutcomesCallback done)
{
    startBatch(manifests, {}, true, context, std::move(done), true);
}

void ClusterOperations::startBatch(const QList<QJsonObject>& manifests, const ApplyOptions& options,
    bool stopAtFailure, QObject* context, OutcomesCallback done, bool create)
{
    auto batch = std::make_shared<Batch>();
    batch->create = create;
    batch->manifests = manifests;
    batch->options = options;
    batch->stopAtFailure = stopAtFailure;
    batch->context = context;
    batch->done = std::move(done);
    batch->id = m_pending.add(context, [batch] {
        // The manifest in flight when the connection went is the one canceled.
        if (batch->outcomes.size() < batch->manifests.size())
            batch->outcomes.append(failedOutcome(
                batch->manifests.at(batch->outcomes.size()), batch->options.dryRun, canceled()));
        deliverLater(batch->context, [batch] { batch->done(batch->outcomes); });
    });
    deliverLater(this, [this, batch] { runBatch(batch); });
}

ObjectOutcome ClusterOperations::failedOutcome(
    const QJsonObject& manifest, bool dryRun, const ApiError& error)
{
    ObjectOutcome outcome;
    outcome.kind = manifest.value(QLatin1StringView("kind")).toString();
    outcome.name = metafield::name(manifest);
    outcome.ns = metafield::ns(manifest);
    outcome.dryRun = dryRun;
    outcome.result.error = error;
    return outcome;
}

void ClusterOperations::runBatch(std::shared_ptr<Batch> batch)
{
    if (!m_pending.isPending(batch->id))
        return;
    if (!batch->context) {
        m_pending.finish(batch->id);
        return;
    }
    const bool stopped
        = batch->stopAtFailure && !batch->outcomes.isEmpty() && !batch->outcomes.constLast().ok();
    if (stopped || batch->outcomes.size() == batch->manifests.size()) {
        if (m_pending.finish(batch->id))
            batch->done(batch->outcomes);
        return;
    }
    const QJsonObject manifest = batch->manifests.at(batch->outcomes.size());
    ObjectOutcome outcome = failedOutcome(manifest, batch->options.dryRun, {});
    ApiError error;
    const ResourceKind kind = kindOf(outcome.kind, &error);
    if (error.ok() && outcome.name.isEmpty())
        error = ApiError::make(ApiError::Category::Config, tr("The manifest has no metadata.name."));
    if (error.ok() && !m_client)
        error = notConnected();
    if (!error.ok()) {
        outcome.result.error = error;
        batch->outcomes.append(outcome);
        deliverLater(this, [this, batch] { runBatch(batch); });
        return;
    }
    if (!kind.namespaced)
        outcome.ns.clear();
    else if (outcome.ns.isEmpty())
        outcome.ns = m_client->connection().defaultNamespace;
    if (batch->create) {
        m_client->create(kind, manifest, WriteOptions {}, batch->context,
            [this, batch, outcome](const ObjectResult& result) mutable {
                if (!m_pending.isPending(batch->id))
                    return;
                outcome.result = result;
                outcome.action = result.ok() ? ObjectOutcome::Action::Created : ObjectOutcome::Action::Failed;
                batch->outcomes.append(outcome);
                runBatch(batch);
            });
        return;
    }
    // Read it first, so the outcome can say created, configured or unchanged.
    m_client->get(kind, outcome.ns, outcome.name, batch->context,
        [this, batch, kind, manifest, outcome](const ObjectResult& before) mutable {
            if (!m_pending.isPending(batch->id))
                return;
            if (!before.ok() && !before.error.isNotFound()) {
                outcome.result = before;
                batch->outcomes.append(outcome);
                runBatch(batch);
                return;
            }
            const bool existed = before.ok();
            const QJsonObject previous = comparable(before.object);
            m_client->apply(kind, manifest, batch->options, batch->context,
                [this, batch, outcome, existed, previous](const ObjectResult& result) mutable {
                    if (!m_pending.isPending(batch->id))
                        return;
                    outcome.result = result;
                    if (!result.ok())
                        outcome.action = ObjectOutcome::Action::Failed;
                    else if (!existed)
                        outcome.action = ObjectOutcome::Action::Created;
                    else if (comparable(result.object) == previous)
                        outcome.action = ObjectOutcome::Action::Unchanged;
                    else
                        outcome.action = ObjectOutcome::Action::Configured;
                    batch->outcomes.append(outcome);
                    runBatch(batch);
                });
        });
}

std::optional<PendingCalls::Id> ClusterOperations::beginCall(
    const QString& kind, ResourceKind* resource, QObject* context, ErrorCallback fail)
{
    if (const ApiError error = check(kind, resource); !error.ok()) {
        deliverLater(context, [fail = std::move(fail), error] { fail(error); });
        return std::nullopt;
    }
    return m_pending.add(context, [context, fail] { deliverLater(context, [fail] { fail(canceled()); }); });
}

void ClusterOperations::deleteObject(
    const QString& kind, const QString& key, const QString& uid, QObject* context, ErrorCallback done)
{
    ResourceKind resource;
    const std::optional<PendingCalls::Id> id = beginCall(kind, &resource, context, done);
    if (!id)
        return;
    const auto [ns, name] = splitKey(key);
    DeleteOptions options;
    options.preconditionUid = uid;
    m_client->remove(
        resource, ns, name, options, context, [this, id = *id, done](const ObjectResult& result) {
            if (m_pending.finish(id))
                done(result.error);
        });
}

void ClusterOperations::getObject(
    const QString& kind, const QString& ns, const QString& name, QObject* context, ObjectCallback done)
{
    ResourceKind resource;
    const std::optional<PendingCalls::Id> id
        = beginCall(kind, &resource, context, [done](const ApiError& error) { done({}, error); });
    if (!id)
        return;
    m_client->get(resource, ns, name, context, [this, id = *id, done](const ObjectResult& result) {
        if (m_pending.finish(id))
            done(result.object, result.error);
    });
}

void ClusterOperations::mergePatch(const QString& kind, const QString& ns, const QString& name,
    const QJsonObject& patch, QObject* context, ObjectCallback done)
{
    ResourceKind resource;
    const std::optional<PendingCalls::Id> id
        = beginCall(kind, &resource, context, [done](const ApiError& error) { done({}, error); });
    if (!id)
        return;
    m_client->mergePatch(resource, ns, name, patch, WriteOptions {}, context,
        [this, id = *id, done](const ObjectResult& result) {
            if (m_pending.finish(id))
                done(result.object, result.error);
        });
}

void ClusterOperations::listObjects(
    const QString& kind, const QString& ns, QObject* context, ObjectsCallback done)
{
    ResourceKind resource;
    const std::optional<PendingCalls::Id> id
        = beginCall(kind, &resource, context, [done](const ApiError& error) { done({}, error); });
    if (!id)
        return;
    listPage(resource, ns, {}, {}, *id, context, std::move(done));
}

void ClusterOperations::listPage(const ResourceKind& kind, const QString& ns, const QString& continueToken,
    QList<QJsonObject> collected, PendingCalls::Id id, QObject* context, ObjectsCallback done)
{
    ListOptions options;
    options.limit = kListPageSize;
    options.continueToken = continueToken;
    m_client->list(kind, ns, options, context,
        [this, kind, ns, collected = std::move(collected), id, context, done](
            const ListResult& page) mutable {
            if (!m_pending.isPending(id))
                return;
            if (!page.ok()) {
                m_pending.finish(id);
                done({}, page.error);
                return;
            }
            collected.append(page.items);
            if (page.hasMore()) {
                listPage(kind, ns, page.continueToken, std::move(collected), id, context, std::move(done));
                return;
            }
            m_pending.finish(id);
            done(collected, {});
        });
}

} // namespace ase
