// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/cli/ClaimCommand.h"

#include "app/cli/CliText.h"
#include "app/cli/CommandLine.h"
#include "app/cli/GoDuration.h"
#include "app/session/Session.h"
#include "models/binding/VolumeBinding.h"
#include "models/provisioning/ClaimChecks.h"
#include "models/provisioning/ClaimManifests.h"
#include "models/provisioning/VolumeCandidates.h"
#include "models/resources/KindNames.h"
#include "models/resources/Pod.h"
#include "models/resources/Yaml.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace ase::provisioning;

namespace ase::cli {

namespace {

constexpr std::chrono::milliseconds kDefaultWait {std::chrono::minutes(2)};
constexpr std::chrono::milliseconds kPollInterval {500};

/// kubectl's forms that QCommandLineParser does not take: a bare --wait (our default
/// duration) and a bare --dry-run (kubectl's old spelling of --dry-run=client).
QStringList normalized(QStringList arguments)
{
    for (QString& argument : arguments) {
        if (argument == u"--wait")
            argument = u"--wait=2m"_s;
        else if (argument == u"--dry-run")
            argument = u"--dry-run=client"_s;
    }
    return arguments;
}

} // namespace

ClaimCommand::ClaimCommand(const QStringList& arguments, QTextStream& out, QTextStream& err, QObject* parent)
    : ConnectedCommand(normalized(arguments), out, err, parent)
{ }

ClaimCommand::~ClaimCommand() = default;

/// The flags of `claim static|dynamic`.
struct ClaimFlags
{
    QCommandLineOption help {{u"h"_s, u"help"_s}, Text::tr("Show this help.")};
    QCommandLineOption share {
        u"share"_s, Text::tr("The device share to claim (its PV has its name)."), Text::tr("share")};
    QCommandLineOption volume {u"volume"_s, Text::tr("The PersistentVolume to claim."), Text::tr("pv")};
    QCommandLineOption storageClass {
        u"storage-class"_s, Text::tr("The StorageClass to claim from."), Text::tr("class")};
    QCommandLineOption defaultClass {u"default-class"_s,
        Text::tr(
            "Claim from the cluster's default StorageClass: storageClassName is left out and the cluster "
            "fills it in.")};
    QCommandLineOption volumeMode {u"volume-mode"_s,
        Text::tr("Filesystem (default) or Block (a raw device; no workload mounts it)."), Text::tr("mode")};
    QCommandLineOption label {{u"l"_s, u"label"_s}, Text::tr("A label of the claim, KEY=VALUE (repeatable)."),
        Text::tr("key=value")};
    QCommandLineOption templateName {u"template"_s,
        Text::tr("What the workload runs: generic (--image, the default) or mysql (MySQL on port 3306, data "
                 "at /var/lib/mysql, a headless Service, the root password from --password-secret)."),
        Text::tr("name")};
    QCommandLineOption secret {u"password-secret"_s,
        Text::tr("mysql: the Secret in the claim's namespace that holds the root password (the manifest "
                 "never contains the password)."),
        Text::tr("secret")};
    QCommandLineOption secretKey {u"password-key"_s,
        Text::tr("mysql: the Secret's key that holds the password (default password)."), Text::tr("key")};
    QCommandLineOption size {u"size"_s,
        Text::tr(
            "The size to request, e.g. 10Gi (static: default 10Gi for a share, the PV's capacity for a PV; "
            "dynamic: required)."),
        Text::tr("quantity")};
    QCommandLineOption accessMode {u"access-mode"_s,
        Text::tr(
            "An access mode: ReadWriteOnce, ReadOnlyMany, ReadWriteMany, ReadWriteOncePod (repeatable)."),
        Text::tr("mode")};
    QCommandLineOption consumer {u"consumer"_s,
        Text::tr("What uses the claim: none, deployment, statefulset or iotedge (default none)."),
        Text::tr("kind")};
    QCommandLineOption consumerName {
        u"consumer-name"_s, Text::tr("The workload's name (default: the claim's)."), Text::tr("name")};
    QCommandLineOption image {u"image"_s, Text::tr("The workload's container image."), Text::tr("image")};
    QCommandLineOption mountPath {u"mount-path"_s,
        Text::tr("Where the claim appears in the container (default /data); for iotedge, a path inside the "
                 "module (repeatable; default /home/input and /home/output)."),
        Text::tr("path")};
    QCommandLineOption replicas {
        u"replicas"_s, Text::tr("The workload's replicas (default 1)."), Text::tr("n")};
    QCommandLineOption output {
        {u"o"_s, u"output"_s}, Text::tr("Print the objects: yaml or json."), Text::tr("format")};
    QCommandLineOption dryRun {u"dry-run"_s,
        Text::tr(
            "none (default), client (print, send nothing) or server (the server checks, stores nothing)."),
        Text::tr("mode")};
    QCommandLineOption wait {u"wait"_s,
        Text::tr(
            "Wait until the claim is Bound and, with a workload, its pods Running, at most this long (Go "
            "duration, e.g. 30s, 2m; bare --wait: 2m)."),
        Text::tr("duration")};
    QCommandLineOption force {u"force-conflicts"_s, Text::tr("Take over fields another field manager owns.")};
};

bool ClaimCommand::parse()
{
    const QString mode = m_arguments.value(2);
    m_static = mode == u"static";
    const bool known = mode == u"static" || mode == u"dynamic";
    const ClaimFlags flags;
    QCommandLineParser parser;
    setUpParser(parser, flags);
    if (!parser.parse(m_arguments))
        return bad(parser.errorText());
    if (parser.isSet(flags.help) || !known) {
        m_out << parser.helpText();
        m_out.flush();
        if (!known && !parser.isSet(flags.help))
            return bad(Text::tr("claim takes static or dynamic, e.g. claim static NAME --share SHARE."));
        finish(Done);
        return false;
    }
    m_connection.read(parser);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 3)
        return bad(Text::tr("the claim's name is missing: claim %1 NAME ...").arg(mode));
    if (positional.size() > 3)
        return bad(Text::tr("one claim name only; unexpected %1.").arg(positional.mid(3).join(u' ')));
    if (!readSource(parser, flags))
        return false;
    m_draft.name = positional.at(2);
    m_draft.ns = m_connection.ns();
    return readClaimFields(parser, flags) && readConsumer(parser, flags) && readOutput(parser, flags);
}

