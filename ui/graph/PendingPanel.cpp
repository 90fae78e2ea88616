// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/graph/PendingPanel.h"

#include "app/session/ClusterOperations.h"
#include "app/session/Session.h"
#include "app/session/ShareOperations.h"
#include "models/graph/GraphSource.h"
#include "models/itemmodels/ResourceTableModel.h"
#include "models/resources/Event.h"
#include "models/resources/KindNames.h"
#include "models/resources/Pod.h"
#include "models/store/ResourceStore.h"
#include "ui/StatusDecorationProxy.h"
#include "ui/wizards/WizardStyle.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShowEvent>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace ase {

using binding::Advice;

namespace {

QTableWidget* makeTable(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return table;
}

/// The button's words for an action, or "" when the app cannot do it.
QString buttonText(const Advice& advice)
{
    switch (advice.action) {
    case Advice::Action::MountShare:
        return PendingPanel::tr("Mount %1 for Edge Compute").arg(advice.target);
    case Advice::Action::OpenStaticWizard:
    case Advice::Action::ChooseVolume:
    case Advice::Action::UseShare:
        return PendingPanel::tr("Claim a Share or Volume…");
    case Advice::Action::ClearClaimRef:
        return PendingPanel::tr("Make %1 Available…").arg(advice.target);
    case Advice::Action::CreateConsumer:
        return PendingPanel::tr("Create a Consumer…");
    case Advice::Action::None:
        break;
    }
    return {};
}

} // namespace

PendingPanel::PendingPanel(Session* session, const graph::GraphSource* volumes, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_volumeSource(volumes)
    , m_title(new QLabel(this))
    , m_sentence(new QLabel(this))
    , m_adviceBox(new QWidget(this))
    , m_adviceLayout(new QVBoxLayout(m_adviceBox))
    , m_actionStatus(new QLabel(this))
    , m_volumesTitle(wizardstyle::heading(tr("Volumes, as the binder judges them"), this))
    , m_volumes(makeTable({tr("Volume"), tr("Verdict")}, QStringLiteral("ruleTable"), this))
    , m_eventsTitle(wizardstyle::heading(tr("Events"), this))
    , m_events(makeTable({tr("Type"), tr("Reason"), tr("Message")}, QStringLiteral("claimEvents"), this))
{
    setObjectName(QStringLiteral("pendingPanel"));
    m_confirm = [this](const QString& title, const QString& text) {
        return QMessageBox::question(
                   this, title, text, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    };
    QFont big = m_title->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.2);
    m_title->setFont(big);
    m_title->setObjectName(QStringLiteral("whyTitle"));
    m_title->setWordWrap(true);
    m_sentence->setObjectName(QStringLiteral("whySentence"));
    m_sentence->setWordWrap(true);
    m_sentence->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_adviceBox->setObjectName(QStringLiteral("whyAdvice"));
    m_adviceLayout->setContentsMargins(0, 0, 0, 0);
    m_actionStatus->setObjectName(QStringLiteral("actionStatus"));
    m_actionStatus->setWordWrap(true);
    m_actionStatus->hide();
    m_volumes->horizontalHeader()->resizeSection(0, fontMetrics().horizontalAdvance(u"0"_s) * 24);

    auto* content = new QWidget(this);
    auto* layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_sentence);
    layout->addWidget(m_adviceBox);
    layout->addWidget(m_actionStatus);
    layout->addWidget(m_volumesTitle);
    layout->addWidget(m_volumes);
    layout->addWidget(m_eventsTitle);
    layout->addWidget(m_events);
    layout->addStretch(1);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    m_timer.setSingleShot(true);
    m_timer.setInterval(300);
    connect(&m_timer, &QTimer::timeout, this, &PendingPanel::refresh);
    connect(m_session->store(), &ResourceStore::changed, this, [this](const QString& kind) {
        if (kind == kindname::PersistentVolumeClaim || kind == kindname::PersistentVolume
            || kind == kindname::StorageClass || kind == kindname::Share || kind == kindname::Pod)
            scheduleRefresh();
    });
    connect(m_session->store(), &ResourceStore::cleared, this, &PendingPanel::scheduleRefresh);
    connect(m_session->eventStore(), &ResourceStore::changed, this, &PendingPanel::scheduleRefresh);
    refresh();
}

PendingPanel::~PendingPanel() = default;

void PendingPanel::showClaim(const QString& key)
{
    if (key == m_key)
        return;
    m_key = key;
    m_running.clear();
    m_actionStatus->hide();
    refresh();
}

