#include "ui/MainWindow.h"

#include "ui/UiLog.h"

#include "app/session/ClusterOperations.h"
#include "app/session/RecentConnections.h"
#include "app/session/Session.h"
#include "models/itemmodels/DeletionImpact.h"
#include "models/itemmodels/ObjectSummary.h"
#include "models/itemmodels/StorageTableModels.h"
#include "models/resources/Yaml.h"
#include "models/store/ResourceStore.h"
#include "ui/AboutInfo.h"
#include "ui/ConnectionDialog.h"
#include "ui/DetailsPanel.h"
#include "ui/DeviceConnectionPage.h"
#include "ui/DeviceSignInDialog.h"
#include "ui/NavigationView.h"
#include "ui/ResourcePane.h"
#include "ui/Theme.h"
#include "ui/WelcomePage.h"
#include "ui/apply/YamlActions.h"
#include "ui/graph/BindingInspector.h"
#include "ui/shares/ShareActions.h"
#include "ui/wizards/DynamicClaimWizard.h"
#include "ui/wizards/StaticClaimWizard.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>

namespace ase {

namespace {

const QString kShare = QStringLiteral("Share");
const QString kVolume = QStringLiteral("PersistentVolume");
const QString kClaim = QStringLiteral("PersistentVolumeClaim");
const QString kClass = QStringLiteral("StorageClass");

} // namespace

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
    connect(m_details, &DetailsPanel::linkActivated, this, &MainWindow::openObject);
    connect(m_details, &DetailsPanel::claimRequested, this, [this](const QString& kind, const QString& key) {
        if (kind == u"StorageClass")
            openDynamicClaimWizard(key);
        else
            openStaticClaimWizard(kind, key);
    });
    connect(m_details, &DetailsPanel::objectShown, m_session, &Session::watchEventsOf);
    connect(m_details, &DetailsPanel::actionsRequested, this, &MainWindow::fillContextMenu);
    m_deviceSignIn = new DeviceSignInDialog(m_session, this);
    m_details->setFullObjectSource(&Session::storesEssentialsOnly,
        [this](const QString& kind, const QString& key, QObject* context,
            std::function<void(const QJsonObject&, const QString&)> done) {
            const QString ns = key.contains(u'/') ? key.section(u'/', 0, 0) : QString();
            m_session->cluster()->getObject(kind, ns, key.section(u'/', -1), context,
                [done = std::move(done)](
                    const QJsonObject& object, const ApiError& error) { done(object, error.message()); });
        });
    connect(m_session, &Session::connectionChanged, this, &MainWindow::updateConnectionState);
    connect(m_session, &Session::kindStateChanged, this, &MainWindow::updateConnectionState);
    connect(m_session, &Session::failed, this, [this](const QString& message) {
        updateConnectionState();
        QMessageBox::warning(this, tr("Connection failed"), message);
    });
    connect(m_store, &ResourceStore::changed, this, [this](const QString& kind) {
        if (kind == u"Namespace")
            updateNamespaces();
    });
    connect(m_store, &ResourceStore::cleared, this, &MainWindow::updateNamespaces);

    restoreWindowState();
    updateNamespaces();
    updateConnectionState();
}

MainWindow::~MainWindow() = default;

void MainWindow::createWelcomePage()
{
    m_emptyState = new WelcomePage(m_session, m_stack);
    m_stack->addWidget(m_emptyState);
    connect(m_emptyState, &WelcomePage::addDeviceRequested, this, [this] { openConnectionDialog(true); });
}

void MainWindow::openConnectionDialog(bool deviceTab)
{
    ConnectionDialog dialog(m_session, this);
    if (deviceTab)
        dialog.tabs()->setCurrentWidget(dialog.devicePage());
    dialog.exec();
}

void MainWindow::createRecentMenu(QMenu* file)
{
    m_recentMenu = file->addMenu(tr("&Recent Connections"));
    m_recentMenu->setObjectName(QStringLiteral("recentConnections"));
    updateRecentMenu();
    connect(m_session, &Session::connectionChanged, this, &MainWindow::rememberConnection);
}

void MainWindow::updateRecentMenu()
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

void MainWindow::rememberConnection()
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

void MainWindow::connectToRecent(const ConnectionTarget& target)
{
    const ApiError error = m_session->connectTo(target);
    if (error.ok())
        return;
    m_emptyState->showMessage(tr("Could not connect to %1: %2").arg(target.title(), error.message()));
    statusBar()->showMessage(tr("Could not connect to %1.").arg(target.title()), 5000);
}

