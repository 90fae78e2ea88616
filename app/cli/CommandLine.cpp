// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/cli/CommandLine.h"

#include "app/BuildInfo.h"
#include "app/cli/ApplyCommand.h"
#include "app/cli/ClaimCommand.h"
#include "app/cli/CliText.h"
#include "app/cli/ExportCommand.h"
#include "app/cli/GraphCommand.h"
#include "app/cli/ShareCommand.h"
#include "app/cli/WhyPendingCommand.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace ase::cli {

bool isCommand(const QString& argument)
{
    return argument == u"claim" || argument == u"why-pending" || argument == u"graph" || argument == u"export"
        || argument == u"apply" || argument == u"share";
}

namespace {

/// `graph -o FILE.png` draws text: it needs QtGui's fonts, so a QGuiApplication, on the
/// offscreen platform unless one is chosen (no display needed).
bool needsGui(int argc, char** argv)
{
    if (argc < 2 || QByteArray(argv[1]) != "graph")
        return false;
    for (int i = 2; i < argc; ++i) {
        if (QByteArray(argv[i]).toLower().endsWith(".png"))
            return true;
    }
    return false;
}

} // namespace

int runCommand(int argc, char** argv)
{
    std::unique_ptr<QCoreApplication> application;
    if (needsGui(argc, argv)) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication& app = *application;
    QCoreApplication::setOrganizationName(u"ASE Storage Manager"_s);
    QCoreApplication::setApplicationName(u"ase-storage-manager"_s);
    QCoreApplication::setApplicationVersion(ase::buildinfo::version());
    QTranslator translator;
    if (translator.load(QLocale(), u"ase"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    const QString name = arguments.value(1);
    std::unique_ptr<Command> command;
    if (name == u"claim")
        command = std::make_unique<ClaimCommand>(arguments, out, err);
    else if (name == u"why-pending")
        command = std::make_unique<WhyPendingCommand>(arguments, out, err);
    else if (name == u"graph")
        command = std::make_unique<GraphCommand>(arguments, out, err);
    else if (name == u"export")
        command = std::make_unique<ExportCommand>(arguments, out, err);
    else if (name == u"apply")
        command = std::make_unique<ApplyCommand>(arguments, out, err);
    else if (name == u"share")
        command = std::make_unique<ShareCommand>(arguments, out, err);
    if (!command) {
        err << Text::tr("error: unknown command %1").arg(name) << Qt::endl;
        return BadInput;
    }
    int exitCode = Done;
    QObject::connect(command.get(), &Command::finished, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    QMetaObject::invokeMethod(command.get(), &Command::start, Qt::QueuedConnection);
    app.exec();
    return exitCode;
}

} // namespace ase::cli
