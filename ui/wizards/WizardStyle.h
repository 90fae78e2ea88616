// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>

class QLabel;
class QString;
class QWidget;

namespace ase::wizardstyle {

/// The colours of the wizards' messages, readable on the light and the dark palette.
QColor errorColor(const QPalette& palette);
QColor warningColor(const QPalette& palette);
QColor okColor(const QPalette& palette);

/// Sets a label's text colour (WindowText) to @p color.
void setTextColor(QLabel* label, const QColor& color);

/// A new bold label: the title of a section of a page or dialog.
QLabel* heading(const QString& text, QWidget* parent);

} // namespace ase::wizardstyle
