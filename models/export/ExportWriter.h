// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/export/ExportPlan.h"

#include <QMap>
#include <QString>

#include <functional>

/// Writes an export plan to disk, atomically: one multi-document file through QSaveFile,
/// or a folder written under a temporary sibling and renamed into place at the end. A
/// cancel or a failure leaves nothing half-written (the old file or folder, if any, stays
/// as it was). Runs on any thread (no QObject, no event loop).
namespace ase::exporting {

enum class ExportLayout : quint8 {
    SingleFile, ///< every object in one multi-document YAML file
    Folder, ///< one file per object (ExportedObject::path), a Kustomization, attachments
};

struct ExportTarget
{
    ExportLayout layout = ExportLayout::SingleFile;
    QString path; ///< the file, or the folder to create
    /// Replace an existing file or folder. Without it an existing target is refused
    /// (ExportResult::Status::Exists) and nothing is written.
    bool overwrite = false;
};

struct ExportResult
{
    enum class Status : quint8 { Written, Canceled, Exists, Failed };
    Status status = Status::Failed;
    QString error; ///< for Failed: what could not be written, and why (translated)
    QString path; ///< the absolute path written
    QMap<QString, int> counts; ///< "PersistentVolumeClaim" → objects written
    int files = 0; ///< files written (a folder: objects + kustomization + attachments)
    qint64 bytes = 0;

    bool ok() const { return status == Status::Written; }
};

/// Told after each object; return false to cancel (the write stops and is undone).
using ExportProgress = std::function<bool(qsizetype done, qsizetype total)>;

/// Whether the target exists already (the dialog asks before overwriting it).
bool exportTargetExists(const ExportTarget& target);

/// Writes @p plan to @p target. The YAML of each object is made here, one object at a
/// time, so memory stays at one file's worth beyond the plan.
ExportResult writeExport(
    const ExportPlan& plan, const ExportTarget& target, const ExportProgress& progress = {});

} // namespace ase::exporting
