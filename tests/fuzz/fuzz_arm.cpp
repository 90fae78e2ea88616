// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// What an ASE device's ARM endpoint answers: share lists, long-running operation status
// documents and headers, CloudError bodies.

#include "app/device/ArmError.h"
#include "app/device/ArmLro.h"
#include "models/resources/Share.h"
#include "tests/fuzz/FuzzSupport.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>
#include <QUrl>

using namespace ase;
using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body = fuzz::bytes(data, size).toByteArray();
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    const QJsonObject object = doc.object();

    // A list page (`value`) or one share.
    for (const QJsonValue& item : object.value("value"_L1).toArray()) {
        const Share share = Share::fromJson(item.toObject());
        (void)share.isCloud();
        (void)share.isMountedForCompute();
    }
    (void)Share::fromJson(object);

    if (const auto status = OperationStatus::fromJson(object)) {
        (void)status->isTerminal();
        (void)status->succeeded();
        (void)ArmError::fromOperation(status->status, status->error).message();
    }
    const CloudErrorBody cloud = CloudErrorBody::fromResponse(body);
    (void)cloud.fullMessage();
    for (int code : {400, 401, 404, 409, 429, 500}) {
        const ArmError error = ArmError::fromHttp(code, body, body.left(32));
        (void)error.isTokenRejected();
        (void)error.isRetriable();
    }

    // Headers of a long-running answer: three lines (Azure-AsyncOperation, Location,
    // Retry-After).
    const QList<QByteArray> lines = body.split('\n');
    const QDateTime now = QDateTime::fromSecsSinceEpoch(1764900000, QTimeZone::UTC);
    (void)parseRetryAfter(lines.value(0), now);
    const LroPlan plan = LroPlan::fromHeaders(QUrl(u"https://device.example/subscriptions/x/shares/s"_s),
        lines.value(0), lines.value(1), lines.value(2), now);
    (void)plan.isLongRunning();
    return 0;
}
