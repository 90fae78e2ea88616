#include "app/demo/ClusterApiServer.h"

#include "app/demo/ApiDiscovery.h"
#include "app/demo/JsonPatch.h"
#include "app/demo/OpenApiDocuments.h"
#include "app/demo/TablePrinter.h"
#include "app/demo/WatchStream.h"
#include "models/resources/FieldSelector.h"
#include "models/resources/LabelSelector.h"
#include "models/resources/Yaml.h"

#include <QHttpServerResponder>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ase::demo {

struct ClusterApiServer::Target
{
    ResourceKind kind;
    QString ns;
    QString name;
    QString subresource;
    bool legacyWatch = false;
};

namespace {

using Filter = std::function<bool(const QJsonObject&)>;

QByteArray toJsonBytes(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

/// "/api/v1/namespaces/ns/pods/name/status" → the target; nullopt when not a resource path.
std::optional<ClusterApiServer::Target> parseTarget(const QString& path);

QStringList segmentsOf(const QString& path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

bool wantsTable(const HttpRequest& request)
{
    return request.header("accept").contains("as=Table");
}

bool isTrue(const QString& value)
{
    return value == u"true" || value == u"1";
}

/// Field values a field selector may test, per kind (as the API server registers them).
std::optional<QMap<QString, QString>> selectableFields(const ResourceKind& kind, const QJsonObject& o)
{
    const QJsonObject meta = o.value("metadata"_L1).toObject();
    QMap<QString, QString> f {{u"metadata.name"_s, meta.value("name"_L1).toString()},
        {u"metadata.namespace"_s, meta.value("namespace"_L1).toString()}};
    if (kind.kind == u"Event") {
        const QJsonObject io = o.value("involvedObject"_L1).toObject();
        for (const auto k : {"kind"_L1, "namespace"_L1, "name"_L1, "uid"_L1, "apiVersion"_L1,
                 "resourceVersion"_L1, "fieldPath"_L1})
            f.insert(u"involvedObject."_s + k, io.value(k).toString());
        f.insert(u"reason"_s, o.value("reason"_L1).toString());
        f.insert(u"reportingComponent"_s, o.value("reportingComponent"_L1).toString());
        f.insert(u"source"_s, o.value("source"_L1).toObject().value("component"_L1).toString());
        f.insert(u"type"_s, o.value("type"_L1).toString());
    } else if (kind.kind == u"Pod") {
        const QJsonObject spec = o.value("spec"_L1).toObject();
        const QJsonObject status = o.value("status"_L1).toObject();
        f.insert(u"spec.nodeName"_s, spec.value("nodeName"_L1).toString());
        f.insert(u"spec.restartPolicy"_s, spec.value("restartPolicy"_L1).toString());
        f.insert(u"spec.schedulerName"_s, spec.value("schedulerName"_L1).toString());
        f.insert(u"spec.serviceAccountName"_s, spec.value("serviceAccountName"_L1).toString());
        f.insert(u"status.phase"_s, status.value("phase"_L1).toString());
        f.insert(u"status.podIP"_s, status.value("podIP"_L1).toString());
        f.insert(u"status.nominatedNodeName"_s, status.value("nominatedNodeName"_L1).toString());
    } else if (kind.kind == u"Namespace") {
        f.insert(u"status.phase"_s, o.value("status"_L1).toObject().value("phase"_L1).toString());
    }
    return f;
}

/// Label + field selector of a request compiled into one filter (null when none).
ApiResult<Filter> compileFilter(const ResourceKind& kind, const HttpRequest& request)
{
    const QString labelText = request.queryValue(u"labelSelector"_s);
    const QString fieldText = request.queryValue(u"fieldSelector"_s);
    std::optional<LabelSelector> labels;
    std::optional<FieldSelector> fields;
    QString error;
    if (!labelText.isEmpty()) {
        labels = LabelSelector::parse(labelText, &error);
        if (!labels)
            return errors::badRequest(error);
    }
    if (!fieldText.isEmpty()) {
        fields = FieldSelector::parse(fieldText, &error);
        if (!fields)
            return errors::badRequest(error);
        const QMap<QString, QString> known = *selectableFields(kind, QJsonObject());
        for (const QString& name : fields->fieldNames()) {
            if (!known.contains(name))
                return errors::badRequest(u"field label not supported: "_s + name);
        }
    }
    if (!labels && !fields)
        return Filter();
    return Filter([kind, labels, fields](const QJsonObject& o) {
        if (labels) {
            QMap<QString, QString> map;
            const QJsonObject l = o.value("metadata"_L1).toObject().value("labels"_L1).toObject();
            for (auto it = l.begin(); it != l.end(); ++it)
                map.insert(it.key(), it.value().toString());
            if (!labels->matches(map))
                return false;
        }
        return !fields || fields->matches(*selectableFields(kind, o));
    });
}

QJsonObject stripTypeMeta(QJsonObject o)
{
    o.remove("kind"_L1);
    o.remove("apiVersion"_L1);
    return o;
}

/// The write options of a request; 422 for an unsupported dryRun or force on non-apply.
ApiResult<WriteOptions> writeOptionsOf(const HttpRequest& request, const QString& optionsKind, bool apply)
{
    WriteOptions options;
    const QStringList dryRun = request.query.allQueryItemValues(u"dryRun"_s, QUrl::FullyDecoded);
    for (const QString& v : dryRun) {
        if (v != u"All") {
            QJsonArray values;
            for (const QString& d : dryRun)
                values.append(d);
            return errors::invalidOptions(
                optionsKind, {FieldError::notSupported(u"dryRun"_s, values, {u"All"_s})});
        }
    }
    options.dryRun = !dryRun.isEmpty();
    options.fieldManager = request.queryValue(u"fieldManager"_s);
    if (request.hasQuery(u"force"_s)) {
        if (!apply)
            return errors::invalidOptions(optionsKind,
                {FieldError::forbidden(u"force"_s, u"may not be specified for non-apply patch"_s)});
        options.force = isTrue(request.queryValue(u"force"_s));
    }
    if (options.fieldManager.size() > 128)
        return errors::invalidOptions(
            optionsKind, {FieldError::tooLong(u"fieldManager"_s, options.fieldManager, 128)});
    if (options.fieldManager.isEmpty() && !apply) {
        // The API server names the manager after the client's User-Agent prefix.
        const QByteArray agent = request.header("user-agent");
        options.fieldManager = QString::fromUtf8(agent.left(agent.indexOf('/')));
    }
    return options;
}

ApiResult<QJsonObject> parseBody(const HttpRequest& request)
{
    const QByteArray contentType = request.header("content-type");
    if (contentType.contains("yaml")) {
        const YamlDocuments docs = parseYaml(request.body);
        if (!docs.ok())
            return errors::badRequest(u"error decoding YAML: "_s + docs.error->message);
        if (docs.objects.size() != 1)
            return errors::badRequest(u"the body must contain exactly one object"_s);
        return docs.objects.first();
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return errors::badRequest(u"couldn't get version/kind; json parse error: "_s + error.errorString());
    return doc.object();
}

std::optional<ClusterApiServer::Target> parseTarget(const QString& path)
{
    QStringList s = segmentsOf(path);
    ClusterApiServer::Target t;
    QString group;
    QString version;
    if (s.size() >= 3 && s.at(0) == u"api") {
        version = s.at(1);
        s = s.mid(2);
    } else if (s.size() >= 4 && s.at(0) == u"apis") {
        group = s.at(1);
        version = s.at(2);
        s = s.mid(3);
    } else {
        return std::nullopt;
    }
    if (!s.isEmpty() && s.first() == u"watch") {
        t.legacyWatch = true;
        s.removeFirst();
    }
    if (s.isEmpty())
        return std::nullopt;
    if (s.size() >= 3 && s.at(0) == u"namespaces") {
        const ResourceKind nested = resourceKindByResource(group, s.at(2));
        if (nested.isValid() && nested.namespaced) {
            t.ns = s.at(1);
            s = s.mid(2);
        }
    }
    t.kind = resourceKindByResource(group, s.at(0));
    if (!t.kind.isValid() || t.kind.version != version || s.size() > 3)
        return std::nullopt;
    t.name = s.value(1);
    t.subresource = s.value(2);
    return t;
}

} // namespace

ClusterApiServer::ClusterApiServer(ClusterState& state, ApiAuthorizer& authorizer, QObject* parent)
    : QObject(parent)
    , m_state(state)
    , m_authorizer(authorizer)
{ }

void ClusterApiServer::setSettings(const ClusterApiSettings& settings)
{
    m_settings = settings;
}

void ClusterApiServer::setListener(HttpListener* listener)
{
    m_listener = listener;
}

void ClusterApiServer::replyStatus(const ResponderPtr& responder, const ApiStatus& status)
{
    QHttpHeaders headers;
    if (status.retryAfterSeconds > 0)
        headers.append(
            QHttpHeaders::WellKnownHeader::RetryAfter, QByteArray::number(status.retryAfterSeconds));
    HttpListener::reply(responder, status.code > 0 ? status.code : 200, toJsonBytes(status.toJson()),
        "application/json", headers);
}

void ClusterApiServer::replyObject(const HttpRequest& request, const ResponderPtr& responder,
    const ResourceKind& kind, const QJsonObject& object, int code)
{
    if (wantsTable(request) && object.value("kind"_L1).toString() == kind.kind) {
        const QJsonObject table = TablePrinter::table(kind, {object}, m_state.now(),
            QJsonObject {
                {"resourceVersion"_L1, object.value("metadata"_L1).toObject().value("resourceVersion"_L1)}},
            TablePrinter::includeObjectFromString(request.queryValue(u"includeObject"_s)));
        HttpListener::reply(responder, code, toJsonBytes(table));
        return;
    }
    HttpListener::reply(responder, code, toJsonBytes(object));
}

void ClusterApiServer::handle(const HttpRequest& request, const ResponderPtr& responder)
{
    const std::optional<ApiUser> user = m_authorizer.authenticate(request);
    if (!user) {
        replyStatus(responder, errors::unauthorized());
        return;
    }
    if (handleDiscovery(request, responder))
        return;
    const std::optional<Target> target = parseTarget(request.path);
    if (!target) {
        replyStatus(responder, errors::pathNotFound());
        return;
    }
    handleResource(request, responder, *user, *target);
}

bool ClusterApiServer::handleDiscovery(const HttpRequest& request, const ResponderPtr& responder)
{
    const QString path
        = request.path.endsWith(u'/') && request.path.size() > 1 ? request.path.chopped(1) : request.path;
    QJsonObject body;
    if (path == u"/version") {
        body = ApiDiscovery::version();
    } else if (path == u"/api") {
        const QByteArray host = request.header("host");
        body = ApiDiscovery::coreVersions(host.isEmpty() ? u"127.0.0.1:6443"_s : QString::fromLatin1(host));
    } else if (path == u"/apis") {
        body = ApiDiscovery::groupList();
    } else if (path == u"/healthz" || path == u"/livez" || path == u"/readyz") {
        HttpListener::reply(responder, 200, "ok", "text/plain; charset=utf-8");
        return true;
    } else if (path == u"/openapi/v3") {
        body = OpenApiDocuments::index();
    } else if (path.startsWith(u"/openapi/v3/")) {
        const QByteArray doc = OpenApiDocuments::documentBytes(path.mid(12));
        if (doc.isEmpty())
            return false;
        HttpListener::reply(responder, 200, doc);
        return true;
    } else {
        const QStringList s = segmentsOf(path);
        if (s.size() == 2 && s.at(0) == u"api")
            body = ApiDiscovery::resourceList(s.at(1));
        else if (s.size() == 3 && s.at(0) == u"apis")
            body = ApiDiscovery::resourceList(s.at(1) + u'/' + s.at(2));
        else if (s.size() == 2 && s.at(0) == u"apis")
            body = ApiDiscovery::group(s.at(1));
        if (body.isEmpty())
            return false;
    }
    if (request.method != "GET") {
        replyStatus(responder, errors::methodNotAllowed());
        return true;
    }
    HttpListener::reply(responder, 200, toJsonBytes(body));
    return true;
}

void ClusterApiServer::handleResource(
    const HttpRequest& request, const ResponderPtr& responder, const ApiUser& user, const Target& target)
{
    const ResourceKind& kind = target.kind;
    const bool collection = target.name.isEmpty();
    if ((!kind.namespaced && !target.ns.isEmpty()) || (kind.namespaced && !collection && target.ns.isEmpty())
        || (!target.subresource.isEmpty() && target.subresource != u"status")
        || (target.subresource == u"status" && !ClusterState::hasStatusSubresource(kind))) {
        replyStatus(responder, errors::pathNotFound());
        return;
    }
    const QByteArray& m = request.method;
    const bool watch = target.legacyWatch || isTrue(request.queryValue(u"watch"_s));
    QString verb;
    if (m == "GET")
        verb = collection ? (watch ? u"watch"_s : u"list"_s) : u"get"_s;
    else if (m == "POST" && collection)
        verb = u"create"_s;
    else if (m == "PUT" && !collection)
        verb = u"update"_s;
    else if (m == "PATCH" && !collection)
        verb = u"patch"_s;
    else if (m == "DELETE")
        verb = collection ? u"deletecollection"_s : u"delete"_s;
    if (verb.isEmpty()
        || (collection && kind.namespaced && target.ns.isEmpty() && verb != u"list" && verb != u"watch")) {
        replyStatus(responder, errors::methodNotAllowed());
        return;
    }
    if (std::optional<ApiStatus> denied
        = m_authorizer.authorize(user, verb, kind, target.ns, target.name, target.subresource)) {
        replyStatus(responder, *denied);
        return;
    }
    if (verb == u"list" || verb == u"watch") {
        handleList(request, responder, target);
    } else if (verb == u"get") {
        ApiResult<QJsonObject> object = m_state.get(kind, target.ns, target.name);
        if (!object)
            replyStatus(responder, object.error());
        else
            replyObject(request, responder, kind, object.value());
    } else if (verb == u"delete") {
        handleDelete(request, responder, target);
    } else if (verb == u"deletecollection") {
        handleDeleteCollection(request, responder, target);
    } else {
        handleWrite(request, responder, target);
    }
}

void ClusterApiServer::handleList(
    const HttpRequest& request, const ResponderPtr& responder, const Target& target)
{
    const bool watch = target.legacyWatch || isTrue(request.queryValue(u"watch"_s));
    const QString rv = request.queryValue(u"resourceVersion"_s);
    const QString match = request.queryValue(u"resourceVersionMatch"_s);
    const QString continueToken = request.queryValue(u"continue"_s);
    const bool hasInitialEvents = request.hasQuery(u"sendInitialEvents"_s);
    QList<FieldError> errs;
    if (watch) {
        if (hasInitialEvents && match != u"NotOlderThan")
            errs.append(FieldError::forbidden(u"resourceVersionMatch"_s,
                u"sendInitialEvents requires setting resourceVersionMatch to NotOlderThan"_s));
        if (!match.isEmpty()) {
            if (!hasInitialEvents)
                errs.append(FieldError::forbidden(u"resourceVersionMatch"_s,
                    u"resourceVersionMatch is forbidden for watch unless sendInitialEvents is provided"_s));
            if (match != u"NotOlderThan")
                errs.append(FieldError::notSupported(u"resourceVersionMatch"_s, match, {u"NotOlderThan"_s}));
            if (!continueToken.isEmpty())
                errs.append(FieldError::forbidden(u"resourceVersionMatch"_s,
                    u"resourceVersionMatch is forbidden when continue is provided"_s));
        }
    } else {
        if (!match.isEmpty()) {
            if (rv.isEmpty())
                errs.append(FieldError::forbidden(u"resourceVersionMatch"_s,
                    u"resourceVersionMatch is forbidden unless resourceVersion is provided"_s));
            if (!continueToken.isEmpty())
                errs.append(FieldError::forbidden(u"resourceVersionMatch"_s,
                    u"resourceVersionMatch is forbidden when continue is provided"_s));
            if (match == u"Exact" && rv == u"0")
                errs.append(FieldError::forbidden(u"resourceVersionMatch"_s,
                    u"resourceVersionMatch \"exact\" is forbidden for resourceVersion \"0\""_s));
            else if (match != u"Exact" && match != u"NotOlderThan")
                errs.append(FieldError::notSupported(
                    u"resourceVersionMatch"_s, match, {u"Exact"_s, u"NotOlderThan"_s}));
        }
        if (hasInitialEvents)
            errs.append(
                FieldError::forbidden(u"sendInitialEvents"_s, u"sendInitialEvents is forbidden for list"_s));
    }
    if (!errs.isEmpty()) {
        replyStatus(responder, errors::invalidOptions(u"ListOptions.meta.k8s.io"_s, errs));
        return;
    }
    if (!watch && !continueToken.isEmpty() && !rv.isEmpty()) {
        replyStatus(responder,
            errors::badRequest(u"specifying resource version is not allowed when using continue"_s));
        return;
    }
    bool rvOk = true;
    const qint64 rvNumber = rv.isEmpty() ? 0 : rv.toLongLong(&rvOk);
    if (!rvOk || rvNumber < 0) {
        replyStatus(responder,
            errors::badRequest(
                u"Invalid value: \"%1\": strconv.ParseUint: parsing \"%1\": invalid syntax"_s.arg(rv)));
        return;
    }
    ApiResult<Filter> filter = compileFilter(target.kind, request);
    if (!filter) {
        replyStatus(responder, filter.error());
        return;
    }
    if (watch) {
        handleWatch(request, responder, target, filter.value());
        return;
    }
    ListOptions options;
    options.ns = target.ns;
    options.filter = filter.value();
    options.limit = request.queryValue(u"limit"_s).toLongLong();
    options.continueToken = continueToken;
    if (!rv.isEmpty() && match == u"Exact" && rvNumber != m_state.resourceVersion()) {
        replyStatus(responder,
            errors::expired(
                u"too old resource version: %1 (%2)"_s.arg(rvNumber).arg(m_state.resourceVersion())));
        return;
    }
    ApiResult<ListPage> page = m_state.list(target.kind, options);
    if (!page) {
        replyStatus(responder, page.error());
        return;
    }
    QJsonObject metadata {{"resourceVersion"_L1, QString::number(page.value().resourceVersion)}};
    if (!page.value().continueToken.isEmpty())
        metadata.insert("continue"_L1, page.value().continueToken);
    if (page.value().remainingItemCount)
        metadata.insert("remainingItemCount"_L1, *page.value().remainingItemCount);
    if (wantsTable(request)) {
        HttpListener::reply(responder, 200,
            toJsonBytes(TablePrinter::table(target.kind, page.value().items, m_state.now(), metadata,
                TablePrinter::includeObjectFromString(request.queryValue(u"includeObject"_s)))));
        return;
    }
    QJsonArray items;
    for (const QJsonObject& o : page.value().items)
        items.append(stripTypeMeta(o));
    const QJsonObject list {{"kind"_L1, QString(target.kind.kind + u"List"_s)},
        {"apiVersion"_L1, target.kind.apiVersion()}, {"metadata"_L1, metadata}, {"items"_L1, items}};
    HttpListener::reply(responder, 200, toJsonBytes(list));
}

void ClusterApiServer::handleWatch(const HttpRequest& request, const ResponderPtr& responder,
    const Target& target, std::function<bool(const QJsonObject&)> filter)
{
    WatchOptions options;
    options.kind = target.kind;
    options.ns = target.ns;
    options.filter = std::move(filter);
    if (!target.name.isEmpty()) {
        // Legacy /watch/.../name paths watch one object.
        const QString name = target.name;
        const Filter previous = options.filter;
        options.filter = [name, previous](const QJsonObject& o) {
            return o.value("metadata"_L1).toObject().value("name"_L1).toString() == name
                && (!previous || previous(o));
        };
    }
    const QString rv = request.queryValue(u"resourceVersion"_s);
    if (!rv.isEmpty())
        options.resourceVersion = rv.toLongLong();
    if (request.hasQuery(u"sendInitialEvents"_s))
        options.sendInitialEvents = isTrue(request.queryValue(u"sendInitialEvents"_s));
    options.allowBookmarks = isTrue(request.queryValue(u"allowWatchBookmarks"_s));
    options.timeoutMs = request.queryValue(u"timeoutSeconds"_s).toInt() * 1000;
    options.bookmarkIntervalMs = m_settings.bookmarkIntervalMs;
    options.cutAfterMs = m_settings.cutWatchEverySeconds * 1000;
    if (wantsTable(request)) {
        const ResourceKind kind = target.kind;
        ClusterState* state = &m_state;
        const TablePrinter::IncludeObject include
            = TablePrinter::includeObjectFromString(request.queryValue(u"includeObject"_s));
        options.transform = [kind, state, include](const QJsonObject& o) {
            return TablePrinter::table(kind, {o}, state->now(),
                QJsonObject {
                    {"resourceVersion"_L1, o.value("metadata"_L1).toObject().value("resourceVersion"_L1)}},
                include);
        };
    }
    new WatchStream(m_state, std::move(options), responder,
        m_listener ? m_listener->connectionOf(request) : nullptr, this);
}

void ClusterApiServer::handleWrite(
    const HttpRequest& request, const ResponderPtr& responder, const Target& target)
{
    const ResourceKind& kind = target.kind;
    const QByteArray contentType = request.header("content-type").split(';').first().trimmed();
    const bool isApply = request.method == "PATCH" && contentType == "application/apply-patch+yaml";
    const QString optionsKind = request.method == "POST" ? u"CreateOptions.meta.k8s.io"_s
        : request.method == "PUT"                        ? u"UpdateOptions.meta.k8s.io"_s
                                                         : u"PatchOptions.meta.k8s.io"_s;
    ApiResult<WriteOptions> options = writeOptionsOf(request, optionsKind, isApply);
    if (!options) {
        replyStatus(responder, options.error());
        return;
    }
    options.value().statusSubresource = target.subresource == u"status";

    ApiResult<WriteOutcome> result = errors::methodNotAllowed();
    if (request.method == "PATCH") {
        if (contentType == "application/merge-patch+json"
            || contentType == "application/strategic-merge-patch+json") {
            ApiResult<QJsonObject> patch = parseBody(request);
            if (!patch) {
                replyStatus(responder, patch.error());
                return;
            }
            if (contentType == "application/merge-patch+json") {
                result = m_state.mergePatch(kind, target.ns, target.name, patch.value(), options.value());
            } else {
                const std::optional<QJsonObject> current = m_state.find(kind, target.ns, target.name);
                if (!current) {
                    replyStatus(responder, errors::notFound(kind, target.name));
                    return;
                }
                // Strategic merge → a merge patch that produces the same object.
                QJsonObject merged = jsonpatch::strategicMergePatch(*current, patch.value()).toObject();
                result = m_state.update(kind, target.ns, target.name, merged, options.value());
            }
        } else if (contentType == "application/json-patch+json") {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
            if (!doc.isArray()) {
                replyStatus(responder,
                    errors::badRequest(
                        u"json: cannot unmarshal object into Go value of type jsonpatch.Patch"_s));
                return;
            }
            result = m_state.jsonPatch(kind, target.ns, target.name, doc.array(), options.value());
        } else if (isApply) {
            const YamlDocuments docs = parseYaml(request.body);
            if (!docs.ok() || docs.objects.size() != 1) {
                replyStatus(responder,
                    errors::badRequest(u"error decoding YAML: "_s
                        + (docs.ok() ? u"expected one object"_s : docs.error->message)));
                return;
            }
            result = m_state.apply(kind, target.ns, target.name, docs.objects.first(), options.value());
        } else {
            replyStatus(responder, errors::unsupportedMediaType());
            return;
        }
    } else {
        ApiResult<QJsonObject> body = parseBody(request);
        if (!body) {
            replyStatus(responder, body.error());
            return;
        }
        if (request.method == "POST")
            result = m_state.create(kind, target.ns, body.value(), options.value());
        else
            result = m_state.update(kind, target.ns, target.name, body.value(), options.value());
    }
    if (!result) {
        replyStatus(responder, result.error());
        return;
    }
    replyObject(request, responder, kind, result.value().object, result.value().created ? 201 : 200);
}

namespace {

ApiResult<DeleteOptions> deleteOptionsOf(const HttpRequest& request)
{
    DeleteOptions options;
    QStringList dryRun = request.query.allQueryItemValues(u"dryRun"_s, QUrl::FullyDecoded);
    if (!request.body.trimmed().isEmpty()) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        for (const QJsonValue& v : body.value("dryRun"_L1).toArray())
            dryRun.append(v.toString());
        options.propagationPolicy = body.value("propagationPolicy"_L1).toString();
        if (body.contains("gracePeriodSeconds"_L1))
            options.gracePeriodSeconds = body.value("gracePeriodSeconds"_L1).toInteger();
        const QJsonObject preconditions = body.value("preconditions"_L1).toObject();
        options.preconditionUid = preconditions.value("uid"_L1).toString();
        options.preconditionResourceVersion = preconditions.value("resourceVersion"_L1).toString();
    }
    QList<FieldError> errs;
    for (const QString& v : std::as_const(dryRun)) {
        if (v != u"All") {
            QJsonArray values;
            for (const QString& d : std::as_const(dryRun))
                values.append(d);
            errs.append(FieldError::notSupported(u"dryRun"_s, values, {u"All"_s}));
            break;
        }
    }
    options.dryRun = !dryRun.isEmpty();
    if (request.hasQuery(u"propagationPolicy"_s))
        options.propagationPolicy = request.queryValue(u"propagationPolicy"_s);
    if (request.hasQuery(u"gracePeriodSeconds"_s))
        options.gracePeriodSeconds = request.queryValue(u"gracePeriodSeconds"_s).toLongLong();
    if (!options.propagationPolicy.isEmpty() && options.propagationPolicy != u"Orphan"
        && options.propagationPolicy != u"Background" && options.propagationPolicy != u"Foreground")
        errs.append(FieldError::notSupported(u"propagationPolicy"_s, options.propagationPolicy,
            {u"Foreground"_s, u"Background"_s, u"Orphan"_s, u"nil"_s}));
    if (options.gracePeriodSeconds && *options.gracePeriodSeconds < 0)
        errs.append(FieldError::invalid(
            u"gracePeriodSeconds"_s, *options.gracePeriodSeconds, u"must be greater than or equal to 0"_s));
    if (!errs.isEmpty())
        return errors::invalidOptions(u"DeleteOptions.meta.k8s.io"_s, errs);
    return options;
}

/// Kinds whose delete returns the object (ReturnDeletedObject), else a Success Status.
bool returnsDeletedObject(const ResourceKind& kind)
{
    return kind.group.isEmpty() && kind.kind != u"Event";
}

} // namespace

void ClusterApiServer::handleDelete(
    const HttpRequest& request, const ResponderPtr& responder, const Target& target)
{
    ApiResult<DeleteOptions> options = deleteOptionsOf(request);
    if (!options) {
        replyStatus(responder, options.error());
        return;
    }
    ApiResult<WriteOutcome> result = m_state.remove(target.kind, target.ns, target.name, options.value());
    if (!result) {
        replyStatus(responder, result.error());
        return;
    }
    const QJsonObject& object = result.value().object;
    if (result.value().removed && !returnsDeletedObject(target.kind)) {
        ApiStatus success = errors::deleteSuccess(
            target.kind, target.name, object.value("metadata"_L1).toObject().value("uid"_L1).toString());
        HttpListener::reply(responder, 200, toJsonBytes(success.toJson()));
        return;
    }
    replyObject(request, responder, target.kind, object);
}

void ClusterApiServer::handleDeleteCollection(
    const HttpRequest& request, const ResponderPtr& responder, const Target& target)
{
    ApiResult<DeleteOptions> options = deleteOptionsOf(request);
    if (!options) {
        replyStatus(responder, options.error());
        return;
    }
    ApiResult<Filter> filter = compileFilter(target.kind, request);
    if (!filter) {
        replyStatus(responder, filter.error());
        return;
    }
    QJsonArray items;
    for (const QJsonObject& o : m_state.objects(target.kind, target.ns)) {
        if (filter.value() && !filter.value()(o))
            continue;
        const QJsonObject meta = o.value("metadata"_L1).toObject();
        ApiResult<WriteOutcome> r = m_state.remove(target.kind, meta.value("namespace"_L1).toString(),
            meta.value("name"_L1).toString(), options.value());
        if (r)
            items.append(stripTypeMeta(r.value().object));
    }
    const QJsonObject list {{"kind"_L1, QString(target.kind.kind + u"List"_s)},
        {"apiVersion"_L1, target.kind.apiVersion()},
        {"metadata"_L1, QJsonObject {{"resourceVersion"_L1, QString::number(m_state.resourceVersion())}}},
        {"items"_L1, items}};
    HttpListener::reply(responder, 200, toJsonBytes(list));
}

} // namespace ase::demo
