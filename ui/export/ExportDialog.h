// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/session/ExportJob.h"

#include <QDialog>
#include <QPointer>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QTextBrowser;
class QTimer;

namespace ase {

class Session;

/// File → Export…: what to export (the selection, the pane's rows, a namespace, everything),
/// with related objects or not, clean or raw, to one file or a folder; the summary of what
/// the export changes and why (each storage rule with the objects it touched) is kept
/// current as the choices change. Planning and writing run off the GUI thread
/// (ExportJob); Export shows progress with Cancel, asks before replacing a file or folder,
/// and reports what was written.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    /// What the window offers: the current pane's kind, its selected keys and the keys of
    /// the rows it shows, the namespace chosen in the toolbar (empty: all).
    struct Context
    {
        QString kind;
        QStringList selectedKeys;
        QStringList paneKeys;
        QString ns;
    };

    ExportDialog(Session* session, const Context& context, QWidget* parent = nullptr);
    ~ExportDialog() override;

    QRadioButton* scopeButton(ExportSelection::Scope scope) const;
    QComboBox* namespaceBox() const { return m_namespace; }
    QCheckBox* relatedBox() const { return m_related; }
    QCheckBox* rawBox() const { return m_raw; }
    QCheckBox* iotEdgeBox() const { return m_iotEdge; }
    QRadioButton* fileButton() const { return m_fileButton; }
    QRadioButton* folderButton() const { return m_folderButton; }
    QLineEdit* pathEdit() const { return m_path; }
    QPushButton* exportButton() const { return m_export; }
    QPushButton* cancelButton() const { return m_cancel; }
    QProgressBar* progressBar() const { return m_progress; }
    QTextBrowser* summary() const { return m_summary; }
    QLabel* reportLabel() const { return m_report; }
    /// The plan the summary shows (null until the first one is made).
    std::shared_ptr<const exporting::ExportPlan> plan() const { return m_plan; }
    /// The export in progress (null when none).
    ExportJob* job() const { return m_job; }
    /// The last export's result (status Failed and no path before the first).
    const exporting::ExportResult& lastResult() const { return m_lastResult; }

    /// Export: asks before replacing an existing target, then writes.
    void startExport();

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    /// The summary's plan is current.
    void planned();
    /// An export ended (written, canceled or failed): lastResult() says which.
    void exported();

private:
    /// The three choices: what (scope and namespace), how (related, raw, IoT Edge), where.
    QGroupBox* makeWhatBox();
    QGroupBox* makeHowBox();
    QGroupBox* makeWhereBox();
    /// The summary, progress, report and buttons.
    void setUpResultWidgets();
    void layOut(QGroupBox* what, QGroupBox* how, QGroupBox* where);
    void connectControls();
    ExportSelection selection() const;
    exporting::ExportOptions options() const;
    exporting::ExportTarget target(bool overwrite) const;
    void optionsChanged();
    void replan();
    void showSummary();
    void browse();
    void write(bool overwrite);
    void onWritten();
    void updateButtons();

    Session* m_session;
    Context m_context;
    QButtonGroup* m_scopes;
    QComboBox* m_namespace;
    QCheckBox* m_related;
    QCheckBox* m_raw;
    QCheckBox* m_iotEdge;
    QRadioButton* m_fileButton;
    QRadioButton* m_folderButton;
    QLineEdit* m_path;
    QPushButton* m_browse;
    QTextBrowser* m_summary;
    QProgressBar* m_progress;
    QLabel* m_report;
    QDialogButtonBox* m_buttons;
    QPushButton* m_export;
    QPushButton* m_cancel;
    QTimer* m_replanTimer;
    QPointer<ExportJob> m_planJob;
    QPointer<ExportJob> m_job;
    std::shared_ptr<const exporting::ExportPlan> m_plan;
    exporting::ExportResult m_lastResult;
    bool m_pathEdited = false; ///< the user typed or browsed a path: layout changes keep it
};

} // namespace ase