bool MainWindow::reconnectLast()
{
    QSettings settings;
    const ConnectionTarget last = RecentConnections(settings).last();
    if (!last.isValid())
        return false;
    connectToRecent(last);
    return m_session->target() == last;
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
        connect(pane, &ResourcePane::contextMenuRequested, this, &MainWindow::fillContextMenu);
    }
    m_namespaceBox->setObjectName(QStringLiteral("namespace"));
    m_namespaceBox->setAccessibleName(tr("Namespace"));
    m_namespaceBox->setToolTip(tr("Show claims of all namespaces or of one"));
    m_namespaceBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_namespaceBox, &QComboBox::currentIndexChanged, this, [this] {
        const QString ns = m_namespaceBox->currentData().toString();
        m_panes.value(kClaim)->setNamespace(ns);
    });
}

void MainWindow::createActions()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* connectAction = file->addAction(tr("&Connect…"));
    connectAction->setObjectName(QStringLiteral("actionConnect"));
    connectAction->setShortcut(QKeySequence::Open);
    connect(connectAction, &QAction::triggered, this, [this] { openConnectionDialog(false); });
    QAction* demo = file->addAction(tr("Connect to the De&mo Device"));
    demo->setObjectName(QStringLiteral("actionDemo"));
    connect(demo, &QAction::triggered, m_session, &Session::connectDemo);
    createRecentMenu(file);
    QAction* disconnectAction = file->addAction(tr("&Disconnect"));
    connect(disconnectAction, &QAction::triggered, m_session, &Session::disconnectAll);
    file->addSeparator();
    QAction* newClaim = file->addAction(tr("New Claim from a &Share…"));
    newClaim->setObjectName(QStringLiteral("actionNewStaticClaim"));
    newClaim->setShortcut(QKeySequence::New);
    newClaim->setToolTip(tr("Create a PersistentVolumeClaim bound to a device share or an existing volume"));
    connect(newClaim, &QAction::triggered, this, [this] { openStaticClaimWizard({}, {}); });
    connect(m_session, &Session::connectionChanged, newClaim,
        [this, newClaim] { newClaim->setEnabled(m_session->isConnected()); });
    newClaim->setEnabled(m_session->isConnected());
    QAction* newDynamicClaim = file->addAction(tr("New Claim from a Storage&Class…"));
    newDynamicClaim->setObjectName(QStringLiteral("actionNewDynamicClaim"));
    newDynamicClaim->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newDynamicClaim->setToolTip(
        tr("Create a PersistentVolumeClaim that a StorageClass's provisioner makes a volume "
           "for, and optionally a workload that uses it"));
    connect(newDynamicClaim, &QAction::triggered, this, [this] { openDynamicClaimWizard({}); });
    connect(m_session, &Session::connectionChanged, newDynamicClaim,
        [this, newDynamicClaim] { newDynamicClaim->setEnabled(m_session->isConnected()); });
    newDynamicClaim->setEnabled(m_session->isConnected());
    // The device's shares, users and credentials (ui/shares).
    m_shareActions = new ShareActions(m_session, this);
    file->addAction(m_shareActions->newShareAction());
    file->addAction(m_shareActions->accountsAction());
    connect(m_shareActions, &ShareActions::statusMessage, statusBar(), &QStatusBar::showMessage);
    connect(m_shareActions, &ShareActions::wizardOpened, this, &MainWindow::showWizard);
    connect(m_shareActions, &ShareActions::claimShareRequested, this,
        [this](const QString& share) { openStaticClaimWizard(kShare, share); });
    file->addSeparator();
    m_yamlActions = new YamlActions(this, m_session, file);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    QAction* copyName = edit->addAction(tr("&Copy Name"));
    copyName->setShortcut(QKeySequence::Copy);
    copyName->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copyName, &QAction::triggered, this, [this] {
        if (auto* pane = qobject_cast<ResourcePane*>(m_stack->currentWidget())) {
            QStringList names;
            for (const QModelIndex& index : pane->view()->selectionModel()->selectedRows())
                names.append(index.data(ResourceTableModel::NameRole).toString());
            if (!names.isEmpty())
                QApplication::clipboard()->setText(names.join(u'\n'));
        }
    });
    m_stack->addAction(copyName);
    QAction* copyYaml = edit->addAction(tr("Copy &YAML"));
    copyYaml->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    connect(copyYaml, &QAction::triggered, this, [this] {
        const QJsonObject object = m_store->object(m_details->kind(), m_details->key());
        if (!object.isEmpty())
            QApplication::clipboard()->setText(QString::fromUtf8(toYaml(object)));
    });
    m_deleteAction = edit->addAction(tr("&Delete…"));
    m_deleteAction->setObjectName(QStringLiteral("actionDelete"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_deleteAction, &QAction::triggered, this, [this] {
        if (auto* pane = qobject_cast<ResourcePane*>(m_stack->currentWidget());
            pane && !pane->currentKey().isEmpty()) {
            if (pane->kind() == kShare)
                m_shareActions->deleteShare(pane->currentKey());
            else
                confirmDelete(pane->kind(), pane->currentKey());
        }
    });
    m_stack->addAction(m_deleteAction);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    int number = 1;
    for (const QString& kind : {kShare, kVolume, kClaim, kClass}) {
        ResourcePane* pane = m_panes.value(kind);
        QAction* show = view->addAction(pane->title());
        show->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + number++)));
        connect(show, &QAction::triggered, this, [this, kind] { showPane(kind); });
    }
    view->addSeparator();
    QAction* inspector = m_inspector->toggleViewAction();
    inspector->setText(tr("&Binding Inspector"));
    inspector->setObjectName(QStringLiteral("actionBindingInspector"));
    inspector->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_G));
    view->addAction(inspector);
    QAction* why = view->addAction(tr("&Why Pending?"), m_inspector, &BindingInspector::showWhyPending);
    why->setObjectName(QStringLiteral("actionWhyPending"));
    why->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    view->addSeparator();
    QAction* filter = view->addAction(tr("&Filter"));
    filter->setShortcut(QKeySequence::Find);
    connect(filter, &QAction::triggered, this, [this] {
        if (auto* pane = qobject_cast<ResourcePane*>(m_stack->currentWidget()))
            pane->focusFilter();
    });
    QMenu* themes = view->addMenu(tr("&Theme"));
    auto* themeGroup = new QActionGroup(this);
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
    QAction* refresh = view->addAction(tr("&Refresh"));
    refresh->setShortcut(QKeySequence::Refresh);
    connect(refresh, &QAction::triggered, m_session, &Session::refresh);

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About ASE Storage Manager"));
    about->setMenuRole(QAction::AboutRole);
    about->setObjectName(QStringLiteral("actionAbout"));
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->addAction(connectAction);
    toolbar->addAction(refresh);
    toolbar->addAction(newClaim);
    toolbar->addAction(newDynamicClaim);
    toolbar->addSeparator();
    auto* nsLabel = new QLabel(tr("&Namespace:"), toolbar);
    nsLabel->setBuddy(m_namespaceBox);
    toolbar->addWidget(nsLabel);
    toolbar->addWidget(m_namespaceBox);
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
    updateDeleteAction();
}

