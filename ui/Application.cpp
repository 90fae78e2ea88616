#include "ui/Application.h"

#include "ui/MainWindow.h"

#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>

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
    parser.process(*this);

    m_window = std::make_unique<MainWindow>();
    m_window->show();
    return exec();
}

} // namespace ase