void ClaimCommand::setUpParser(QCommandLineParser& parser, const ClaimFlags& flags) const
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (m_static) {
        parser.setApplicationDescription(Text::tr(
            "Claims a device share's PersistentVolume (static provisioning): a PersistentVolumeClaim with "
            "volumeName set and storageClassName \"\", and optionally a workload that mounts it."));
    } else {
        parser.setApplicationDescription(Text::tr(
            "Claims storage from a StorageClass (dynamic provisioning): a PersistentVolumeClaim the class's "
            "provisioner makes a volume for, and optionally a workload that mounts it."));
    }
    parser.addPositionalArgument(u"claim"_s, Text::tr("The command."), u"claim"_s);
    parser.addPositionalArgument(u"mode"_s, Text::tr("static or dynamic."), u"static|dynamic"_s);
    parser.addPositionalArgument(u"NAME"_s, Text::tr("The claim's name."));
    parser.addOption(flags.help);
    if (m_static)
        parser.addOptions({flags.share, flags.volume});
    else
        parser.addOptions({flags.storageClass, flags.defaultClass});
    parser.addOptions({flags.size, flags.accessMode, flags.volumeMode, flags.label, flags.consumer,
        flags.consumerName, flags.templateName, flags.image, flags.mountPath, flags.replicas, flags.secret,
        flags.secretKey, flags.output, flags.dryRun, flags.wait, flags.force});
    m_connection.addTo(parser);
}

bool ClaimCommand::readSource(const QCommandLineParser& parser, const ClaimFlags& flags)
{
    if (m_static) {
        const bool share = parser.isSet(flags.share);
        const bool volume = parser.isSet(flags.volume);
        if (share == volume)
            return bad(Text::tr("give exactly one of --share SHARE or --volume PV."));
        m_draft = share ? ClaimDraft::forShare(parser.value(flags.share))
                        : ClaimDraft::forVolume(parser.value(flags.volume));
        return true;
    }
    const bool named = parser.isSet(flags.storageClass);
    if (named == parser.isSet(flags.defaultClass))
        return bad(
            Text::tr("give exactly one of --storage-class CLASS (e.g. ase-node-local) or --default-class."));
    if (named && parser.value(flags.storageClass).trimmed().isEmpty())
        return bad(
            Text::tr("--storage-class is empty; name a class, or use --default-class for the cluster's "
                     "default."));
    m_draft = ClaimDraft::forStorageClass(named ? parser.value(flags.storageClass) : QString());
    if (!parser.isSet(flags.size))
        return bad(Text::tr("--size is required for a dynamic claim, e.g. --size 10Gi."));
    return true;
}

