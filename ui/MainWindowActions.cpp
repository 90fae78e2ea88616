// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/MainWindowActions.h"

#include "ui/UiLog.h"

#include "app/session/ClusterOperations.h"
#include "app/session/RecentConnections.h"
#include "app/session/Session.h"
#include "models/itemmodels/DeletionImpact.h"
#include "models/itemmodels/ObjectSummary.h"
#include "models/itemmodels/StorageTableModels.h"
#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"
#include "models/resources/Yaml.h"
#include "models/store/ResourceStore.h"
#include "ui/AboutInfo.h"
#include "ui/ConnectionDialog.h"
#include "ui/DetailsPanel.h"
#include "ui/DeviceConnectionPage.h"
#include "ui/MainWindow.h"
#include "ui/ResourcePane.h"
#include "ui/Theme.h"
#include "ui/WelcomePage.h"
#include "ui/apply/YamlActions.h"
#include "ui/graph/BindingInspector.h"
#include "ui/shares/ShareActions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

namespace ase {

MainWindowActions::MainWindowActions(Session* session, MainWindow* window)
    : QObject(window)
    , m_session(session)
    , m_store(session->store())
    , m_window(window)
{
    Q_ASSERT(m_session && m_window);
    connect(m_session, &Session::connectionChanged, this, &MainWindowActions::updateConnectionRules);
}

MainWindowActions::~MainWindowActions() = default;

void MainWindowActions::createMenus(const QList<PaneEntry>& panes, QWidget* namespaceBox, QWidget* paneArea)
{
    for (const PaneEntry& pane : panes)
        m_paneKinds.append(pane.kind);
    createFileMenu(m_window->menuBar()->addMenu(tr("&File")));
    createEditMenu(m_window->menuBar()->addMenu(tr("&Edit")), paneArea);
    createViewMenu(m_window->menuBar()->addMenu(tr("&View")), panes);

    QMenu* help = m_window->menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About ASE Storage Manager"));
    about->setMenuRole(QAction::AboutRole);
    about->setObjectName(QStringLiteral("actionAbout"));
    connect(about, &QAction::triggered, this, &MainWindowActions::showAbout);

    QToolBar* toolbar = m_window->addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->addAction(m_connect);
    toolbar->addAction(m_refresh);
    toolbar->addAction(m_newStaticClaim);
    toolbar->addAction(m_newDynamicClaim);
    toolbar->addSeparator();
    auto* nsLabel = new QLabel(tr("&Namespace:"), toolbar);
    nsLabel->setBuddy(namespaceBox);
    toolbar->addWidget(nsLabel);
    toolbar->addWidget(namespaceBox);

    updateConnectionRules();
    updateDeleteRule();
}

void MainWindowActions::createFileMenu(QMenu* file)
{
    m_connect = file->addAction(tr("&Connect…"));
    m_connect->setObjectName(QStringLiteral("actionConnect"));
    m_connect->setShortcut(QKeySequence::Open);
    connect(m_connect, &QAction::triggered, this, [this] { openConnectionDialog(false); });
    QAction* demo = file->addAction(tr("Connect to the De&mo Device"));
    demo->setObjectName(QStringLiteral("actionDemo"));
    connect(demo, &QAction::triggered, m_session, &Session::connectDemo);
    createRecentMenu(file);
    QAction* disconnectAction = file->addAction(tr("&Disconnect"));
    connect(disconnectAction, &QAction::triggered, m_session, &Session::disconnectAll);
    file->addSeparator();
    m_newStaticClaim = file->addAction(tr("New Claim from a &Share…"));
    m_newStaticClaim->setObjectName(QStringLiteral("actionNewStaticClaim"));
    m_newStaticClaim->setShortcut(QKeySequence::New);
    m_newStaticClaim->setToolTip(
        tr("Create a PersistentVolumeClaim bound to a device share or an existing volume"));
    connect(m_newStaticClaim, &QAction::triggered, this, [this] { m_window->openStaticClaimWizard({}, {}); });
    m_newDynamicClaim = file->addAction(tr("New Claim from a Storage&Class…"));
    m_newDynamicClaim->setObjectName(QStringLiteral("actionNewDynamicClaim"));
    m_newDynamicClaim->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    m_newDynamicClaim->setToolTip(
        tr("Create a PersistentVolumeClaim that a StorageClass's provisioner makes a volume "
           "for, and optionally a workload that uses it"));
    connect(m_newDynamicClaim, &QAction::triggered, this, [this] { m_window->openDynamicClaimWizard({}); });
    // The device's shares, users and credentials (ui/shares).
    m_shareActions = new ShareActions(m_session, m_window);
    file->addAction(m_shareActions->newShareAction());
    file->addAction(m_shareActions->accountsAction());
    connect(m_shareActions, &ShareActions::statusMessage, this, &MainWindowActions::statusMessage);
    connect(m_shareActions, &ShareActions::wizardOpened, this, &MainWindowActions::wizardOpened);
    connect(m_shareActions, &ShareActions::claimShareRequested, this,
        [this](const QString& share) { m_window->openStaticClaimWizard(kindname::Share, share); });
    file->addSeparator();
    m_yamlActions = new YamlActions(m_window, m_session, file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, m_window, &QWidget::close);
}

void MainWindowActions::createEditMenu(QMenu* edit, QWidget* paneArea)
{
    QAction* copyName = edit->addAction(tr("&Copy Name"));
    copyName->setShortcut(QKeySequence::Copy);
    copyName->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyName, &QAction::triggered, this, &MainWindowActions::copySelectedNames);
    paneArea->addAction(copyName);
    QAction* copyYaml = edit->addAction(tr("Copy &YAML"));
    copyYaml->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(copyYaml, &QAction::triggered, this, &MainWindowActions::copyShownYaml);
    m_delete = edit->addAction(tr("&Delete…"));
    m_delete->setObjectName(QStringLiteral("actionDelete"));
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_delete, &QAction::triggered, this, &MainWindowActions::deleteCurrent);
    paneArea->addAction(m_delete);
}

