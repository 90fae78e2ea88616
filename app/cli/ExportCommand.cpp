// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/cli/ExportCommand.h"

#include "app/cli/CliText.h"
#include "app/cli/CommandLine.h"
#include "app/session/ClusterOperations.h"
#include "app/session/Session.h"
#include "models/export/ExportPlan.h"
#include "models/export/ExportWriter.h"
#include "models/resources/KindNames.h"
#include "models/resources/LabelSelector.h"
#include "models/resources/MetaFields.h"
#include "models/resources/ResourceKind.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace ase::cli {

namespace {

const QStringList kDefaultKinds {
    kindname::PersistentVolumeClaim, kindname::PersistentVolume, kindname::StorageClass};

QMap<QString, QString> labelsOf(const QJsonObject& object)
{
    QMap<QString, QString> labels;
    const QJsonObject l = metafield::labels(object);
    for (auto it = l.constBegin(); it != l.constEnd(); ++it)
        labels.insert(it.key(), it.value().toString());
    return labels;
}

} // namespace

ExportCommand::ExportCommand(
    const QStringList& arguments, QTextStream& out, QTextStream& err, QObject* parent)
    : ConnectedCommand(arguments, out, err, parent)
{ }

ExportCommand::~ExportCommand() = default;

bool ExportCommand::parse()
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(Text::tr(
        "Exports storage objects as clean YAML that can be applied to another cluster: claims keep their "
        "volumeName and storageClassName \"\", volumes their claimRef without this cluster's uid, so each "
        "pair "
        "binds again. What was changed and why is printed to standard error."));
    parser.addPositionalArgument(u"export"_s, Text::tr("The command."), u"export"_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, Text::tr("Show this help."));
    const QCommandLineOption all({u"A"_s, u"all-namespaces"_s}, Text::tr("Every namespace."));
    const QCommandLineOption kinds(u"kind"_s,
        Text::tr("Kinds to export, comma-separated (default "
                 "PersistentVolumeClaim,PersistentVolume,StorageClass)."),
        Text::tr("kinds"));
    const QCommandLineOption selector(
        {u"l"_s, u"selector"_s}, Text::tr("Only objects with these labels (k=v,...)."), Text::tr("selector"));
    const QCommandLineOption related(u"related"_s,
        Text::tr("Add what the objects bind to: a claim's volume and class, a volume's claim, and their "
                 "namespaces."));
    const QCommandLineOption raw(
        u"raw"_s, Text::tr("Export the objects as the server sent them (not cleaned)."));
    const QCommandLineOption output(
        {u"o"_s, u"output"_s}, Text::tr("One multi-document file (- = standard output)."), Text::tr("file"));
    const QCommandLineOption dir(u"dir"_s,
        Text::tr("A new folder with one file per object (<namespace>/<kind>/<name>.yaml) and a "
                 "Kustomization for kubectl apply -k."),
        Text::tr("folder"));
    parser.addOptions({help, all, kinds, selector, related, raw, output, dir});
    m_connection.addTo(parser);
    if (!parseOrFinish(parser, help, m_arguments))
        return false;
    m_connection.read(parser);
    if (!readAllNamespaces(parser, all))
        return false;
    m_kinds = parser.isSet(kinds) ? parser.value(kinds).split(u',', Qt::SkipEmptyParts) : kDefaultKinds;
    for (QString& kind : m_kinds) {
        const ResourceKind resource = resourceKindByKind(kind.trimmed());
        if (!resource.isValid() || kind.trimmed() == kindname::Event)
            return bad(Text::tr("--kind %1: not a kind this tool exports; use PersistentVolumeClaim, "
                                "PersistentVolume, StorageClass, Pod or Namespace.")
                           .arg(kind));
        kind = resource.kind;
    }
    m_selector = parser.value(selector);
    QString problem;
    if (!m_selector.isEmpty() && !LabelSelector::parse(m_selector, &problem))
        return bad(Text::tr("-l %1: %2").arg(m_selector, problem));
    m_related = parser.isSet(related);
    m_raw = parser.isSet(raw);
    m_file = parser.value(output);
    m_dir = parser.value(dir);
    if (m_file.isEmpty() == m_dir.isEmpty())
        return bad(Text::tr("give -o FILE (or -o - for standard output) or --dir FOLDER."));
    if (!m_dir.isEmpty() && QFileInfo::exists(m_dir))
        return bad(
            Text::tr("--dir %1 exists already; name a new folder (nothing is overwritten).").arg(m_dir));
    return true;
}

