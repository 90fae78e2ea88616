// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/export/ExportDialog.h"

#include "app/session/Session.h"
#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"
#include "models/store/ResourceStore.h"
#include "ui/wizards/WizardStyle.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

using Scope = ExportSelection::Scope;

/// "Namespace: 1, PersistentVolumeClaim: 3": kinds are names, not nouns to pluralise.
QString countsByKind(const QMap<QString, int>& counts)
{
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts.append(ExportDialog::tr("%1: %2", "kind: count").arg(it.key()).arg(it.value()));
    return parts.join(QStringLiteral(", "));
}

QString objectList(const QStringList& objects, int shown = 6)
{
    QStringList names;
    for (qsizetype i = 0; i < objects.size() && i < shown; ++i)
        names.append(objects.at(i).toHtmlEscaped());
    QString text = names.join(QStringLiteral(", "));
    if (objects.size() > shown)
        text = ExportDialog::tr("%1 and %n more", nullptr, int(objects.size() - shown)).arg(text);
    return text;
}

} // namespace

ExportDialog::ExportDialog(Session* session, const Context& context, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_context(context)
    , m_scopes(new QButtonGroup(this))
    , m_namespace(new QComboBox(this))
    , m_related(new QCheckBox(tr("With &related objects: a claim's volume and class, a volume's claim, "
                                 "their namespaces"),
          this))
    , m_raw(new QCheckBox(tr("&Raw: as the server sent them (not cleaned; not for re-applying)"), this))
    , m_iotEdge(
          new QCheckBox(tr("&IoT Edge mounts of the shares (HostConfig.Mounts JSON, in iotedge/)"), this))
    , m_fileButton(new QRadioButton(tr("One multi-document &file"), this))
    , m_folderButton(new QRadioButton(tr("A f&older: one file per object and a Kustomization"), this))
    , m_path(new QLineEdit(this))
    , m_browse(new QPushButton(tr("&Browse…"), this))
    , m_summary(new QTextBrowser(this))
    , m_progress(new QProgressBar(this))
    , m_report(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
    , m_export(nullptr)
    , m_cancel(nullptr)
    , m_replanTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export YAML"));
    setAttribute(Qt::WA_DeleteOnClose, false);
    QGroupBox* what = makeWhatBox();
    QGroupBox* how = makeHowBox();
    QGroupBox* where = makeWhereBox();
    setUpResultWidgets();
    layOut(what, how, where);
    connectControls();
    replan();
}

QGroupBox* ExportDialog::makeWhatBox()
{
    auto* what = new QGroupBox(tr("What"), this);
    auto* whatLayout = new QVBoxLayout(what);
    const bool shares = m_context.kind == kindname::Share;
    const struct
    {
        Scope scope;
        QString text;
        QString name;
    } scopes[] = {
        {Scope::Selection,
            shares ? tr("The &selected shares (%n)", nullptr, int(m_context.selectedKeys.size()))
                   : tr("The &selected objects (%n)", nullptr, int(m_context.selectedKeys.size())),
            QStringLiteral("scopeSelection")},
        {Scope::PaneRows, tr("Every row the &pane shows (%n)", nullptr, int(m_context.paneKeys.size())),
            QStringLiteral("scopePane")},
        {Scope::Namespace, tr("Every claim of &namespace:"), QStringLiteral("scopeNamespace")},
        {Scope::Everything, tr("&Everything: namespaces, classes, volumes and claims"),
            QStringLiteral("scopeEverything")},
    };
    for (const auto& s : scopes) {
        auto* button = new QRadioButton(s.text, what);
        button->setObjectName(s.name);
        m_scopes->addButton(button, int(s.scope));
        if (s.scope == Scope::Namespace) {
            auto* row = new QHBoxLayout;
            row->addWidget(button);
            row->addWidget(m_namespace, 1);
            whatLayout->addLayout(row);
        } else {
            whatLayout->addWidget(button);
        }
    }
    m_namespace->setObjectName(QStringLiteral("exportNamespace"));
    m_namespace->setAccessibleName(tr("Namespace to export"));
    QStringList namespaces;
    for (const QJsonObject& ns : m_session->store()->objects(kindname::Namespace))
        namespaces.append(metafield::name(ns));
    namespaces.sort();
    m_namespace->addItems(namespaces);
    m_namespace->setCurrentText(m_context.ns);
    scopeButton(Scope::Selection)->setEnabled(!m_context.selectedKeys.isEmpty());
    scopeButton(Scope::PaneRows)->setEnabled(!m_context.paneKeys.isEmpty());
    scopeButton(Scope::Namespace)->setEnabled(!namespaces.isEmpty());
    if (!m_context.selectedKeys.isEmpty())
        scopeButton(Scope::Selection)->setChecked(true);
    else if (!m_context.ns.isEmpty())
        scopeButton(Scope::Namespace)->setChecked(true);
    else
        scopeButton(Scope::Everything)->setChecked(true);
    return what;
}

QGroupBox* ExportDialog::makeHowBox()
{
    const bool shares = m_context.kind == kindname::Share;
    auto* how = new QGroupBox(tr("How"), this);
    auto* howLayout = new QVBoxLayout(how);
    m_related->setObjectName(QStringLiteral("exportRelated"));
    m_related->setChecked(true);
    m_raw->setObjectName(QStringLiteral("exportRaw"));
    m_raw->setToolTip(tr("Clean YAML (the default) keeps what re-applies: no status, uid, resourceVersion or "
                         "managed fields, and the storage rules below. Raw keeps everything."));
    m_iotEdge->setObjectName(QStringLiteral("exportIotEdge"));
    m_iotEdge->setVisible(shares);
    m_iotEdge->setChecked(shares);
    howLayout->addWidget(m_related);
    howLayout->addWidget(m_raw);
    howLayout->addWidget(m_iotEdge);
    return how;
}

QGroupBox* ExportDialog::makeWhereBox()
{
    auto* where = new QGroupBox(tr("Where"), this);
    auto* whereLayout = new QVBoxLayout(where);
    m_fileButton->setObjectName(QStringLiteral("exportToFile"));
    m_folderButton->setObjectName(QStringLiteral("exportToFolder"));
    m_fileButton->setChecked(true);
    auto* layouts = new QButtonGroup(this);
    layouts->addButton(m_fileButton);
    layouts->addButton(m_folderButton);
    whereLayout->addWidget(m_fileButton);
    whereLayout->addWidget(m_folderButton);
    auto* pathRow = new QHBoxLayout;
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_path->setAccessibleName(tr("File or folder to write"));
    m_path->setClearButtonEnabled(true);
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(
        QDir(documents.isEmpty() ? QDir::homePath() : documents).filePath(QStringLiteral("export.yaml")));
    m_browse->setAutoDefault(false);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    whereLayout->addLayout(pathRow);
    return where;
}

void ExportDialog::setUpResultWidgets()
{
    m_summary->setObjectName(QStringLiteral("exportSummary"));
    m_summary->setAccessibleName(tr("What the export writes, what it changes and why"));
    m_summary->setOpenLinks(false);
    m_summary->setMinimumHeight(200);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setVisible(false);
    m_progress->setTextVisible(true);
    m_report->setObjectName(QStringLiteral("exportReport"));
    m_report->setWordWrap(true);
    m_report->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_report->setVisible(false);
    m_export = m_buttons->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    m_cancel = m_buttons->addButton(QDialogButtonBox::Close);
    m_cancel->setObjectName(QStringLiteral("exportCancel"));
}

void ExportDialog::layOut(QGroupBox* what, QGroupBox* how, QGroupBox* where)
{
    auto* left = new QVBoxLayout;
    left->addWidget(what);
    left->addWidget(how);
    left->addWidget(where);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(wizardstyle::heading(tr("Summary: what is written, what is changed and why"), this));
    right->addWidget(m_summary, 1);
    auto* columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_report);
    layout->addWidget(m_buttons);
    resize(980, 600);
}

