// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/store/MemoryRelease.h"
#include "tests/bench/BenchSupport.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QStandardPaths>

#include <functional>

namespace ase::bench {

/// The start of a benchmark of widgets: the offscreen platform, a QApplication, settings in
/// test mode and the command line (`options` and --help); then `run` with the parsed line.
inline int guiBenchMain(int argc, char* argv[], const QList<QCommandLineOption>& options,
    const std::function<int(const QCommandLineParser&)>& run)
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    MemoryRelease::limitArenas(); // as the app's main() does
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions(options);
    parser.process(app);
    const StallTracer tracer; // ASE_BENCH_TRACE_STALLS=MS: the stack of each stall that long
    return run(parser);
}

} // namespace ase::bench
