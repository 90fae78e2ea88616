// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/cli/WhyPendingCommand.h"

#include "app/cli/CliText.h"
#include "app/cli/CommandLine.h"
#include "app/cli/TextTable.h"
#include "app/session/ClusterOperations.h"
#include "app/session/Session.h"
#include "app/session/ShareOperations.h"
#include "models/binding/PendingAdvice.h"
#include "models/binding/VolumeBinding.h"
#include "models/resources/KindNames.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace ase::cli {

WhyPendingCommand::WhyPendingCommand(
    const QStringList& arguments, QTextStream& out, QTextStream& err, QObject* parent)
    : ConnectedCommand(arguments, out, err, parent)
{ }

WhyPendingCommand::~WhyPendingCommand() = default;

bool WhyPendingCommand::parse()
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(Text::tr(
        "Explains why a PersistentVolumeClaim is Pending: the reason in one sentence, each volume with the "
        "binder's verdict, the claim's events, and what to do."));
    parser.addPositionalArgument(u"why-pending"_s, Text::tr("The command."), u"why-pending"_s);
    parser.addPositionalArgument(u"NS/NAME"_s, Text::tr("The claim: namespace/name, or name with -n."));
    const QCommandLineOption help({u"h"_s, u"help"_s}, Text::tr("Show this help."));
    const QCommandLineOption output(
        {u"o"_s, u"output"_s}, Text::tr("text (default) or json."), Text::tr("format"));
    parser.addOptions({help, output});
    m_connection.addTo(parser);
    if (!parseOrFinish(parser, help, m_arguments))
        return false;
    m_connection.read(parser);
    if (parser.isSet(output))
        m_output = parser.value(output);
    if (m_output != u"text" && m_output != u"json")
        return bad(Text::tr("--output %1: use text or json.").arg(m_output));
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return bad(Text::tr("name one claim: why-pending NAMESPACE/NAME (or NAME with -n)."));
    const QString key = positional.at(1);
    m_name = key.section(u'/', -1);
    m_ns = key.contains(u'/') ? key.section(u'/', 0, 0) : m_connection.ns();
    if (key.count(u'/') > 1 || m_name.isEmpty())
        return bad(Text::tr("%1: write the claim as NAMESPACE/NAME.").arg(key));
    return true;
}

void WhyPendingCommand::connected()
{
    if (m_ns.isEmpty())
        m_ns = m_connection.effectiveNamespace(m_session);
    m_session->cluster()->getObject(kindname::PersistentVolumeClaim, m_ns, m_name, this,
        [this](const QJsonObject& object, const ApiError& error) {
            if (!error.ok()) {
                finish(Refused, error.message());
                return;
            }
            m_claim = PersistentVolumeClaim::fromJson(object);
            if (m_claim.phase != u"Pending" && !m_claim.phase.isEmpty()) {
                m_out << (m_claim.phase == u"Bound"
                        ? Text::tr("persistentvolumeclaim %1/%2 is not Pending: it is Bound to volume %3.")
                              .arg(m_ns, m_name, m_claim.volumeName)
                        : Text::tr("persistentvolumeclaim %1/%2 is not Pending: it is %3.")
                              .arg(m_ns, m_name, m_claim.phase))
                      << Qt::endl;
                finish(BadInput);
                return;
            }
            readRest();
        });
}

void WhyPendingCommand::readRest()
{
    ClusterOperations* cluster = m_session->cluster();
    m_pending = 4;
    cluster->listObjects(kindname::PersistentVolume, {}, this,
        [this](const QList<QJsonObject>& objects, const ApiError& error) {
            m_volumesKnown = error.ok();
            m_volumes = fromJsonObjects<PersistentVolume>(objects);
            oneDone();
        });
    cluster->listObjects(
        kindname::StorageClass, {}, this, [this](const QList<QJsonObject>& objects, const ApiError&) {
            m_classes = fromJsonObjects<StorageClass>(objects);
            oneDone();
        });
    cluster->listObjects(
        kindname::Pod, m_ns, this, [this](const QList<QJsonObject>& objects, const ApiError&) {
            m_pods = fromJsonObjects<Pod>(objects);
            oneDone();
        });
    cluster->listObjects(
        kindname::Event, m_ns, this, [this](const QList<QJsonObject>& objects, const ApiError&) {
            for (const Event& e : fromJsonObjects<Event>(objects)) {
                if (e.involvedObject.kind == kindname::PersistentVolumeClaim
                    && e.involvedObject.name == m_name)
                    m_events.append(e);
            }
            std::sort(m_events.begin(), m_events.end(),
                [](const Event& a, const Event& b) { return a.lastSeen() < b.lastSeen(); });
            oneDone();
        });
    if (m_session->shares()->isConnected()) {
        ++m_pending;
        m_session->shares()->listShares(this, [this](const QList<Share>& shares, const ArmError& error) {
            m_sharesKnown = error.ok();
            m_shares = shares;
            if (!error.ok())
                m_err << Text::tr("warning: the device's shares could not be read: %1").arg(error.message())
                      << Qt::endl;
            oneDone();
        });
    }
}

