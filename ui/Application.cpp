// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/Application.h"

#include "app/BuildInfo.h"
#include "app/VerboseLogging.h"
#include "app/session/Session.h"
#include "ui/AboutInfo.h"
#include "ui/MainWindow.h"
#include "ui/Theme.h"

#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTextStream>

namespace ase {

Application::Application(int& argc, char** argv)
    : QApplication(argc, argv)
{
    setOrganizationName(QStringLiteral("ASE Storage Manager"));
    setOrganizationDomain(QStringLiteral("ase-storage-manager.invalid"));
    setApplicationName(QStringLiteral("ase-storage-manager"));
    setApplicationDisplayName(tr("ASE Storage Manager"));
    setApplicationVersion(buildinfo::version());
    setDesktopFileName(QStringLiteral("io.github.ase_storage_manager"));
    installTranslations();
}

Application::~Application() = default;

void Application::installTranslations()
{
    const QLocale locale;
    if (m_qtTranslator.load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        installTranslator(&m_qtTranslator);
    if (m_appTranslator.load(locale, QStringLiteral("ase"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        installTranslator(&m_appTranslator);
}

bool Application::reconnectsOnStart(bool noReconnectOption, Qt::KeyboardModifiers modifiers)
{
    return !noReconnectOption && !modifiers.testFlag(Qt::ShiftModifier);
}

int Application::run()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manage the storage of Kubernetes workloads on Azure Stack Edge devices.\n\n"
           "Without a command it opens the window. With one it runs headless:\n"
           "  claim static|dynamic   create a claim (static: on a share's volume; dynamic: from a "
           "StorageClass)\n"
           "  why-pending NS/NAME    explain why a claim is Pending\n"
           "  graph                  write the binding graph (SVG or Graphviz)\n"
           "  export                 write clean, re-appliable YAML\n"
           "  apply -f FILE|DIR      server-side apply of YAML files\n"
           "  share                  list, create, mount, unmount, refresh, delete the device's shares\n"
           "COMMAND --help shows a command's options."));
    parser.addHelpOption();
    // Not addVersionOption(): --version names the libraries' versions too (AboutInfo).
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
        tr("Show the version of the application and of the libraries it uses."));
    const QCommandLineOption demo(
        QStringLiteral("demo"), tr("Start the built-in demo device and connect to it."));
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"),
        tr("Use this kubeconfig file (else KUBECONFIG, else ~/.kube/config)."), tr("file"));
    const QCommandLineOption context(
        QStringLiteral("context"), tr("Use this kubeconfig context."), tr("name"));
    const QCommandLineOption ns(QStringLiteral("namespace"), tr("Show this namespace."), tr("namespace"));
    const QCommandLineOption theme(
        QStringLiteral("theme"), tr("Colour scheme: system, light or dark."), tr("theme"));
    const QCommandLineOption noReconnect(QStringLiteral("no-reconnect"),
        tr("Do not connect again to the last connection on start (holding Shift does the same)."));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
        tr("Log requests and their timings, connections and actions to stderr (never a secret)."));
    parser.addOptions({version, demo, kubeconfig, context, ns, theme, noReconnect, verbose});
    parser.process(*this);
    if (parser.isSet(version)) {
        QTextStream(stdout) << AboutInfo::versionText();
        return 0;
    }
    if (parser.isSet(verbose))
        enableVerboseLogging();

    QSettings settings;
    if (parser.isSet(theme))
        settings.setValue(QStringLiteral("view/theme"), parser.value(theme));
    applyTheme(themeFromName(settings.value(QStringLiteral("view/theme")).toString()));

    m_session = new Session(this);
    m_window = std::make_unique<MainWindow>(m_session);
    m_window->show();

    const bool explicitConnection = parser.isSet(demo) || parser.isSet(kubeconfig) || parser.isSet(context);
    if (parser.isSet(demo)) {
        m_session->connectDemo();
    } else if (!explicitConnection && reconnectsOnStart(parser.isSet(noReconnect), queryKeyboardModifiers())
        && m_window->reconnectLast()) {
        // Connected (or connecting) again to the last connection.
    } else if (explicitConnection || qEnvironmentVariableIsSet("KUBECONFIG")) {
        const ApiError error
            = m_session->connectKubeconfig(parser.value(kubeconfig), parser.value(context), parser.value(ns));
        if (!error.ok()) {
            QTextStream(stderr) << tr("ase-storage-manager: %1").arg(error.message()) << Qt::endl;
            return 2;
        }
    }
    return exec();
}

} // namespace ase