void ExportDialog::connectControls()
{
    connect(m_export, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancel, &QPushButton::clicked, this, &ExportDialog::reject);
    m_replanTimer->setSingleShot(true);
    m_replanTimer->setInterval(120);
    connect(m_replanTimer, &QTimer::timeout, this, &ExportDialog::replan);
    connect(m_scopes, &QButtonGroup::idToggled, this, &ExportDialog::optionsChanged);
    connect(m_namespace, &QComboBox::currentIndexChanged, this, [this] {
        scopeButton(Scope::Namespace)->setChecked(true);
        optionsChanged();
    });
    for (QCheckBox* box : {m_related, m_raw, m_iotEdge})
        connect(box, &QCheckBox::toggled, this, &ExportDialog::optionsChanged);
    connect(m_folderButton, &QRadioButton::toggled, this, [this](bool folder) {
        // Follow the layout with the proposed name until the user chose one.
        QString path = m_path->text();
        if (folder && path.endsWith(QStringLiteral(".yaml")))
            path.chop(5);
        else if (!folder && !path.endsWith(QStringLiteral(".yaml")))
            path += QStringLiteral(".yaml");
        if (!m_pathEdited)
            m_path->setText(path);
        optionsChanged();
    });
    connect(m_path, &QLineEdit::textEdited, this, [this] {
        m_pathEdited = true;
        updateButtons();
    });
    connect(m_browse, &QPushButton::clicked, this, &ExportDialog::browse);
}

ExportDialog::~ExportDialog()
{
    if (m_job)
        m_job->cancel();
}

