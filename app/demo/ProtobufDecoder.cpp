// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/ProtobufDecoder.h"

#include "models/resources/ResourceKind.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QStringList>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace ase::demo::protobuf {

namespace {

// The messages, one a line: `<Message> <number> <jsonName> <type>[flags], ...`, with the
// field numbers of k8s.io/api and k8s.io/apimachinery generated.proto. Types: s string,
// b bytes (→ base64), i integer, o bool, t Time, q Quantity, x IntOrString, ms/mb/mq maps
// of string to string/bytes/Quantity, @<Message>. Flags: * repeated, ! a pointer field (its
// zero value is kept; for a message, {} is kept), ^ inlined into the parent object.
const char* const kMessages
    = R"(ObjectMeta 1 name s, 2 generateName s, 3 namespace s, 4 selfLink s, 5 uid s, 6 resourceVersion s, 7 generation i, 8 creationTimestamp t, 9 deletionTimestamp t, 10 deletionGracePeriodSeconds i!, 11 labels ms, 12 annotations ms, 13 ownerReferences @OwnerReference*, 14 finalizers s*
OwnerReference 1 kind s, 3 name s, 4 uid s, 5 apiVersion s, 6 controller o!, 7 blockOwnerDeletion o!
LabelSelector 1 matchLabels ms, 2 matchExpressions @LabelSelectorRequirement*
LabelSelectorRequirement 1 key s, 2 operator s, 3 values s*
Namespace 1 metadata @ObjectMeta, 2 spec @NamespaceSpec
NamespaceSpec 1 finalizers s*
ConfigMap 1 metadata @ObjectMeta, 2 data ms, 3 binaryData mb, 4 immutable o!
Secret 1 metadata @ObjectMeta, 2 data mb, 3 type s, 4 stringData ms, 5 immutable o!
Deployment 1 metadata @ObjectMeta, 2 spec @DeploymentSpec
DeploymentSpec 1 replicas i!, 2 selector @LabelSelector!, 3 template @PodTemplateSpec, 4 strategy @DeploymentStrategy, 5 minReadySeconds i, 6 revisionHistoryLimit i!, 7 paused o, 9 progressDeadlineSeconds i!
DeploymentStrategy 1 type s, 2 rollingUpdate @RollingUpdateDeployment!
RollingUpdateDeployment 1 maxUnavailable x, 2 maxSurge x
Pod 1 metadata @ObjectMeta, 2 spec @PodSpec
PodTemplateSpec 1 metadata @ObjectMeta, 2 spec @PodSpec
PodSpec 1 volumes @Volume*, 2 containers @Container*, 3 restartPolicy s, 4 terminationGracePeriodSeconds i!, 5 activeDeadlineSeconds i!, 6 dnsPolicy s, 7 nodeSelector ms, 8 serviceAccountName s, 9 serviceAccount s, 10 nodeName s, 11 hostNetwork o, 12 hostPID o, 13 hostIPC o, 16 hostname s, 17 subdomain s, 19 schedulerName s, 20 initContainers @Container*, 21 automountServiceAccountToken o!
Container 1 name s, 2 image s, 3 command s*, 4 args s*, 5 workingDir s, 6 ports @ContainerPort*, 7 env @EnvVar*, 8 resources @ResourceRequirements, 9 volumeMounts @VolumeMount*, 13 terminationMessagePath s, 14 imagePullPolicy s, 16 stdin o, 17 stdinOnce o, 18 tty o, 20 terminationMessagePolicy s
ContainerPort 1 name s, 2 hostPort i, 3 containerPort i, 4 protocol s, 5 hostIP s
EnvVar 1 name s, 2 value s
ResourceRequirements 1 limits mq, 2 requests mq
VolumeMount 1 name s, 2 readOnly o, 3 mountPath s, 4 subPath s, 5 mountPropagation s!, 6 subPathExpr s
Volume 1 name s, 2 volumeSource @VolumeSource^
VolumeSource 1 hostPath @HostPathVolumeSource!, 2 emptyDir @EmptyDirVolumeSource!, 10 persistentVolumeClaim @PersistentVolumeClaimVolumeSource!
HostPathVolumeSource 1 path s, 2 type s!
EmptyDirVolumeSource 1 medium s, 2 sizeLimit q
PersistentVolumeClaimVolumeSource 1 claimName s, 2 readOnly o)";

enum class Type {
    String,
    Bytes,
    Int,
    Bool,
    Time,
    Quantity,
    IntOrString,
    StringMap,
    BytesMap,
    QuantityMap,
    Message
};

