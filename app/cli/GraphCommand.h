// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/cli/ConnectedCommand.h"
#include "app/kube/ApiError.h"
#include "models/graph/BindingGraph.h"

namespace ase::cli {

/// `graph [-n NS | -A] -o FILE.svg|FILE.png|FILE.dot|-`: the binding graph (shares →
/// volumes → claims → pods → workloads, classes above) written as SVG, PNG or Graphviz.
/// PNG is drawn offscreen: runCommand() makes a QGuiApplication on the offscreen platform
/// for it (wantsGui()), so it needs no display.
class GraphCommand final : public ConnectedCommand
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphCommand)

public:
    GraphCommand(const QStringList& arguments, QTextStream& out, QTextStream& err, QObject* parent = nullptr);
    ~GraphCommand() override;

private:
    bool parse() override;
    void connected() override;
    /// Writes the graph of what was read.
    void allDone() override;

    QString m_ns;
    QString m_file;
    QString m_format; ///< "svg", "png" or "dot"
    bool m_dark = false;
    graph::GraphInput m_input;
    ApiError m_error;
};

} // namespace ase::cli
