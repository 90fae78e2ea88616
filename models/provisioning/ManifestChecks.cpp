// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/provisioning/ManifestChecks.h"

#include "models/provisioning/ProvisioningText.h"
#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"
#include "models/resources/Names.h"
#include "models/resources/OpenApiValidator.h"
#include "models/resources/Quantity.h"
#include "models/resources/ResourceKind.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace ase::provisioning {

namespace {

class ObjectChecker
{
public:
    ObjectChecker(const QJsonObject& object, int document)
        : m_object(object)
        , m_document(document)
        , m_kind(object.value(u"kind").toString())
        , m_name(metafield::name(object))
    { }

    QList<Check> run()
    {
        if (m_object.value(u"apiVersion").toString().isEmpty())
            error(names::fieldRequired(u"apiVersion"_s));
        if (m_kind.isEmpty()) {
            error(names::fieldRequired(u"kind"_s));
            return m_checks;
        }
        checkNames();
        checkQuantities();
        return m_checks;
    }

private:
    void error(const QString& problem)
    {
        m_checks.append({DraftField::Manifest, Check::Severity::Error,
            Text::tr("%1 %2: %3", "kind, name, problem")
                .arg(m_kind.isEmpty() ? Text::tr("document %1").arg(m_document) : m_kind,
                    m_name.isEmpty() ? Text::tr("(no name)") : m_name, problem),
            m_document});
    }

    void checkNames()
    {
        const QJsonObject meta = metafield::of(m_object);
        if (meta.value(u"generateName").toString().isEmpty() && m_name.isEmpty()) {
            error(names::fieldRequired(u"metadata.name"_s, Text::tr("name or generateName is required")));
        } else if (!m_name.isEmpty()) {
            const QStringList problems = m_kind == kindname::Namespace ? names::isDns1123Label(m_name)
                                                                       : names::isDns1123Subdomain(m_name);
            if (!problems.isEmpty())
                error(names::fieldInvalid(u"metadata.name"_s, m_name, problems.join(u"; "_s)));
        }
        const QString ns = meta.value(u"namespace").toString();
        if (!ns.isEmpty()) {
            const QStringList problems = names::isDns1123Label(ns);
            if (!problems.isEmpty())
                error(names::fieldInvalid(u"metadata.namespace"_s, ns, problems.join(u"; "_s)));
            const ResourceKind resource = resourceKindByKind(m_kind);
            if (resource.isValid() && !resource.namespaced)
                m_checks.append({DraftField::Manifest, Check::Severity::Warning,
                    Text::tr("%1 %2: metadata.namespace %3 is ignored: a %1 belongs to no namespace.")
                        .arg(m_kind, m_name, ns),
                    m_document});
        }
    }

    void checkQuantity(const QString& path, const QJsonValue& value)
    {
        if (value.isUndefined() || value.isNull())
            return;
        const QString text = value.isDouble() ? QString::number(value.toDouble(), 'g', 17) : value.toString();
        QString problem;
        if (value.isBool() || value.isObject() || value.isArray() || !Quantity::parse(text, &problem))
            error(names::fieldInvalid(path, text,
                problem.isEmpty() ? u"quantities must match the regular expression "
                                    "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"_s
                                  : problem));
    }

    void checkResourceList(const QString& path, const QJsonObject& list)
    {
        for (auto it = list.constBegin(); it != list.constEnd(); ++it)
            checkQuantity(path + u'.' + it.key(), it.value());
    }

    void checkContainers(const QString& path, const QJsonObject& podSpec)
    {
        for (const QString& key : {u"containers"_s, u"initContainers"_s}) {
            const QJsonArray containers = podSpec.value(key).toArray();
            for (qsizetype i = 0; i < containers.size(); ++i) {
                const QJsonObject resources = containers.at(i).toObject().value(u"resources").toObject();
                const QString at = u"%1.%2[%3].resources"_s.arg(path, key).arg(i);
                checkResourceList(at + u".requests"_s, resources.value(u"requests").toObject());
                checkResourceList(at + u".limits"_s, resources.value(u"limits").toObject());
            }
        }
    }

    void checkQuantities()
    {
        const QJsonObject spec = m_object.value(u"spec").toObject();
        if (m_kind == kindname::PersistentVolumeClaim) {
            const QJsonObject resources = spec.value(u"resources").toObject();
            checkResourceList(u"spec.resources.requests"_s, resources.value(u"requests").toObject());
            checkResourceList(u"spec.resources.limits"_s, resources.value(u"limits").toObject());
        } else if (m_kind == kindname::PersistentVolume) {
            checkResourceList(u"spec.capacity"_s, spec.value(u"capacity").toObject());
        } else if (m_kind == kindname::Pod) {
            checkContainers(u"spec"_s, spec);
        } else if (spec.value(u"template").isObject()) {
            checkContainers(
                u"spec.template.spec"_s, spec.value(u"template").toObject().value(u"spec").toObject());
        }
    }

    const QJsonObject& m_object;
    int m_document;
    QString m_kind;
    QString m_name;
    QList<Check> m_checks;
};

} // namespace

QList<Check> objectChecks(const QJsonObject& object, int document)
{
    return ObjectChecker(object, document).run();
}

ManifestSet checkManifests(QByteArrayView yaml, const OpenApiValidator* validator)
{
    ManifestSet set;
    const YamlDocuments docs = parseYaml(yaml);
    set.error = docs.error;
    for (qsizetype i = 0; i < docs.objects.size(); ++i) {
        const QJsonObject& o = docs.objects.at(i);
        const int line = i < docs.lines.size() ? docs.lines.at(i) : 1;
        if (o.value(u"kind").toString().endsWith(u"List") && o.value(u"items").isArray()) {
            for (const QJsonValue& item : o.value(u"items").toArray()) {
                set.objects.append(item.toObject());
                set.lines.append(line);
            }
            continue;
        }
        set.objects.append(o);
        set.lines.append(line);
    }
    for (qsizetype i = 0; i < set.objects.size(); ++i)
        set.checks.append(objectChecks(set.objects.at(i), int(i) + 1));
    if (validator && !validator->isEmpty())
        set.checks.append(schemaChecks(set.objects, *validator));
    return set;
}

bool isShownKind(const QString& kind)
{
    return kind == kindname::PersistentVolume || kind == kindname::PersistentVolumeClaim
        || kind == kindname::StorageClass;
}

} // namespace ase::provisioning
