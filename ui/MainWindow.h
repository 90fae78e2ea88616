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

struct ConnectionTarget;
class BindingInspector;
class DetailsPanel;
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
    ShareActions* shareActions() const { return m_shareActions; }
    NavigationView* navigation() const { return m_navigation; }
    QComboBox* namespaceBox() const { return m_namespaceBox; }
    /// What shows while not connected: the demo, the kubeconfig's contexts, add a device.
    WelcomePage* welcomePage() const { return m_emptyState; }
    /// File → Recent Connections (most recent first, then "Clear").
    QMenu* recentMenu() const { return m_recentMenu; }
    /// Connects again to the most recent connection (File → Recent); false when there is
    /// none or it failed (the welcome page then says why). What the app does on start.
    bool reconnectLast();
    /// The pane shown (null on the empty state).
    ResourcePane* currentPane() const;
    /// File → Export… and Open YAML…, drops of YAML files.
    YamlActions* yamlActions() const { return m_yamlActions; }
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
    void createActions();
    void createPanes();
    void createWelcomePage();
    void createRecentMenu(QMenu* file);
    void updateRecentMenu();
    /// Adds the session's connection to File → Recent when it is one that can be made again.
    void rememberConnection();
    void connectToRecent(const ConnectionTarget& target);
    /// The connection dialog, on its Device tab when @p deviceTab.
    void openConnectionDialog(bool deviceTab);
    void showAbout();
    void showPane(const QString& kind);
    void updateConnectionState();
    /// The binding inspector hides while not connected and comes back with a connection.
    void showInspectorWhenConnected(bool connected);
    void updateCounts();
    void updateNamespaces();
    /// Edit → Delete is for the cluster's objects: off on the Shares pane and when no pane shows.
    void updateDeleteAction();
    void fillContextMenu(const QString& kind, const QString& key, QMenu* menu);
    void confirmDelete(const QString& kind, const QString& key);
    void restoreWindowState();
    void showWizard(WizardFrame* wizard);

    Session* m_session;
    ResourceStore* m_store;
    NavigationView* m_navigation;
    QStackedWidget* m_stack;
    WelcomePage* m_emptyState;
    QMenu* m_recentMenu = nullptr;
    QSplitter* m_splitter;
    DetailsPanel* m_details;
    DeviceSignInDialog* m_deviceSignIn = nullptr; ///< sign-ins the connected device needs later
    QComboBox* m_namespaceBox;
    QLabel* m_connectionLabel;
    QAction* m_deleteAction = nullptr;
    YamlActions* m_yamlActions = nullptr;
    BindingInspector* m_inspector = nullptr;
    bool m_inspectorHiddenWhileDisconnected = false;
    QHash<QString, ResourcePane*> m_panes;
    ShareActions* m_shareActions = nullptr;
};

} // namespace ase
