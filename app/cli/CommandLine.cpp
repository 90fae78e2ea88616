#include "app/cli/CommandLine.h"

#include "app/cli/ClaimCommand.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace ase::cli {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

} // namespace

bool isCommand(const QString& argument)
{
    return argument == u"claim";
}

int runCommand(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"ASE Storage Manager"_s);
    QCoreApplication::setApplicationName(u"ase-storage-manager"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ASE_VERSION));
    QTranslator translator;
    if (translator.load(QLocale(), u"ase"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const QStringList arguments = QCoreApplication::arguments();
    int exitCode = Done;
    if (arguments.value(1) == u"claim") {
        ClaimCommand command(arguments, out, err);
        QObject::connect(&command, &ClaimCommand::finished, &app, [&exitCode](int code) {
            exitCode = code;
            QCoreApplication::exit(code);
        });
        QMetaObject::invokeMethod(&command, &ClaimCommand::start, Qt::QueuedConnection);
        app.exec();
        return exitCode;
    }
    err << Text::tr("error: unknown command %1").arg(arguments.value(1)) << Qt::endl;
    return BadInput;
}

} // namespace ase::cli