QRadioButton* ExportDialog::scopeButton(ExportSelection::Scope scope) const
{
    return qobject_cast<QRadioButton*>(m_scopes->button(int(scope)));
}

ExportSelection ExportDialog::selection() const
{
    ExportSelection s;
    s.scope = Scope(m_scopes->checkedId());
    s.kind = m_context.kind;
    s.keys = s.scope == Scope::Selection ? m_context.selectedKeys : m_context.paneKeys;
    s.ns = m_namespace->currentText();
    return s;
}

exporting::ExportOptions ExportDialog::options() const
{
    exporting::ExportOptions o;
    o.clean = !m_raw->isChecked();
    o.related = m_related->isChecked();
    return o;
}

exporting::ExportTarget ExportDialog::target(bool overwrite) const
{
    exporting::ExportTarget t;
    t.layout
        = m_folderButton->isChecked() ? exporting::ExportLayout::Folder : exporting::ExportLayout::SingleFile;
    t.path = m_path->text().trimmed();
    t.overwrite = overwrite;
    return t;
}

void ExportDialog::optionsChanged()
{
    m_iotEdge->setEnabled(m_folderButton->isChecked());
    m_iotEdge->setToolTip(m_folderButton->isChecked()
            ? tr("Writes iotedge/<share>.json: the module's container create options that mount the share.")
            : tr("Choose a folder to write the IoT Edge mounts next to the YAML."));
    m_replanTimer->start();
    updateButtons();
}

void ExportDialog::replan()
{
    if (m_planJob)
        m_planJob->deleteLater(); // its thread stops on its own
    ExportSources sources = exportSources(*m_session->store(), selection());
    if (!(m_iotEdge->isChecked() && m_iotEdge->isEnabled() && m_iotEdge->isVisible()))
        sources.shares.clear();
    m_planJob = new ExportJob(std::move(sources), options(), std::nullopt, this);
    ExportJob* job = m_planJob;
    connect(job, &ExportJob::finished, this, [this, job] {
        if (job != m_planJob)
            return;
        m_plan = job->plan();
        job->deleteLater();
        showSummary();
        updateButtons();
        Q_EMIT planned();
    });
    job->start();
}

void ExportDialog::showSummary()
{
    if (!m_plan)
        return;
    const exporting::ExportPlan& plan = *m_plan;
    QString html;
    const QMap<QString, int> counts = plan.countsByKind();
    if (counts.isEmpty()) {
        html += u"<p>"_s + tr("Nothing to export: choose other objects.") + u"</p>"_s;
    } else {
        html += u"<p><b>"_s + tr("%n object(s) to write:", nullptr, int(plan.objects.size())) + u"</b> "_s
            + countsByKind(counts).toHtmlEscaped() + u"</p>"_s;
    }
    html += u"<p>"_s
        + (m_raw->isChecked()
                ? tr("Raw: every field as the server sent it (status, uid, resourceVersion, managed fields). "
                     "Not meant to be applied elsewhere.")
                : tr("Clean: status, uid, resourceVersion, creation time, managed fields, finalizers and "
                     "owner references are removed; they belong to this cluster."))
              .toHtmlEscaped()
        + u"</p>"_s;
    const QList<exporting::RuleSummary> rules = plan.ruleSummaries();
    if (!rules.isEmpty()) {
        html += u"<p><b>"_s + tr("What is changed or kept, and why").toHtmlEscaped() + u"</b></p><ul>"_s;
        for (const exporting::RuleSummary& rule : rules)
            html += u"<li>"_s + rule.text.toHtmlEscaped() + u"<br><i>"_s + objectList(rule.objects)
                + u"</i></li>"_s;
        html += u"</ul>"_s;
    }
    if (!plan.skipped.isEmpty())
        html += u"<p>"_s
            + tr("Never exported (Secrets never leave the cluster through this app): %1")
                  .arg(plan.skipped.join(QStringLiteral(", ")))
                  .toHtmlEscaped()
            + u"</p>"_s;
    if (!plan.attachments.isEmpty()) {
        QStringList files;
        for (const exporting::ExportAttachment& a : plan.attachments)
            files.append(a.path);
        html += u"<p>"_s + tr("IoT Edge mounts: %1").arg(files.join(QStringLiteral(", "))).toHtmlEscaped()
            + u"</p>"_s;
    }
    m_summary->setHtml(html);
}

