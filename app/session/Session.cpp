// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/session/Session.h"

#include "app/session/SessionLog.h"

#include "app/demo/DemoHost.h"
#include "app/device/DeviceClient.h"
#include "app/device/DeviceProfile.h"
#include "app/device/SharePoller.h"
#include "app/device/TokenProvider.h"
#include "app/kube/ClusterWatcher.h"
#include "app/kube/KubeClient.h"
#include "app/kube/Kubeconfig.h"
#include "app/kube/Reflector.h"
#include "app/session/ClusterOperations.h"
#include "app/session/EventFollower.h"
#include "app/session/ShareOperations.h"
#include "models/resources/KindNames.h"
#include "models/resources/Pod.h"
#include "models/resources/ResourceKind.h"
#include "models/store/ResourceStore.h"

#include <QJsonDocument>

#include <algorithm>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace ase {

namespace {

/// The kinds the window needs from the cluster: the panes' kinds and what they link to.
QList<ResourceKind> watchedKinds()
{
    QList<ResourceKind> kinds;
    for (const QString& kind : QStringList {kindname::PersistentVolume, kindname::PersistentVolumeClaim,
             kindname::StorageClass, kindname::Pod, kindname::Namespace})
        kinds.append(resourceKindByKind(kind));
    return kinds;
}

KindState::Level levelOf(ReflectorState state)
{
    switch (state) {
    case ReflectorState::Live:
        return KindState::Level::Live;
    case ReflectorState::Connecting:
    case ReflectorState::Listing:
        return KindState::Level::Connecting;
    case ReflectorState::Reconnecting:
        return KindState::Level::Reconnecting;
    case ReflectorState::Forbidden:
        return KindState::Level::Limited;
    case ReflectorState::Unauthorized:
    case ReflectorState::Failed:
        return KindState::Level::Failed;
    case ReflectorState::Stopped:
        break;
    }
    return KindState::Level::Idle;
}

} // namespace

Session::Session(QObject* parent)
    : QObject(parent)
    , m_store(new ResourceStore(this))
    , m_clusterOperations(new ClusterOperations(this))
    , m_shareOperations(new ShareOperations(this))
    , m_eventStore(new ResourceStore(this))
{ }

Session::~Session()
{
    dropDevice();
    dropCluster();
}

void Session::dropCluster()
{
    m_clusterOperations->setClient(nullptr);
    for (const QPointer<EventFollower>& follower : std::as_const(m_followers)) {
        if (follower)
            follower->stop();
    }
    m_followers.clear();
    watchEventsOf({}, {}, {}, {});
    m_watcher.reset();
    m_client.reset();
}

void Session::dropDevice()
{
    m_shareOperations->setClient(nullptr);
    m_poller.reset();
    m_device.reset();
    m_tokens.reset();
    m_store->clearKind(kindname::Share);
    m_states.remove(kindname::Share);
    m_deviceTitle.clear();
}

void Session::connectDevice(const DeviceProfile& profile, TokenProvider* tokens)
{
    dropDevice();
    qCDebug(lcSession).noquote() << "connecting to the device" << profile.deviceName << "at"
                                 << profile.armEndpoint.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    m_tokens.reset(tokens);
    m_device = std::make_unique<DeviceClient>(profile, tokens);
    m_shareOperations->setClient(m_device.get());
    if (m_watching) {
        m_poller = std::make_unique<SharePoller>(m_device.get(), m_store);
        connect(m_poller.get(), &SharePoller::statusChanged, this, &Session::onDeviceStatus);
    }
    if (auto* deviceCode = qobject_cast<DeviceCodeTokenProvider*>(tokens)) {
        // Renewals that need the person again (the refresh token is gone) surface here.
        connect(deviceCode, &DeviceCodeTokenProvider::userCodeReady, this, &Session::deviceSignInStarted);
        connect(deviceCode, &DeviceCodeTokenProvider::pollAnswered, this, &Session::deviceSignInPolled);
        connect(deviceCode, &DeviceCodeTokenProvider::signInFinished, this, [this](const ArmError& error) {
            Q_EMIT deviceSignInFinished(error.ok() ? QString() : error.message());
        });
    }
    m_deviceTitle = profile.displayName();
    if (m_poller)
        m_poller->start();
    Q_EMIT connectionChanged();
}

