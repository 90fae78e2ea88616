#include "ui/wizards/FollowPanel.h"

#include "models/resources/Event.h"
#include "models/resources/ObjectMeta.h"
#include "models/resources/PersistentVolumeClaim.h"
#include "models/resources/Pod.h"
#include "models/store/ResourceStore.h"

#include <QLabel>
#include <QListWidget>
#include <QTime>
#include <QVBoxLayout>

namespace ase {

namespace {

const QString kClaim = QStringLiteral("PersistentVolumeClaim");

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
        if (kind == kClaim || kind == u"Pod" || kind == u"PersistentVolume")
            refresh();
    });
    for (const ServerAnswer& answer : m_applied)
        append(answer.verbatim);
    refresh();
}

FollowPanel::~FollowPanel() = default;

void FollowPanel::setTexts(const QString& title, const QString& note)
{
    findChild<QLabel*>(QStringLiteral("followTitle"))->setText(title);
    findChild<QLabel*>(QStringLiteral("followNote"))->setText(note);
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

void FollowPanel::refresh()
{
    QStringList lines;
    for (const ServerAnswer& answer : std::as_const(m_applied)) {
        const QString key = objectKey(answer.ns, answer.name);
        if (answer.kind != kClaim) {
            lines.append(tr("%1 %2: created.").arg(answer.kind, answer.name.toHtmlEscaped()));
            continue;
        }
        const QJsonObject object = m_store->object(kClaim, key);
        const QString claimLink = link(kClaim, key, key);
        if (object.isEmpty()) {
            lines.append(tr("Claim %1: waiting for it to appear in the list…").arg(claimLink));
            continue;
        }
        const PersistentVolumeClaim claim = PersistentVolumeClaim::fromJson(object);
        if (claim.phase == u"Bound") {
            lines.append(
                tr("Claim %1: Bound to volume %2.")
                    .arg(claimLink,
                        link(QStringLiteral("PersistentVolume"), claim.volumeName, claim.volumeName)));
        } else if (claim.phase == u"Lost") {
            lines.append(tr("Claim %1: Lost (its volume is gone).").arg(claimLink));
        } else {
            lines.append(tr("Claim %1: Pending, waiting for the binder.").arg(claimLink));
        }
        if (m_phases.value(key) != claim.phase || m_volumes.value(key) != claim.volumeName) {
            m_phases.insert(key, claim.phase);
            m_volumes.insert(key, claim.volumeName);
            append(claim.phase == u"Bound" ? tr("Claim %1 is Bound to volume %2.").arg(key, claim.volumeName)
                                           : tr("Claim %1 is %2.").arg(key, claim.phase));
        }
        // The pods that mount it.
        for (const QJsonObject& podObject : m_store->objects(QStringLiteral("Pod"))) {
            const Pod pod = Pod::fromJson(podObject);
            if (pod.metadata.ns != answer.ns || !pod.usesClaim(answer.name))
                continue;
            const QString podKey = pod.metadata.key();
            lines.append(
                tr("Pod %1 mounts it: %2.").arg(link(QStringLiteral("Pod"), podKey, podKey), pod.phase));
            const QString seen = podKey + u'|' + pod.phase;
            if (!m_podsSeen.contains(seen)) {
                m_podsSeen.insert(seen);
                append(tr("Pod %1 mounts the claim: %2.").arg(podKey, pod.phase));
            }
        }
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));
}

void FollowPanel::refreshEvents()
{
    if (!m_events)
        return;
    QList<Event> events;
    for (const QJsonObject& object : m_events->objects(QStringLiteral("Event")))
        events.append(Event::fromJson(object));
    std::sort(events.begin(), events.end(),
        [](const Event& a, const Event& b) { return a.lastSeen() < b.lastSeen(); });
    for (const Event& event : std::as_const(events)) {
        const QString seen = event.metadata.uid + u'|' + QString::number(event.count);
        if (m_eventsSeen.contains(seen))
            continue;
        m_eventsSeen.insert(seen);
        append(tr("%1 %2: %3", "event type, reason, message").arg(event.type, event.reason, event.message));
    }
}

} // namespace ase
