#include "ui/Application.h"

int main(int argc, char* argv[])
{
    ase::Application app(argc, argv);
    return app.run();
}