bool ClaimCommand::readClaimFields(const QCommandLineParser& parser, const ClaimFlags& flags)
{
    m_sizeGiven = parser.isSet(flags.size);
    if (m_sizeGiven)
        m_draft.size = parser.value(flags.size);
    m_modesGiven = parser.isSet(flags.accessMode);
    if (m_modesGiven) {
        AccessModes modes;
        for (const QString& name : parser.values(flags.accessMode)) {
            const auto parsed = accessModeFromName(name);
            if (!parsed)
                return bad(Text::tr("--access-mode %1: not an access mode; use ReadWriteOnce, ReadOnlyMany, "
                                    "ReadWriteMany or ReadWriteOncePod.")
                               .arg(name));
            modes |= *parsed;
        }
        m_draft.accessModes = modes;
    }
    if (parser.isSet(flags.volumeMode)) {
        const QString volumeMode = parser.value(flags.volumeMode);
        if (volumeMode == u"Filesystem")
            m_draft.volumeMode = VolumeMode::Filesystem;
        else if (volumeMode == u"Block")
            m_draft.volumeMode = VolumeMode::Block;
        else
            return bad(Text::tr("--volume-mode %1: use Filesystem or Block.").arg(volumeMode));
    }
    for (const QString& label : parser.values(flags.label)) {
        const qsizetype equals = label.indexOf(u'=');
        if (equals <= 0)
            return bad(Text::tr("--label %1: write KEY=VALUE, e.g. --label app=mysql.").arg(label));
        m_draft.labels.insert(label.left(equals), label.mid(equals + 1));
    }
    return true;
}

bool ClaimCommand::readConsumer(const QCommandLineParser& parser, const ClaimFlags& flags)
{
    ConsumerDraft& consumer = m_draft.consumer;
    if (parser.isSet(flags.consumer) && !consumerKindFromName(parser.value(flags.consumer), &consumer.kind))
        return bad(Text::tr("--consumer %1: use none, deployment, statefulset or iotedge.")
                       .arg(parser.value(flags.consumer)));
    const bool workload
        = consumer.kind == ConsumerKind::Deployment || consumer.kind == ConsumerKind::StatefulSet;
    if (!readConsumerApp(parser, flags, workload))
        return false;
    for (const QCommandLineOption* option : {&flags.consumerName, &flags.image, &flags.replicas}) {
        if (parser.isSet(*option) && !workload)
            return bad(Text::tr("--%1 needs --consumer deployment or statefulset.")
                           .arg(option->names().constFirst()));
    }
    if (parser.isSet(flags.mountPath) && consumer.kind == ConsumerKind::None)
        return bad(Text::tr("--mount-path needs --consumer deployment, statefulset or iotedge."));
    if (consumer.kind == ConsumerKind::IotEdge && !m_static)
        return bad(Text::tr("--consumer iotedge mounts a device share: use claim static --share."));
    consumer.name = parser.value(flags.consumerName);
    if (parser.isSet(flags.image))
        consumer.image = parser.value(flags.image);
    if (parser.isSet(flags.mountPath)) {
        if (consumer.kind == ConsumerKind::IotEdge)
            consumer.iotTargets = parser.values(flags.mountPath);
        else if (parser.values(flags.mountPath).size() > 1)
            return bad(Text::tr("--mount-path: a workload mounts the claim at one path."));
        else
            consumer.mountPath = parser.value(flags.mountPath);
    }
    if (parser.isSet(flags.replicas)) {
        bool ok = false;
        consumer.replicas = parser.value(flags.replicas).toInt(&ok);
        if (!ok)
            return bad(
                Text::tr("--replicas %1: give a whole number, e.g. 2.").arg(parser.value(flags.replicas)));
    }
    return true;
}

