// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/provisioning/VolumeCandidates.h"
#include "ui/wizards/WizardPage.h"

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace ase {

class ClaimDraftController;

/// Static wizard, page 1: every share and PersistentVolume, and for each whether a new claim
/// could bind it — and if not, why, in one sentence, by the binder's own rules. A share that
/// is not mounted for Edge compute has no volume yet: the page offers to mount it.
class SourcePage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourcePage)

public:
    explicit SourcePage(ClaimDraftController* controller, QWidget* parent = nullptr);
    ~SourcePage() override;

    QTreeWidget* candidates() const { return m_tree; }
    QPushButton* mountButton() const { return m_mount; }
    QLabel* detail() const { return m_detail; }
    /// The candidates as last shown.
    const QList<provisioning::VolumeCandidate>& shown() const { return m_shown; }

    void syncFromDraft() override;
    void pageEntered() override;
    /// The context changed (a PV appeared, a share was mounted).
    void refreshCandidates();

    /// A mount is running: its progress in one sentence, and in percent (-1: unknown).
    void setMountProgress(const QString& text, int percent = -1);
    /// The mount ended; `error` is empty when it succeeded.
    void setMountFinished(const QString& shareName, const QString& error);

Q_SIGNALS:
    void mountRequested(const QString& shareName);
    void linkActivated(const QString& kind, const QString& key);

private:
    void selectCurrentSource();
    void showDetail();
    const provisioning::VolumeCandidate* currentCandidate() const;

    ClaimDraftController* m_controller;
    QTreeWidget* m_tree;
    QLabel* m_detail;
    QPushButton* m_mount;
    QProgressBar* m_progress;
    QLabel* m_mountState;
    QList<provisioning::VolumeCandidate> m_shown;
    QString m_mounting; ///< the share being mounted
    QString m_candidatesFor; ///< size and modes the verdicts were computed for
};

} // namespace ase
