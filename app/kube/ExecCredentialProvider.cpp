// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/kube/ExecCredentialProvider.h"

#include "app/kube/KubeLog.h"
#include "app/kube/PemLoader.h"
#include "app/net/InputLimits.h"
#include "app/net/SecretScrubber.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QProcess>
#include <QStandardPaths>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

const QString kV1 = u"client.authentication.k8s.io/v1"_s;
const QString kV1beta1 = u"client.authentication.k8s.io/v1beta1"_s;

// client-go's text after "exec: executable X not found" (plugin/pkg/client/auth/exec).
const QString kInstallHintVerboseHelp
    = u"\n\nIt looks like you are trying to use a client-go credential plugin that "
      "is not installed.\n\nTo learn more about this feature, consult the "
      "documentation available at:\n      "
      "https://kubernetes.io/docs/reference/access-authn-authz/authentication/"
      "#client-go-credential-plugins"_s;

ApiError credentialError(const QString& text, const QString& detail = {})
{
    // client-go's round tripper prefixes every failure so.
    return ApiError::make(ApiError::Category::Credential, u"getting credentials: "_s + text, detail);
}

} // namespace

ExecCredentialProvider::ExecCredentialProvider(
    ExecConfig config, ExecClusterInfo cluster, QString userName, QObject* parent)
    : QObject(parent)
    , m_config(std::move(config))
    , m_cluster(std::move(cluster))
    , m_userName(std::move(userName))
    , m_baseEnvironment(QProcessEnvironment::systemEnvironment())
{ }

ExecCredentialProvider::~ExecCredentialProvider()
{
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
        m_process->waitForFinished(1000); // reap the child; it was just killed
        delete m_process;
    }
}

void ExecCredentialProvider::setBaseEnvironment(const QProcessEnvironment& environment)
{
    m_baseEnvironment = environment;
}

void ExecCredentialProvider::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
}

QString ExecCredentialProvider::describe() const
{
    return QCoreApplication::translate("ase::ExecCredentialProvider", "credential plugin %1")
        .arg(m_config.command);
}

bool ExecCredentialProvider::invalidate(const Credential& rejected)
{
    if (m_haveCached && !m_cached.sameAs(rejected))
        return true; // the plugin already ran again since that request was sent
    m_haveCached = false;
    m_cached = {};
    return true;
}

void ExecCredentialProvider::fetch(QObject* context, Callback callback)
{
    if (!context)
        return;
    if (m_haveCached && !m_cached.isExpired()) {
        callback(m_cached, ApiError {});
        return;
    }
    m_waiters.append({context, std::move(callback)});
    if (!m_process)
        startRun();
}

QByteArray ExecCredentialProvider::execInfo() const
{
    QJsonObject spec {{"interactive"_L1, false}};
    if (m_config.provideClusterInfo) {
        QJsonObject cluster {{"server"_L1, m_cluster.server}};
        if (!m_cluster.tlsServerName.isEmpty())
            cluster.insert("tls-server-name"_L1, m_cluster.tlsServerName);
        if (m_cluster.insecureSkipTlsVerify)
            cluster.insert("insecure-skip-tls-verify"_L1, true);
        if (!m_cluster.certificateAuthorityData.isEmpty())
            cluster.insert("certificate-authority-data"_L1,
                QString::fromLatin1(m_cluster.certificateAuthorityData.toBase64()));
        if (!m_cluster.proxyUrl.isEmpty())
            cluster.insert("proxy-url"_L1, m_cluster.proxyUrl);
        if (m_cluster.disableCompression)
            cluster.insert("disable-compression"_L1, true);
        if (!m_cluster.config.isUndefined() && !m_cluster.config.isNull())
            cluster.insert("config"_L1, m_cluster.config);
        spec.insert("cluster"_L1, cluster);
    }
    const QJsonObject info {
        {"kind"_L1, "ExecCredential"_L1}, {"apiVersion"_L1, m_config.apiVersion}, {"spec"_L1, spec}};
    return QJsonDocument(info).toJson(QJsonDocument::Compact);
}

QString ExecCredentialProvider::configError() const
{
    if (m_config.apiVersion != kV1 && m_config.apiVersion != kV1beta1)
        return u"exec plugin: invalid apiVersion \"%1\""_s.arg(m_config.apiVersion);
    QString mode = m_config.interactiveMode;
    if (mode.isEmpty() && m_config.apiVersion == kV1beta1)
        mode = u"IfAvailable"_s;
    if (mode == u"Always") {
        // The app has no terminal to lend the plugin.
        return u"exec plugin cannot support interactive mode: standard input is not a terminal"_s;
    }
    if (mode != u"Never" && mode != u"IfAvailable")
        return u"exec plugin cannot support interactive mode: unknown interactiveMode: \"%1\""_s.arg(mode);
    return {};
}

