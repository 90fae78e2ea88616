// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/DemoDevice.h"

#include "app/demo/controllers/DemoControllers.h"
#include "models/resources/KindNames.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ase::demo {

namespace {

QString randomToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return QString::fromLatin1(bytes.toHex());
}

} // namespace

DemoDevice::DemoDevice(QObject* parent)
    : QObject(parent)
    , m_state(this)
    , m_clusterApi(new ClusterApiServer(m_state, m_authorizer, this))
    , m_clusterListener(new HttpListener(this))
    , m_armListener(new HttpListener(this))
{
    // The API rules of the storage kinds and the controllers that run inside.
    m_controllers = installControllers(m_state, this);
    m_clusterListener->setHandler([this](const HttpRequest& request, const ResponderPtr& responder) {
        m_clusterApi->handle(request, responder);
    });
    m_clusterListener->setFaultWriter([](int code, int retryAfter, const ResponderPtr& responder) {
        ClusterApiServer::replyStatus(responder,
            code == 429 ? errors::tooManyRequests(retryAfter) : errors::internalError(u"injected fault"_s));
    });
    m_clusterApi->setListener(m_clusterListener);
    m_armListener->setHandler([](const HttpRequest&, const ResponderPtr& responder) {
        const QJsonObject error {{"error"_L1,
            QJsonObject {
                {"code"_L1, "NotFound"_L1}, {"message"_L1, "The requested resource was not found."_L1}}}};
        HttpListener::reply(responder, 404, QJsonDocument(error).toJson(QJsonDocument::Compact));
    });
}

DemoDevice::~DemoDevice() = default;

bool DemoDevice::start(const DemoDeviceOptions& options, QString* error)
{
    m_options = options;
    m_adminToken = randomToken();
    m_userToken = randomToken();
    m_armToken = randomToken();
    m_channelIntegrityKey = randomToken();
    m_authorizer.addToken(m_adminToken, {adminUserName(), {}});
    m_authorizer.addToken(m_userToken, {scopedUserName(), userNamespace()});
    m_state.setHistoryLimit(options.history);

    if (options.tls) {
        QStringList ips {u"127.0.0.1"_s, u"::1"_s};
        const QString host = options.host.toString();
        if (!ips.contains(host) && options.host != QHostAddress::Any && options.host != QHostAddress::AnyIPv6)
            ips.append(host);
        m_tlsIdentity = TlsIdentity::generate({u"localhost"_s}, ips, error);
        if (!m_tlsIdentity.isValid())
            return false;
    }
    const FaultSettings faults {options.latencyMs, options.errorRate};
    m_clusterListener->setFaults(faults);
    m_armListener->setFaults(faults);
    m_clusterApi->setSettings({options.bookmarkIntervalMs, options.cutWatchEverySeconds});

    seedMinimal();

    const TlsIdentity* tls = options.tls ? &m_tlsIdentity : nullptr;
    if (!m_clusterListener->listen(options.host, options.port, tls, error))
        return false;
    return m_armListener->listen(options.host, 0, tls, error);
}

void DemoDevice::seedMinimal()
{
    const ResourceKind nsKind = resourceKindByKind(kindname::Namespace);
    WriteOptions seed;
    seed.writeStatus = true;
    m_state.create(
        nsKind, {}, QJsonObject {{"metadata"_L1, QJsonObject {{"name"_L1, userNamespace()}}}}, seed);
    if (m_options.scenario == u"empty")
        return;
    const QJsonObject storageClass {
        {"apiVersion"_L1, "storage.k8s.io/v1"_L1},
        {"kind"_L1, kindname::StorageClass},
        {"metadata"_L1,
            QJsonObject {{"name"_L1, "ase-node-local"_L1},
                {"annotations"_L1,
                    QJsonObject {{"storageclass.kubernetes.io/is-default-class"_L1, "true"_L1}}}}},
        {"provisioner"_L1, "rancher.io/local-path"_L1},
        {"reclaimPolicy"_L1, "Delete"_L1},
        {"volumeBindingMode"_L1, "WaitForFirstConsumer"_L1},
        {"allowVolumeExpansion"_L1, false},
    };
    m_state.create(resourceKindByKind(kindname::StorageClass), {}, storageClass, seed);
}

QString DemoDevice::clusterUrl() const
{
    return m_clusterListener->url();
}

QString DemoDevice::armUrl() const
{
    return m_armListener->url();
}

QJsonObject DemoDevice::kubeconfig() const
{
    QJsonObject cluster {{"server"_L1, clusterUrl()}};
    if (m_options.tls)
        cluster.insert("certificate-authority-data"_L1, QString::fromLatin1(m_tlsIdentity.caPem.toBase64()));
    const auto user = [](const QString& name, const QString& token) {
        return QJsonObject {{"name"_L1, name}, {"user"_L1, QJsonObject {{"token"_L1, token}}}};
    };
    return {{"apiVersion"_L1, "v1"_L1}, {"kind"_L1, "Config"_L1}, {"preferences"_L1, QJsonObject {}},
        {"clusters"_L1, QJsonArray {QJsonObject {{"name"_L1, "ase-demo"_L1}, {"cluster"_L1, cluster}}}},
        {"users"_L1, QJsonArray {user(adminUserName(), m_adminToken), user(scopedUserName(), m_userToken)}},
        {"contexts"_L1,
            QJsonArray {QJsonObject {{"name"_L1, "ase-demo-admin"_L1},
                            {"context"_L1,
                                QJsonObject {{"cluster"_L1, "ase-demo"_L1}, {"user"_L1, adminUserName()},
                                    {"namespace"_L1, "default"_L1}}}},
                QJsonObject {{"name"_L1, "ase-demo-user"_L1},
                    {"context"_L1,
                        QJsonObject {{"cluster"_L1, "ase-demo"_L1}, {"user"_L1, scopedUserName()},
                            {"namespace"_L1, userNamespace()}}}}}},
        {"current-context"_L1, "ase-demo-admin"_L1}};
}

QJsonObject DemoDevice::deviceProfile() const
{
    return {{"armEndpoint"_L1, armUrl()}, {"subscriptionId"_L1, m_identity.subscriptionId},
        {"resourceGroup"_L1, m_identity.resourceGroup}, {"deviceName"_L1, m_identity.deviceName},
        {"tenant"_L1, m_identity.tenant},
        {"tokenEndpoint"_L1, QString(armUrl() + u"/"_s + m_identity.tenant + u"/oauth2/v2.0/token"_s)},
        {"certificateAuthorityData"_L1, QString::fromLatin1(m_tlsIdentity.caPem.toBase64())},
        {"token"_L1, m_armToken}, {"channelIntegrityKey"_L1, m_channelIntegrityKey}};
}

bool DemoDevice::writeJsonFile(const QString& path, const QJsonObject& document, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    file.write(QJsonDocument(document).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace ase::demo
