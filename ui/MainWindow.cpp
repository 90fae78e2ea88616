// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/MainWindow.h"

#include "ui/UiLog.h"

#include "app/session/ClusterOperations.h"
#include "app/session/Session.h"
#include "models/itemmodels/StorageTableModels.h"
#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"
#include "models/store/ResourceStore.h"
#include "ui/DetailsPanel.h"
#include "ui/DeviceSignInDialog.h"
#include "ui/MainWindowActions.h"
#include "ui/NavigationView.h"
#include "ui/ResourcePane.h"
#include "ui/WelcomePage.h"
#include "ui/apply/YamlActions.h"
#include "ui/graph/BindingInspector.h"
#include "ui/graph/GraphPanel.h"
#include "ui/shares/ShareActions.h"
#include "ui/wizards/DynamicClaimWizard.h"
#include "ui/wizards/StaticClaimWizard.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace ase {

MainWindow::MainWindow(Session* session, QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_store(session->store())
    , m_navigation(new NavigationView(this))
    , m_stack(new QStackedWidget(this))
    , m_emptyState(nullptr)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_details(new DetailsPanel(m_store, session->eventStore(), this))
    , m_namespaceBox(new QComboBox(this))
    , m_connectionLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/app-icon.svg")));
    createWelcomePage();
    createPanes();
    m_inspector = new BindingInspector(session, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_inspector);
    m_inspector->attach(this);
    connect(m_inspector, &BindingInspector::consumerRequested, this,
        [this](const QString& ns, const QString& name) {
            showWizard(DynamicClaimWizard::forConsumerOf(m_session, ns, name, this));
        });
    createActions();

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->addWidget(m_navigation);
    m_splitter->addWidget(m_stack);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setStretchFactor(2, 2);
    m_splitter->setSizes({260, 740, 460});
    m_splitter->setChildrenCollapsible(false);
    setCentralWidget(m_splitter);

    m_connectionLabel->setObjectName(QStringLiteral("connectionState"));
    statusBar()->addPermanentWidget(m_connectionLabel, 1);

    connect(m_navigation, &NavigationView::kindActivated, this, &MainWindow::showPane);
    connectDetails();
    m_deviceSignIn = new DeviceSignInDialog(m_session, this);
    connect(m_session, &Session::connectionChanged, this, &MainWindow::updateConnectionState);
    connect(m_session, &Session::kindStateChanged, this, &MainWindow::updateConnectionState);
    connect(m_session, &Session::failed, this, [this](const QString& message) {
        updateConnectionState();
        QMessageBox::warning(this, tr("Connection failed"), message);
    });
    connect(m_store, &ResourceStore::changed, this, [this](const QString& kind) {
        if (kind == kindname::Namespace)
            updateNamespaces();
    });
    connect(m_store, &ResourceStore::cleared, this, &MainWindow::updateNamespaces);

    restoreWindowState();
    updateNamespaces();
    updateConnectionState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_actions = new MainWindowActions(m_session, this);
    // A node's context menu in the graph has the same object actions as a pane's row.
    connect(m_inspector->graphPanel(), &GraphPanel::objectContextMenuRequested, m_actions,
        &MainWindowActions::fillContextMenu);
    QList<MainWindowActions::PaneEntry> paneEntries;
    for (const QString& kind : QStringList {kindname::Share, kindname::PersistentVolume,
             kindname::PersistentVolumeClaim, kindname::StorageClass}) {
        Q_ASSERT(m_panes.contains(kind)); // createPanes() made one for each
        paneEntries.append({kind, m_panes.value(kind)->title()});
    }
    m_actions->createMenus(paneEntries, m_namespaceBox, m_stack);
    connect(m_actions, &MainWindowActions::paneRequested, this, &MainWindow::showPane);
    connect(m_actions, &MainWindowActions::wizardOpened, this, &MainWindow::showWizard);
    connect(m_actions, &MainWindowActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_emptyState, &WelcomePage::addDeviceRequested, m_actions,
        [this] { m_actions->openConnectionDialog(true); });
    for (ResourcePane* pane : std::as_const(m_panes))
        connect(pane, &ResourcePane::contextMenuRequested, m_actions, &MainWindowActions::fillContextMenu);
}

