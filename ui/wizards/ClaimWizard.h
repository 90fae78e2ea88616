// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/provisioning/ClaimDraft.h"
#include "ui/wizards/WizardFrame.h"

class QTimer;

namespace ase {

class ClaimDraftController;

/// What the static and the dynamic claim wizards share on top of the frame: a
/// ClaimDraftController whose context (volumes, claims, classes, shares, namespaces) follows
/// the session's store live, and the cluster's schemas for the checks. Subclasses add their
/// pages and say what to refresh when the context changes.
class ClaimWizard : public WizardFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimWizard)

public:
    ClaimWizard(Session* session, const provisioning::ClaimDraft& seed, QWidget* parent = nullptr);
    ~ClaimWizard() override;

    ClaimDraftController* claimController() const { return m_claims; }

protected:
    /// The context changed (the controller has the new one): update the pages.
    virtual void contextRefreshed() { }
    /// Reads the store into the controller's context now (the constructor does it once).
    void refreshContext();

private:
    void loadSchemas();

    ClaimDraftController* m_claims;
    QTimer* m_contextTimer;
};

} // namespace ase
