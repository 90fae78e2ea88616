// Drives the real main window offscreen against the demo device with many objects and a
// steady stream of watch events, and prints: time to a filled window, event-loop stalls
// while idle, scrolling and filtering, sort and filter times on the full table, and memory.
//
//   bench_mainwindow [objects=10000] [events-per-second=1000]

#include "app/demo/DemoDevice.h"
#include "app/demo/arm/ArmDevice.h"
#include "app/kube/Kubeconfig.h"
#include "models/itemmodels/ResourceFilterProxy.h"
#include "models/itemmodels/StorageTableModels.h"
#include "models/store/ResourceStore.h"
#include "ui/MainWindow.h"
#include "ui/NavigationView.h"
#include "ui/ResourcePane.h"
#include "ui/Session.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>
#include <QThread>
#include <QTimer>

using namespace ase;

namespace {

QTextStream out(stdout);

qint64 procStatusKb(const char* field)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

/// Measures the longest gap between turns of the event loop.
class StallProbe final : public QObject
{
public:
    StallProbe()
    {
        m_timer.setInterval(2);
        m_timer.setTimerType(Qt::PreciseTimer);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 gap = m_clock.restart();
            m_worst = std::max(m_worst, gap);
            if (gap > 50)
                ++m_over50;
        });
    }
    void reset()
    {
        m_worst = 0;
        m_over50 = 0;
        m_clock.restart();
        m_timer.start();
    }
    qint64 worst() const { return m_worst; }
    int over50() const { return m_over50; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_worst = 0;
    int m_over50 = 0;
};