void PendingPanel::scheduleRefresh()
{
    if (m_key.isEmpty())
        return;
    // Hidden (another tab): explained again when shown, not on every change of 10,000 volumes.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    if (!m_timer.isActive())
        m_timer.start();
}

void PendingPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        refresh();
    }
}

void PendingPanel::refresh()
{
    ResourceStore* store = m_session->store();
    const QJsonObject object
        = m_key.isEmpty() ? QJsonObject() : store->object(kindname::PersistentVolumeClaim, m_key);
    const bool shown = !object.isEmpty();
    for (QWidget* w : {static_cast<QWidget*>(m_volumesTitle), static_cast<QWidget*>(m_volumes),
             static_cast<QWidget*>(m_eventsTitle), static_cast<QWidget*>(m_events), m_adviceBox})
        w->setVisible(shown);
    if (!shown) {
        m_diagnosis = {};
        m_advice.clear();
        m_title->setText(tr("Why is a claim Pending?"));
        m_sentence->setText(
            m_key.isEmpty() ? tr(
                "Select a PersistentVolumeClaim (in the claims pane or the graph) to see what keeps it from "
                "binding and what to do.")
                            : tr("Claim %1 is gone.").arg(m_key));
        return;
    }
    const PersistentVolumeClaim claim = PersistentVolumeClaim::fromJson(object);
    const SharedList<PersistentVolume> volumes = m_volumeSource->input().volumes;
    const QList<StorageClass> classes = fromJsonObjects<StorageClass>(store->objects(kindname::StorageClass));
    QStringList unscheduled;
    for (const QJsonObject& p : store->referringObjects(kindname::Pod, claim.metadata.key())) {
        const Pod pod = Pod::fromJson(p);
        if (pod.nodeName.isEmpty())
            unscheduled.append(pod.metadata.name);
    }
    QList<Share> shares;
    for (const QJsonObject& s : store->objects(kindname::Share))
        shares.append(Share::fromJson(s));
    QList<Event> events;
    for (const QJsonObject& e : m_session->eventStore()->objects(kindname::Event)) {
        const Event event = Event::fromJson(e);
        if (event.involvedObject.kind == kindname::PersistentVolumeClaim
            && event.involvedObject.ns == claim.metadata.ns
            && event.involvedObject.name == claim.metadata.name)
            events.append(event);
    }
    std::sort(events.begin(), events.end(),
        [](const Event& a, const Event& b) { return a.lastSeen() < b.lastSeen(); });

    m_diagnosis = binding::diagnoseClaim(claim, volumes, classes, unscheduled);
    m_advice = binding::adviseClaim(
        m_diagnosis, claim, volumes, shares, m_session->shares()->isConnected(), events);
    const QString phase = claim.phase.isEmpty() ? u"Pending"_s : claim.phase;
    m_title->setText(
        phase == u"Pending" ? tr("Why is %1 Pending?").arg(m_key) : tr("%1 is %2").arg(m_key, phase));
    m_sentence->setText(m_diagnosis.message);
    fillAdvice();

    m_volumes->setRowCount(int(m_diagnosis.candidates.size()));
    const QIcon ok = StatusDecorationProxy::iconFor(ResourceTableModel::StatusOk);
    const QIcon no = StatusDecorationProxy::iconFor(ResourceTableModel::StatusError);
    for (int r = 0; r < m_diagnosis.candidates.size(); ++r) {
        const binding::CandidateExplanation& c = m_diagnosis.candidates.at(r);
        const bool eligible = binding::ruleIsEligible(c.rule);
        auto* name = new QTableWidgetItem(eligible ? ok : no, c.volumeName);
        name->setToolTip(eligible ? tr("Can serve the claim") : tr("Cannot serve the claim"));
        name->setData(Qt::UserRole, binding::ruleId(c.rule));
        m_volumes->setItem(r, 0, name);
        auto* verdict = new QTableWidgetItem(c.message);
        verdict->setToolTip(binding::ruleId(c.rule));
        m_volumes->setItem(r, 1, verdict);
    }
    m_volumesTitle->setText(m_diagnosis.candidates.isEmpty() ? tr("Volumes: the cluster has none")
                                                             : tr("Volumes, as the binder judges them"));
    m_volumes->resizeRowsToContents();

    m_events->setRowCount(int(events.size()));
    for (int r = 0; r < events.size(); ++r) {
        const Event& e = events.at(r);
        m_events->setItem(r, 0, new QTableWidgetItem(e.type));
        m_events->setItem(r, 1, new QTableWidgetItem(e.reason));
        m_events->setItem(r, 2, new QTableWidgetItem(e.message));
    }
    m_eventsTitle->setText(events.isEmpty()
            ? tr("Events: none (the binder says nothing when a claim names a volume that does not exist)")
            : tr("Events"));
    m_events->setVisible(!events.isEmpty());
    m_events->resizeColumnToContents(0);
    m_events->resizeColumnToContents(1);
    m_events->resizeRowsToContents();
}

