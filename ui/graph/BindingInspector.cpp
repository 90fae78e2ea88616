// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/graph/BindingInspector.h"

#include "app/session/Session.h"
#include "models/resources/KindNames.h"
#include "ui/DetailsPanel.h"
#include "ui/MainWindow.h"
#include "ui/ResourcePane.h"
#include "ui/graph/GraphPanel.h"
#include "ui/graph/PendingPanel.h"

#include <QComboBox>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace ase {

BindingInspector::BindingInspector(Session* session, QWidget* parent)
    : QDockWidget(tr("Binding Inspector"), parent)
    , m_graph(new GraphPanel(session->store(), this))
    , m_pending(new PendingPanel(session, m_graph->source(), this))
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("bindingInspector"));
    setFeatures(
        QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    m_tabs->setObjectName(QStringLiteral("inspectorTabs"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_graph, tr("&Graph"));
    m_tabs->addTab(m_pending, tr("&Why Pending?"));
    setWidget(m_tabs);
    connect(m_pending, &PendingPanel::consumerRequested, this, &BindingInspector::consumerRequested);
}

BindingInspector::~BindingInspector() = default;

void BindingInspector::showGraph()
{
    show();
    raise();
    m_tabs->setCurrentWidget(m_graph);
}

void BindingInspector::showWhyPending()
{
    show();
    raise();
    m_tabs->setCurrentWidget(m_pending);
}

void BindingInspector::followSelection(const QString& kind, const QString& key)
{
    if (key.isEmpty())
        return;
    m_graph->selectObject(kind, key);
    if (kind == kindname::PersistentVolumeClaim)
        m_pending->showClaim(key);
}

void BindingInspector::attach(MainWindow* window)
{
    for (const QLatin1StringView kind : {kindname::Share, kindname::PersistentVolume,
             kindname::PersistentVolumeClaim, kindname::StorageClass}) {
        if (ResourcePane* pane = window->pane(kind))
            connect(pane, &ResourcePane::currentKeyChanged, this, &BindingInspector::followSelection);
    }
    // A click in the graph selects in the object's pane (which shows it in the details);
    // kinds without a pane (pods, workloads) go to the details alone.
    connect(m_graph, &GraphPanel::objectSelected, window,
        [window, this](const QString& kind, const QString& key) {
            if (kind == kindname::PersistentVolumeClaim)
                m_pending->showClaim(key);
            if (ResourcePane* pane = window->pane(kind); pane && pane->selectKey(key))
                return;
            window->details()->showObject(kind, key);
        });
    connect(m_graph, &GraphPanel::objectOpened, window, &MainWindow::openObject);
    connect(m_pending, &PendingPanel::staticWizardRequested, window,
        [window](const QString& kind, const QString& name) { window->openStaticClaimWizard(kind, name); });
    connect(m_pending, &PendingPanel::linkActivated, window, &MainWindow::openObject);
    QComboBox* box = window->namespaceBox();
    connect(box, &QComboBox::currentIndexChanged, this,
        [this, box] { m_graph->setNamespace(box->currentData().toString()); });
}

} // namespace ase
