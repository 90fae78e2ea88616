// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

class QAction;
class QMenu;
class QWidget;

namespace ase {

struct ConnectionTarget;
class MainWindow;
class ResourcePane;
class ResourceStore;
class Session;
class ShareActions;
class WizardFrame;
class YamlActions;

/// The main window's actions, as Dolphin's DolphinViewActionHandler keeps a view's: it
/// makes them (menu bar, toolbar, the objects' context menus), owns them, keeps them enabled
/// as the rules say (the connection, the pane shown, the kind of object) and carries them
/// out, on the window's public interface (panes, details, wizards). The window wires panes,
/// details and status and tells the handler which pane shows (setCurrentPane).
class MainWindowActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindowActions)

public:
    /// One entry of View → 1…: a pane's kind and title.
    struct PaneEntry
    {
        QString kind;
        QString title;
    };

    /// `window` parents the menus, dialogs and the share and YAML actions.
    MainWindowActions(Session* session, MainWindow* window);
    ~MainWindowActions() override;

    /// Builds the menu bar and the toolbar. `panes`: View → 1…, in this order; `namespaceBox`
    /// goes on the toolbar; Copy Name and Delete act where `paneArea` has the focus.
    void createMenus(const QList<PaneEntry>& panes, QWidget* namespaceBox, QWidget* paneArea);
    /// The pane shown (null: none, e.g. while not connected): Delete and its tooltip follow it.
    void setCurrentPane(ResourcePane* pane);
    /// What can be done to one object: the panes' context menus and the details' Actions.
    void fillContextMenu(const QString& kind, const QString& key, QMenu* menu);
    /// Asks (naming what the deletion destroys), then deletes the object from the cluster.
    void confirmDelete(const QString& kind, const QString& key);
    /// The connection dialog, on its Device tab when @p deviceTab.
    void openConnectionDialog(bool deviceTab);
    /// Connects again to the most recent connection (File → Recent); false when there is
    /// none or it failed (the welcome page then says why).
    bool reconnectLast();

    ShareActions* shareActions() const { return m_shareActions; }
    YamlActions* yamlActions() const { return m_yamlActions; }
    QAction* deleteAction() const { return m_delete; }
    /// File → Recent Connections (most recent first, then "Clear").
    QMenu* recentMenu() const { return m_recentMenu; }

Q_SIGNALS:
    /// View → a pane, or a link to an object: the window shows it.
    void paneRequested(const QString& kind);
    void wizardOpened(ase::WizardFrame* wizard);
    void statusMessage(const QString& message, int timeoutMs);

private:
    void createFileMenu(QMenu* file);
    void createEditMenu(QMenu* edit, QWidget* paneArea);
    void createViewMenu(QMenu* view, const QList<PaneEntry>& panes);
    void updateConnectionRules();
    void updateDeleteRule();
    void deleteCurrent();
    void copySelectedNames();
    void copyShownYaml();
    void showAbout();
    void createRecentMenu(QMenu* file);
    void updateRecentMenu();
    /// Adds the session's connection to File → Recent when it is one that can be made again.
    void rememberConnection();
    void connectToRecent(const ConnectionTarget& target);

    Session* m_session;
    ResourceStore* m_store;
    MainWindow* m_window;
    QPointer<ResourcePane> m_pane;
    QStringList m_paneKinds;
    ShareActions* m_shareActions = nullptr;
    YamlActions* m_yamlActions = nullptr;
    QAction* m_connect = nullptr;
    QAction* m_newStaticClaim = nullptr;
    QAction* m_newDynamicClaim = nullptr;
    QAction* m_delete = nullptr;
    QAction* m_refresh = nullptr;
    QMenu* m_recentMenu = nullptr;
};

} // namespace ase