void Session::onDeviceStatus(const DeviceWatchStatus& status)
{
    KindState state;
    switch (status.state) {
    case DeviceWatchState::Live:
        state.level = KindState::Level::Live;
        break;
    case DeviceWatchState::Connecting:
        state.level = KindState::Level::Connecting;
        break;
    case DeviceWatchState::Reconnecting:
        state.level = KindState::Level::Reconnecting;
        break;
    case DeviceWatchState::Forbidden:
        state.level = KindState::Level::Limited;
        break;
    case DeviceWatchState::Failed:
        state.level = KindState::Level::Failed;
        break;
    case DeviceWatchState::Stopped:
        state.level = KindState::Level::Idle;
        break;
    }
    state.text = state.level == KindState::Level::Live ? QString() : status.message;
    if (state.text.isEmpty() && state.level != KindState::Level::Live)
        state.text = DeviceWatchStatus::stateName(status.state);
    setKindState(kindname::Share, state);
}

void Session::connectDemo()
{
    disconnectAll();
    qCDebug(lcSession) << "starting the embedded demo device";
    auto* host = new demo::DemoHost(this);
    m_demo = host;
    m_target = ConnectionTarget::demo();
    m_clusterTitle = tr("Starting the demo device…");
    Q_EMIT connectionChanged();
    connect(host, &demo::DemoHost::failed, this, [this](const QString& message) {
        disconnectAll();
        Q_EMIT failed(tr("The demo device did not start: %1").arg(message));
    });
    connect(host, &demo::DemoHost::ready, this,
        [this](const QJsonObject& kubeconfig, const QJsonObject& profile) {
            const Kubeconfig config = Kubeconfig::fromYaml(
                QJsonDocument(kubeconfig).toJson(QJsonDocument::Compact), tr("demo device"), QString());
            const KubeconfigResolution resolution = config.resolve(QStringLiteral("ase-demo-admin"));
            if (!resolution.ok()) {
                Q_EMIT failed(resolution.message());
                return;
            }
            connectCluster(*resolution.connection,
                tr("%1 (demo) at %2")
                    .arg(
                        resolution.connection->contextName, resolution.connection->server.toDisplayString()));
            QString token;
            QString channelIntegrityKey;
            const DeviceProfile device = DeviceProfile::fromDemoJson(profile, &token, &channelIntegrityKey);
            m_demoProfile = device;
            m_demoProfile->authMethod = DeviceAuthMethod::DeviceCode;
            m_demoProfile->demo = true;
            connectDevice(device, new StaticTokenProvider(token));
            m_shareOperations->setChannelIntegrityKey(channelIntegrityKey, false);
        });
    host->start({});
}

ApiError Session::connectKubeconfig(const QString& path, const QString& context, const QString& ns)
{
    const Kubeconfig config = Kubeconfig::load(path);
    const KubeconfigResolution resolution = config.resolve(context, ns);
    if (!resolution.ok())
        return ApiError::make(ApiError::Category::Config, resolution.message());
    m_target = ConnectionTarget::kubeconfigContext(path, resolution.connection->contextName, ns);
    connectCluster(*resolution.connection,
        tr("%1 at %2")
            .arg(resolution.connection->contextName, resolution.connection->server.toDisplayString()));
    return {};
}

ApiError Session::connectTo(const ConnectionTarget& target)
{
    switch (target.kind) {
    case ConnectionTarget::Kind::None:
        break;
    case ConnectionTarget::Kind::Demo:
        connectDemo();
        return {};
    case ConnectionTarget::Kind::Kubeconfig:
        return connectKubeconfig(target.kubeconfig, target.context, target.ns);
    }
    return ApiError::make(ApiError::Category::Config, tr("There is nothing to connect to."));
}

void Session::connectCluster(const KubeConnection& connection, const QString& title)
{
    dropCluster();
    // Keep the device side (its shares) when only the cluster changes.
    for (const QString& kind : m_store->kinds()) {
        if (kind != kindname::Share)
            m_store->clearKind(kind);
    }
    const KindState device = m_states.value(kindname::Share);
    m_states.clear();
    if (m_poller)
        m_states.insert(kindname::Share, device);
    qCDebug(lcSession).noquote() << "connecting to the cluster" << connection.clusterName << "at"
                                 << connection.server.toString(QUrl::RemoveUserInfo) << "as"
                                 << connection.userName;
    m_client = std::make_unique<KubeClient>(connection);
    m_clusterOperations->setClient(m_client.get());
    m_clusterTitle = title;
    if (!m_watching) {
        Q_EMIT connectionChanged();
        return;
    }
    m_watcher = std::make_unique<ClusterWatcher>(m_client.get(), m_store);
    m_watcher->setKinds(watchedKinds());
    m_watcher->setReflectorSetup([](Reflector& reflector) {
        // Pods are many and large; the panes read only which claims they use.
        if (storesEssentialsOnly(reflector.kind().kind))
            reflector.setTransform(&Pod::essentials);
    });
    connect(m_watcher.get(), &ClusterWatcher::kindStatusChanged, this, &Session::onReflectorStatus);
    connect(m_watcher.get(), &ClusterWatcher::settled, this, [] {
#ifdef __GLIBC__
        // The first lists parse many pages and free them again; hand the freed pages back
        // to the system instead of keeping them in the allocator's arenas.
        malloc_trim(0);
#endif
    });
    m_watcher->start();
    Q_EMIT connectionChanged();
}

