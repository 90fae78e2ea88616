// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/shares/DeviceAccountsDialog.h"

#include "app/session/Session.h"
#include "app/session/ShareOperations.h"
#include "models/itemmodels/DeviceAccountModel.h"
#include "models/provisioning/ShareDraft.h"
#include "models/resources/JsonResource.h"
#include "models/store/ResourceStore.h"
#include "ui/shares/EncryptionKeyPrompt.h"
#include "ui/wizards/WizardStyle.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <functional>

namespace ase {

using namespace provisioning;

namespace {

QTableView* tableFor(DeviceAccountModel* model, QWidget* parent)
{
    auto* proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(DeviceAccountModel::SortRole);
    auto* view = new QTableView(parent);
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(DeviceAccountModel::NameColumn, Qt::AscendingOrder);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setAlternatingRowColors(true);
    return view;
}

/// A small form dialog whose OK follows the checks of what it edits.
struct FormDialog
{
    QDialog* dialog;
    QFormLayout* form;
    QLabel* checks;
    QDialogButtonBox* buttons;
};

/// Runs @p firstError as the user types in @p edits: its message under the form, OK only
/// when there is none.
void checkAsTyped(
    const FormDialog& f, std::initializer_list<QLineEdit*> edits, std::function<QString()> firstError)
{
    const auto check = [f, firstError = std::move(firstError)] {
        const QString error = firstError();
        f.checks->setText(error);
        f.buttons->button(QDialogButtonBox::Ok)->setEnabled(error.isEmpty());
    };
    for (QLineEdit* e : edits)
        QObject::connect(e, &QLineEdit::textChanged, f.dialog, check);
    check();
}

FormDialog formDialog(QWidget* parent, const QString& title, const QString& name)
{
    auto* dialog = new QDialog(parent);
    dialog->setObjectName(name);
    dialog->setWindowTitle(title);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto* layout = new QVBoxLayout(dialog);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    auto* checks = new QLabel(dialog);
    checks->setObjectName(QStringLiteral("checks"));
    checks->setWordWrap(true);
    wizardstyle::setTextColor(checks, wizardstyle::errorColor(dialog->palette()));
    layout->addWidget(checks);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    dialog->resize(460, dialog->sizeHint().height());
    return {dialog, form, checks, buttons};
}

QString firstError(const QList<ShareCheck>& checks)
{
    return checks.isEmpty() ? QString() : checks.first().message;
}

} // namespace

DeviceAccountsDialog::DeviceAccountsDialog(Session* session, QObject* jobs, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_jobs(jobs)
    , m_tabs(new QTabWidget(this))
    , m_users(new DeviceAccountModel(tr("Type"), this))
    , m_credentials(new DeviceAccountModel(tr("Storage account"), this))
    , m_usersView(tableFor(m_users, this))
    , m_credentialsView(tableFor(m_credentials, this))
    , m_state(new QLabel(this))
{
    setObjectName(QStringLiteral("deviceAccounts"));
    setWindowTitle(tr("Users and Storage Account Credentials"));
    m_usersView->setObjectName(QStringLiteral("usersView"));
    m_credentialsView->setObjectName(QStringLiteral("credentialsView"));
    m_state->setObjectName(QStringLiteral("accountsState"));
    m_state->setWordWrap(true);
    m_tabs->addTab(m_usersView, tr("&Users"));
    m_tabs->addTab(m_credentialsView, tr("Storage Account &Credentials"));
    auto* add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("addAccount"));
    auto* remove = new QPushButton(tr("&Delete…"), this);
    remove->setObjectName(QStringLiteral("deleteAccount"));
    auto* close = new QPushButton(tr("Close"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addWidget(m_state, 1);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(buttons);
    resize(720, 420);
    connect(add, &QPushButton::clicked, this, [this] {
        if (m_tabs->currentIndex() == 0)
            addUser();
        else
            addCredential();
    });
    connect(remove, &QPushButton::clicked, this, &DeviceAccountsDialog::deleteSelected);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(session->store(), &ResourceStore::changed, this, [this](const QString& kind) {
        if (kind == u"Share")
            reload();
    });
    reload();
}

DeviceAccountsDialog::~DeviceAccountsDialog() = default;

void DeviceAccountsDialog::reload()
{
    const QList<Share> shares = fromJsonObjects<Share>(m_session->store()->objects(QStringLiteral("Share")));
    m_session->shares()->listUsers(
        this, [this, shares](const QList<QJsonObject>& items, const ArmError& error) {
            if (!error.ok()) {
                m_state->setText(error.message());
                return;
            }
            QList<DeviceAccountModel::Row> rows;
            for (const QJsonObject& o : items) {
                const QString name = o.value(QLatin1StringView("name")).toString();
                rows.append({name,
                    o.value(QLatin1StringView("properties"))
                        .toObject()
                        .value(QLatin1StringView("userType"))
                        .toString(),
                    sharesUsingUser(shares, name)});
            }
            m_users->setRows(rows);
        });
    m_session->shares()->listStorageAccountCredentials(
        this, [this, shares](const QList<QJsonObject>& items, const ArmError& error) {
            if (!error.ok())
                return;
            QList<DeviceAccountModel::Row> rows;
            for (const QJsonObject& o : items) {
                const QString name = o.value(QLatin1StringView("name")).toString();
                rows.append({name,
                    o.value(QLatin1StringView("properties"))
                        .toObject()
                        .value(QLatin1StringView("userName"))
                        .toString(),
                    sharesUsingCredential(shares, name)});
            }
            m_credentials->setRows(rows);
        });
}

void DeviceAccountsDialog::runDone(const QString& done, const QString& error)
{
    m_state->setText(error.isEmpty() ? done : error);
    wizardstyle::setTextColor(m_state,
        error.isEmpty() ? palette().color(QPalette::WindowText) : wizardstyle::errorColor(palette()));
    reload();
}

void DeviceAccountsDialog::addUser()
{
    FormDialog f = formDialog(this, tr("New Share User"), QStringLiteral("addUserDialog"));
    auto* name = new QLineEdit(f.dialog);
    name->setObjectName(QStringLiteral("userName"));
    auto* password = new QLineEdit(f.dialog);
    password->setObjectName(QStringLiteral("password"));
    password->setEchoMode(QLineEdit::Password);
    auto* confirmation = new QLineEdit(f.dialog);
    confirmation->setObjectName(QStringLiteral("confirmation"));
    confirmation->setEchoMode(QLineEdit::Password);
    f.form->addRow(tr("User &name:"), name);
    f.form->addRow(tr("&Password:"), password);
    f.form->addRow(tr("Con&firm password:"), confirmation);
    QStringList existing;
    for (const auto& row : m_users->rows())
        existing.append(row.name);
    const auto draft = [=] { return UserDraft {name->text(), password->text(), confirmation->text()}; };
    checkAsTyped(
        f, {name, password, confirmation}, [=] { return firstError(checkUserDraft(draft(), existing)); });
    connect(f.buttons, &QDialogButtonBox::accepted, f.dialog, [this, f, draft] {
        const UserDraft user = draft();
        f.dialog->accept();
        withEncryptionKey(this, m_session, [this, user] {
            m_state->setText(tr("Creating user %1…").arg(user.name));
            QPointer<DeviceAccountsDialog> self(this);
            m_session->shares()->createUser(
                user, m_jobs ? m_jobs.data() : this, {}, [self, name = user.name](const ArmError& e) {
                    if (self)
                        self->runDone(tr("User %1 created.").arg(name), e.ok() ? QString() : e.message());
                });
        });
    });
    f.dialog->open();
}

void DeviceAccountsDialog::addCredential()
{
    FormDialog f
        = formDialog(this, tr("New Storage Account Credential"), QStringLiteral("addCredentialDialog"));
    auto* alias = new QLineEdit(f.dialog);
    alias->setObjectName(QStringLiteral("alias"));
    auto* account = new QLineEdit(f.dialog);
    account->setObjectName(QStringLiteral("accountName"));
    auto* key = new QLineEdit(f.dialog);
    key->setObjectName(QStringLiteral("accountKey"));
    key->setEchoMode(QLineEdit::Password);
    f.form->addRow(tr("Credential &name:"), alias);
    f.form->addRow(tr("Storage &account:"), account);
    f.form->addRow(tr("Access &key:"), key);
    QStringList existing;
    for (const auto& row : m_credentials->rows())
        existing.append(row.name);
    const auto draft = [=] { return CredentialDraft {alias->text(), account->text(), key->text()}; };
    checkAsTyped(
        f, {alias, account, key}, [=] { return firstError(checkCredentialDraft(draft(), existing)); });
    connect(f.buttons, &QDialogButtonBox::accepted, f.dialog, [this, f, draft] {
        const CredentialDraft credential = draft();
        f.dialog->accept();
        withEncryptionKey(this, m_session, [this, credential] {
            m_state->setText(tr("Creating storage account credential %1…").arg(credential.alias));
            QPointer<DeviceAccountsDialog> self(this);
            m_session->shares()->createStorageAccountCredential(credential, m_jobs ? m_jobs.data() : this, {},
                [self, name = credential.alias](const ArmError& e) {
                    if (self)
                        self->runDone(tr("Storage account credential %1 created.").arg(name),
                            e.ok() ? QString() : e.message());
                });
        });
    });
    f.dialog->open();
}

void DeviceAccountsDialog::deleteSelected()
{
    const bool users = m_tabs->currentIndex() == 0;
    QTableView* view = users ? m_usersView : m_credentialsView;
    const QModelIndex index = view->currentIndex();
    if (!index.isValid())
        return;
    const QString name = index.data(DeviceAccountModel::NameRole).toString();
    const QStringList shares = index.data(DeviceAccountModel::SharesRole).toStringList();
    auto* box = new QMessageBox(QMessageBox::Warning,
        users ? tr("Delete User %1?").arg(name) : tr("Delete Storage Account Credential %1?").arg(name),
        users ? tr("Delete the user %1 from the device?").arg(name)
              : tr("Delete the storage account credential %1 from the device?").arg(name),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDeleteAccount"));
    if (!shares.isEmpty())
        box->setInformativeText(users
                ? tr("These shares give it access: %1. The device refuses to delete a user that a share "
                     "names; "
                     "remove it from them first.")
                      .arg(shares.join(QStringLiteral(", ")))
                : tr(
                    "These shares tier their data through it: %1. The device refuses to delete it while they "
                    "exist.")
                      .arg(shares.join(QStringLiteral(", "))));
    else
        box->setInformativeText(users ? tr("No share uses it.")
                                      : tr("No share uses it. The storage account itself "
                                           "and its data in Azure are not touched."));
    QPushButton* deleteButton = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, deleteButton, users, name] {
        if (box->clickedButton() != deleteButton)
            return;
        m_state->setText(tr("Deleting %1…").arg(name));
        QPointer<DeviceAccountsDialog> self(this);
        const auto done = [self, name](const ArmError& e) {
            if (self)
                self->runDone(tr("%1 deleted.").arg(name), e.ok() ? QString() : e.message());
        };
        QObject* context = m_jobs ? m_jobs.data() : this;
        if (users)
            m_session->shares()->deleteUser(name, context, {}, done);
        else
            m_session->shares()->deleteStorageAccountCredential(name, context, {}, done);
    });
    box->open();
}

} // namespace ase