void ExportCommand::connected()
{
    m_ns = scopeNamespace();
    // Everything the related objects may come from (their namespaces too), plus the kinds
    // asked for.
    QStringList kinds = m_kinds;
    for (const QString& k : kDefaultKinds + QStringList {kindname::Namespace})
        if (!kinds.contains(k))
            kinds.append(k);
    m_pending = int(kinds.size());
    for (const QString& kind : kinds) {
        const bool namespaced = resourceKindByKind(kind).namespaced;
        m_session->cluster()->listObjects(kind, namespaced ? m_ns : QString(), this,
            [this](const QList<QJsonObject>& objects, const ApiError& error) {
                if (!error.ok() && m_error.ok())
                    m_error = error;
                m_everything.append(objects);
                oneDone();
            });
    }
}

void ExportCommand::allDone()
{
    if (!m_error.ok()) {
        finish(Refused, m_error.message());
        return;
    }
    const std::optional<LabelSelector> selector = LabelSelector::parse(m_selector);
    QList<QJsonObject> selected;
    for (const QJsonObject& o : m_everything) {
        const QString kind = o.value(u"kind").toString();
        if (!m_kinds.contains(kind) || !selector->matches(labelsOf(o)))
            continue;
        // In one namespace, cluster-scoped objects come only as related ones.
        if (!m_allNamespaces && !resourceKindByKind(kind).namespaced)
            continue;
        selected.append(o);
    }
    exporting::ExportOptions options;
    options.clean = !m_raw;
    options.related = m_related;
    const exporting::ExportPlan plan = exporting::planExport(selected, m_everything, options);
    for (const exporting::ExportNote& note : plan.notes)
        m_err << Text::tr("note: %1: %2").arg(note.object, note.text) << Qt::endl;
    for (const QString& skipped : plan.skipped)
        m_err << Text::tr("note: %1 not exported: Secrets never leave the cluster through this tool.")
                     .arg(skipped)
              << Qt::endl;
    QStringList counts;
    const QMap<QString, int> byKind = plan.countsByKind();
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        counts << Text::tr("%1 %2", "count kind").arg(it.value()).arg(it.key());
    const QString summary = counts.isEmpty() ? Text::tr("nothing") : counts.join(u", "_s);

    if (m_file == u"-") {
        m_out << QString::fromUtf8(plan.singleFile());
        m_err << Text::tr("exported %1").arg(summary) << Qt::endl;
        finish(Done);
        return;
    }
    // The same writer as the window's: atomic, a folder renamed into place at the end.
    exporting::ExportTarget target;
    target.layout = m_file.isEmpty() ? exporting::ExportLayout::Folder : exporting::ExportLayout::SingleFile;
    target.path = m_file.isEmpty() ? m_dir : m_file;
    target.overwrite = !m_file.isEmpty(); // -o FILE replaces the file, as a shell redirection does
    const exporting::ExportResult result = exporting::writeExport(plan, target);
    switch (result.status) {
    case exporting::ExportResult::Status::Written:
        m_err << Text::tr("exported %1 to %2").arg(summary, target.path) << Qt::endl;
        finish(Done);
        return;
    case exporting::ExportResult::Status::Exists:
        finish(BadInput,
            Text::tr("--dir %1 exists already; name a new folder (nothing is overwritten).").arg(m_dir));
        return;
    case exporting::ExportResult::Status::Canceled:
    case exporting::ExportResult::Status::Failed:
        finish(BadInput, result.error);
        return;
    }
}

} // namespace ase::cli
