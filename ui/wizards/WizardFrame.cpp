// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/wizards/WizardFrame.h"

#include "app/session/ClusterOperations.h"
#include "app/session/EventFollower.h"
#include "app/session/Session.h"
#include "models/provisioning/ClaimChecks.h"
#include "models/resources/MetaFields.h"
#include "models/resources/ObjectMeta.h"
#include "ui/wizards/ChecksList.h"
#include "ui/wizards/ConflictQuestion.h"
#include "ui/wizards/DraftController.h"
#include "ui/wizards/FollowPanel.h"
#include "ui/wizards/ReviewPage.h"
#include "ui/wizards/SaveFileDialog.h"
#include "ui/wizards/WizardPage.h"
#include "ui/wizards/WizardStyle.h"
#include "ui/wizards/YamlPreview.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace ase {

using provisioning::Check;
using provisioning::DraftField;

WizardFrame::WizardFrame(Session* session, DraftController* controller, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_controller(controller)
    , m_pageList(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_preview(new YamlPreview(controller, this))
    , m_review(new ReviewPage(controller, this))
    , m_status(new QLabel(this))
    , m_back(new QPushButton(tr("< &Back"), this))
    , m_next(new QPushButton(tr("&Next >"), this))
    , m_create(new QPushButton(tr("&Create"), this))
    , m_save(new QPushButton(tr("&Save YAML…"), this))
    , m_copy(new QPushButton(tr("Cop&y YAML"), this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(QStringLiteral("wizardFrame"));
    controller->setParent(this);
    setSizeGripEnabled(true);
    resize(1240, 760);

    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setAccessibleName(tr("Wizard pages"));
    m_pageList->setFixedWidth(180);
    m_pageList->setFrameShape(QFrame::NoFrame);
    m_pageList->setBackgroundRole(QPalette::Window);
    m_pageList->setIconSize(QSize(16, 16));
    m_pageList->setSpacing(2);
    connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != currentPage() && !m_created)
            setCurrentPage(row);
    });

    m_stack->setObjectName(QStringLiteral("pages"));
    m_stack->addWidget(m_review);
    m_pageList->addItem(m_review->title());
    connect(m_review, &ReviewPage::dryRunRequested, this, &WizardFrame::runDryRun);
    connect(m_review->checksList(), &ChecksList::fieldActivated, this,
        [this](DraftField field) { focusField(int(field)); });

    m_splitter->setObjectName(QStringLiteral("wizardSplitter"));
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_preview);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({620, 440});
    m_splitter->setChildrenCollapsible(false);

    setUpButtons();
    auto* body = new QHBoxLayout;
    body->addWidget(m_pageList);
    body->addWidget(m_splitter, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(body, 1);
    layout->addLayout(buttonRow());
    connectController();
}

