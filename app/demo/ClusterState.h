// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demo/ApiErrors.h"
#include "app/demo/FieldValidation.h"
#include "models/resources/ResourceKind.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <deque>
#include <functional>
#include <optional>

namespace ase::demo {

/// The type of a change, as a watch event names it ("ADDED", "MODIFIED", "DELETED").
enum class ChangeType { Added, Modified, Deleted };
QString changeTypeName(ChangeType type);

/// One stored change: what a watch sends and what controllers react to.
struct ChangeEvent
{
    ChangeType type = ChangeType::Added;
    ResourceKind kind;
    QJsonObject object; ///< the object after the change (DELETED: its last state)
    qint64 resourceVersion = 0; ///< the RV this change produced
    /// The stored object before the change (empty for ADDED): what a list at an earlier
    /// resourceVersion still shows (continue tokens read the snapshot through it).
    QJsonObject previous;
};

/// Options of every write. `dryRun` runs everything (defaulting, admission, validation,
/// conflict checks, managed fields) and stores nothing; no change is emitted.
struct WriteOptions
{
    bool dryRun = false;
    /// Manager recorded in managedFields; required for apply. Empty on create/update →
    /// no managedFields entry is written.
    QString fieldManager;
    /// Apply only: take over fields owned by other managers instead of failing.
    bool force = false;
    /// The write carries `status` (controllers, seed): status is taken from the object
    /// as given. Otherwise, for kinds with a status subresource, create resets status
    /// (the defaulting hooks fill phases) and update keeps the stored status.
    bool writeStatus = false;
    /// Write to the `/status` subresource: only `status` of the given object is taken.
    bool statusSubresource = false;
    /// Unknown fields of the body (create, update) or of the patched object (patch, apply)
    /// are dropped and, by this directive, refused or warned about, as the API server's
    /// decoding does. nullopt: the body is taken as given (controllers, the seed scenario).
    std::optional<FieldValidation> fieldValidation;
    /// Fields the request body holds twice ("spec.replicas"), found by the HTTP layer.
    QStringList duplicateFields;
    /// Where a Warn directive puts its warnings (each one a `Warning` header); may be null.
    QStringList* warnings = nullptr;
};

/// Options of a delete (DeleteOptions).
struct DeleteOptions
{
    bool dryRun = false;
    QString preconditionUid; ///< preconditions.uid; empty: none
    QString preconditionResourceVersion; ///< preconditions.resourceVersion; empty: none
    QString propagationPolicy; ///< accepted: Orphan, Background, Foreground
    std::optional<qint64> gracePeriodSeconds;
};

/// Options of a list.
struct ListOptions
{
    QString ns; ///< namespace; empty: all namespaces (and always for cluster-scoped kinds)
    /// Selector hook: only objects for which it returns true (label and field selectors
    /// are compiled into it by the HTTP layer; see LabelSelector/FieldSelector).
    std::function<bool(const QJsonObject&)> filter;
    qint64 limit = 0; ///< 0: no limit
    QString continueToken; ///< from a previous page; opaque
};

/// One page of a list.
struct ListPage
{
    QList<QJsonObject> items; ///< full objects, with kind and apiVersion
    qint64 resourceVersion = 0; ///< of the snapshot the pages come from
    QString continueToken; ///< non-empty when more pages exist
    std::optional<qint64> remainingItemCount; ///< set without a filter when more remain
};

/// The outcome of a successful write.
struct WriteOutcome
{
    QJsonObject object; ///< the object as stored (or as it would be, with dryRun)
    bool created = false; ///< create, or apply that created → HTTP 201
    bool removed = false; ///< delete that removed the object (not only marked Terminating)
};

/// What an admission plug-in sees.
struct AdmissionRequest
{
    enum class Operation { Create, Update, Delete };
    Operation operation = Operation::Create;
    ResourceKind kind;
    QJsonObject* object = nullptr; ///< the new object; mutating hooks may edit it
    const QJsonObject* oldObject = nullptr; ///< the stored object on Update/Delete
    bool dryRun = false;
    bool subresourceStatus = false;
};

/// The in-memory Kubernetes object store of the demo device: objects per kind (the table
/// of models/resources/ResourceKind.h), keyed by namespace/name, stored as the JSON the
/// API serves. It implements the API machinery that does not depend on HTTP:
///
/// - one increasing resourceVersion counter across the whole server, set as
///   `metadata.resourceVersion` (a decimal string) on every stored write;
/// - uid (UUID), creationTimestamp (RFC 3339, seconds, UTC), generation (1 on create,
///   +1 when anything but metadata/status changes), generateName;
/// - create / update (409 Conflict on a stale resourceVersion) / delete (finalizers →
///   deletionTimestamp; the object stays Terminating until an update empties
///   `metadata.finalizers`, then it is removed) / JSON merge patch / server-side apply
///   (create if absent; fieldManager required; managedFields with conflicts reported as
///   Kubernetes does, 409 with FieldManagerConflict causes);
/// - dryRun on every write;
/// - per-kind defaulting hooks, mutating admission hooks and validation hooks (422 with
///   causes); built-in validation of metadata (names, namespaces, labels);
/// - the `changed` signal after every stored write, and a bounded history of changes for
///   watch resume ("too old resource version: X (Y)", 410 Expired, when expired);
/// - a controller API: read-modify-write, status writes, finalizer removal and core/v1
///   Events recorded like client-go's recorder.
///
/// Single-threaded: use it from the thread that owns it (the server's thread).
/// `changed` is emitted synchronously from inside the write; a controller that writes in
/// reaction must connect with Qt::QueuedConnection (or coalesce with a timer) so that its
/// write does not nest inside another one.
class ClusterState final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterState)