void ExecCredentialProvider::startRun()
{
    if (const QString error = configError(); !error.isEmpty()) {
        finishRun({}, credentialError(error));
        return;
    }
    QProcessEnvironment env = m_baseEnvironment;
    for (const auto& [name, value] : std::as_const(m_config.env))
        env.insert(name, value);
    env.insert(u"KUBERNETES_EXEC_INFO"_s, QString::fromUtf8(execInfo()));

    ++m_runCount;
    m_process = new QProcess(this);
    m_process->setProcessEnvironment(env);
    m_process->setStandardInputFile(QProcess::nullDevice()); // never interactive
    m_process->setProgram(m_config.command);
    m_process->setArguments(m_config.args);

    // What this run has read; its signals' handlers share it.
    auto run = std::make_shared<RunOutput>();
    auto* timer = new QTimer(m_process);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, m_process, [this, run] {
        run->timedOut = true;
        m_process->kill();
    });
    connect(m_process, &QProcess::readyReadStandardOutput, this, [this, run] { readStandardOutput(*run); });
    connect(m_process, &QProcess::readyReadStandardError, this, [this, run] { readStandardError(*run); });
    connect(m_process, &QProcess::errorOccurred, this, &ExecCredentialProvider::processError);
    connect(m_process, &QProcess::finished, this,
        [this, run](int exitCode, QProcess::ExitStatus status) { processFinished(*run, exitCode, status); });

    // The command only: arguments and environment may carry secrets (--client-secret).
    qCDebug(lcKube).noquote() << "running credential plugin" << m_config.command;
    timer->start(m_timeout);
    m_process->start();
}

void ExecCredentialProvider::readStandardOutput(RunOutput& run)
{
    // Read as it comes, so that a plugin that writes without end is stopped at the limit
    // instead of filling memory.
    run.stdoutData += m_process->readAllStandardOutput();
    if (run.stdoutData.size() > limits::kExecOutput.bytes() && !run.tooMuchOutput) {
        run.tooMuchOutput = true;
        run.stdoutData.clear();
        m_process->kill();
    }
}

void ExecCredentialProvider::readStandardError(RunOutput& run)
{
    const QByteArray chunk = m_process->readAllStandardError();
    run.stderrText += chunk;
    if (run.stderrText.size() > 64 * 1024)
        run.stderrText.remove(0, run.stderrText.size() - 64 * 1024);
    const QList<QByteArray> lines = chunk.split('\n');
    for (const QByteArray& line : lines) {
        if (!line.trimmed().isEmpty())
            Q_EMIT messageReceived(SecretScrubber::scrub(QString::fromUtf8(line.trimmed())));
    }
}

void ExecCredentialProvider::processError(QProcess::ProcessError error)
{
    if (error != QProcess::FailedToStart || !m_process)
        return;
    const QString command = m_config.command;
    const bool hasPath = command.contains(u'/');
    const bool exists
        = hasPath ? QFileInfo::exists(command) : !QStandardPaths::findExecutable(command).isEmpty();
    QProcess* process = m_process;
    m_process = nullptr;
    process->deleteLater();
    if (exists && QFileInfo(command).isFile()) {
        finishRun({}, credentialError(u"exec: fork/exec %1: permission denied"_s.arg(command)));
        return;
    }
    QString text = u"exec: executable %1 not found"_s.arg(command) + kInstallHintVerboseHelp;
    if (!m_config.installHint.isEmpty())
        text += u"\n\n"_s + m_config.installHint;
    finishRun({}, credentialError(text));
}

