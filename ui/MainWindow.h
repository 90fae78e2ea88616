// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QMainWindow>

class QAction;
class QComboBox;
class QLabel;
class QMenu;
class QSplitter;
class QStackedWidget;

namespace ase {

class BindingInspector;
class DetailsPanel;
class MainWindowActions;
class DeviceSignInDialog;
class NavigationView;
class ResourcePane;
class ResourceStore;
class Session;
class ShareActions;
class WelcomePage;
class WizardFrame;
class YamlActions;

/// The main window: navigation (device and cluster), one live pane per kind, the details
/// of the selected object, and the connection state in the title and status bar.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(Session* session, QWidget* parent = nullptr);
    ~MainWindow() override;

    ResourcePane* pane(const QString& kind) const { return m_panes.value(kind); }
    DetailsPanel* details() const { return m_details; }
    DeviceSignInDialog* deviceSignInDialog() const { return m_deviceSignIn; }
    ShareActions* shareActions() const;
    NavigationView* navigation() const { return m_navigation; }
    QComboBox* namespaceBox() const { return m_namespaceBox; }
    /// What shows while not connected: the demo, the kubeconfig's contexts, add a device.
    WelcomePage* welcomePage() const { return m_emptyState; }
    /// File → Recent Connections (most recent first, then "Clear").
    QMenu* recentMenu() const;
    /// Connects again to the most recent connection (File → Recent); false when there is
    /// none or it failed (the welcome page then says why). What the app does on start.
    bool reconnectLast();
    /// The pane shown (null on the empty state).
    ResourcePane* currentPane() const;
    /// File → Export… and Open YAML…, drops of YAML files.
    YamlActions* yamlActions() const;
    /// The menu bar's, toolbar's and context menus' actions and their rules.
    MainWindowActions* actions() const { return m_actions; }
    /// The binding graph and "Why Pending?", docked (View → Binding Inspector).
    BindingInspector* inspector() const { return m_inspector; }
    /// Shows a pane and selects an object in it (what following a link does).
    void openObject(const QString& kind, const QString& key);
    /// Opens the static provisioning wizard: on a share ("Share", name), on a PV
    /// ("PersistentVolume", name), or with nothing chosen (empty kind). Several may be open.
    WizardFrame* openStaticClaimWizard(const QString& kind, const QString& name);
    /// "New claim from a StorageClass…" (empty @p className: the default) and "Use This Class…".
    WizardFrame* openDynamicClaimWizard(const QString& className);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createPanes();
    void createWelcomePage();
    /// The actions (MainWindowActions) in the menus, the toolbar and the context menus.
    void createActions();
    /// The details panel's links, claim and action requests, and its full-object source.
    void connectDetails();
    void showPane(const QString& kind);
    void updateConnectionState();
    /// The details panel and the binding inspector hide while not connected (the welcome
    /// page takes their room) and come back with a connection.
    void showConnectedPanels(bool connected);
    void updateCounts();
    void updateNamespaces();
    /// The claims' pane, which the namespace choice applies to.
    ResourcePane* claimPane() const;
    void restoreWindowState();
    void showWizard(WizardFrame* wizard);

    Session* m_session;
    ResourceStore* m_store;
    NavigationView* m_navigation;
    QStackedWidget* m_stack;
    WelcomePage* m_emptyState;
    QSplitter* m_splitter;
    DetailsPanel* m_details;
    DeviceSignInDialog* m_deviceSignIn = nullptr; ///< sign-ins the connected device needs later
    QComboBox* m_namespaceBox;
    QLabel* m_connectionLabel;
    MainWindowActions* m_actions = nullptr;
    BindingInspector* m_inspector = nullptr;
    bool m_inspectorHiddenWhileDisconnected = false;
    QHash<QString, ResourcePane*> m_panes;
};

} // namespace ase
