// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demo/arm/ArmReply.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

class QRegularExpression;

/// Checks of the device API's request bodies, answered in the words of ARM's JSON
/// deserialiser (400 InvalidRequestContent: "Required property 'x' not found in JSON...").
namespace ase::demo::requestcheck {

CloudError invalidContent(const QString& detail);
CloudError requiredProperty(const QString& property, const QString& path);
/// Checks `object[property]`: present when required, a string, one of `allowed` when the
/// list is not empty (modelAsString enums of the spec are open: pass an empty list).
std::optional<CloudError> checkString(const QJsonObject& object, const QString& property, const QString& path,
    bool required, const QStringList& allowed = {}, const QString& typeName = {});
/// Checks `object[property]`: present when required, an object.
std::optional<CloudError> checkObject(
    const QJsonObject& object, const QString& property, const QString& path, bool required);
/// An optional AsymmetricEncryptedSecret: value and encryptionAlgorithm.
std::optional<CloudError> checkSecret(
    const QJsonObject& object, const QString& property, const QString& path);
/// The first error of checks made in order (all of them are evaluated).
std::optional<CloudError> firstError(std::initializer_list<std::optional<CloudError>> errors);
/// Share names: 3 to 63 letters, digits and inner hyphens; cloud shares lowercase only.
const QRegularExpression& shareNamePattern(bool lowercaseOnly);
/// User, credential and role names.
const QRegularExpression& simpleNamePattern();

} // namespace ase::demo::requestcheck