struct Field
{
    QString name;
    Type type = Type::String;
    QString message; ///< Type::Message: the message's name
    bool repeated = false;
    bool pointer = false;
    bool inlined = false;
};

using Messages = QHash<QString, QHash<int, Field>>;

const Messages& messages()
{
    static const Messages table = [] {
        static const QHash<QString, Type> types {{u"s"_s, Type::String}, {u"b"_s, Type::Bytes},
            {u"i"_s, Type::Int}, {u"o"_s, Type::Bool}, {u"t"_s, Type::Time}, {u"q"_s, Type::Quantity},
            {u"x"_s, Type::IntOrString}, {u"ms"_s, Type::StringMap}, {u"mb"_s, Type::BytesMap},
            {u"mq"_s, Type::QuantityMap}};
        Messages m;
        for (const QString& line : QString::fromLatin1(kMessages).split(u'\n')) {
            const QString name = line.section(u' ', 0, 0);
            for (const QString& spec : line.section(u' ', 1).split(u", "_s)) {
                const QStringList parts = spec.split(u' ');
                Field f;
                f.name = parts.at(1);
                QString type = parts.at(2);
                while (type.endsWith(u'*') || type.endsWith(u'!') || type.endsWith(u'^')) {
                    f.repeated = f.repeated || type.endsWith(u'*');
                    f.pointer = f.pointer || type.endsWith(u'!');
                    f.inlined = f.inlined || type.endsWith(u'^');
                    type.chop(1);
                }
                if (type.startsWith(u'@')) {
                    f.type = Type::Message;
                    f.message = type.mid(1);
                } else {
                    f.type = types.value(type);
                }
                m[name].insert(parts.at(0).toInt(), f);
            }
        }
        return m;
    }();
    return table;
}

/// Protobuf wire format: varints, length-delimited fields, skipping.
class Reader final
{
public:
    explicit Reader(QByteArrayView data)
        : m_data(data)
    { }

    bool atEnd() const { return !m_ok || m_pos >= m_data.size(); }
    bool ok() const { return m_ok; }

    quint64 varint()
    {
        quint64 value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (m_pos >= m_data.size())
                break;
            const auto byte = static_cast<quint8>(m_data.at(m_pos++));
            value |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80))
                return value;
        }
        m_ok = false;
        return 0;
    }

    QByteArrayView bytes()
    {
        const quint64 length = varint();
        if (!m_ok || length > quint64(m_data.size() - m_pos)) {
            m_ok = false;
            return {};
        }
        const QByteArrayView out = m_data.sliced(m_pos, qsizetype(length));
        m_pos += qsizetype(length);
        return out;
    }

    void skip(int wireType)
    {
        switch (wireType) {
        case 0:
            varint();
            break;
        case 1:
            m_pos += 8;
            break;
        case 2:
            bytes();
            break;
        case 5:
            m_pos += 4;
            break;
        default:
            m_ok = false;
        }
        if (m_pos > m_data.size())
            m_ok = false;
    }

private:
    QByteArrayView m_data;
    qsizetype m_pos = 0;
    bool m_ok = true;
};

/// The fields of a small message by number (Time, Quantity, IntOrString, map entries).
struct Parts
{
    QHash<int, quint64> numbers;
    QHash<int, QByteArrayView> bytes;
};

Parts partsOf(QByteArrayView data, bool* ok)
{
    Parts p;
    Reader r(data);
    while (!r.atEnd()) {
        const quint64 key = r.varint();
        const int wire = int(key & 7);
        if (wire == 0)
            p.numbers.insert(int(key >> 3), r.varint());
        else if (wire == 2)
            p.bytes.insert(int(key >> 3), r.bytes());
        else
            r.skip(wire);
    }
    *ok = *ok && r.ok();
    return p;
}

QString text(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes);
}

QJsonObject decodeMessage(const QString& name, QByteArrayView data, bool* ok);

