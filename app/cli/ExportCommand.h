// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/ConnectedCommand.h"
#include "app/kube/ApiError.h"

#include <QJsonObject>
#include <QList>

namespace ase::cli {

/// `export [-n NS | -A] [--kind KINDS] [-l SELECTOR] [--related] [--raw] (-o FILE | --dir DIR)`:
/// clean, re-appliable YAML of the storage objects (models/export), one file or a folder
/// with a Kustomization; what was changed and why goes to standard error.
class ExportCommand final : public ConnectedCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportCommand)

public:
    ExportCommand(
        const QStringList& arguments, QTextStream& out, QTextStream& err, QObject* parent = nullptr);
    ~ExportCommand() override;

private:
    bool parse() override;
    void connected() override;
    /// Writes what was read.
    void allDone() override;

    QString m_ns;
    QStringList m_kinds;
    QString m_selector;
    bool m_related = false;
    bool m_raw = false;
    QString m_file;
    QString m_dir;
    QList<QJsonObject> m_everything;
    ApiError m_error;
};

} // namespace ase::cli
