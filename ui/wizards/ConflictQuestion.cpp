// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/wizards/ConflictQuestion.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QPushButton>

namespace ase {

void askToForceConflicts(
    QWidget* parent, const QString& text, const QStringList& conflicts, std::function<void()> force)
{
    auto* box = new QMessageBox(QMessageBox::Warning,
        QCoreApplication::translate("ase::WizardFrame", "Fields managed by someone else"), text,
        QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("applyConflict"));
    box->setInformativeText(conflicts.join(u'\n'));
    QAbstractButton* forceButton = box->addButton(
        QCoreApplication::translate("ase::WizardFrame", "&Force"), QMessageBox::DestructiveRole);
    forceButton->setObjectName(QStringLiteral("forceButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QObject::connect(box, &QMessageBox::finished, parent, [box, forceButton, force = std::move(force)] {
        if (box->clickedButton() == forceButton)
            force();
    });
    box->open();
}

} // namespace ase
