// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/wizards/SaveFileDialog.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QSaveFile>

namespace ase {

bool writeFileAtomically(const QString& path, const QByteArray& bytes, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void saveFileWithDialog(QWidget* parent, const SaveFileRequest& request, std::function<QByteArray()> bytes,
    std::function<void(const QString& path)> saved)
{
    auto* dialog = new QFileDialog(parent, request.title);
    dialog->setObjectName(request.objectName);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilters({request.filter, SaveFileText::tr("All files (*)")});
    dialog->setDefaultSuffix(request.suffix);
    dialog->selectFile(request.fileName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
        [parent, title = request.title, bytes = std::move(bytes), saved = std::move(saved)](
            const QString& path) {
            QString error;
            if (writeFileAtomically(path, bytes(), &error)) {
                saved(path);
                return;
            }
            auto* box = new QMessageBox(QMessageBox::Warning, title,
                SaveFileText::tr("%1 could not be written: %2").arg(path, error), QMessageBox::Ok, parent);
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setWindowModality(Qt::WindowModal);
            box->open();
        });
    dialog->open();
}

} // namespace ase
