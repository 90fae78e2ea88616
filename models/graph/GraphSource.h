#pragma once

#include "models/graph/BindingGraph.h"
#include "models/store/ResourceStore.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace ase::graph {

/// The typed objects a binding graph is built from, kept up to date from a ResourceStore:
/// only the objects that changed are decoded again, so that a stream of watch events does
/// not decode 30,000 objects per batch. Announces changes coalesced (changed(), at most
/// once per interval).
class GraphSource final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GraphSource)

public:
    explicit GraphSource(ResourceStore* store, QObject* parent = nullptr);
    ~GraphSource() override;

    /// The objects now, as lists (implicitly shared values: cheap to hand to a build).
    GraphInput input() const;
    /// Coalescing interval of changed() (default 250 ms; 0: the next event-loop turn).
    void setInterval(int milliseconds) { m_timer.setInterval(milliseconds); }
    /// Changes seen since the source was made (for tests and benchmarks), and those that
    /// changed what the graph shows (a label or an annotation does not: no rebuild).
    qint64 changeCount() const { return m_changes; }
    qint64 relevantChangeCount() const { return m_relevant; }
    /// What of an object the graph shows (its links, phase, owner...): equal → no rebuild.
    static QString graphFacts(const QString& kind, const QJsonObject& object);

Q_SIGNALS:
    /// Objects changed since the last signal.
    void changed();

private:
    void reload();
    void onChanged(const QString& kind, const QList<ase::StoreChange>& changes);

    ResourceStore* m_store;
    QHash<QString, Share> m_shares;
    QHash<QString, PersistentVolume> m_volumes;
    QHash<QString, PersistentVolumeClaim> m_claims;
    QHash<QString, Pod> m_pods;
    QHash<QString, StorageClass> m_classes;
    QHash<QString, QString> m_facts; ///< "kind/key" → graphFacts()
    QTimer m_timer;
    qint64 m_changes = 0;
    qint64 m_relevant = 0;
};

} // namespace ase::graph
