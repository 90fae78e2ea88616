// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/ClusterState.h"

#include "app/demo/JsonPatch.h"
#include "app/demo/ManagedFields.h"
#include "app/demo/ObjectValidation.h"
#include "app/demo/OpenApiDocuments.h"
#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ase::demo {

struct ClusterState::KindStore
{
    ResourceKind kind;
    QMap<QString, QJsonObject> objects; ///< by key(): sorted like etcd keys
};

namespace {

const ResourceKind& namespaceKind()
{
    static const ResourceKind kind = resourceKindByKind(kindname::Namespace);
    return kind;
}

const ResourceKind& eventKind()
{
    static const ResourceKind kind = resourceKindByKind(kindname::Event);
    return kind;
}

void setMetadata(QJsonObject& object, const QString& key, const QJsonValue& value)
{
    QJsonObject meta = metafield::of(object);
    if (value.isUndefined())
        meta.remove(key);
    else
        meta.insert(key, value);
    object.insert("metadata"_L1, meta);
}

/// Everything but metadata and status: what generation counts.
QJsonObject specPart(QJsonObject object)
{
    object.remove("metadata"_L1);
    object.remove("status"_L1);
    return object;
}

/// The object with resourceVersion and managedFields times dropped: two objects equal
/// under this are the same write (a no-op update does not bump the resourceVersion).
QJsonObject comparable(QJsonObject object)
{
    QJsonObject meta = metafield::of(object);
    meta.remove("resourceVersion"_L1);
    QJsonArray fields = meta.value("managedFields"_L1).toArray();
    for (qsizetype i = 0; i < fields.size(); ++i) {
        QJsonObject e = fields.at(i).toObject();
        e.remove("time"_L1);
        fields.replace(i, e);
    }
    if (!fields.isEmpty())
        meta.insert("managedFields"_L1, fields);
    object.insert("metadata"_L1, meta);
    return object;
}

QString randomSuffix()
{
    static const QString alphabet = u"bcdfghjklmnpqrstvwxz2456789"_s;
    QString s;
    for (int i = 0; i < 5; ++i)
        s += alphabet.at(QRandomGenerator::global()->bounded(static_cast<int>(alphabet.size())));
    return s;
}

/// 400 when apiVersion/kind in a body do not match the endpoint.
std::optional<ApiStatus> checkTypeMeta(const ResourceKind& kind, QJsonObject& object)
{
    const QString apiVersion = object.value("apiVersion"_L1).toString();
    const QString k = object.value("kind"_L1).toString();
    if (!apiVersion.isEmpty() && apiVersion != kind.apiVersion())
        return errors::badRequest(
            u"the API version in the data (%1) does not match the expected API version (%2)"_s.arg(
                apiVersion, kind.apiVersion()));
    if (!k.isEmpty() && k != kind.kind)
        return errors::badRequest(
            u"the kind in the data (%1) does not match the expected kind (%2)"_s.arg(k, kind.kind));
    object.insert("apiVersion"_L1, kind.apiVersion());
    object.insert("kind"_L1, kind.kind);
    return std::nullopt;
}

/// Namespace in the body vs the path; cluster-scoped objects lose a namespace.
std::optional<ApiStatus> checkNamespace(const ResourceKind& kind, const QString& ns, QJsonObject& object)
{
    QJsonObject meta = metafield::of(object);
    if (kind.namespaced) {
        const QString bodyNs = meta.value("namespace"_L1).toString();
        if (bodyNs.isEmpty())
            meta.insert("namespace"_L1, ns);
        else if (!ns.isEmpty() && bodyNs != ns)
            return errors::badRequest(
                u"the namespace of the provided object does not match the namespace sent on the request"_s);
    } else {
        meta.remove("namespace"_L1);
    }
    object.insert("metadata"_L1, meta);
    return std::nullopt;
}

} // namespace

QString changeTypeName(ChangeType type)
{
    switch (type) {
    case ChangeType::Added:
        return u"ADDED"_s;
    case ChangeType::Modified:
        return u"MODIFIED"_s;
    case ChangeType::Deleted:
        return u"DELETED"_s;
    }
    return {};
}

ClusterState::ClusterState(QObject* parent)
    : QObject(parent)
    , m_clock([] { return QDateTime::currentDateTimeUtc(); })
{
    for (const ResourceKind& kind : knownResourceKinds())
        m_stores.insert(kind.kind, new KindStore {kind, {}});

    // Namespaces as the API server and its admission keep them.
    addDefaulter(kindname::Namespace, [](QJsonObject& ns) {
        QJsonObject spec = ns.value("spec"_L1).toObject();
        if (!spec.contains("finalizers"_L1))
            spec.insert("finalizers"_L1, QJsonArray {u"kubernetes"_s});
        ns.insert("spec"_L1, spec);
        QJsonObject status = ns.value("status"_L1).toObject();
        if (!status.contains("phase"_L1))
            status.insert("phase"_L1, u"Active"_s);
        ns.insert("status"_L1, status);
        QJsonObject meta = metafield::of(ns);
        QJsonObject labels = meta.value("labels"_L1).toObject();
        labels.insert("kubernetes.io/metadata.name"_L1, meta.value("name"_L1));
        meta.insert("labels"_L1, labels);
        ns.insert("metadata"_L1, meta);
    });

    // The namespaces every cluster starts with.
    for (const QString& name : {u"default"_s, u"kube-node-lease"_s, u"kube-public"_s, u"kube-system"_s}) {
        WriteOptions options;
        options.writeStatus = true;
        create(namespaceKind(), {}, QJsonObject {{"metadata"_L1, QJsonObject {{"name"_L1, name}}}}, options);
    }
}

