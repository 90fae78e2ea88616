// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QString>

#include <optional>

namespace ase::demo {

class ClusterState;
struct SyncScope;

/// Which claims are not bound yet and which pods are Pending, kept between controller
/// passes and brought up to date from the keys each pass names (every change of a claim or
/// a pod names it in the scope). A scope's "every unbound claim" and "every Pending pod"
/// then cost what changed, not what the cluster holds: with 50,000 bound claims, a volume
/// change no longer makes every pass read every claim. A full pass rebuilds the index on
/// first use.
class WorkIndex final
{
public:
    explicit WorkIndex(ClusterState& state);

    /// Replaces the scope's unboundClaims / pendingPods with the keys they stand for
    /// (added to claims / pods); a full scope is left as it is and resets the index.
    void resolve(SyncScope& scope);

private:
    void refreshClaim(const QString& key);
    void refreshPod(const QString& key);

    ClusterState& m_state;
    std::optional<QSet<QString>> m_unboundClaims;
    std::optional<QSet<QString>> m_pendingPods;
};

} // namespace ase::demo