bool ClaimCommand::readConsumerApp(const QCommandLineParser& parser, const ClaimFlags& flags, bool workload)
{
    ConsumerDraft& consumer = m_draft.consumer;
    if (parser.isSet(flags.templateName)) {
        ConsumerApp app = ConsumerApp::Generic;
        if (!consumerAppFromName(parser.value(flags.templateName), &app))
            return bad(
                Text::tr("--template %1: use generic or mysql.").arg(parser.value(flags.templateName)));
        if (!workload)
            return bad(Text::tr("--template needs --consumer deployment or statefulset."));
        consumer.setApp(app);
    }
    for (const QCommandLineOption* option : {&flags.secret, &flags.secretKey}) {
        if (parser.isSet(*option) && consumer.app != ConsumerApp::MySql)
            return bad(Text::tr("--%1 needs --template mysql.").arg(option->names().constFirst()));
    }
    if (consumer.app == ConsumerApp::MySql && !parser.isSet(flags.secret))
        return bad(Text::tr(
            "--template mysql takes the root password from a Secret: name it with --password-secret "
            "NAME (create it first, e.g. kubectl create secret generic NAME --from-literal=password=...)."));
    consumer.secretName = parser.value(flags.secret);
    if (parser.isSet(flags.secretKey))
        consumer.secretKey = parser.value(flags.secretKey);
    return true;
}

bool ClaimCommand::readOutput(const QCommandLineParser& parser, const ClaimFlags& flags)
{
    m_output = parser.value(flags.output);
    if (!m_output.isEmpty() && m_output != u"yaml" && m_output != u"json")
        return bad(Text::tr("--output %1: use yaml or json.").arg(m_output));
    const QString dryRun = parser.value(flags.dryRun);
    if (dryRun.isEmpty() || dryRun == u"none")
        m_dryRun = DryRun::None;
    else if (dryRun == u"client")
        m_dryRun = DryRun::Client;
    else if (dryRun == u"server")
        m_dryRun = DryRun::Server;
    else
        return bad(Text::tr("--dry-run %1: use none, client or server.").arg(dryRun));
    if (!readWait(parser, flags.wait, &m_wait))
        return false;
    if (m_wait && m_dryRun != DryRun::None)
        return bad(Text::tr("--wait cannot be combined with --dry-run: nothing is created to wait for."));
    m_force = parser.isSet(flags.force);
    return true;
}

void ClaimCommand::connected()
{
    m_draft.ns = m_connection.effectiveNamespace(m_session);
    m_loader = std::make_unique<ProvisioningLoader>(
        m_session, m_draft.ns, [this](const ProvisioningLoader::Result& result) { onContextLoaded(result); });
}

void ClaimCommand::onContextLoaded(const ProvisioningLoader::Result& result)
{
    if (!result.error.ok()) {
        finish(Refused, result.error.message());
        return;
    }
    if (!result.deviceError.ok())
        m_err << Text::tr("warning: the device's shares could not be read: %1")
                     .arg(result.deviceError.message())
              << Qt::endl;
    m_context = result.context;
    // A PV picked by name takes its capacity and best mode, as the wizard prefills them.
    if (m_static && m_draft.shareName.isEmpty()) {
        if (const PersistentVolume* volume = m_context.volume(m_draft.volumeName)) {
            const ClaimDraft prefill = draftForVolume(*volume);
            if (!m_sizeGiven)
                m_draft.size = prefill.size;
            if (!m_modesGiven)
                m_draft.accessModes = prefill.accessModes;
        }
    }
    const QList<Check> checks = checkClaimDraft(m_draft, m_context);
    for (const Check& check : checks) {
        const QString line
            = Text::tr("%1: %2", "flag: message").arg(fieldFlag(check.field, m_draft.source), check.message);
        m_err << (check.isError() ? Text::tr("error: %1").arg(line) : Text::tr("warning: %1").arg(line))
              << Qt::endl;
    }
    if (hasErrors(checks)) {
        // A share that only needs mounting: say the command that does it.
        const Share* share = m_context.share(m_draft.volumeName);
        if (m_static && share && !share->isMountedForCompute() && !m_context.volume(m_draft.volumeName))
            m_err << Text::tr("To mount it: ase-storage-manager share mount %1 --device-profile FILE")
                         .arg(share->name)
                  << Qt::endl;
        finish(BadInput);
        return;
    }
    if (m_dryRun == DryRun::Client) {
        printManifests();
        printIotEdge();
        finish(Done);
        return;
    }
    send();
}

