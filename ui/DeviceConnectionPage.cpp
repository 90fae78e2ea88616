// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/DeviceConnectionPage.h"

#include "app/device/AzCliTokenProvider.h"
#include "app/device/DeviceCodeTokenProvider.h"
#include "app/device/SavedDeviceProfiles.h"
#include "app/device/TokenProvider.h"
#include "app/session/Session.h"
#include "ui/DeviceCodePanel.h"

#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

QLineEdit* lineEdit(const QString& objectName, const QString& accessibleName, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setClearButtonEnabled(true);
    return edit;
}

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

bool isWebUrl(const QUrl& url)
{
    return url.isValid() && !url.host().isEmpty() && (url.scheme() == u"https" || url.scheme() == u"http");
}

} // namespace

DeviceConnectionPage::DeviceConnectionPage(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_saved(new QListWidget(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_remove(new QPushButton(tr("&Remove…"), this))
    , m_stack(new QStackedWidget(this))
    , m_endpoint(lineEdit(u"armEndpoint"_s, tr("ARM endpoint"), this))
    , m_tenant(lineEdit(u"tenant"_s, tr("Tenant"), this))
    , m_subscription(lineEdit(u"subscriptionId"_s, tr("Subscription id"), this))
    , m_group(lineEdit(u"resourceGroup"_s, tr("Resource group"), this))
    , m_device(lineEdit(u"deviceName"_s, tr("Device name"), this))
    , m_method(new QComboBox(this))
    , m_methodHint(new QLabel(this))
    , m_token(lineEdit(u"pastedToken"_s, tr("Access token"), this))
    , m_authority(lineEdit(u"authority"_s, tr("Sign-in authority"), this))
    , m_clientId(lineEdit(u"clientId"_s, tr("Client id"), this))
    , m_ca(new QLineEdit(this))
    , m_chooseCa(new QPushButton(tr("Choose…"), this))
    , m_clearCa(new QPushButton(tr("Cl&ear"), this))
    , m_problems(new QLabel(this))
    , m_status(new QLabel(this))
    , m_fromDemo(new QPushButton(tr("F&ill in the demo device"), this))
    , m_connect(new QPushButton(tr("C&onnect"), this))
    , m_codePanel(new DeviceCodePanel(this))
{
    setObjectName(u"devicePage"_s);
    m_form = createFormPage();
    m_stack->addWidget(m_form);
    m_stack->addWidget(m_codePanel);
    connect(m_codePanel, &DeviceCodePanel::cancelRequested, this, &DeviceConnectionPage::cancelSignIn);
    connect(m_codePanel, &DeviceCodePanel::retryRequested, this, &DeviceConnectionPage::startSignIn);
    connect(m_codePanel, &DeviceCodePanel::backRequested, this, [this] { showForm({}); });

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(createSavedList(), 1);
    layout->addWidget(m_stack, 3);

    // Tab order: the saved profiles, then the form top to bottom, then its buttons.
    const QList<QWidget*> order
        = {m_saved, m_save, m_remove, m_endpoint, m_tenant, m_subscription, m_group, m_device, m_method,
            m_token, m_authority, m_clientId, m_ca, m_chooseCa, m_clearCa, m_fromDemo, m_connect};
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    reloadSavedProfiles();
    updateMethod();
    validate();
}

DeviceConnectionPage::~DeviceConnectionPage()
{
    // Closing the dialog ends the sign-in; the provider's callbacks die with it.
    delete std::exchange(m_provider, nullptr);
}

QWidget* DeviceConnectionPage::createSavedList()
{
    auto* box = new QWidget(this);
    m_saved->setObjectName(u"savedProfiles"_s);
    m_saved->setAccessibleName(tr("Saved device profiles"));
    m_saved->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_saved, &QListWidget::currentRowChanged, this, &DeviceConnectionPage::showSavedProfile);
    connect(m_saved, &QListWidget::itemActivated, this, [this] {
        if (m_connect->isEnabled())
            startSignIn();
    });

    m_save->setObjectName(u"saveProfile"_s);
    m_save->setToolTip(tr("Keep this profile for next time (the token is never saved)"));
    connect(m_save, &QPushButton::clicked, this, &DeviceConnectionPage::saveProfile);
    m_remove->setObjectName(u"removeProfile"_s);
    m_remove->setToolTip(tr("Forget the selected profile"));
    connect(m_remove, &QPushButton::clicked, this, &DeviceConnectionPage::removeProfile);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);

    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(buddyLabel(tr("Saved &profiles:"), m_saved, box));
    layout->addWidget(m_saved, 1);
    layout->addLayout(buttons);
    return box;
}

QWidget* DeviceConnectionPage::createFormPage()
{
    auto* page = new QWidget(this);
    m_endpoint->setText(DeviceProfile().armEndpoint.toString());
    m_tenant->setPlaceholderText(u"organizations"_s); // the value used when empty
    m_subscription->setPlaceholderText(u"00000000-0000-0000-0000-000000000000"_s);

    m_method->setObjectName(u"signInMethod"_s);
    m_method->setAccessibleName(tr("Sign-in method"));
    m_method->addItem(tr("Device code"), int(DeviceAuthMethod::DeviceCode));
    m_method->addItem(tr("Azure CLI"), int(DeviceAuthMethod::AzureCli));
    m_method->addItem(tr("Pasted token"), int(DeviceAuthMethod::PastedToken));
    m_methodHint->setObjectName(u"signInMethodHint"_s);
    m_methodHint->setWordWrap(true);
    m_methodHint->setForegroundRole(QPalette::PlaceholderText);

    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("the output of az account get-access-token"));
    m_token->setToolTip(tr("Kept in memory only, never saved"));

    m_authority->setPlaceholderText(u"https://login.microsoftonline.com"_s);
    m_clientId->setPlaceholderText(tr("the Azure CLI's public client"));
    m_ca->setObjectName(u"caCertificates"_s);
    m_ca->setAccessibleName(tr("CA certificates"));
    m_ca->setReadOnly(true);
    m_chooseCa->setObjectName(u"chooseCa"_s);
    m_chooseCa->setAccessibleName(tr("Choose a CA certificate file"));
    m_clearCa->setObjectName(u"clearCa"_s);
    m_clearCa->setAccessibleName(tr("Trust the system's certificate authorities"));
    connect(m_chooseCa, &QPushButton::clicked, this, &DeviceConnectionPage::chooseCaFile);
    connect(m_clearCa, &QPushButton::clicked, this, [this] { setCaCertificatesPem({}); });
    auto* caRow = new QHBoxLayout;
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(m_chooseCa);
    caRow->addWidget(m_clearCa);

    auto* optional = new QLabel(tr("Sign-in service and certificates (optional)"), page);
    QFont bold = optional->font();
    bold.setBold(true);
    optional->setFont(bold);
    optional->setContentsMargins(0, optional->fontMetrics().height() / 2, 0, 0);

    m_formLayout = new QFormLayout;
    m_formLayout->addRow(buddyLabel(tr("&ARM endpoint:"), m_endpoint, page), m_endpoint);
    m_formLayout->addRow(buddyLabel(tr("&Tenant:"), m_tenant, page), m_tenant);
    m_formLayout->addRow(buddyLabel(tr("Su&bscription id:"), m_subscription, page), m_subscription);
    m_formLayout->addRow(buddyLabel(tr("Resource &group:"), m_group, page), m_group);
    m_formLayout->addRow(buddyLabel(tr("Device &name:"), m_device, page), m_device);
    auto* methodCell = new QVBoxLayout;
    methodCell->setSpacing(2);
    methodCell->addWidget(m_method);
    methodCell->addWidget(m_methodHint);
    m_formLayout->addRow(buddyLabel(tr("Sign-in &method:"), m_method, page), methodCell);
    m_formLayout->addRow(buddyLabel(tr("Access to&ken:"), m_token, page), m_token);
    m_formLayout->addRow(optional);
    m_formLayout->addRow(buddyLabel(tr("Sign-in aut&hority:"), m_authority, page), m_authority);
    m_formLayout->addRow(buddyLabel(tr("C&lient id:"), m_clientId, page), m_clientId);
    m_formLayout->addRow(buddyLabel(tr("CA certi&ficates:"), m_chooseCa, page), caRow);

    m_problems->setObjectName(u"deviceProblems"_s);
    m_problems->setAccessibleName(tr("What is missing"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setObjectName(u"deviceStatus"_s);
    m_status->setAccessibleName(tr("Sign-in state"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_fromDemo->setObjectName(u"fillFromDemo"_s);
    connect(m_fromDemo, &QPushButton::clicked, this, &DeviceConnectionPage::fillFromDemo);
    m_connect->setObjectName(u"connectDevice"_s);
    connect(m_connect, &QPushButton::clicked, this, &DeviceConnectionPage::startSignIn);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_fromDemo);
    buttons->addStretch(1);
    buttons->addWidget(m_connect);

    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_formLayout);
    layout->addWidget(m_problems);
    layout->addWidget(m_status);
    layout->addStretch(1);
    layout->addLayout(buttons);

    for (QLineEdit* edit :
        {m_endpoint, m_tenant, m_subscription, m_group, m_device, m_token, m_authority, m_clientId})
        connect(edit, &QLineEdit::textChanged, this, &DeviceConnectionPage::validate);
    connect(m_method, &QComboBox::currentIndexChanged, this, &DeviceConnectionPage::updateMethod);
    connect(m_endpoint, &QLineEdit::textEdited, this, [this] { m_demoProfile = false; });
    setCaCertificatesPem({});
    return page;
}

DeviceProfile DeviceConnectionPage::profile() const
{
    DeviceProfile p;
    p.armEndpoint = QUrl(m_endpoint->text().trimmed(), QUrl::StrictMode);
    p.tenant = m_tenant->text().trimmed();
    p.subscriptionId = m_subscription->text().trimmed();
    p.resourceGroup = m_group->text().trimmed();
    p.deviceName = m_device->text().trimmed();
    p.authMethod = DeviceAuthMethod(m_method->currentData().toInt());
    const QString authority = m_authority->text().trimmed();
    p.authority = authority.isEmpty() ? QUrl() : QUrl(authority, QUrl::StrictMode);
    p.clientId = m_clientId->text().trimmed();
    p.caCertificatesPem = m_caPem;
    p.demo = m_demoProfile;
    return p;
}

void DeviceConnectionPage::setProfile(const DeviceProfile& profile)
{
    m_endpoint->setText(profile.armEndpoint.toString());
    m_tenant->setText(profile.tenant);
    m_subscription->setText(profile.subscriptionId);
    m_group->setText(profile.resourceGroup);
    m_device->setText(profile.deviceName);
    m_method->setCurrentIndex(std::max(0, m_method->findData(int(profile.authMethod))));
    m_token->clear();
    m_authority->setText(profile.authority.toString());
    m_clientId->setText(profile.clientId);
    setCaCertificatesPem(profile.caCertificatesPem);
    m_demoProfile = profile.demo;
}

void DeviceConnectionPage::showSaved(const DeviceProfile& saved)
{
    if (!saved.demo) {
        setProfile(saved);
        return;
    }
    // A saved demo profile keeps no port: it takes the running demo's.
    if (const std::optional<DeviceProfile> running = m_session->demoDeviceProfile()) {
        setProfile(saved.withDemoEndpoints(*running));
        return;
    }
    setProfile(saved);
    m_status->setText(tr("This is the demo device: start it first (File › Connect to the Demo Device), "
                         "then choose this profile again."));
}

void DeviceConnectionPage::setCaCertificatesPem(const QByteArray& pem)
{
    m_caPem = pem;
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(pem, QSsl::Pem);
    if (pem.isEmpty()) {
        m_ca->setText(tr("the system's certificate authorities"));
    } else if (certificates.isEmpty()) {
        m_ca->setText(tr("not a PEM certificate"));
    } else {
        const QSslCertificate& first = certificates.first();
        QString name = first.subjectDisplayName();
        if (name.isEmpty())
            name = first.subjectInfo(QSslCertificate::CommonName).value(0);
        m_ca->setText(
            certificates.size() == 1 ? name : tr("%1 and %2 more").arg(name).arg(certificates.size() - 1));
    }
    m_ca->setCursorPosition(0);
    m_clearCa->setEnabled(!pem.isEmpty());
    validate();
}

QStringList DeviceConnectionPage::problems() const
{
    const DeviceProfile p = profile();
    QStringList list = p.validate();
    if (!m_authority->text().trimmed().isEmpty() && !isWebUrl(p.authority))
        list << tr(
            "The sign-in authority must be an https:// URL, such as https://login.microsoftonline.com.");
    if (p.authMethod == DeviceAuthMethod::PastedToken && m_token->text().trimmed().isEmpty())
        list << tr("The access token is missing: paste one, or choose another sign-in method.");
    return list;
}

void DeviceConnectionPage::validate()
{
    const QStringList list = problems();
    m_problems->setText(list.join(u'\n'));
    m_problems->setVisible(!list.isEmpty());
    const bool busy = m_provider != nullptr;
    m_connect->setEnabled(list.isEmpty() && !busy);
    m_save->setEnabled(profile().isValid() && !busy);
}

void DeviceConnectionPage::updateMethod()
{
    const auto method = DeviceAuthMethod(m_method->currentData().toInt());
    switch (method) {
    case DeviceAuthMethod::DeviceCode:
        m_methodHint->setText(
            tr("Shows a code to enter at a Microsoft sign-in page, on this or any other computer."));
        break;
    case DeviceAuthMethod::AzureCli:
        m_methodHint->setText(tr("Uses the account signed in with “az login” on this computer."));
        break;
    case DeviceAuthMethod::PastedToken:
        m_methodHint->setText(
            tr("Uses a bearer token you paste; it is kept in memory only and not renewed."));
        break;
    }
    m_formLayout->setRowVisible(m_token, method == DeviceAuthMethod::PastedToken);
    validate();
}

TokenProvider* DeviceConnectionPage::makeProvider(const DeviceProfile& profile) const
{
    switch (profile.authMethod) {
    case DeviceAuthMethod::PastedToken:
        return new StaticTokenProvider(m_token->text().trimmed());
    case DeviceAuthMethod::AzureCli: {
        auto* az = new AzCliTokenProvider;
        // The CLI takes either a tenant or a subscription (which names its tenant).
        if (!profile.tenant.isEmpty())
            az->setExtraArguments({u"--tenant"_s, profile.tenant});
        else
            az->setExtraArguments({u"--subscription"_s, profile.subscriptionId});
        return az;
    }
    case DeviceAuthMethod::DeviceCode:
        break;
    }
    auto* code = new DeviceCodeTokenProvider;
    code->configure(profile);
    return code;
}

void DeviceConnectionPage::startSignIn()
{
    if (m_provider || !problems().isEmpty())
        return;
    const DeviceProfile p = profile();
    m_provider = makeProvider(p);
    m_provider->setParent(this);
    if (auto* code = qobject_cast<DeviceCodeTokenProvider*>(m_provider)) {
        connect(code, &DeviceCodeTokenProvider::userCodeReady, m_codePanel, &DeviceCodePanel::showPrompt);
        connect(code, &DeviceCodeTokenProvider::pollAnswered, m_codePanel, &DeviceCodePanel::showPoll);
        m_codePanel->showStarting(code->deviceCodeUrl().host());
        m_stack->setCurrentWidget(m_codePanel);
    } else {
        m_status->setText(p.authMethod == DeviceAuthMethod::AzureCli ? tr("Asking the Azure CLI for a token…")
                                                                     : tr("Checking the token…"));
    }
    setBusy(true);
    // Sign in first, so that the device connection starts with a token and the prompt
    // is shown here, not somewhere in the background.
    m_provider->fetch(this, [this, p](const AccessToken&, const ArmError& error) { onSignInDone(p, error); });
}

void DeviceConnectionPage::onSignInDone(const DeviceProfile& profile, const ArmError& error)
{
    TokenProvider* provider = std::exchange(m_provider, nullptr);
    if (!provider)
        return;
    QObject::disconnect(provider, nullptr, m_codePanel, nullptr);
    setBusy(false);
    if (error) {
        provider->deleteLater();
        if (error.isCanceled())
            showForm(tr("The sign-in was canceled."));
        else if (m_stack->currentWidget() == m_codePanel)
            m_codePanel->showFailure(error.message());
        else
            showForm(error.message());
        return;
    }
    provider->setParent(nullptr); // the session owns it from here
    {
        QSettings settings;
        SavedDeviceProfiles(settings).setLastUsed(profile);
    }
    m_status->clear();
    m_session->connectDevice(profile, provider);
    Q_EMIT connected();
}

void DeviceConnectionPage::cancelSignIn()
{
    if (m_provider)
        m_provider->cancel();
}

void DeviceConnectionPage::setBusy(bool busy)
{
    for (QWidget* w : std::initializer_list<QWidget*> {m_saved, m_endpoint, m_tenant, m_subscription, m_group,
             m_device, m_method, m_token, m_authority, m_clientId, m_chooseCa, m_fromDemo})
        w->setEnabled(!busy);
    if (busy)
        m_remove->setEnabled(false);
    else
        m_remove->setEnabled(m_saved->currentRow() >= 0);
    m_clearCa->setEnabled(!busy && !m_caPem.isEmpty());
    if (!busy)
        m_fromDemo->setEnabled(m_session->demoDeviceProfile().has_value());
    validate();
}

void DeviceConnectionPage::showForm(const QString& status)
{
    m_status->setText(status);
    if (m_stack->currentWidget() == m_form)
        return;
    m_stack->setCurrentWidget(m_form);
    m_connect->setFocus();
}

void DeviceConnectionPage::chooseCaFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Choose a CA certificate"), QString(),
        tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_status->setText(tr("%1 could not be read: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray pem = file.read(1024 * 1024);
    if (QSslCertificate::fromData(pem, QSsl::Pem).isEmpty()) {
        m_status->setText(tr("%1 holds no PEM certificate.").arg(path));
        return;
    }
    m_status->clear();
    setCaCertificatesPem(pem);
}

void DeviceConnectionPage::fillSavedList(const SavedDeviceProfiles& saved)
{
    m_saved->clear();
    for (const DeviceProfile& p : saved.profiles()) {
        auto* item = new QListWidgetItem(p.displayName(), m_saved);
        item->setToolTip(p.armEndpoint.toString() + p.deviceId());
    }
}

void DeviceConnectionPage::reloadSavedProfiles()
{
    QSettings settings;
    const SavedDeviceProfiles saved(settings);
    const QSignalBlocker blocker(m_saved);
    fillSavedList(saved);
    const qsizetype last = saved.lastUsedIndex();
    if (last >= 0) {
        m_saved->setCurrentRow(int(last));
        showSaved(saved.profiles().at(last));
    } else {
        m_saved->setCurrentRow(-1);
    }
    m_remove->setEnabled(last >= 0);
    m_fromDemo->setEnabled(m_session->demoDeviceProfile().has_value());
    m_fromDemo->setToolTip(m_fromDemo->isEnabled()
            ? tr("Fill the form with the running demo device's endpoint, identity and certificate")
            : tr("Start the demo device first (File › Connect to the Demo Device)"));
}

void DeviceConnectionPage::showSavedProfile(int row)
{
    m_remove->setEnabled(row >= 0 && !m_provider);
    QSettings settings;
    const SavedDeviceProfiles saved(settings);
    if (row >= 0 && row < saved.profiles().size()) {
        showForm({});
        showSaved(saved.profiles().at(row));
    }
}

void DeviceConnectionPage::saveProfile()
{
    const DeviceProfile p = profile();
    if (!p.isValid())
        return;
    QSettings settings;
    SavedDeviceProfiles saved(settings);
    const qsizetype index = saved.save(p);
    const QSignalBlocker blocker(m_saved);
    fillSavedList(saved);
    m_saved->setCurrentRow(int(index));
    m_remove->setEnabled(true);
    m_status->setText(tr("Saved the profile %1.").arg(p.displayName()));
}

void DeviceConnectionPage::removeProfile()
{
    const int row = m_saved->currentRow();
    if (row < 0)
        return;
    const QString name = m_saved->item(row)->text();
    auto* box = new QMessageBox(QMessageBox::Question, tr("Remove the saved profile"),
        tr("Remove the saved profile %1?").arg(name), QMessageBox::NoButton, this);
    box->setObjectName(u"confirmRemoveProfile"_s);
    box->setInformativeText(
        tr("Only the saved connection details are removed; the device and its shares stay as they are."));
    QPushButton* remove = box->addButton(tr("Remove"), QMessageBox::DestructiveRole);
    remove->setObjectName(u"confirmRemove"_s);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, row, name] {
        if (box->clickedButton() != remove)
            return;
        QSettings settings;
        SavedDeviceProfiles(settings).remove(row);
        delete m_saved->takeItem(row);
        m_saved->setCurrentRow(-1);
        m_remove->setEnabled(false);
        m_status->setText(tr("Removed the saved profile %1.").arg(name));
    });
    box->open();
}

void DeviceConnectionPage::fillFromDemo()
{
    const std::optional<DeviceProfile> demo = m_session->demoDeviceProfile();
    if (!demo)
        return;
    m_saved->setCurrentRow(-1);
    setProfile(*demo);
    m_status->setText(tr("Filled in the demo device. It approves its sign-in code by itself after three "
                         "checks (about 15 seconds)."));
}

} // namespace ase
