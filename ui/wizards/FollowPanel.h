// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/wizards/ServerAnswer.h"

#include <QHash>
#include <QStringList>

#include <QSet>
#include <QWidget>
#include <functional>

class QLabel;
class QListWidget;

namespace ase {

class ResourceStore;
struct Event;
struct PersistentVolumeClaim;

/// After Create: follows the created objects in the store and says what happens to them,
/// as it happens: a claim Pending, then Bound to its volume; the pods that mount it; and
/// (when an event store is given) the Events about the claim, e.g. the binder's. Names are
/// links that select the objects in their panes. The objects do not depend on the panel:
/// closing the wizard stops following, nothing else.
class FollowPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FollowPanel)

public:
    FollowPanel(ResourceStore* store, const QList<ServerAnswer>& applied, QWidget* parent = nullptr);
    ~FollowPanel() override;

    /// Replaces the wizard's heading and closing note (the Apply YAML window has its own).
    void setTexts(const QString& title, const QString& note);
    /// The Events of the first claim, live (the panel shows each once, as it arrives).
    void setEventStore(ResourceStore* events);
    /// Shows only the events @p accept takes (for a store of a whole namespace's events).
    void setEventFilter(std::function<bool(const Event&)> accept);
    /// Also follows these claims ("namespace/name"), which the cluster makes itself: a
    /// StatefulSet's claims from its volumeClaimTemplates.
    void followClaims(const QStringList& keys);
    /// The claims followed ("namespace/name"): the created ones, then followClaims()'.
    QStringList claimKeys() const { return m_claimKeys; }

    /// The phase of a created claim as the store has it now ("" when not seen yet).
    QString claimPhase(const QString& key) const { return m_phases.value(key); }
    /// The lines of the log so far (oldest first).
    QStringList log() const;
    QListWidget* logView() const { return m_log; }

Q_SIGNALS:
    void linkActivated(const QString& kind, const QString& key);

private:
    void refresh();
    void refreshEvents();
    void append(const QString& line);
    QString link(const QString& kind, const QString& key, const QString& text) const;
    /// A Pending claim's state in words: waiting for its first consumer (expected), its
    /// provisioner at work, or the binder.
    QString pendingText(const PersistentVolumeClaim& claim) const;
    void refreshClaim(const QString& key, QStringList& lines);

    ResourceStore* m_store;
    ResourceStore* m_events = nullptr;
    QList<ServerAnswer> m_applied;
    QStringList m_claimKeys;
    std::function<bool(const Event&)> m_eventFilter;
    QLabel* m_summary;
    QListWidget* m_log;
    QHash<QString, QString> m_phases; ///< claim key → phase last said
    QHash<QString, QString> m_volumes; ///< claim key → volume last said
    QHash<QString, QString> m_nodes; ///< claim key → selected node last said
    QSet<QString> m_podsSeen; ///< "pod key|phase" already said
    QSet<QString> m_eventsSeen; ///< event uid|count already said
};

} // namespace ase
