// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

// What the command-line tests share: ase-demo-device as a child process, and the app's
// executable run as a user runs it.

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ase::test {

struct CliRun
{
    int exitCode = -1; ///< -1 when the process crashed or was killed
    QString out;
    QString err;
};

/// ase-demo-device on a free loopback port, writing its kubeconfig and device profile into
/// a temporary folder; stopped (SIGTERM) when destroyed.
class DemoDeviceProcess final
{
public:
    DemoDeviceProcess();
    ~DemoDeviceProcess();
    DemoDeviceProcess(const DemoDeviceProcess&) = delete;
    DemoDeviceProcess& operator=(const DemoDeviceProcess&) = delete;

    /// Starts it and waits for its "ready" line; false with `error` set when it did not.
    bool start(QString* error, const QStringList& extraArguments = {});
    QString kubeconfig() const { return m_dir.filePath(QStringLiteral("kubeconfig")); }
    QString deviceProfile() const { return m_dir.filePath(QStringLiteral("device.json")); }
    QString home() const { return m_dir.path(); }
    /// What ase-demo-device wrote to stderr so far (its --verbose log).
    QByteArray log() const;

    /// Runs `ase-storage-manager ARGUMENTS` headless (no DISPLAY, no KUBECONFIG, HOME in the
    /// temporary folder) and collects its exit code and output; logs the command line.
    /// `input` is written to its stdin (then closed): secrets (--password-stdin).
    CliRun run(const QStringList& arguments, int timeoutMs = 60000, const QByteArray& input = {}) const;

private:
    QTemporaryDir m_dir;
    QProcess m_device;
};

} // namespace ase::test
