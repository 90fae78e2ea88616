// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/WelcomePage.h"

#include "app/kube/Kubeconfig.h"
#include "app/session/Session.h"

#include <QDir>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ase {

namespace {

constexpr int kColumnWidth = 520;

QString displayPath(const QString& path)
{
    const QString home = QDir::homePath();
    if (path.startsWith(home + u'/'))
        return QDir::toNativeSeparators(u'~' + path.mid(home.size()));
    return QDir::toNativeSeparators(path);
}

/// A wrapped label in the page's column keeps the height of its wrapped lines: the box
/// layout asks a centred item's height for the page's whole width (one line when the page
/// is wide), which cut a two-line text in half.
void setWrappedText(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setMinimumHeight(std::max(0, label->heightForWidth(kColumnWidth))); // -1 when empty
}

QLabel* wrappedLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setFixedWidth(kColumnWidth);
    setWrappedText(label, text);
    return label;
}

} // namespace

WelcomePage::WelcomePage(Session* session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_demo(new QPushButton(tr("Try the &demo device"), this))
    , m_openKubeconfig(new QPushButton(tr("Open a &kubeconfig…"), this))
    , m_addDevice(new QPushButton(tr("Add a de&vice…"), this))
    , m_kubeconfigNote(nullptr)
    , m_contexts(new QListWidget(this))
    , m_message(wrappedLabel(QString(), this))
{
    setObjectName(QStringLiteral("emptyState"));
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    auto* title = new QLabel(tr("Not connected"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    layout->addWidget(title);
    QLabel* text = wrappedLabel(tr("Try everything on the built-in demo device, connect to a cluster with a "
                                   "kubeconfig file, or add an Azure Stack Edge device."),
        this);
    text->setObjectName(QStringLiteral("welcomeText"));
    text->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);

    m_demo->setObjectName(QStringLiteral("startDemo"));
    m_demo->setDefault(true);
    m_demo->setToolTip(tr("A simulated Azure Stack Edge device and Kubernetes cluster on this computer"));
    connect(m_demo, &QPushButton::clicked, m_session, &Session::connectDemo);
    layout->addWidget(m_demo, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(createKubeconfigSection(), 0, Qt::AlignHCenter);
    layout->addSpacing(12);

    m_addDevice->setObjectName(QStringLiteral("addDevice"));
    m_addDevice->setToolTip(tr("Connect to an Azure Stack Edge device's API to manage its shares"));
    connect(m_addDevice, &QPushButton::clicked, this, &WelcomePage::addDeviceRequested);
    layout->addWidget(m_addDevice, 0, Qt::AlignHCenter);

    m_message->setObjectName(QStringLiteral("welcomeMessage"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

WelcomePage::~WelcomePage() = default;

QWidget* WelcomePage::createKubeconfigSection()
{
    auto* section = new QWidget(this);
    section->setFixedWidth(kColumnWidth);
    auto* layout = new QVBoxLayout(section);
    layout->setContentsMargins(0, 0, 0, 0);
    m_openKubeconfig->setObjectName(QStringLiteral("openKubeconfig"));
    m_openKubeconfig->setToolTip(tr("Choose a kubeconfig file and connect to one of its contexts"));
    connect(m_openKubeconfig, &QPushButton::clicked, this, &WelcomePage::chooseKubeconfig);
    layout->addWidget(m_openKubeconfig, 0, Qt::AlignHCenter);
    m_kubeconfigNote = new QLabel(section);
    m_kubeconfigNote->setObjectName(QStringLiteral("kubeconfigNote"));
    m_kubeconfigNote->setWordWrap(true);
    m_kubeconfigNote->setAlignment(Qt::AlignCenter);
    m_kubeconfigNote->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_kubeconfigNote);
    m_contexts->setObjectName(QStringLiteral("welcomeContexts"));
    m_contexts->setAccessibleName(tr("kubeconfig contexts"));
    m_contexts->setToolTip(tr("Double-click a context (or press Enter) to connect to it"));
    m_contexts->setMaximumHeight(140);
    connect(m_contexts, &QListWidget::itemActivated, this, &WelcomePage::connectContext);
    layout->addWidget(m_contexts);
    return section;
}

void WelcomePage::showEvent(QShowEvent* event)
{
    reloadContexts();
    QWidget::showEvent(event);
}

void WelcomePage::reloadContexts()
{
    const Kubeconfig config = Kubeconfig::load(m_file);
    m_contexts->clear();
    for (const KubeconfigContext& context : config.contexts()) {
        auto* item = new QListWidgetItem(context.name, m_contexts);
        item->setData(Qt::UserRole, context.name);
        const KubeconfigCluster* cluster = config.cluster(context.cluster);
        item->setToolTip(cluster ? tr("%1 at %2").arg(context.cluster, cluster->server) : context.cluster);
        if (context.name == config.currentContext()) {
            QFont bold = m_contexts->font();
            bold.setBold(true);
            item->setFont(bold);
            m_contexts->setCurrentItem(item);
        }
    }
    m_contexts->setVisible(m_contexts->count() > 0);
    QStringList files;
    for (const QString& file : config.files())
        files.append(displayPath(file));
    QString note;
    if (!config.loadErrors().isEmpty())
        note = config.loadErrors().join(u'\n');
    else if (files.isEmpty() && qEnvironmentVariableIsSet("KUBECONFIG"))
        note = tr("No kubeconfig was found: KUBECONFIG names %1, which does not exist.")
                   .arg(qEnvironmentVariable("KUBECONFIG"));
    else if (files.isEmpty())
        note = tr("No kubeconfig was found (KUBECONFIG is not set and ~/.kube/config does not exist).");
    else if (config.contexts().isEmpty())
        note = tr("%1 has no contexts.").arg(files.join(QStringLiteral(", ")));
    else
        note = tr("Contexts in %1:").arg(files.join(QStringLiteral(", ")));
    m_kubeconfigNote->setText(note);
}

void WelcomePage::chooseKubeconfig()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open a kubeconfig"),
        m_file.isEmpty() ? QDir::homePath() + QStringLiteral("/.kube") : m_file);
    if (file.isEmpty())
        return;
    m_file = file;
    m_message->hide();
    reloadContexts();
}

void WelcomePage::connectContext(QListWidgetItem* item)
{
    if (!item)
        return;
    const ApiError error = m_session->connectKubeconfig(m_file, item->data(Qt::UserRole).toString());
    if (!error.ok())
        showMessage(tr("The context %1 cannot be used: %2").arg(item->text(), error.message()));
}

void WelcomePage::showMessage(const QString& message)
{
    setWrappedText(m_message, message);
    m_message->setVisible(!message.isEmpty());
}

} // namespace ase