void Session::disconnectAll()
{
    dropDevice();
    dropCluster();
    if (m_demo)
        m_demo->deleteLater();
    m_demo = nullptr;
    m_demoProfile.reset();
    m_target = {};
    m_store->clear();
    m_states.clear();
    m_clusterTitle.clear();
    m_deviceTitle.clear();
    Q_EMIT connectionChanged();
}

QString Session::deviceId() const
{
    return m_device ? m_device->deviceId() : QString();
}

bool Session::storesEssentialsOnly(const QString& kind)
{
    return kind == kindname::Pod;
}

void Session::watchEventsOf(const QString& kind, const QString& ns, const QString& name, const QString& uid)
{
    // Events exist for the cluster's objects only (a device share has none).
    const QList<ResourceKind> clusterKinds = watchedKinds();
    const bool clusterKind = std::any_of(clusterKinds.cbegin(), clusterKinds.cend(),
        [&kind](const ResourceKind& k) { return k.kind == kind; });
    const QString selector = clusterKind ? KubeClient::eventsFieldSelector(kind, ns, name, uid) : QString();
    if (m_eventReflector && m_eventReflector->fieldSelector() == selector)
        return;
    m_eventReflector.reset();
    m_eventStore->clear();
    if (selector.isEmpty() || !m_client || !m_watching)
        return;
    // Events of a cluster-scoped object (a PV) may be recorded in any namespace.
    m_eventReflector
        = std::make_unique<Reflector>(m_client.get(), m_eventStore, resourceKindByKind(kindname::Event), ns);
    m_eventReflector->setFieldSelector(selector);
    m_eventReflector->start();
}

EventFollower* Session::followEventsOf(
    const QString& kind, const QString& ns, const QString& name, const QString& uid, QObject* owner)
{
    auto* follower = new EventFollower(m_watching ? m_client.get() : nullptr, kind, ns, name, uid, owner);
    m_followers.removeAll(nullptr);
    m_followers.append(follower);
    return follower;
}

void Session::onReflectorStatus(const QString& kind, const ReflectorStatus& status)
{
    KindState state;
    state.level = levelOf(status.state);
    qCDebug(lcSession).noquote() << kind << ReflectorStatus::stateName(status.state) << status.message;
    state.text = state.level == KindState::Level::Live ? QString() : status.message;
    if (state.text.isEmpty() && state.level != KindState::Level::Live)
        state.text = ReflectorStatus::stateName(status.state);
    setKindState(kind, state);
}

void Session::setKindState(const QString& kind, const KindState& state)
{
    m_states.insert(kind, state);
    Q_EMIT kindStateChanged(kind);
}

QString Session::summary() const
{
    if (!m_client && m_deviceTitle.isEmpty())
        return m_demo ? m_clusterTitle : tr("Not connected");
    QStringList problems;
    bool connecting = false;
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
        switch (it->level) {
        case KindState::Level::Connecting:
        case KindState::Level::Idle:
            connecting = true;
            break;
        case KindState::Level::Reconnecting:
        case KindState::Level::Limited:
        case KindState::Level::Failed:
            if (!problems.contains(it->text))
                problems.append(it->text);
            break;
        case KindState::Level::Live:
            break;
        }
    }
    // One sentence per part, so that each translates whole: the safety warning, the
    // cluster's state (or what is wrong), the device.
    QStringList parts;
    if (m_client && m_client->isInsecure())
        parts << tr("Connected without verifying the server's certificate (unsafe).");
    if (!problems.isEmpty())
        parts << problems;
    else if (m_client && !m_watching)
        parts << tr("Connected to %1").arg(m_clusterTitle);
    else if (m_client)
        parts << (connecting || m_states.isEmpty() ? tr("Connecting to %1…") : tr("Live: %1"))
                     .arg(m_clusterTitle);
    if (!m_deviceTitle.isEmpty())
        parts << tr("Device: %1").arg(m_deviceTitle);
    return parts.join(QStringLiteral("  ·  "));
}

void Session::cancelDeviceSignIn()
{
    if (m_tokens)
        m_tokens->cancel();
}

void Session::refresh()
{
    if (m_watcher)
        m_watcher->start();
    if (m_poller)
        m_poller->refreshNow();
}

} // namespace ase
