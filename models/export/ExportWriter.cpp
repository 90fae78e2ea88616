// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/export/ExportWriter.h"

#include "models/resources/Yaml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace ase::exporting {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ExportWriter)
};

ExportResult failed(const QString& error)
{
    ExportResult r;
    r.status = ExportResult::Status::Failed;
    r.error = error;
    return r;
}

ExportResult withStatus(ExportResult::Status status)
{
    ExportResult r;
    r.status = status;
    return r;
}

bool write(QIODevice& device, const QByteArray& bytes)
{
    return device.write(bytes) == bytes.size();
}

ExportResult writeSingleFile(
    const ExportPlan& plan, const ExportTarget& target, const ExportProgress& progress)
{
    const QFileInfo info(target.path);
    if (info.isDir())
        return failed(
            Text::tr("%1 is a folder; choose a file name.").arg(QDir::toNativeSeparators(target.path)));
    if (info.exists() && !target.overwrite)
        return withStatus(ExportResult::Status::Exists);
    if (!info.absoluteDir().exists() && !QDir().mkpath(info.absolutePath()))
        return failed(
            Text::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(info.absolutePath())));
    QSaveFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return failed(
            Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target.path), file.errorString()));
    ExportResult result;
    const qsizetype total = plan.objects.size();
    for (qsizetype i = 0; i < total; ++i) {
        const ExportedObject& e = plan.objects.at(i);
        const QByteArray yaml = toYaml(e.object);
        if ((i > 0 && !write(file, "---\n"_ba)) || !write(file, yaml))
            return failed(Text::tr("Cannot write %1: %2")
                              .arg(QDir::toNativeSeparators(target.path), file.errorString()));
        result.bytes += yaml.size() + (i > 0 ? 4 : 0);
        ++result.counts[e.kind];
        if (progress && !progress(i + 1, total)) {
            file.cancelWriting(); // the previous file, if any, stays as it was
            return withStatus(ExportResult::Status::Canceled);
        }
    }
    if (!file.commit())
        return failed(
            Text::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(target.path), file.errorString()));
    result.status = ExportResult::Status::Written;
    result.path = info.absoluteFilePath();
    result.files = 1;
    return result;
}

ExportResult writeFolder(const ExportPlan& plan, const ExportTarget& target, const ExportProgress& progress)
{
    const QFileInfo info(target.path);
    if (info.exists() && !target.overwrite)
        return withStatus(ExportResult::Status::Exists);
    const QString parentPath = info.absolutePath();
    if (!QDir(parentPath).exists() && !QDir().mkpath(parentPath))
        return failed(Text::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(parentPath)));
    // Everything goes to a temporary sibling first (same file system: the rename is atomic).
    QTemporaryDir temporary(QDir(parentPath).filePath(u".%1-XXXXXX"_s.arg(info.fileName())));
    if (!temporary.isValid())
        return failed(Text::tr("Cannot write in %1: %2")
                          .arg(QDir::toNativeSeparators(parentPath), temporary.errorString()));
    QDir root(temporary.path());
    QSet<QString> folders;
    ExportResult result;
    const auto writeFile = [&](const QString& relative, const QByteArray& bytes) {
        const qsizetype slash = relative.lastIndexOf(u'/');
        const QString folder = slash < 0 ? QString() : relative.left(slash);
        if (!folder.isEmpty() && !folders.contains(folder)) {
            if (!root.mkpath(folder))
                return false;
            folders.insert(folder);
        }
        QFile file(root.filePath(relative));
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || !write(file, bytes))
            return false;
        file.close();
        result.bytes += bytes.size();
        ++result.files;
        return file.error() == QFileDevice::NoError;
    };
    const qsizetype total = plan.objects.size();
    for (qsizetype i = 0; i < total; ++i) {
        const ExportedObject& e = plan.objects.at(i);
        if (!writeFile(e.path, toYaml(e.object)))
            return failed(Text::tr("Cannot write %1.").arg(QDir::toNativeSeparators(root.filePath(e.path))));
        ++result.counts[e.kind];
        if (progress && !progress(i + 1, total))
            return withStatus(ExportResult::Status::Canceled); // the temporary folder goes with `temporary`
    }
    if (!writeFile(kKustomizationFile.toString(), plan.kustomization()))
        return failed(Text::tr("Cannot write %1.")
                          .arg(QDir::toNativeSeparators(root.filePath(kKustomizationFile.toString()))));
    for (const ExportAttachment& a : plan.attachments)
        if (!writeFile(a.path, a.bytes))
            return failed(Text::tr("Cannot write %1.").arg(QDir::toNativeSeparators(root.filePath(a.path))));

    // Into place. An old target is moved aside first and removed only once the new one is in.
    const QString finalPath = info.absoluteFilePath();
    QString aside;
    if (QFileInfo::exists(finalPath)) {
        QTemporaryDir reserve(QDir(parentPath).filePath(u".%1-old-XXXXXX"_s.arg(info.fileName())));
        if (!reserve.isValid())
            return failed(Text::tr("Cannot write in %1: %2")
                              .arg(QDir::toNativeSeparators(parentPath), reserve.errorString()));
        aside = reserve.path();
        reserve.remove(); // only its unique name is needed
        if (!QDir().rename(finalPath, aside))
            return failed(Text::tr("Cannot replace %1: it could not be moved aside.")
                              .arg(QDir::toNativeSeparators(finalPath)));
    }
    if (!QDir().rename(temporary.path(), finalPath)) {
        if (!aside.isEmpty())
            QDir().rename(aside, finalPath);
        return failed(Text::tr("Cannot create %1.").arg(QDir::toNativeSeparators(finalPath)));
    }
    temporary.setAutoRemove(false);
    if (!aside.isEmpty()) {
        if (QFileInfo(aside).isDir())
            QDir(aside).removeRecursively();
        else
            QFile::remove(aside);
    }
    result.status = ExportResult::Status::Written;
    result.path = finalPath;
    return result;
}

} // namespace

bool exportTargetExists(const ExportTarget& target)
{
    return !target.path.isEmpty() && QFileInfo::exists(target.path);
}

ExportResult writeExport(const ExportPlan& plan, const ExportTarget& target, const ExportProgress& progress)
{
    if (target.path.isEmpty())
        return failed(Text::tr("Choose where to write the export."));
    return target.layout == ExportLayout::SingleFile ? writeSingleFile(plan, target, progress)
                                                     : writeFolder(plan, target, progress);
}

} // namespace ase::exporting
