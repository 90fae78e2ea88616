// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "ui/DetailsPanel.h"

#include "models/itemmodels/EventListModel.h"
#include "models/itemmodels/ObjectSummary.h"
#include "models/resources/KindNames.h"
#include "models/resources/MetaFields.h"
#include "models/store/ResourceStore.h"
#include "ui/YamlView.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace ase {

namespace {

QString kindTitle(const QString& kind)
{
    if (kind == kindname::PersistentVolume)
        return DetailsPanel::tr("PersistentVolume");
    if (kind == kindname::PersistentVolumeClaim)
        return DetailsPanel::tr("PersistentVolumeClaim");
    if (kind == kindname::StorageClass)
        return DetailsPanel::tr("StorageClass");
    if (kind == kindname::Share)
        return DetailsPanel::tr("Device share");
    if (kind == kindname::Pod)
        return DetailsPanel::tr("Pod");
    return kind;
}

} // namespace

DetailsPanel::DetailsPanel(ResourceStore* store, ResourceStore* eventStore, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_title(new QLabel(this))
    , m_claimLink(new QLabel(this))
    , m_actions(new QToolButton(this))
    , m_tabs(new QTabWidget(this))
    , m_summaryPage(new QWidget)
    , m_summary(new QFormLayout(m_summaryPage))
    , m_events(new EventListModel(eventStore, this))
    , m_eventsView(new QTableView(this))
    , m_yaml(new YamlView(this))
{
    setObjectName(QStringLiteral("detailsPanel"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_title->setWordWrap(true);

    m_summary->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_summary->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("summary"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(m_summaryPage);

    m_eventsView->setObjectName(QStringLiteral("events"));
    m_eventsView->setAccessibleName(tr("Events of the selected object"));
    m_eventsView->setModel(m_events);
    m_eventsView->verticalHeader()->hide();
    m_eventsView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_eventsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_eventsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_eventsView->setWordWrap(false);
    m_eventsView->setShowGrid(false);
    m_eventsView->horizontalHeader()->setStretchLastSection(false);
    m_eventsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_eventsView->horizontalHeader()->setSectionResizeMode(EventListModel::Message, QHeaderView::Stretch);
    m_eventsView->horizontalHeader()->resizeSection(
        EventListModel::Type, fontMetrics().horizontalAdvance(QStringLiteral("Warning")) + 24);
    m_eventsView->horizontalHeader()->resizeSection(
        EventListModel::Reason, fontMetrics().horizontalAdvance(QStringLiteral("WaitForFirstConsumer")) + 16);

    m_tabs->setObjectName(QStringLiteral("detailsTabs"));
    m_tabs->addTab(scroll, tr("&Summary"));
    m_tabs->addTab(m_eventsView, tr("&Events"));
    m_tabs->addTab(m_yaml, tr("&YAML"));

    m_claimLink->setObjectName(QStringLiteral("claimLink"));
    m_claimLink->setTextFormat(Qt::RichText);
    m_claimLink->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(m_claimLink, &QLabel::linkActivated, this, [this] { Q_EMIT claimRequested(m_kind, m_key); });

    // The object's actions, as its pane's context menu has them (keyboard: Alt+A).
    m_actions->setObjectName(QStringLiteral("detailsActions"));
    m_actions->setText(tr("&Actions"));
    m_actions->setPopupMode(QToolButton::InstantPopup);
    m_actions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* actionsMenu = new QMenu(m_actions);
    m_actions->setMenu(actionsMenu);
    connect(actionsMenu, &QMenu::aboutToShow, this, [this, actionsMenu] {
        actionsMenu->clear();
        Q_EMIT actionsRequested(m_kind, m_key, actionsMenu);
    });
    m_actions->hide();

    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    titleRow->addWidget(m_actions, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(titleRow);
    layout->addWidget(m_claimLink);
    layout->addWidget(m_tabs);

    connect(m_store, &ResourceStore::changed, this,
        [this](const QString& kind, const QList<StoreChange>& changes) {
            if (m_key.isEmpty())
                return;
            // The object itself changed, or a kind its summary reads (the models say which).
            if (kind == m_kind) {
                const bool self = std::any_of(changes.cbegin(), changes.cend(),
                    [this](const StoreChange& c) { return c.key == m_key; });
                if (self)
                    refresh();
            } else if (m_related.contains(kind) && !changes.isEmpty()) {
                refresh();
            }
        });
    connect(m_store, &ResourceStore::cleared, this, [this] { showObject({}, {}); });
    showObject({}, {});
}

DetailsPanel::~DetailsPanel() = default;

void DetailsPanel::showObject(const QString& kind, const QString& key)
{
    m_kind = kind;
    m_key = key;
    m_related = relatedKinds(kind);
    refresh();
}

void DetailsPanel::followEventsOf(const QJsonObject& object)
{
    const QStringList target {object.isEmpty() ? QString() : m_kind, metafield::ns(object),
        metafield::name(object), metafield::uid(object)};
    if (target == m_eventsOf)
        return;
    m_eventsOf = target;
    m_events->setObject(target.at(0), target.at(1), target.at(2), target.at(3));
    Q_EMIT objectShown(target.at(0), target.at(1), target.at(2), target.at(3));
}

void DetailsPanel::setFullObjectSource(
    std::function<bool(const QString& kind)> partial, FullObjectFetch fetch)
{
    m_partial = std::move(partial);
    m_fetch = std::move(fetch);
}

void DetailsPanel::showYaml(const QJsonObject& stored)
{
    if (!m_partial || !m_fetch || !m_partial(m_kind)) {
        m_yaml->setObject(stored);
        return;
    }
    const QString version = metafield::field(stored, QLatin1StringView("resourceVersion")).toString();
    const QString wanted = m_kind + u'\n' + m_key + u'\n' + version;
    if (wanted == m_fullFor) {
        if (!m_full.isEmpty())
            m_yaml->setObject(m_full);
        return; // shown, or on its way
    }
    m_fullFor = wanted;
    m_full = {};
    m_yaml->showMessage(tr("Loading the whole object from the cluster…"));
    m_fetch(m_kind, m_key, this, [this, wanted](const QJsonObject& object, const QString& error) {
        if (wanted != m_fullFor)
            return; // another object, or a newer version, was asked for meanwhile
        if (object.isEmpty()) {
            m_fullFor.clear();
            m_yaml->showMessage(tr("The whole object could not be loaded: %1").arg(error));
            return;
        }
        m_full = object;
        m_yaml->setObject(object);
    });
}

void DetailsPanel::refresh()
{
    const QJsonObject object = m_key.isEmpty() ? QJsonObject() : m_store->object(m_kind, m_key);
    // The events follow the object: none while it does not exist, anew when it is recreated.
    followEventsOf(object);
    if (object.isEmpty()) {
        m_title->setText(m_key.isEmpty() ? tr("Select an object to see its details.")
                                         : tr("%1 %2 no longer exists.").arg(kindTitle(m_kind), m_key));
        m_yaml->clear();
        m_yamlOf = {};
        m_claimLink->hide();
        m_actions->hide();
        m_fullFor.clear();
        showSummary({});
        m_tabs->setEnabled(false);
        return;
    }
    m_tabs->setEnabled(true);
    m_actions->show();
    m_title->setText(tr("%1 %2").arg(kindTitle(m_kind), m_key));
    const bool claimable = m_kind == kindname::Share || m_kind == kindname::PersistentVolume
        || m_kind == kindname::StorageClass;
    m_claimLink->setVisible(claimable);
    if (claimable)
        m_claimLink->setText(QStringLiteral("<a href=\"claim\">%1</a>")
                                 .arg(m_kind == kindname::Share             ? tr("Claim this share…")
                                         : m_kind == kindname::StorageClass ? tr("Use this class…")
                                                                            : tr("Claim this volume…")));
    if (object != m_yamlOf) { // a related object changed: the YAML stays as it is
        m_yamlOf = object;
        showYaml(object);
    }
    showSummary(summarizeObject(m_kind, object, *m_store));
}

QLabel* DetailsPanel::summaryValue(const QString& label) const
{
    for (const SummaryRow& row : m_rows) {
        if (row.shown.label == label)
            return row.value;
    }
    return nullptr;
}

void DetailsPanel::showSummary(const QList<SummaryField>& fields)
{
    while (m_rows.size() > fields.size()) {
        m_summary->removeRow(int(m_rows.size() - 1)); // deletes the row's widgets
        m_rows.removeLast();
    }
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i == m_rows.size())
            m_rows.append(addSummaryRow());
        if (m_rows.at(i).shown == fields.at(i) && !m_rows.at(i).shown.label.isEmpty())
            continue;
        showField(m_rows[i], fields.at(i));
    }
}

DetailsPanel::SummaryRow DetailsPanel::addSummaryRow()
{
    SummaryRow row;
    row.value = new QLabel;
    row.value->setWordWrap(true);
    row.value->setTextInteractionFlags(
        Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(row.value, &QLabel::linkActivated, this, [this](const QString& href) {
        Q_EMIT linkActivated(href.section(u'|', 0, 0), href.section(u'|', 1));
    });
    row.label = new QLabel;
    row.label->setBuddy(row.value);
    m_summary->addRow(row.label, row.value);
    return row;
}

void DetailsPanel::showField(SummaryRow& row, const SummaryField& field)
{
    row.shown = field;
    row.label->setText(field.label + u':');
    if (field.links.isEmpty()) {
        row.value->setTextFormat(Qt::PlainText);
        row.value->setText(field.value);
    } else {
        QStringList parts;
        for (const SummaryLink& link : field.links)
            parts.append(QStringLiteral("<a href=\"%1|%2\">%3</a>")
                             .arg(link.kind, link.key.toHtmlEscaped(), link.text.toHtmlEscaped()));
        row.value->setTextFormat(Qt::RichText);
        row.value->setText(parts.join(QStringLiteral(", ")));
    }
    if (field.warning) {
        QPalette p = row.value->palette();
        const bool dark = p.color(QPalette::Base).lightness() < 128;
        p.setColor(QPalette::WindowText, QColor(dark ? 0xffa25c : 0xb35900));
        row.value->setPalette(p);
    } else {
        row.value->setPalette(QPalette()); // as the panel's
    }
}

} // namespace ase
