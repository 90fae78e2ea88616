// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/ConnectedCommand.h"
#include "models/resources/Event.h"
#include "models/resources/PersistentVolume.h"
#include "models/resources/PersistentVolumeClaim.h"
#include "models/resources/Pod.h"
#include "models/resources/Share.h"
#include "models/resources/SharedList.h"
#include "models/resources/StorageClass.h"

namespace ase::cli {

/// `why-pending NS/NAME [-o text|json]`: the binding inspection's twin. The sentence, every
/// volume with the binder's verdict, the claim's events and what to do. Exit 0 when
/// explained; 1 when the claim is not Pending (its phase said); 2 when it does not exist or
/// cannot be read.
class WhyPendingCommand final : public ConnectedCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WhyPendingCommand)

public:
    WhyPendingCommand(
        const QStringList& arguments, QTextStream& out, QTextStream& err, QObject* parent = nullptr);
    ~WhyPendingCommand() override;

private:
    bool parse() override;
    void connected() override;
    void readRest();
    /// Explains the claim with what was read.
    void allDone() override;
    void printText(const QJsonObject& report);

    QString m_ns;
    QString m_name;
    QString m_output = QStringLiteral("text");
    PersistentVolumeClaim m_claim;
    SharedList<PersistentVolume> m_volumes;
    QList<StorageClass> m_classes;
    QList<Pod> m_pods;
    QList<Event> m_events;
    QList<Share> m_shares;
    bool m_sharesKnown = false;
    bool m_volumesKnown = true;
};

} // namespace ase::cli
