// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <functional>

class QWidget;

namespace ase {

/// Writes @p bytes to @p path atomically (QSaveFile). False, with @p error set, when it could not.
bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error);

/// What a "Save …" button saves.
struct SaveFileRequest
{
    QString title; ///< of the file dialog
    QString filter; ///< "YAML files (*.yaml *.yml)"; "All files (*)" is added
    QString suffix; ///< appended when the name has none
    QString fileName; ///< proposed
    QString objectName; ///< of the dialog, for tests
};

/// A window-modal file dialog (opened, never exec'd). Once a path is picked, writes what
/// @p bytes gives there atomically and calls @p saved with the path, or says in a
/// window-modal message box why it could not.
void saveFileWithDialog(QWidget* parent, const SaveFileRequest& request, std::function<QByteArray()> bytes,
    std::function<void(const QString& path)> saved);

/// The translation context of saveFileWithDialog()'s sentences.
struct SaveFileText
{
    Q_DECLARE_TR_FUNCTIONS(SaveFileDialog)
};

} // namespace ase
