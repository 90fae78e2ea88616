// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/Command.h"
#include "app/cli/Connection.h"
#include "models/resources/Event.h"
#include "models/resources/PersistentVolume.h"
#include "models/resources/PersistentVolumeClaim.h"
#include "models/resources/Pod.h"
#include "models/resources/Share.h"
#include "models/resources/StorageClass.h"

namespace ase {
class Session;
}

namespace ase::cli {

/// `why-pending NS/NAME [-o text|json]`: the binding inspection's twin. The sentence, every
/// volume with the binder's verdict, the claim's events and what to do. Exit 0 when
/// explained; 1 when the claim is not Pending (its phase said); 2 when it does not exist or
/// cannot be read.
class WhyPendingCommand final : public Command
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhyPendingCommand)

public:
    WhyPendingCommand(
        const QStringList& arguments, QTextStream& out, QTextStream& err, QObject* parent = nullptr);
    ~WhyPendingCommand() override;

    void start() override;

private:
    bool parse();
    void onConnected(int exitCode, const QString& message);
    void readRest();
    void oneDone();
    void report();
    void printText(const QJsonObject& report);

    ConnectionOptions m_connection;
    Session* m_session = nullptr;
    QString m_ns;
    QString m_name;
    QString m_output = QStringLiteral("text");
    PersistentVolumeClaim m_claim;
    QList<PersistentVolume> m_volumes;
    QList<StorageClass> m_classes;
    QList<Pod> m_pods;
    QList<Event> m_events;
    QList<Share> m_shares;
    bool m_sharesKnown = false;
    bool m_volumesKnown = true;
    int m_pending = 0;
};

} // namespace ase::cli
