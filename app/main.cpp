// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/cli/CommandLine.h"
#include "models/store/MemoryRelease.h"
#include "ui/Application.h"

int main(int argc, char* argv[])
{
    ase::MemoryRelease::limitArenas(); // before any thread starts
    // A command as the first argument runs headless (no display needed); else the window.
    if (argc > 1 && ase::cli::isCommand(QString::fromLocal8Bit(argv[1])))
        return ase::cli::runCommand(argc, argv);
    // --help and --version print and exit: they need no display.
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if ((argument == "--help" || argument == "-h" || argument == "--version" || argument == "-v")
            && qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    ase::Application app(argc, argv);
    return app.run();
}