void ExecCredentialProvider::processFinished(RunOutput& run, int exitCode, QProcess::ExitStatus status)
{
    if (!m_process)
        return;
    QProcess* process = m_process;
    m_process = nullptr;
    process->deleteLater();
    qCDebug(lcKube).noquote() << "credential plugin" << m_config.command << "exited with" << exitCode;
    // What the plugin printed may hold the token it failed to deliver.
    const QString detail = SecretScrubber::scrub(QString::fromUtf8(run.stderrText).trimmed());
    if (run.timedOut) {
        finishRun({},
            credentialError(QCoreApplication::translate("ase::ExecCredentialProvider",
                                "the credential plugin %1 did not finish "
                                "within %2 seconds")
                                .arg(m_config.command)
                                .arg(std::chrono::duration_cast<std::chrono::seconds>(m_timeout).count()),
                detail));
        return;
    }
    run.stdoutData += process->readAllStandardOutput();
    if (run.stdoutData.size() > limits::kExecOutput.bytes())
        run.tooMuchOutput = true;
    if (run.tooMuchOutput) {
        finishRun({},
            credentialError(
                limits::kExecOutput.exceededMessage(QCoreApplication::translate("ase::ExecCredentialProvider",
                    "What the credential plugin %1 wrote to its standard output")
                                                        .arg(m_config.command)),
                detail));
        return;
    }
    if (status != QProcess::NormalExit || exitCode != 0) {
        finishRun({},
            credentialError(u"exec: executable %1 failed with exit code %2"_s.arg(m_config.command)
                                .arg(status == QProcess::NormalExit ? exitCode : -1),
                detail));
        return;
    }
    QString error;
    const Credential credential = parseOutput(run.stdoutData, m_config.apiVersion, &error);
    if (!error.isEmpty()) {
        finishRun({}, credentialError(error, detail));
        return;
    }
    finishRun(credential, {});
}

void ExecCredentialProvider::finishRun(const Credential& credential, const ApiError& error)
{
    if (error.ok()) {
        m_cached = credential;
        m_haveCached = true;
    }
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter& w : waiters) {
        if (w.context)
            w.callback(credential, error);
    }
}

Credential ExecCredentialProvider::parseOutput(
    const QByteArray& stdoutData, const QString& apiVersion, QString* error)
{
    Credential credential;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(stdoutData, &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = u"decoding stdout: couldn't get version/kind; json parse error: %1"_s.arg(
            pe.error != QJsonParseError::NoError ? pe.errorString() : u"not a JSON object"_s);
        return {};
    }
    const QJsonObject root = doc.object();
    const QString kind = root.value("kind"_L1).toString();
    const QString returned = root.value("apiVersion"_L1).toString();
    if (kind.isEmpty()) {
        *error = u"decoding stdout: Object 'Kind' is missing in '%1'"_s.arg(
            SecretScrubber::scrub(QString::fromUtf8(stdoutData.trimmed())));
        return {};
    }
    if (returned != apiVersion) {
        *error = u"exec plugin is configured to use API version %1, plugin returned version %2"_s.arg(
            apiVersion, returned);
        return {};
    }
    if (kind != u"ExecCredential") {
        *error = u"decoding stdout: no kind \"%1\" is registered for version \"%2\""_s.arg(kind, returned);
        return {};
    }
    if (!root.value("status"_L1).isObject()) {
        *error = u"exec plugin didn't return a status field"_s;
        return {};
    }
    const QJsonObject status = root.value("status"_L1).toObject();
    const QString token = status.value("token"_L1).toString();
    const QByteArray certPem = status.value("clientCertificateData"_L1).toString().toUtf8();
    const QByteArray keyPem = status.value("clientKeyData"_L1).toString().toUtf8();
    if (token.isEmpty() && certPem.isEmpty() && keyPem.isEmpty()) {
        *error = u"exec plugin didn't return a token or cert/key pair"_s;
        return {};
    }
    if (certPem.isEmpty() != keyPem.isEmpty()) {
        *error = u"exec plugin returned only certificate or key, not both"_s;
        return {};
    }
    const QJsonValue expiry = status.value("expirationTimestamp"_L1);
    if (expiry.isString() && !expiry.toString().isEmpty()) {
        credential.expiresAt = QDateTime::fromString(expiry.toString(), Qt::ISODateWithMs);
        if (!credential.expiresAt.isValid()) {
            *error = u"decoding stdout: parsing time \"%1\" as \"2006-01-02T15:04:05Z07:00\": cannot parse"_s
                         .arg(expiry.toString());
            return {};
        }
        credential.expiresAt = credential.expiresAt.toUTC();
    }
    credential.token = token;
    if (!certPem.isEmpty()) {
        QString pemError;
        const auto pair = loadClientKeyPair(certPem, keyPem, &pemError);
        if (!pemError.isEmpty()) {
            *error = u"failed parsing client key/certificate: %1"_s.arg(pemError);
            return {};
        }
        credential.clientCertificate = pair.first;
        credential.clientKey = pair.second;
    }
    return credential;
}

} // namespace ase
