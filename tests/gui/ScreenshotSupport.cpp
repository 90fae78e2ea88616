// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "tests/gui/ScreenshotSupport.h"

#include "tests/bench/BenchSupport.h"
#include "ui/Theme.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace ase::screenshots {

bool shoot(QWidget* widget, const QString& dir, const QString& name, int settleMs)
{
    bench::spin(settleMs);
    const QString path = QDir(dir).filePath(name + u".png"_s);
    const bool ok = widget->grab().save(path);
    bench::out() << (ok ? "wrote " : "could not write ") << path << Qt::endl;
    return ok;
}

int screenshotMain(int argc, char* argv[], const QList<QCommandLineOption>& extraOptions,
    const std::function<int(const QString& dir, const QCommandLineParser& parser)>& run)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addPositionalArgument(u"outdir"_s, u"Where the PNGs go."_s);
    const QCommandLineOption themeOption(u"theme"_s, u"light or dark."_s, u"THEME"_s, u"light"_s);
    const QCommandLineOption qmOption(u"qm"_s, u"The app's translation (.qm) to load."_s, u"FILE"_s);
    parser.addOptions({themeOption, qmOption});
    parser.addOptions(extraOptions);
    parser.process(app);
    if (parser.positionalArguments().isEmpty())
        parser.showHelp(1);
    applyTheme(themeFromName(parser.value(themeOption)));
    QTranslator qt;
    QTranslator own;
    if (parser.isSet(qmOption)) {
        if (qt.load(QLocale(QLocale::Japanese), u"qtbase"_s, u"_"_s,
                QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(&qt);
        if (own.load(parser.value(qmOption)))
            QCoreApplication::installTranslator(&own);
    }
    const QString dir = parser.positionalArguments().first();
    QDir().mkpath(dir);
    return run(dir, parser);
}

} // namespace ase::screenshots
