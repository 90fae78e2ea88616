// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/wizards/WizardPage.h"

#include <QLabel>

namespace ase {

WizardPage::WizardPage(const QString& title, QWidget* parent)
    : QWidget(parent)
    , m_title(title)
{ }

WizardPage::~WizardPage() = default;

QLabel* WizardPage::fieldCheckLabel(provisioning::DraftField field, QWidget* editor)
{
    auto* label = new QLabel(this);
    label->setObjectName(QStringLiteral("check_") + provisioning::fieldId(field));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    m_slots.append({field, editor, label});
    return label;
}

} // namespace ase
