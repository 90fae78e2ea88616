// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The connection dialog's Device tab against the demo device, started in-process: the
// form and its validation, the device-code sign-in shown in the dialog (code, page, time
// left, poll state; approve, decline, expiry, cancel, try again), the session going live
// with the demo's shares, and the saved profiles in a temporary QSettings.
#include "app/demo/DemoDevice.h"
#include "app/demo/arm/ArmDevice.h"
#include "app/device/DeviceCodeTokenProvider.h"
#include "app/device/DeviceProfile.h"
#include "app/device/SavedDeviceProfiles.h"
#include "app/session/Session.h"
#include "models/store/ResourceStore.h"
#include "ui/ConnectionDialog.h"
#include "ui/DeviceCodePanel.h"
#include "ui/DeviceConnectionPage.h"
#include "ui/DeviceSignInDialog.h"

#include <QComboBox>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace ase;
using namespace Qt::StringLiterals;

class TestConnectionDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void formValidation_data();
    void formValidation();
    void tokenFieldOnlyForPastedToken();
    void deviceCodeSignInGoesLive();
    void signInFailureCanBeRetried_data();
    void signInFailureCanBeRetried();
    void cancelStopsTheSignIn_data();
    void cancelStopsTheSignIn();
    void savedProfiles();
    void fillInFromTheRunningDemo();
    void aSavedDemoProfileFollowsTheDemosPort();
    void aLaterSignInGetsItsOwnWindow_data();
    void aLaterSignInGetsItsOwnWindow();

private:
    /// The demo's profile as the Device tab should end up describing it.
    DeviceProfile demoProfile() const;
    void setFastSignIn(int lifetimeSeconds = 900);
    /// Types `text` into the named field of the page, replacing what was there.
    static void type(DeviceConnectionPage* page, const QString& field, const QString& text);
    static QLabel* label(QWidget* in, const QString& name) { return in->findChild<QLabel*>(name); }
    /// Fills the page with the demo's profile, clicks Connect and waits for the code; the
    /// code's label, or null when none came.
    QLabel* startDemoSignIn(DeviceConnectionPage* page);
    /// A dialog open on its Device tab, and that tab; both null when the window did not show.
    struct OpenDialog
    {
        std::unique_ptr<ConnectionDialog> dialog;
        DeviceConnectionPage* page = nullptr;
    };
    /// Opens a dialog on the Device tab.
    OpenDialog openDialog(Session* session);

    QTemporaryDir m_settingsDir;
    std::unique_ptr<demo::DemoDevice> m_device;
    demo::ArmDevice* m_arm = nullptr; ///< owned by m_device
    QList<QJsonObject> m_issued; ///< devicecode answers of the demo's token endpoint
    int m_tokenPolls = 0; ///< device_code grants polled
};

void TestConnectionDialog::initTestCase()
{
    // Settings go to a temporary directory that disappears with the test.
    QVERIFY(m_settingsDir.isValid());
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::SystemScope, m_settingsDir.path());
    QVERIFY(QSettings().fileName().startsWith(m_settingsDir.path()));

    m_device = std::make_unique<demo::DemoDevice>();
    QString error;
    QVERIFY2(m_device->start({}, &error), qPrintable(error));
    m_arm = demo::ArmDevice::attach(*m_device, &error);
    QVERIFY2(m_arm, qPrintable(error));
    // Watch what the token endpoint hands out, then answer as the demo does.
    demo::HttpListener* listener = m_device->armListener();
    listener->setHandler(
        [this, listener](const demo::HttpRequest& request, const demo::ResponderPtr& responder) {
            if (!demo::TokenService::isTokenPath(request.path)) {
                m_arm->handle(request, *listener, *responder);
                return;
            }
            QUrl url(listener->url());
            url.setPath(request.path);
            const demo::ArmReply reply = m_arm->tokens().handle(request.method, url, request.body);
            if (request.path.endsWith(u"/devicecode"_s) && reply.status == 200)
                m_issued.append(QJsonDocument::fromJson(reply.body).object());
            if (request.path.endsWith(u"/token"_s) && request.body.contains("device_code"))
                ++m_tokenPolls;
            reply.send(*responder);
        });
}

void TestConnectionDialog::cleanupTestCase()
{
    m_device.reset();
    QSettings().clear();
}

void TestConnectionDialog::init()
{
    QSettings().clear();
    m_issued.clear();
    m_tokenPolls = 0;
    setFastSignIn();
}

