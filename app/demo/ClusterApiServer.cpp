// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/ClusterApiServer.h"

#include "app/demo/ApiDiscovery.h"
#include "app/demo/JsonPatch.h"
#include "app/demo/OpenApiDocuments.h"
#include "app/demo/ProtobufDecoder.h"
#include "app/demo/TablePrinter.h"
#include "app/demo/WatchStream.h"
#include "models/resources/FieldSelector.h"
#include "models/resources/KindNames.h"
#include "models/resources/LabelSelector.h"
#include "models/resources/MetaFields.h"
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

/// A boolean query parameter as the API server converts it (apimachinery's
/// Convert_Slice_string_To_bool): absent, "0" and "false" in any case are false; every
/// other value, the empty one included, is true.
bool queryFlag(const HttpRequest& request, const QString& name)
{
    if (!request.hasQuery(name))
        return false;
    const QString value = request.queryValue(name);
    return value != u"0" && value.compare(u"false"_s, Qt::CaseInsensitive) != 0;
}

/// An integer query parameter (absent → 0); a 400 with strconv's message when it is not one.
ApiResult<qint64> queryInteger(const HttpRequest& request, const QString& name)
{
    if (!request.hasQuery(name))
        return qint64(0);
    const QString value = request.queryValue(name);
    bool ok = false;
    const qint64 number = value.toLongLong(&ok);
    if (!ok)
        return errors::badRequest(u"strconv.ParseInt: parsing \"%1\": invalid syntax"_s.arg(value));
    return number;
}

/// The media type of the body, without parameters ("application/json").
QByteArray mediaTypeOf(const HttpRequest& request)
{
    return request.header("content-type").split(';').first().trimmed().toLower();
}

/// `Warning` headers (RFC 7234 code 299) as the API server sends them.
QHttpHeaders warningHeaders(const QStringList& warnings)
{
    QHttpHeaders headers;
    for (QString text : warnings) {
        text.replace(u'\\', u"\\\\"_s).replace(u'"', u"\\\""_s);
        headers.append("Warning", (u"299 - \""_s + text + u'"').toUtf8());
    }
    return headers;
}

