// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/apply/ApplyWindow.h"

#include "app/session/ClusterOperations.h"
#include "app/session/ClusterSchemas.h"
#include "app/session/EventFollower.h"
#include "app/session/Session.h"
#include "models/export/ExportPlan.h"
#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"
#include "models/resources/ObjectMeta.h"
#include "models/resources/OpenApiValidator.h"
#include "models/resources/ResourceKind.h"
#include "models/store/ResourceStore.h"
#include "ui/CodeHighlighter.h"
#include "ui/wizards/ConflictQuestion.h"
#include "ui/wizards/FollowPanel.h"
#include "ui/wizards/WizardStyle.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBlock>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

enum Column { ObjectColumn, DryRunColumn, ResultColumn };
constexpr int KindRole = Qt::UserRole;
constexpr int KeyRole = Qt::UserRole + 1;
constexpr int LineRole = Qt::UserRole + 2;

QString keyOf(const QJsonObject& o)
{
    return objectKey(metafield::ns(o), metafield::name(o));
}

} // namespace

ApplyWindow::ApplyWindow(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_files(new QLabel(this))
    , m_edit(new QPlainTextEdit(this))
    , m_highlighter(nullptr)
    , m_checks(new QListWidget(this))
    , m_objects(new QTreeWidget(this))
    , m_schemaState(new QLabel(this))
    , m_status(new QLabel(this))
    , m_right(new QSplitter(Qt::Vertical, this))
    , m_open(new QPushButton(tr("&Open…"), this))
    , m_dryRun(new QPushButton(tr("Server &dry-run"), this))
    , m_apply(new QPushButton(tr("&Apply"), this))
    , m_create(new QPushButton(tr("C&reate"), this))
    , m_close(new QPushButton(tr("&Close"), this))
    , m_checkTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("applyWindow"));
    setWindowTitle(tr("Apply YAML"));
    setSizeGripEnabled(true);
    setUpEditor();
    setUpChecks();
    setUpObjects();
    m_status->setObjectName(QStringLiteral("applyStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layOut();
    m_checkTimer->setSingleShot(true);
    m_checkTimer->setInterval(150);
    connect(m_checkTimer, &QTimer::timeout, this, &ApplyWindow::recheck);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &ApplyWindow::scheduleCheck);
    connect(m_open, &QPushButton::clicked, this, &ApplyWindow::openWithDialog);
    connect(m_dryRun, &QPushButton::clicked, this, &ApplyWindow::runDryRun);
    connect(m_apply, &QPushButton::clicked, this, [this] { apply(false); });
    connect(m_create, &QPushButton::clicked, this, &ApplyWindow::create);
    connect(m_close, &QPushButton::clicked, this, &QDialog::close);
    loadSchemas();
    recheck();
}

void ApplyWindow::setUpEditor()
{
    m_files->setObjectName(QStringLiteral("applyFiles"));
    m_files->setWordWrap(true);
    m_files->setText(tr("Open YAML files, drop them on the main window, or type or paste manifests here."));
    m_edit->setObjectName(QStringLiteral("applyYaml"));
    m_edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_edit->setAccessibleName(tr("YAML of the objects to apply"));
    m_highlighter = new CodeHighlighter(QStringLiteral("YAML"), m_edit);
    m_edit->setTabStopDistance(m_edit->fontMetrics().horizontalAdvance(QLatin1Char(' ')) * 2);
}

void ApplyWindow::setUpChecks()
{
    m_checks->setObjectName(QStringLiteral("applyChecks"));
    m_checks->setAccessibleName(tr("Checks"));
    m_checks->setWordWrap(true);
    m_checks->setTextElideMode(Qt::ElideNone);
    connect(m_checks, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const int line = item->data(LineRole).toInt();
        if (line <= 0)
            return;
        QTextCursor cursor(m_edit->document()->findBlockByNumber(line - 1));
        m_edit->setTextCursor(cursor);
        m_edit->setFocus(Qt::OtherFocusReason);
    });
    m_schemaState->setObjectName(QStringLiteral("applySchemaState"));
    m_schemaState->setWordWrap(true);
    m_schemaState->setForegroundRole(QPalette::PlaceholderText);
}

