// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The first run and the way back: the welcome page's three ways in (the demo, the contexts
// of the kubeconfig found automatically, add a device), File → Recent Connections, the
// reconnect on start and how to skip it, and Help → About.
#include "app/kube/Kubeconfig.h"
#include "app/session/RecentConnections.h"
#include "app/session/Session.h"
#include "ui/AboutInfo.h"
#include "ui/Application.h"
#include "ui/ConnectionDialog.h"
#include "ui/DetailsPanel.h"
#include "ui/DeviceConnectionPage.h"
#include "ui/MainWindow.h"
#include "ui/WelcomePage.h"
#include "ui/graph/BindingInspector.h"

#include <QAction>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace ase;
using namespace Qt::StringLiterals;

class TestFirstRun final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void welcomeOffersThreeWays();
    void welcomeListsTheKubeconfigsContexts();
    void welcomeSaysWhenNoKubeconfigIsFound();
    void addDeviceOpensTheDeviceTab();
    void theDemoIsRememberedWithoutItsPort();
    void aContextIsRememberedAndGoesFirst();
    void recentListIsBoundedAndCanBeCleared();
    void reconnectsToTheLastConnection();
    void nothingToReconnectTo();
    void reconnectOnStartCanBeSkipped_data();
    void reconnectOnStartCanBeSkipped();
    void versionNamesTheLibraries();
    void aboutListsTheLicenses();

private:
    /// A fresh session and window, shown offscreen, not connected.
    void openWindow();
    QStringList recentTitles() const;

    std::unique_ptr<Session> m_session;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_home;
};

void TestFirstRun::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
}

void TestFirstRun::init()
{
    m_window.reset();
    m_session.reset();
    QSettings().clear();
    qputenv("KUBECONFIG", ASE_TEST_DATA_DIR "/kubeconfig/valid.yaml");
    // Layout mistakes Qt only warns about (an empty wrapped label once asked for a height of -1).
    QTest::failOnWarning(QRegularExpression(u"Negative sizes"_s));
}

