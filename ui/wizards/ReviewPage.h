// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/wizards/ServerAnswer.h"
#include "ui/wizards/WizardPage.h"

class QLabel;
class QListWidget;
class QPushButton;
class QTreeWidget;

namespace ase {

class ChecksList;
class DraftController;

/// The last page of every wizard: what will be sent, every check, and the server's own
/// verdict from a dry-run (`dryRun=All`) per object, verbatim.
class ReviewPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    explicit ReviewPage(DraftController* controller, QWidget* parent = nullptr);
    ~ReviewPage() override;

    ChecksList* checksList() const { return m_checks; }
    QTreeWidget* dryRunResults() const { return m_results; }
    QPushButton* dryRunButton() const { return m_dryRun; }
    QLabel* dryRunState() const { return m_dryRunState; }

    void pageEntered() override;

    /// A wizard whose requests have no server dry-run (the device's) hides that part.
    void setDryRunAvailable(bool available);
    void setDryRunRunning();
    void setDryRunAnswers(const QList<ServerAnswer>& answers);
    /// The dry-run could not be made at all (not connected...).
    void setDryRunFailed(const QString& message);

Q_SIGNALS:
    void dryRunRequested();

private:
    void refreshManifests();

    DraftController* m_controller;
    QListWidget* m_manifests;
    ChecksList* m_checks;
    QPushButton* m_dryRun;
    QLabel* m_dryRunState;
    QTreeWidget* m_results;
    bool m_answersCurrent = false;
    bool m_dryRunAvailable = true;
    QLabel* m_dryRunHeading = nullptr;
};

} // namespace ase
