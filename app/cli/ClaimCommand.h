// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/ConnectedCommand.h"
#include "app/session/ClusterOperations.h"
#include "app/session/ProvisioningLoader.h"
#include "models/provisioning/ClaimDraft.h"

#include <QElapsedTimer>
#include <QSet>
#include <QStringList>
#include <QTextStream>

#include <chrono>
#include <memory>
#include <optional>

namespace ase::cli {

struct ClaimFlags;

/// `claim static NAME (--share S | --volume PV) ...` and `claim dynamic NAME
/// --storage-class SC ...`: the wizards' twins, on the same draft, builder and checks
/// (models/provisioning), so a script gets what the wizard would send.
class ClaimCommand final : public ConnectedCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimCommand)

public:
    /// `arguments` starts with the program name, then "claim", "static"|"dynamic".
    ClaimCommand(const QStringList& arguments, QTextStream& out, QTextStream& err, QObject* parent = nullptr);
    ~ClaimCommand() override;

private:
    enum class DryRun : quint8 { None, Client, Server };

    /// Reads the flags into the draft; false (after printing why) on bad input.
    bool parse() override;
    void setUpParser(QCommandLineParser& parser, const ClaimFlags& flags) const;
    /// The share or volume (static), the class (dynamic).
    bool readSource(const QCommandLineParser& parser, const ClaimFlags& flags);
    /// Size, access modes, volume mode, labels.
    bool readClaimFields(const QCommandLineParser& parser, const ClaimFlags& flags);
    /// What mounts the claim (--consumer and the flags of a workload or an IoT Edge module).
    bool readConsumer(const QCommandLineParser& parser, const ClaimFlags& flags);
    /// --template and the Secret of its password.
    bool readConsumerApp(const QCommandLineParser& parser, const ClaimFlags& flags, bool workload);
    /// --output, --dry-run, --wait, --force-conflicts.
    bool readOutput(const QCommandLineParser& parser, const ClaimFlags& flags);
    void connected() override;
    void onContextLoaded(const ProvisioningLoader::Result& result);
    void send();
    void onApplied(const QList<ObjectOutcome>& outcomes);
    /// --wait: the claims (one, or one per replica with claim templates) until Bound,
    /// then the workload's pods until Running.
    void poll();
    void pollPods();
    /// Why a pod is not running: a container's waiting reason and message, or the
    /// scheduler's; "" when it says nothing.
    static QString podWaitingReason(const QJsonObject& pod);
    void printManifests();
    void printIotEdge();

    std::unique_ptr<ProvisioningLoader> m_loader;
    provisioning::ProvisioningContext m_context;
    provisioning::ClaimDraft m_draft;
    bool m_static = true;
    bool m_sizeGiven = false;
    bool m_modesGiven = false;
    bool m_force = false;
    QString m_output; ///< "", "yaml", "json", "name"
    DryRun m_dryRun = DryRun::None;
    std::optional<std::chrono::milliseconds> m_wait;
    QElapsedTimer m_waitClock;
    QSet<QString> m_saidBound; ///< claims already reported Bound
    QSet<QString> m_saidRunning; ///< pods already reported Running
};

} // namespace ase::cli
