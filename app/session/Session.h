// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/device/DeviceCodeTokenProvider.h"
#include "app/device/DeviceProfile.h"
#include "app/kube/ApiError.h"
#include "app/session/ConnectionTarget.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>
#include <optional>

namespace ase {

class ClusterOperations;
class EventFollower;
class ClusterWatcher;
class ShareOperations;
class Reflector;
class DeviceClient;
class SharePoller;
class TokenProvider;
struct DeviceWatchStatus;
namespace demo {
class DemoHost;
}
class KubeClient;
class ResourceStore;
struct KubeConnection;
struct ReflectorStatus;

/// What the window shows about one kind's connection.
struct KindState
{
    enum class Level { Idle, Connecting, Live, Reconnecting, Limited, Failed };
    Level level = Level::Idle;
    QString text; ///< a sentence for the user; empty when Live
};

/// The service layer's composition root: the active connections — one cluster context
/// and one device, or the embedded demo device — the store their watchers fill, and the
/// operations on them (cluster(), shares()). Switching replaces both and clears the store,
/// so no stale data stays on screen. No widgets: it runs under a QCoreApplication too
/// (the headless commands, with setWatching(false)).
class Session final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Session)

public:
    explicit Session(QObject* parent = nullptr);
    ~Session() override;

    ResourceStore* store() const { return m_store; }
    KubeClient* kubeClient() const { return m_client.get(); }
    /// The reflectors of the cluster connection (null when none), for diagnostics.
    ClusterWatcher* clusterWatcher() const { return m_watcher.get(); }
    /// The Events of the object watchEventsOf() names (kind "Event"), live.
    ResourceStore* eventStore() const { return m_eventStore; }
    /// The cluster's one-shot operations: dry run, apply, delete, list, get.
    ClusterOperations* cluster() const { return m_clusterOperations; }
    /// The device's share operations: list, mount, unmount.
    ShareOperations* shares() const { return m_shareOperations; }

    /// Whether connecting starts the watchers that keep store() live (the cluster's
    /// reflectors, the device's share poller, the events of watchEventsOf()). On by
    /// default (the window); the headless commands turn it off and use the one-shot
    /// operations. Applies to the connections made afterwards.
    void setWatching(bool watching) { m_watching = watching; }
    bool isWatching() const { return m_watching; }

    /// Starts the built-in demo device (on 127.0.0.1, a free port, in its own thread) and
    /// connects to it as the administrator. Asynchronous: connectionChanged() follows.
    void connectDemo();
    /// Connects to a cluster; replaces the current cluster connection.
    void connectCluster(const KubeConnection& connection, const QString& title);
    /// Connects to a context of a kubeconfig as kubectl's --kubeconfig/--context/-n do:
    /// `path` empty = KUBECONFIG, else ~/.kube/config; `context` empty = current-context;
    /// `ns` empty = the context's namespace. Reading the file is synchronous (local). On
    /// failure (no file, no such context, unusable credentials) nothing changes and the
    /// error (Category::Config) says why.
    ApiError connectKubeconfig(const QString& path, const QString& context, const QString& ns = {});
    /// Connects to what `target` names: the demo device (connectDemo()) or a kubeconfig
    /// context (connectKubeconfig()). An invalid target changes nothing.
    ApiError connectTo(const ConnectionTarget& target);
    /// What the cluster connection was made to, in terms that stay true on the next start
    /// (the demo device, not its port): what File → Recent keeps. Kind::None when not
    /// connected or connected by connectCluster() alone.
    ConnectionTarget target() const { return m_target; }
    /// Connects to a device; replaces the current device connection. The session owns
    /// the token provider.
    void connectDevice(const DeviceProfile& profile, TokenProvider* tokens);
    /// Drops every connection and clears the store.
    void disconnectAll();

    bool isConnected() const { return m_client != nullptr; }
    bool isDemo() const { return m_demo != nullptr; }
    /// The running demo device's profile (ARM endpoint, identity, sign-in authority, CA;
    /// sign-in by device code, no token), for the connection dialog's Device tab.
    std::optional<DeviceProfile> demoDeviceProfile() const { return m_demoProfile; }
    /// "ase-demo-admin @ https://127.0.0.1:41234" — for the title bar.
    QString clusterTitle() const { return m_clusterTitle; }
    QString deviceTitle() const { return m_deviceTitle; }
    /// The connected device's ARM id (empty without a device): what share bodies refer to.
    QString deviceId() const;
    /// The state of one kind ("Share", "PersistentVolume"...).
    KindState kindState(const QString& kind) const { return m_states.value(kind); }
    /// A sentence about the whole connection (connecting, live, reconnecting and why).
    QString summary() const;

    /// Lists and watches the Events of one object (field selector on involvedObject, as
    /// `kubectl describe` finds them) into eventStore(), replacing the previous object's.
    /// Events are not kept for the whole cluster: there are often tens of thousands.
    /// An empty kind stops watching.
    void watchEventsOf(const QString& kind, const QString& ns, const QString& name, const QString& uid);
    /// Lists and watches the Events of one object into a store of their own, independent of
    /// eventStore(), for as long as the follower (a child of `owner`) lives; stopped when
    /// the cluster connection goes. A wizard follows the objects it created with one.
    EventFollower* followEventsOf(
        const QString& kind, const QString& ns, const QString& name, const QString& uid, QObject* owner);
    /// Whether the store keeps only the essentials of this kind's objects (pods: see
    /// Pod::essentials); showing one in full means cluster()->getObject().
    static bool storesEssentialsOnly(const QString& kind);
    /// Stops a device sign-in in progress (deviceSignInStarted()).
    void cancelDeviceSignIn();
    /// Re-lists everything now (the Refresh action).
    void refresh();

Q_SIGNALS:
    void connectionChanged();
    void kindStateChanged(const QString& kind);
    /// The connected device's token provider started a device-code sign-in (its refresh
    /// token no longer works): show `prompt` to the user.
    void deviceSignInStarted(const ase::DeviceCodePrompt& prompt);
    /// A poll of that sign-in was answered ("authorization_pending", "slow_down"...).
    void deviceSignInPolled(const QString& state, int intervalSeconds);
    /// That sign-in ended: `error` is empty when signed in, else why not.
    void deviceSignInFinished(const QString& error);
    /// A failure the user must read (the demo did not start, a kubeconfig is invalid...).
    void failed(const QString& message);

private:
    void setKindState(const QString& kind, const KindState& state);
    void onReflectorStatus(const QString& kind, const ReflectorStatus& status);
    void onDeviceStatus(const DeviceWatchStatus& status);
    void dropDevice();
    void dropCluster();

    ResourceStore* m_store;
    ClusterOperations* m_clusterOperations; ///< child
    ShareOperations* m_shareOperations; ///< child
    std::unique_ptr<KubeClient> m_client;
    std::unique_ptr<ClusterWatcher> m_watcher;
    ResourceStore* m_eventStore;
    std::unique_ptr<Reflector> m_eventReflector;
    std::unique_ptr<TokenProvider> m_tokens;
    std::unique_ptr<DeviceClient> m_device;
    std::unique_ptr<SharePoller> m_poller;
    demo::DemoHost* m_demo = nullptr; ///< child; the embedded demo device, when connected to it
    std::optional<DeviceProfile> m_demoProfile; ///< while the demo device runs
    ConnectionTarget m_target;
    QString m_clusterTitle;
    QString m_deviceTitle;
    QHash<QString, KindState> m_states;
    bool m_watching = true;
    QList<QPointer<EventFollower>> m_followers; ///< stopped with the cluster connection
};

} // namespace ase