void MainWindowActions::createViewMenu(QMenu* view, const QList<PaneEntry>& panes)
{
    int number = 1;
    for (const PaneEntry& pane : panes) {
        QAction* show = view->addAction(pane.title);
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
        connect(show, &QAction::triggered, this, [this, kind = pane.kind] { Q_EMIT paneRequested(kind); });
    }
    view->addSeparator();
    BindingInspector* inspector = m_window->inspector();
    Q_ASSERT(inspector); // made before the actions
    QAction* toggleInspector = inspector->toggleViewAction();
    toggleInspector->setText(tr("&Binding Inspector"));
    toggleInspector->setObjectName(QStringLiteral("actionBindingInspector"));
    toggleInspector->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    view->addAction(toggleInspector);
    QAction* why = view->addAction(tr("&Why Pending?"), inspector, &BindingInspector::showWhyPending);
    why->setObjectName(QStringLiteral("actionWhyPending"));
    why->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    view->addSeparator();
    QAction* filter = view->addAction(tr("&Filter"));
    filter->setShortcut(QKeySequence::Find);
    connect(filter, &QAction::triggered, this, [this] {
        if (m_pane)
            m_pane->focusFilter();
    });
    QMenu* themes = view->addMenu(tr("&Theme"));
    auto* themeGroup = new QActionGroup(themes);
    const QString currentTheme = QSettings().value(QStringLiteral("view/theme")).toString();
    for (const auto& [theme, title] : {std::pair {Theme::System, tr("&System")},
             std::pair {Theme::Light, tr("&Light")}, std::pair {Theme::Dark, tr("&Dark")}}) {
        QAction* action = themes->addAction(title);
        action->setCheckable(true);
        action->setChecked(
            themeName(theme) == currentTheme || (theme == Theme::System && currentTheme.isEmpty()));
        themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [theme] {
            QSettings().setValue(QStringLiteral("view/theme"), themeName(theme));
            applyTheme(theme);
        });
    }
    m_refresh = view->addAction(tr("&Refresh"));
    m_refresh->setShortcut(QKeySequence::Refresh);
    connect(m_refresh, &QAction::triggered, m_session, &Session::refresh);
}

void MainWindowActions::setCurrentPane(ResourcePane* pane)
{
    m_pane = pane;
    updateDeleteRule();
}

