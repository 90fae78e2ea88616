// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/arm/ArmRequestChecks.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ase::demo::requestcheck {

CloudError invalidContent(const QString& detail)
{
    return {400, u"InvalidRequestContent"_s,
        u"The request content was invalid and could not be deserialized: '"_s + detail + u"'."_s};
}

CloudError requiredProperty(const QString& property, const QString& path)
{
    return invalidContent(
        u"Required property '"_s + property + u"' not found in JSON. Path '"_s + path + u"'"_s);
}

std::optional<CloudError> checkString(const QJsonObject& object, const QString& property, const QString& path,
    bool required, const QStringList& allowed, const QString& typeName)
{
    const QString fullPath = path.isEmpty() ? property : path + u'.' + property;
    if (!object.contains(property) || object.value(property).isNull()) {
        if (required)
            return requiredProperty(property, path);
        return std::nullopt;
    }
    const QJsonValue value = object.value(property);
    if (!value.isString())
        return invalidContent(
            u"Unexpected value for property '"_s + property + u"'. Path '"_s + fullPath + u"'"_s);
    if (!allowed.isEmpty() && !allowed.contains(value.toString()))
        return invalidContent(u"Error converting value \""_s + value.toString() + u"\" to type '"_s + typeName
            + u"'. Path '"_s + fullPath + u"'"_s);
    return std::nullopt;
}

std::optional<CloudError> checkObject(
    const QJsonObject& object, const QString& property, const QString& path, bool required)
{
    if (!object.contains(property) || object.value(property).isNull()) {
        if (required)
            return requiredProperty(property, path);
        return std::nullopt;
    }
    if (!object.value(property).isObject())
        return invalidContent(u"Unexpected value for property '"_s + property + u"'. Path '"_s
            + (path.isEmpty() ? property : path + u'.' + property) + u"'"_s);
    return std::nullopt;
}

std::optional<CloudError> checkSecret(const QJsonObject& object, const QString& property, const QString& path)
{
    if (auto error = checkObject(object, property, path, false))
        return error;
    if (!object.contains(property))
        return std::nullopt;
    const QJsonObject secret = object.value(property).toObject();
    const QString secretPath = path + u'.' + property;
    if (auto error = checkString(secret, u"value"_s, secretPath, true))
        return error;
    return checkString(secret, u"encryptionAlgorithm"_s, secretPath, true,
        {u"None"_s, u"AES256"_s, u"RSAES_PKCS1_v_1_5"_s}, u"EncryptionAlgorithm"_s);
}

std::optional<CloudError> firstError(std::initializer_list<std::optional<CloudError>> errors)
{
    for (const std::optional<CloudError>& error : errors) {
        if (error)
            return error;
    }
    return std::nullopt;
}

const QRegularExpression& shareNamePattern(bool lowercaseOnly)
{
    static const QRegularExpression anyCase(u"^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){2,62}$"_s);
    static const QRegularExpression lower(u"^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$"_s);
    return lowercaseOnly ? lower : anyCase;
}

const QRegularExpression& simpleNamePattern()
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,62}[A-Za-z0-9])?$"_s);
    return pattern;
}

} // namespace ase::demo::requestcheck