/// The JSON value of one field occurrence; undefined for a zero value that Go omits.
QJsonValue decodeValue(const Field& f, Reader& r, int wire, bool* ok)
{
    const bool varintType = f.type == Type::Int || f.type == Type::Bool;
    if (varintType != (wire == 0)) {
        r.skip(wire);
        return QJsonValue::Undefined;
    }
    const bool keepZero = f.pointer || f.repeated;
    switch (f.type) {
    case Type::Int: {
        const auto value = static_cast<qint64>(r.varint());
        return value != 0 || keepZero ? QJsonValue(value) : QJsonValue::Undefined;
    }
    case Type::Bool: {
        const bool value = r.varint() != 0;
        return value || keepZero ? QJsonValue(value) : QJsonValue::Undefined;
    }
    case Type::String: {
        const QString value = text(r.bytes());
        return !value.isEmpty() || keepZero ? QJsonValue(value) : QJsonValue::Undefined;
    }
    case Type::Bytes:
        return QString::fromLatin1(r.bytes().toByteArray().toBase64());
    case Type::Time: {
        const Parts p = partsOf(r.bytes(), ok);
        const auto seconds = static_cast<qint64>(p.numbers.value(1));
        if (seconds == 0 && p.numbers.value(2) == 0)
            return QJsonValue::Undefined;
        return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::UTC).toString(Qt::ISODate);
    }
    case Type::Quantity:
        return text(partsOf(r.bytes(), ok).bytes.value(1));
    case Type::IntOrString: {
        const Parts p = partsOf(r.bytes(), ok);
        if (p.numbers.value(1) == 1)
            return text(p.bytes.value(3));
        return static_cast<qint64>(p.numbers.value(2));
    }
    case Type::StringMap:
    case Type::BytesMap:
    case Type::QuantityMap: {
        const Parts entry = partsOf(r.bytes(), ok);
        const QByteArrayView value = entry.bytes.value(2);
        QJsonValue v = text(value);
        if (f.type == Type::BytesMap)
            v = QString::fromLatin1(value.toByteArray().toBase64());
        else if (f.type == Type::QuantityMap)
            v = text(partsOf(value, ok).bytes.value(1));
        return QJsonObject {{text(entry.bytes.value(1)), v}};
    }
    case Type::Message: {
        const QJsonObject object = decodeMessage(f.message, r.bytes(), ok);
        return !object.isEmpty() || keepZero ? QJsonValue(object) : QJsonValue::Undefined;
    }
    }
    return QJsonValue::Undefined;
}

QJsonObject decodeMessage(const QString& name, QByteArrayView data, bool* ok)
{
    const QHash<int, Field> fields = messages().value(name);
    QJsonObject out;
    Reader r(data);
    while (!r.atEnd()) {
        const quint64 key = r.varint();
        const auto it = fields.constFind(int(key >> 3));
        if (it == fields.cend()) {
            r.skip(int(key & 7));
            continue;
        }
        const Field& f = *it;
        const QJsonValue value = decodeValue(f, r, int(key & 7), ok);
        if (value.isUndefined())
            continue;
        if (f.inlined) {
            const QJsonObject inner = value.toObject();
            for (auto i = inner.begin(); i != inner.end(); ++i)
                out.insert(i.key(), i.value());
        } else if (f.type == Type::StringMap || f.type == Type::BytesMap || f.type == Type::QuantityMap) {
            QJsonObject map = out.value(f.name).toObject();
            const QJsonObject entry = value.toObject();
            map.insert(entry.begin().key(), entry.begin().value());
            out.insert(f.name, map);
        } else if (f.repeated) {
            QJsonArray array = out.value(f.name).toArray();
            array.append(value);
            out.insert(f.name, array);
        } else {
            out.insert(f.name, value);
        }
    }
    *ok = *ok && r.ok();
    return out;
}

} // namespace

ApiResult<QJsonObject> decodeObject(const QByteArray& body)
{
    static const QByteArray magic("k8s\0", 4);
    if (!body.startsWith(magic))
        return errors::badRequest(
            u"provided object is not a Kubernetes protobuf object (missing magic prefix)"_s);
    // runtime.Unknown: 1 typeMeta {1 apiVersion, 2 kind}, 2 raw, 3 contentEncoding, 4 contentType.
    bool ok = true;
    const Parts unknown = partsOf(QByteArrayView(body).sliced(magic.size()), &ok);
    const Parts typeMeta = partsOf(unknown.bytes.value(1), &ok);
    const QString apiVersion = text(typeMeta.bytes.value(1));
    const QString kind = text(typeMeta.bytes.value(2));
    if (!ok)
        return errors::badRequest(u"unable to decode the protobuf object: malformed runtime.Unknown"_s);
    if (!resourceKindByKind(kind).isValid() || !messages().contains(kind)
        || !unknown.bytes.value(3).isEmpty())
        return errors::unsupportedMediaType({u"application/json"_s, u"application/yaml"_s});
    QJsonObject object = decodeMessage(kind, unknown.bytes.value(2), &ok);
    if (!ok)
        return errors::badRequest(u"unable to decode the protobuf object: malformed %1"_s.arg(kind));
    object.insert("apiVersion"_L1, apiVersion);
    object.insert("kind"_L1, kind);
    return object;
}

} // namespace ase::demo::protobuf
