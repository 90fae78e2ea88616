// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/OpenApiValidator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"undefined"_s;
}

} // namespace

bool OpenApiValidator::loadFile(const QString& path, QString* error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return false;
    }
    return addDocument(QJsonDocument::fromJson(file.readAll()).object(), error);
}

bool OpenApiValidator::addDocument(const QJsonObject& document, QString* error)
{
    const QJsonObject schemas = document.value(u"components").toObject().value(u"schemas").toObject();
    if (schemas.isEmpty()) {
        *error = u"no components.schemas in the OpenAPI document"_s;
        return false;
    }
    for (auto it = schemas.constBegin(); it != schemas.constEnd(); ++it) {
        const QJsonObject schema = it.value().toObject();
        m_schemas.insert(it.key(), schema);
        for (const QJsonValue& gvk : schema.value(u"x-kubernetes-group-version-kind").toArray()) {
            const QJsonObject g = gvk.toObject();
            const QString group = g.value(u"group").toString();
            const QString apiVersion = group.isEmpty() ? g.value(u"version").toString()
                                                       : group + u'/' + g.value(u"version").toString();
            m_byKind.insert(apiVersion + u'|' + g.value(u"kind").toString(), it.key());
        }
    }
    return true;
}

bool OpenApiValidator::knows(const QString& apiVersion, const QString& kind) const
{
    return m_byKind.contains(apiVersion + u'|' + kind);
}

QStringList OpenApiValidator::validate(const QJsonObject& object) const
{
    const QString apiVersion = object.value(u"apiVersion").toString();
    const QString kind = object.value(u"kind").toString();
    const QString name = m_byKind.value(apiVersion + u'|' + kind);
    if (name.isEmpty())
        return {u"no schema for %1 %2"_s.arg(apiVersion, kind)};
    QStringList errors;
    check(object, m_schemas.value(name), QString(), errors, 0);
    return errors;
}

void OpenApiValidator::check(
    const QJsonValue& v, const QJsonObject& schema, const QString& path, QStringList& errors, int depth) const
{
    if (depth > 100) {
        errors << path + u": schema nesting too deep"_s;
        return;
    }
    const QString where = path.isEmpty() ? u"."_s : path;
    if (schema.contains(u"$ref")) {
        static const QString prefix = u"#/components/schemas/"_s;
        const QString ref = schema.value(u"$ref").toString();
        if (!ref.startsWith(prefix) || !m_schemas.contains(ref.mid(prefix.size()))) {
            errors << where + u": unresolved $ref "_s + ref;
            return;
        }
        check(v, m_schemas.value(ref.mid(prefix.size())), path, errors, depth + 1);
        return;
    }
    for (const QJsonValue& sub : schema.value(u"allOf").toArray())
        check(v, sub.toObject(), path, errors, depth + 1);
    if (schema.contains(u"oneOf")) {
        int matches = 0;
        for (const QJsonValue& sub : schema.value(u"oneOf").toArray()) {
            QStringList subErrors;
            check(v, sub.toObject(), path, subErrors, depth + 1);
            matches += subErrors.isEmpty() ? 1 : 0;
        }
        if (matches != 1)
            errors << where
                    + u": %1 matches %2 of the oneOf alternatives, not exactly one"_s.arg(typeName(v))
                          .arg(matches);
    }
    if (schema.contains(u"enum") && !schema.value(u"enum").toArray().contains(v))
        errors << where + u": value not in enum"_s;

    const QString type = schema.value(u"type").toString();
    if (type.isEmpty())
        return;
    if (type == u"object") {
        if (!v.isObject()) {
            errors << where + u": expected object, got "_s + typeName(v);
            return;
        }
        const QJsonObject object = v.toObject();
        const QJsonObject properties = schema.value(u"properties").toObject();
        const QJsonValue additional = schema.value(u"additionalProperties");
        const bool open = (!schema.contains(u"properties") && !schema.contains(u"additionalProperties"))
            || schema.value(u"x-kubernetes-preserve-unknown-fields").toBool()
            || additional == QJsonValue(true);
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString child = path + u'.' + it.key();
            if (it.value().isNull())
                continue;
            if (properties.contains(it.key()))
                check(it.value(), properties.value(it.key()).toObject(), child, errors, depth + 1);
            else if (additional.isObject())
                check(it.value(), additional.toObject(), child, errors, depth + 1);
            else if (!open)
                errors << child + u": unknown field"_s;
        }
        for (const QJsonValue& required : schema.value(u"required").toArray())
            if (object.value(required.toString()).isNull() || object.value(required.toString()).isUndefined())
                errors << path + u'.' + required.toString() + u": required field missing"_s;
    } else if (type == u"array") {
        if (!v.isArray()) {
            errors << where + u": expected array, got "_s + typeName(v);
            return;
        }
        const QJsonArray array = v.toArray();
        const QJsonObject items = schema.value(u"items").toObject();
        for (qsizetype i = 0; i < array.size(); ++i)
            check(array.at(i), items, path + u'[' + QString::number(i) + u']', errors, depth + 1);
    } else if (type == u"string") {
        if (!v.isString())
            errors << where + u": expected string, got "_s + typeName(v);
    } else if (type == u"integer") {
        const double d = v.toDouble();
        if (!v.isDouble() || d != std::trunc(d)) {
            errors << where + u": expected integer, got "_s + typeName(v);
        } else if (schema.value(u"format").toString() == u"int32"
            && (d < std::numeric_limits<qint32>::min() || d > std::numeric_limits<qint32>::max())) {
            errors << where + u": out of int32 range"_s;
        }
    } else if (type == u"number") {
        if (!v.isDouble())
            errors << where + u": expected number, got "_s + typeName(v);
    } else if (type == u"boolean") {
        if (!v.isBool())
            errors << where + u": expected boolean, got "_s + typeName(v);
    } else {
        errors << where + u": schema type "_s + type + u" not understood"_s;
    }
}

} // namespace ase
