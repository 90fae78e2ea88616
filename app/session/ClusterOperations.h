// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/kube/ApiError.h"
#include "app/kube/KubeClient.h"
#include "app/session/PendingCalls.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace ase {

/// What a dry run or an apply did to one manifest.
struct ObjectOutcome
{
    enum class Action {
        Created, ///< the object did not exist (a dry run: would be created)
        Configured, ///< it existed and the apply changed it (would change it)
        Unchanged, ///< it existed and the apply changed nothing
        Failed, ///< refused, or not sent (see error())
    };

    QString kind; ///< "PersistentVolumeClaim", as the manifest says
    QString ns; ///< the namespace written to; empty for a cluster-scoped kind
    QString name;
    bool dryRun = false;
    Action action = Action::Failed;
    /// The server's answer: the object as stored (for a dry run: as it would be), or the
    /// error (server Status, transport failure, "not connected", canceled...).
    ObjectResult result;

    bool ok() const { return action != Action::Failed; }
    const ApiError& error() const { return result.error; }
    /// kubectl's name of the object: "persistentvolumeclaim/data",
    /// "storageclass.storage.k8s.io/fast".
    QString resourceName() const;
    /// kubectl's line for it, untranslated like kubectl's output (scripts read it):
    /// "persistentvolumeclaim/data created (server dry run)", "... configured",
    /// "... unchanged"; for a failure the server's Status message as it sent it.
    ///
    /// The wording is `kubectl apply --dry-run=server`'s (created / configured / unchanged),
    /// not `kubectl apply --server-side`'s ("serverside-applied" for every object): the
    /// session reads each object before applying it, so it can say which of the three
    /// happened, which is what the user wants to know.
    QString verbatim() const;
};

/// The cluster's one-shot operations of a Session: server-side apply (and its dry run),
/// guarded delete, list and get. One KubeClient at a time, set by the Session.
///
/// Every call is asynchronous and ends with exactly one callback, after the call returned:
/// not connected → an ApiError of Category::Config; the connection dropped or replaced
/// meanwhile → Category::Canceled. The callback is not made when `context` (not null) is
/// destroyed first (the requests are then aborted).
///
/// Dry run and apply read each object (GET) just before applying it, to tell created,
/// configured and unchanged apart (ObjectOutcome::verbatim()); a 404 there means "create".
class ClusterOperations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterOperations)

public:
    using OutcomesCallback = std::function<void(const QList<ObjectOutcome>& outcomes)>;
    using ErrorCallback = std::function<void(const ApiError& error)>;
    using ObjectsCallback = std::function<void(const QList<QJsonObject>& objects, const ApiError& error)>;
    using ObjectCallback = std::function<void(const QJsonObject& object, const ApiError& error)>;

    explicit ClusterOperations(QObject* parent = nullptr);
    ~ClusterOperations() override;

    bool isConnected() const { return m_client != nullptr; }

    /// Server-side apply of each manifest with dryRun=All, one after the other in order,
    /// every one of them even after a failure: one outcome per manifest, nothing stored.
    void dryRun(const QList<QJsonObject>& manifests, QObject* context, OutcomesCallback done);
    /// Server-side apply of each manifest (fieldManager "ase-storage-manager"), in order,
    /// stopping at the first failure (its outcome is the last). A field another manager
    /// owns fails with error().isApplyConflict() (see ApiError::applyConflicts()) unless
    /// `force` takes it over.
    void apply(const QList<QJsonObject>& manifests, bool force, QObject* context, OutcomesCallback done);
    /// Creates each manifest (POST, as `kubectl create`), in order, stopping at the first
    /// failure; an object that exists already fails with AlreadyExists (409).
    void create(const QList<QJsonObject>& manifests, QObject* context, OutcomesCallback done);
    /// Deletes the object `key` ("namespace/name" or "name") of a cluster kind. With a
    /// `uid`, only that incarnation: a namesake created meanwhile is refused with 409
    /// ("Precondition failed: UID in precondition: ..."). A kind that is not the cluster's
    /// (a device Share) fails with Category::Config, nothing sent.
    void deleteObject(
        const QString& kind, const QString& key, const QString& uid, QObject* context, ErrorCallback done);
    /// Every object of a kind (all pages), in namespace `ns` (empty: all namespaces).
    void listObjects(const QString& kind, const QString& ns, QObject* context, ObjectsCallback done);
    /// One object; `ns` empty: the connection's default namespace (for a namespaced kind).
    void getObject(
        const QString& kind, const QString& ns, const QString& name, QObject* context, ObjectCallback done);
    /// A JSON merge patch (RFC 7386) of one object (`ns` empty for a cluster-scoped kind):
    /// `{"spec":{"claimRef":null}}` makes a Released volume Available again.
    void mergePatch(const QString& kind, const QString& ns, const QString& name, const QJsonObject& patch,
        QObject* context, ObjectCallback done);

private:
    friend class Session;
    struct Batch;

    /// The Session's client (null: not connected). Ends the calls pending on the previous one.
    void setClient(KubeClient* client);
    void startBatch(const QList<QJsonObject>& manifests, const ApplyOptions& options, bool stopAtFailure,
        QObject* context, OutcomesCallback done, bool create = false);
    /// Sends the batch's next manifest (GET, then apply), or reports when all are done or
    /// one failed in a batch that stops at failures.
    void runBatch(std::shared_ptr<Batch> batch);
    void listPage(const ResourceKind& kind, const QString& ns, const QString& continueToken,
        QList<QJsonObject> collected, PendingCalls::Id id, QObject* context, ObjectsCallback done);
    static ObjectOutcome failedOutcome(const QJsonObject& manifest, bool dryRun, const ApiError& error);
    /// Checks a kind name: its ResourceKind, or an error to report.
    static ResourceKind kindOf(const QString& kind, ApiError* error);
    /// kindOf(), and whether a client is connected: the error to report, or ok().
    ApiError check(const QString& kind, ResourceKind* resource) const;
    /// The start of a call on one kind: check()s it and registers the call as pending. The
    /// call's id, or nullopt when it cannot start; `fail` then gets the error (later, at
    /// `context`), as it does Canceled when the call is dropped while pending.
    std::optional<PendingCalls::Id> beginCall(
        const QString& kind, ResourceKind* resource, QObject* context, ErrorCallback fail);
    static ApiError notConnected();
    static ApiError canceled();

    static constexpr int kListPageSize = 500; ///< as kubectl's --chunk-size

    KubeClient* m_client = nullptr;
    PendingCalls m_pending;
};

} // namespace ase