/// Field values a field selector may test, per kind (as the API server registers them).
std::optional<QMap<QString, QString>> selectableFields(const ResourceKind& kind, const QJsonObject& o)
{
    const QJsonObject meta = metafield::of(o);
    QMap<QString, QString> f {{u"metadata.name"_s, meta.value("name"_L1).toString()},
        {u"metadata.namespace"_s, meta.value("namespace"_L1).toString()}};
    if (kind.kind == kindname::Event) {
        const QJsonObject io = o.value("involvedObject"_L1).toObject();
        for (const auto k : {"kind"_L1, "namespace"_L1, "name"_L1, "uid"_L1, "apiVersion"_L1,
                 "resourceVersion"_L1, "fieldPath"_L1})
            f.insert(u"involvedObject."_s + k, io.value(k).toString());
        f.insert(u"reason"_s, o.value("reason"_L1).toString());
        f.insert(u"reportingComponent"_s, o.value("reportingComponent"_L1).toString());
        f.insert(u"source"_s, o.value("source"_L1).toObject().value("component"_L1).toString());
        f.insert(u"type"_s, o.value("type"_L1).toString());
    } else if (kind.kind == kindname::Pod) {
        const QJsonObject spec = o.value("spec"_L1).toObject();
        const QJsonObject status = o.value("status"_L1).toObject();
        f.insert(u"spec.nodeName"_s, spec.value("nodeName"_L1).toString());
        f.insert(u"spec.restartPolicy"_s, spec.value("restartPolicy"_L1).toString());
        f.insert(u"spec.schedulerName"_s, spec.value("schedulerName"_L1).toString());
        f.insert(u"spec.serviceAccountName"_s, spec.value("serviceAccountName"_L1).toString());
        f.insert(u"status.phase"_s, status.value("phase"_L1).toString());
        f.insert(u"status.podIP"_s, status.value("podIP"_L1).toString());
        f.insert(u"status.nominatedNodeName"_s, status.value("nominatedNodeName"_L1).toString());
    } else if (kind.kind == kindname::Namespace) {
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
            const QJsonObject l = metafield::labels(o);
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
        options.force = queryFlag(request, u"force"_s);
    }
    const QString validation = request.queryValue(u"fieldValidation"_s);
    options.fieldValidation = fieldvalidation::fromString(validation);
    if (!options.fieldValidation)
        return errors::invalidOptions(optionsKind,
            {FieldError::notSupported(
                u"fieldValidation"_s, validation, {u""_s, u"Ignore"_s, u"Strict"_s, u"Warn"_s})});
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

/// The object of a create, update or merge-patch body: JSON, YAML, or the protobuf of the
/// kinds kubectl >= 1.32 creates (it sends built-in kinds as protobuf and does not retry a
/// 415 in JSON). Any other media type or kind is 415 with the types the server reads.
ApiResult<QJsonObject> parseBody(const HttpRequest& request)
{
    const QByteArray contentType = mediaTypeOf(request);
    if (contentType == protobuf::kMediaType)
        return protobuf::decodeObject(request.body);
    if (!contentType.isEmpty() && contentType != "application/json" && !contentType.endsWith("+json")
        && !contentType.endsWith("yaml"))
        return errors::unsupportedMediaType({u"application/json"_s, u"application/yaml"_s});
    if (contentType.endsWith("yaml")) {
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
    const ResourceKind& kind, const QJsonObject& object, int code, const QHttpHeaders& headers)
{
    if (wantsTable(request) && object.value("kind"_L1).toString() == kind.kind) {
        const QJsonObject table = TablePrinter::table(kind, {object}, m_state.now(),
            QJsonObject {{"resourceVersion"_L1, metafield::field(object, "resourceVersion"_L1)}},
            TablePrinter::includeObjectFromString(request.queryValue(u"includeObject"_s)));
        HttpListener::reply(responder, code, toJsonBytes(table), "application/json", headers);
        return;
    }
    HttpListener::reply(responder, code, toJsonBytes(object), "application/json", headers);
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
        || (!target.subresource.isEmpty()
            && !ApiDiscovery::subresources(kind).contains(target.subresource))) {
        replyStatus(responder, errors::pathNotFound());
        return;
    }
    const QByteArray& m = request.method;
    const bool watch = target.legacyWatch || queryFlag(request, u"watch"_s);
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
        else if (target.subresource == u"scale")
            HttpListener::reply(responder, 200, toJsonBytes(scaleOf(object.value())));
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

namespace {

/// The apiserver's checks of a list's or watch's resourceVersion, resourceVersionMatch,
/// continue and sendInitialEvents combination (k8s.io/apimachinery validation of
/// ListOptions), with its messages.
QList<FieldError> listOptionErrors(
    bool watch, const QString& rv, const QString& match, const QString& continueToken, bool hasInitialEvents)
{
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
    return errs;
}

} // namespace

void ClusterApiServer::handleList(
    const HttpRequest& request, const ResponderPtr& responder, const Target& target)
{
    const bool watch = target.legacyWatch || queryFlag(request, u"watch"_s);
    const QString rv = request.queryValue(u"resourceVersion"_s);
    const QString match = request.queryValue(u"resourceVersionMatch"_s);
    const QString continueToken = request.queryValue(u"continue"_s);
    const bool hasInitialEvents = request.hasQuery(u"sendInitialEvents"_s);
    const QList<FieldError> errs = listOptionErrors(watch, rv, match, continueToken, hasInitialEvents);
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
    const ApiResult<qint64> limit = queryInteger(request, u"limit"_s);
    if (!limit) {
        replyStatus(responder, limit.error());
        return;
    }
    options.limit = limit.value();
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
    replyListPage(request, responder, target, page.value());
}

void ClusterApiServer::replyListPage(
    const HttpRequest& request, const ResponderPtr& responder, const Target& target, const ListPage& page)
{
    QJsonObject metadata {{"resourceVersion"_L1, QString::number(page.resourceVersion)}};
    if (!page.continueToken.isEmpty())
        metadata.insert("continue"_L1, page.continueToken);
    if (page.remainingItemCount)
        metadata.insert("remainingItemCount"_L1, *page.remainingItemCount);
    if (wantsTable(request)) {
        HttpListener::reply(responder, 200,
            toJsonBytes(TablePrinter::table(target.kind, page.items, m_state.now(), metadata,
                TablePrinter::includeObjectFromString(request.queryValue(u"includeObject"_s)))));
        return;
    }
    QJsonArray items;
    for (const QJsonObject& o : page.items)
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
            return metafield::name(o) == name && (!previous || previous(o));
        };
    }
    const QString rv = request.queryValue(u"resourceVersion"_s);
    if (!rv.isEmpty())
        options.resourceVersion = rv.toLongLong();
    if (request.hasQuery(u"sendInitialEvents"_s))
        options.sendInitialEvents = queryFlag(request, u"sendInitialEvents"_s);
    options.allowBookmarks = queryFlag(request, u"allowWatchBookmarks"_s);
    const ApiResult<qint64> timeout = queryInteger(request, u"timeoutSeconds"_s);
    if (!timeout) {
        replyStatus(responder, timeout.error());
        return;
    }
    options.timeoutMs = int(std::clamp<qint64>(timeout.value(), 0, 24 * 3600) * 1000);
    options.bookmarkIntervalMs = m_settings.bookmarkIntervalMs;
    options.cutAfterMs = m_settings.cutWatchEverySeconds * 1000;
    if (wantsTable(request)) {
        const ResourceKind kind = target.kind;
        ClusterState* state = &m_state;
        const TablePrinter::IncludeObject include
            = TablePrinter::includeObjectFromString(request.queryValue(u"includeObject"_s));
        options.transform = [kind, state, include](const QJsonObject& o) {
            return TablePrinter::table(kind, {o}, state->now(),
                QJsonObject {{"resourceVersion"_L1, metafield::field(o, "resourceVersion"_L1)}}, include);
        };
    }
    new WatchStream(m_state, std::move(options), responder,
        m_listener ? m_listener->connectionOf(request) : nullptr, this);
}

