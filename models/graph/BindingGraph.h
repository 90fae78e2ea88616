// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "models/resources/PersistentVolume.h"
#include "models/resources/PersistentVolumeClaim.h"
#include "models/resources/Pod.h"
#include "models/resources/Share.h"
#include "models/resources/SharedList.h"
#include "models/resources/StorageClass.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QSpan>
#include <QString>

/// The binding graph as data (issue: binding inspection): device shares, PersistentVolumes,
/// claims, pods, their workloads and StorageClasses, and the edges between them, laid out
/// in fixed columns and ordered to minimise crossings. No widgets: the window draws it,
/// the `graph` command writes it as Graphviz or SVG.
namespace ase::graph {

/// The fixed columns, left to right; classes sit in a row above.
enum class Column : quint8 { Share, Volume, Claim, Pod, Workload, Class };
inline constexpr int kColumnCount = 5; ///< the columns of the main row (Class excluded)

enum class NodeKind : quint8 { Share, Volume, Claim, Pod, Workload, StorageClass, Ghost };

struct Node
{
    NodeKind kind = NodeKind::Volume;
    QString name;
    QString ns;
    QString kindName; ///< "Share", "PersistentVolume", ..., "Deployment", "StatefulSet"
    QString status; ///< the phase shown (Bound, Pending, Released, Failed, Lost, Terminating, Running...)
    /// A finding: Pending/Lost/Released/Failed, a half-bound pair, a dangling reference.
    bool problem = false;
    Column column = Column::Volume;
    int order = 0; ///< position within its column after ordering

    /// Unique in a graph: "PersistentVolume/pv1", "PersistentVolumeClaim/ns/name",
    /// "Workload/ns/Deployment/web", "Ghost/pv9". Made when asked: a node keeps only the
    /// parts (kind, namespace, workload kind, name), since at 101,609 nodes the ids and
    /// their index were 15 MiB of each graph's 42, and a rebuild holds two graphs.
    QString id() const;
    /// id() == @p id, without making the id.
    bool hasId(QStringView id) const;
    /// The same id as @p other (what id() would say of both).
    bool sameId(const Node& other) const;
};

enum class EdgeKind : quint8 {
    ShareVolume, ///< a compute-mounted share → its PV
    Bound, ///< PV ↔ claim, both point at each other
    VolumeClaimsOnly, ///< the PV's claimRef names the claim, the claim does not name it (half-bound)
    ClaimNamesOnly, ///< the claim's volumeName names the PV, the PV does not point back (half-bound)
    Dangling, ///< the claim names a volume that does not exist (to a ghost node)
    ClaimPod, ///< the pod mounts the claim
    PodWorkload, ///< the pod belongs to the workload (ownerReferences)
    ClassClaim, ///< the claim asks for the class
    ClassVolume, ///< the class made (or owns) the PV
};

/// A finding drawn as such (dashed, in the problem colour): a half-bound pair or a dangling
/// reference.
inline bool isFinding(EdgeKind kind)
{
    return kind == EdgeKind::VolumeClaimsOnly || kind == EdgeKind::ClaimNamesOnly
        || kind == EdgeKind::Dangling;
}

struct Edge
{
    int from = 0; ///< index into nodes (the left/upper end)
    int to = 0;
    EdgeKind kind = EdgeKind::Bound;
};

/// What the graph is built from (typically a ResourceStore's objects).
struct GraphInput
{
    SharedList<Share> shares;
    SharedList<PersistentVolume> volumes;
    SharedList<PersistentVolumeClaim> claims;
    SharedList<Pod> pods;
    SharedList<StorageClass> classes;
};

class BindingGraph final
{
public:
    /// Builds nodes and edges (and orders the columns unless @p order is false: a live view
    /// adopts its previous order instead, see adoptOrder()). `ns` non-empty keeps only that
    /// namespace's claims and pods, and the volumes, shares and classes they reach.
    static BindingGraph build(const GraphInput& input, const QString& ns = {}, bool order = true);