void TestConnectionDialog::setFastSignIn(int lifetimeSeconds)
{
    demo::TokenService::Settings settings;
    settings.intervalSeconds = 1;
    settings.minPollSpacingMs = 0;
    settings.approveAfterPolls = 0; // only the test approves
    settings.deviceCodeLifetimeSeconds = lifetimeSeconds;
    m_arm->tokens().setSettings(settings);
}

DeviceProfile TestConnectionDialog::demoProfile() const
{
    DeviceProfile p = DeviceProfile::fromDemoJson(m_device->deviceProfile());
    p.authMethod = DeviceAuthMethod::DeviceCode;
    return p;
}

void TestConnectionDialog::type(DeviceConnectionPage* page, const QString& field, const QString& text)
{
    auto* edit = page->findChild<QLineEdit*>(field);
    QVERIFY2(edit, qPrintable(field));
    edit->clear();
    QTest::keyClicks(edit, text);
}

TestConnectionDialog::OpenDialog TestConnectionDialog::openDialog(Session* session)
{
    auto dialog = std::make_unique<ConnectionDialog>(session);
    dialog->tabs()->setCurrentWidget(dialog->devicePage());
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return {};
    DeviceConnectionPage* page = dialog->devicePage();
    return {std::move(dialog), page};
}

QLabel* TestConnectionDialog::startDemoSignIn(DeviceConnectionPage* page)
{
    page->setProfile(demoProfile());
    QTest::mouseClick(page->connectButton(), Qt::LeftButton);
    QLabel* code = label(page->codePanel(), u"userCode"_s);
    return QTest::qWaitFor([code] { return !code->text().isEmpty(); }, 10000) ? code : nullptr;
}

void TestConnectionDialog::formValidation_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("messageContains");

    QTest::newRow("subscription missing")
        << u"subscriptionId"_s << QString() << u"subscription id is missing"_s;
    QTest::newRow("resource group missing")
        << u"resourceGroup"_s << QString() << u"resource group is missing"_s;
    QTest::newRow("device name missing") << u"deviceName"_s << QString() << u"device name is missing"_s;
    QTest::newRow("endpoint without https")
        << u"armEndpoint"_s << u"management.azure.com"_s << u"ARM endpoint must be an https:// URL"_s;
    QTest::newRow("authority not a URL")
        << u"authority"_s << u"login"_s << u"sign-in authority must be an https:// URL"_s;
    QTest::newRow("pasted token missing") << u"pastedToken"_s << QString() << u"access token is missing"_s;
}

void TestConnectionDialog::formValidation()
{
    QFETCH(QString, field);
    QFETCH(QString, text);
    QFETCH(QString, messageContains);

    Session session;
    auto [dialog, page] = openDialog(&session);
    QVERIFY(dialog);
    QPushButton* connectButton = page->connectButton();
    QLabel* problems = label(page, u"deviceProblems"_s);

    // A fresh form (only the default endpoint) cannot connect and says what is missing.
    QCOMPARE(page->profile().armEndpoint, QUrl(u"https://management.azure.com"_s));
    QVERIFY(!connectButton->isEnabled());
    QVERIFY(problems->isVisible());
    QVERIFY(problems->text().contains(u"subscription id is missing"_s));

    DeviceProfile valid = demoProfile();
    if (field == u"pastedToken")
        valid.authMethod = DeviceAuthMethod::PastedToken;
    page->setProfile(valid);
    if (field == u"pastedToken") {
        type(page, u"pastedToken"_s, u"eyJhbGciOi.fake.token"_s);
        QVERIFY(connectButton->isEnabled());
    }
    QVERIFY2(connectButton->isEnabled(), qPrintable(problems->text()));
    QVERIFY(!problems->isVisible());

    type(page, field, text);
    QVERIFY(!connectButton->isEnabled());
    QVERIFY(problems->isVisible());
    QVERIFY2(problems->text().contains(messageContains, Qt::CaseInsensitive), qPrintable(problems->text()));
    QCOMPARE(problems->text().count(u'\n'), 0); // only this one problem is named
    // Clicking does nothing while the form is invalid.
    QTest::mouseClick(connectButton, Qt::LeftButton);
    QVERIFY(!page->isSigningIn());
    QVERIFY(dialog->isVisible());
}

