// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>

class QCommandLineParser;
class QWidget;

/// What the screenshot programs (wizard_, share_, export_, graph_screenshots) share: taking
/// a picture of a widget once the event loop has settled, and the command line
///   PROGRAM OUTDIR [--theme light|dark] [--qm FILE.qm] [extra options]
/// with the theme applied and the translations (Qt's Japanese and the app's .qm) loaded.
namespace ase::screenshots {

/// Lets the event loop run @p settleMs, then saves @p widget as OUTDIR/NAME.png and says so.
bool shoot(QWidget* widget, const QString& dir, const QString& name, int settleMs = 200);

/// The program's main(): parses the options (plus @p extraOptions), applies them, makes
/// OUTDIR and returns @p run's exit code. Offscreen unless a platform is chosen.
int screenshotMain(int argc, char* argv[], const QList<QCommandLineOption>& extraOptions,
    const std::function<int(const QString& dir, const QCommandLineParser& parser)>& run);

} // namespace ase::screenshots
