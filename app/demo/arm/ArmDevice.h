// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demo/arm/ArmApi.h"
#include "app/demo/arm/DeviceState.h"
#include "app/demo/arm/TokenService.h"

#include <QObject>
#include <QString>

#include <optional>

namespace ase::demo {

class ClusterState;
class DemoDevice;
class HttpListener;
struct HttpRequest;

/// The device side of the demo as one piece: the device state, its ARM API and the sign-in
/// service, served by one HttpListener (the demo's ARM endpoint):
///
///     ArmDevice arm(cluster, identity, tenant);
///     arm.install(*demoDevice.armListener()); // ARM + token routes, CloudError faults
///     arm.acceptToken(demoDevice.armToken()); // the device profile's ready token
///     arm.seed(u"default"_s, objects);        // Scenario: device, shares, cluster objects
///
/// Paths: `/subscriptions/...` → ArmApi; `/{tenant}/oauth2/v2.0/{devicecode,token}`,
/// `/demo/oauth2/{approve,decline}`, `/demo/devicelogin` → TokenService; anything else
/// 404 CloudError.
class ArmDevice final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ArmDevice)

public:
    ArmDevice(ClusterState& cluster, const ArmIdentity& identity = {}, const QString& tenant = {},
        QObject* parent = nullptr);
    ~ArmDevice() override;

    /// Wires the device side into a started DemoDevice: an ArmDevice (owned by `demo`) for
    /// its cluster and identity, installed on its ARM listener, accepting its ARM token, the
    /// scenario and `--objects` of its options seeded. Null (and `error` set) when seeding
    /// failed.
    static ArmDevice* attach(DemoDevice& demo, QString* error = nullptr);

    DeviceState& device() { return m_device; }
    TokenService& tokens() { return m_tokens; }
    ArmApi& api() { return m_api; }

    /// Sets the listener's handler (and its fault writer: 500 InternalServerError and 429
    /// TooManyRequests CloudErrors with ARM's wording) to this device.
    void install(HttpListener& listener);
    /// Handles one request of the listener (what install() routes to).
    void handle(const HttpRequest& request, HttpListener& listener, QHttpServerResponder& responder);
    /// Accepts a bearer token issued elsewhere (the device profile's) until `expiresAt`
    /// (invalid: never expires).
    void acceptToken(const QString& token, const QDateTime& expiresAt = {});
    /// Seeds a scenario (Scenario::seed) and then `objects` load objects; an error message
    /// when something failed.
    std::optional<QString> seed(const QString& scenario, int objects = 0);

private:
    DeviceState m_device;
    TokenService m_tokens;
    ArmApi m_api;
};

} // namespace ase::demo
