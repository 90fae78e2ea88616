// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/itemmodels/ObjectSummary.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>
#include <QWidget>

#include <functional>

class QFormLayout;
class QLabel;
class QMenu;
class QToolButton;
class QTabWidget;
class QTableView;

namespace ase {

class EventListModel;
class ResourceStore;
class YamlView;

/// The selected object in detail: a summary of its important fields with links to the
/// objects it is bound to, its Events, and its YAML. Follows the store live.
class DetailsPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DetailsPanel)

public:
    /// `store` holds the objects; `eventStore` the Events of the object shown (filled on
    /// request: objectShown() asks for them).
    DetailsPanel(ResourceStore* store, ResourceStore* eventStore, QWidget* parent = nullptr);
    ~DetailsPanel() override;

    /// Shows one object of the store; an empty key clears the panel.
    void showObject(const QString& kind, const QString& key);
    QString kind() const { return m_kind; }
    QString key() const { return m_key; }

    QTabWidget* tabs() const { return m_tabs; }
    YamlView* yamlView() const { return m_yaml; }
    QTableView* eventsView() const { return m_eventsView; }
    QToolButton* actionsButton() const { return m_actions; }
    /// The value label of the summary row labelled `label` ("Status"); null when none.
    QLabel* summaryValue(const QString& label) const;

    /// Gets one object in full: `done` receives it, or an empty object and why not.
    using FullObjectFetch = std::function<void(const QString& kind, const QString& key, QObject* context,
        std::function<void(const QJsonObject& object, const QString& error)> done)>;
    /// For kinds the store keeps only in part (`partial(kind)`), the YAML tab shows the
    /// object `fetch` gets from the server, fetched again when its resourceVersion changes.
    void setFullObjectSource(std::function<bool(const QString& kind)> partial, FullObjectFetch fetch);

Q_SIGNALS:
    /// A link to a related object was followed.
    void linkActivated(const QString& kind, const QString& key);
    /// "Claim this share…" / "Claim this volume…" was followed for the object shown.
    void claimRequested(const QString& kind, const QString& key);
    /// The Actions button's menu opens: fill @p menu with what can be done to the object
    /// (the same entries as its pane's context menu: Mount, Unmount, Refresh, Delete…).
    void actionsRequested(const QString& kind, const QString& key, QMenu* menu);
    /// The panel now shows this object (empty kind: none); its Events are wanted in the
    /// event store.
    void objectShown(const QString& kind, const QString& ns, const QString& name, const QString& uid);

private:
    /// One row of the summary: its widgets and the field they show.
    struct SummaryRow
    {
        QLabel* label = nullptr;
        QLabel* value = nullptr;
        SummaryField shown;
    };

    void refresh();
    /// Shows `fields` in the summary, reusing the rows there: a row whose field did not
    /// change is not touched, rows are added or removed at the end.
    void showSummary(const QList<SummaryField>& fields);
    SummaryRow addSummaryRow();
    void showField(SummaryRow& row, const SummaryField& field);
    /// Points the events at this object (kind, namespace, name, uid) when it changed.
    void followEventsOf(const QJsonObject& object);
    /// Shows the object in the YAML tab: the stored one, or for a partial kind the full one.
    void showYaml(const QJsonObject& stored);

    ResourceStore* m_store;
    QStringList m_eventsOf; ///< kind, namespace, name, uid whose events are shown
    std::function<bool(const QString&)> m_partial;
    FullObjectFetch m_fetch;
    QString m_fullFor; ///< kind, key and resourceVersion of m_full (or of the fetch in flight)
    QJsonObject m_full;
    QString m_kind;
    QString m_key;
    QStringList m_related; ///< relatedKinds(m_kind): kinds whose changes may change the summary
    QJsonObject m_yamlOf; ///< the stored object the YAML tab was last given
    QList<SummaryRow> m_rows;
    QLabel* m_title;
    QLabel* m_claimLink; ///< "Claim this share…" under the title, for shares and volumes
    QToolButton* m_actions; ///< "Actions" next to the title: the object's context menu
    QTabWidget* m_tabs;
    QWidget* m_summaryPage;
    QFormLayout* m_summary;
    EventListModel* m_events;
    QTableView* m_eventsView;
    YamlView* m_yaml;
};

} // namespace ase