void TestConnectionDialog::tokenFieldOnlyForPastedToken()
{
    Session session;
    auto [dialog, page] = openDialog(&session);
    QVERIFY(dialog);
    auto* method = page->findChild<QComboBox*>(u"signInMethod"_s);
    auto* token = page->findChild<QLineEdit*>(u"pastedToken"_s);
    QCOMPARE(method->count(), 3);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    for (int i = 0; i < method->count(); ++i) {
        method->setCurrentIndex(i);
        const bool pasted = DeviceAuthMethod(method->currentData().toInt()) == DeviceAuthMethod::PastedToken;
        QCOMPARE(token->isVisible(), pasted);
        QCOMPARE(page->profile().authMethod, DeviceAuthMethod(method->currentData().toInt()));
        QVERIFY(!label(page, u"signInMethodHint"_s)->text().isEmpty());
    }
}

void TestConnectionDialog::deviceCodeSignInGoesLive()
{
    Session session;
    auto [dialog, page] = openDialog(&session);
    QVERIFY(dialog);
    const DeviceProfile expected = demoProfile();

    // Fill the Device tab as a person would, with the running demo's values.
    type(page, u"armEndpoint"_s, expected.armEndpoint.toString());
    type(page, u"tenant"_s, expected.tenant);
    type(page, u"subscriptionId"_s, expected.subscriptionId);
    type(page, u"resourceGroup"_s, expected.resourceGroup);
    type(page, u"deviceName"_s, expected.deviceName);
    auto* method = page->findChild<QComboBox*>(u"signInMethod"_s);
    method->setCurrentIndex(method->findData(int(DeviceAuthMethod::DeviceCode)));
    type(page, u"authority"_s, expected.authority.toString());
    page->setCaCertificatesPem(m_device->caPem()); // what "Choose…" does with the demo's CA file
    QCOMPARE(page->profile(), expected);
    QVERIFY(page->connectButton()->isEnabled());

    QTest::mouseClick(page->connectButton(), Qt::LeftButton);
    DeviceCodePanel* panel = page->codePanel();
    QTRY_VERIFY(panel->isVisible());
    QLabel* code = label(panel, u"userCode"_s);
    QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && !code->text().isEmpty(), 10000);

    // What the dialog shows is what the demo's token endpoint issued.
    QCOMPARE(m_issued.size(), 1);
    const QJsonObject issued = m_issued.first();
    QCOMPARE(code->text(), issued.value(u"user_code"_s).toString());
    QVERIFY(code->textInteractionFlags() & Qt::TextSelectableByMouse);
    QVERIFY(code->font().pointSizeF() > page->font().pointSizeF());
    const QString url = issued.value(u"verification_uri"_s).toString();
    QVERIFY(url.startsWith(m_device->armUrl()));
    QLabel* link = label(panel, u"verificationLink"_s);
    QVERIFY2(link->text().contains(u"href=\""_s + url + u'"'), qPrintable(link->text()));
    QCOMPARE(label(panel, u"signInMessage"_s)->text(), issued.value(u"message"_s).toString());
    const QString timeLeft = label(panel, u"timeLeft"_s)->text();
    QVERIFY2(QRegularExpression(u"expires in 1[45]:[0-5][0-9]"_s).match(timeLeft).hasMatch(),
        qPrintable(timeLeft));
    QTRY_VERIFY_WITH_TIMEOUT(panel->pollText().contains(u"checking again every 1 s"_s), 5000);
    QVERIFY(!page->connectButton()->isVisible());
    QVERIFY(session.deviceTitle().isEmpty()); // nothing handed to the session before sign-in

    // The copy button puts the code on the clipboard.
    QTest::mouseClick(panel->findChild<QPushButton*>(u"copyUserCode"_s), Qt::LeftButton);

    // The person approves in the browser: the dialog closes, the device goes live.
    QVERIFY(m_arm->tokens().approve(code->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(session.deviceTitle().contains(expected.deviceName));
    QTRY_COMPARE_WITH_TIMEOUT(session.kindState(u"Share"_s).level, KindState::Level::Live, 10000);
    const qsizetype shares = m_arm->device().list(demo::DeviceCollection::Shares).size();
    QVERIFY(shares > 0);
    QTRY_COMPARE_WITH_TIMEOUT(session.store()->count(u"Share"_s), int(shares), 5000);

    // It is remembered as the last used profile (no secret in the settings).
    QSettings settings;
    QCOMPARE(
        settings.value(u"deviceProfiles/lastUsed"_s).toString(), SavedDeviceProfiles::identity(expected));
}

void TestConnectionDialog::signInFailureCanBeRetried_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("messageContains");
    QTest::newRow("declined in the browser") << u"decline"_s << u"declined"_s;
    QTest::newRow("code expired") << u"expire"_s << u"expired"_s;
}

