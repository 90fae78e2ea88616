// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/demo/DemoCommandLine.h"

#include "app/demo/arm/DeviceState.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace ase::demo {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ase-demo-device", text);
}

} // namespace

DemoCommandLine DemoCommandLine::parse(const QStringList& arguments)
{
    DemoCommandLine result;
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("A simulated Azure Stack Edge device and Kubernetes cluster."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(u"listen"_s,
        tr("Address and port of the Kubernetes API (port 0: a free one)."), u"HOST:PORT"_s, u"127.0.0.1:0"_s);
    const QCommandLineOption noTls(u"no-tls"_s, tr("Serve plain HTTP instead of HTTPS."));
    const QCommandLineOption scenario(
        u"scenario"_s, tr("Seed scenario: default or empty."), u"NAME"_s, u"default"_s);
    const QCommandLineOption objects(u"objects"_s, tr("Seed N PV/PVC pairs and pods."), u"N"_s, u"0"_s);
    const QCommandLineOption kubeconfig(u"kubeconfig-out"_s, tr("Write a kubeconfig file."), u"FILE"_s);
    const QCommandLineOption profile(
        u"device-profile-out"_s, tr("Write the device connection profile."), u"FILE"_s);
    const QCommandLineOption latency(u"latency-ms"_s, tr("Add latency to every request."), u"N"_s, u"0"_s);
    const QCommandLineOption errorRate(
        u"error-rate"_s, tr("Answer this share of requests with 500 or 429."), u"FRACTION"_s, u"0"_s);
    const QCommandLineOption cutWatch(
        u"cut-watch-every"_s, tr("End watch streams after this many seconds."), u"SECONDS"_s, u"0"_s);
    const QCommandLineOption history(
        u"history"_s, tr("Number of changes kept for watch resume."), u"N"_s, u"10000"_s);
    const QCommandLineOption fault(u"fault"_s,
        tr("Make the device's long-running operations of this kind fail midway (repeatable): %1, or all.")
            .arg(DeviceState::faultNames().join(u", "_s)),
        u"NAME"_s);
    const QCommandLineOption verbose(
        u"verbose"_s, tr("Log the requests served and their timings to stderr (never a secret)."));
    parser.addOptions({listen, noTls, scenario, objects, kubeconfig, profile, latency, errorRate, cutWatch,
        history, fault, verbose});
    if (!parser.parse(arguments)) {
        result.error = parser.errorText();
        return result;
    }
    if (parser.isSet(u"help"_s)) {
        result.output = parser.helpText();
        return result;
    }
    if (parser.isSet(u"version"_s)) {
        result.output
            = QCoreApplication::applicationName() + u' ' + QCoreApplication::applicationVersion() + u'\n';
        return result;
    }
    result.verbose = parser.isSet(verbose);
    DemoDeviceOptions& o = result.options;
    const QString listenValue = parser.value(listen);
    const qsizetype colon = listenValue.lastIndexOf(u':');
    bool ok = colon > 0;
    QString host = listenValue.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    const uint port = listenValue.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535 || !o.host.setAddress(host)) {
        result.error = tr("--listen expects HOST:PORT, e.g. 127.0.0.1:0");
        return result;
    }
    o.port = static_cast<quint16>(port);
    o.tls = !parser.isSet(noTls);
    o.scenario = parser.value(scenario);
    if (o.scenario != u"default" && o.scenario != u"empty") {
        result.error = tr("--scenario must be default or empty");
        return result;
    }
    const auto number = [&parser, &result](const QCommandLineOption& option, int min, int max) {
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        if (!valid || value < min || value > max)
            result.error
                = tr("--%1 expects a number from %2 to %3").arg(option.names().first()).arg(min).arg(max);
        return value;
    };
    o.objects = number(objects, 0, 100000);
    o.latencyMs = number(latency, 0, 600000);
    o.cutWatchEverySeconds = number(cutWatch, 0, 86400);
    o.history = number(history, 1, 10000000);
    bool rateOk = false;
    o.errorRate = parser.value(errorRate).toDouble(&rateOk);
    if (!rateOk || o.errorRate < 0 || o.errorRate > 1)
        result.error = tr("--error-rate expects a fraction from 0 to 1");
    for (const QString& name : parser.values(fault)) {
        if (name != u"all" && !DeviceState::faultNames().contains(name))
            result.error
                = tr("--fault %1: use one of %2, or all.").arg(name, DeviceState::faultNames().join(u", "_s));
        o.faults.append(name);
    }
    result.kubeconfigOut = parser.value(kubeconfig);
    result.deviceProfileOut = parser.value(profile);
    return result;
}

} // namespace ase::demo
