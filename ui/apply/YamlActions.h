// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QMenu;

namespace ase {

class ApplyWindow;
class ExportDialog;
class MainWindow;
class Session;

/// The main window's YAML file actions, kept out of MainWindow: File → Export… (Ctrl+E)
/// and the panes' "Export…" entry open the ExportDialog on the current pane's selection;
/// File → Open YAML… (Ctrl+Shift+O) and YAML files dropped on the window open an
/// ApplyWindow. Both are non-modal, several may be open.
class YamlActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(YamlActions)

public:
    YamlActions(MainWindow* window, Session* session, QMenu* fileMenu);
    ~YamlActions() override;

    QAction* exportAction() const { return m_export; }
    QAction* openAction() const { return m_open; }

    /// Opens the export dialog on the current pane (its selection, its rows).
    ExportDialog* openExportDialog();
    /// Opens an Apply YAML window, with these files when given.
    ApplyWindow* openApplyWindow(const QStringList& paths = {});
    /// Adds "Export…" to a pane's context menu.
    void addToContextMenu(QMenu* menu);

    /// Local YAML/JSON files among dropped URLs.
    static QStringList yamlFiles(const QList<QUrl>& urls);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    MainWindow* m_window;
    Session* m_session;
    QAction* m_export;
    QAction* m_open;
};

} // namespace ase