void TestConnectionDialog::signInFailureCanBeRetried()
{
    QFETCH(QString, how);
    QFETCH(QString, messageContains);
    if (how == u"expire")
        setFastSignIn(0); // the code expires at once: the first poll answers expired_token

    Session session;
    auto [dialog, page] = openDialog(&session);
    QVERIFY(dialog);
    QLabel* code = startDemoSignIn(page);
    QVERIFY(code);
    const QString first = code->text();
    if (how == u"decline")
        QVERIFY(m_arm->tokens().decline(first));

    DeviceCodePanel* panel = page->codePanel();
    QLabel* error = label(panel, u"signInError"_s);
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10000);
    QVERIFY2(error->text().contains(messageContains), qPrintable(error->text()));
    QVERIFY(!page->isSigningIn());
    QVERIFY(dialog->isVisible());
    QVERIFY(session.deviceTitle().isEmpty());
    QCOMPARE(session.store()->count(u"Share"_s), 0);
    auto* retry = panel->findChild<QPushButton*>(u"retrySignIn"_s);
    QVERIFY(retry->isVisible());

    // Try again: a new code; approved this time.
    setFastSignIn();
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!code->text().isEmpty() && code->text() != first, 10000);
    QVERIFY(!error->isVisible());
    QCOMPARE(m_issued.size(), 2);
    QCOMPARE(code->text(), m_issued.last().value(u"user_code"_s).toString());
    QVERIFY(m_arm->tokens().approve(code->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(session.kindState(u"Share"_s).level, KindState::Level::Live, 10000);
}

void TestConnectionDialog::cancelStopsTheSignIn_data()
{
    QTest::addColumn<bool>("closeDialog");
    QTest::newRow("cancel button") << false;
    QTest::newRow("dialog closed") << true;
}

void TestConnectionDialog::cancelStopsTheSignIn()
{
    QFETCH(bool, closeDialog);
    Session session;
    auto [dialog, page] = openDialog(&session);
    QVERIFY(dialog);
    QLabel* code = startDemoSignIn(page);
    QVERIFY(code);
    QTRY_VERIFY_WITH_TIMEOUT(m_tokenPolls >= 1, 5000);
    // What polls: the page's token provider (its poll timer is its child).
    QPointer<DeviceCodeTokenProvider> provider = page->findChild<DeviceCodeTokenProvider*>();
    QVERIFY(provider);

    if (closeDialog) {
        dialog->reject(); // Close or Escape
        QVERIFY(!dialog->isVisible());
        QVERIFY(!page->isSigningIn());
    } else {
        DeviceCodePanel* panel = page->codePanel();
        QTest::mouseClick(panel->findChild<QPushButton*>(u"cancelSignIn"_s), Qt::LeftButton);
        QTRY_VERIFY(page->connectButton()->isVisible());
        QVERIFY(!panel->isVisible());
        QVERIFY(!page->isSigningIn());
        QVERIFY(page->connectButton()->isEnabled());
        QVERIFY(label(page, u"deviceStatus"_s)->text().contains(u"canceled"_s));
        QVERIFY(dialog->isVisible());
    }

    // The sign-in service is no longer polled: the provider, with its poll timer, is gone
    // (not on a clock: destroyed, it cannot poll again), and approving now connects nothing.
    QTRY_VERIFY_WITH_TIMEOUT(provider.isNull(), 5000);
    const int polls = m_tokenPolls;
    QVERIFY(m_arm->tokens().approve(code->text()));
    QCOMPARE(m_tokenPolls, polls);
    QVERIFY(session.deviceTitle().isEmpty());
    QCOMPARE(dialog->isVisible(), !closeDialog);
}

void TestConnectionDialog::savedProfiles()
{
    Session session;
    const DeviceProfile first = demoProfile();
    DeviceProfile second = first;
    second.deviceName = u"ase-other-gpu"_s;
    second.authMethod = DeviceAuthMethod::AzureCli;
    const QString secret = u"eyJ0eXAiOiJKV1QifQ.c2VjcmV0.signature"_s;
    {
        auto [dialog, page] = openDialog(&session);
        QVERIFY(dialog);
        QListWidget* list = page->savedProfiles();
        QCOMPARE(list->count(), 0);
        auto* save = page->findChild<QPushButton*>(u"saveProfile"_s);
        auto* remove = page->findChild<QPushButton*>(u"removeProfile"_s);
        QVERIFY(!remove->isEnabled());

        DeviceProfile withToken = first;
        withToken.authMethod = DeviceAuthMethod::PastedToken;
        page->setProfile(withToken);
        type(page, u"pastedToken"_s, secret);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), first.displayName());
        page->setProfile(second);
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(list->count(), 2);
        QCOMPARE(list->currentRow(), 1);
        // Saving the same device again replaces it.
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(list->count(), 2);

        // Picking a profile fills the form.
        list->setCurrentRow(0);
        QCOMPARE(page->findChild<QLineEdit*>(u"deviceName"_s)->text(), first.deviceName);
        QCOMPARE(page->profile().authMethod, DeviceAuthMethod::PastedToken);
        QCOMPARE(page->findChild<QLineEdit*>(u"pastedToken"_s)->text(), QString()); // never kept
        list->setCurrentRow(1);
        QCOMPARE(page->profile(), second);
    }
    {
        // Settings hold both profiles and no secret.
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains(second.deviceName.toUtf8()));
        QVERIFY(!text.contains(secret.toUtf8()));
        QVERIFY(!text.contains("c2VjcmV0"));
        SavedDeviceProfiles saved(settings);
        QCOMPARE(saved.profiles().size(), 2);
        QCOMPARE(saved.profiles().at(1), second);
        saved.setLastUsed(second);
    }
    {
        // The last used profile is preselected; removing asks first.
        auto [dialog, page] = openDialog(&session);
        QVERIFY(dialog);
        QListWidget* list = page->savedProfiles();
        QCOMPARE(list->currentRow(), 1);
        QCOMPARE(page->profile(), second);

        auto* remove = page->findChild<QPushButton*>(u"removeProfile"_s);
        QVERIFY(remove->isEnabled());
        const auto visibleBox = [page]() -> QMessageBox* {
            for (auto* box : page->findChildren<QMessageBox*>(u"confirmRemoveProfile"_s)) {
                if (box->isVisible())
                    return box;
            }
            return nullptr;
        };
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY(visibleBox());
        QMessageBox* box = visibleBox();
        QVERIFY(box->text().contains(second.displayName()));
        box->button(QMessageBox::Cancel)->click();
        QCOMPARE(list->count(), 2);

        list->setCurrentRow(0);
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY(visibleBox());
        box = visibleBox();
        QVERIFY(box->text().contains(first.displayName()));
        box->findChild<QPushButton*>(u"confirmRemove"_s)->click();
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), second.displayName());
    }
    QSettings settings;
    const SavedDeviceProfiles saved(settings);
    QCOMPARE(saved.profiles().size(), 1);
    QCOMPARE(saved.profiles().first(), second);
    QCOMPARE(saved.lastUsedIndex(), 0);
}

