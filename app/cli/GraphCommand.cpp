// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/cli/GraphCommand.h"

#include "app/cli/CliText.h"
#include "app/cli/CommandLine.h"
#include "app/session/ClusterOperations.h"
#include "app/session/Session.h"
#include "app/session/ShareOperations.h"
#include "models/graph/GraphImage.h"
#include "models/resources/KindNames.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace ase::cli {

GraphCommand::GraphCommand(const QStringList& arguments, QTextStream& out, QTextStream& err, QObject* parent)
    : ConnectedCommand(arguments, out, err, parent)
{ }

GraphCommand::~GraphCommand() = default;

bool GraphCommand::parse()
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(Text::tr(
        "Writes the binding graph: device shares, PersistentVolumes, claims, pods and their workloads, and "
        "StorageClasses, with half-bound pairs and claims naming missing volumes marked."));
    parser.addPositionalArgument(u"graph"_s, Text::tr("The command."), u"graph"_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, Text::tr("Show this help."));
    const QCommandLineOption all(
        {u"A"_s, u"all-namespaces"_s}, Text::tr("Every namespace (the whole cluster)."));
    const QCommandLineOption output({u"o"_s, u"output"_s},
        Text::tr("The file: FILE.svg, FILE.png or FILE.dot (Graphviz); - writes SVG to standard output."),
        Text::tr("file"));
    const QCommandLineOption dark(u"dark"_s, Text::tr("Dark colours (SVG, PNG)."));
    parser.addOptions({help, all, output, dark});
    m_connection.addTo(parser);
    if (!parseOrFinish(parser, help, m_arguments))
        return false;
    m_connection.read(parser);
    if (parser.positionalArguments().size() > 1)
        return bad(Text::tr("graph takes no names; unexpected %1.")
                       .arg(parser.positionalArguments().mid(1).join(u' ')));
    if (!readAllNamespaces(parser, all))
        return false;
    m_file = parser.value(output);
    m_dark = parser.isSet(dark);
    if (m_file.isEmpty())
        return bad(Text::tr(
            "-o is required: -o FILE.svg, -o FILE.png, -o FILE.dot or -o - (SVG to standard output)."));
    if (m_file == u"-" || m_file.endsWith(u".svg"_s, Qt::CaseInsensitive))
        m_format = u"svg"_s;
    else if (m_file.endsWith(u".png"_s, Qt::CaseInsensitive))
        m_format = u"png"_s;
    else if (m_file.endsWith(u".dot"_s, Qt::CaseInsensitive)
        || m_file.endsWith(u".gv"_s, Qt::CaseInsensitive))
        m_format = u"dot"_s;
    else
        return bad(Text::tr("-o %1: the name must end in .svg, .png or .dot.").arg(m_file));
    return true;
}

void GraphCommand::connected()
{
    m_ns = scopeNamespace();
    ClusterOperations* cluster = m_session->cluster();
    const auto failed = [this](const ApiError& error) {
        if (!error.ok() && !error.isForbidden() && m_error.ok())
            m_error = error;
    };
    m_pending = 4;
    cluster->listObjects(
        kindname::PersistentVolume, {}, this, [this, failed](const QList<QJsonObject>& o, const ApiError& e) {
            failed(e);
            m_input.volumes = fromJsonObjects<PersistentVolume>(o);
            oneDone();
        });
    cluster->listObjects(kindname::PersistentVolumeClaim, m_ns, this,
        [this, failed](const QList<QJsonObject>& o, const ApiError& e) {
            failed(e);
            m_input.claims = fromJsonObjects<PersistentVolumeClaim>(o);
            oneDone();
        });
    cluster->listObjects(
        kindname::Pod, m_ns, this, [this, failed](const QList<QJsonObject>& o, const ApiError& e) {
            failed(e);
            m_input.pods = fromJsonObjects<Pod>(o);
            oneDone();
        });
    cluster->listObjects(
        kindname::StorageClass, {}, this, [this, failed](const QList<QJsonObject>& o, const ApiError& e) {
            failed(e);
            m_input.classes = fromJsonObjects<StorageClass>(o);
            oneDone();
        });
    if (m_session->shares()->isConnected()) {
        ++m_pending;
        m_session->shares()->listShares(this, [this](const QList<Share>& shares, const ArmError& error) {
            if (!error.ok())
                m_err << Text::tr("warning: the device's shares could not be read: %1").arg(error.message())
                      << Qt::endl;
            m_input.shares = shares;
            oneDone();
        });
    }
}

void GraphCommand::allDone()
{
    if (!m_error.ok()) {
        finish(Refused, m_error.message());
        return;
    }
    const graph::BindingGraph g = graph::BindingGraph::build(m_input, m_ns);
    QByteArray bytes = m_format == u"dot" ? g.toDot() : g.toSvg(m_dark);
    if (m_format == u"png") {
        QString error;
        bytes = graph::renderPng(bytes, 1.0, &error);
        if (bytes.isEmpty()) {
            finish(BadInput, Text::tr("cannot write %1: %2").arg(m_file, error));
            return;
        }
    }
    if (m_file == u"-") {
        m_out << QString::fromUtf8(bytes);
        finish(Done);
        return;
    }
    QSaveFile file(m_file);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        finish(BadInput, Text::tr("cannot write %1: %2").arg(m_file, file.errorString()));
        return;
    }
    int problems = 0;
    for (const graph::Node& n : g.nodes())
        problems += n.problem ? 1 : 0;
    m_err << Text::tr("wrote %1: %2 objects, %3 links, %4 problems")
                 .arg(m_file)
                 .arg(g.nodes().size())
                 .arg(g.edges().size())
                 .arg(problems)
          << Qt::endl;
    finish(Done);
}

} // namespace ase::cli