public:
    using Defaulter = std::function<void(QJsonObject& object)>;
    /// Returns an error to reject the request (Forbidden, Invalid...). May edit *object.
    using MutatingAdmission = std::function<std::optional<ApiStatus>(AdmissionRequest& request)>;
    /// Returns the field errors of the object; empty = valid. oldObject is null on create.
    using Validator
        = std::function<QList<FieldError>(const QJsonObject& object, const QJsonObject* oldObject)>;

    explicit ClusterState(QObject* parent = nullptr);
    ~ClusterState() override;

    // ---- configuration -------------------------------------------------------------

    /// Length of the change history kept for watch resume (default 10000; minimum 1).
    void setHistoryLimit(int events);
    int historyLimit() const { return m_historyLimit; }
    /// Clock for timestamps (tests); default QDateTime::currentDateTimeUtc.
    void setClock(std::function<QDateTime()> clock);
    QDateTime now() const;

    /// Hooks per kind (by Kind name, e.g. "PersistentVolumeClaim"); several may be added,
    /// they run in the order added. Order of a write: decode → defaulters → mutating
    /// admission → built-in metadata validation + validators → conflict check → store.
    void addDefaulter(const QString& kind, Defaulter defaulter);
    void addMutatingAdmission(const QString& kind, MutatingAdmission admission);
    void addValidator(const QString& kind, Validator validator);

    // ---- reads ---------------------------------------------------------------------

    /// The stored object or 404 NotFound.
    ApiResult<QJsonObject> get(const ResourceKind& kind, const QString& ns, const QString& name) const;
    /// The stored object or nullopt (controllers).
    std::optional<QJsonObject> find(const ResourceKind& kind, const QString& ns, const QString& name) const;
    /// Every object of a kind (in a namespace, or all when ns is empty), in key order.
    QList<QJsonObject> objects(const ResourceKind& kind, const QString& ns = {}) const;
    /// One page of a list; pages of one list form a consistent snapshot at the first page's
    /// resourceVersion. The continue token holds that version and the last key returned, as
    /// Kubernetes' does: the next page seeks to the key (O(log n)) and reads the objects
    /// changed since from the history, so a page costs O(page + changes since the list
    /// began), whatever its position. A token whose version the history no longer reaches
    /// (older than oldestResumableVersion(), like an etcd compaction) → 410 Expired with
    /// Kubernetes' message; a token that does not decode → 400.
    ApiResult<ListPage> list(const ResourceKind& kind, const ListOptions& options);
    /// Number of objects of a kind.
    qsizetype count(const ResourceKind& kind) const;

    /// The latest resourceVersion handed out.
    qint64 resourceVersion() const { return m_resourceVersion; }

    // ---- writes (API semantics) ------------------------------------------------------

    /// POST. The namespace comes from the path (ns) and must match metadata.namespace if
    /// given. 409 AlreadyExists, 404 when the namespace does not exist, 422 Invalid.
    ApiResult<WriteOutcome> create(
        const ResourceKind& kind, const QString& ns, QJsonObject object, const WriteOptions& options = {});
    /// PUT. metadata.resourceVersion, when given, must equal the stored one (409 Conflict);
    /// absent → unconditional update. Name in the body must match the path.
    ApiResult<WriteOutcome> update(const ResourceKind& kind, const QString& ns, const QString& name,
        QJsonObject object, const WriteOptions& options = {});
    /// The two patches that merge an object into the stored one.
    enum class MergeType {
        Json, ///< application/merge-patch+json (RFC 7386)
        Strategic, ///< application/strategic-merge-patch+json (see jsonpatch::strategicMergePatch)
    };
    /// PATCH with a merge patch or a strategic merge patch.
    ApiResult<WriteOutcome> mergePatch(const ResourceKind& kind, const QString& ns, const QString& name,
        const QJsonObject& patch, const WriteOptions& options = {}, MergeType type = MergeType::Json);
    /// PATCH application/json-patch+json (RFC 6902).
    ApiResult<WriteOutcome> jsonPatch(const ResourceKind& kind, const QString& ns, const QString& name,
        const QJsonArray& patch, const WriteOptions& options = {});
    /// PATCH application/apply-patch+yaml (server-side apply): creates when absent.
    /// options.fieldManager is required (422 on PatchOptions.meta.k8s.io otherwise).
    ApiResult<WriteOutcome> apply(const ResourceKind& kind, const QString& ns, const QString& name,
        const QJsonObject& configuration, const WriteOptions& options);
    /// DELETE. With finalizers: sets deletionTimestamp, returns the object (removed=false).
    ApiResult<WriteOutcome> remove(
        const ResourceKind& kind, const QString& ns, const QString& name, const DeleteOptions& options = {});

    // ---- controller API --------------------------------------------------------------

    /// Read-modify-write of the whole object (spec, status, metadata) without a
    /// resourceVersion check; `edit` returns false to leave the object alone (then the
    /// result is the unchanged object). Runs validation; removes an object whose last
    /// finalizer is dropped while it is Terminating.
    ApiResult<WriteOutcome> modify(const ResourceKind& kind, const QString& ns, const QString& name,
        const std::function<bool(QJsonObject&)>& edit, const QString& fieldManager = {});
    /// Replaces `status` of the object (the controller's status write).
    ApiResult<WriteOutcome> writeStatus(
        const ResourceKind& kind, const QString& ns, const QString& name, const QJsonObject& status);
    /// Removes one finalizer (no-op if absent); removes the object when it was the last one
    /// of a Terminating object.
    ApiResult<WriteOutcome> removeFinalizer(
        const ResourceKind& kind, const QString& ns, const QString& name, const QString& finalizer);
    /// Records a core/v1 Event about `involvedObject` (a stored object of `kind`) like
    /// client-go's recorder: name `<obj>.<hex unixnano>`, namespace of the object or
    /// `default` for cluster-scoped objects, source.component, first/lastTimestamp, count 1;
    /// an identical repeat (same object, type, reason, message, component) is patched
    /// instead (count+1, lastTimestamp). type is "Normal" or "Warning".
    ApiResult<WriteOutcome> recordEvent(const ResourceKind& kind, const QJsonObject& involvedObject,
        const QString& type, const QString& reason, const QString& message,
        const QString& component = QStringLiteral("persistentvolume-controller"));

    // ---- watch support ---------------------------------------------------------------

    /// Changes of `kind` after `resourceVersion` (exclusive), oldest first. 410 Expired
    /// "too old resource version: X (Y)" when the history no longer reaches back to it.
    ApiResult<QList<ChangeEvent>> changesSince(const ResourceKind& kind, qint64 resourceVersion) const;
    /// Oldest resourceVersion from which a watch can still resume (all changes after it
    /// are kept).
    qint64 oldestResumableVersion() const;

    // ---- helpers shared with the HTTP layer ------------------------------------------

    /// "ns/name" or "name".
    static QString key(const ResourceKind& kind, const QString& ns, const QString& name);
    /// RFC 3339 with seconds, UTC ("2026-11-29T14:20:00Z").
    static QString timestamp(const QDateTime& time);
    /// True when the kind has a /status subresource (status is ignored by plain writes).
    static bool hasStatusSubresource(const ResourceKind& kind);