void spin(int ms, const std::function<void()>& each = {}, int everyMs = 16)
{
    QElapsedTimer t;
    t.start();
    QElapsedTimer step;
    step.start();
    while (t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        if (each && step.elapsed() >= everyMs) {
            step.restart();
            each();
        }
    }
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = app.arguments();
    const int objects = args.value(1, QStringLiteral("10000")).toInt();
    const int eventsPerSecond = args.value(2, QStringLiteral("1000")).toInt();

    // The demo device in its own thread, as the app runs it.
    QThread demoThread;
    auto* context = new QObject; // lives in the device's thread; the device is made there
    context->moveToThread(&demoThread);
    demoThread.start();
    demo::DemoDevice* device = nullptr;
    QJsonObject kubeconfig;
    QElapsedTimer seed;
    seed.start();
    QMetaObject::invokeMethod(
        context,
        [&] {
            device = new demo::DemoDevice;
            demo::DemoDeviceOptions options;
            options.objects = objects;
            QString error;
            if (device->start(options, &error) && demo::ArmDevice::attach(*device, &error))
                kubeconfig = device->kubeconfig();
            else
                out << "demo device failed: " << error << Qt::endl;
        },
        Qt::BlockingQueuedConnection);
    if (kubeconfig.isEmpty())
        return 1;
    out << "demo device with " << objects << " PV/PVC pairs ready in " << seed.elapsed() << " ms" << Qt::endl;

    Session session;
    MainWindow window(&session);
    window.resize(1400, 900);
    window.show();
    const KubeconfigResolution resolution
        = Kubeconfig::fromYaml(QJsonDocument(kubeconfig).toJson(), QStringLiteral("bench"), QString())
              .resolve(QStringLiteral("ase-demo-admin"));
    if (!resolution.ok()) {
        out << resolution.message() << Qt::endl;
        return 1;
    }
    StallProbe probe;
    probe.reset();
    QElapsedTimer fill;
    fill.start();
    session.connectCluster(*resolution.connection, QStringLiteral("bench"));
    window.navigation()->selectKind(QStringLiteral("PersistentVolumeClaim"));
    ResourcePane* pane = window.pane(QStringLiteral("PersistentVolumeClaim"));
    while (pane->model()->rowCount() < objects && fill.elapsed() < 120000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    out << "time to a filled window: " << fill.elapsed() << " ms (" << pane->model()->rowCount()
        << " claims, " << window.pane(QStringLiteral("PersistentVolume"))->model()->rowCount()
        << " volumes); worst stall " << probe.worst() << " ms" << Qt::endl;
    spin(1000);

    // Churn: modify claims on the server at the requested rate, in the device's thread.
    QStringList claimNames;
    QMetaObject::invokeMethod(
        device,
        [&] {
            const auto kind = resourceKindByKind(QStringLiteral("PersistentVolumeClaim"));
            for (const QJsonObject& o : device->cluster().objects(kind)) {
                const QJsonObject m = o.value(QLatin1StringView("metadata")).toObject();
                claimNames.append(m.value(QLatin1StringView("namespace")).toString() + u'/'
                    + m.value(QLatin1StringView("name")).toString());
            }
        },
        Qt::BlockingQueuedConnection);
    QTimer* churn = nullptr;
    QMetaObject::invokeMethod(
        context, [&] { churn = new QTimer; }, Qt::BlockingQueuedConnection);
    churn->setInterval(10);
    qint64 changes = 0;
    QObject::connect(churn, &QTimer::timeout, churn, [&, counter = 0]() mutable {
        const auto kind = resourceKindByKind(QStringLiteral("PersistentVolumeClaim"));
        for (int i = 0; i < eventsPerSecond / 100; ++i) {
            const QString key = claimNames.at(counter++ % claimNames.size());
            device->cluster().modify(
                kind, key.section(u'/', 0, 0), key.section(u'/', 1), [&](QJsonObject& o) {
                    QJsonObject m = o.value(QLatin1StringView("metadata")).toObject();
                    QJsonObject labels = m.value(QLatin1StringView("labels")).toObject();
                    labels.insert(QStringLiteral("bench-tick"), QString::number(counter));
                    m.insert(QStringLiteral("labels"), labels);
                    o.insert(QStringLiteral("metadata"), m);
                    return true;
                });
            ++changes;
        }
    });
    QMetaObject::invokeMethod(churn, qOverload<>(&QTimer::start));

    probe.reset();
    spin(5000);
    out << "idle with " << eventsPerSecond << " events/s: worst stall " << probe.worst()
        << " ms, stalls > 50 ms: " << probe.over50() << Qt::endl;

    QScrollBar* bar = pane->view()->verticalScrollBar();
    probe.reset();
    spin(5000, [bar] {
        bar->setValue(bar->value() + bar->pageStep() >= bar->maximum() ? 0 : bar->value() + bar->pageStep());
    });
    out << "scrolling (a page per frame) with churn: worst stall " << probe.worst()
        << " ms, stalls > 50 ms: " << probe.over50() << Qt::endl;

    // Filtering as a person types, with churn.
    const QString typed = QStringLiteral("load-07");
    qint64 worstFilter = 0;
    probe.reset();
    for (int i = 1; i <= typed.size(); ++i) {
        QElapsedTimer t;
        t.start();
        pane->proxy()->setFilterText(typed.left(i));
        worstFilter = std::max(worstFilter, t.elapsed());
        spin(150);
    }
    out << "filtering 10k rows per keystroke: worst " << worstFilter << " ms; worst stall " << probe.worst()
        << " ms; rows shown " << pane->proxy()->rowCount() << Qt::endl;
    pane->proxy()->setFilterText({});
    spin(300);

    for (int column :
        {int(PersistentVolumeClaimTableModel::Capacity), int(PersistentVolumeClaimTableModel::Age),
            int(PersistentVolumeClaimTableModel::Name), int(PersistentVolumeClaimTableModel::Namespace)}) {
        QElapsedTimer t;
        t.start();
        pane->view()->sortByColumn(column, Qt::DescendingOrder);
        out << "sort " << pane->model()->headerData(column, Qt::Horizontal).toString() << " ("
            << pane->proxy()->rowCount() << " rows): " << t.elapsed() << " ms" << Qt::endl;
        spin(200);
    }
    QMetaObject::invokeMethod(churn, &QObject::deleteLater);
    spin(200);
    out << "watch changes made: " << changes << Qt::endl;
    out << "memory: VmRSS " << procStatusKb("VmRSS:") / 1024 << " MB, peak VmHWM "
        << procStatusKb("VmHWM:") / 1024 << " MB (the demo device runs in this process too)" << Qt::endl;
    window.close();
    session.disconnectAll();
    QMetaObject::invokeMethod(
        context, [&] { delete device; }, Qt::BlockingQueuedConnection);
    context->deleteLater();
    demoThread.quit();
    demoThread.wait();
    return 0;
}
