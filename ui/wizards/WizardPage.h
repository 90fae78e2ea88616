// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/provisioning/ClaimChecks.h"

#include <QList>
#include <QWidget>

class QLabel;

namespace ase {

/// One page of a wizard frame. A page edits the draft through its controller and shows
/// each field's checks in a label next to the field (fieldCheckLabel()); the frame fills
/// those labels and the list on the review page.
class WizardPage : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WizardPage)

public:
    explicit WizardPage(const QString& title, QWidget* parent = nullptr);
    ~WizardPage() override;

    QString title() const { return m_title; }

    /// The draft changed (on this page, another, or in the YAML editor): show it, setting
    /// only the widgets whose value differs so that the field being typed in is left alone.
    virtual void syncFromDraft() { }
    /// The page became the current one.
    virtual void pageEntered() { }

    struct FieldSlot
    {
        provisioning::DraftField field;
        QWidget* editor; ///< gets the focus when the user picks the check in the list
        QLabel* label; ///< shows the field's checks (hidden when there are none)
    };
    const QList<FieldSlot>& fieldSlots() const { return m_slots; }

protected:
    /// A label for the checks of @p field, whose editor is @p editor; lay it out under the editor.
    QLabel* fieldCheckLabel(provisioning::DraftField field, QWidget* editor);

private:
    QString m_title;
    QList<FieldSlot> m_slots;
};

} // namespace ase
