// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "ui/wizards/WizardPage.h"

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ase {

class ClaimDraftController;
class ResourceStore;
class StorageClassTableModel;

/// Dynamic wizard, page 1: the StorageClass. The cluster's classes live (provisioner,
/// reclaim policy, binding mode, volume expansion, the default marked), and for the chosen
/// one what it gives in words: where the data lives and who can mount it, what deleting the
/// claim does, and for WaitForFirstConsumer that the claim stays Pending until a pod uses
/// it, which is expected. "Which storage do I need?" asks two questions and picks a class
/// or sends the user to the share wizard.
class ClassPage final : public WizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClassPage)

public:
    ClassPage(ClaimDraftController* controller, ResourceStore* store, QWidget* parent = nullptr);
    ~ClassPage() override;

    QTableView* table() const { return m_table; }
    QLabel* description() const { return m_description; }
    QLabel* defaultNote() const { return m_defaultNote; }
    QPushButton* adviceButton() const { return m_advice; }

    void syncFromDraft() override;
    /// The classes changed.
    void refreshContext();
    /// Opens "Which storage do I need?" (modal) and applies the answer.
    void askAdvice();

Q_SIGNALS:
    /// The advice is a share: open the static wizard.
    void shareWizardRequested();

private:
    void rowChosen();
    QString shownClass() const;

    ClaimDraftController* m_controller;
    StorageClassTableModel* m_model;
    QSortFilterProxyModel* m_sorted;
    QTableView* m_table;
    QLabel* m_defaultNote;
    QLabel* m_description;
    QPushButton* m_advice;
};

} // namespace ase