void ClaimCommand::printManifests()
{
    if (m_output == u"json")
        m_out << QString::fromUtf8(claimManifestsJson(m_draft));
    else
        m_out << QString::fromUtf8(claimManifestsYaml(m_draft));
    m_out.flush();
}

void ClaimCommand::printIotEdge()
{
    if (m_draft.consumer.kind != ConsumerKind::IotEdge)
        return;
    // Not a cluster object: the module's "container create options", for the IoT Edge
    // deployment. On stdout unless the manifests are printed there.
    QTextStream& stream = m_output.isEmpty() && m_dryRun != DryRun::Client ? m_out : m_err;
    stream << Text::tr("# IoT Edge module container create options for share %1:")
                  .arg(m_draft.shareName.isEmpty() ? m_draft.volumeName : m_draft.shareName)
           << Qt::endl
           << QString::fromUtf8(iotEdgeCreateOptionsJson(m_draft));
    stream.flush();
}

void ClaimCommand::send()
{
    const QList<QJsonObject> manifests = claimManifests(m_draft);
    if (m_dryRun == DryRun::Server) {
        m_session->cluster()->dryRun(manifests, this, [this](const QList<ObjectOutcome>& outcomes) {
            bool ok = true;
            QList<QJsonObject> objects;
            for (const ObjectOutcome& outcome : outcomes) {
                ok = ok && outcome.ok();
                if (!outcome.ok())
                    m_err << Text::tr("error: %1: %2").arg(outcome.resourceName(), outcome.verbatim())
                          << Qt::endl;
                else if (m_output.isEmpty())
                    m_out << outcome.verbatim() << Qt::endl;
                objects.append(outcome.result.object);
            }
            if (ok && m_output == u"yaml")
                m_out << QString::fromUtf8(toYaml(objects));
            else if (ok && m_output == u"json")
                for (const QJsonObject& object : objects)
                    m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
            finish(ok ? Done : Refused);
        });
        return;
    }
    m_session->cluster()->apply(
        manifests, m_force, this, [this](const QList<ObjectOutcome>& outcomes) { onApplied(outcomes); });
}

void ClaimCommand::onApplied(const QList<ObjectOutcome>& outcomes)
{
    QList<QJsonObject> objects;
    for (const ObjectOutcome& outcome : outcomes) {
        if (outcome.ok()) {
            if (m_output.isEmpty())
                m_out << outcome.verbatim() << Qt::endl;
            objects.append(outcome.result.object);
            continue;
        }
        const ApiError& error = outcome.error();
        m_err << Text::tr("error: %1: %2").arg(outcome.resourceName(), outcome.verbatim()) << Qt::endl;
        if (error.isApplyConflict()) {
            for (const FieldConflict& conflict : error.applyConflicts())
                m_err << Text::tr("  %1 is owned by %2").arg(conflict.field, conflict.manager) << Qt::endl;
            m_err << Text::tr(
                "Run again with --force-conflicts to take these fields over, or change the values "
                "so they agree.")
                  << Qt::endl;
        }
        finish(Refused);
        return;
    }
    if (m_output == u"yaml")
        m_out << QString::fromUtf8(toYaml(objects));
    else if (m_output == u"json")
        for (const QJsonObject& object : objects)
            m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_out.flush();
    printIotEdge();
    if (!m_wait) {
        finish(Done);
        return;
    }
    m_waitClock.start();
    poll();
}

