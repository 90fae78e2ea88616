// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/arm/ArmReply.h"

#include <QHttpHeaders>
#include <QHttpServerResponder>
#include <QJsonDocument>

namespace ase::demo {

QJsonObject CloudError::toJson() const
{
    return QJsonObject {{QStringLiteral("error"),
        QJsonObject {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}}}};
}

ArmReply ArmReply::json(int status, const QJsonObject& body)
{
    ArmReply reply;
    reply.status = status;
    reply.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return reply;
}

ArmReply ArmReply::error(const CloudError& error)
{
    return json(error.httpStatus, error.toJson());
}

ArmReply ArmReply::empty(int status)
{
    ArmReply reply;
    reply.status = status;
    return reply;
}

ArmReply& ArmReply::withHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

QByteArray ArmReply::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

void ArmReply::send(QHttpServerResponder& responder) const
{
    QHttpHeaders httpHeaders;
    bool hasContentType = false;
    for (const auto& [key, value] : headers) {
        httpHeaders.append(key, value);
        hasContentType = hasContentType || key.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!body.isEmpty() && !hasContentType)
        httpHeaders.append(QHttpHeaders::WellKnownHeader::ContentType, "application/json; charset=utf-8");
    responder.write(body, httpHeaders, static_cast<QHttpServerResponder::StatusCode>(status));
}

} // namespace ase::demo
