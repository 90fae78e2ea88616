// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QApplication>
#include <QTranslator>

#include <memory>

namespace ase {

class MainWindow;
class Session;

/// The application object: Qt application, translations, command line, main window.
class Application final : public QApplication
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Application)

public:
    Application(int& argc, char** argv);
    ~Application() override;

    /// Parses the command line, shows the main window and runs the event loop.
    int run();

    /// Whether the window connects again to the last connection on start when the command
    /// line names none: not with --no-reconnect, nor while Shift is held.
    static bool reconnectsOnStart(bool noReconnectOption, Qt::KeyboardModifiers modifiers);

private:
    void installTranslations();

    QTranslator m_qtTranslator;
    QTranslator m_appTranslator;
    Session* m_session = nullptr;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace ase