void MainWindow::connectDetails()
{
    connect(m_details, &DetailsPanel::linkActivated, this, &MainWindow::openObject);
    connect(m_details, &DetailsPanel::claimRequested, this, [this](const QString& kind, const QString& key) {
        if (kind == kindname::StorageClass)
            openDynamicClaimWizard(key);
        else
            openStaticClaimWizard(kind, key);
    });
    connect(m_details, &DetailsPanel::objectShown, m_session, &Session::watchEventsOf);
    connect(m_details, &DetailsPanel::actionsRequested, m_actions, &MainWindowActions::fillContextMenu);
    m_details->setFullObjectSource(&Session::storesEssentialsOnly,
        [this](const QString& kind, const QString& key, QObject* context,
            std::function<void(const QJsonObject&, const QString&)> done) {
            const QString ns = key.contains(u'/') ? key.section(u'/', 0, 0) : QString();
            m_session->cluster()->getObject(kind, ns, key.section(u'/', -1), context,
                [done = std::move(done)](
                    const QJsonObject& object, const ApiError& error) { done(object, error.message()); });
        });
}

void MainWindow::createWelcomePage()
{
    m_emptyState = new WelcomePage(m_session, m_stack);
    m_stack->addWidget(m_emptyState);
}

void MainWindow::createPanes()
{
    struct Def
    {
        NavigationView::Group group;
        ResourceTableModel* model;
        QString title;
    };
    const QList<Def> defs = {
        {NavigationView::DeviceGroup, new ShareTableModel(m_store, this), tr("Shares")},
        {NavigationView::ClusterGroup, new PersistentVolumeTableModel(m_store, this),
            tr("PersistentVolumes")},
        {NavigationView::ClusterGroup, new PersistentVolumeClaimTableModel(m_store, this),
            tr("PersistentVolumeClaims")},
        {NavigationView::ClusterGroup, new StorageClassTableModel(m_store, this), tr("StorageClasses")},
    };
    for (const Def& def : defs) {
        auto* pane = new ResourcePane(def.model, def.title, m_stack);
        m_panes.insert(def.model->kind(), pane);
        m_stack->addWidget(pane);
        m_navigation->addEntry(def.group, def.model->kind(), def.title);
        connect(pane, &ResourcePane::currentKeyChanged, m_details, &DetailsPanel::showObject);
        connect(pane, &ResourcePane::countsChanged, this, &MainWindow::updateCounts);
    }
    m_namespaceBox->setObjectName(QStringLiteral("namespace"));
    m_namespaceBox->setAccessibleName(tr("Namespace"));
    m_namespaceBox->setToolTip(tr("Show claims of all namespaces or of one"));
    m_namespaceBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_namespaceBox, &QComboBox::currentIndexChanged, this,
        [this] { claimPane()->setNamespace(m_namespaceBox->currentData().toString()); });
}

ShareActions* MainWindow::shareActions() const
{
    return m_actions->shareActions();
}

YamlActions* MainWindow::yamlActions() const
{
    return m_actions->yamlActions();
}

QMenu* MainWindow::recentMenu() const
{
    return m_actions->recentMenu();
}

bool MainWindow::reconnectLast()
{
    return m_actions->reconnectLast();
}

ResourcePane* MainWindow::currentPane() const
{
    return qobject_cast<ResourcePane*>(m_stack->currentWidget());
}

void MainWindow::showPane(const QString& kind)
{
    ResourcePane* pane = m_panes.value(kind);
    if (!pane || !m_session->isConnected())
        return;
    m_stack->setCurrentWidget(pane);
    m_navigation->selectKind(kind);
    m_details->showObject(kind, pane->currentKey());
    m_actions->setCurrentPane(pane);
}

ResourcePane* MainWindow::claimPane() const
{
    ResourcePane* pane = m_panes.value(kindname::PersistentVolumeClaim);
    Q_ASSERT(pane); // createPanes() makes it; the namespace choice applies to it
    return pane;
}

void MainWindow::openObject(const QString& kind, const QString& key)
{
    if (ResourcePane* pane = m_panes.value(kind)) {
        showPane(kind);
        if (!pane->selectKey(key))
            statusBar()->showMessage(
                tr("%1 is not in the list (it may be filtered out or gone).").arg(key), 5000);
        return;
    }
    // Kinds without a pane (pods) are shown in the details panel alone.
    m_details->showObject(kind, key);
}

void MainWindow::updateCounts()
{
    for (auto it = m_panes.cbegin(); it != m_panes.cend(); ++it)
        m_navigation->setCount(it.key(), it.value()->visibleCount(), it.value()->model()->rowCount());
}