void MainWindow::updateDeleteAction()
{
    const auto* pane = qobject_cast<ResourcePane*>(m_stack->currentWidget());
    // A share is the device's: deleting it is a device operation, not a cluster delete.
    const bool share = pane && pane->kind() == kShare;
    m_deleteAction->setEnabled(pane != nullptr);
    const QString why = share ? tr("Delete the selected share from the device.")
                              : tr("Delete the selected object from the cluster.");
    m_deleteAction->setToolTip(why);
    m_deleteAction->setStatusTip(why);
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
    for (const QJsonObject& ns : m_store->objects(QStringLiteral("Namespace")))
        names.append(
            ns.value(QLatin1StringView("metadata")).toObject().value(QLatin1StringView("name")).toString());
    names.sort();
    QSignalBlocker blocker(m_namespaceBox);
    m_namespaceBox->clear();
    m_namespaceBox->addItem(tr("All namespaces"), QString());
    for (const QString& name : std::as_const(names))
        m_namespaceBox->addItem(name, name);
    const int index = m_namespaceBox->findData(current);
    m_namespaceBox->setCurrentIndex(index < 0 ? 0 : index);
    if (index < 0 && !current.isEmpty())
        m_panes.value(kClaim)->setNamespace({});
}

void MainWindow::updateConnectionState()
{
    const bool connected = m_session->isConnected();
    if (!connected) {
        m_stack->setCurrentWidget(m_emptyState);
        setWindowTitle(tr("Not connected"));
    } else {
        if (m_stack->currentWidget() == m_emptyState)
            showPane(m_navigation->currentKind().isEmpty() ? kClaim : m_navigation->currentKind());
        setWindowTitle(m_session->deviceTitle().isEmpty()
                ? m_session->clusterTitle()
                : tr("%1 — %2").arg(m_session->deviceTitle(), m_session->clusterTitle()));
    }
    m_navigation->setEnabled(connected);
    showInspectorWhenConnected(connected);
    updateDeleteAction();
    m_connectionLabel->setText(m_session->summary());
    for (const QString& kind : m_panes.keys()) {
        const KindState state = m_session->kindState(kind);
        m_navigation->setNote(kind, state.level == KindState::Level::Live ? QString() : state.text);
    }
    m_navigation->setGroupTitle(NavigationView::DeviceGroup,
        m_session->deviceTitle().isEmpty() ? tr("Device") : tr("Device: %1").arg(m_session->deviceTitle()));
    updateCounts();
}

