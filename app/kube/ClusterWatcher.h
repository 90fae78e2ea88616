// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/kube/Reflector.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>

namespace ase {

class KubeClient;
class ResourceStore;

/// The reflectors of one cluster connection: one per resource kind, all feeding the same
/// ResourceStore, with their states gathered for the UI (a status line per kind: Live,
/// Reconnecting with the reason and the next attempt, "No permission to list
/// PersistentVolumes."...).
///
/// Namespace scope: an empty namespace watches all namespaces; when that is forbidden for a
/// namespaced kind (a namespace-scoped user, as a device kubeconfig gives), the kind falls
/// back to the connection's default namespace. A non-empty namespace watches only it.
class ClusterWatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClusterWatcher)

public:
    /// The kinds the app shows: PersistentVolume, PersistentVolumeClaim, StorageClass.
    static QList<ResourceKind> defaultKinds();

    /// Neither the client nor the store is owned; both must outlive the watcher.
    ClusterWatcher(KubeClient* client, ResourceStore* store, QObject* parent = nullptr);
    ~ClusterWatcher() override;

    /// Takes effect at the next start().
    void setKinds(const QList<ResourceKind>& kinds);
    /// Empty = all namespaces. Takes effect at the next start().
    void setNamespace(const QString& ns);
    QString namespaceName() const { return m_namespace; }
    /// Applied to every reflector created afterwards (tests, benchmark).
    void setReflectorSetup(std::function<void(Reflector&)> setup) { m_setup = std::move(setup); }

    /// (Re)creates one reflector per kind and starts them; the store's objects of kinds no
    /// longer watched are dropped.
    void start();
    /// Stops every reflector; the store keeps its objects.
    void stop();
    /// Retries every reflector that waits for a retry now.
    void retryNow();

    QStringList kinds() const; ///< Kind names, in the order given
    Reflector* reflector(const QString& kind) const { return m_reflectors.value(kind); }
    ReflectorStatus status(const QString& kind) const;
    /// Every kind has delivered a complete list, or cannot (Forbidden/Unauthorized/Failed).
    bool isSettled() const;
    /// Every kind is Live.
    bool isLive() const;

Q_SIGNALS:
    void kindStatusChanged(const QString& kind, const ase::ReflectorStatus& status);
    /// isSettled() became true (once per start()).
    void settled();

private:
    void onStatusChanged(const QString& kind, const ReflectorStatus& status);

    KubeClient* m_client = nullptr;
    ResourceStore* m_store = nullptr;
    QList<ResourceKind> m_kinds = defaultKinds();
    QString m_namespace;
    std::function<void(Reflector&)> m_setup;
    QHash<QString, Reflector*> m_reflectors; ///< by Kind name; children
    bool m_settledSignalled = false;
};

} // namespace ase