void TestFirstRun::openWindow()
{
    m_window.reset();
    m_session = std::make_unique<Session>();
    m_window = std::make_unique<MainWindow>(m_session.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QStringList TestFirstRun::recentTitles() const
{
    QStringList titles;
    for (const QAction* action : m_window->recentMenu()->actions()) {
        if (!action->isSeparator())
            titles.append(action->text());
    }
    return titles;
}

void TestFirstRun::welcomeOffersThreeWays()
{
    openWindow();
    WelcomePage* welcome = m_window->welcomePage();
    QVERIFY(welcome->isVisible());
    QVERIFY(welcome->demoButton()->isVisible());
    QCOMPARE(welcome->demoButton()->text(), u"Try the &demo device"_s);
    QVERIFY(welcome->openKubeconfigButton()->isVisible());
    QCOMPARE(welcome->openKubeconfigButton()->text(), u"Open a &kubeconfig…"_s);
    QVERIFY(welcome->addDeviceButton()->isVisible());
    QCOMPARE(welcome->addDeviceButton()->text(), u"Add a de&vice…"_s);
    QVERIFY(!welcome->message()->isVisible());
    // In a wide window the two wrapped lines keep their height (they were cut in half).
    m_window->resize(1440, 860);
    const auto* text = welcome->findChild<QLabel*>(u"welcomeText"_s);
    QVERIFY(text);
    QTRY_VERIFY(welcome->width() > 1000);
    QVERIFY2(text->height() >= text->heightForWidth(text->width()),
        qPrintable(u"%1 < %2"_s.arg(text->height()).arg(text->heightForWidth(text->width()))));
    // The details and the inspector have nothing to show yet: the welcome page gets the room.
    QVERIFY(!m_window->inspector()->isVisible());
    QVERIFY(!m_window->details()->isVisible());
    // The first run: nothing recent yet.
    QCOMPARE(recentTitles(), QStringList({u"No recent connections"_s, u"&Clear the List"_s}));
}

void TestFirstRun::welcomeListsTheKubeconfigsContexts()
{
    openWindow();
    WelcomePage* welcome = m_window->welcomePage();
    const Kubeconfig config = Kubeconfig::load();
    QVERIFY(config.contexts().size() > 3);
    QListWidget* list = welcome->contextList();
    QVERIFY(list->isVisible());
    QCOMPARE(list->count(), config.contexts().size());
    QCOMPARE(list->currentItem()->text(), config.currentContext());
    QVERIFY(list->currentItem()->font().bold());
    auto* note = welcome->findChild<QLabel*>(u"kubeconfigNote"_s);
    QVERIFY(note->text().contains(u"valid.yaml"_s));

    // Activating a context connects to it (the server need not answer for that).
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);
    QVERIFY(m_session->isConnected());
    QCOMPARE(m_session->target(), ConnectionTarget::kubeconfigContext({}, config.currentContext()));
    QVERIFY(!welcome->isVisible());
}

void TestFirstRun::welcomeSaysWhenNoKubeconfigIsFound()
{
    qputenv("KUBECONFIG", QFile::encodeName(m_home.filePath(u"missing.yaml"_s)));
    openWindow();
    WelcomePage* welcome = m_window->welcomePage();
    QVERIFY(!welcome->contextList()->isVisible());
    auto* note = welcome->findChild<QLabel*>(u"kubeconfigNote"_s);
    QVERIFY2(note->text().startsWith(u"No kubeconfig was found"_s), qPrintable(note->text()));
    // It names the file KUBECONFIG points to, so the user sees what to fix.
    QVERIFY2(note->text().contains(m_home.filePath(u"missing.yaml"_s)), qPrintable(note->text()));
    // The other two ways in stay.
    QVERIFY(welcome->demoButton()->isVisible());
    QVERIFY(welcome->addDeviceButton()->isVisible());
}

void TestFirstRun::addDeviceOpensTheDeviceTab()
{
    openWindow();
    bool sawDeviceTab = false;
    QTimer::singleShot(0, this, [&sawDeviceTab] {
        auto* dialog = qobject_cast<ConnectionDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        sawDeviceTab = dialog->tabs()->currentWidget() == dialog->devicePage();
        dialog->reject();
    });
    QTest::mouseClick(m_window->welcomePage()->addDeviceButton(), Qt::LeftButton);
    QVERIFY(sawDeviceTab);
}

void TestFirstRun::theDemoIsRememberedWithoutItsPort()
{
    openWindow();
    QTest::mouseClick(m_window->welcomePage()->demoButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isConnected(), 30000);
    QCOMPARE(m_session->target(), ConnectionTarget::demo());
    QCOMPARE(recentTitles().first(), u"&1 The demo device"_s);
    QVERIFY(m_window->inspector()->isVisible());
    QVERIFY(m_window->details()->isVisible());
    // Saved as "the demo device": nothing that changes from one start to the next.
    QSettings settings;
    settings.beginReadArray(u"recentConnections/list"_s);
    settings.setArrayIndex(0);
    QCOMPARE(settings.childKeys(), QStringList {u"kind"_s});
    QCOMPARE(settings.value(u"kind"_s).toString(), u"demo"_s);
    settings.endArray();
}

void TestFirstRun::aContextIsRememberedAndGoesFirst()
{
    openWindow();
    QTest::mouseClick(m_window->welcomePage()->demoButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isConnected(), 30000);
    const QString file = QStringLiteral(ASE_TEST_DATA_DIR "/kubeconfig/valid.yaml");
    QVERIFY(m_session->connectKubeconfig(file, u"insecure"_s, u"media"_s).ok());
    const QStringList titles = recentTitles();
    QVERIFY2(titles.value(0).startsWith(u"&1 insecure (namespace media) — "_s), qPrintable(titles.value(0)));
    QVERIFY(titles.value(0).endsWith(u"valid.yaml"_s));
    QCOMPARE(titles.value(1), u"&2 The demo device"_s);

    // Choosing the demo from the menu moves it first again.
    m_window->recentMenu()->actions().at(1)->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isDemo() && m_session->isConnected(), 30000);
    QCOMPARE(recentTitles().value(0), u"&1 The demo device"_s);
    QVERIFY(recentTitles().value(1).startsWith(u"&2 insecure"_s));
}

void TestFirstRun::recentListIsBoundedAndCanBeCleared()
{
    QSettings settings;
    RecentConnections recent(settings);
    for (int i = 0; i < RecentConnections::kMaximum + 3; ++i)
        recent.add(ConnectionTarget::kubeconfigContext({}, u"context-%1"_s.arg(i)));
    recent.add(ConnectionTarget {}); // invalid: ignored
    QCOMPARE(recent.targets().size(), RecentConnections::kMaximum);
    QCOMPARE(
        RecentConnections(settings).last().context, u"context-%1"_s.arg(RecentConnections::kMaximum + 2));

    openWindow();
    QCOMPARE(recentTitles().size(), RecentConnections::kMaximum + 1);
    QAction* clear = m_window->recentMenu()->actions().constLast();
    QVERIFY(clear->isEnabled());
    clear->trigger();
    QVERIFY(RecentConnections(settings).targets().isEmpty());
    QCOMPARE(recentTitles(), QStringList({u"No recent connections"_s, u"&Clear the List"_s}));
}