namespace {

/// Go's labels.Selector String() of a metav1.LabelSelector: requirements sorted by key.
QString selectorString(const QJsonObject& selector)
{
    QMap<QString, QString> requirements;
    const QJsonObject matchLabels = selector.value("matchLabels"_L1).toObject();
    for (auto it = matchLabels.begin(); it != matchLabels.end(); ++it)
        requirements.insert(it.key(), it.key() + u'=' + it.value().toString());
    for (const QJsonValue& e : selector.value("matchExpressions"_L1).toArray()) {
        const QJsonObject expression = e.toObject();
        const QString key = expression.value("key"_L1).toString();
        const QString op = expression.value("operator"_L1).toString();
        QStringList values;
        for (const QJsonValue& v : expression.value("values"_L1).toArray())
            values.append(v.toString());
        values.sort();
        const QString set = u" ("_s + values.join(u',') + u')';
        requirements.insert(key,
            op == u"In"           ? key + u" in"_s + set
                : op == u"NotIn"  ? key + u" notin"_s + set
                : op == u"Exists" ? key
                                  : u'!' + key);
    }
    return requirements.values().join(u',');
}

const ResourceKind& scaleKind()
{
    static const ResourceKind kind {
        u"autoscaling"_s, u"v1"_s, u"scale"_s, u"scale"_s, u"Scale"_s, true, {}, {}};
    return kind;
}

/// The patch of a PATCH request applied to @p target (merge, strategic merge or JSON patch),
/// for a subresource whose object has no lists (a Scale): there strategic merge is merge.
ApiResult<QJsonObject> patched(const HttpRequest& request, const QJsonObject& target)
{
    const QByteArray contentType = mediaTypeOf(request);
    if (contentType == "application/merge-patch+json"
        || contentType == "application/strategic-merge-patch+json") {
        ApiResult<QJsonObject> patch = parseBody(request);
        if (!patch)
            return patch.error();
        return jsonpatch::mergePatch(target, patch.value()).toObject();
    }
    if (contentType == "application/json-patch+json") {
        const QJsonDocument doc = QJsonDocument::fromJson(request.body);
        QString error;
        const std::optional<QJsonValue> result
            = doc.isArray() ? jsonpatch::applyJsonPatch(target, doc.array(), &error) : std::nullopt;
        if (!result || !result->isObject())
            return errors::badRequest(error.isEmpty()
                    ? u"json: cannot unmarshal object into Go value of type jsonpatch.Patch"_s
                    : error);
        return result->toObject();
    }
    return errors::unsupportedMediaType({u"application/json-patch+json"_s, u"application/merge-patch+json"_s,
        u"application/strategic-merge-patch+json"_s});
}

} // namespace

QJsonObject ClusterApiServer::scaleOf(const QJsonObject& object)
{
    const QJsonObject meta = metafield::of(object);
    QJsonObject scaleMeta;
    for (const auto key : {"name"_L1, "namespace"_L1, "uid"_L1, "resourceVersion"_L1, "creationTimestamp"_L1})
        scaleMeta.insert(key, meta.value(key));
    const QJsonObject spec = object.value("spec"_L1).toObject();
    const QJsonObject status = object.value("status"_L1).toObject();
    return {{"kind"_L1, "Scale"_L1}, {"apiVersion"_L1, "autoscaling/v1"_L1}, {"metadata"_L1, scaleMeta},
        {"spec"_L1, QJsonObject {{"replicas"_L1, spec.value("replicas"_L1).toInt(1)}}},
        {"status"_L1,
            QJsonObject {{"replicas"_L1, status.value("replicas"_L1).toInt()},
                {"selector"_L1, selectorString(spec.value("selector"_L1).toObject())}}}};
}