void TestConnectionDialog::aLaterSignInGetsItsOwnWindow_data()
{
    QTest::addColumn<bool>("declineFirst");
    QTest::newRow("approved") << false;
    QTest::newRow("declined, then tried again") << true;
}

void TestConnectionDialog::aLaterSignInGetsItsOwnWindow()
{
    // The device is connected with a device-code provider that has no token (as after its
    // refresh token expired): the first call to the device starts a sign-in that nobody
    // asked for in the connection dialog. Its code must reach the person anyway.
    QFETCH(bool, declineFirst);
    Session session;
    DeviceSignInDialog window(&session);
    auto* tokens = new DeviceCodeTokenProvider;
    tokens->configure(demoProfile());
    session.connectDevice(demoProfile(), tokens);
    QTRY_VERIFY_WITH_TIMEOUT(window.isVisible(), 10000);
    QLabel* code = label(window.panel(), u"userCode"_s);
    QTRY_VERIFY_WITH_TIMEOUT(!code->text().isEmpty(), 5000);
    QCOMPARE(code->text(), m_issued.last().value(u"user_code"_s).toString());
    QTRY_VERIFY_WITH_TIMEOUT(window.panel()->pollText().contains(u"checking again every 1 s"_s), 5000);

    if (declineFirst) {
        QVERIFY(m_arm->tokens().decline(code->text()));
        QTRY_VERIFY_WITH_TIMEOUT(window.panel()->failureText().contains(u"declined"_s), 10000);
        QVERIFY(window.isVisible());
        const QString declined = code->text();
        QTest::mouseClick(window.panel()->findChild<QPushButton*>(u"retrySignIn"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!code->text().isEmpty() && code->text() != declined, 10000);
        QCOMPARE(code->text(), m_issued.last().value(u"user_code"_s).toString());
    }
    QVERIFY(m_arm->tokens().approve(code->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!window.isVisible(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(session.kindState(u"Share"_s).level, KindState::Level::Live, 10000);
    QTRY_VERIFY_WITH_TIMEOUT(session.store()->count(u"Share"_s) > 0, 5000);
}

void TestConnectionDialog::fillInFromTheRunningDemo()
{
    Session session;
    {
        auto [dialog, page] = openDialog(&session);
        QVERIFY(dialog);
        QVERIFY(!page->findChild<QPushButton*>(u"fillFromDemo"_s)->isEnabled());
    }
    session.connectDemo(); // the app's own embedded demo device, in its thread
    QTRY_VERIFY_WITH_TIMEOUT(session.demoDeviceProfile().has_value(), 30000);
    auto [dialog, page] = openDialog(&session);
    QVERIFY(dialog);
    auto* fill = page->findChild<QPushButton*>(u"fillFromDemo"_s);
    QVERIFY(fill->isEnabled());
    QTest::mouseClick(fill, Qt::LeftButton);
    const DeviceProfile demo = *session.demoDeviceProfile();
    QCOMPARE(page->profile(), demo);
    QCOMPARE(demo.authMethod, DeviceAuthMethod::DeviceCode);
    QVERIFY(!demo.caCertificatesPem.isEmpty());
    QVERIFY(demo.authority.isValid());
    QVERIFY(page->connectButton()->isEnabled());
    QVERIFY(
        page->findChild<QLineEdit*>(u"caCertificates"_s)->text().contains(u"demo"_s, Qt::CaseInsensitive));
    session.disconnectAll();
}

void TestConnectionDialog::aSavedDemoProfileFollowsTheDemosPort()
{
    Session session;
    session.connectDemo();
    QTRY_VERIFY_WITH_TIMEOUT(session.demoDeviceProfile().has_value(), 30000);
    {
        auto [dialog, page] = openDialog(&session);
        QVERIFY(dialog);
        QTest::mouseClick(page->findChild<QPushButton*>(u"fillFromDemo"_s), Qt::LeftButton);
        QTest::mouseClick(page->findChild<QPushButton*>(u"saveProfile"_s), Qt::LeftButton);
    }
    // Saved as "the demo device": no endpoint, authority or CA of this start.
    {
        QSettings settings;
        settings.beginReadArray(u"deviceProfiles/list"_s);
        settings.setArrayIndex(0);
        QVERIFY(settings.value(u"demo"_s).toBool());
        for (const QString& key : {u"armEndpoint"_s, u"authority"_s, u"caCertificates"_s})
            QVERIFY2(!settings.contains(key), qPrintable(key));
        settings.endArray();
    }

    // Not running: choosing the profile says to start the demo first.
    session.disconnectAll();
    {
        auto [dialog, page] = openDialog(&session);
        QVERIFY(dialog);
        page->savedProfiles()->setCurrentRow(0);
        QVERIFY2(label(page, u"deviceStatus"_s)->text().contains(u"start it first"_s),
            qPrintable(label(page, u"deviceStatus"_s)->text()));
    }

    // Started again (another port, another CA): the saved profile takes this start's.
    session.connectDemo();
    QTRY_VERIFY_WITH_TIMEOUT(session.demoDeviceProfile().has_value(), 30000);
    const DeviceProfile running = *session.demoDeviceProfile();
    auto [dialog, page] = openDialog(&session);
    QVERIFY(dialog);
    QCOMPARE(page->savedProfiles()->count(), 1);
    page->savedProfiles()->setCurrentRow(0);
    QCOMPARE(page->profile().armEndpoint, running.armEndpoint);
    QCOMPARE(page->profile().caCertificatesPem, running.caCertificatesPem);
    QCOMPARE(page->profile().authority, running.authority);
    QVERIFY(page->profile().demo);
    QVERIFY(page->connectButton()->isEnabled());

    // A saved demo profile and one made from another start are the same device.
    DeviceProfile moved = running;
    moved.armEndpoint.setPort(running.armEndpoint.port() + 1);
    QCOMPARE(SavedDeviceProfiles::identity(moved), SavedDeviceProfiles::identity(running));
    session.disconnectAll();
}

QTEST_MAIN(TestConnectionDialog)
#include "tst_connectiondialog.moc"
