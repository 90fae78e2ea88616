// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/ConnectionDialog.h"

#include "app/kube/Kubeconfig.h"
#include "app/session/Session.h"
#include "ui/DeviceConnectionPage.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ase {

namespace {
enum ContextColumn {
    ContextName,
    ContextCluster,
    ContextServer,
    ContextUser,
    ContextNamespace,
    ContextFile,
    ContextColumns
};
}

ConnectionDialog::ConnectionDialog(Session* session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_tabs(new QTabWidget(this))
    , m_file(new QLineEdit(this))
    , m_contexts(new QTableWidget(this))
    , m_namespace(new QLineEdit(this))
    , m_clusterMessage(new QLabel(this))
    , m_device(new DeviceConnectionPage(session, this))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect"));
    m_tabs->addTab(createClusterPage(), tr("&Cluster"));
    m_tabs->addTab(m_device, tr("De&vice"));
    connect(m_device, &DeviceConnectionPage::connected, this, &QDialog::accept);
    connect(this, &QDialog::rejected, m_device, &DeviceConnectionPage::cancelSignIn);
    // Enter connects on the tab the user is on.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_device)
            m_device->connectButton()->setDefault(true);
        else if (auto* cluster = findChild<QPushButton*>(QStringLiteral("connectContext")))
            cluster->setDefault(true);
    });

    auto* demo = new QPushButton(tr("Use the &demo device"), this);
    demo->setObjectName(QStringLiteral("useDemo"));
    demo->setToolTip(tr("A simulated Azure Stack Edge device and Kubernetes cluster on this computer"));
    connect(demo, &QPushButton::clicked, this, [this] {
        m_session->connectDemo();
        accept();
    });
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(demo, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(900, 560);
    reloadContexts();
}

ConnectionDialog::~ConnectionDialog() = default;

QWidget* ConnectionDialog::createClusterPage()
{
    auto* page = new QWidget(this);
    m_file->setObjectName(QStringLiteral("kubeconfigFile"));
    m_file->setPlaceholderText(tr("KUBECONFIG or ~/.kube/config"));
    m_file->setAccessibleName(tr("kubeconfig file"));
    auto* browse = new QPushButton(tr("&Browse…"), page);
    connect(browse, &QPushButton::clicked, this, &ConnectionDialog::chooseFile);
    connect(m_file, &QLineEdit::editingFinished, this, &ConnectionDialog::reloadContexts);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file);
    fileRow->addWidget(browse);

    m_contexts->setObjectName(QStringLiteral("contexts"));
    m_contexts->setAccessibleName(tr("kubeconfig contexts"));
    m_contexts->setColumnCount(ContextColumns);
    m_contexts->setHorizontalHeaderLabels(
        {tr("Context"), tr("Cluster"), tr("Server"), tr("User"), tr("Namespace"), tr("File")});
    m_contexts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contexts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contexts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_contexts->verticalHeader()->hide();
    m_contexts->horizontalHeader()->setStretchLastSection(true);
    connect(m_contexts, &QTableWidget::cellDoubleClicked, this, &ConnectionDialog::connectSelectedContext);

    m_namespace->setObjectName(QStringLiteral("namespaceOverride"));
    m_namespace->setPlaceholderText(tr("the context's namespace"));

    m_clusterMessage->setObjectName(QStringLiteral("clusterMessage"));
    m_clusterMessage->setWordWrap(true);
    m_clusterMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* connectButton = new QPushButton(tr("C&onnect"), page);
    connectButton->setObjectName(QStringLiteral("connectContext"));
    connectButton->setDefault(true);
    connect(connectButton, &QPushButton::clicked, this, &ConnectionDialog::connectSelectedContext);

    auto* form = new QFormLayout;
    form->addRow(tr("&File:"), fileRow);
    auto* nsLabel = new QLabel(tr("&Namespace:"), page);
    nsLabel->setBuddy(m_namespace);
    form->addRow(nsLabel, m_namespace);

    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(m_contexts);
    layout->addWidget(m_clusterMessage);
    layout->addWidget(connectButton, 0, Qt::AlignRight);
    return page;
}

void ConnectionDialog::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a kubeconfig file"), m_file->text());
    if (file.isEmpty())
        return;
    m_file->setText(file);
    reloadContexts();
}

void ConnectionDialog::reloadContexts()
{
    const Kubeconfig config = Kubeconfig::load(m_file->text().trimmed());
    m_contexts->setRowCount(0);
    for (const KubeconfigContext& context : config.contexts()) {
        const int row = m_contexts->rowCount();
        m_contexts->insertRow(row);
        const KubeconfigCluster* cluster = config.cluster(context.cluster);
        const QStringList cells = {context.name, context.cluster, cluster ? cluster->server : tr("(missing)"),
            context.user, context.ns.isEmpty() ? QStringLiteral("default") : context.ns, context.sourceFile};
        for (int c = 0; c < ContextColumns; ++c)
            m_contexts->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        if (context.name == config.currentContext()) {
            QFont bold = m_contexts->font();
            bold.setBold(true);
            m_contexts->item(row, ContextName)->setFont(bold);
            m_contexts->selectRow(row);
        }
    }
    m_contexts->resizeColumnsToContents();
    QStringList notes = config.loadErrors();
    if (config.contexts().isEmpty() && notes.isEmpty())
        notes.append(config.files().isEmpty()
                ? tr("No kubeconfig file was found. Choose one, or use the demo device.")
                : tr("The kubeconfig has no contexts."));
    m_clusterMessage->setText(notes.join(u'\n'));
}

void ConnectionDialog::connectSelectedContext()
{
    const int row = m_contexts->currentRow();
    if (row < 0) {
        m_clusterMessage->setText(tr("Choose a context first."));
        return;
    }
    const QString context = m_contexts->item(row, ContextName)->text();
    const ApiError error
        = m_session->connectKubeconfig(m_file->text().trimmed(), context, m_namespace->text().trimmed());
    if (!error.ok()) {
        m_clusterMessage->setText(tr("This context cannot be used: %1").arg(error.message()));
        return;
    }
    accept();
}

} // namespace ase
