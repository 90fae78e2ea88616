// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/ConnectedCommand.h"

#include <QJsonObject>
#include <QList>

namespace ase::cli {

/// `apply -f FILE|DIR [--dry-run=client|server] [--force-conflicts]`: server-side apply
/// (field manager ase-storage-manager) of every document of the files, in order (a folder:
/// its .yaml, .yml and .json files, recursively, sorted; kustomization files are skipped),
/// with kubectl's lines (`persistentvolumeclaim/x serverside-applied`).
class ApplyCommand final : public ConnectedCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplyCommand)

public:
    ApplyCommand(const QStringList& arguments, QTextStream& out, QTextStream& err, QObject* parent = nullptr);
    ~ApplyCommand() override;

    void start() override;

private:
    bool parse() override;
    /// Reads and parses the files; false (after printing where) on a syntax error.
    bool read();
    void connected() override;

    QStringList m_paths;
    QString m_dryRun; ///< "", "client", "server"
    bool m_force = false;
    QList<QJsonObject> m_manifests;
};

} // namespace ase::cli
