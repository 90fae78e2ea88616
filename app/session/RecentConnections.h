// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/session/ConnectionTarget.h"

#include <QList>

class QSettings;

namespace ase {

/// The connections made last, most recent first, in QSettings (`recentConnections/list`,
/// an array of {kind, kubeconfig, context, namespace}; no secrets, no ports): File → Recent
/// Connections, and what the window reconnects to on start.
///
///     QSettings settings;
///     RecentConnections recent(settings);
///     recent.add(ConnectionTarget::demo());
///     recent.last(); // the demo device
class RecentConnections final
{
public:
    static constexpr qsizetype kMaximum = 8;

    /// Reads the list; `settings` must outlive this object.
    explicit RecentConnections(QSettings& settings);

    const QList<ConnectionTarget>& targets() const { return m_targets; }
    /// The most recent connection (invalid when there is none).
    ConnectionTarget last() const { return m_targets.value(0); }
    /// Puts `target` first (moving it up when it was there already); keeps kMaximum.
    void add(const ConnectionTarget& target);
    void remove(const ConnectionTarget& target);
    void clear();

private:
    void write();

    QSettings& m_settings;
    QList<ConnectionTarget> m_targets;
};

} // namespace ase
