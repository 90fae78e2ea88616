// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/resources/ApiStatus.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace ase {

std::optional<ApiStatus> ApiStatus::fromJson(const QJsonObject& object)
{
    if (object.value("kind"_L1).toString() != u"Status")
        return std::nullopt;
    ApiStatus s;
    s.status = object.value("status"_L1).toString();
    s.message = object.value("message"_L1).toString();
    s.reason = object.value("reason"_L1).toString();
    s.code = object.value("code"_L1).toInt();
    const QJsonObject details = object.value("details"_L1).toObject();
    s.name = details.value("name"_L1).toString();
    s.group = details.value("group"_L1).toString();
    s.kind = details.value("kind"_L1).toString();
    s.uid = details.value("uid"_L1).toString();
    s.retryAfterSeconds = details.value("retryAfterSeconds"_L1).toInt();
    const QJsonArray causes = details.value("causes"_L1).toArray();
    for (const QJsonValue& c : causes) {
        const QJsonObject co = c.toObject();
        s.causes.append({co.value("reason"_L1).toString(), co.value("message"_L1).toString(),
            co.value("field"_L1).toString()});
    }
    return s;
}

std::optional<ApiStatus> ApiStatus::fromJsonBytes(const QByteArray& body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return fromJson(doc.object());
}

QJsonObject ApiStatus::toJson() const
{
    QJsonObject o {{"kind"_L1, "Status"_L1}, {"apiVersion"_L1, "v1"_L1}, {"metadata"_L1, QJsonObject {}}};
    if (!status.isEmpty())
        o.insert("status"_L1, status);
    if (!message.isEmpty())
        o.insert("message"_L1, message);
    if (!reason.isEmpty())
        o.insert("reason"_L1, reason);
    QJsonObject details;
    if (!name.isEmpty())
        details.insert("name"_L1, name);
    if (!group.isEmpty())
        details.insert("group"_L1, group);
    if (!kind.isEmpty())
        details.insert("kind"_L1, kind);
    if (!uid.isEmpty())
        details.insert("uid"_L1, uid);
    if (!causes.isEmpty()) {
        QJsonArray arr;
        for (const StatusCause& c : causes) {
            QJsonObject co;
            if (!c.reason.isEmpty())
                co.insert("reason"_L1, c.reason);
            if (!c.message.isEmpty())
                co.insert("message"_L1, c.message);
            if (!c.field.isEmpty())
                co.insert("field"_L1, c.field);
            arr.append(co);
        }
        details.insert("causes"_L1, arr);
    }
    if (retryAfterSeconds > 0)
        details.insert("retryAfterSeconds"_L1, retryAfterSeconds);
    if (!details.isEmpty())
        o.insert("details"_L1, details);
    if (code != 0)
        o.insert("code"_L1, code);
    return o;
}

} // namespace ase
