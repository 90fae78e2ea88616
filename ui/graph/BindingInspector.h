// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QDockWidget>

class QTabWidget;

namespace ase {

class GraphPanel;
class MainWindow;
class PendingPanel;
class Session;

/// The binding inspector, docked in the main window: the live binding graph and "Why
/// Pending?" for the selected claim, in two tabs. It follows the panes' selection and
/// selects in them what is clicked in the graph.
class BindingInspector final : public QDockWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BindingInspector)

public:
    BindingInspector(Session* session, QWidget* parent = nullptr);
    ~BindingInspector() override;

    GraphPanel* graphPanel() const { return m_graph; }
    PendingPanel* pendingPanel() const { return m_pending; }
    QTabWidget* tabs() const { return m_tabs; }
    /// Shows the inspector on the graph or on the explanation.
    void showGraph();
    void showWhyPending();

    /// Connects the inspector to the window: selection both ways, details, the static
    /// wizard, the namespace choice.
    void attach(MainWindow* window);

    /// The selection of a pane (or of the details) changed.
    void followSelection(const QString& kind, const QString& key);

Q_SIGNALS:
    /// The "create a consumer" action of a WaitForFirstConsumer claim (see
    /// PendingPanel::consumerRequested): for the dynamic wizard's consumer page.
    void consumerRequested(const QString& ns, const QString& claimName);

private:
    GraphPanel* m_graph;
    PendingPanel* m_pending;
    QTabWidget* m_tabs;
};

} // namespace ase
