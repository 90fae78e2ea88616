// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/kube/CredentialProvider.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <chrono>
#include <utility>

class QProcess;

namespace ase {

/// `users[].user.exec` of a kubeconfig (client-go api.ExecConfig).
struct ExecConfig
{
    QString apiVersion; ///< client.authentication.k8s.io/v1 or /v1beta1
    QString command; ///< resolved against the kubeconfig's folder when it contains a '/'
    QStringList args;
    QList<std::pair<QString, QString>> env;
    QString installHint;
    bool provideClusterInfo = false;
    QString interactiveMode; ///< Never | IfAvailable | Always ("" defaults to IfAvailable for v1beta1)
};

/// The cluster part of KUBERNETES_EXEC_INFO (clientauthentication Cluster), sent only when
/// provideClusterInfo is set.
struct ExecClusterInfo
{
    QString server;
    QString tlsServerName;
    bool insecureSkipTlsVerify = false;
    QByteArray certificateAuthorityData; ///< PEM
    QString proxyUrl;
    bool disableCompression = false;
    QJsonValue config; ///< the cluster extension "client.authentication.k8s.io/exec", if any
};

/// Runs a client-go credential plugin (kubelogin, aws, gke-gcloud-auth-plugin...) the way
/// client-go does: parent environment plus the configured env and KUBERNETES_EXEC_INFO,
/// stdin not connected (the app is never interactive), stdout parsed as an ExecCredential
/// of the configured apiVersion. The credential (token or client certificate/key) is
/// cached until its expirationTimestamp; invalidate() (on 401) forces a new run.
/// Asynchronous (QProcess); concurrent fetch() calls share one run.
class ExecCredentialProvider final : public QObject, public CredentialProvider
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExecCredentialProvider)

public:
    ExecCredentialProvider(
        ExecConfig config, ExecClusterInfo cluster, QString userName, QObject* parent = nullptr);
    ~ExecCredentialProvider() override;

    void fetch(QObject* context, Callback callback) override;
    bool invalidate(const Credential& rejected) override;
    QString describe() const override;

    /// The environment the plugin inherits (default: the process environment).
    void setBaseEnvironment(const QProcessEnvironment& environment);
    /// How long a run may take before it is killed (default 5 minutes: sign-in flows that
    /// wait for a browser take a while).
    void setTimeout(std::chrono::milliseconds timeout);
    /// How many times the plugin has been started (for tests and diagnostics).
    int runCount() const { return m_runCount; }
    /// The KUBERNETES_EXEC_INFO document this provider sends (compact JSON).
    QByteArray execInfo() const;

    /// Parses a plugin's stdout. Returns the credential, or sets `error` to client-go's text.
    static Credential parseOutput(const QByteArray& stdoutData, const QString& apiVersion, QString* error);

Q_SIGNALS:
    /// A line the plugin wrote to stderr (kubelogin prints its device-code instructions
    /// there); the UI shows it while the plugin runs.
    void messageReceived(const QString& line);

private:
    /// What one run of the plugin has read so far.
    struct RunOutput
    {
        QByteArray stdoutData;
        QByteArray stderrText; ///< the last 64 KiB
        bool timedOut = false;
        bool tooMuchOutput = false;
    };

    /// Why the configuration cannot run (apiVersion, interactiveMode), or "".
    QString configError() const;
    void startRun();
    void readStandardOutput(RunOutput& run);
    void readStandardError(RunOutput& run);
    void processError(QProcess::ProcessError error);
    void processFinished(RunOutput& run, int exitCode, QProcess::ExitStatus status);
    void finishRun(const Credential& credential, const ApiError& error);

    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };

    ExecConfig m_config;
    ExecClusterInfo m_cluster;
    QString m_userName;
    QProcessEnvironment m_baseEnvironment;
    std::chrono::milliseconds m_timeout {5 * 60 * 1000};
    QProcess* m_process = nullptr;
    QList<Waiter> m_waiters;
    Credential m_cached;
    bool m_haveCached = false;
    int m_runCount = 0;
};

} // namespace ase