void ApplyWindow::setUpObjects()
{
    m_objects->setObjectName(QStringLiteral("applyObjects"));
    m_objects->setAccessibleName(tr("Objects and the server's answers"));
    m_objects->setHeaderLabels({tr("Object"), tr("Dry run"), tr("Result")});
    m_objects->setRootIsDecorated(false);
    m_objects->setWordWrap(true);
    m_objects->setUniformRowHeights(false);
    m_objects->header()->setStretchLastSection(true);
    m_objects->setColumnWidth(ObjectColumn, 240);
    m_objects->setColumnWidth(DryRunColumn, 170);
    connect(m_objects, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        const QString kind = item->data(ObjectColumn, KindRole).toString();
        const QString key = item->data(ObjectColumn, KeyRole).toString();
        if (!kind.isEmpty() && m_session->store()->contains(kind, key))
            Q_EMIT objectLinkActivated(kind, key);
        else if (const int line = item->data(ObjectColumn, LineRole).toInt(); line > 0)
            m_edit->setTextCursor(QTextCursor(m_edit->document()->findBlockByNumber(line - 1)));
    });
}

void ApplyWindow::layOut()
{
    auto* checksBox = new QWidget(this);
    auto* checksLayout = new QVBoxLayout(checksBox);
    checksLayout->setContentsMargins(0, 0, 0, 0);
    checksLayout->addWidget(wizardstyle::heading(tr("Checks"), checksBox));
    checksLayout->addWidget(m_checks, 1);
    checksLayout->addWidget(m_schemaState);
    auto* objectsBox = new QWidget(this);
    auto* objectsLayout = new QVBoxLayout(objectsBox);
    objectsLayout->setContentsMargins(0, 0, 0, 0);
    objectsLayout->addWidget(wizardstyle::heading(tr("Objects, in the order they are sent"), objectsBox));
    objectsLayout->addWidget(m_objects, 1);
    m_right->addWidget(checksBox);
    m_right->addWidget(objectsBox);
    m_right->setChildrenCollapsible(false);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_files, 1);
    fileRow->addWidget(m_open);
    leftLayout->addLayout(fileRow);
    leftLayout->addWidget(m_edit, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({560, 640});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttonRow());
    resize(1200, 760);
}

QHBoxLayout* ApplyWindow::buttonRow()
{
    m_open->setAutoDefault(false);
    m_dryRun->setObjectName(QStringLiteral("applyDryRun"));
    m_dryRun->setAutoDefault(false);
    m_dryRun->setToolTip(
        tr("Send every object with dryRun=All: the server checks and admits it, stores nothing."));
    m_apply->setObjectName(QStringLiteral("applyApply"));
    m_apply->setDefault(true);
    m_apply->setToolTip(tr("Server-side apply (field manager ase-storage-manager): creates what is missing, "
                           "updates the fields these manifests set."));
    m_create->setObjectName(QStringLiteral("applyCreate"));
    m_create->setAutoDefault(false);
    m_create->setToolTip(
        tr("Create every object, as kubectl create does: an object that exists is an error."));
    m_close->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_dryRun);
    buttons->addWidget(m_create);
    buttons->addWidget(m_apply);
    buttons->addWidget(m_close);
    return buttons;
}

ApplyWindow::~ApplyWindow() = default;

