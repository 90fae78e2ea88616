// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// ase-demo-device: the simulated Azure Stack Edge device and Kubernetes cluster on loopback.
#include "app/BuildInfo.h"
#include "app/VerboseLogging.h"
#include "app/demo/DemoCommandLine.h"
#include "app/demo/DemoDevice.h"
#include "app/demo/UnixSignalWatcher.h"
#include "app/demo/arm/ArmDevice.h"

#include <QCoreApplication>
#include <QTextStream>

#include <csignal>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ase-demo-device"));
    QCoreApplication::setApplicationVersion(ase::buildinfo::version());

    const ase::demo::DemoCommandLine commandLine
        = ase::demo::DemoCommandLine::parse(QCoreApplication::arguments());
    QTextStream err(stderr);
    if (!commandLine.output.isEmpty()) {
        QTextStream(stdout) << commandLine.output;
        return 0;
    }
    if (!commandLine.error.isEmpty()) {
        err << commandLine.error << '\n';
        return 2;
    }
    if (commandLine.verbose)
        ase::enableVerboseLogging();
    ase::demo::UnixSignalWatcher signalWatcher({SIGINT, SIGTERM});
    QObject::connect(&signalWatcher, &ase::demo::UnixSignalWatcher::signalReceived, &app,
        [] { QCoreApplication::quit(); });

    ase::demo::DemoDevice device;
    QString error;
    if (!device.start(commandLine.options, &error)) {
        err << QCoreApplication::translate("ase-demo-device", "cannot start the demo device: %1").arg(error)
            << '\n';
        return 1;
    }
    // The device side: ARM API and sign-in on the ARM listener, the seed scenario.
    if (!ase::demo::ArmDevice::attach(device, &error)) {
        err << QCoreApplication::translate("ase-demo-device", "cannot seed the demo device: %1").arg(error)
            << '\n';
        return 1;
    }
    if (!commandLine.kubeconfigOut.isEmpty()
        && !ase::demo::DemoDevice::writeJsonFile(commandLine.kubeconfigOut, device.kubeconfig(), &error)) {
        err << QCoreApplication::translate("ase-demo-device", "cannot write %1: %2")
                   .arg(commandLine.kubeconfigOut, error)
            << '\n';
        return 1;
    }
    if (!commandLine.deviceProfileOut.isEmpty()
        && !ase::demo::DemoDevice::writeJsonFile(
            commandLine.deviceProfileOut, device.deviceProfile(), &error)) {
        err << QCoreApplication::translate("ase-demo-device", "cannot write %1: %2")
                   .arg(commandLine.deviceProfileOut, error)
            << '\n';
        return 1;
    }
    QTextStream out(stdout);
    out << "ready " << device.clusterUrl() << ' ' << device.armUrl() << Qt::endl;
    return QCoreApplication::exec();
}
