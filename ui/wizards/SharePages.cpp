// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/wizards/SharePages.h"

#include "ui/wizards/ShareDraftController.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace ase {

using provisioning::DraftField;
using provisioning::ShareDraft;

namespace {

const QString kNewCredential = QStringLiteral("\x01new");

QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

void setText(QLineEdit* edit, const QString& text)
{
    if (edit->text() != text)
        edit->setText(text);
}

void setIndexByData(QComboBox* box, const QString& data)
{
    const int index = box->findData(data);
    if (index >= 0 && index != box->currentIndex())
        box->setCurrentIndex(index);
}

QComboBox* accessBox(const QStringList& values, const QStringList& titles, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    for (int i = 0; i < values.size(); ++i)
        box->addItem(titles.at(i), values.at(i));
    return box;
}

} // namespace

// ---- Basics ---------------------------------------------------------------------------

ShareBasicsPage::ShareBasicsPage(ShareDraftController* controller, QWidget* parent)
    : WizardPage(tr("Basics"), parent)
    , m_controller(controller)
    , m_name(new QLineEdit(this))
    , m_smb(new QRadioButton(tr("SMB (Windows clients, users with Change or Read)"), this))
    , m_nfs(new QRadioButton(tr("NFS (Linux clients, allowed by IP address)"), this))
    , m_description(new QLineEdit(this))
    , m_usage(new QLabel(this))
{
    setObjectName(QStringLiteral("shareBasicsPage"));
    m_name->setObjectName(QStringLiteral("shareName"));
    m_name->setPlaceholderText(tr("e.g. sensor-data"));
    m_name->setMaxLength(63);
    m_smb->setObjectName(QStringLiteral("protocolSmb"));
    m_nfs->setObjectName(QStringLiteral("protocolNfs"));
    m_description->setObjectName(QStringLiteral("shareDescription"));
    m_description->setPlaceholderText(tr("Optional"));
    m_usage->setObjectName(QStringLiteral("shareUsage"));
    auto* protocol = new QButtonGroup(this);
    protocol->addButton(m_smb);
    protocol->addButton(m_nfs);

    auto* form = new QFormLayout;
    auto* nameBox = new QVBoxLayout;
    nameBox->setSpacing(2);
    nameBox->addWidget(m_name);
    nameBox->addWidget(fieldCheckLabel(DraftField::Name, m_name));
    nameBox->addWidget(
        note(tr("3 to 63 lowercase letters, digits and hyphens; starts with a letter or a digit. "
                "Kubernetes gets a PersistentVolume of the same name."),
            this));
    auto* nameLabel = new QLabel(tr("&Name:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameBox);
    form->addRow(QString(), m_usage);
    auto* protocols = new QVBoxLayout;
    protocols->addWidget(m_smb);
    protocols->addWidget(m_nfs);
    form->addRow(tr("Protocol:"), protocols);
    form->addRow(tr("&Description:"), m_description);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_name, &QLineEdit::textEdited, this,
        [this](const QString& text) { m_controller->edit([&text](ShareDraft& d) { d.name = text; }); });
    connect(m_description, &QLineEdit::textEdited, this, [this](const QString& text) {
        m_controller->edit([&text](ShareDraft& d) { d.description = text; });
    });
    connect(m_nfs, &QRadioButton::toggled, this,
        [this](bool on) { m_controller->edit([on](ShareDraft& d) { d.nfs = on; }); });
    syncFromDraft();
    refreshContext();
}

ShareBasicsPage::~ShareBasicsPage() = default;

void ShareBasicsPage::syncFromDraft()
{
    const ShareDraft& d = m_controller->draft();
    setText(m_name, d.name);
    setText(m_description, d.description);
    if (m_nfs->isChecked() != d.nfs)
        (d.nfs ? m_nfs : m_smb)->setChecked(true);
    if (!m_smb->isChecked() && !m_nfs->isChecked())
        m_smb->setChecked(true);
}

void ShareBasicsPage::refreshContext()
{
    const auto& context = m_controller->context();
    m_usage->setText(context.known ? tr("%1 of %2 shares used on the device.")
                                         .arg(context.shares.size())
                                         .arg(provisioning::kMaxShares)
                                   : tr("The device's shares are not known yet."));
}

// ---- Where the data lives ----------------------------------------------------------------

ShareStoragePage::ShareStoragePage(ShareDraftController* controller, QWidget* parent)
    : WizardPage(tr("Where the data lives"), parent)
    , m_controller(controller)
    , m_local(new QRadioButton(tr("Edge &local share: the data stays on the device"), this))
    , m_cloud(new QRadioButton(tr("&Cloud share: tiered to an Azure storage account"), this))
    , m_cloudBox(new QGroupBox(tr("Azure storage"), this))
    , m_credential(new QComboBox(this))
    , m_newCredential(new QWidget(this))
    , m_alias(new QLineEdit(this))
    , m_account(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_service(new QComboBox(this))
    , m_serviceNote(note(QString(), this))
    , m_container(new QLineEdit(this))
    , m_containerNote(note(QString(), this))
{
    setObjectName(QStringLiteral("shareStoragePage"));
    m_local->setObjectName(QStringLiteral("dataLocal"));
    m_cloud->setObjectName(QStringLiteral("dataCloud"));
    m_credential->setObjectName(QStringLiteral("credential"));
    m_credential->setAccessibleName(tr("Storage account credential"));
    m_alias->setObjectName(QStringLiteral("newCredentialAlias"));
    m_alias->setPlaceholderText(tr("e.g. contoso-archive"));
    m_account->setObjectName(QStringLiteral("newCredentialAccount"));
    m_account->setPlaceholderText(tr("e.g. contosoarchive"));
    m_key->setObjectName(QStringLiteral("newCredentialKey"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("key1 or key2 of the storage account"));
    m_service->setObjectName(QStringLiteral("storageService"));
    m_service->addItem(tr("Block blob"), QStringLiteral("BlockBlob"));
    m_service->addItem(tr("Page blob"), QStringLiteral("PageBlob"));
    m_service->addItem(tr("Files"), QStringLiteral("AzureFile"));
    m_container->setObjectName(QStringLiteral("container"));
    auto* where = new QButtonGroup(this);
    where->addButton(m_local);
    where->addButton(m_cloud);

    auto* newForm = new QFormLayout(m_newCredential);
    newForm->setContentsMargins(0, 0, 0, 0);
    newForm->addRow(tr("Credential &name:"), m_alias);
    newForm->addRow(tr("Storage &account:"), m_account);
    newForm->addRow(tr("Access &key:"), m_key);
    newForm->addRow(
        QString(), note(tr("The key is encrypted for the device; it is never shown or saved."), this));
    auto* cloudForm = new QFormLayout(m_cloudBox);
    cloudForm->addRow(tr("Storage account c&redential:"), m_credential);
    cloudForm->addRow(m_newCredential);
    cloudForm->addRow(tr("Storage &service:"), m_service);
    cloudForm->addRow(QString(), m_serviceNote);
    cloudForm->addRow(tr("C&ontainer:"), m_container);
    cloudForm->addRow(QString(), m_containerNote);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_local);
    layout->addWidget(
        note(tr("Fast and independent of the network; it cannot be refreshed from Azure."), this));
    layout->addWidget(m_cloud);
    layout->addWidget(m_cloudBox);
    layout->addWidget(fieldCheckLabel(DraftField::Source, m_credential));
    layout->addStretch(1);

    connect(m_cloud, &QRadioButton::toggled, this,
        [this](bool on) { m_controller->edit([on](ShareDraft& d) { d.cloud = on; }); });
    connect(m_credential, &QComboBox::activated, this, &ShareStoragePage::credentialChosen);
    const auto editNew = [this] {
        m_controller->edit([this](ShareDraft& d) {
            if (!d.newCredential)
                return;
            d.newCredential->alias = m_alias->text();
            d.newCredential->accountName = m_account->text();
            d.newCredential->accountKey = m_key->text();
            d.storageAccountCredential = d.newCredential->alias;
        });
    };
    for (QLineEdit* edit : {m_alias, m_account, m_key})
        connect(edit, &QLineEdit::textEdited, this, editNew);
    connect(m_service, &QComboBox::activated, this, [this] {
        const QString format = m_service->currentData().toString();
        m_controller->edit([&format](ShareDraft& d) { d.dataFormat = format; });
    });
    connect(m_container, &QLineEdit::textEdited, this,
        [this](const QString& text) { m_controller->edit([&text](ShareDraft& d) { d.container = text; }); });
    refreshContext();
    syncFromDraft();
}

ShareStoragePage::~ShareStoragePage() = default;

void ShareStoragePage::credentialChosen()
{
    const QString chosen = m_credential->currentData().toString();
    m_controller->edit([this, &chosen](ShareDraft& d) {
        if (chosen == kNewCredential) {
            if (!d.newCredential)
                d.newCredential
                    = provisioning::CredentialDraft {m_alias->text(), m_account->text(), m_key->text()};
            d.storageAccountCredential = d.newCredential->alias;
        } else {
            d.newCredential.reset();
            d.storageAccountCredential = chosen;
        }
    });
}

void ShareStoragePage::refreshContext()
{
    const QStringList credentials = m_controller->context().credentials;
    if (credentials == m_shown && m_credential->count() > 0)
        return;
    m_shown = credentials;
    const QSignalBlocker blocker(m_credential);
    m_credential->clear();
    for (const QString& c : credentials)
        m_credential->addItem(c, c);
    m_credential->addItem(tr("Add a new credential…"), kNewCredential);
    // A cloud share with no credential chosen takes the first one.
    const ShareDraft& d = m_controller->draft();
    if (d.storageAccountCredential.isEmpty() && !d.newCredential && !credentials.isEmpty())
        m_controller->edit(
            [&credentials](ShareDraft& draft) { draft.storageAccountCredential = credentials.first(); });
    syncFromDraft();
}

void ShareStoragePage::syncFromDraft()
{
    const ShareDraft& d = m_controller->draft();
    if (m_cloud->isChecked() != d.cloud || (!m_local->isChecked() && !m_cloud->isChecked()))
        (d.cloud ? m_cloud : m_local)->setChecked(true);
    m_cloudBox->setEnabled(d.cloud);
    setIndexByData(m_credential, d.newCredential ? kNewCredential : d.storageAccountCredential);
    m_newCredential->setVisible(d.newCredential.has_value());
    if (d.newCredential) {
        setText(m_alias, d.newCredential->alias);
        setText(m_account, d.newCredential->accountName);
        setText(m_key, d.newCredential->accountKey);
    }
    setIndexByData(m_service, d.dataFormat);
    m_serviceNote->setText(d.dataFormat == u"PageBlob"
            ? tr("Page blobs take data in 512-byte pages: use them for VHD/VHDX files and other 512-byte "
                 "aligned data.")
            : d.dataFormat == u"AzureFile" ? tr("The data goes to an Azure file share of the account.")
                                           : tr("Files become block blobs: the usual choice."));
    setText(m_container, d.container);
    m_container->setPlaceholderText(d.name.isEmpty() ? tr("the share's name") : d.name);
    m_containerNote->setText(tr("Empty: a new container named after the share. An existing container "
                                "can hold one share only."));
}

// ---- Access ------------------------------------------------------------------------------

ShareAccessPage::ShareAccessPage(ShareDraftController* controller, QWidget* parent)
    : WizardPage(tr("Access"), parent)
    , m_controller(controller)
    , m_smbBox(new QGroupBox(tr("SMB users"), this))
    , m_nfsBox(new QGroupBox(tr("NFS clients"), this))
    , m_users(new QTreeWidget(this))
    , m_newUser(new QCheckBox(tr("Create a &new user"), this))
    , m_newUserFields(new QWidget(this))
    , m_userName(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_confirmation(new QLineEdit(this))
    , m_userAccess(
          accessBox({QStringLiteral("Change"), QStringLiteral("Read")}, {tr("Change"), tr("Read")}, this))
    , m_client(new QLineEdit(this))
    , m_permission(
          accessBox({QStringLiteral("ReadWrite"), QStringLiteral("ReadOnly"), QStringLiteral("NoAccess")},
              {tr("Read/write"), tr("Read only"), tr("No access")}, this))
    , m_addClient(new QPushButton(tr("&Add"), this))
    , m_removeClient(new QPushButton(tr("&Remove"), this))
    , m_clients(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("shareAccessPage"));
    m_users->setObjectName(QStringLiteral("shareUsers"));
    m_users->setHeaderLabels({tr("User"), tr("Access")});
    m_users->setRootIsDecorated(false);
    m_users->setMinimumHeight(110);
    m_newUser->setObjectName(QStringLiteral("newUser"));
    m_userName->setObjectName(QStringLiteral("newUserName"));
    m_password->setObjectName(QStringLiteral("newUserPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirmation->setObjectName(QStringLiteral("newUserConfirmation"));
    m_confirmation->setEchoMode(QLineEdit::Password);
    m_userAccess->setObjectName(QStringLiteral("newUserAccess"));
    m_client->setObjectName(QStringLiteral("nfsClient"));
    m_client->setPlaceholderText(tr("IPv4 or IPv6 address, e.g. 10.128.47.20"));
    m_permission->setObjectName(QStringLiteral("nfsPermission"));
    m_addClient->setObjectName(QStringLiteral("addClient"));
    m_removeClient->setObjectName(QStringLiteral("removeClient"));
    m_clients->setObjectName(QStringLiteral("nfsClients"));
    m_clients->setHeaderLabels({tr("Client"), tr("Permission")});
    m_clients->setRootIsDecorated(false);
    m_clients->setMinimumHeight(110);

    auto* newForm = new QFormLayout(m_newUserFields);
    newForm->setContentsMargins(20, 0, 0, 0);
    newForm->addRow(tr("User na&me:"), m_userName);
    newForm->addRow(tr("&Password:"), m_password);
    newForm->addRow(tr("Con&firm password:"), m_confirmation);
    newForm->addRow(tr("Acc&ess:"), m_userAccess);
    newForm->addRow(QString(),
        note(tr("8 to 16 characters from three of: uppercase, lowercase, digits, special characters. The "
                "password is encrypted for the device; it is never shown or saved."),
            this));
    auto* smb = new QVBoxLayout(m_smbBox);
    smb->addWidget(note(tr("Tick the device's users who may use the share and choose their access."), this));
    smb->addWidget(m_users);
    smb->addWidget(m_newUser);
    smb->addWidget(m_newUserFields);
    auto* add = new QHBoxLayout;
    add->addWidget(m_client, 1);
    add->addWidget(m_permission);
    add->addWidget(m_addClient);
    add->addWidget(m_removeClient);
    auto* nfs = new QVBoxLayout(m_nfsBox);
    nfs->addLayout(add);
    nfs->addWidget(m_clients);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_smbBox);
    layout->addWidget(m_nfsBox);
    layout->addWidget(fieldCheckLabel(DraftField::AccessModes, m_users));
    layout->addStretch(1);

    connect(m_users, &QTreeWidget::itemChanged, this, &ShareAccessPage::usersEdited);
    connect(m_newUser, &QCheckBox::toggled, this, &ShareAccessPage::newUserEdited);
    for (QLineEdit* edit : {m_userName, m_password, m_confirmation})
        connect(edit, &QLineEdit::textEdited, this, &ShareAccessPage::newUserEdited);
    connect(m_userAccess, &QComboBox::activated, this, &ShareAccessPage::newUserEdited);
    connect(m_addClient, &QPushButton::clicked, this, &ShareAccessPage::addClient);
    connect(m_client, &QLineEdit::returnPressed, this, &ShareAccessPage::addClient);
    connect(m_removeClient, &QPushButton::clicked, this, [this] {
        const int row = m_clients->indexOfTopLevelItem(m_clients->currentItem());
        if (row < 0)
            return;
        m_controller->edit([row](ShareDraft& d) {
            if (row < d.clients.size())
                d.clients.removeAt(row);
        });
    });
    refreshContext();
    syncFromDraft();
}

ShareAccessPage::~ShareAccessPage() = default;

void ShareAccessPage::refreshContext()
{
    // One row per device user: a check box and a combo box for the access.
    QStringList shown;
    for (int i = 0; i < m_users->topLevelItemCount(); ++i)
        shown.append(m_users->topLevelItem(i)->text(0));
    if (shown == m_controller->context().users)
        return;
    m_syncing = true;
    m_users->clear();
    for (const QString& user : m_controller->context().users) {
        auto* item = new QTreeWidgetItem(m_users, {user});
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(0, Qt::Unchecked);
        QComboBox* access = accessBox(
            {QStringLiteral("Change"), QStringLiteral("Read")}, {tr("Change"), tr("Read")}, m_users);
        access->setAccessibleName(tr("Access of %1").arg(user));
        m_users->setItemWidget(item, 1, access);
        connect(access, &QComboBox::activated, this, &ShareAccessPage::usersEdited);
    }
    m_syncing = false;
    syncFromDraft();
}

void ShareAccessPage::usersEdited()
{
    if (m_syncing)
        return;
    QList<provisioning::ShareUserRight> rights;
    for (int i = 0; i < m_users->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_users->topLevelItem(i);
        if (item->checkState(0) != Qt::Checked)
            continue;
        auto* access = qobject_cast<QComboBox*>(m_users->itemWidget(item, 1));
        rights.append({item->text(0), access ? access->currentData().toString() : QStringLiteral("Change")});
    }
    m_controller->edit([&rights](ShareDraft& d) { d.users = rights; });
}

void ShareAccessPage::newUserEdited()
{
    if (m_syncing)
        return;
    m_controller->edit([this](ShareDraft& d) {
        if (!m_newUser->isChecked()) {
            d.newUser.reset();
            return;
        }
        d.newUser = provisioning::UserDraft {m_userName->text(), m_password->text(), m_confirmation->text()};
        d.newUserAccess = m_userAccess->currentData().toString();
    });
}

void ShareAccessPage::addClient()
{
    const QString client = m_client->text().trimmed();
    if (client.isEmpty())
        return;
    const QString permission = m_permission->currentData().toString();
    m_controller->edit([&](ShareDraft& d) { d.clients.append({client, permission}); });
    m_client->clear();
}

void ShareAccessPage::syncFromDraft()
{
    const ShareDraft& d = m_controller->draft();
    m_smbBox->setVisible(!d.nfs);
    m_nfsBox->setVisible(d.nfs);
    m_syncing = true;
    for (int i = 0; i < m_users->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_users->topLevelItem(i);
        const auto it = std::find_if(d.users.cbegin(), d.users.cend(),
            [item](const provisioning::ShareUserRight& r) { return r.user == item->text(0); });
        const Qt::CheckState state = it != d.users.cend() ? Qt::Checked : Qt::Unchecked;
        if (item->checkState(0) != state)
            item->setCheckState(0, state);
        if (it != d.users.cend())
            if (auto* access = qobject_cast<QComboBox*>(m_users->itemWidget(item, 1)))
                setIndexByData(access, it->access);
    }
    if (m_newUser->isChecked() != d.newUser.has_value())
        m_newUser->setChecked(d.newUser.has_value());
    m_newUserFields->setVisible(d.newUser.has_value());
    if (d.newUser) {
        setText(m_userName, d.newUser->name);
        setText(m_password, d.newUser->password);
        setText(m_confirmation, d.newUser->confirmation);
        setIndexByData(m_userAccess, d.newUserAccess);
    }
    m_syncing = false;
    // The client list as the draft has it.
    bool same = m_clients->topLevelItemCount() == d.clients.size();
    for (int i = 0; same && i < d.clients.size(); ++i)
        same = m_clients->topLevelItem(i)->text(0) == d.clients.at(i).client
            && m_clients->topLevelItem(i)->data(1, Qt::UserRole).toString() == d.clients.at(i).permission;
    if (!same) {
        m_clients->clear();
        for (const provisioning::ShareClientRight& c : d.clients) {
            const int index = m_permission->findData(c.permission);
            auto* item = new QTreeWidgetItem(
                m_clients, {c.client, index >= 0 ? m_permission->itemText(index) : c.permission});
            item->setData(1, Qt::UserRole, c.permission);
        }
    }
}

// ---- Edge compute ------------------------------------------------------------------------

ShareComputePage::ShareComputePage(ShareDraftController* controller, QWidget* parent)
    : WizardPage(tr("Edge compute"), parent)
    , m_controller(controller)
    , m_compute(new QCheckBox(tr("&Use the share with Edge compute"), this))
    , m_explanation(new QLabel(this))
    , m_roleNote(note(QString(), this))
{
    setObjectName(QStringLiteral("shareComputePage"));
    m_compute->setObjectName(QStringLiteral("computeMount"));
    m_explanation->setWordWrap(true);
    m_roleNote->hide();
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_compute);
    layout->addWidget(m_explanation);
    layout->addWidget(m_roleNote);
    layout->addWidget(fieldCheckLabel(DraftField::ConsumerName, m_compute));
    layout->addStretch(1);
    connect(m_compute, &QCheckBox::toggled, this,
        [this](bool on) { m_controller->edit([on](ShareDraft& d) { d.computeMount = on; }); });
    syncFromDraft();
}

ShareComputePage::~ShareComputePage() = default;

void ShareComputePage::syncFromDraft()
{
    const ShareDraft& d = m_controller->draft();
    if (m_compute->isChecked() != d.computeMount)
        m_compute->setChecked(d.computeMount);
    const QString name = d.name.isEmpty() ? tr("<share>") : d.name;
    m_explanation->setText(
        d.computeMount ? tr(
            "The device mounts the share through its Kubernetes role: a PersistentVolume named %1 appears in "
            "the cluster (32Ti, ReadWriteOnce and ReadWriteMany, no StorageClass). A claim with volumeName: "
            "%1 binds to it; the wizard offers one when the volume is there.")
                             .arg(name)
                       : tr("The share is not mounted for Kubernetes; you can mount it later from the Shares "
                            "pane."));
}

void ShareComputePage::setKubernetesRole(int known)
{
    m_roleNote->setVisible(known == 0);
    m_roleNote->setText(tr("The device has no Kubernetes role: configure compute on the device first, or "
                           "leave this off."));
}

} // namespace ase
