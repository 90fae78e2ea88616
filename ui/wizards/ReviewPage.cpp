// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/wizards/ReviewPage.h"

#include "models/provisioning/ClaimChecks.h"
#include "ui/wizards/ChecksList.h"
#include "ui/wizards/DraftController.h"
#include "ui/wizards/WizardStyle.h"

#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ase {

ReviewPage::ReviewPage(DraftController* controller, QWidget* parent)
    : WizardPage(tr("Review"), parent)
    , m_controller(controller)
    , m_manifests(new QListWidget(this))
    , m_checks(new ChecksList(controller, this))
    , m_dryRun(new QPushButton(tr("Run the server &dry-run"), this))
    , m_dryRunState(new QLabel(this))
    , m_results(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("reviewPage"));
    m_manifests->setObjectName(QStringLiteral("manifests"));
    m_manifests->setAccessibleName(tr("Objects to create"));
    m_manifests->setFocusPolicy(Qt::TabFocus);
    m_dryRun->setObjectName(QStringLiteral("dryRun"));
    m_dryRun->setAutoDefault(false);
    m_dryRun->setToolTip(tr("Send every object with dryRun=All: the server validates and admits it "
                            "without storing anything"));
    m_dryRunState->setObjectName(QStringLiteral("dryRunState"));
    m_dryRunState->setWordWrap(true);
    m_results->setObjectName(QStringLiteral("dryRunResults"));
    m_results->setAccessibleName(tr("Server dry-run answers"));
    m_results->setHeaderHidden(true);
    m_results->setColumnCount(1);
    m_results->setWordWrap(true);
    m_results->setRootIsDecorated(true);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(wizardstyle::heading(tr("Objects to create"), this));
    m_manifests->setMaximumHeight(m_manifests->fontMetrics().height() * 5 + 12);
    layout->addWidget(m_manifests);
    layout->addWidget(wizardstyle::heading(tr("Checks"), this));
    layout->addWidget(m_checks, 1);
    auto* dry = wizardstyle::heading(tr("Server dry-run"), this);
    m_dryRunHeading = dry;
    layout->addWidget(dry);
    layout->addWidget(m_dryRunState);
    layout->addWidget(m_results, 2);
    layout->addWidget(m_dryRun, 0, Qt::AlignLeft);

    connect(m_dryRun, &QPushButton::clicked, this, &ReviewPage::dryRunRequested);
    connect(m_controller, &DraftController::draftChanged, this, [this] {
        refreshManifests();
        if (m_answersCurrent) {
            m_answersCurrent = false;
            m_dryRunState->setText(tr("The draft changed after the dry-run; run it again to see the server's "
                                      "answer to what would be sent now."));
            wizardstyle::setTextColor(m_dryRunState, palette().color(QPalette::PlaceholderText));
        }
    });
    refreshManifests();
    m_dryRunState->setText(tr("Not run yet."));
}

ReviewPage::~ReviewPage() = default;

void ReviewPage::pageEntered()
{
    refreshManifests();
    m_checks->refresh();
    // The server's verdict is wanted every time the draft is reviewed.
    if (m_dryRunAvailable && !m_answersCurrent && m_dryRun->isEnabled())
        Q_EMIT dryRunRequested();
}

void ReviewPage::refreshManifests()
{
    if (!isVisible())
        return; // shown anew when the page is entered
    const QStringList lines = m_controller->objectTitles();
    m_manifests->clear();
    m_manifests->addItems(lines);
}

void ReviewPage::setDryRunAvailable(bool available)
{
    m_dryRunAvailable = available;
    for (QWidget* w : {static_cast<QWidget*>(m_dryRunHeading), static_cast<QWidget*>(m_dryRunState),
             static_cast<QWidget*>(m_results), static_cast<QWidget*>(m_dryRun)})
        w->setVisible(available);
}

void ReviewPage::setDryRunRunning()
{
    m_dryRun->setEnabled(false);
    m_results->clear();
    m_dryRunState->setText(tr("Asking the server…"));
    wizardstyle::setTextColor(m_dryRunState, palette().color(QPalette::WindowText));
}

void ReviewPage::setDryRunAnswers(const QList<ServerAnswer>& answers)
{
    m_dryRun->setEnabled(true);
    m_dryRun->setText(tr("Run the server &dry-run again"));
    m_results->clear();
    int refused = 0;
    for (const ServerAnswer& answer : answers) {
        auto* item = new QTreeWidgetItem(m_results, {answer.verbatim});
        item->setIcon(0,
            style()->standardIcon(answer.ok ? QStyle::SP_DialogApplyButton : QStyle::SP_MessageBoxCritical));
        item->setToolTip(0, answer.verbatim);
        for (const QString& cause : answer.causes)
            new QTreeWidgetItem(item, {cause});
        item->setExpanded(true);
        refused += answer.ok ? 0 : 1;
    }
    m_answersCurrent = true;
    if (refused == 0) {
        m_dryRunState->setText(tr("The server accepts every object."));
        wizardstyle::setTextColor(m_dryRunState, wizardstyle::okColor(palette()));
    } else {
        m_dryRunState->setText(tr("The server refuses %n object(s):", nullptr, refused));
        wizardstyle::setTextColor(m_dryRunState, wizardstyle::errorColor(palette()));
    }
}

void ReviewPage::setDryRunFailed(const QString& message)
{
    m_dryRun->setEnabled(true);
    m_results->clear();
    m_answersCurrent = false;
    m_dryRunState->setText(message);
    wizardstyle::setTextColor(m_dryRunState, wizardstyle::errorColor(palette()));
}

} // namespace ase
