// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QList>
#include <QString>

#include <functional>

namespace ase {
class Session;
}

namespace ase::cli {

/// The connection flags every command takes, as kubectl's: --kubeconfig, --context,
/// -n/--namespace, and ours: --demo, --device-profile.
class ConnectionOptions final
{
public:
    ConnectionOptions();
    void addTo(QCommandLineParser& parser) const;
    /// Reads the flags after parsing.
    void read(const QCommandLineParser& parser);

    QString ns() const { return m_ns; }
    bool namespaceGiven() const { return m_namespaceGiven; }
    bool demo() const { return m_demo; }
    /// The namespace a command works in once connected: -n, else the context's (kubectl's rule).
    QString effectiveNamespace(const Session* session) const;

    /// What a command needs: the cluster (claims, exports...) or the device (shares).
    enum class Needs : quint8 { Cluster, Device };
    /// Connects `session` as the flags say and calls `done` with an exit code and a
    /// message (empty when connected). Asynchronous for --demo. A device command connects
    /// to the cluster only when --kubeconfig/--context (or KUBECONFIG) names one.
    void connect(Session* session, std::function<void(int exitCode, const QString& message)> done,
        Needs needs = Needs::Cluster) const;

private:
    QCommandLineOption m_kubeconfigOption;
    QCommandLineOption m_contextOption;
    QCommandLineOption m_namespaceOption;
    QCommandLineOption m_demoOption;
    QCommandLineOption m_deviceProfileOption;
    QCommandLineOption m_verboseOption;
    QString m_kubeconfig;
    QString m_context;
    QString m_ns;
    bool m_namespaceGiven = false;
    bool m_demo = false;
    QString m_deviceProfile;
};

} // namespace ase::cli