void ExportDialog::browse()
{
    const bool folder = m_folderButton->isChecked();
    auto* dialog = new QFileDialog(this, folder ? tr("Export to a new folder") : tr("Export to a file"),
        QFileInfo(m_path->text()).absolutePath());
    dialog->setObjectName(QStringLiteral("exportBrowse"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    if (folder) {
        dialog->setFileMode(QFileDialog::AnyFile);
        dialog->setNameFilter(tr("Folders (*)"));
    } else {
        dialog->setNameFilters({tr("YAML files (*.yaml *.yml)"), tr("All files (*)")});
        dialog->setDefaultSuffix(QStringLiteral("yaml"));
    }
    // The overwrite question is the dialog's own (it covers folders too).
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->selectFile(QFileInfo(m_path->text()).fileName());
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) {
        m_path->setText(QDir::toNativeSeparators(path));
        m_pathEdited = true;
        updateButtons();
    });
    dialog->open();
}

void ExportDialog::startExport()
{
    if (m_job || m_path->text().trimmed().isEmpty())
        return;
    const exporting::ExportTarget t = target(false);
    if (!exporting::exportTargetExists(t)) {
        write(false);
        return;
    }
    const bool isFolder = QFileInfo(t.path).isDir();
    auto* box = new QMessageBox(QMessageBox::Question,
        isFolder ? tr("Replace the folder?") : tr("Replace the file?"),
        isFolder ? tr("%1 exists. Replace the whole folder with this export?")
                       .arg(QDir::toNativeSeparators(t.path))
                 : tr("%1 exists. Replace it with this export?").arg(QDir::toNativeSeparators(t.path)),
        QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("overwriteQuestion"));
    box->setInformativeText(tr("The old one stays as it is until the new one is completely written."));
    QPushButton* replace = box->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    replace->setObjectName(QStringLiteral("replaceButton"));
    QPushButton* keep = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, box, replace] {
        if (box->clickedButton() == replace)
            write(true);
    });
    box->open();
}

void ExportDialog::write(bool overwrite)
{
    ExportSources sources = exportSources(*m_session->store(), selection());
    if (!(m_iotEdge->isChecked() && m_iotEdge->isEnabled() && m_iotEdge->isVisible()))
        sources.shares.clear();
    m_job = new ExportJob(std::move(sources), options(), target(overwrite), this);
    m_progress->setRange(0, 0);
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_report->setVisible(false);
    connect(m_job, &ExportJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setRange(0, int(total));
        m_progress->setValue(int(done));
        m_progress->setFormat(tr("%1 of %2 objects written").arg(done).arg(total));
    });
    connect(m_job, &ExportJob::finished, this, &ExportDialog::onWritten);
    m_job->start();
    updateButtons();
}

void ExportDialog::onWritten()
{
    ExportJob* job = m_job;
    m_job = nullptr;
    m_lastResult = job->result();
    job->deleteLater();
    m_progress->setVisible(false);
    m_report->setVisible(true);
    using Status = exporting::ExportResult::Status;
    switch (m_lastResult.status) {
    case Status::Written: {
        m_report->setText(
            tr("Written: %1 to %2 (%n file(s)).", nullptr, m_lastResult.files)
                .arg(countsByKind(m_lastResult.counts), QDir::toNativeSeparators(m_lastResult.path)));
        wizardstyle::setTextColor(m_report, wizardstyle::okColor(palette()));
        break;
    }
    case Status::Canceled:
        m_report->setText(tr("Canceled: nothing was written."));
        wizardstyle::setTextColor(m_report, wizardstyle::warningColor(palette()));
        break;
    case Status::Exists:
        m_report->setText(tr("%1 exists; nothing was written.").arg(m_path->text()));
        wizardstyle::setTextColor(m_report, wizardstyle::warningColor(palette()));
        break;
    case Status::Failed:
        m_report->setText(tr("Not written: %1").arg(m_lastResult.error));
        wizardstyle::setTextColor(m_report, wizardstyle::errorColor(palette()));
        break;
    }
    updateButtons();
    Q_EMIT exported();
}

void ExportDialog::updateButtons()
{
    const bool running = m_job != nullptr;
    const bool empty = !m_plan || m_plan->objects.isEmpty();
    m_export->setEnabled(!running && !empty && !m_path->text().trimmed().isEmpty());
    m_cancel->setText(running ? tr("&Cancel") : tr("&Close"));
    for (QWidget* w : std::initializer_list<QWidget*> {
             m_fileButton, m_folderButton, m_path, m_browse, m_related, m_raw, m_iotEdge, m_namespace})
        w->setEnabled(!running && (w != m_iotEdge || m_folderButton->isChecked()));
    for (QAbstractButton* b : m_scopes->buttons())
        b->setEnabled(!running && (b != scopeButton(Scope::Selection) || !m_context.selectedKeys.isEmpty())
            && (b != scopeButton(Scope::PaneRows) || !m_context.paneKeys.isEmpty())
            && (b != scopeButton(Scope::Namespace) || m_namespace->count() > 0));
}

void ExportDialog::reject()
{
    if (m_job) {
        m_job->cancel(); // finished() follows, with Canceled
        return;
    }
    QDialog::reject();
}

} // namespace ase