void ClaimCommand::poll()
{
    m_session->cluster()->listObjects(kindname::PersistentVolumeClaim, m_draft.ns, this,
        [this](const QList<QJsonObject>& objects, const ApiError& error) {
            if (!error.ok() && !error.isRetriable()) {
                finish(Refused, error.message());
                return;
            }
            QHash<QString, PersistentVolumeClaim> claims;
            for (const QJsonObject& object : objects) {
                const PersistentVolumeClaim claim = PersistentVolumeClaim::fromJson(object);
                claims.insert(claim.metadata.name, claim);
            }
            QStringList waitingFor;
            for (const QString& name : m_draft.claimNames()) {
                const PersistentVolumeClaim claim = claims.value(name);
                if (claim.phase != u"Bound") {
                    waitingFor.append(name);
                    continue;
                }
                if (!m_saidBound.contains(name)) {
                    m_saidBound.insert(name);
                    m_out
                        << Text::tr("persistentvolumeclaim/%1 bound to volume %2").arg(name, claim.volumeName)
                        << Qt::endl;
                }
            }
            if (error.ok() && waitingFor.isEmpty()) {
                pollPods();
                return;
            }
            if (m_waitClock.durationElapsed() >= *m_wait) {
                // Say why, as the binding inspection would.
                const PersistentVolumeClaim claim = claims.value(waitingFor.value(0));
                const binding::ClaimDiagnosis diagnosis
                    = binding::diagnoseClaim(claim, m_context.volumes, m_context.classes);
                m_err << Text::tr(
                    "error: timed out waiting for persistentvolumeclaim/%1 to be Bound (phase %2): %3")
                             .arg(waitingFor.value(0), claim.phase.isEmpty() ? u"Pending"_s : claim.phase,
                                 diagnosis.message)
                      << Qt::endl;
                finish(TimedOut);
                return;
            }
            QTimer::singleShot(kPollInterval, this, &ClaimCommand::poll);
        });
}

void ClaimCommand::pollPods()
{
    const ConsumerDraft& c = m_draft.consumer;
    const bool workload = c.kind == ConsumerKind::Deployment || c.kind == ConsumerKind::StatefulSet;
    if (!workload || c.replicas <= 0) {
        finish(Done);
        return;
    }
    m_session->cluster()->listObjects(
        kindname::Pod, m_draft.ns, this, [this](const QList<QJsonObject>& objects, const ApiError& error) {
            if (!error.ok() && !error.isRetriable()) {
                finish(Refused, error.message());
                return;
            }
            const QString app = m_draft.consumerName().trimmed();
            int running = 0;
            QString notRunning; // the first pod that is not running, and why
            for (const QJsonObject& object : objects) {
                const Pod pod = Pod::fromJson(object);
                if (pod.metadata.label(QLatin1StringView("app")) != app || pod.metadata.isTerminating())
                    continue;
                if (pod.phase == u"Running") {
                    ++running;
                    if (!m_saidRunning.contains(pod.metadata.name)) {
                        m_saidRunning.insert(pod.metadata.name);
                        m_out << Text::tr("pod/%1 running on %2").arg(pod.metadata.name, pod.nodeName)
                              << Qt::endl;
                    }
                } else if (notRunning.isEmpty()) {
                    notRunning = Text::tr("pod/%1 is %2").arg(pod.metadata.name, pod.phase);
                    const QString why = podWaitingReason(object);
                    if (!why.isEmpty())
                        notRunning += u": "_s + why;
                }
            }
            if (error.ok() && running >= m_draft.consumer.replicas) {
                finish(Done);
                return;
            }
            if (m_waitClock.durationElapsed() >= *m_wait) {
                m_err << Text::tr("error: timed out waiting for %1 of %2 pods of %3 to be Running (%4 are)%5")
                             .arg(m_draft.consumer.replicas)
                             .arg(m_draft.consumer.replicas)
                             .arg(app)
                             .arg(running)
                             .arg(notRunning.isEmpty() ? QString() : QString(u"; "_s + notRunning))
                      << Qt::endl;
                finish(TimedOut);
                return;
            }
            QTimer::singleShot(kPollInterval, this, &ClaimCommand::pollPods);
        });
}

QString ClaimCommand::podWaitingReason(const QJsonObject& pod)
{
    const QJsonObject status = pod.value(u"status"_s).toObject();
    for (const QJsonValue& c : status.value(u"containerStatuses"_s).toArray()) {
        const QJsonObject waiting = c.toObject().value(u"state"_s).toObject().value(u"waiting"_s).toObject();
        if (!waiting.isEmpty())
            return waiting.value(u"reason"_s).toString() + u": "_s + waiting.value(u"message"_s).toString();
    }
    for (const QJsonValue& c : status.value(u"conditions"_s).toArray()) {
        const QJsonObject condition = c.toObject();
        if (condition.value(u"type"_s) == u"PodScheduled"_s && condition.value(u"status"_s) == u"False"_s)
            return condition.value(u"message"_s).toString();
    }
    return {};
}

} // namespace ase::cli