bool ApplyWindow::openFiles(const QStringList& paths, QString* error)
{
    QByteArray text;
    QStringList names;
    for (const QString& path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (error)
                *error = tr("Cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
        QByteArray bytes = file.readAll();
        if (!text.isEmpty())
            text += "---\n";
        if (paths.size() > 1)
            text += "# " + QFileInfo(path).fileName().toUtf8() + '\n';
        if (!bytes.isEmpty() && !bytes.endsWith('\n'))
            bytes += '\n';
        text += bytes;
        names.append(QFileInfo(path).fileName());
    }
    m_files->setText(tr("From %1").arg(names.join(QStringLiteral(", "))));
    m_files->setToolTip(paths.join(u'\n'));
    setWindowTitle(tr("Apply YAML — %1").arg(names.join(QStringLiteral(", "))));
    setText(text);
    return true;
}

void ApplyWindow::setText(const QByteArray& yaml)
{
    m_edit->setPlainText(QString::fromUtf8(yaml));
    m_checkTimer->stop();
    recheck();
}

QList<QJsonObject> ApplyWindow::orderedManifests() const
{
    QList<QJsonObject> out = m_set.objects;
    std::stable_sort(out.begin(), out.end(), [](const QJsonObject& a, const QJsonObject& b) {
        return exporting::applyOrder(a.value(u"kind").toString())
            < exporting::applyOrder(b.value(u"kind").toString());
    });
    return out;
}

void ApplyWindow::scheduleCheck()
{
    m_checkTimer->start();
    // What the server said was about the text before this change.
    for (int i = 0; i < m_objects->topLevelItemCount(); ++i)
        m_objects->topLevelItem(i)->setForeground(DryRunColumn, palette().brush(QPalette::PlaceholderText));
}

void ApplyWindow::recheck()
{
    m_set = provisioning::checkManifests(m_edit->toPlainText().toUtf8(), m_validator.get());
    m_checks->clear();
    int errors = 0;
    if (m_set.error) {
        ++errors;
        auto* item = new QListWidgetItem(tr("Does not parse: %1").arg(m_set.error->toString()), m_checks);
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
        item->setData(LineRole, m_set.error->line);
    }
    QList<provisioning::Check> checks = m_set.checks;
    std::stable_sort(
        checks.begin(), checks.end(), [](const provisioning::Check& a, const provisioning::Check& b) {
            return a.isError() && !b.isError();
        });
    for (const provisioning::Check& check : std::as_const(checks)) {
        errors += check.isError() ? 1 : 0;
        const int line = check.document > 0 && check.document <= m_set.lines.size()
            ? m_set.lines.at(check.document - 1)
            : 0;
        auto* item = new QListWidgetItem(
            line > 0 ? tr("Line %1: %2", "line, problem").arg(line).arg(check.message) : check.message,
            m_checks);
        item->setIcon(style()->standardIcon(
            check.isError() ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
        item->setData(LineRole, line);
        item->setToolTip(check.message);
    }
    if (!m_set.error && checks.isEmpty() && !m_set.objects.isEmpty()) {
        auto* item = new QListWidgetItem(tr("All checks pass."), m_checks);
        item->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
    }
    // Kinds the app has no pane for are sent too; say so before anything is sent.
    QStringList others;
    for (const QJsonObject& o : std::as_const(m_set.objects)) {
        const QString kind = o.value(u"kind").toString();
        if (!kind.isEmpty() && !provisioning::isShownKind(kind) && !others.contains(kind))
            others.append(kind);
    }
    if (!others.isEmpty()) {
        auto* item = new QListWidgetItem(tr("Also applied, though this app has no pane for them: %1.")
                                             .arg(others.join(QStringLiteral(", "))),
            m_checks);
        item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxInformation));
    }
    m_schemaState->setText(
        m_validator ? tr("Schema: checked against the cluster's /openapi/v3.") : m_schemaNote);
    markErrors();
    showObjects();
    if (m_set.objects.isEmpty() && !m_set.error)
        setStatus(tr("No objects yet."), palette().color(QPalette::PlaceholderText));
    else if (errors > 0)
        setStatus(
            tr("%n problem(s) to fix before sending.", nullptr, errors), wizardstyle::errorColor(palette()));
    else
        setStatus(tr("%n object(s), ready to send.", nullptr, int(m_set.objects.size())),
            wizardstyle::okColor(palette()));
    updateButtons();
}

void ApplyWindow::markErrors()
{
    QList<QTextEdit::ExtraSelection> marks;
    const auto markLine = [&](int line, int column, const QString& tip) {
        QTextEdit::ExtraSelection mark;
        // An error past the end (an unclosed bracket) is marked on the last line.
        QTextBlock block = m_edit->document()->findBlockByNumber(std::max(0, line - 1));
        if (!block.isValid())
            block = m_edit->document()->lastBlock();
        while (block.isValid() && block.text().trimmed().isEmpty() && block.previous().isValid())
            block = block.previous();
        mark.cursor = QTextCursor(block);
        if (block.isValid()) {
            const int c = std::clamp(column - 1, 0, std::max(0, block.length() - 1));
            mark.cursor.setPosition(block.position() + c);
            mark.cursor.setPosition(
                block.position() + std::max(c + 1, block.length() - 1), QTextCursor::KeepAnchor);
        }
        mark.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        mark.format.setUnderlineColor(wizardstyle::errorColor(palette()));
        mark.format.setToolTip(tip);
        marks.append(mark);
    };
    if (m_set.error)
        markLine(m_set.error->line, m_set.error->column, m_set.error->toString());
    for (const provisioning::Check& check : std::as_const(m_set.checks))
        if (check.isError() && check.document > 0 && check.document <= m_set.lines.size())
            markLine(m_set.lines.at(check.document - 1), 1, check.message);
    m_edit->setExtraSelections(marks);
}

void ApplyWindow::showObjects()
{
    // The same objects (a re-check, the schemas arriving): the server's answers stay.
    if (m_set.objects == m_shown && m_objects->topLevelItemCount() == m_shown.size())
        return;
    m_shown = m_set.objects;
    m_objects->clear();
    // The line each object starts at, found again after the sort.
    QList<std::pair<QJsonObject, int>> objects;
    for (qsizetype i = 0; i < m_set.objects.size(); ++i)
        objects.append({m_set.objects.at(i), m_set.lines.value(i)});
    std::stable_sort(objects.begin(), objects.end(), [](const auto& a, const auto& b) {
        return exporting::applyOrder(a.first.value(u"kind").toString())
            < exporting::applyOrder(b.first.value(u"kind").toString());
    });
    for (const auto& [object, line] : std::as_const(objects)) {
        const QString kind = object.value(u"kind").toString();
        auto* item = new QTreeWidgetItem(m_objects);
        item->setText(ObjectColumn, tr("%1 %2", "kind, namespace/name").arg(kind, keyOf(object)));
        item->setData(ObjectColumn, KindRole, kind);
        item->setData(ObjectColumn, KeyRole, keyOf(object));
        item->setData(ObjectColumn, LineRole, line);
        item->setToolTip(ObjectColumn, tr("Line %1").arg(line));
    }
}

void ApplyWindow::showAnswers(const QList<ObjectOutcome>& outcomes, bool dryRun)
{
    const QList<ServerAnswer> answers = answersOf(outcomes);
    const int column = dryRun ? DryRunColumn : ResultColumn;
    for (int i = 0; i < m_objects->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_objects->topLevelItem(i);
        if (i >= answers.size()) {
            item->setText(column, dryRun ? QString() : tr("not sent (an earlier object failed)"));
            item->setForeground(column, palette().brush(QPalette::PlaceholderText));
            continue;
        }
        const ServerAnswer& answer = answers.at(i);
        QString text = answer.verbatim;
        if (answer.ok && !dryRun && !provisioning::isShownKind(answer.kind))
            text = tr("%1 (no pane for %2 in this app)", "kubectl line, kind")
                       .arg(answer.verbatim, answer.kind);
        // The row names the object already: the cell says what happened to it.
        const QString name = outcomes.at(i).resourceName();
        QString cell = text;
        if (cell.startsWith(name + u' '))
            cell = cell.mid(name.size() + 1);
        else if (cell.startsWith(name + u": "_s))
            cell = cell.mid(name.size() + 2);
        item->setText(column, cell);
        item->setToolTip(
            column, answer.causes.isEmpty() ? text : QString(text + u'\n' + answer.causes.join(u'\n')));
        item->setForeground(column,
            answer.ok ? palette().brush(QPalette::WindowText) : QBrush(wizardstyle::errorColor(palette())));
        if (answer.ok && !dryRun && provisioning::isShownKind(answer.kind)) {
            QFont link = item->font(ObjectColumn);
            link.setUnderline(true);
            item->setFont(ObjectColumn, link);
            item->setForeground(ObjectColumn, palette().brush(QPalette::Link));
            item->setToolTip(ObjectColumn, tr("Activate to show it in its pane"));
        }
    }
    m_objects->resizeColumnToContents(ObjectColumn);
    if (dryRun) {
        m_objects->resizeColumnToContents(DryRunColumn);
        m_objects->setColumnWidth(DryRunColumn, std::min(m_objects->columnWidth(DryRunColumn), 240));
    }
}

void ApplyWindow::runDryRun()
{
    if (m_busy || m_set.objects.isEmpty())
        return;
    m_busy = true;
    setStatus(tr("Asking the server…"), palette().color(QPalette::WindowText));
    updateButtons();
    m_session->cluster()->dryRun(orderedManifests(), this, [this](const QList<ObjectOutcome>& outcomes) {
        m_busy = false;
        showAnswers(outcomes, true);
        const auto refused = std::count_if(
            outcomes.cbegin(), outcomes.cend(), [](const ObjectOutcome& o) { return !o.ok(); });
        if (refused == 0)
            setStatus(tr("The server accepts every object."), wizardstyle::okColor(palette()));
        else
            setStatus(tr("The server refuses %n object(s).", nullptr, int(refused)),
                wizardstyle::errorColor(palette()));
        updateButtons();
        Q_EMIT answered();
    });
}

void ApplyWindow::apply(bool force)
{
    if (m_busy || m_set.objects.isEmpty())
        return;
    m_busy = true;
    setStatus(force ? tr("Applying, taking over the conflicting fields…") : tr("Applying…"),
        palette().color(QPalette::WindowText));
    updateButtons();
    m_session->cluster()->apply(orderedManifests(), force, this,
        [this](const QList<ObjectOutcome>& outcomes) { onApplied(outcomes, false); });
}

void ApplyWindow::create()
{
    if (m_busy || m_set.objects.isEmpty())
        return;
    m_busy = true;
    setStatus(tr("Creating…"), palette().color(QPalette::WindowText));
    updateButtons();
    m_session->cluster()->create(orderedManifests(), this,
        [this](const QList<ObjectOutcome>& outcomes) { onApplied(outcomes, true); });
}

void ApplyWindow::onApplied(const QList<ObjectOutcome>& outcomes, bool wasCreate)
{
    m_busy = false;
    showAnswers(outcomes, false);
    const bool allOk = outcomes.size() == m_set.objects.size()
        && std::all_of(outcomes.cbegin(), outcomes.cend(), [](const ObjectOutcome& o) { return o.ok(); });
    if (allOk) {
        setStatus(wasCreate ? tr("Created %n object(s).", nullptr, int(outcomes.size()))
                            : tr("Applied %n object(s).", nullptr, int(outcomes.size())),
            wizardstyle::okColor(palette()));
        startFollowing(answersOf(outcomes));
    } else {
        const ObjectOutcome failed = outcomes.isEmpty() ? ObjectOutcome() : outcomes.last();
        setStatus(tr("Stopped at %1: %2").arg(failed.resourceName(), failed.error().message()),
            wizardstyle::errorColor(palette()));
        if (failed.error().isApplyConflict()) {
            QStringList conflicts;
            for (const FieldConflict& conflict : failed.error().applyConflicts())
                conflicts.append(
                    tr("%1 is managed by %2", "field, field manager").arg(conflict.field, conflict.manager));
            showConflict(failed.resourceName(), conflicts);
        }
    }
    updateButtons();
    Q_EMIT answered();
}

void ApplyWindow::showConflict(const QString& object, const QStringList& conflicts)
{
    askToForceConflicts(this,
        tr("%1: other field managers own fields these manifests set. Force takes them over; the other "
           "managers may set them back.")
            .arg(object),
        conflicts, [this] { apply(true); });
}

void ApplyWindow::startFollowing(const QList<ServerAnswer>& applied)
{
    delete m_follow;
    m_follow = new FollowPanel(m_session->store(), applied, this);
    m_follow->setTexts(tr("Sent. What the cluster does with it:"),
        tr("You can close this window at any time; the objects stay."));
    connect(m_follow, &FollowPanel::linkActivated, this, &ApplyWindow::objectLinkActivated);
    // The Events of the first claim (the binder's), as they come.
    for (const ServerAnswer& answer : applied) {
        if (answer.kind == kindname::PersistentVolumeClaim) {
            m_follow->setEventStore(
                m_session->followEventsOf(answer.kind, answer.ns, answer.name, answer.uid, m_follow)
                    ->store());
            break;
        }
    }
    m_right->addWidget(m_follow);
}

void ApplyWindow::loadSchemas()
{
    m_schemaNote = tr("Schema not checked yet: reading the cluster's /openapi/v3…");
    if (!m_session->kubeClient()) {
        m_schemaNote = tr("Schema not checked: not connected to a cluster.");
        return;
    }
    loadClusterSchemas(m_session->kubeClient(),
        {QStringLiteral("api/v1"), QStringLiteral("apis/storage.k8s.io/v1"), QStringLiteral("apis/apps/v1")},
        this, [this](const ClusterSchemas& schemas) {
            switch (schemas.state) {
            case ClusterSchemas::State::Loaded:
                m_validator = schemas.validator;
                break;
            case ClusterSchemas::State::NotServed:
                m_schemaNote = tr("Schema not checked: the cluster does not publish /openapi/v3.");
                break;
            case ClusterSchemas::State::Failed:
                m_schemaNote = tr("Schema not checked: %1").arg(schemas.error.message());
                break;
            }
            recheck();
        });
}

void ApplyWindow::updateButtons()
{
    const bool connected = m_session->isConnected();
    const bool sendable = connected && !m_busy && !m_set.objects.isEmpty() && !m_set.error;
    const bool clean = sendable && !provisioning::hasErrors(m_set.checks);
    m_dryRun->setEnabled(sendable);
    m_apply->setEnabled(clean);
    m_create->setEnabled(clean);
    const QString why = !connected ? tr("Connect to a cluster first.")
        : m_set.error              ? tr("Fix the YAML first: %1").arg(m_set.error->toString())
        : !clean && sendable       ? tr("Fix the problems in the list of checks first.")
                                   : QString();
    for (QPushButton* b : {m_apply, m_create})
        b->setStatusTip(why);
}

void ApplyWindow::setStatus(const QString& text, const QColor& color)
{
    m_status->setText(text);
    wizardstyle::setTextColor(m_status, color);
}

void ApplyWindow::openWithDialog()
{
    auto* dialog = new QFileDialog(this, tr("Open YAML"));
    dialog->setObjectName(QStringLiteral("applyOpenDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    dialog->setNameFilters({tr("YAML and JSON files (*.yaml *.yml *.json)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList& paths) {
        QString error;
        if (!openFiles(paths, &error))
            QMessageBox::warning(this, tr("Open YAML"), error);
    });
    dialog->open();
}

} // namespace ase
