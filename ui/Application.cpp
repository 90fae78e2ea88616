#include "ui/Application.h"

#include "app/session/Session.h"
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
    setApplicationVersion(QStringLiteral(ASE_VERSION));
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

int Application::run()
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Manage the storage of Kubernetes workloads on Azure Stack Edge devices."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"), tr("Start the built-in demo device and connect to it."));
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"),
        tr("Use this kubeconfig file (else KUBECONFIG, else ~/.kube/config)."), tr("file"));
    const QCommandLineOption context(
        QStringLiteral("context"), tr("Use this kubeconfig context."), tr("name"));
    const QCommandLineOption ns(QStringLiteral("namespace"), tr("Show this namespace."), tr("namespace"));
    const QCommandLineOption theme(
        QStringLiteral("theme"), tr("Colour scheme: system, light or dark."), tr("theme"));
    parser.addOptions({demo, kubeconfig, context, ns, theme});
    parser.process(*this);

    QSettings settings;
    if (parser.isSet(theme))
        settings.setValue(QStringLiteral("view/theme"), parser.value(theme));
    applyTheme(themeFromName(settings.value(QStringLiteral("view/theme")).toString()));

    m_session = new Session(this);
    m_window = std::make_unique<MainWindow>(m_session);
    m_window->show();

    if (parser.isSet(demo)) {
        m_session->connectDemo();
    } else if (parser.isSet(kubeconfig) || parser.isSet(context) || qEnvironmentVariableIsSet("KUBECONFIG")) {
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