ClusterState::~ClusterState()
{
    qDeleteAll(m_stores);
}

void ClusterState::setHistoryLimit(int events)
{
    m_historyLimit = std::max(1, events);
    while (m_history.size() > static_cast<size_t>(m_historyLimit)) {
        m_trimmedUpTo = m_history.front().resourceVersion;
        m_history.pop_front();
    }
}

void ClusterState::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

QDateTime ClusterState::now() const
{
    return m_clock();
}

void ClusterState::addDefaulter(const QString& kind, Defaulter defaulter)
{
    m_defaulters[kind].append(std::move(defaulter));
}

void ClusterState::addMutatingAdmission(const QString& kind, MutatingAdmission admission)
{
    m_mutating[kind].append(std::move(admission));
}

void ClusterState::addValidator(const QString& kind, Validator validator)
{
    m_validators[kind].append(std::move(validator));
}

QString ClusterState::key(const ResourceKind& kind, const QString& ns, const QString& name)
{
    return kind.namespaced ? QString(ns + u'/' + name) : name;
}

QString ClusterState::timestamp(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODate);
}

bool ClusterState::hasStatusSubresource(const ResourceKind& kind)
{
    return kind.kind != kindname::Event && kind.kind != kindname::StorageClass && kind.kind != u"ConfigMap"
        && kind.kind != kindname::Secret;
}

ClusterState::KindStore& ClusterState::store(const ResourceKind& kind)
{
    return *m_stores.value(kind.kind);
}

const ClusterState::KindStore* ClusterState::storeOf(const ResourceKind& kind) const
{
    return m_stores.value(kind.kind);
}

// ---- reads --------------------------------------------------------------------------

ApiResult<QJsonObject> ClusterState::get(
    const ResourceKind& kind, const QString& ns, const QString& name) const
{
    if (std::optional<QJsonObject> o = find(kind, ns, name))
        return *o;
    return errors::notFound(kind, name);
}

std::optional<QJsonObject> ClusterState::find(
    const ResourceKind& kind, const QString& ns, const QString& name) const
{
    const KindStore* s = storeOf(kind);
    if (!s)
        return std::nullopt;
    const auto it = s->objects.constFind(key(kind, ns, name));
    if (it == s->objects.cend())
        return std::nullopt;
    return *it;
}

QList<QJsonObject> ClusterState::objects(const ResourceKind& kind, const QString& ns) const
{
    QList<QJsonObject> out;
    const KindStore* s = storeOf(kind);
    if (!s)
        return out;
    if (!kind.namespaced || ns.isEmpty())
        return s->objects.values();
    const QString prefix = ns + u'/';
    for (auto it = s->objects.lowerBound(prefix); it != s->objects.cend() && it.key().startsWith(prefix);
         ++it)
        out.append(it.value());
    return out;
}

qsizetype ClusterState::count(const ResourceKind& kind) const
{
    const KindStore* s = storeOf(kind);
    return s ? s->objects.size() : 0;
}

namespace {

/// What a continue token holds, as Kubernetes' (k8s.io/apiserver storage): the list's
/// resourceVersion and the key the next page starts after, plus the position and the
/// snapshot's size so that remainingItemCount costs nothing.
struct ContinueKey
{
    qint64 resourceVersion = 0;
    QString startAfter;
    qint64 position = 0;
    qint64 total = -1; ///< objects in the snapshot; -1 with a selector
};

QString encodeContinue(const ContinueKey& key)
{
    QJsonObject token {{"v"_L1, "meta.k8s.io/v1"_L1}, {"rv"_L1, key.resourceVersion},
        {"start"_L1, key.startAfter}, {"o"_L1, key.position}};
    if (key.total >= 0)
        token.insert("n"_L1, key.total);
    return QString::fromLatin1(QJsonDocument(token)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<ContinueKey> decodeContinue(const QString& text)
{
    const QJsonObject token
        = QJsonDocument::fromJson(QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding))
              .object();
    ContinueKey key;
    key.resourceVersion = token.value("rv"_L1).toInteger();
    key.startAfter = token.value("start"_L1).toString();
    key.position = token.value("o"_L1).toInteger();
    key.total = token.contains("n"_L1) ? token.value("n"_L1).toInteger() : -1;
    if (token.value("v"_L1).toString() != u"meta.k8s.io/v1" || key.resourceVersion <= 0
        || key.startAfter.isEmpty() || key.position < 0)
        return std::nullopt;
    return key;
}

} // namespace

namespace {

/// Where a list starts: the continue token's snapshot and position, or the current version.
ApiResult<ContinueKey> startOfList(
    const ListOptions& options, const QString& prefix, qint64 trimmedUpTo, qint64 current)
{
    ContinueKey from;
    if (options.continueToken.isEmpty()) {
        from.resourceVersion = current;
        return from;
    }
    const std::optional<ContinueKey> decoded = decodeContinue(options.continueToken);
    if (!decoded)
        return errors::badRequest(u"continue key is not valid: incorrect encoded start resourceVersion "
                                  "(version meta.k8s.io/v1)"_s);
    from = *decoded;
    if (!from.startAfter.startsWith(prefix))
        return errors::badRequest(u"continue key is not valid: the list parameters changed"_s);
    // Like etcd after a compaction: the changes since the token's version must all still
    // be known to read the objects as they were at that version.
    if (from.resourceVersion < trimmedUpTo || from.resourceVersion > current)
        return errors::expired(u"The provided continue parameter is too old to display a consistent list "
                               "result. You can start a new list without the continue parameter."_s);
    return from;
}

/// The stored objects of one key range merged with a snapshot's differences, in key order:
/// the objects as they were at the snapshot's version.
class SnapshotCursor
{
public:
    using Objects = QMap<QString, QJsonObject>;