signals:
    /// After every stored write (never for dryRun). Synchronous; see the class comment.
    void changed(const ase::demo::ChangeEvent& event);

private:
    struct KindStore;

    KindStore& store(const ResourceKind& kind);
    const KindStore* storeOf(const ResourceKind& kind) const;
    /// A list snapshot's differences from the stored objects: per key after @p startAfter in
    /// the range, the object as it was at @p resourceVersion (empty: it did not exist yet).
    QMap<QString, QJsonObject> objectsBefore(const ResourceKind& kind, qint64 resourceVersion,
        const QString& startAfter, const QString& prefix) const;
    ApiResult<WriteOutcome> writeUpdate(const ResourceKind& kind, const QJsonObject& current,
        QJsonObject updated, const WriteOptions& options, const QString& operation,
        bool checkResourceVersion);
    ApiResult<WriteOutcome> replaceWith(const ResourceKind& kind, const QJsonObject& current,
        QJsonObject object, const WriteOptions& options, bool checkResourceVersion);
    /// The end of a merge or JSON patch: checks the patched object as a patch body, keeps the
    /// URL's name and namespace, and replaces the current object with it.
    ApiResult<WriteOutcome> replacePatched(const ResourceKind& kind, const QString& ns, const QString& name,
        const QJsonObject& current, QJsonObject patched, const WriteOptions& options);
    ApiResult<WriteOutcome> finalizeRemoval(const ResourceKind& kind, QJsonObject object);
    void finalizeNamespaceIfEmpty(const QString& ns);
    ApiResult<WriteOutcome> storeNew(
        const ResourceKind& kind, QJsonObject object, const WriteOptions& options, const QString& operation);
    /// How checkFields words a Strict refusal: as the decoding of a create or update body,
    /// of a patched object, or of a server-side apply configuration.
    enum class Decoding { Body, Patch, Apply };
    /// Drops the unknown fields of @p object and applies options.fieldValidation to them
    /// and to options.duplicateFields: an error for Strict, warnings for Warn. With the
    /// stored object of a patch (@p current), only the fields the patch adds count.
    static std::optional<ApiStatus> checkFields(const ResourceKind& kind, QJsonObject& object,
        const WriteOptions& options, Decoding decoding, const QJsonObject* current = nullptr);
    std::optional<ApiStatus> admit(AdmissionRequest& request);
    QList<FieldError> validate(
        const ResourceKind& kind, const QJsonObject& object, const QJsonObject* oldObject) const;
    void commit(
        const ResourceKind& kind, ChangeType type, const QJsonObject& object, const QJsonObject& previous);
    qint64 nextResourceVersion();

    QHash<QString, KindStore*> m_stores; ///< by Kind name; owned
    QHash<QString, QList<Defaulter>> m_defaulters;
    QHash<QString, QList<MutatingAdmission>> m_mutating;
    QHash<QString, QList<Validator>> m_validators;
    std::deque<ChangeEvent> m_history;
    QHash<QString, QString> m_eventKeys; ///< event dedup key → event name
    int m_historyLimit = 10000;
    qint64 m_trimmedUpTo = 0; ///< resourceVersion of the last change dropped from history
    qint64 m_resourceVersion = 0;
    qint64 m_lastEventNanos = 0;
    std::function<QDateTime()> m_clock;
};

} // namespace ase::demo