void WizardFrame::setUpButtons()
{
    m_back->setObjectName(QStringLiteral("back"));
    m_next->setObjectName(QStringLiteral("next"));
    m_create->setObjectName(QStringLiteral("create"));
    m_create->setToolTip(tr("Create the objects with server-side apply (field manager ase-storage-manager)"));
    m_save->setObjectName(QStringLiteral("saveYaml"));
    m_save->setToolTip(tr("Write the manifests to a file without creating anything"));
    m_copy->setObjectName(QStringLiteral("copyYaml"));
    m_copy->setToolTip(tr("Copy the manifests to the clipboard"));
    m_close->setObjectName(QStringLiteral("close"));
    for (QPushButton* button : {m_back, m_next, m_create, m_save, m_copy, m_close})
        button->setAutoDefault(false);
    m_status->setObjectName(QStringLiteral("wizardStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setForegroundRole(QPalette::PlaceholderText);
    connect(m_back, &QPushButton::clicked, this, [this] { setCurrentPage(currentPage() - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { setCurrentPage(currentPage() + 1); });
    connect(m_create, &QPushButton::clicked, this, [this] { create(false); });
    connect(m_save, &QPushButton::clicked, this, &WizardFrame::saveYaml);
    connect(m_copy, &QPushButton::clicked, this, &WizardFrame::copyYaml);
    connect(m_close, &QPushButton::clicked, this, &WizardFrame::reject);
}

QHBoxLayout* WizardFrame::buttonRow()
{
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_save);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_create);
    buttons->addWidget(m_close);
    return buttons;
}

void WizardFrame::connectController()
{
    connect(m_controller, &DraftController::draftChanged, this, [this] {
        updateChecks();
        if (m_controller->isPristine())
            return;
        m_status->clear();
    });
    connect(m_controller, &DraftController::checksChanged, this, &WizardFrame::updateChecks);
    connect(m_preview, &YamlPreview::errorChanged, this, &WizardFrame::updateButtons);
    // Every page shows the draft as it is now; a page sets only the widgets whose value
    // differs, so the field being typed in is left alone.
    connect(m_controller, &DraftController::draftChanged, this, [this] {
        for (int i = 0; i < pageCount(); ++i)
            page(i)->syncFromDraft();
    });
}

void WizardFrame::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    if (m_shown)
        return;
    // The pages are all there now (a wizard adds them after the frame is made).
    m_shown = true;
    updateChecks();
    setCurrentPage(currentPage());
}

WizardFrame::~WizardFrame() = default;

void WizardFrame::addPage(WizardPage* page)
{
    const int index = m_stack->count() - 1;
    m_stack->insertWidget(index, page);
    m_pageList->insertItem(index, page->title());
    if (index == 0)
        m_stack->setCurrentIndex(0);
}

int WizardFrame::pageCount() const
{
    return m_stack->count() - (m_progress ? 1 : 0);
}

int WizardFrame::currentPage() const
{
    return m_stack->currentIndex();
}

WizardPage* WizardFrame::page(int index) const
{
    return qobject_cast<WizardPage*>(m_stack->widget(index));
}

void WizardFrame::setCurrentPage(int index)
{
    if (m_created || index < 0 || index >= pageCount())
        return;
    m_stack->setCurrentIndex(index);
    {
        QSignalBlocker blocker(m_pageList);
        m_pageList->setCurrentRow(index);
    }
    updateButtons();
    page(index)->pageEntered();
    // The first field of the page takes the focus, for the keyboard.
    WizardPage* current = page(index);
    for (QWidget* w = current->nextInFocusChain(); w && w != current; w = w->nextInFocusChain()) {
        if (current->isAncestorOf(w) && (w->focusPolicy() & Qt::TabFocus) && w->isVisibleTo(current)
            && w->isEnabled()) {
            w->setFocus(Qt::TabFocusReason);
            break;
        }
    }
}

void WizardFrame::updateButtons()
{
    const bool last = currentPage() == pageCount() - 1;
    // Text in the YAML editor that is not valid is not what would be sent: nothing is sent,
    // saved or copied until it is valid again (or the edit is left).
    const bool invalidText = m_preview->isEditing() && m_preview->error().has_value();
    const bool errors = invalidText || provisioning::hasErrors(m_controller->checks());
    m_save->setEnabled(!invalidText);
    m_copy->setEnabled(!invalidText);
    m_back->setEnabled(!m_created && currentPage() > 0);
    m_next->setVisible(!m_created);
    m_next->setEnabled(!last);
    m_create->setVisible(!m_created);
    m_create->setEnabled(!errors && !m_applying && !m_created);
    m_review->dryRunButton()->setEnabled(!m_dryRunning && !m_applying);
    // Enter: Next on a page, Create on the review page only when the checks pass.
    m_next->setDefault(!last && !m_created);
    m_create->setDefault(last && m_create->isEnabled());
    m_close->setText(m_created ? tr("Close") : tr("Cancel"));
}

void WizardFrame::updateChecks()
{
    // After Create the draft's checks are moot (its claim now exists, its volume is bound).
    const QList<Check> checks = m_created ? QList<Check>() : m_controller->checks();
    for (int i = 0; i < pageCount(); ++i) {
        WizardPage* p = page(i);
        bool pageHasErrors = false;
        for (const WizardPage::FieldSlot& slot : p->fieldSlots()) {
            const QList<Check> mine = provisioning::checksOf(checks, slot.field);
            QStringList messages;
            bool error = false;
            for (const Check& check : mine) {
                messages.append(check.message);
                error = error || check.isError();
            }
            pageHasErrors = pageHasErrors || error;
            const QString text = messages.join(u'\n');
            if (slot.label->text() != text)
                slot.label->setText(text);
            slot.label->setVisible(!messages.isEmpty());
            wizardstyle::setTextColor(slot.label,
                error ? wizardstyle::errorColor(palette()) : wizardstyle::warningColor(palette()));
            slot.editor->setAccessibleDescription(messages.join(u' '));
        }
        QListWidgetItem* item = m_pageList->item(i);
        if (item && item->data(Qt::UserRole).toBool() != pageHasErrors) {
            item->setData(Qt::UserRole, pageHasErrors);
            item->setIcon(pageHasErrors ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
        }
    }
    updateButtons();
}

void WizardFrame::focusField(int field)
{
    for (int i = 0; i < pageCount(); ++i) {
        for (const WizardPage::FieldSlot& slot : page(i)->fieldSlots()) {
            if (int(slot.field) != field)
                continue;
            setCurrentPage(i);
            slot.editor->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (field == int(DraftField::Manifest))
        m_preview->editor()->setFocus(Qt::OtherFocusReason);
}

bool WizardFrame::saveYamlTo(const QString& path, QString* error) const
{
    return writeFileAtomically(path, m_controller->yaml(), error);
}

void WizardFrame::saveYaml()
{
    const QJsonObject first = m_controller->manifests().value(0);
    const QString name = metafield::name(first);
    saveFileWithDialog(
        this,
        {tr("Save the manifests"), tr("YAML files (*.yaml *.yml)"), QStringLiteral("yaml"),
            (name.isEmpty() ? QStringLiteral("manifests") : name) + QStringLiteral(".yaml"),
            QStringLiteral("saveYamlDialog")},
        [this] { return m_controller->yaml(); },
        [this](const QString& path) {
            setStatus(tr("Saved to %1. Nothing was created.").arg(QDir::toNativeSeparators(path)));
        });
}

void WizardFrame::copyYaml()
{
    QApplication::clipboard()->setText(QString::fromUtf8(m_controller->yaml()));
    setStatus(tr("The YAML is on the clipboard."));
}

void WizardFrame::setStatus(const QString& text)
{
    m_status->setText(text);
}

void WizardFrame::reject()
{
    if (m_created || m_controller->isPristine()) {
        QDialog::reject();
        return;
    }
    auto* box = new QMessageBox(QMessageBox::Question, tr("Discard the draft?"),
        tr("Nothing has been created. Close the wizard and discard what you entered?"), QMessageBox::NoButton,
        this);
    box->setObjectName(QStringLiteral("discardDraft"));
    QAbstractButton* discard = box->addButton(tr("Discard"), QMessageBox::DestructiveRole);
    QPushButton* stay = box->addButton(tr("Keep Editing"), QMessageBox::RejectRole);
    box->setDefaultButton(stay);
    box->setEscapeButton(stay);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, discard] {
        if (box->clickedButton() == discard)
            QDialog::reject();
    });
    box->open();
}

QList<ServerAnswer> answersOf(const QList<ObjectOutcome>& outcomes)
{
    QList<ServerAnswer> answers;
    for (const ObjectOutcome& outcome : outcomes) {
        ServerAnswer answer;
        answer.kind = outcome.kind;
        answer.ns = outcome.ns;
        answer.name = outcome.name;
        answer.uid = metafield::uid(outcome.result.object);
        answer.ok = outcome.ok();
        answer.verbatim = outcome.ok() ? outcome.verbatim()
                                       : WizardFrame::tr("%1: %2", "object: the server's message")
                                             .arg(outcome.resourceName(), outcome.verbatim());
        if (!outcome.ok() && !outcome.error().isApplyConflict()) {
            for (const StatusCause& cause : outcome.error().causes()) {
                if (!cause.field.isEmpty())
                    answer.causes.append(WizardFrame::tr("%1: %2", "field: the server's message")
                                             .arg(cause.field, cause.message));
                else if (!cause.message.isEmpty())
                    answer.causes.append(cause.message);
            }
        }
        answers.append(answer);
    }
    return answers;
}

void WizardFrame::runDryRun()
{
    if (m_dryRunning || m_applying || m_created)
        return;
    m_dryRunning = true;
    m_review->setDryRunRunning();
    updateButtons();
    m_session->cluster()->dryRun(
        m_controller->manifests(), this, [this](const QList<ObjectOutcome>& outcomes) {
            m_dryRunning = false;
            m_review->setDryRunAnswers(answersOf(outcomes));
            updateButtons();
        });
}

void WizardFrame::create(bool force)
{
    if (m_applying || m_created)
        return;
    m_applying = true;
    setStatus(force ? tr("Creating, taking over the conflicting fields…") : tr("Creating…"));
    updateButtons();
    m_session->cluster()->apply(
        m_controller->manifests(), force, this, [this](const QList<ObjectOutcome>& outcomes) {
            m_applying = false;
            const QList<ServerAnswer> answers = answersOf(outcomes);
            const bool allOk = !outcomes.isEmpty()
                && std::all_of(
                    outcomes.cbegin(), outcomes.cend(), [](const ObjectOutcome& o) { return o.ok(); });
            if (allOk) {
                setStatus({});
                startFollowing(answers);
                return;
            }
            updateButtons();
            const ObjectOutcome failed = outcomes.isEmpty() ? ObjectOutcome() : outcomes.last();
            setStatus(tr("Create stopped at %1: see the review page.").arg(failed.resourceName()));
            // The apply's answers on the review page (not a new dry-run over them).
            m_review->setDryRunAnswers(answers);
            setCurrentPage(pageCount() - 1);
            if (failed.error().isApplyConflict()) {
                QStringList conflicts;
                for (const FieldConflict& conflict : failed.error().applyConflicts())
                    conflicts.append(tr("%1 is managed by %2", "field, field manager")
                                         .arg(conflict.field, conflict.manager));
                showConflict(failed.resourceName(), conflicts);
            }
        });
}

void WizardFrame::showConflict(const QString& object, const QStringList& conflicts)
{
    askToForceConflicts(this,
        tr("%1: other field managers own fields this draft sets. Force takes them over; the other "
           "managers may set them back.")
            .arg(object),
        conflicts, [this] { create(true); });
}

FollowPanel* WizardFrame::makeFollowPanel(const QList<ServerAnswer>& applied)
{
    auto* panel = new FollowPanel(m_session->store(), applied, this);
    // The Events of the first object (the claim: the binder's), as they come.
    if (!applied.isEmpty()) {
        const ServerAnswer& first = applied.first();
        panel->setEventStore(
            m_session->followEventsOf(first.kind, first.ns, first.name, first.uid, panel)->store());
    }
    return panel;
}

void WizardFrame::setBusy(bool busy)
{
    m_applying = busy;
    updateButtons();
}

void WizardFrame::showProgressPanel(QWidget* panel)
{
    m_created = true;
    if (m_preview->isEditing())
        m_preview->editor()->setReadOnly(true);
    m_preview->editButton()->setEnabled(false);
    m_progress = panel;
    m_stack->addWidget(panel);
    m_stack->setCurrentWidget(panel);
    updateChecks();
    m_pageList->addItem(tr("Progress"));
    m_pageList->setCurrentRow(m_pageList->count() - 1);
    m_pageList->setEnabled(false);
    updateButtons();
    m_close->setDefault(true);
    m_close->setFocus(Qt::OtherFocusReason);
}

void WizardFrame::startFollowing(const QList<ServerAnswer>& applied)
{
    m_follow = makeFollowPanel(applied);
    connect(m_follow, &FollowPanel::linkActivated, this, &WizardFrame::objectLinkActivated);
    showProgressPanel(m_follow);
    Q_EMIT created(applied);
}

} // namespace ase