void WhyPendingCommand::allDone()
{
    QStringList unscheduled;
    for (const Pod& pod : m_pods) {
        if (pod.usesClaim(m_name) && pod.nodeName.isEmpty())
            unscheduled.append(pod.metadata.name);
    }
    const binding::ClaimDiagnosis diagnosis
        = binding::diagnoseClaim(m_claim, m_volumes, m_classes, unscheduled);
    const QList<binding::Advice> advice
        = binding::adviseClaim(diagnosis, m_claim, m_volumes, m_shares, m_sharesKnown, m_events);

    QJsonArray candidates;
    for (const binding::CandidateExplanation& c : diagnosis.candidates)
        candidates.append(QJsonObject {{u"volume"_s, c.volumeName}, {u"rule"_s, binding::ruleId(c.rule)},
            {u"eligible"_s, binding::ruleIsEligible(c.rule)}, {u"message"_s, c.message}});
    QJsonArray advised;
    for (const binding::Advice& a : advice) {
        QJsonObject o {{u"action"_s, binding::actionId(a.action)}, {u"text"_s, a.text}};
        if (!a.target.isEmpty())
            o.insert(u"target"_s, a.target);
        if (!a.kubectlCommand.isEmpty())
            o.insert(u"command"_s, a.kubectlCommand);
        advised.append(o);
    }
    QJsonArray events;
    for (const Event& e : m_events)
        events.append(QJsonObject {{u"type"_s, e.type}, {u"reason"_s, e.reason}, {u"message"_s, e.message},
            {u"count"_s, e.effectiveCount()}});
    const QJsonObject result {{u"namespace"_s, m_ns}, {u"name"_s, m_name},
        {u"phase"_s, m_claim.phase.isEmpty() ? u"Pending"_s : m_claim.phase},
        {u"state"_s, binding::stateId(diagnosis.state)}, {u"message"_s, diagnosis.message},
        {u"volumesKnown"_s, m_volumesKnown}, {u"candidates"_s, candidates}, {u"events"_s, events},
        {u"advice"_s, advised}};
    if (m_output == u"json")
        m_out << QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Indented));
    else
        printText(result);
    finish(Done);
}

void WhyPendingCommand::printText(const QJsonObject& report)
{
    m_out << Text::tr("persistentvolumeclaim %1/%2 is Pending.").arg(m_ns, m_name) << Qt::endl
          << report.value(u"message"_s).toString() << Qt::endl;
    const QJsonArray candidates = report.value(u"candidates"_s).toArray();
    m_out << Qt::endl;
    if (!m_volumesKnown) {
        m_out << Text::tr(
            "Volumes: not readable with these credentials (listing PersistentVolumes is forbidden).")
              << Qt::endl;
    } else if (candidates.isEmpty()) {
        m_out << Text::tr("Volumes: the cluster has none.") << Qt::endl;
    } else {
        QList<QStringList> rows {{Text::tr("VOLUME"), Text::tr("VERDICT")}};
        for (const QJsonValue& v : candidates) {
            const QJsonObject c = v.toObject();
            rows.append({c.value(u"volume"_s).toString(), c.value(u"message"_s).toString()});
        }
        m_out << formatTable(rows);
    }
    const QJsonArray events = report.value(u"events"_s).toArray();
    if (!events.isEmpty()) {
        m_out << Qt::endl << Text::tr("Events:") << Qt::endl;
        for (const QJsonValue& v : events) {
            const QJsonObject e = v.toObject();
            m_out << u"  "_s << e.value(u"type"_s).toString() << u"  "_s << e.value(u"reason"_s).toString()
                  << u"  "_s << e.value(u"message"_s).toString() << Qt::endl;
        }
    }
    const QJsonArray advice = report.value(u"advice"_s).toArray();
    if (!advice.isEmpty()) {
        m_out << Qt::endl << Text::tr("What to do:") << Qt::endl;
        for (const QJsonValue& v : advice) {
            const QJsonObject a = v.toObject();
            m_out << u"- "_s << a.value(u"text"_s).toString() << Qt::endl;
            if (a.contains(u"command"_s))
                m_out << u"    "_s << a.value(u"command"_s).toString() << Qt::endl;
        }
    }
}

} // namespace ase::cli
