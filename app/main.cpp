#include "app/cli/CommandLine.h"
#include "ui/Application.h"

int main(int argc, char* argv[])
{
    // A command as the first argument runs headless (no display needed); else the window.
    if (argc > 1 && ase::cli::isCommand(QString::fromLocal8Bit(argv[1])))
        return ase::cli::runCommand(argc, argv);
    ase::Application app(argc, argv);
    return app.run();
}
