// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>

class QHttpServerResponder;

namespace ase::demo {

/// A `CloudError` of Azure Resource Manager: `{"error": {"code", "message"}}` with the HTTP
/// status it is answered with (reference/azure-stack-edge.md §1.11).
struct CloudError
{
    int httpStatus = 400;
    QString code;
    QString message;

    QJsonObject toJson() const;
};

/// One HTTP answer of the demo's device API and token endpoint, independent of the server
/// that sends it (so the logic can be called directly and the routes stay thin).
struct ArmReply
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body; ///< JSON unless a Content-Type header says otherwise

    static ArmReply json(int status, const QJsonObject& body);
    static ArmReply error(const CloudError& error);
    static ArmReply empty(int status);
    ArmReply& withHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;

    /// Writes the reply to a QHttpServer responder.
    void send(QHttpServerResponder& responder) const;
};

} // namespace ase::demo
