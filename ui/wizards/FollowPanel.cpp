// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/wizards/FollowPanel.h"

#include "models/resources/Event.h"
#include "models/resources/KindNames.h"
#include "models/resources/ObjectMeta.h"
#include "models/resources/PersistentVolumeClaim.h"
#include "models/resources/Pod.h"
#include "models/resources/StorageClass.h"
#include "models/store/ResourceStore.h"

#include <QLabel>
#include <QListWidget>
#include <QTime>
#include <QVBoxLayout>

namespace ase {

namespace {

const QString kClaim = kindname::PersistentVolumeClaim;

} // namespace

FollowPanel::FollowPanel(ResourceStore* store, const QList<ServerAnswer>& applied, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_applied(applied)
    , m_summary(new QLabel(this))
    , m_log(new QListWidget(this))
{
    setObjectName(QStringLiteral("followPanel"));
    auto* title = new QLabel(tr("Created. What the cluster does with it:"), this);
    title->setObjectName(QStringLiteral("followTitle"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    m_summary->setObjectName(QStringLiteral("followSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_summary, &QLabel::linkActivated, this, [this](const QString& href) {
        Q_EMIT linkActivated(href.section(u'|', 0, 0), href.section(u'|', 1));
    });
    m_log->setObjectName(QStringLiteral("followLog"));
    m_log->setAccessibleName(tr("What happened since Create"));
    m_log->setWordWrap(true);
    auto* note = new QLabel(tr("You can close the wizard at any time; the objects stay."), this);
    note->setObjectName(QStringLiteral("followNote"));
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_summary);
    layout->addWidget(m_log, 1);
    layout->addWidget(note);

    connect(m_store, &ResourceStore::changed, this, [this](const QString& kind) {
        if (kind == kClaim || kind == kindname::Pod || kind == kindname::PersistentVolume)
            refresh();
    });
    for (const ServerAnswer& answer : m_applied) {
        append(answer.verbatim);
        if (answer.kind == kClaim)
            m_claimKeys.append(objectKey(answer.ns, answer.name));
    }
    refresh();
}

void FollowPanel::setEventFilter(std::function<bool(const Event&)> accept)
{
    m_eventFilter = std::move(accept);
    refreshEvents();
}

void FollowPanel::followClaims(const QStringList& keys)
{
    for (const QString& key : keys) {
        if (!m_claimKeys.contains(key))
            m_claimKeys.append(key);
    }
    refresh();
}

FollowPanel::~FollowPanel() = default;

void FollowPanel::setTexts(const QString& title, const QString& note)
{
    auto* titleLabel = findChild<QLabel*>(QStringLiteral("followTitle"));
    auto* noteLabel = findChild<QLabel*>(QStringLiteral("followNote"));
    Q_ASSERT(titleLabel && noteLabel); // made by the constructor
    titleLabel->setText(title);
    noteLabel->setText(note);
}

void FollowPanel::setEventStore(ResourceStore* events)
{
    m_events = events;
    if (m_events)
        connect(m_events, &ResourceStore::changed, this, &FollowPanel::refreshEvents);
    refreshEvents();
}

QStringList FollowPanel::log() const
{
    QStringList out;
    for (int i = 0; i < m_log->count(); ++i)
        out.append(m_log->item(i)->text());
    return out;
}

void FollowPanel::append(const QString& line)
{
    m_log->addItem(tr("%1  %2", "time, what happened").arg(QTime::currentTime().toString(u"HH:mm:ss"), line));
    m_log->scrollToBottom();
}

QString FollowPanel::link(const QString& kind, const QString& key, const QString& text) const
{
    return QStringLiteral("<a href=\"%1|%2\">%3</a>").arg(kind, key.toHtmlEscaped(), text.toHtmlEscaped());
}

QString FollowPanel::pendingText(const PersistentVolumeClaim& claim) const
{
    const QString provisioner
        = claim.metadata.annotation(QLatin1StringView("volume.kubernetes.io/storage-provisioner"));
    if (!claim.selectedNode.isEmpty())
        return tr("Pending: node %1 was chosen for it; the provisioner %2 is making its volume…")
            .arg(claim.selectedNode.toHtmlEscaped(), provisioner.toHtmlEscaped());
    if (!claim.storageClassName.isEmpty()) {
        const QJsonObject object = m_store->object(kindname::StorageClass, claim.storageClassName);
        if (!object.isEmpty() && StorageClass::fromJson(object).waitsForFirstConsumer())
            return tr("Pending: waiting for its first consumer (WaitForFirstConsumer). This is expected: the "
                      "volume "
                      "is made once a pod that uses the claim is scheduled.");
        if (!provisioner.isEmpty())
            return tr("Pending: the provisioner %1 is making its volume…").arg(provisioner.toHtmlEscaped());
    }
    return tr("Pending, waiting for the binder.");
}

void FollowPanel::refreshClaim(const QString& key, QStringList& lines)
{
    const QString claimLink = link(kClaim, key, key);
    const QJsonObject object = m_store->object(kClaim, key);
    if (object.isEmpty()) {
        lines.append(tr("Claim %1: waiting for it to appear in the list…").arg(claimLink));
        return;
    }
    const PersistentVolumeClaim claim = PersistentVolumeClaim::fromJson(object);
    if (claim.phase == u"Bound") {
        lines.append(
            tr("Claim %1: Bound to volume %2.")
                .arg(claimLink, link(kindname::PersistentVolume, claim.volumeName, claim.volumeName)));
    } else if (claim.phase == u"Lost") {
        lines.append(tr("Claim %1: Lost (its volume is gone).").arg(claimLink));
    } else {
        lines.append(tr("Claim %1: %2", "claim, its pending state").arg(claimLink, pendingText(claim)));
    }
    if (m_phases.value(key) != claim.phase || m_volumes.value(key) != claim.volumeName
        || m_nodes.value(key) != claim.selectedNode) {
        m_phases.insert(key, claim.phase);
        m_volumes.insert(key, claim.volumeName);
        m_nodes.insert(key, claim.selectedNode);
        if (claim.phase == u"Bound")
            append(tr("Claim %1 is Bound to volume %2.").arg(key, claim.volumeName));
        else if (!claim.selectedNode.isEmpty())
            append(tr("Claim %1: node %2 chosen; provisioning.").arg(key, claim.selectedNode));
        else
            append(tr("Claim %1 is %2.").arg(key, claim.phase));
    }
    // The pods that mount it.
    for (const QJsonObject& podObject : m_store->referringObjects(kindname::Pod, claim.metadata.key())) {
        const Pod pod = Pod::fromJson(podObject);
        const QString podKey = pod.metadata.key();
        const QString where = pod.nodeName.isEmpty()
            ? pod.phase
            : tr("%1 on %2", "pod phase, node").arg(pod.phase, pod.nodeName);
        lines.append(
            tr("Pod %1 mounts it: %2.").arg(link(kindname::Pod, podKey, podKey), where.toHtmlEscaped()));
        const QString seen = podKey + u'|' + where;
        if (!m_podsSeen.contains(seen)) {
            m_podsSeen.insert(seen);
            append(tr("Pod %1 mounts the claim: %2.").arg(podKey, where));
        }
    }
}

void FollowPanel::refresh()
{
    QStringList lines;
    for (const ServerAnswer& answer : std::as_const(m_applied)) {
        if (answer.kind != kClaim)
            lines.append(tr("%1 %2: created.").arg(answer.kind, answer.name.toHtmlEscaped()));
    }
    for (const QString& key : std::as_const(m_claimKeys))
        refreshClaim(key, lines);
    m_summary->setText(lines.join(QStringLiteral("<br>")));
}

void FollowPanel::refreshEvents()
{
    if (!m_events)
        return;
    QList<Event> events;
    for (const QJsonObject& object : m_events->objects(kindname::Event))
        events.append(Event::fromJson(object));
    std::sort(events.begin(), events.end(), &Event::seenBefore);
    for (const Event& event : std::as_const(events)) {
        const QString seen = event.metadata.uid + u'|' + QString::number(event.count);
        if (m_eventsSeen.contains(seen) || (m_eventFilter && !m_eventFilter(event)))
            continue;
        m_eventsSeen.insert(seen);
        append(tr("%1 %2: %3", "event type, reason, message").arg(event.type, event.reason, event.message));
    }
}

} // namespace ase
