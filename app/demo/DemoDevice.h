// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demo/ApiAuthorizer.h"
#include "app/demo/ClusterApiServer.h"
#include "app/demo/ClusterState.h"
#include "app/demo/HttpListener.h"
#include "app/demo/TlsIdentity.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>

namespace ase::demo {

class DemoControllers;

/// How to run the demo device (the command line of ase-demo-device).
struct DemoDeviceOptions
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 0; ///< Kubernetes API port; 0: a free port (the ARM API always takes a free one)
    bool tls = true;
    QString scenario = QStringLiteral("default"); ///< "default" or "empty"
    int objects = 0; ///< --objects N: N PV/PVC pairs and pods (the scenario helper's)
    int latencyMs = 0;
    double errorRate = 0.0;
    int cutWatchEverySeconds = 0;
    int history = 10000;
    int bookmarkIntervalMs = 60000;
    /// --fault NAME: long-running operations of these kinds fail midway (DeviceState::faultNames()).
    QStringList faults;
};

/// The identity of the simulated Azure Stack Edge device (ARM path parts).
struct DeviceIdentity
{
    QString subscriptionId = QStringLiteral("8b2f0b5e-3c1d-4e5f-9a7b-0a5e0de70001");
    QString resourceGroup = QStringLiteral("ase-demo-rg");
    QString deviceName = QStringLiteral("ase-demo-gpu");
    QString tenant = QStringLiteral("ase-demo.onmicrosoft.com");
};

/// The demo device: one object store (ClusterState) served by the Kubernetes API
/// endpoint and, on a second listener, the device's ARM API (filled by the ARM part via
/// armListener()->setHandler()). Generates the TLS identity and the tokens, writes the
/// kubeconfig (contexts ase-demo-admin and ase-demo-user) and the device profile.
class DemoDevice final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DemoDevice)

public:
    /// The namespace of the namespace-scoped user (as New-HcsKubernetesUser gives).
    static QString userNamespace() { return QStringLiteral("edge-apps"); }
    static QString adminUserName() { return QStringLiteral("ase-admin"); }
    static QString scopedUserName() { return QStringLiteral("edge-user"); }

    explicit DemoDevice(QObject* parent = nullptr);
    ~DemoDevice() override;

    /// Generates TLS material and tokens, seeds the scenario, starts both listeners.
    bool start(const DemoDeviceOptions& options, QString* error = nullptr);

    ClusterState& cluster() { return m_state; }
    /// The controllers that run inside (binder, provisioners, protection...); tests settle()
    /// them to wait until they have reacted to a change.
    DemoControllers& controllers() { return *m_controllers; }
    ApiAuthorizer& authorizer() { return m_authorizer; }
    ClusterApiServer& clusterApi() { return *m_clusterApi; }
    HttpListener* clusterListener() { return m_clusterListener; }
    /// The ARM endpoint; its handler is set by the ARM part of the demo (until then every
    /// request is answered 404 with a CloudError body).
    HttpListener* armListener() { return m_armListener; }
    const DeviceIdentity& identity() const { return m_identity; }
    const DemoDeviceOptions& options() const { return m_options; }

    QString clusterUrl() const;
    QString armUrl() const;
    QString adminToken() const { return m_adminToken; }
    QString userToken() const { return m_userToken; }
    /// The bearer token of the ARM API (for the device profile and scripts).
    QString armToken() const { return m_armToken; }
    /// The device's channel integrity key ("encryption key", reference §1.12), made at start;
    /// in the device profile as `channelIntegrityKey`, handed out like the token.
    QString channelIntegrityKey() const { return m_channelIntegrityKey; }
    /// The CA certificate (PEM); empty with TLS off.
    QByteArray caPem() const { return m_tlsIdentity.caPem; }

    /// The kubeconfig (JSON, which kubectl reads as YAML) with contexts ase-demo-admin
    /// (current) and ase-demo-user (namespace edge-apps).
    QJsonObject kubeconfig() const;
    /// The device connection profile: armEndpoint, subscriptionId, resourceGroup,
    /// deviceName, tenant, tokenEndpoint, certificateAuthorityData, token.
    QJsonObject deviceProfile() const;
    /// Writes a JSON document atomically (QSaveFile), mode 0600.
    static bool writeJsonFile(const QString& path, const QJsonObject& document, QString* error = nullptr);

private:
    void seedMinimal();

    ClusterState m_state;
    ApiAuthorizer m_authorizer;
    ClusterApiServer* m_clusterApi = nullptr;
    DemoControllers* m_controllers = nullptr;
    HttpListener* m_clusterListener = nullptr;
    HttpListener* m_armListener = nullptr;
    TlsIdentity m_tlsIdentity;
    DeviceIdentity m_identity;
    DemoDeviceOptions m_options;
    QString m_adminToken;
    QString m_userToken;
    QString m_armToken;
    QString m_channelIntegrityKey;
};

} // namespace ase::demo
