// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/wizards/AddShareWizard.h"

#include "app/session/Session.h"
#include "app/session/ShareOperations.h"
#include "models/resources/JsonResource.h"
#include "models/resources/KindNames.h"
#include "models/store/ResourceStore.h"
#include "ui/shares/EncryptionKeyPrompt.h"
#include "ui/wizards/ReviewPage.h"
#include "ui/wizards/ShareDraftController.h"
#include "ui/wizards/SharePages.h"
#include "ui/wizards/WizardStyle.h"
#include "ui/wizards/YamlPreview.h"

#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace ase {

using provisioning::ShareDraft;

namespace {

ShareDraft seed()
{
    ShareDraft d;
    d.computeMount = true;
    return d;
}

} // namespace

AddShareWizard::AddShareWizard(Session* session, QObject* jobs, QWidget* parent)
    : WizardFrame(session, new ShareDraftController(seed()), parent)
    , m_shares(static_cast<ShareDraftController*>(controller()))
    , m_jobs(jobs)
    , m_basics(new ShareBasicsPage(m_shares, this))
    , m_storage(new ShareStoragePage(m_shares, this))
    , m_access(new ShareAccessPage(m_shares, this))
    , m_compute(new ShareComputePage(m_shares, this))
    , m_progressBox(new QWidget(this))
    , m_progressBar(new QProgressBar(this))
    , m_progressLabel(new QLabel(this))
    , m_error(new QLabel(this))
    , m_contextTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("addShareWizard"));
    setWindowTitle(tr("New Share"));
    addPage(m_basics);
    addPage(m_storage);
    addPage(m_access);
    addPage(m_compute);
    // What is sent is the device's ARM requests: no cluster dry-run, no YAML editing.
    reviewPage()->setDryRunAvailable(false);
    preview()->editButton()->hide();
    if (auto* title = preview()->findChild<QLabel*>(QStringLiteral("previewTitle")))
        title->setText(tr("Requests to send (secrets masked)"));
    createButton()->setToolTip(tr("Create on the device, step by step (long-running operations)"));
    saveButton()->setText(tr("&Save Requests…"));
    saveButton()->setToolTip(tr("Write the request bodies to a file, secrets masked"));
    copyButton()->setText(tr("Cop&y Requests"));
    copyButton()->setToolTip(tr("Copy the request bodies to the clipboard, secrets masked"));
    m_shares->setDeviceId(session->deviceId());

    m_progressBox->setObjectName(QStringLiteral("shareProgress"));
    m_progressBar->setObjectName(QStringLiteral("shareProgressBar"));
    m_progressLabel->setObjectName(QStringLiteral("shareProgressLabel"));
    m_error->setObjectName(QStringLiteral("shareError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    wizardstyle::setTextColor(m_error, wizardstyle::errorColor(palette()));
    m_error->hide();
    auto* progress = new QVBoxLayout(m_progressBox);
    progress->setContentsMargins(0, 0, 0, 0);
    progress->addWidget(m_progressLabel);
    progress->addWidget(m_progressBar);
    progress->addWidget(m_error);
    m_progressBar->hide();
    m_progressLabel->hide();
    if (auto* frame = qobject_cast<QVBoxLayout*>(layout()))
        frame->insertWidget(1, m_progressBox);

    m_contextTimer->setSingleShot(true);
    m_contextTimer->setInterval(50);
    connect(m_contextTimer, &QTimer::timeout, this, &AddShareWizard::refreshContext);
    connect(session->store(), &ResourceStore::changed, this, [this](const QString& kind) {
        if (kind == kindname::Share)
            m_contextTimer->start();
        if (kind == kindname::PersistentVolume && !m_created.isEmpty())
            followVolume();
    });
    readDevice();
    refreshContext();
}

AddShareWizard::~AddShareWizard() = default;

void AddShareWizard::readDevice()
{
    ShareOperations* ops = session()->shares();
    auto pending = std::make_shared<int>(2);
    const auto next = [this, pending] {
        if (--*pending == 0) {
            m_listsKnown = true;
            refreshContext();
        }
    };
    ops->listUsers(this, [this, next](const QList<QJsonObject>& items, const ArmError&) {
        m_users.clear();
        for (const QJsonObject& o : items)
            m_users.append(o.value(QLatin1StringView("name")).toString());
        next();
    });
    ops->listStorageAccountCredentials(this, [this, next](const QList<QJsonObject>& items, const ArmError&) {
        m_credentials.clear();
        for (const QJsonObject& o : items)
            m_credentials.append(o.value(QLatin1StringView("name")).toString());
        next();
    });
    ops->listRoles(this, [this](const QList<QJsonObject>& roles, const ArmError& error) {
        if (!error.ok())
            return;
        const bool kubernetes = std::any_of(roles.cbegin(), roles.cend(), [](const QJsonObject& r) {
            return r.value(QLatin1StringView("kind")).toString() == u"Kubernetes";
        });
        m_compute->setKubernetesRole(kubernetes ? 1 : 0);
        // Checked by default only when the device can mount it (the seed stays pristine).
        if (!kubernetes && m_shares->isPristine())
            m_shares->edit([](ShareDraft& d) { d.computeMount = false; });
    });
}

void AddShareWizard::refreshContext()
{
    provisioning::ShareContext context;
    context.shares = fromJsonObjects<Share>(session()->store()->objects(kindname::Share));
    context.users = m_users;
    context.credentials = m_credentials;
    context.known = m_listsKnown;
    m_shares->setContext(context);
    m_basics->refreshContext();
    m_storage->refreshContext();
    m_access->refreshContext();
}

void AddShareWizard::log(const QString& line)
{
    if (m_log)
        m_log->addItem(line);
}

void AddShareWizard::create(bool)
{
    if (isBusy() || isCreated())
        return;
    const ShareDraft& d = m_shares->draft();
    const bool secrets = (!d.nfs && d.newUser) || (d.cloud && d.newCredential);
    if (!secrets) {
        run();
        return;
    }
    // A password or a key goes encrypted with the device's key: asked once.
    setBusy(true);
    withEncryptionKey(
        this, session(), [this] { run(); }, [this] { setBusy(false); });
}

void AddShareWizard::run()
{
    const ShareDraft draft = m_shares->draft();
    setBusy(true);
    m_error->hide();
    m_progressLabel->show();
    m_progressBar->show();
    m_progressBar->setRange(0, 0);
    setStatusText(tr("Working on the device…"));
    QPointer<AddShareWizard> self(this);
    const QString name = draft.name;
    // The operations belong to `jobs`, not to the wizard: closing it does not stop them.
    QObject* context = m_jobs ? m_jobs.data() : this;
    session()->shares()->createShareFromDraft(
        draft, context,
        [self](const QString& step) {
            if (!self)
                return;
            self->m_progressLabel->setText(step);
            self->m_progressBar->setRange(0, 0);
        },
        [self](const QString& status, int percent) {
            if (!self)
                return;
            if (percent >= 0) {
                self->m_progressBar->setRange(0, 100);
                self->m_progressBar->setValue(percent);
            }
            self->setStatusText(status);
        },
        [self, this, name, draft, reporter = m_reporter](const ArmError& error) {
            if (reporter)
                reporter(name, error.ok() ? QString() : error.message());
            if (!self)
                return; // closed meanwhile: the reporter said how it ended
            Q_EMIT operationFinished(name, error.ok() ? QString() : error.message());
            m_progressBar->hide();
            setBusy(false);
            if (!error.ok()) {
                m_progressLabel->hide();
                const QString code = error.code().isEmpty() ? QString() : error.code() + QStringLiteral(": ");
                m_error->setText(code + error.message());
                m_error->show();
                setStatusText(tr("Nothing more was done. Fix the draft and Create again."));
                // What exists now (a user made before the failure) shows in the checks.
                readDevice();
                return;
            }
            setStatusText({});
            m_created = name;
            auto* panel = new QWidget(this);
            panel->setObjectName(QStringLiteral("shareFollowPanel"));
            m_followState = new QLabel(panel);
            m_followState->setObjectName(QStringLiteral("shareFollowState"));
            m_followState->setWordWrap(true);
            m_log = new QListWidget(panel);
            m_log->setObjectName(QStringLiteral("shareFollowLog"));
            m_claim = new QPushButton(tr("C&laim This Share…"), panel);
            m_claim->setObjectName(QStringLiteral("claimThisShare"));
            m_claim->hide();
            connect(m_claim, &QPushButton::clicked, this, [this] { Q_EMIT claimShareRequested(m_created); });
            auto* layout = new QVBoxLayout(panel);
            layout->addWidget(m_followState);
            layout->addWidget(m_log, 1);
            layout->addWidget(m_claim, 0, Qt::AlignLeft);
            m_progressLabel->hide();
            if (draft.cloud && draft.newCredential)
                log(tr("Storage account credential %1 created.").arg(draft.newCredential->alias));
            if (!draft.nfs && draft.newUser)
                log(tr("User %1 created.").arg(draft.newUser->name));
            log(tr("Share %1 created.").arg(name));
            if (draft.computeMount) {
                log(tr("Share %1 mounted for Edge compute.").arg(name));
                m_followState->setText(
                    tr("Waiting for the PersistentVolume %1 to appear in the cluster…").arg(name));
            } else {
                m_followState->setText(tr("The share %1 is ready.").arg(name));
            }
            showProgressPanel(panel);
            if (draft.computeMount)
                followVolume();
        });
}

void AddShareWizard::followVolume()
{
    if (m_created.isEmpty() || !m_claim || m_claim->isVisible())
        return;
    if (!session()->store()->contains(kindname::PersistentVolume, m_created))
        return;
    const QJsonObject pv = session()->store()->object(kindname::PersistentVolume, m_created);
    const QString capacity = pv.value(QLatin1StringView("spec"))
                                 .toObject()
                                 .value(QLatin1StringView("capacity"))
                                 .toObject()
                                 .value(QLatin1StringView("storage"))
                                 .toString();
    log(tr("PersistentVolume %1 appeared in the cluster (%2).").arg(m_created, capacity));
    m_followState->setText(
        tr("The share %1 is in the cluster as the PersistentVolume %1. Claim it to use it in "
           "a pod.")
            .arg(m_created));
    m_claim->show();
    m_claim->setDefault(true);
    m_claim->setFocus(Qt::OtherFocusReason);
}

void AddShareWizard::reject()
{
    if (isBusy()) {
        QDialog::reject(); // the operations go on; the main window reports how they end
        return;
    }
    WizardFrame::reject();
}

} // namespace ase