void MainWindow::showInspectorWhenConnected(bool connected)
{
    // Not connected, the inspector has nothing to show: the welcome page gets its room, and
    // the inspector comes back with the connection if it was open.
    if (!connected && !m_inspector->isHidden()) {
        m_inspectorHiddenWhileDisconnected = true;
        m_inspector->hide();
    } else if (connected && m_inspectorHiddenWhileDisconnected) {
        m_inspectorHiddenWhileDisconnected = false;
        m_inspector->show();
    }
    m_inspector->toggleViewAction()->setEnabled(connected);
}

void MainWindow::fillContextMenu(const QString& kind, const QString& key, QMenu* menu)
{
    const QJsonObject object = m_store->object(kind, key);
    const QString name
        = object.value(QLatin1StringView("metadata")).toObject().value(QLatin1StringView("name")).toString();
    menu->addAction(tr("Copy &Name"), this, [name] { QApplication::clipboard()->setText(name); });
    menu->addAction(tr("Copy &YAML"), this,
        [object] { QApplication::clipboard()->setText(QString::fromUtf8(toYaml(object))); });
    const QList<SummaryField> fields = summarizeObject(kind, object, *m_store);
    for (const SummaryField& field : fields) {
        for (const SummaryLink& link : field.links) {
            if (!m_panes.contains(link.kind))
                continue;
            menu->addAction(tr("Open %1 %2").arg(field.label, link.text), this,
                [this, link] { openObject(link.kind, link.key); });
        }
    }
    if (kind == kClaim) {
        menu->addSeparator();
        menu->addAction(tr("&Why Pending?"), this, [this, key] {
            m_inspector->followSelection(kClaim, key);
            m_inspector->showWhyPending();
        });
    }
    if (kind == kShare || kind == kVolume) {
        menu->addSeparator();
        QAction* claim
            = menu->addAction(kind == kShare ? tr("C&laim This Share…") : tr("C&laim This Volume…"), this,
                [this, kind, key] { openStaticClaimWizard(kind, key); });
        claim->setObjectName(
            kind == kShare ? QStringLiteral("actionClaimShare") : QStringLiteral("actionClaimVolume"));
    }
    if (kind == u"StorageClass") {
        menu->addSeparator();
        QAction* use
            = menu->addAction(tr("&Use This Class…"), this, [this, key] { openDynamicClaimWizard(key); });
        use->setObjectName(QStringLiteral("actionUseClass"));
    }
    if (kind == kShare)
        m_shareActions->fillContextMenu(key, menu);
    menu->addSeparator();
    m_yamlActions->addToContextMenu(menu);
    menu->addAction(tr("&Refresh"), m_session, &Session::refresh);
    if (kind != kShare) {
        menu->addSeparator();
        menu->addAction(tr("&Delete…"), this, [this, kind, key] { confirmDelete(kind, key); });
    }
}

void MainWindow::confirmDelete(const QString& kind, const QString& key)
{
    const QJsonObject object = m_store->object(kind, key);
    if (object.isEmpty() || kind == kShare)
        return;
    const DeletionImpact impact = assessDeletion(kind, object, *m_store);
    qCDebug(lcUi).noquote() << "asking to delete" << kind << key << "destroys data:" << impact.destroysData;
    QMessageBox box(this);
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
    const QString uid
        = object.value(QLatin1StringView("metadata")).toObject().value(QLatin1StringView("uid")).toString();
    m_session->cluster()->deleteObject(kind, key, uid, this, [this, key](const ApiError& error) {
        if (error.ok())
            statusBar()->showMessage(tr("Deleting %1…").arg(key), 5000);
        else
            QMessageBox::warning(this, tr("Delete failed"), error.message());
    });
}

void MainWindow::showAbout()
{
    auto* box = new QMessageBox(QMessageBox::NoIcon, tr("About ASE Storage Manager"), AboutInfo::aboutHtml(),
        QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("aboutBox"));
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setTextFormat(Qt::RichText);
    box->setTextInteractionFlags(Qt::TextBrowserInteraction);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

WizardFrame* MainWindow::openStaticClaimWizard(const QString& kind, const QString& name)
{
    StaticClaimWizard* wizard = kind == kShare ? StaticClaimWizard::forShare(m_session, name, this)
        : kind == kVolume                      ? StaticClaimWizard::forVolume(m_session, name, this)
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
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    for (const ResourcePane* pane : std::as_const(m_panes))
        pane->saveLayout();
    event->accept();
}

} // namespace ase