void ClusterApiServer::handleScaleWrite(const HttpRequest& request, const ResponderPtr& responder,
    const Target& target, const WriteOptions& options)
{
    const ApiResult<QJsonObject> current = m_state.get(target.kind, target.ns, target.name);
    if (!current) {
        replyStatus(responder, current.error());
        return;
    }
    const ApiResult<QJsonObject> scale
        = request.method == "PUT" ? parseBody(request) : patched(request, scaleOf(current.value()));
    if (!scale) {
        replyStatus(responder, scale.error());
        return;
    }
    const QJsonValue replicas = scale.value().value("spec"_L1).toObject().value("replicas"_L1);
    if (!replicas.isDouble() || replicas.toInteger() < 0) {
        replyStatus(responder,
            errors::invalid(scaleKind(), target.name,
                {FieldError::invalid(
                    u"spec.replicas"_s, replicas, u"must be greater than or equal to 0"_s)}));
        return;
    }
    // The Scale's resourceVersion is the object's: a stale one is a conflict, none is none.
    QJsonObject object = current.value();
    QJsonObject spec = object.value("spec"_L1).toObject();
    spec.insert("replicas"_L1, replicas.toInteger());
    object.insert("spec"_L1, spec);
    QJsonObject meta = metafield::of(object);
    const QJsonValue rv = metafield::field(scale.value(), "resourceVersion"_L1);
    if (rv.toString().isEmpty())
        meta.remove("resourceVersion"_L1);
    else
        meta.insert("resourceVersion"_L1, rv);
    object.insert("metadata"_L1, meta);
    const ApiResult<WriteOutcome> result
        = m_state.update(target.kind, target.ns, target.name, object, options);
    if (!result) {
        replyStatus(responder, result.error());
        return;
    }
    HttpListener::reply(responder, 200, toJsonBytes(scaleOf(result.value().object)));
}

void ClusterApiServer::handleWrite(
    const HttpRequest& request, const ResponderPtr& responder, const Target& target)
{
    const ResourceKind& kind = target.kind;
    const QByteArray contentType = mediaTypeOf(request);
    const bool isApply = request.method == "PATCH" && contentType == "application/apply-patch+yaml";
    const QString optionsKind = request.method == "POST" ? u"CreateOptions.meta.k8s.io"_s
        : request.method == "PUT"                        ? u"UpdateOptions.meta.k8s.io"_s
                                                         : u"PatchOptions.meta.k8s.io"_s;
    ApiResult<WriteOptions> options = writeOptionsOf(request, optionsKind, isApply);
    if (!options) {
        replyStatus(responder, options.error());
        return;
    }
    if (target.subresource == u"scale") {
        options.value().fieldValidation.reset();
        handleScaleWrite(request, responder, target, options.value());
        return;
    }
    options.value().statusSubresource = target.subresource == u"status";
    QStringList warnings;
    options.value().warnings = &warnings;
    if (contentType.endsWith("json"))
        options.value().duplicateFields = fieldvalidation::duplicateFields(request.body);

    ApiResult<WriteOutcome> result = errors::methodNotAllowed();
    if (request.method == "PATCH") {
        if (contentType == "application/merge-patch+json"
            || contentType == "application/strategic-merge-patch+json") {
            ApiResult<QJsonObject> patch = parseBody(request);
            if (!patch) {
                replyStatus(responder, patch.error());
                return;
            }
            result = m_state.mergePatch(kind, target.ns, target.name, patch.value(), options.value(),
                contentType == "application/merge-patch+json" ? ClusterState::MergeType::Json
                                                              : ClusterState::MergeType::Strategic);
        } else if (contentType == "application/json-patch+json") {
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(request.body, &error);
            if (!doc.isArray()) {
                replyStatus(responder,
                    errors::badRequest(
                        u"json: cannot unmarshal object into Go value of type jsonpatch.Patch"_s));
                return;
            }
            // A JSON patch's repeated keys are in its operations, not in the object.
            options.value().duplicateFields.clear();
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
            replyStatus(responder,
                errors::unsupportedMediaType(
                    {u"application/json-patch+json"_s, u"application/merge-patch+json"_s,
                        u"application/apply-patch+yaml"_s, u"application/strategic-merge-patch+json"_s}));
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
    replyObject(request, responder, kind, result.value().object, result.value().created ? 201 : 200,
        warningHeaders(warnings));
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
    if (request.hasQuery(u"gracePeriodSeconds"_s)) {
        const ApiResult<qint64> seconds = queryInteger(request, u"gracePeriodSeconds"_s);
        if (!seconds)
            return seconds.error();
        options.gracePeriodSeconds = seconds.value();
    }
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
    return kind.group.isEmpty() && kind.kind != kindname::Event;
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
        ApiStatus success = errors::deleteSuccess(target.kind, target.name, metafield::uid(object));
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
        const QJsonObject meta = metafield::of(o);
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