void MainWindowActions::updateConnectionRules()
{
    // The wizards need a connection to read the shares, volumes and classes they offer.
    const bool connected = m_session->isConnected();
    if (m_newStaticClaim)
        m_newStaticClaim->setEnabled(connected);
    if (m_newDynamicClaim)
        m_newDynamicClaim->setEnabled(connected);
}

void MainWindowActions::updateDeleteRule()
{
    if (!m_delete)
        return;
    // A share is the device's: deleting it is a device operation, not a cluster delete.
    const bool share = m_pane && m_pane->kind() == kindname::Share;
    m_delete->setEnabled(!m_pane.isNull());
    const QString why = share ? tr("Delete the selected share from the device.")
                              : tr("Delete the selected object from the cluster.");
    m_delete->setToolTip(why);
    m_delete->setStatusTip(why);
}

void MainWindowActions::deleteCurrent()
{
    if (!m_pane || m_pane->currentKey().isEmpty())
        return;
    if (m_pane->kind() == kindname::Share)
        m_shareActions->deleteShare(m_pane->currentKey());
    else
        confirmDelete(m_pane->kind(), m_pane->currentKey());
}

void MainWindowActions::copySelectedNames()
{
    if (!m_pane)
        return;
    QStringList names;
    for (const QModelIndex& index : m_pane->view()->selectionModel()->selectedRows())
        names.append(index.data(ResourceTableModel::NameRole).toString());
    if (!names.isEmpty())
        QApplication::clipboard()->setText(names.join(u'\n'));
}

void MainWindowActions::copyShownYaml()
{
    const DetailsPanel* details = m_window->details();
    const QJsonObject object = m_store->object(details->kind(), details->key());
    if (!object.isEmpty())
        QApplication::clipboard()->setText(QString::fromUtf8(toYaml(object)));
}