void TestFirstRun::reconnectsToTheLastConnection()
{
    {
        QSettings settings;
        RecentConnections(settings).add(ConnectionTarget::demo());
    }
    openWindow();
    QVERIFY(!m_session->isConnected());
    QVERIFY(m_window->reconnectLast());
    QTRY_VERIFY_WITH_TIMEOUT(m_session->isConnected() && m_session->isDemo(), 30000);
    QVERIFY(!m_window->welcomePage()->isVisible());
}

void TestFirstRun::nothingToReconnectTo()
{
    openWindow();
    QVERIFY(!m_window->reconnectLast());
    QVERIFY(!m_session->isConnected());

    // A context that is gone from its file: the welcome page says so, nothing connects.
    {
        QSettings settings;
        RecentConnections(settings).add(ConnectionTarget::kubeconfigContext({}, u"gone"_s));
    }
    QVERIFY(!m_window->reconnectLast());
    QVERIFY(!m_session->isConnected());
    QLabel* message = m_window->welcomePage()->message();
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().startsWith(u"Could not connect to gone: "_s), qPrintable(message->text()));
}

void TestFirstRun::reconnectOnStartCanBeSkipped_data()
{
    QTest::addColumn<bool>("noReconnect");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::addColumn<bool>("reconnects");
    QTest::newRow("plain start") << false << Qt::KeyboardModifiers() << true;
    QTest::newRow("--no-reconnect") << true << Qt::KeyboardModifiers() << false;
    QTest::newRow("Shift held") << false << Qt::KeyboardModifiers(Qt::ShiftModifier) << false;
    QTest::newRow("Shift and Ctrl held") << false << (Qt::ShiftModifier | Qt::ControlModifier) << false;
    QTest::newRow("Ctrl held") << false << Qt::KeyboardModifiers(Qt::ControlModifier) << true;
    QTest::newRow("both") << true << Qt::KeyboardModifiers(Qt::ShiftModifier) << false;
}

void TestFirstRun::reconnectOnStartCanBeSkipped()
{
    QFETCH(bool, noReconnect);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QFETCH(bool, reconnects);
    QCOMPARE(Application::reconnectsOnStart(noReconnect, modifiers), reconnects);
}

void TestFirstRun::versionNamesTheLibraries()
{
    const QStringList lines = AboutInfo::versionText().split(u'\n', Qt::SkipEmptyParts);
    // help2man reads the first line: "PROGRAM VERSION".
    QVERIFY2(
        lines.value(0).startsWith(QCoreApplication::applicationName() + u' '), qPrintable(lines.value(0)));
    QVERIFY(lines.value(0).section(u' ', 1).startsWith(u"0."_s));
    for (const QString& library : {u"Qt "_s, u"KF6 SyntaxHighlighting "_s, u"yaml-cpp "_s}) {
        const auto line = std::find_if(
            lines.cbegin(), lines.cend(), [&library](const QString& l) { return l.startsWith(library); });
        QVERIFY2(line != lines.cend(), qPrintable(library));
        // A version number, not an empty placeholder.
        QVERIFY2(line->mid(library.size()).contains(u'.'), qPrintable(*line));
    }
}

void TestFirstRun::aboutListsTheLicenses()
{
    openWindow();
    auto* about = m_window->findChild<QAction*>(u"actionAbout"_s);
    QVERIFY(about);
    about->trigger();
    QMessageBox* box = nullptr;
    QTRY_VERIFY((box = m_window->findChild<QMessageBox*>(u"aboutBox"_s)) && box->isVisible());
    const QString text = box->text();
    QVERIFY(text.contains(u"MIT license"_s));
    for (const ThirdPartyComponent& component : AboutInfo::components()) {
        QVERIFY2(text.contains(component.name.toHtmlEscaped()), qPrintable(component.name));
        QVERIFY2(!component.version.isEmpty(), qPrintable(component.name));
        QVERIFY2(text.contains(component.version), qPrintable(component.name));
        QVERIFY2(text.contains(component.license), qPrintable(component.name));
    }
    const QList<ThirdPartyComponent> components = AboutInfo::components();
    for (const QString& name : {u"Qt"_s, u"KF6 SyntaxHighlighting"_s, u"yaml-cpp"_s, u"QtKeychain"_s}) {
        QVERIFY2(std::any_of(components.cbegin(), components.cend(),
                     [&name](const ThirdPartyComponent& c) { return c.name == name; }),
            qPrintable(name));
    }
    box->close();
}

QTEST_MAIN(TestFirstRun)
#include "tst_firstrun.moc"
