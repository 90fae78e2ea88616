// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>

/// Readers of an object's `metadata` in its JSON form, for code that keeps objects as JSON
/// (the store, the demo device, manifests); typed code decodes ObjectMeta instead.
namespace ase::metafield {

/// object["metadata"] (empty when absent).
QJsonObject of(const QJsonObject& object);
/// object["metadata"][key], undefined when absent.
QJsonValue field(const QJsonObject& object, QLatin1StringView key);
QString name(const QJsonObject& object);
QString ns(const QJsonObject& object);
QString uid(const QJsonObject& object);
QJsonObject labels(const QJsonObject& object);
QJsonObject annotations(const QJsonObject& object);

} // namespace ase::metafield
