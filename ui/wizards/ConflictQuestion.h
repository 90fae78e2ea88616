// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace ase {

/// The question after a server-side apply conflict, for the wizards and the Apply YAML
/// window alike: @p text says what conflicts, the details list each field and its manager;
/// Force (object name "forceButton") calls @p force, Cancel (the default) does nothing.
/// Window-modal on @p parent, deleted when answered; object name "applyConflict".
void askToForceConflicts(
    QWidget* parent, const QString& text, const QStringList& conflicts, std::function<void()> force);

} // namespace ase
