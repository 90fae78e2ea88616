// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/wizards/WizardStyle.h"

#include <QLabel>

namespace ase::wizardstyle {

namespace {

bool isDark(const QPalette& palette)
{
    return palette.color(QPalette::Base).lightness() < 128;
}

} // namespace

QColor errorColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0x7b, 0x72) : QColor(0xb4, 0x23, 0x18);
}

QColor warningColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0xff, 0xa2, 0x5c) : QColor(0xb3, 0x59, 0x00);
}

QColor okColor(const QPalette& palette)
{
    return isDark(palette) ? QColor(0x6f, 0xdd, 0x8b) : QColor(0x1a, 0x7f, 0x37);
}

void setTextColor(QLabel* label, const QColor& color)
{
    if (label->palette().color(QPalette::WindowText) == color)
        return;
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, color);
    label->setPalette(p);
}

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

} // namespace ase::wizardstyle
