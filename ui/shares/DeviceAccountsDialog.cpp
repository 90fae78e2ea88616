// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/shares/DeviceAccountsDialog.h"

#include "app/session/Session.h"
#include "app/session/ShareOperations.h"
#include "models/itemmodels/DeviceAccountModel.h"
#include "models/provisioning/ShareDraft.h"
#include "models/resources/JsonResource.h"
#include "models/resources/KindNames.h"
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
void checkAsTyped(const FormDialog& f, const QList<QLineEdit*>& edits, std::function<QString()> firstError)
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

/// One line of an Add form.
struct Field
{
    QString label;
    QString objectName;
    bool secret;
};

/// Opens an Add form with a line edit for each of @p fields: @p firstErrorOf(the texts)
/// shows under the form as the user types and OK is enabled only when it is empty; OK
/// closes the form and hands the texts to @p accepted.
void openAddForm(QWidget* parent, const QString& title, const QString& name, const QList<Field>& fields,
    const std::function<QString(const QStringList&)>& firstErrorOf,
    const std::function<void(const QStringList&)>& accepted)
{
    FormDialog f = formDialog(parent, title, name);
    QList<QLineEdit*> edits;
    for (const Field& field : fields) {
        auto* edit = new QLineEdit(f.dialog);
        edit->setObjectName(field.objectName);
        if (field.secret)
            edit->setEchoMode(QLineEdit::Password);
        edits.append(edit);
    }
    for (qsizetype i = 0; i < fields.size(); ++i)
        f.form->addRow(fields.at(i).label, edits.at(i));
    const auto texts = [edits] {
        QStringList values;
        for (const QLineEdit* e : edits)
            values.append(e->text());
        return values;
    };
    checkAsTyped(f, edits, [=] { return firstErrorOf(texts()); });
    QObject::connect(f.buttons, &QDialogButtonBox::accepted, f.dialog, [f, texts, accepted] {
        const QStringList values = texts();
        f.dialog->accept();
        accepted(values);
    });
    f.dialog->open();
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
        if (kind == kindname::Share)
            reload();
    });
    reload();
}

DeviceAccountsDialog::~DeviceAccountsDialog() = default;

void DeviceAccountsDialog::reload()
{
    const QList<Share> shares = fromJsonObjects<Share>(m_session->store()->objects(QString(kindname::Share)));
    m_session->shares()->listUsers(
        this, [this, shares](const QList<QJsonObject>& items, const ArmError& error) {
            if (!error.ok()) {
                m_state->setText(error.message());
                return;
            }
            m_users->setRows(DeviceAccountModel::rowsOf(items, QLatin1StringView("userType"),
                [&shares](const QString& name) { return sharesUsingUser(shares, name); }));
        });
    m_session->shares()->listStorageAccountCredentials(
        this, [this, shares](const QList<QJsonObject>& items, const ArmError& error) {
            if (!error.ok())
                return;
            m_credentials->setRows(DeviceAccountModel::rowsOf(items, QLatin1StringView("userName"),
                [&shares](const QString& name) { return sharesUsingCredential(shares, name); }));
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
    const QStringList existing = m_users->names();
    const auto draft = [](const QStringList& v) { return UserDraft {v.at(0), v.at(1), v.at(2)}; };
    openAddForm(
        this, tr("New Share User"), QStringLiteral("addUserDialog"),
        {{tr("User &name:"), QStringLiteral("userName"), false},
            {tr("&Password:"), QStringLiteral("password"), true},
            {tr("Con&firm password:"), QStringLiteral("confirmation"), true}},
        [=](const QStringList& v) { return firstError(checkUserDraft(draft(v), existing)); },
        [this, draft](const QStringList& v) {
            const UserDraft user = draft(v);
            createWithKey(tr("Creating user %1…").arg(user.name), tr("User %1 created.").arg(user.name),
                [this, user](QObject* context, const CreateDone& done) {
                    m_session->shares()->createUser(user, context, {}, done);
                });
        });
}

void DeviceAccountsDialog::addCredential()
{
    const QStringList existing = m_credentials->names();
    const auto draft = [](const QStringList& v) { return CredentialDraft {v.at(0), v.at(1), v.at(2)}; };
    openAddForm(
        this, tr("New Storage Account Credential"), QStringLiteral("addCredentialDialog"),
        {{tr("Credential &name:"), QStringLiteral("alias"), false},
            {tr("Storage &account:"), QStringLiteral("accountName"), false},
            {tr("Access &key:"), QStringLiteral("accountKey"), true}},
        [=](const QStringList& v) { return firstError(checkCredentialDraft(draft(v), existing)); },
        [this, draft](const QStringList& v) {
            const CredentialDraft credential = draft(v);
            createWithKey(tr("Creating storage account credential %1…").arg(credential.alias),
                tr("Storage account credential %1 created.").arg(credential.alias),
                [this, credential](QObject* context, const CreateDone& done) {
                    m_session->shares()->createStorageAccountCredential(credential, context, {}, done);
                });
        });
}

void DeviceAccountsDialog::createWithKey(
    const QString& running, const QString& done, const CreateCall& create)
{
    withEncryptionKey(this, m_session, [this, running, done, create] {
        m_state->setText(running);
        QPointer<DeviceAccountsDialog> self(this);
        create(m_jobs ? m_jobs.data() : this, [self, done](const ArmError& e) {
            if (self)
                self->runDone(done, e.ok() ? QString() : e.message());
        });
    });
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
