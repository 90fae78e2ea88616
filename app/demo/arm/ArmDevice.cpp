// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/arm/ArmDevice.h"

#include "app/demo/ClusterState.h"
#include "app/demo/DemoDevice.h"
#include "app/demo/HttpListener.h"
#include "app/demo/scenario/Scenario.h"

#include <QCoreApplication>
#include <QHttpServerResponder>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace ase::demo {

ArmDevice::ArmDevice(
    ClusterState& cluster, const ArmIdentity& identity, const QString& tenant, QObject* parent)
    : QObject(parent)
    , m_device(identity, &cluster)
    , m_api(&m_device, &m_tokens)
{
    if (!tenant.isEmpty())
        m_tokens.setTenant(tenant);
}

ArmDevice::~ArmDevice() = default;

ArmDevice* ArmDevice::attach(DemoDevice& demo, QString* error)
{
    ArmIdentity identity;
    identity.subscriptionId = demo.identity().subscriptionId;
    identity.resourceGroup = demo.identity().resourceGroup;
    identity.deviceName = demo.identity().deviceName;
    auto* arm = new ArmDevice(demo.cluster(), identity, demo.identity().tenant, &demo);
    arm->install(*demo.armListener());
    arm->acceptToken(demo.armToken());
    arm->device().setChannelIntegrityKey(demo.channelIntegrityKey());
    arm->device().setFaults(demo.options().faults);
    if (auto failed = arm->seed(demo.options().scenario, demo.options().objects)) {
        if (error)
            *error = *failed;
        delete arm;
        return nullptr;
    }
    return arm;
}

void ArmDevice::install(HttpListener& listener)
{
    listener.setHandler([this, &listener](const HttpRequest& request, const ResponderPtr& responder) {
        handle(request, listener, *responder);
    });
    listener.setFaultWriter([this](int code, int retryAfterSeconds, const ResponderPtr& responder) {
        const QString tracking = QUuid::createUuid().toString(QUuid::WithoutBraces);
        if (code == 429) {
            ArmReply::error({429, u"TooManyRequests"_s,
                                QCoreApplication::translate("ase::demo::ArmDevice",
                                    "The request is being throttled as the limit has been "
                                    "reached for operation type - Read_ObservationWindow_00:05:00. "
                                    "For more information, see - "
                                    "https://aka.ms/srpthrottlinglimits")})
                .withHeader("Retry-After", QByteArray::number(retryAfterSeconds))
                .send(*responder);
            return;
        }
        ArmReply::error({code, u"InternalServerError"_s,
                            QCoreApplication::translate("ase::demo::ArmDevice",
                                "Encountered internal server error. Diagnostic information: "
                                "timestamp '%1', subscription id '%2', tracking id '%3'.")
                                .arg(QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s),
                                    m_device.identity().subscriptionId, tracking)})
            .send(*responder);
    });
}

void ArmDevice::handle(const HttpRequest& request, HttpListener& listener, QHttpServerResponder& responder)
{
    QUrl url(listener.url());
    url.setPath(request.path);
    url.setQuery(request.query);
    if (TokenService::isTokenPath(request.path)) {
        m_tokens.handle(request.method, url, request.body).send(responder);
        return;
    }
    if (ArmApi::isArmPath(request.path)) {
        m_api.handle(request.method, url, request.header("Authorization"), request.body).send(responder);
        return;
    }
    ArmReply::error(
        {404, u"NotFound"_s,
            QCoreApplication::translate("ase::demo::ArmDevice", "The requested resource was not found.")})
        .send(responder);
}

void ArmDevice::acceptToken(const QString& token, const QDateTime& expiresAt)
{
    m_tokens.acceptToken(token, expiresAt);
}

std::optional<QString> ArmDevice::seed(const QString& scenario, int objects)
{
    ClusterState& cluster = *m_device.cluster();
    if (auto error = Scenario::seed(scenario, cluster, m_device))
        return error;
    if (objects > 0)
        return Scenario::seedObjects(cluster, objects);
    return std::nullopt;
}

} // namespace ase::demo
