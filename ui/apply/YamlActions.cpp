// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/apply/YamlActions.h"

#include "app/session/Session.h"
#include "models/itemmodels/ResourceTableModel.h"
#include "ui/MainWindow.h"
#include "ui/ResourcePane.h"
#include "ui/apply/ApplyWindow.h"
#include "ui/export/ExportDialog.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QTableView>
#include <QUrl>

namespace ase {

YamlActions::YamlActions(MainWindow* window, Session* session, QMenu* fileMenu)
    : QObject(window)
    , m_window(window)
    , m_session(session)
    , m_export(fileMenu->addAction(tr("&Export…")))
    , m_open(fileMenu->addAction(tr("&Open YAML…")))
{
    m_export->setObjectName(QStringLiteral("actionExport"));
    m_export->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_export->setToolTip(
        tr("Export the selection, the pane's rows, a namespace or everything as clean YAML"));
    connect(m_export, &QAction::triggered, this, &YamlActions::openExportDialog);
    m_open->setObjectName(QStringLiteral("actionOpenYaml"));
    m_open->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_open->setToolTip(tr("Open YAML files, check them, dry-run and apply them"));
    connect(m_open, &QAction::triggered, this, [this] { openApplyWindow(); });
    const auto follow = [this] { m_export->setEnabled(m_session->isConnected()); };
    connect(m_session, &Session::connectionChanged, this, follow);
    follow();
    m_window->setAcceptDrops(true);
    m_window->installEventFilter(this);
}

YamlActions::~YamlActions() = default;

ExportDialog* YamlActions::openExportDialog()
{
    ExportDialog::Context context;
    context.ns = m_window->namespaceBox()->currentData().toString();
    if (ResourcePane* pane = m_window->currentPane()) {
        context.kind = pane->kind();
        for (const QModelIndex& index : pane->view()->selectionModel()->selectedRows())
            context.selectedKeys.append(index.data(ResourceTableModel::KeyRole).toString());
        const QAbstractItemModel* rows = pane->view()->model();
        context.paneKeys.reserve(rows->rowCount());
        for (int row = 0; row < rows->rowCount(); ++row)
            context.paneKeys.append(rows->index(row, 0).data(ResourceTableModel::KeyRole).toString());
    }
    auto* dialog = new ExportDialog(m_session, context, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
    return dialog;
}

ApplyWindow* YamlActions::openApplyWindow(const QStringList& paths)
{
    auto* window = new ApplyWindow(m_session, m_window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    connect(window, &ApplyWindow::objectLinkActivated, m_window, &MainWindow::openObject);
    QString error;
    if (!paths.isEmpty() && !window->openFiles(paths, &error))
        QMessageBox::warning(m_window, tr("Open YAML"), error);
    window->show();
    window->raise();
    window->activateWindow();
    return window;
}

void YamlActions::addToContextMenu(QMenu* menu)
{
    menu->addAction(m_export);
}

QStringList YamlActions::yamlFiles(const QList<QUrl>& urls)
{
    QStringList files;
    for (const QUrl& url : urls) {
        if (!url.isLocalFile())
            continue;
        const QString suffix = QFileInfo(url.toLocalFile()).suffix().toLower();
        if (suffix == u"yaml" || suffix == u"yml" || suffix == u"json")
            files.append(url.toLocalFile());
    }
    return files;
}

bool YamlActions::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::DragEnter) {
        auto* drag = static_cast<QDragEnterEvent*>(event);
        if (drag->mimeData()->hasUrls() && !yamlFiles(drag->mimeData()->urls()).isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    } else if (watched == m_window && event->type() == QEvent::Drop) {
        auto* drop = static_cast<QDropEvent*>(event);
        const QStringList files
            = drop->mimeData()->hasUrls() ? yamlFiles(drop->mimeData()->urls()) : QStringList();
        if (!files.isEmpty()) {
            drop->acceptProposedAction();
            openApplyWindow(files);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace ase
