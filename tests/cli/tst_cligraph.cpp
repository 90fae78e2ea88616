// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// `ase-storage-manager graph` against the demo device: SVG and Graphviz files, standard
// output, the namespace scope, and bad input.

#include "tests/cli/CliTestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using ase::test::CliRun;

class TestCliGraph final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void svgOfANamespace();
    void dotOfTheCluster();
    void standardOutput();
    void pngIsAValidPicture();
    void badInput_data();
    void badInput();

private:
    QStringList connection() const
    {
        return {u"--kubeconfig"_s, m_device.kubeconfig(), u"--device-profile"_s, m_device.deviceProfile()};
    }
    static QByteArray read(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    ase::test::DemoDeviceProcess m_device;
    QTemporaryDir m_out;
};

void TestCliGraph::initTestCase()
{
    QString error;
    QVERIFY2(m_device.start(&error), qPrintable(error));
    QVERIFY(m_out.isValid());
}

void TestCliGraph::svgOfANamespace()
{
    const QString file = m_out.filePath(u"edge-apps.svg"_s);
    const CliRun r
        = m_device.run(QStringList {u"graph"_s, u"-n"_s, u"edge-apps"_s, u"-o"_s, file} + connection());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.startsWith(u"wrote "_s + file), qPrintable(r.err));
    const QByteArray svg = read(file);
    QVERIFY(svg.startsWith("<svg "));
    QVERIFY(svg.contains(">edge-apps/sensor-data<")); // a bound claim
    QVERIFY(svg.contains(">mylocalnfsshare1<")); // its share and volume
    QVERIFY(svg.contains(">edge-apps/archive-claim<")); // a Pending one
    QVERIFY(!svg.contains(">iotedge/")); // another namespace's claims are not drawn
}

void TestCliGraph::dotOfTheCluster()
{
    const QString file = m_out.filePath(u"cluster.dot"_s);
    const CliRun r = m_device.run(QStringList {u"graph"_s, u"-A"_s, u"-o"_s, file} + connection());
    QCOMPARE(r.exitCode, 0);
    const QByteArray dot = read(file);
    QVERIFY(dot.startsWith("digraph storage {"));
    QVERIFY(dot.contains("iotedge/cloud-upload"));
    QVERIFY(dot.contains("label=\"Shares\""));
}

void TestCliGraph::standardOutput()
{
    const CliRun r
        = m_device.run(QStringList {u"graph"_s, u"-n"_s, u"monitoring"_s, u"-o"_s, u"-"_s} + connection());
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(u"<svg "_s));
    QVERIFY(r.out.contains(u"monitoring/prometheus-data"_s));
}

void TestCliGraph::pngIsAValidPicture()
{
    // Headless (no display, no platform chosen): the command draws offscreen.
    for (const bool dark : {false, true}) {
        const QString file = m_out.filePath(dark ? u"edge-apps-dark.png"_s : u"edge-apps.png"_s);
        QStringList arguments {u"graph"_s, u"-n"_s, u"edge-apps"_s, u"-o"_s, file};
        if (dark)
            arguments << u"--dark"_s;
        const CliRun r = m_device.run(arguments + connection());
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.startsWith(u"wrote "_s + file), qPrintable(r.err));
        const QByteArray png = read(file);
        QVERIFY(png.startsWith("\x89PNG\r\n\x1a\n"));
        // The IHDR chunk: width and height, big-endian, as large as the SVG says.
        QCOMPARE(png.mid(12, 4), QByteArray("IHDR"));
        const auto be32 = [&png](int at) {
            return (quint32(quint8(png.at(at))) << 24) | (quint32(quint8(png.at(at + 1))) << 16)
                | (quint32(quint8(png.at(at + 2))) << 8) | quint32(quint8(png.at(at + 3)));
        };
        QVERIFY(be32(16) >= 800);
        QVERIFY(be32(20) >= 100);
        QVERIFY(png.contains("IEND"));
        QVERIFY(png.size() > 5000); // drawn, not blank
    }
}

void TestCliGraph::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no output")
        << QStringList {u"graph"_s}
        << u"error: -o is required: -o FILE.svg, -o FILE.png, -o FILE.dot or -o - (SVG to "
           "standard output)."_s;
    QTest::newRow("jpeg") << QStringList {u"graph"_s, u"-o"_s, u"x.jpg"_s}
                          << u"error: -o x.jpg: the name must end in .svg, .png or .dot."_s;
    QTest::newRow("both scopes") << QStringList {u"graph"_s, u"-A"_s, u"-n"_s, u"x"_s, u"-o"_s, u"-"_s}
                                 << u"error: give -n NAMESPACE or -A, not both."_s;
}

void TestCliGraph::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const CliRun r = m_device.run(arguments);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliGraph)
#include "tst_cligraph.moc"