    const QList<Node>& nodes() const { return m_nodes; }
    const QList<Edge>& edges() const { return m_edges; }
    /// The node with this id (Node::id()), or -1.
    int indexOf(QStringView id) const;
    /// The node indexes of one column in their order.
    QList<int> column(Column column) const;
    /// Edges that cross between two adjacent columns (the quantity the ordering lowers).
    int crossings() const;
    /// Orders every column by barycentre sweeps (left→right, right→left), `sweeps` times,
    /// keeping the best order found.
    void orderColumns(int sweeps = 4);
    /// The nodes within `hops` edges of `id` (itself included), for "focus".
    QList<int> neighbourhood(const QString& id, int hops) const;
    /// Only the problems and what connects to them.
    QList<int> problems() const;
    /// For a graph rebuilt after a change: the nodes that were in @p previous with the same
    /// neighbours keep their relative order in their column (they do not move relative to
    /// each other); the others (new, or whose edges changed) are placed at the mean row of
    /// their neighbours. Returns how many nodes were placed anew (their indexes in @p moved).
    int adoptOrder(const BindingGraph& previous, QList<int>* moved = nullptr);
    /// The ids of a node's neighbours, sorted and joined: equal when its edges are the same.
    QString neighbourSignature(int node) const;

    /// What the graph says, independent of node indexes and order: one sorted line per node
    /// (id, status, problem) and per edge (the ids of its ends, its kind). Two graphs that
    /// show the same say the same (a live rebuild is checked against a full one with it).
    QStringList canonicalFacts() const;

    /// Graphviz: one cluster per column, the edges styled by kind.
    QByteArray toDot() const;
    /// A self-contained SVG picture of the layout (columns, boxes coloured by status, edges).
    QByteArray toSvg(bool dark = false) const;

    static QString nodeId(NodeKind kind, const QString& ns, const QString& name);

    /// Tests: keeps only the lowest @p bits of the ids' hashes (64 again with 64), so that
    /// distinct ids share a hash and the path for them is taken.
    static void setIdHashBitsForTests(int bits);

private:
    class Builder;

    int addNode(Node node);
    /// The node with the same id as @p node, or -1.
    int indexOfSame(const Node& node) const;
    void addEdge(int from, int to, EdgeKind kind);
    /// The initial order: by namespace and name within each column.
    void orderByName();
    QList<QList<int>> columns() const;
    /// Edges between two adjacent columns that cross, counted as inversions in
    /// O(E log E) (a Fenwick tree), so that 50,000 edges are ordered in well under a second.
    static qint64 crossingsBetween(const QList<int>& left, const QList<int>& right, const QList<Edge>& edges,
        const QList<int>& position);
    /// The neighbours of every node, in one list (compressed rows) rather than a list per
    /// node: 1.7 MiB at 101,609 nodes and 166,002 edges, and no allocation per node.
    struct Adjacency
    {
        QList<int> offsets; ///< node → where its neighbours start in `neighbours`; one more at the end
        QList<int> neighbours;

        /// A node's neighbours (classes included), in the order of the edges.
        QSpan<const int> at(int node) const
        {
            return QSpan<const int>(
                neighbours.constData() + offsets.at(node), offsets.at(node + 1) - offsets.at(node));
        }
    };
    /// The neighbours of every node (classes included), built once.
    const Adjacency& adjacency() const;
    /// Per node, a digest of its neighbours' ids (equal when its links are), built once.
    const QList<quint64>& linkHashes() const;

    QList<Node> m_nodes;
    QList<Edge> m_edges;
    /// Node::id()'s hash → node. Ids themselves are not kept: a node whose id's hash is
    /// another's (rare) is found by its id in m_sharedHash instead.
    QHash<quint64, int> m_index;
    QHash<QString, int> m_sharedHash;
    mutable Adjacency m_adjacency; ///< filled on first use; edges never change after build
    mutable QList<quint64> m_linkHashes; ///< filled on first use
};

/// The column of a kind of node.
Column columnOf(NodeKind kind);
/// The workload a pod belongs to: "Deployment/web" (ReplicaSet owner with the pod's
/// pod-template-hash suffix stripped), "StatefulSet/db", "DaemonSet/x", "Job/y"; "" when
/// it has no controller.
QString workloadOf(const Pod& pod);

} // namespace ase::graph

// Every member is an implicitly shared Qt value or a plain one: a graph's node list grows
// and is squeezed by realloc() instead of a copy beside the old list (11 MiB at 101,609
// nodes, while the graph shown is held too). Edge, trivially copyable, is relocatable as is.
Q_DECLARE_TYPEINFO(ase::graph::Node, Q_RELOCATABLE_TYPE);
