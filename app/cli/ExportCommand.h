// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/Command.h"
#include "app/cli/Connection.h"
#include "app/kube/ApiError.h"

#include <QJsonObject>
#include <QList>

namespace ase {
class Session;
}

namespace ase::cli {

/// `export [-n NS | -A] [--kind KINDS] [-l SELECTOR] [--related] [--raw] (-o FILE | --dir DIR)`:
/// clean, re-appliable YAML of the storage objects (models/export), one file or a folder
/// with a Kustomization; what was changed and why goes to standard error.
class ExportCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportCommand)

public:
    ExportCommand(
        const QStringList& arguments, QTextStream& out, QTextStream& err, QObject* parent = nullptr);
    ~ExportCommand() override;

    void start() override;

private:
    bool parse();
    void onConnected(int exitCode, const QString& message);
    void oneDone();
    void write();

    ConnectionOptions m_connection;
    Session* m_session = nullptr;
    bool m_allNamespaces = false;
    QString m_ns;
    QStringList m_kinds;
    QString m_selector;
    bool m_related = false;
    bool m_raw = false;
    QString m_file;
    QString m_dir;
    QList<QJsonObject> m_everything;
    ApiError m_error;
    int m_pending = 0;
};

} // namespace ase::cli
