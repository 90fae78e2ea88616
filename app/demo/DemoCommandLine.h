// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/demo/DemoDevice.h"

#include <QString>
#include <QStringList>

namespace ase::demo {

/// The command line of ase-demo-device:
/// `[--listen HOST:PORT] [--no-tls] [--scenario default|empty] [--objects N]
///  [--kubeconfig-out FILE] [--device-profile-out FILE] [--latency-ms N]
///  [--error-rate FRACTION] [--cut-watch-every SECONDS] [--history N] [--fault NAME]...
///  [--verbose]`.
struct DemoCommandLine
{
    DemoDeviceOptions options;
    QString kubeconfigOut;
    QString deviceProfileOut;
    bool verbose = false; ///< log the requests served (ase.demo) to stderr
    QString error; ///< non-empty when the arguments are wrong (the message to print)
    /// non-empty for --help and --version: the text to print on stdout before exiting with 0
    QString output;

    static DemoCommandLine parse(const QStringList& arguments);
};

} // namespace ase::demo