void MainWindow::updateNamespaces()
{
    const QString current = m_namespaceBox->currentData().toString();
    QStringList names;
    for (const QJsonObject& ns : m_store->objects(kindname::Namespace))
        names.append(metafield::name(ns));
    names.sort();
    QSignalBlocker blocker(m_namespaceBox);
    m_namespaceBox->clear();
    m_namespaceBox->addItem(tr("All namespaces"), QString());
    for (const QString& name : std::as_const(names))
        m_namespaceBox->addItem(name, name);
    const int index = m_namespaceBox->findData(current);
    m_namespaceBox->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !current.isEmpty())
        claimPane()->setNamespace({});
}

void MainWindow::updateConnectionState()
{
    const bool connected = m_session->isConnected();
    if (!connected) {
        m_stack->setCurrentWidget(m_emptyState);
        setWindowTitle(tr("Not connected"));
    } else {
        if (m_stack->currentWidget() == m_emptyState)
            showPane(m_navigation->currentKind().isEmpty() ? QString(kindname::PersistentVolumeClaim)
                                                           : m_navigation->currentKind());
        setWindowTitle(m_session->deviceTitle().isEmpty()
                ? m_session->clusterTitle()
                : tr("%1 — %2").arg(m_session->deviceTitle(), m_session->clusterTitle()));
    }
    m_navigation->setEnabled(connected);
    showConnectedPanels(connected);
    m_actions->setCurrentPane(currentPane());
    m_connectionLabel->setText(m_session->summary());
    for (const QString& kind : m_panes.keys()) {
        const KindState state = m_session->kindState(kind);
        m_navigation->setNote(kind, state.level == KindState::Level::Live ? QString() : state.text);
    }
    m_navigation->setGroupTitle(NavigationView::DeviceGroup,
        m_session->deviceTitle().isEmpty() ? tr("Device") : tr("Device: %1").arg(m_session->deviceTitle()));
    updateCounts();
}

void MainWindow::showConnectedPanels(bool connected)
{
    // Not connected, the details and the inspector have nothing to show: the welcome page
    // gets their room, and they come back with the connection (the inspector if it was open).
    m_details->setVisible(connected);
    if (!connected && !m_inspector->isHidden()) {
        m_inspectorHiddenWhileDisconnected = true;
        m_inspector->hide();
    } else if (connected && m_inspectorHiddenWhileDisconnected) {
        m_inspectorHiddenWhileDisconnected = false;
        m_inspector->show();
    }
    m_inspector->toggleViewAction()->setEnabled(connected);
}

WizardFrame* MainWindow::openStaticClaimWizard(const QString& kind, const QString& name)
{
    StaticClaimWizard* wizard = kind == kindname::Share ? StaticClaimWizard::forShare(m_session, name, this)
        : kind == kindname::PersistentVolume            ? StaticClaimWizard::forVolume(m_session, name, this)
                                                        : StaticClaimWizard::forNothing(m_session, this);
    showWizard(wizard);
    return wizard;
}

WizardFrame* MainWindow::openDynamicClaimWizard(const QString& className)
{
    DynamicClaimWizard* wizard = className.isEmpty()
        ? DynamicClaimWizard::forDefault(m_session, this)
        : DynamicClaimWizard::forClass(m_session, className, this);
    connect(
        wizard, &DynamicClaimWizard::staticWizardRequested, this, [this] { openStaticClaimWizard({}, {}); });
    showWizard(wizard);
    return wizard;
}

void MainWindow::showWizard(WizardFrame* wizard)
{
    // Non-modal: the panes stay usable, several wizards may be open, and a wizard that
    // follows its objects can stay open beside them.
    qCDebug(lcUi).noquote() << "opening wizard" << wizard->metaObject()->className();
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &WizardFrame::objectLinkActivated, this, &MainWindow::openObject);
    wizard->show();
    wizard->raise();
    wizard->activateWindow();
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1440, 860);
    // The first start: the panes get two thirds of the height, the inspector one.
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray()))
        resizeDocks({m_inspector}, {height() / 3}, Qt::Vertical);
    const QByteArray splitter = settings.value(QStringLiteral("window/splitter")).toByteArray();
    if (!splitter.isEmpty())
        m_splitter->restoreState(splitter);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    if (m_inspectorHiddenWhileDisconnected)
        m_inspector->show(); // saved as the user left it, not as the welcome page needs it
    m_details->show(); // the splitter's sizes with the details, for the next connection
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    for (const ResourcePane* pane : std::as_const(m_panes))
        pane->saveLayout();
    event->accept();
}

} // namespace ase
