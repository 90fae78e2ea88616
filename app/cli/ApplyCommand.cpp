// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/cli/ApplyCommand.h"

#include "app/cli/CliText.h"
#include "app/cli/CommandLine.h"
#include "app/net/InputLimits.h"
#include "app/session/ClusterOperations.h"
#include "app/session/Session.h"
#include "models/export/ExportPlan.h"
#include "models/resources/MetaFields.h"
#include "models/resources/Yaml.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace ase::cli {

namespace {

/// The files of a path: itself, or a folder's manifests recursively in name order.
QStringList manifestFiles(const QString& path)
{
    if (!QFileInfo(path).isDir())
        return {path};
    QStringList files;
    QDirIterator it(path, {u"*.yaml"_s, u"*.yml"_s, u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString name = QFileInfo(file).fileName();
        if (name != u"kustomization.yaml" && name != u"kustomization.yml")
            files.append(file);
    }
    files.sort();
    return files;
}

} // namespace

ApplyCommand::ApplyCommand(const QStringList& arguments, QTextStream& out, QTextStream& err, QObject* parent)
    : ConnectedCommand(arguments, out, err, parent)
{ }

ApplyCommand::~ApplyCommand() = default;

void ApplyCommand::start()
{
    if (!parse() || !read())
        return;
    if (m_dryRun == u"client") {
        for (const QJsonObject& m : m_manifests) {
            ObjectOutcome named; // only for kubectl's name of the object
            named.kind = m.value(u"kind").toString();
            named.name = metafield::name(m);
            m_out << named.resourceName() << u" serverside-applied (dry run)"_s << Qt::endl;
        }
        finish(Done);
        return;
    }
    connectSession();
}

bool ApplyCommand::parse()
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(Text::tr("Applies YAML or JSON manifests with server-side apply (field "
                                              "manager ase-storage-manager), in order: "
                                              "namespaces, classes and volumes before claims."));
    parser.addPositionalArgument(u"apply"_s, Text::tr("The command."), u"apply"_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, Text::tr("Show this help."));
    const QCommandLineOption file(
        {u"f"_s, u"filename"_s}, Text::tr("A file or folder of manifests (repeatable)."), Text::tr("path"));
    const QCommandLineOption dryRun(u"dry-run"_s,
        Text::tr("none (default), client (read and list, send nothing) or server (the server checks, stores "
                 "nothing)."),
        Text::tr("mode"));
    const QCommandLineOption force(
        u"force-conflicts"_s, Text::tr("Take over fields another field manager owns."));
    parser.addOptions({help, file, dryRun, force});
    m_connection.addTo(parser);
    QStringList arguments = m_arguments;
    arguments.replaceInStrings(QRegularExpression(u"^--dry-run$"_s), u"--dry-run=client"_s);
    if (!parseOrFinish(parser, help, arguments))
        return false;
    m_connection.read(parser);
    m_paths = parser.values(file);
    if (m_paths.isEmpty())
        return bad(Text::tr("-f is required: -f FILE or -f FOLDER."));
    m_dryRun = parser.value(dryRun);
    if (m_dryRun == u"none")
        m_dryRun.clear();
    if (!m_dryRun.isEmpty() && m_dryRun != u"client" && m_dryRun != u"server")
        return bad(Text::tr("--dry-run %1: use none, client or server.").arg(m_dryRun));
    m_force = parser.isSet(force);
    return true;
}

bool ApplyCommand::read()
{
    for (const QString& path : m_paths) {
        if (!QFileInfo::exists(path)) {
            finish(BadInput, Text::tr("-f %1: no such file or folder.").arg(path));
            return false;
        }
        for (const QString& name : manifestFiles(path)) {
            QFile file(name);
            if (!file.open(QIODevice::ReadOnly)) {
                finish(BadInput, Text::tr("%1: %2").arg(name, file.errorString()));
                return false;
            }
            bool tooLarge = false;
            const QByteArray text = limits::kManifestFile.readAll(file, &tooLarge);
            if (tooLarge) {
                finish(BadInput,
                    Text::tr("%1: %2").arg(
                        name, limits::kManifestFile.exceededMessage(Text::tr("The file"))));
                return false;
            }
            YamlLimits yamlLimits;
            yamlLimits.maxBytes = std::max<qsizetype>(yamlLimits.maxBytes, limits::kManifestFile.bytes());
            const YamlDocuments docs = parseYaml(text, yamlLimits);
            if (!docs.ok()) {
                finish(BadInput, Text::tr("%1: %2").arg(name, docs.error->toString()));
                return false;
            }
            for (const QJsonObject& o : docs.objects) {
                if (o.value(u"kind").toString() == u"List") {
                    for (const QJsonValue& item : o.value(u"items").toArray())
                        m_manifests.append(item.toObject());
                } else {
                    m_manifests.append(o);
                }
            }
        }
    }
    std::stable_sort(m_manifests.begin(), m_manifests.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return exporting::applyOrder(a.value(u"kind").toString())
            < exporting::applyOrder(b.value(u"kind").toString());
    });
    if (m_manifests.isEmpty()) {
        finish(BadInput, Text::tr("no objects in %1.").arg(m_paths.join(u", "_s)));
        return false;
    }
    return true;
}

void ApplyCommand::connected()
{
    const auto report = [this](const QList<ObjectOutcome>& outcomes) {
        bool ok = true;
        for (const ObjectOutcome& o : outcomes) {
            if (o.ok()) {
                m_out << o.resourceName() << u" serverside-applied"_s
                      << (o.dryRun ? u" (server dry run)"_s : QString()) << Qt::endl;
                continue;
            }
            ok = false;
            m_err << Text::tr("error: %1: %2").arg(o.resourceName(), o.verbatim()) << Qt::endl;
            for (const FieldConflict& conflict : o.error().applyConflicts())
                m_err << Text::tr("  %1 is owned by %2").arg(conflict.field, conflict.manager) << Qt::endl;
            if (o.error().isApplyConflict())
                m_err << Text::tr("Run again with --force-conflicts to take these fields over.") << Qt::endl;
        }
        finish(ok ? Done : Refused);
    };
    if (m_dryRun == u"server")
        m_session->cluster()->dryRun(m_manifests, this, report);
    else
        m_session->cluster()->apply(m_manifests, m_force, this, report);
}

} // namespace ase::cli
