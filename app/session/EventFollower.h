// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <memory>

namespace ase {

class KubeClient;
class Reflector;
class ResourceStore;

/// The Events of one object, listed and watched into a store of their own for as long as
/// the follower lives — independent of Session::eventStore() (the details panel's). A
/// wizard follows what it created with one. The Session stops it when the connection it
/// reads from goes away.
class EventFollower final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventFollower)

public:
    /// Starts at once when `client` is set; `ns` is the object's namespace (for a
    /// cluster-scoped object, empty: its Events may be in any namespace).
    EventFollower(KubeClient* client, const QString& kind, const QString& ns, const QString& name,
        const QString& uid, QObject* parent = nullptr);
    ~EventFollower() override;

    /// The Events (kind "Event"), live.
    ResourceStore* store() const { return m_store; }
    /// Stops watching (the store keeps what it has).
    void stop();

private:
    ResourceStore* m_store; ///< child
    std::unique_ptr<Reflector> m_reflector;
};

} // namespace ase
