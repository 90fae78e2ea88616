// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// Benchmark of the demo device alone: its paged lists.
//
// 1. In process: ClusterState::list() for one page at 0 %, 50 % and the last page of N PVCs,
//    and for pages read after writes since the list began (the snapshot read through the
//    history): what one page costs the server, by position.
// 2. Over HTTPS: the demo device in a child process (this program with --serve), every
//    page of PVs and of PVCs fetched by a client that does not decode them (bytes only):
//    pages/s, MB/s, the server's CPU time and its peak memory.
//
//   bench_demolist [--objects N] [--page ITEMS]
#include "app/demo/ClusterState.h"
#include "app/demo/scenario/Scenario.h"
#include "app/kube/KubeClient.h"
#include "app/kube/Kubeconfig.h"
#include "tests/bench/BenchSupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace ase::bench;

namespace {

/// Microseconds of one list() call.
double pageMicros(ase::demo::ClusterState& state, const ase::ResourceKind& kind,
    const ase::demo::ListOptions& options, ase::demo::ListPage* page = nullptr)
{
    QElapsedTimer clock;
    clock.start();
    auto result = state.list(kind, options);
    const double us = double(clock.nsecsElapsed()) / 1e3;
    if (page && result)
        *page = result.value();
    return us;
}

void inProcess(int objects, int pageSize)
{
    const double rssBefore = rssMiB();
    ase::demo::ClusterState state;
    QElapsedTimer seedClock;
    seedClock.start();
    if (const auto failure = ase::demo::Scenario::seedObjects(state, objects)) {
        out() << "cannot seed: " << *failure << Qt::endl;
        return;
    }
    out() << "in process: " << objects << " PV/PVC pairs seeded in " << seedClock.elapsed() / 1000.0
          << " s; the state's memory: " << rssMiB() - rssBefore << " MiB" << Qt::endl;

    const ase::ResourceKind pvc = ase::resourceKindByKind(u"PersistentVolumeClaim"_s);
    ase::demo::ListOptions options;
    options.limit = pageSize;
    // Walk the whole list, timing each page; report the first, the middle and the last.
    QList<double> micros;
    ase::demo::ListPage page;
    do {
        micros << pageMicros(state, pvc, options, &page);
        options.continueToken = page.continueToken;
    } while (!options.continueToken.isEmpty());
    double total = 0;
    for (double us : micros)
        total += us;
    out() << "ClusterState::list, pages of " << pageSize << ": " << micros.size() << " pages in "
          << total / 1e3 << " ms; first page " << micros.first() << " us, middle "
          << micros.at(micros.size() / 2) << " us, last " << micros.last() << " us" << Qt::endl;

    // The same walk with 1,000 writes after the first page: every later page reads the
    // snapshot through the history.
    options.continueToken.clear();
    micros.clear();
    pageMicros(state, pvc, options, &page);
    options.continueToken = page.continueToken;
    const QList<QJsonObject> claims = state.objects(pvc);
    for (int i = 0; i < 1000; ++i) {
        const QJsonObject& o = claims.at((i * 7919) % claims.size());
        const QJsonObject meta = o.value("metadata"_L1).toObject();
        state.mergePatch(pvc, meta.value("namespace"_L1).toString(), meta.value("name"_L1).toString(),
            {{"metadata"_L1, QJsonObject {{"labels"_L1, QJsonObject {{"bench"_L1, QString::number(i)}}}}}});
    }
    do {
        micros << pageMicros(state, pvc, options, &page);
        options.continueToken = page.continueToken;
    } while (!options.continueToken.isEmpty());
    total = 0;
    for (double us : micros)
        total += us;
    out() << "  after 1,000 writes since the list began: " << micros.size() << " pages in " << total / 1e3
          << " ms; middle page " << micros.at(micros.size() / 2) << " us, last " << micros.last() << " us"
          << Qt::endl;
}

int overHttp(int objects, int pageSize)
{
    QTemporaryDir dir;
    const QString kubeconfig = dir.filePath(u"kubeconfig"_s);
    DemoServerProcess server;
    QString error;
    if (!server.start(objects, kubeconfig, &error)) {
        out() << error << Qt::endl;
        return 1;
    }
    const ase::KubeconfigResolution resolution = ase::Kubeconfig::load(kubeconfig).resolve();
    if (!resolution.ok()) {
        out() << "kubeconfig: " << resolution.message() << Qt::endl;
        return 1;
    }
    ase::KubeClient client(*resolution.connection);
    const double serverCpuBefore = cpuSeconds(server.pid());
    const double serverRssBefore = rssMiB(server.pid());
    qint64 bytes = 0;
    int pages = 0;
    QElapsedTimer clock;
    clock.start();
    for (const QString& path : {u"/api/v1/persistentvolumes"_s, u"/api/v1/persistentvolumeclaims"_s}) {
        QString token;
        do {
            QUrlQuery query;
            query.addQueryItem(u"limit"_s, QString::number(pageSize));
            if (!token.isEmpty())
                query.addQueryItem(u"continue"_s, token);
            bool done = false;
            ase::RawResult result;
            client.getRaw(path, query, &client, [&](const ase::RawResult& r) {
                result = r;
                done = true;
            });
            if (!waitFor([&done] { return done; }, 120000) || !result.ok()) {
                out() << "page " << pages << " of " << path << " failed: " << result.error.message()
                      << Qt::endl;
                return 1;
            }
            bytes += result.body.size();
            ++pages;
            // The token without decoding the page.
            const qsizetype at = result.body.indexOf("\"continue\":\"");
            token.clear();
            if (at >= 0) {
                const qsizetype from = at + 12;
                token = QString::fromLatin1(result.body.mid(from, result.body.indexOf('"', from) - from));
            }
        } while (!token.isEmpty());
    }
    const double seconds = double(clock.nsecsElapsed()) / 1e9;
    const double serverCpu = cpuSeconds(server.pid()) - serverCpuBefore;
    out() << "over HTTPS, pages of " << pageSize << ": " << pages << " pages, " << bytes / 1e6 << " MB in "
          << seconds << " s = " << pages / seconds << " pages/s, " << bytes / 1e6 / seconds
          << " MB/s; server CPU " << serverCpu << " s (" << serverCpu / pages * 1e3 << " ms a page)"
          << Qt::endl;
    out() << "demo device memory: " << serverRssBefore << " MiB before the lists, " << rssMiB(server.pid())
          << " MiB after, peak " << peakRssMiB(server.pid()) << " MiB" << Qt::endl;
    return 0;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption serveOption(u"serve"_s, u"Run the demo device (child process)."_s);
    const QCommandLineOption objectsOption(u"objects"_s, u"PV/PVC pairs."_s, u"N"_s, u"50000"_s);
    const QCommandLineOption pageOption(u"page"_s, u"Items per page."_s, u"N"_s, u"500"_s);
    const QCommandLineOption kubeconfigOption(
        u"kubeconfig-out"_s, u"Where --serve writes its kubeconfig."_s, u"FILE"_s);
    parser.addOptions({serveOption, objectsOption, pageOption, kubeconfigOption});
    parser.process(app);
    const int objects = parser.value(objectsOption).toInt();
    if (parser.isSet(serveOption))
        return serveDemo(objects, parser.value(kubeconfigOption));
    const int pageSize = parser.value(pageOption).toInt();
    inProcess(objects, pageSize);
    return overHttp(objects, pageSize);
}