    SnapshotCursor(const Objects* stored, const QString& prefix, const QString& startAfter, Objects before)
        : m_prefix(prefix)
        , m_before(std::move(before))
        , m_old(m_before.cbegin())
    {
        if (stored) {
            m_cur = startAfter.isEmpty() ? stored->lowerBound(prefix) : stored->upperBound(startAfter);
            m_curEnd = stored->cend();
        }
    }

    /// The next object of the snapshot, or false at the end of the range.
    bool next(QString& key, QJsonObject& object)
    {
        while (true) {
            const bool haveCur
                = m_cur != m_curEnd && (m_prefix.isEmpty() || m_cur.key().startsWith(m_prefix));
            const bool haveOld = m_old != m_before.cend();
            if (!haveCur && !haveOld)
                return false;
            if (haveOld && (!haveCur || m_old.key() <= m_cur.key())) {
                if (haveCur && m_old.key() == m_cur.key())
                    ++m_cur;
                key = m_old.key();
                object = m_old.value();
                ++m_old;
                if (object.isEmpty())
                    continue; // created after the snapshot
                return true;
            }
            key = m_cur.key();
            object = m_cur.value();
            ++m_cur;
            return true;
        }
    }

private:
    QString m_prefix;
    Objects m_before;
    Objects::const_iterator m_old;
    Objects::const_iterator m_cur;
    Objects::const_iterator m_curEnd;
};

} // namespace

QMap<QString, QJsonObject> ClusterState::objectsBefore(
    const ResourceKind& kind, qint64 resourceVersion, const QString& startAfter, const QString& prefix) const
{
    // The objects as they were at the snapshot's version differ from the stored ones only
    // where a change came after it: the earliest such change of a key knows the object
    // before it (absent when the change created it).
    QMap<QString, QJsonObject> before;
    if (resourceVersion >= m_resourceVersion)
        return before;
    auto it = std::upper_bound(m_history.cbegin(), m_history.cend(), resourceVersion,
        [](qint64 rv, const ChangeEvent& e) { return rv < e.resourceVersion; });
    for (; it != m_history.cend(); ++it) {
        if (it->kind.kind != kind.kind)
            continue;
        const QString k = key(kind, metafield::ns(it->object), metafield::name(it->object));
        if (k > startAfter && k.startsWith(prefix) && !before.contains(k))
            before.insert(k, it->previous); // empty for ADDED: absent from the snapshot
    }
    return before;
}

ApiResult<ListPage> ClusterState::list(const ResourceKind& kind, const ListOptions& options)
{
    // Keys of one namespace share the prefix "ns/"; a cluster-wide list reads every key.
    const QString prefix = kind.namespaced && !options.ns.isEmpty() ? QString(options.ns + u'/') : QString();
    const ApiResult<ContinueKey> start = startOfList(options, prefix, m_trimmedUpTo, m_resourceVersion);
    if (!start)
        return start.error();
    ContinueKey from = start.value();
    ListPage page;
    page.resourceVersion = from.resourceVersion;
    if (from.total < 0 && options.continueToken.isEmpty() && !options.filter)
        from.total = prefix.isEmpty() ? count(kind) : objects(kind, options.ns).size();

    // Seek to the first key after the token's (or the range's start), then merge the stored
    // objects with the snapshot's differences in key order.
    const KindStore* s = storeOf(kind);
    SnapshotCursor cursor(s ? &s->objects : nullptr, prefix, from.startAfter,
        objectsBefore(kind, from.resourceVersion, from.startAfter, prefix));
    QString k;
    QJsonObject object;
    QString last;
    qint64 taken = 0;
    bool more = false;
    while (cursor.next(k, object)) {
        if (options.limit > 0 && page.items.size() >= options.limit) {
            more = true;
            break;
        }
        ++taken;
        last = k;
        if (!options.filter || options.filter(object))
            page.items.append(object);
    }
    if (more) {
        ContinueKey to = from;
        to.startAfter = last;
        to.position = from.position + taken;
        page.continueToken = encodeContinue(to);
        if (!options.filter && to.total >= 0)
            page.remainingItemCount = std::max<qint64>(0, to.total - to.position);
    }
    return page;
}

// ---- writes -------------------------------------------------------------------------

qint64 ClusterState::nextResourceVersion()
{
    return ++m_resourceVersion;
}

void ClusterState::commit(
    const ResourceKind& kind, ChangeType type, const QJsonObject& object, const QJsonObject& previous)
{
    ChangeEvent event {type, kind, object, m_resourceVersion, previous};
    m_history.push_back(event);
    while (m_history.size() > static_cast<size_t>(m_historyLimit)) {
        m_trimmedUpTo = m_history.front().resourceVersion;
        m_history.pop_front();
    }
    emit changed(event);
}

std::optional<ApiStatus> ClusterState::admit(AdmissionRequest& request)
{
    for (const MutatingAdmission& hook : m_mutating.value(request.kind.kind)) {
        if (std::optional<ApiStatus> error = hook(request))
            return error;
    }
    return std::nullopt;
}

QList<FieldError> ClusterState::validate(
    const ResourceKind& kind, const QJsonObject& object, const QJsonObject* oldObject) const
{
    QList<FieldError> errs = validation::validateObjectMeta(kind, object, oldObject);
    for (const Validator& v : m_validators.value(kind.kind))
        errs += v(object, oldObject);
    return errs;
}

ApiResult<WriteOutcome> ClusterState::create(
    const ResourceKind& kind, const QString& ns, QJsonObject object, const WriteOptions& options)
{
    if (std::optional<ApiStatus> e = checkTypeMeta(kind, object))
        return *e;
    if (std::optional<ApiStatus> e = checkFields(kind, object, options, Decoding::Body))
        return *e;
    if (std::optional<ApiStatus> e = checkNamespace(kind, ns, object))
        return *e;
    QJsonObject meta = metafield::of(object);
    if (meta.value("name"_L1).toString().isEmpty() && !meta.value("generateName"_L1).toString().isEmpty())
        meta.insert("name"_L1, QString(meta.value("generateName"_L1).toString() + randomSuffix()));
    for (const auto k : {"uid"_L1, "resourceVersion"_L1, "creationTimestamp"_L1, "deletionTimestamp"_L1,
             "deletionGracePeriodSeconds"_L1, "generation"_L1, "managedFields"_L1, "selfLink"_L1})
        meta.remove(k);
    object.insert("metadata"_L1, meta);
    if (hasStatusSubresource(kind) && !options.writeStatus)
        object.remove("status"_L1);
    return storeNew(kind, object, options, u"Update"_s);
}

ApiResult<WriteOutcome> ClusterState::storeNew(
    const ResourceKind& kind, QJsonObject object, const WriteOptions& options, const QString& operation)
{
    for (const Defaulter& d : m_defaulters.value(kind.kind))
        d(object);
    AdmissionRequest request {
        AdmissionRequest::Operation::Create, kind, &object, nullptr, options.dryRun, false};
    if (std::optional<ApiStatus> e = admit(request))
        return *e;
    const QString name = metafield::name(object);
    const QString ns = metafield::ns(object);
    if (kind.namespaced && !ns.isEmpty()) {
        const std::optional<QJsonObject> nsObject = find(namespaceKind(), {}, ns);
        if (!nsObject)
            return errors::notFound(namespaceKind(), ns);
        if (metafield::of(*nsObject).contains("deletionTimestamp"_L1))
            return errors::forbidden(kind, name,
                u"unable to create new content in namespace %1 because it is being terminated"_s.arg(ns));
    }
    if (const QList<FieldError> errs = validate(kind, object, nullptr); !errs.isEmpty())
        return errors::invalid(kind, name, errs);
    KindStore& s = store(kind);
    const QString k = key(kind, ns, name);
    if (s.objects.contains(k))
        return errors::alreadyExists(kind, name);

    const QString time = timestamp(now());
    setMetadata(object, u"uid"_s, QUuid::createUuid().toString(QUuid::WithoutBraces));
    setMetadata(object, u"creationTimestamp"_s, time);
    setMetadata(object, u"generation"_s, 1);
    if (operation == u"Update" && !options.fieldManager.isEmpty()) {
        ManagedFields mf;
        mf.recordUpdate(options.fieldManager, kind.apiVersion(), time, {}, object);
        mf.writeTo(object);
    }
    if (options.dryRun)
        return WriteOutcome {object, true, false};
    setMetadata(object, u"resourceVersion"_s, QString::number(nextResourceVersion()));
    s.objects.insert(k, object);
    commit(kind, ChangeType::Added, object, {});
    return WriteOutcome {object, true, false};
}

ApiResult<WriteOutcome> ClusterState::writeUpdate(const ResourceKind& kind, const QJsonObject& current,
    QJsonObject updated, const WriteOptions& options, const QString& operation, bool checkResourceVersion)
{
    const QJsonObject currentMeta = metafield::of(current);
    const QString name = currentMeta.value("name"_L1).toString();
    if (checkResourceVersion) {
        const QString rv = metafield::of(updated).value("resourceVersion"_L1).toString();
        if (!rv.isEmpty() && rv != currentMeta.value("resourceVersion"_L1).toString())
            return errors::conflict(kind, name);
    }
    // System metadata is the server's.
    QJsonObject meta = metafield::of(updated);
    for (const auto k : {"name"_L1, "namespace"_L1, "uid"_L1, "creationTimestamp"_L1, "deletionTimestamp"_L1,
             "deletionGracePeriodSeconds"_L1, "generation"_L1, "resourceVersion"_L1}) {
        if (currentMeta.contains(k))
            meta.insert(k, currentMeta.value(k));
        else
            meta.remove(k);
    }
    if (operation != u"Apply") {
        if (currentMeta.contains("managedFields"_L1))
            meta.insert("managedFields"_L1, currentMeta.value("managedFields"_L1));
        else
            meta.remove("managedFields"_L1);
    }
    updated.insert("metadata"_L1, meta);

    for (const Defaulter& d : m_defaulters.value(kind.kind))
        d(updated);
    AdmissionRequest request {AdmissionRequest::Operation::Update, kind, &updated, &current, options.dryRun,
        options.statusSubresource};
    if (std::optional<ApiStatus> e = admit(request))
        return *e;
    if (const QList<FieldError> errs = validate(kind, updated, &current); !errs.isEmpty())
        return errors::invalid(kind, name, errs);

    const QString time = timestamp(now());
    if (specPart(updated) != specPart(current))
        setMetadata(updated, u"generation"_s, currentMeta.value("generation"_L1).toInteger() + 1);
    if (operation == u"Update" && !options.fieldManager.isEmpty()) {
        ManagedFields mf = ManagedFields::fromObject(current);
        mf.recordUpdate(options.fieldManager, kind.apiVersion(), time, current, updated);
        mf.writeTo(updated);
    } else if (operation == u"Update") {
        ManagedFields mf = ManagedFields::fromObject(current);
        mf.prune(updated);
        mf.writeTo(updated);
    }

    if (comparable(updated) == comparable(current))
        return WriteOutcome {current, false, false};

    const QJsonObject updatedMeta = metafield::of(updated);
    if (updatedMeta.contains("deletionTimestamp"_L1)
        && updatedMeta.value("finalizers"_L1).toArray().isEmpty()) {
        // The last finalizer is gone: the object goes away.
        if (options.dryRun)
            return WriteOutcome {updated, false, true};
        return finalizeRemoval(kind, updated);
    }
    if (options.dryRun)
        return WriteOutcome {updated, false, false};
    setMetadata(updated, u"resourceVersion"_s, QString::number(nextResourceVersion()));
    store(kind).objects.insert(key(kind, metafield::ns(updated), name), updated);
    commit(kind, ChangeType::Modified, updated, current);
    return WriteOutcome {updated, false, false};
}

ApiResult<WriteOutcome> ClusterState::finalizeRemoval(const ResourceKind& kind, QJsonObject object)
{
    const QString ns = metafield::ns(object);
    setMetadata(object, u"resourceVersion"_s, QString::number(nextResourceVersion()));
    const QJsonObject previous = store(kind).objects.take(key(kind, ns, metafield::name(object)));
    commit(kind, ChangeType::Deleted, object, previous);
    if (kind.namespaced)
        finalizeNamespaceIfEmpty(ns);
    return WriteOutcome {object, false, true};
}

void ClusterState::finalizeNamespaceIfEmpty(const QString& ns)
{
    const std::optional<QJsonObject> nsObject = find(namespaceKind(), {}, ns);
    if (!nsObject || !metafield::of(*nsObject).contains("deletionTimestamp"_L1))
        return;
    for (const ResourceKind& kind : knownResourceKinds()) {
        if (kind.namespaced && !objects(kind, ns).isEmpty())
            return;
    }
    finalizeRemoval(namespaceKind(), *nsObject);
}

std::optional<ApiStatus> ClusterState::checkFields(const ResourceKind& kind, QJsonObject& object,
    const WriteOptions& options, Decoding decoding, const QJsonObject* current)
{
    if (!options.fieldValidation)
        return std::nullopt;
    const QJsonObject given = object;
    QStringList unknown = OpenApiDocuments::pruneUnknownFields(kind, object);
    if (current) {
        // A patch answers only for what it adds: fields the stored object already has
        // (written by a controller) are neither reported nor dropped.
        QJsonObject stored = *current;
        const QStringList known = OpenApiDocuments::pruneUnknownFields(kind, stored);
        unknown.removeIf([&known](const QString& field) { return known.contains(field); });
        if (unknown.isEmpty() && options.duplicateFields.isEmpty()) {
            object = given;
            return std::nullopt;
        }
    }
    QStringList problems;
    for (const QString& field : options.duplicateFields)
        problems.append(u"duplicate field \"%1\""_s.arg(field));
    for (const QString& field : unknown)
        problems.append(u"unknown field \"%1\""_s.arg(field));
    if (problems.isEmpty() || *options.fieldValidation == FieldValidation::Ignore)
        return std::nullopt;
    if (*options.fieldValidation == FieldValidation::Warn) {
        if (options.warnings)
            options.warnings->append(problems);
        return std::nullopt;
    }
    const QString strictError = u"strict decoding error: "_s + problems.join(u", "_s);
    switch (decoding) {
    case Decoding::Body:
        return errors::badRequest(u"%1 in version \"%2\" cannot be handled as a %1: %3"_s.arg(
            kind.kind, kind.version, strictError));
    case Decoding::Patch:
        return errors::invalid(ResourceKind(), QString(),
            {FieldError::invalid(u"patch"_s,
                QString::fromUtf8(QJsonDocument(given).toJson(QJsonDocument::Compact)), strictError)});
    case Decoding::Apply:
        break;
    }
    // Server-side apply converts the configuration to a typed value; the first field the
    // schema lacks (or the first repeated one) fails that.
    const QString field = unknown.isEmpty() ? options.duplicateFields.first() : unknown.first();
    const QString problem
        = unknown.isEmpty() ? u"duplicate entries for key"_s : u"field not declared in schema"_s;
    return errors::badRequest(u"failed to create typed patch object (%1, Kind=%2): .%3: %4"_s.arg(
        kind.group + u'/' + kind.version, kind.kind, field, problem));
}

ApiResult<WriteOutcome> ClusterState::update(const ResourceKind& kind, const QString& ns, const QString& name,
    QJsonObject object, const WriteOptions& options)
{
    const std::optional<QJsonObject> current = find(kind, ns, name);
    if (!current)
        return errors::notFound(kind, name);
    if (std::optional<ApiStatus> e = checkTypeMeta(kind, object))
        return *e;
    if (std::optional<ApiStatus> e = checkFields(kind, object, options, Decoding::Body))
        return *e;
    const QString bodyName = metafield::name(object);
    if (bodyName != name)
        return errors::badRequest(
            u"the name of the object (%1) does not match the name on the URL (%2)"_s.arg(bodyName, name));
    if (std::optional<ApiStatus> e = checkNamespace(kind, ns, object))
        return *e;
    return replaceWith(kind, *current, object, options, true);
}

ApiResult<WriteOutcome> ClusterState::replaceWith(const ResourceKind& kind, const QJsonObject& current,
    QJsonObject object, const WriteOptions& options, bool checkResourceVersion)
{
    if (options.statusSubresource) {
        QJsonObject updated = current;
        if (object.contains("status"_L1))
            updated.insert("status"_L1, object.value("status"_L1));
        setMetadata(updated, u"resourceVersion"_s, metafield::of(object).value("resourceVersion"_L1));
        object = updated;
    } else if (hasStatusSubresource(kind) && !options.writeStatus) {
        if (current.contains("status"_L1))
            object.insert("status"_L1, current.value("status"_L1));
        else
            object.remove("status"_L1);
    }
    return writeUpdate(kind, current, object, options, u"Update"_s, checkResourceVersion);
}

ApiResult<WriteOutcome> ClusterState::mergePatch(const ResourceKind& kind, const QString& ns,
    const QString& name, const QJsonObject& patch, const WriteOptions& options, MergeType type)
{
    const std::optional<QJsonObject> current = find(kind, ns, name);
    if (!current)
        return errors::notFound(kind, name);
    QJsonObject patched = (type == MergeType::Strategic ? jsonpatch::strategicMergePatch(*current, patch)
                                                        : jsonpatch::mergePatch(*current, patch))
                              .toObject();
    return replacePatched(kind, ns, name, *current, patched, options);
}

ApiResult<WriteOutcome> ClusterState::jsonPatch(const ResourceKind& kind, const QString& ns,
    const QString& name, const QJsonArray& patch, const WriteOptions& options)
{
    const std::optional<QJsonObject> current = find(kind, ns, name);
    if (!current)
        return errors::notFound(kind, name);
    QString error;
    const std::optional<QJsonValue> patched = jsonpatch::applyJsonPatch(*current, patch, &error);
    if (!patched || !patched->isObject()) {
        ApiStatus s = errors::invalid(kind, name, {});
        s.message = error;
        return s;
    }
    return replacePatched(kind, ns, name, *current, patched->toObject(), options);
}

ApiResult<WriteOutcome> ClusterState::replacePatched(const ResourceKind& kind, const QString& ns,
    const QString& name, const QJsonObject& current, QJsonObject patched, const WriteOptions& options)
{
    if (std::optional<ApiStatus> e = checkTypeMeta(kind, patched))
        return *e;
    if (std::optional<ApiStatus> e = checkFields(kind, patched, options, Decoding::Patch, &current))
        return *e;
    // Name and namespace in a patch may not differ from the URL.
    setMetadata(patched, u"name"_s, name);
    if (kind.namespaced)
        setMetadata(patched, u"namespace"_s, ns);
    return replaceWith(kind, current, patched, options, true);
}

ApiResult<WriteOutcome> ClusterState::apply(const ResourceKind& kind, const QString& ns, const QString& name,
    const QJsonObject& configuration, const WriteOptions& options)
{
    if (options.fieldManager.isEmpty())
        return errors::invalidOptions(u"PatchOptions.meta.k8s.io"_s,
            {FieldError::required(u"fieldManager"_s, u"is required for apply patch"_s)});
    QJsonObject config = configuration;
    if (config.value("apiVersion"_L1).toString().isEmpty() || config.value("kind"_L1).toString().isEmpty())
        return errors::badRequest(u"error decoding YAML: Object 'Kind' is missing in the object"_s);
    if (std::optional<ApiStatus> e = checkTypeMeta(kind, config))
        return *e;
    if (std::optional<ApiStatus> e = checkFields(kind, config, options, Decoding::Apply))
        return *e;
    const QString bodyName = metafield::name(config);
    if (!bodyName.isEmpty() && bodyName != name)
        return errors::badRequest(
            u"the name of the object (%1) does not match the name on the URL (%2)"_s.arg(bodyName, name));
    if (std::optional<ApiStatus> e = checkNamespace(kind, ns, config))
        return *e;
    if (hasStatusSubresource(kind) && !options.statusSubresource)
        config.remove("status"_L1);
    const QString time = timestamp(now());
    const std::optional<QJsonObject> current = find(kind, ns, name);
    if (!current) {
        ManagedFields mf;
        ApiResult<QJsonObject> merged
            = mf.apply(kind, name, options.fieldManager, kind.apiVersion(), time, {}, config, options.force);
        if (!merged)
            return merged.error();
        QJsonObject object = merged.value();
        object.insert("apiVersion"_L1, kind.apiVersion());
        object.insert("kind"_L1, kind.kind);
        setMetadata(object, u"name"_s, name);
        if (kind.namespaced)
            setMetadata(object, u"namespace"_s, ns);
        mf.writeTo(object);
        return storeNew(kind, object, options, u"Apply"_s);
    }
    ManagedFields mf = ManagedFields::fromObject(*current);
    ApiResult<QJsonObject> merged = mf.apply(
        kind, name, options.fieldManager, kind.apiVersion(), time, *current, config, options.force);
    if (!merged)
        return merged.error();
    QJsonObject object = merged.value();
    mf.writeTo(object);
    setMetadata(object, u"resourceVersion"_s, metafield::of(config).value("resourceVersion"_L1));
    return writeUpdate(kind, *current, object, options, u"Apply"_s, true);
}

ApiResult<WriteOutcome> ClusterState::remove(
    const ResourceKind& kind, const QString& ns, const QString& name, const DeleteOptions& options)
{
    const std::optional<QJsonObject> current = find(kind, ns, name);
    if (!current)
        return errors::notFound(kind, name);
    const QJsonObject meta = metafield::of(*current);
    if (!options.preconditionUid.isEmpty() && options.preconditionUid != meta.value("uid"_L1).toString())
        return errors::conflictMessage(kind, name,
            u"Precondition failed: UID in precondition: %1, UID in object meta: %2"_s.arg(
                options.preconditionUid, meta.value("uid"_L1).toString()));
    if (!options.preconditionResourceVersion.isEmpty()
        && options.preconditionResourceVersion != meta.value("resourceVersion"_L1).toString())
        return errors::conflictMessage(kind, name,
            u"Precondition failed: ResourceVersion in precondition: %1, ResourceVersion in object meta: %2"_s
                .arg(options.preconditionResourceVersion, meta.value("resourceVersion"_L1).toString()));
    QJsonObject copy = *current;
    AdmissionRequest request {
        AdmissionRequest::Operation::Delete, kind, &copy, &*current, options.dryRun, false};
    if (std::optional<ApiStatus> e = admit(request))
        return *e;

    const bool isNamespace = kind.kind == kindname::Namespace;
    const bool hasFinalizers = !meta.value("finalizers"_L1).toArray().isEmpty();
    if (!hasFinalizers && !isNamespace) {
        if (options.dryRun)
            return WriteOutcome {*current, false, true};
        return finalizeRemoval(kind, *current);
    }
    if (meta.contains("deletionTimestamp"_L1))
        return WriteOutcome {*current, false, false};
    QJsonObject terminating = *current;
    setMetadata(terminating, u"deletionTimestamp"_s, timestamp(now()));
    setMetadata(terminating, u"deletionGracePeriodSeconds"_s, 0);
    if (isNamespace) {
        QJsonObject status = terminating.value("status"_L1).toObject();
        status.insert("phase"_L1, u"Terminating"_s);
        terminating.insert("status"_L1, status);
    }
    if (options.dryRun)
        return WriteOutcome {terminating, false, false};
    setMetadata(terminating, u"resourceVersion"_s, QString::number(nextResourceVersion()));
    store(kind).objects.insert(key(kind, ns, name), terminating);
    commit(kind, ChangeType::Modified, terminating, *current);
    if (isNamespace) {
        // The namespace controller: delete the content, then the namespace.
        for (const ResourceKind& k : knownResourceKinds()) {
            if (!k.namespaced)
                continue;
            for (const QJsonObject& o : objects(k, name))
                remove(k, name, metafield::name(o));
        }
        finalizeNamespaceIfEmpty(name);
        if (!find(kind, ns, name))
            return WriteOutcome {terminating, false, true};
    }
    return WriteOutcome {terminating, false, false};
}

// ---- controller API -------------------------------------------------------------------

ApiResult<WriteOutcome> ClusterState::modify(const ResourceKind& kind, const QString& ns, const QString& name,
    const std::function<bool(QJsonObject&)>& edit, const QString& fieldManager)
{
    const std::optional<QJsonObject> current = find(kind, ns, name);
    if (!current)
        return errors::notFound(kind, name);
    QJsonObject copy = *current;
    if (!edit(copy))
        return WriteOutcome {*current, false, false};
    WriteOptions options;
    options.writeStatus = true;
    options.fieldManager = fieldManager;
    setMetadata(copy, u"resourceVersion"_s, QJsonValue(QJsonValue::Undefined));
    return writeUpdate(kind, *current, copy, options, u"Update"_s, false);
}

ApiResult<WriteOutcome> ClusterState::writeStatus(
    const ResourceKind& kind, const QString& ns, const QString& name, const QJsonObject& status)
{
    return modify(kind, ns, name, [&status](QJsonObject& o) {
        o.insert("status"_L1, status);
        return true;
    });
}

ApiResult<WriteOutcome> ClusterState::removeFinalizer(
    const ResourceKind& kind, const QString& ns, const QString& name, const QString& finalizer)
{
    return modify(kind, ns, name, [&finalizer](QJsonObject& o) {
        QJsonObject meta = metafield::of(o);
        QJsonArray finalizers = meta.value("finalizers"_L1).toArray();
        const qsizetype before = finalizers.size();
        for (qsizetype i = finalizers.size() - 1; i >= 0; --i) {
            if (finalizers.at(i).toString() == finalizer)
                finalizers.removeAt(i);
        }
        if (finalizers.size() == before)
            return false;
        if (finalizers.isEmpty())
            meta.remove("finalizers"_L1);
        else
            meta.insert("finalizers"_L1, finalizers);
        o.insert("metadata"_L1, meta);
        return true;
    });
}

ApiResult<WriteOutcome> ClusterState::recordEvent(const ResourceKind& kind, const QJsonObject& involvedObject,
    const QString& type, const QString& reason, const QString& message, const QString& component)
{
    const QJsonObject meta = metafield::of(involvedObject);
    const QString objName = meta.value("name"_L1).toString();
    const QString objNs = meta.value("namespace"_L1).toString();
    const QString eventNs = kind.namespaced && !objNs.isEmpty() ? objNs : u"default"_s;
    QJsonObject ref {{"kind"_L1, kind.kind}, {"name"_L1, objName}, {"uid"_L1, meta.value("uid"_L1)},
        {"apiVersion"_L1, kind.apiVersion()}, {"resourceVersion"_L1, meta.value("resourceVersion"_L1)}};
    if (kind.namespaced)
        ref.insert("namespace"_L1, objNs);
    const QString time = timestamp(now());
    const QString dedupKey = QStringList {kind.kind, objNs, objName, meta.value("uid"_L1).toString(), type,
        reason, message, component}
                                 .join(QChar(0x1f));
    const QString existing = m_eventKeys.value(dedupKey);
    if (!existing.isEmpty() && find(eventKind(), eventNs, existing)) {
        return modify(eventKind(), eventNs, existing, [&time](QJsonObject& e) {
            e.insert("count"_L1, e.value("count"_L1).toInteger() + 1);
            e.insert("lastTimestamp"_L1, time);
            return true;
        });
    }
    qint64 nanos = now().toMSecsSinceEpoch() * 1000000;
    nanos = std::max(nanos, m_lastEventNanos + 1);
    m_lastEventNanos = nanos;
    const QString eventName = objName + u'.' + QString::number(nanos, 16);
    QJsonObject event {
        {"apiVersion"_L1, "v1"_L1},
        {"kind"_L1, kindname::Event},
        {"metadata"_L1, QJsonObject {{"name"_L1, eventName}, {"namespace"_L1, eventNs}}},
        {"involvedObject"_L1, ref},
        {"reason"_L1, reason},
        {"message"_L1, message},
        {"type"_L1, type},
        {"source"_L1, QJsonObject {{"component"_L1, component}}},
        {"firstTimestamp"_L1, time},
        {"lastTimestamp"_L1, time},
        {"count"_L1, 1},
        {"eventTime"_L1, QJsonValue::Null},
        {"reportingComponent"_L1, component},
        {"reportingInstance"_L1, ""_L1},
    };
    ApiResult<WriteOutcome> result = create(eventKind(), eventNs, event);
    if (result)
        m_eventKeys.insert(dedupKey, eventName);
    return result;
}

// ---- watch support --------------------------------------------------------------------

qint64 ClusterState::oldestResumableVersion() const
{
    return m_trimmedUpTo;
}

ApiResult<QList<ChangeEvent>> ClusterState::changesSince(
    const ResourceKind& kind, qint64 resourceVersion) const
{
    if (resourceVersion < m_trimmedUpTo)
        return errors::expired(
            u"too old resource version: %1 (%2)"_s.arg(resourceVersion).arg(m_trimmedUpTo));
    QList<ChangeEvent> out;
    auto it = std::upper_bound(m_history.cbegin(), m_history.cend(), resourceVersion,
        [](qint64 rv, const ChangeEvent& e) { return rv < e.resourceVersion; });
    for (; it != m_history.cend(); ++it) {
        if (it->kind.kind == kind.kind)
            out.append(*it);
    }
    return out;
}

} // namespace ase::demo
