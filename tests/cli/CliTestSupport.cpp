// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "tests/cli/CliTestSupport.h"

#include <QDeadlineTimer>
#include <QDebug>
#include <QFile>

using namespace Qt::StringLiterals;

namespace ase::test {

DemoDeviceProcess::DemoDeviceProcess() = default;

DemoDeviceProcess::~DemoDeviceProcess()
{
    if (m_device.state() == QProcess::Running) {
        m_device.terminate();
        if (!m_device.waitForFinished(10000))
            m_device.kill();
    }
}

bool DemoDeviceProcess::start(QString* error, const QStringList& extraArguments)
{
    if (!m_dir.isValid()) {
        *error = u"no temporary folder"_s;
        return false;
    }
    m_device.setProgram(QStringLiteral(ASE_DEMO_DEVICE));
    m_device.setArguments(
        QStringList {u"--kubeconfig-out"_s, kubeconfig(), u"--device-profile-out"_s, deviceProfile()}
        + extraArguments);
    // Its stderr goes to a file: a verbose device writes more than a pipe holds unread.
    m_device.setStandardErrorFile(m_dir.filePath(u"demo-device.log"_s));
    // --verbose must be able to turn the logging on (the test preset switches debug off).
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"QT_LOGGING_RULES"_s);
    m_device.setProcessEnvironment(env);
    m_device.start();
    if (!m_device.waitForStarted()) {
        *error = m_device.errorString();
        return false;
    }
    QByteArray line;
    QDeadlineTimer deadline(30000);
    while (!line.contains('\n') && !deadline.hasExpired() && m_device.state() == QProcess::Running) {
        m_device.waitForReadyRead(500);
        line += m_device.readAllStandardOutput();
    }
    if (!line.startsWith("ready ")) {
        *error = u"ase-demo-device did not say ready: "_s + QString::fromUtf8(line + log());
        return false;
    }
    return true;
}

QByteArray DemoDeviceProcess::log() const
{
    QFile file(m_dir.filePath(u"demo-device.log"_s));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

CliRun DemoDeviceProcess::run(const QStringList& arguments, int timeoutMs, const QByteArray& input) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, home());
    env.remove(u"KUBECONFIG"_s);
    env.remove(u"DISPLAY"_s); // a command needs no display
    env.remove(u"WAYLAND_DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s); // nor a platform plugin chosen for it
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    env.remove(u"QT_LOGGING_RULES"_s); // --verbose decides
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(ASE_APP), arguments);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel(); // stdin ends: a secret read from it is what was given, nothing more
    CliRun result;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        result.err = u"(killed after %1 ms)\n"_s.arg(timeoutMs);
    }
    result.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    result.out = QString::fromUtf8(p.readAllStandardOutput());
    result.err += QString::fromUtf8(p.readAllStandardError());
    qInfo().noquote() << "$ ase-storage-manager" << arguments.join(u' ') << "→" << result.exitCode << "\n"
                      << result.out << result.err;
    return result;
}

} // namespace ase::test