void PendingPanel::fillAdvice()
{
    // Later: the button that started an action may be the one emitting now.
    while (QLayoutItem* item = m_adviceLayout->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    if (m_advice.isEmpty())
        return;
    m_adviceLayout->addWidget(wizardstyle::heading(tr("What to do"), m_adviceBox));
    for (const Advice& a : std::as_const(m_advice)) {
        auto* row = new QWidget(m_adviceBox);
        auto* h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto* text = new QLabel(a.text, row);
        text->setWordWrap(true);
        text->setTextInteractionFlags(Qt::TextSelectableByMouse);
        if (!a.kubectlCommand.isEmpty())
            text->setText(tr("%1\nThe patch: %2").arg(a.text, a.kubectlCommand));
        h->addWidget(text, 1);
        const QString label = buttonText(a);
        if (!label.isEmpty()) {
            auto* button = new QPushButton(label, row);
            button->setObjectName(u"action"_s + binding::actionId(a.action));
            button->setEnabled(m_running.isEmpty());
            connect(button, &QPushButton::clicked, this, [this, a] { run(a); });
            h->addWidget(button, 0, Qt::AlignTop);
        }
        m_adviceLayout->addWidget(row);
    }
}

void PendingPanel::run(const Advice& advice)
{
    const QString ns = m_key.section(u'/', 0, 0);
    const QString name = m_key.section(u'/', 1);
    switch (advice.action) {
    case Advice::Action::MountShare:
        mountShare(advice.target);
        break;
    case Advice::Action::OpenStaticWizard:
    case Advice::Action::ChooseVolume:
    case Advice::Action::UseShare:
        // The wizard lists the shares and volumes that fit and says why the others do not.
        Q_EMIT staticWizardRequested(QString(), QString());
        break;
    case Advice::Action::ClearClaimRef:
        clearClaimRef(advice);
        break;
    case Advice::Action::CreateConsumer:
        Q_EMIT consumerRequested(ns, name);
        break;
    case Advice::Action::None:
        break;
    }
}

void PendingPanel::mountShare(const QString& share)
{
    m_running = u"MountShare:"_s + share;
    m_actionStatus->setText(tr("Mounting %1 for Edge compute…").arg(share));
    m_actionStatus->show();
    fillAdvice();
    m_session->shares()->mountShare(
        share, this,
        [this, share](const QString& status, int percent) {
            m_actionStatus->setText(percent >= 0 ? tr("Mounting %1: %2 (%3%)").arg(share, status).arg(percent)
                                                 : tr("Mounting %1: %2").arg(share, status));
        },
        [this, share](const ArmError& error) {
            m_running.clear();
            m_actionStatus->setText(error.ok()
                    ? tr("%1 is mounted: its PersistentVolume appears and the claim binds to it.").arg(share)
                    : tr("Mounting %1 failed: %2").arg(share, error.message()));
            fillAdvice();
            Q_EMIT actionFinished(u"MountShare"_s, error.ok() ? QString() : error.message());
        });
}

void PendingPanel::clearClaimRef(const Advice& advice)
{
    const QString text
        = tr("Volume %1 keeps the data of its deleted claim. Remove its claimRef so that it becomes "
             "Available and a claim can bind it (with that data)?\n\nThe patch sent:\n%2")
              .arg(advice.target, advice.kubectlCommand);
    if (!m_confirm(tr("Make %1 Available?").arg(advice.target), text))
        return;
    const QJsonObject patch = QJsonDocument::fromJson(advice.patch.toUtf8()).object();
    m_running = u"ClearClaimRef:"_s + advice.target;
    m_actionStatus->setText(tr("Patching %1…").arg(advice.target));
    m_actionStatus->show();
    fillAdvice();
    const QString volume = advice.target;
    m_session->cluster()->mergePatch(kindname::PersistentVolume, QString(), volume, patch, this,
        [this, volume](const QJsonObject&, const ApiError& error) {
            m_running.clear();
            m_actionStatus->setText(error.ok()
                    ? tr("%1 no longer names a claim: it becomes Available.").arg(volume)
                    : tr("Patching %1 failed: %2").arg(volume, error.message()));
            fillAdvice();
            Q_EMIT actionFinished(u"ClearClaimRef"_s, error.ok() ? QString() : error.message());
        });
}

} // namespace ase
