// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/cli/Connection.h"

#include "app/VerboseLogging.h"
#include "app/cli/CliText.h"
#include "app/cli/CommandLine.h"
#include "app/device/DeviceProfile.h"
#include "app/device/TokenProvider.h"
#include "app/kube/KubeClient.h"
#include "app/session/Session.h"
#include "app/session/ShareOperations.h"

#include <QCoreApplication>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace ase::cli {

ConnectionOptions::ConnectionOptions()
    : m_kubeconfigOption(u"kubeconfig"_s,
        Text::tr("Path to the kubeconfig file (else KUBECONFIG, else ~/.kube/config)."), Text::tr("file"))
    , m_contextOption(u"context"_s, Text::tr("The kubeconfig context to use."), Text::tr("name"))
    , m_namespaceOption({u"n"_s, u"namespace"_s},
          Text::tr("The namespace (else the context's, else default)."), Text::tr("namespace"))
    , m_demoOption(u"demo"_s, Text::tr("Start the built-in demo device for this command and use it."))
    , m_deviceProfileOption(u"device-profile"_s,
          Text::tr(
              "The device's profile JSON (as ase-demo-device --device-profile-out writes it), with a token."),
          Text::tr("file"))
    , m_verboseOption(u"verbose"_s,
          Text::tr("Log requests and their timings to stderr (never a token, password or key)."))
{ }

void ConnectionOptions::addTo(QCommandLineParser& parser) const
{
    parser.addOptions({m_kubeconfigOption, m_contextOption, m_namespaceOption, m_demoOption,
        m_deviceProfileOption, m_verboseOption});
}

void ConnectionOptions::read(const QCommandLineParser& parser)
{
    m_kubeconfig = parser.value(m_kubeconfigOption);
    m_context = parser.value(m_contextOption);
    m_namespaceGiven = parser.isSet(m_namespaceOption);
    m_ns = parser.value(m_namespaceOption);
    m_demo = parser.isSet(m_demoOption);
    m_deviceProfile = parser.value(m_deviceProfileOption);
    if (parser.isSet(m_verboseOption))
        enableVerboseLogging();
}

QString ConnectionOptions::effectiveNamespace(const Session* session) const
{
    if (m_namespaceGiven || !session->kubeClient())
        return m_ns;
    return session->kubeClient()->connection().defaultNamespace;
}

void ConnectionOptions::connect(
    Session* session, std::function<void(int, const QString&)> done, Needs needs) const
{
    session->setWatching(false);
    if (m_demo) {
        if (!m_kubeconfig.isEmpty() || !m_context.isEmpty()) {
            done(BadInput, Text::tr("--demo cannot be combined with --kubeconfig or --context."));
            return;
        }
        auto finished = std::make_shared<bool>(false);
        QObject::connect(session, &Session::failed, session, [done, finished](const QString& message) {
            if (std::exchange(*finished, true))
                return;
            done(Refused, message);
        });
        QObject::connect(session, &Session::connectionChanged, session, [session, done, finished] {
            if (*finished || !session->isConnected() || session->deviceTitle().isEmpty())
                return;
            *finished = true;
            done(Done, {});
        });
        session->connectDemo();
        return;
    }
    const bool clusterNamed
        = !m_kubeconfig.isEmpty() || !m_context.isEmpty() || qEnvironmentVariableIsSet("KUBECONFIG");
    if (needs == Needs::Cluster || clusterNamed) {
        const ApiError error = session->connectKubeconfig(m_kubeconfig, m_context, m_ns);
        if (!error.ok()) {
            done(BadInput, error.message());
            return;
        }
    }
    if (needs == Needs::Device && m_deviceProfile.isEmpty()) {
        done(BadInput, Text::tr("this command needs the device: --device-profile FILE, or --demo."));
        return;
    }
    if (!m_deviceProfile.isEmpty()) {
        QString token;
        QString problem;
        QString channelIntegrityKey;
        const DeviceProfile profile
            = DeviceProfile::loadDemoFile(m_deviceProfile, &token, &problem, &channelIntegrityKey);
        if (!problem.isEmpty()) {
            done(BadInput, Text::tr("--device-profile %1: %2").arg(m_deviceProfile, problem));
            return;
        }
        if (token.isEmpty()) {
            done(BadInput,
                Text::tr("--device-profile %1 has no token; a command cannot sign in interactively. Add the "
                         "device's access token to the file (\"token\").")
                    .arg(m_deviceProfile));
            return;
        }
        session->connectDevice(profile, new StaticTokenProvider(token));
        // The device's encryption key, for commands that send a password or an account key.
        if (!channelIntegrityKey.isEmpty())
            session->shares()->setChannelIntegrityKey(channelIntegrityKey, false);
    }
    done(Done, {});
}

} // namespace ase::cli