void MainWindowActions::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("About ASE Storage Manager"), AboutInfo::aboutHtml(),
        QMessageBox::Close, m_window);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(m_window->windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setTextInteractionFlags(Qt::TextBrowserInteraction);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindowActions::openConnectionDialog(bool deviceTab)
{
    ConnectionDialog dialog(m_session, m_window);
    if (deviceTab)
        dialog.tabs()->setCurrentWidget(dialog.devicePage());
    dialog.exec();
}

void MainWindowActions::createRecentMenu(QMenu* file)
{
    m_recentMenu = file->addMenu(tr("&Recent Connections"));
    m_recentMenu->setObjectName(QStringLiteral("recentConnections"));
    updateRecentMenu();
    connect(m_session, &Session::connectionChanged, this, &MainWindowActions::rememberConnection);
}

void MainWindowActions::updateRecentMenu()
{
    m_recentMenu->clear();
    QSettings settings;
    const RecentConnections recent(settings);
    int number = 1;
    for (const ConnectionTarget& target : recent.targets()) {
        // "&1 The demo device": the number is the menu's accelerator.
        QAction* action = m_recentMenu->addAction(tr("&%1 %2").arg(number++).arg(target.title()));
        connect(action, &QAction::triggered, this, [this, target] { connectToRecent(target); });
    }
    if (recent.targets().isEmpty())
        m_recentMenu->addAction(tr("No recent connections"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction* clear = m_recentMenu->addAction(tr("&Clear the List"), this, [this] {
        QSettings settings;
        RecentConnections(settings).clear();
        updateRecentMenu();
    });
    clear->setEnabled(!recent.targets().isEmpty());
}

void MainWindowActions::rememberConnection()
{
    const ConnectionTarget target = m_session->target();
    if (!m_session->isConnected() || !target.isValid())
        return;
    QSettings settings;
    RecentConnections recent(settings);
    if (recent.last() == target)
        return;
    recent.add(target);
    updateRecentMenu();
}

void MainWindowActions::connectToRecent(const ConnectionTarget& target)
{
    const ApiError error = m_session->connectTo(target);
    if (error.ok())
        return;
    m_window->welcomePage()->showMessage(
        tr("Could not connect to %1: %2").arg(target.title(), error.message()));
    Q_EMIT statusMessage(tr("Could not connect to %1.").arg(target.title()), 5000);
}

bool MainWindowActions::reconnectLast()
{
    QSettings settings;
    const ConnectionTarget last = RecentConnections(settings).last();
    if (!last.isValid())
        return false;
    connectToRecent(last);
    return m_session->target() == last;
}

void MainWindowActions::fillContextMenu(const QString& kind, const QString& key, QMenu* menu)
{
    const QJsonObject object = m_store->object(kind, key);
    const QString name = metafield::name(object);
    menu->addAction(tr("Copy &Name"), this, [name] { QApplication::clipboard()->setText(name); });
    menu->addAction(tr("Copy &YAML"), this,
        [object] { QApplication::clipboard()->setText(QString::fromUtf8(toYaml(object))); });
    const QList<SummaryField> fields = summarizeObject(kind, object, *m_store);
    for (const SummaryField& field : fields) {
        for (const SummaryLink& link : field.links) {
            if (!m_paneKinds.contains(link.kind))
                continue;
            menu->addAction(tr("Open %1 %2").arg(field.label, link.text), this,
                [this, link] { m_window->openObject(link.kind, link.key); });
        }
    }
    if (kind == kindname::PersistentVolumeClaim) {
        menu->addSeparator();
        menu->addAction(tr("&Why Pending?"), this, [this, key] {
            m_window->inspector()->followSelection(kindname::PersistentVolumeClaim, key);
            m_window->inspector()->showWhyPending();
        });
    }
    if (kind == kindname::Share || kind == kindname::PersistentVolume) {
        const bool share = kind == kindname::Share;
        menu->addSeparator();
        QAction* claim = menu->addAction(share ? tr("C&laim This Share…") : tr("C&laim This Volume…"), this,
            [this, kind, key] { m_window->openStaticClaimWizard(kind, key); });
        claim->setObjectName(
            share ? QStringLiteral("actionClaimShare") : QStringLiteral("actionClaimVolume"));
    }
    if (kind == kindname::StorageClass) {
        menu->addSeparator();
        QAction* use = menu->addAction(
            tr("&Use This Class…"), this, [this, key] { m_window->openDynamicClaimWizard(key); });
        use->setObjectName(QStringLiteral("actionUseClass"));
    }
    if (kind == kindname::Share)
        m_shareActions->fillContextMenu(key, menu);
    menu->addSeparator();
    // Export acts on the selection of the object's pane: only kinds with a pane (a pod
    // chosen in the graph would export the pane's selection instead).
    if (m_paneKinds.contains(kind))
        m_yamlActions->addToContextMenu(menu);
    menu->addAction(tr("&Refresh"), m_session, &Session::refresh);
    if (kind != kindname::Share) {
        menu->addSeparator();
        menu->addAction(tr("&Delete…"), this, [this, kind, key] { confirmDelete(kind, key); });
    }
}

void MainWindowActions::confirmDelete(const QString& kind, const QString& key)
{
    const QJsonObject object = m_store->object(kind, key);
    if (object.isEmpty() || kind == kindname::Share)
        return;
    const DeletionImpact impact = assessDeletion(kind, object, *m_store);
    qCDebug(lcUi).noquote() << "asking to delete" << kind << key << "destroys data:" << impact.destroysData;
    QMessageBox box(m_window);
    box.setObjectName(QStringLiteral("confirmDelete"));
    box.setIcon(impact.destroysData ? QMessageBox::Warning : QMessageBox::Question);
    box.setWindowTitle(tr("Delete %1?").arg(key));
    box.setText(tr("Delete %1 %2?").arg(kind, key));
    box.setInformativeText(impact.consequences.join(QStringLiteral("\n\n")));
    QPushButton* deleteButton = box.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != deleteButton)
        return;
    // Only the object the user confirmed: not a namesake created since (uid precondition).
    m_session->cluster()->deleteObject(
        kind, key, metafield::uid(object), this, [this, key](const ApiError& error) {
            if (error.ok())
                Q_EMIT statusMessage(tr("Deleting %1…").arg(key), 5000);
            else
                QMessageBox::warning(m_window, tr("Delete failed"), error.message());
        });
}

} // namespace ase
