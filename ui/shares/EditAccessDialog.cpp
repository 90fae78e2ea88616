// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/shares/EditAccessDialog.h"

#include "app/session/Session.h"
#include "app/session/ShareOperations.h"
#include "models/resources/JsonResource.h"
#include "models/store/ResourceStore.h"
#include "ui/shares/EncryptionKeyPrompt.h"
#include "ui/wizards/ShareDraftController.h"
#include "ui/wizards/SharePages.h"
#include "ui/wizards/WizardStyle.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace ase {

using provisioning::ShareCheck;
using provisioning::ShareDraft;

EditAccessDialog::EditAccessDialog(Session* session, const Share& share, QObject* jobs, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_jobs(jobs)
    , m_controller(new ShareDraftController(provisioning::draftFromShare(share), this))
    , m_page(nullptr)
    , m_state(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("editShareAccess"));
    setWindowTitle(tr("Access to %1").arg(share.name));
    m_controller->setDeviceId(session->deviceId());
    m_page = new ShareAccessPage(m_controller, this);
    m_state->setWordWrap(true);
    m_state->setObjectName(QStringLiteral("editAccessState"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_page, 1);
    layout->addWidget(m_state);
    layout->addWidget(m_buttons);
    resize(560, 480);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &EditAccessDialog::save);
    connect(m_controller, &DraftController::draftChanged, this, [this] {
        m_page->syncFromDraft();
        updateChecks();
    });
    connect(m_controller, &DraftController::checksChanged, this, &EditAccessDialog::updateChecks);
    session->shares()->listUsers(this, [this](const QList<QJsonObject>& items, const ArmError&) {
        provisioning::ShareContext context;
        for (const QJsonObject& o : items)
            context.users.append(o.value(QLatin1StringView("name")).toString());
        m_controller->setContext(context);
        m_page->refreshContext();
    });
    provisioning::ShareContext unknown;
    unknown.known = false;
    m_controller->setContext(unknown);
    updateChecks();
}

EditAccessDialog::~EditAccessDialog() = default;

void EditAccessDialog::updateChecks()
{
    // Only the access checks: the share itself is of course on the device.
    QStringList messages;
    bool error = false;
    for (const ShareCheck& c :
        provisioning::checkShareDraft(m_controller->draft(), m_controller->context())) {
        if (c.field != ShareCheck::Field::Access)
            continue;
        messages.append(c.message);
        error = error || c.error;
    }
    if (!m_saving) {
        m_state->setText(messages.join(u'\n'));
        wizardstyle::setTextColor(m_state, wizardstyle::errorColor(palette()));
    }
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(!error && !m_saving && !m_controller->isPristine());
}

void EditAccessDialog::save()
{
    ShareDraft draft = m_controller->draft();
    draft.computeMount = false; // it stays as it is
    draft.newCredential.reset();
    const auto start = [this, draft] {
        m_saving = true;
        updateChecks();
        m_state->setText(tr("Saving on the device…"));
        wizardstyle::setTextColor(m_state, palette().color(QPalette::WindowText));
        QPointer<EditAccessDialog> self(this);
        QObject* context = m_jobs ? m_jobs.data() : this;
        const QString name = draft.name;
        m_session->shares()->createShareFromDraft(
            draft, context, {},
            [self](const QString& status, int percent) {
                if (self)
                    self->m_state->setText(percent >= 0
                            ? tr("Saving on the device: %1 (%2%)").arg(status).arg(percent)
                            : tr("Saving on the device: %1").arg(status));
            },
            [self, name](const ArmError& error) {
                if (!self)
                    return;
                self->m_saving = false;
                if (!error.ok()) {
                    self->m_state->setText(error.message());
                    wizardstyle::setTextColor(self->m_state, wizardstyle::errorColor(self->palette()));
                    self->updateChecks();
                    return;
                }
                Q_EMIT self->statusMessage(tr("Access to %1 saved.").arg(name), 10000);
                self->accept();
            });
    };
    if (!draft.newUser) {
        start();
        return;
    }
    withEncryptionKey(this, m_session, start);
}

} // namespace ase
