// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/graph/BindingGraph.h"

#include "models/graph/RowPlacement.h"
#include "models/resources/KindNames.h"

#include <QPoint>
#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

namespace ase::graph {

namespace {

bool isProblemStatus(const QString& status)
{
    return status == u"Pending" || status == u"Lost" || status == u"Released" || status == u"Failed";
}

/// The prefix of a node's id: its kind's name (a literal, so that views of it stay valid).
QStringView idPrefix(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Share:
        return u"Share";
    case NodeKind::Volume:
        return u"PersistentVolume";
    case NodeKind::Claim:
        return u"PersistentVolumeClaim";
    case NodeKind::Pod:
        return u"Pod";
    case NodeKind::Workload:
        return u"Workload";
    case NodeKind::StorageClass:
        return u"StorageClass";
    case NodeKind::Ghost:
        return u"Ghost";
    }
    return {};
}

QString escapeXml(QString text)
{
    text.replace(u'&', u"&amp;"_s);
    text.replace(u'<', u"&lt;"_s);
    text.replace(u'>', u"&gt;"_s);
    text.replace(u'"', u"&quot;"_s);
    return text;
}

QString escapeDot(QString text)
{
    text.replace(u'\\', u"\\\\"_s);
    text.replace(u'"', u"\\\""_s);
    return text;
}

} // namespace

Column columnOf(NodeKind kind)
{
    switch (kind) {
    case NodeKind::Share:
        return Column::Share;
    case NodeKind::Volume:
    case NodeKind::Ghost:
        return Column::Volume;
    case NodeKind::Claim:
        return Column::Claim;
    case NodeKind::Pod:
        return Column::Pod;
    case NodeKind::Workload:
        return Column::Workload;
    case NodeKind::StorageClass:
        return Column::Class;
    }
    return Column::Volume;
}

QString workloadOf(const Pod& pod)
{
    const std::optional<OwnerReference> owner = pod.metadata.controllerRef();
    if (!owner)
        return {};
    if (owner->kind == u"ReplicaSet") {
        const QString hash = pod.metadata.label(QLatin1StringView("pod-template-hash"));
        if (!hash.isEmpty() && owner->name.endsWith(u'-' + hash))
            return QString(u"Deployment/"_s + owner->name.chopped(hash.size() + 1));
    }
    return owner->kind + u'/' + owner->name;
}

QString BindingGraph::nodeId(NodeKind kind, const QString& ns, const QString& name)
{
    return ns.isEmpty() ? QString(idPrefix(kind) + u'/' + name)
                        : QString(idPrefix(kind) + u'/' + ns + u'/' + name);
}

namespace {

/// The parts of a node's id, which id() joins with '/': the kind, the namespace (when
/// there is one), the workload's kind (for a workload) and the name.
QVarLengthArray<QStringView, 4> idParts(const Node& node)
{
    QVarLengthArray<QStringView, 4> parts {idPrefix(node.kind)};
    if (!node.ns.isEmpty())
        parts.append(node.ns);
    if (node.kind == NodeKind::Workload)
        parts.append(node.kindName);
    parts.append(node.name);
    return parts;
}

/// FNV-1a over UTF-16 code units, continued from @p hash: the hash of a text and of the
/// same text given in parts are the same.
constexpr quint64 kFnvOffset = 14695981039346656037ull;
quint64 fnv(QStringView text, quint64 hash)
{
    for (const QChar c : text) {
        hash = (hash ^ c.unicode()) * 1099511628211ull;
    }
    return hash;
}

quint64 s_idHashMask = ~quint64(0);

quint64 idHash(QStringView id)
{
    return fnv(id, kFnvOffset) & s_idHashMask;
}

quint64 idHash(const Node& node)
{
    quint64 hash = kFnvOffset;
    bool first = true;
    for (const QStringView part : idParts(node)) {
        if (!std::exchange(first, false))
            hash = fnv(u"/", hash);
        hash = fnv(part, hash);
    }
    return hash & s_idHashMask;
}

} // namespace

QString Node::id() const
{
    QString id;
    for (const QStringView part : idParts(*this)) {
        if (!id.isEmpty())
            id += u'/';
        id += part;
    }
    return id;
}

bool Node::hasId(QStringView id) const
{
    bool first = true;
    for (const QStringView part : idParts(*this)) {
        if (!std::exchange(first, false)) {
            if (!id.startsWith(u'/'))
                return false;
            id = id.sliced(1);
        }
        if (!id.startsWith(part))
            return false;
        id = id.sliced(part.size());
    }
    return id.isEmpty();
}

bool Node::sameId(const Node& other) const
{
    return kind == other.kind && name == other.name && ns == other.ns
        && (kind != NodeKind::Workload || kindName == other.kindName);
}

void BindingGraph::setIdHashBitsForTests(int bits)
{
    s_idHashMask = bits >= 64 ? ~quint64(0) : (quint64(1) << bits) - 1;
}

int BindingGraph::indexOf(QStringView id) const
{
    const auto it = m_index.constFind(idHash(id));
    if (it == m_index.cend())
        return -1;
    if (m_nodes.at(*it).hasId(id))
        return *it;
    return m_sharedHash.value(id.toString(), -1);
}

int BindingGraph::indexOfSame(const Node& node) const
{
    const auto it = m_index.constFind(idHash(node));
    if (it == m_index.cend())
        return -1;
    if (m_nodes.at(*it).sameId(node))
        return *it;
    return m_sharedHash.value(node.id(), -1);
}

int BindingGraph::addNode(Node node)
{
    if (const int known = indexOfSame(node); known >= 0)
        return known;
    node.column = columnOf(node.kind);
    node.problem = node.problem || isProblemStatus(node.status);
    const int index = int(m_nodes.size());
    const quint64 hash = idHash(node);
    if (m_index.contains(hash))
        m_sharedHash.insert(node.id(), index); // another id has this hash
    else
        m_index.insert(hash, index);
    m_nodes.append(std::move(node));
    return index;
}

void BindingGraph::addEdge(int from, int to, EdgeKind kind)
{
    m_edges.append({from, to, kind});
}

/// Makes the nodes and edges of a graph from its input: the objects by name, and the nodes
/// made so far by name (no id strings built to look them up).
class BindingGraph::Builder
{
public:
    Builder(BindingGraph& g, const GraphInput& input, const QString& ns);

    /// Every volume of the cluster view; in a namespace view only those its claims reach.
    void addVolumes();
    /// The claims of the view, each with its class and the volume it names.
    void addClaims();
    /// Volumes whose claimRef names a claim that does not name them.
    void addVolumesClaimingOthers();
    /// Pods that mount claims of the view, and their workloads.
    void addPods();

private:
    bool claimInScope(const PersistentVolumeClaim& c) const
    {
        return m_ns.isEmpty() || c.metadata.ns == m_ns;
    }
    /// The class node above (when the class exists) and its edge to @p index.
    void linkClass(const QString& className, int index, EdgeKind kind);
    /// The volume's node, made once with its share and class edges.
    int volumeNode(const PersistentVolume& v);
    void addClaim(const PersistentVolumeClaim& c);
    void addPod(const Pod& pod, const QList<int>& claimNodes);

    BindingGraph& m_g;
    const GraphInput& m_input;
    const QString& m_ns;
    QHash<QString, const PersistentVolume*> m_volumes;
    QHash<QString, const PersistentVolumeClaim*> m_claims; ///< "ns/name"
    QHash<QString, const Share*> m_shares;
    QHash<QString, const StorageClass*> m_classes;
    QHash<QString, int> m_classIndex; ///< class name → node
    QHash<QString, int> m_volumeIndex; ///< volume name → node
    QHash<QString, int> m_claimIndex; ///< "ns/name" → node
    QHash<QString, int> m_workloadIndex; ///< "ns/Kind/name" → node
};

BindingGraph::Builder::Builder(BindingGraph& g, const GraphInput& input, const QString& ns)
    : m_g(g)
    , m_input(input)
    , m_ns(ns)
{
    // A node per object (at most; workloads, ghosts and shares beyond that grow the list
    // by realloc(), see Q_DECLARE_TYPEINFO(Node)), and about as many edges again.
    const qsizetype expected = input.volumes.size() + input.claims.size() + input.pods.size()
        + input.shares.size() + input.classes.size();
    g.m_nodes.reserve(expected);
    g.m_index.reserve(expected);
    g.m_edges.reserve(2 * expected);
    m_volumes.reserve(input.volumes.size());
    for (const PersistentVolume& v : input.volumes)
        m_volumes.insert(v.metadata.name, &v);
    m_claims.reserve(input.claims.size());
    for (const PersistentVolumeClaim& c : input.claims)
        m_claims.insert(c.metadata.key(), &c);
    for (const Share& s : input.shares)
        m_shares.insert(s.name, &s);
    for (const StorageClass& c : input.classes)
        m_classes.insert(c.metadata.name, &c);
    m_volumeIndex.reserve(input.volumes.size());
    m_claimIndex.reserve(input.claims.size());
}

void BindingGraph::Builder::linkClass(const QString& className, int index, EdgeKind kind)
{
    if (className.isEmpty())
        return;
    auto known = m_classIndex.constFind(className);
    if (known == m_classIndex.cend()) {
        const StorageClass* c = m_classes.value(className);
        if (!c)
            return;
        Node cn;
        cn.kind = NodeKind::StorageClass;
        cn.name = c->metadata.name;
        cn.kindName = kindname::StorageClass;
        cn.status = c->isDefault ? u"default"_s : QString();
        known = m_classIndex.insert(className, m_g.addNode(std::move(cn)));
    }
    m_g.addEdge(*known, index, kind);
}

int BindingGraph::Builder::volumeNode(const PersistentVolume& v)
{
    if (const auto known = m_volumeIndex.constFind(v.metadata.name); known != m_volumeIndex.cend())
        return *known;
    Node n;
    n.kind = NodeKind::Volume;
    n.name = v.metadata.name;
    n.kindName = kindname::PersistentVolume;
    n.status = v.metadata.isTerminating() ? u"Terminating"_s : v.phase;
    const int index = m_g.addNode(std::move(n));
    m_volumeIndex.insert(v.metadata.name, index);
    if (const Share* share = m_shares.value(v.metadata.name); share && share->isMountedForCompute()) {
        Node s;
        s.kind = NodeKind::Share;
        s.name = share->name;
        s.kindName = kindname::Share;
        s.status = share->accessProtocol.toUpper();
        m_g.addEdge(m_g.addNode(std::move(s)), index, EdgeKind::ShareVolume);
    }
    linkClass(v.storageClassName, index, EdgeKind::ClassVolume);
    return index;
}

void BindingGraph::Builder::addVolumes()
{
    if (!m_ns.isEmpty())
        return;
    for (const PersistentVolume& v : m_input.volumes)
        volumeNode(v);
}

void BindingGraph::Builder::addClaims()
{
    for (const PersistentVolumeClaim& c : m_input.claims) {
        if (claimInScope(c))
            addClaim(c);
    }
}

void BindingGraph::Builder::addClaim(const PersistentVolumeClaim& c)
{
    Node n;
    n.kind = NodeKind::Claim;
    n.name = c.metadata.name;
    n.ns = c.metadata.ns;
    n.kindName = kindname::PersistentVolumeClaim;
    n.status = c.metadata.isTerminating() ? u"Terminating"_s : (c.phase.isEmpty() ? u"Pending"_s : c.phase);
    const int claimNode = m_g.addNode(std::move(n));
    m_claimIndex.insert(c.metadata.key(), claimNode);
    linkClass(c.storageClassName, claimNode, EdgeKind::ClassClaim);
    if (c.volumeName.isEmpty())
        return;
    const PersistentVolume* v = m_volumes.value(c.volumeName);
    if (!v) {
        Node ghost;
        ghost.kind = NodeKind::Ghost;
        ghost.name = c.volumeName;
        ghost.kindName = kindname::PersistentVolume;
        ghost.status = u"Missing"_s;
        ghost.problem = true;
        m_g.addEdge(m_g.addNode(std::move(ghost)), claimNode, EdgeKind::Dangling);
        m_g.m_nodes[claimNode].problem = true;
        return;
    }
    const int volumeIndexOfClaim = volumeNode(*v);
    const bool pointsBack
        = v->claimRef && v->claimRef->ns == c.metadata.ns && v->claimRef->name == c.metadata.name;
    m_g.addEdge(volumeIndexOfClaim, claimNode, pointsBack ? EdgeKind::Bound : EdgeKind::ClaimNamesOnly);
    if (!pointsBack && c.phase == u"Bound")
        m_g.m_nodes[claimNode].problem = true;
}

void BindingGraph::Builder::addVolumesClaimingOthers()
{
    for (const PersistentVolume& v : m_input.volumes) {
        if (!v.claimRef)
            continue;
        const QString key = v.claimKey();
        const PersistentVolumeClaim* c = m_claims.value(key);
        if (!c || !claimInScope(*c) || c->volumeName == v.metadata.name)
            continue;
        const int volumeIndexOfClaim = volumeNode(v);
        m_g.addEdge(volumeIndexOfClaim, m_claimIndex.value(key), EdgeKind::VolumeClaimsOnly);
        if (v.phase == u"Bound")
            m_g.m_nodes[volumeIndexOfClaim].problem = true;
    }
}

void BindingGraph::Builder::addPods()
{
    QList<int> claimNodes;
    for (const Pod& pod : m_input.pods) {
        if (!m_ns.isEmpty() && pod.metadata.ns != m_ns)
            continue;
        claimNodes.clear();
        for (const PodClaimVolume& volume : pod.claimVolumes) {
            if (volume.claimName.isEmpty())
                continue;
            const int index = m_claimIndex.value(objectKey(pod.metadata.ns, volume.claimName), -1);
            if (index >= 0 && !claimNodes.contains(index))
                claimNodes.append(index);
        }
        if (!claimNodes.isEmpty())
            addPod(pod, claimNodes);
    }
}

void BindingGraph::Builder::addPod(const Pod& pod, const QList<int>& claimNodes)
{
    Node n;
    n.kind = NodeKind::Pod;
    n.name = pod.metadata.name;
    n.ns = pod.metadata.ns;
    n.kindName = kindname::Pod;
    n.status = pod.metadata.isTerminating() ? u"Terminating"_s : pod.phase;
    n.problem = pod.phase == u"Failed";
    const int podIndex = m_g.addNode(std::move(n));
    for (const int claimNode : claimNodes)
        m_g.addEdge(claimNode, podIndex, EdgeKind::ClaimPod);
    const QString workload = workloadOf(pod);
    if (workload.isEmpty())
        return;
    const QString key = pod.metadata.ns + u'/' + workload;
    auto known = m_workloadIndex.constFind(key);
    if (known == m_workloadIndex.cend()) {
        Node w;
        w.kind = NodeKind::Workload;
        w.name = workload.section(u'/', 1);
        w.ns = pod.metadata.ns;
        w.kindName = workload.section(u'/', 0, 0);
        known = m_workloadIndex.insert(key, m_g.addNode(std::move(w)));
    }
    m_g.addEdge(podIndex, *known, EdgeKind::PodWorkload);
}

BindingGraph BindingGraph::build(const GraphInput& input, const QString& ns, bool order)
{
    BindingGraph g;
    {
        Builder builder(g, input, ns);
        builder.addVolumes();
        builder.addClaims();
        builder.addVolumesClaimingOthers();
        builder.addPods();
    }
    // A graph is kept (and, while a rebuild runs, two are): what was made room for and not
    // used goes (6 MiB of 101,609 nodes when room was made for a workload per pod).
    g.m_nodes.squeeze();
    g.m_edges.squeeze();
    g.m_index.squeeze();
    g.orderByName();
    if (order)
        g.orderColumns();
    return g;
}

void BindingGraph::orderByName()
{
    QList<int> all(m_nodes.size());
    std::iota(all.begin(), all.end(), 0);
    const Node* nodes = m_nodes.constData();
    std::sort(all.begin(), all.end(), [nodes](int a, int b) {
        const Node& x = nodes[a];
        const Node& y = nodes[b];
        if (const int byNs = QString::compare(x.ns, y.ns); byNs != 0)
            return byNs < 0;
        return x.name < y.name;
    });
    std::array<int, kColumnCount + 1> next {};
    for (const int i : std::as_const(all))
        m_nodes[i].order = next[int(m_nodes.at(i).column)]++;
}

QList<QList<int>> BindingGraph::columns() const
{
    QList<QList<int>> out(kColumnCount + 1);
    for (int i = 0; i < m_nodes.size(); ++i)
        out[int(m_nodes.at(i).column)].append(i);
    for (QList<int>& column : out)
        std::sort(column.begin(), column.end(),
            [this](int a, int b) { return m_nodes.at(a).order < m_nodes.at(b).order; });
    return out;
}

QList<int> BindingGraph::column(Column c) const
{
    return columns().value(int(c));
}

qint64 BindingGraph::crossingsBetween(
    const QList<int>& left, const QList<int>& right, const QList<Edge>& edges, const QList<int>& position)
{
    if (left.isEmpty() || right.isEmpty())
        return 0;
    // Which side each node is on: 1 left, 2 right, 0 neither.
    int highest = 0;
    for (const int n : left)
        highest = std::max(highest, n);
    for (const int n : right)
        highest = std::max(highest, n);
    QList<quint8> side(highest + 1, 0);
    for (const int n : left)
        side[n] = 1;
    for (const int n : right)
        side[n] = 2;
    const auto sideOf = [&side](int n) { return n < side.size() ? side.at(n) : quint8(0); };
    QList<std::pair<int, int>> spans;
    for (const Edge& e : edges) {
        if (sideOf(e.from) == 1 && sideOf(e.to) == 2)
            spans.append({position.at(e.from), position.at(e.to)});
        else if (sideOf(e.to) == 1 && sideOf(e.from) == 2)
            spans.append({position.at(e.to), position.at(e.from)});
    }
    // Two spans cross when their ends are in opposite orders: count the inversions of the
    // right ends once sorted by the left ends (ties on either end never cross).
    std::sort(spans.begin(), spans.end());
    int size = 0;
    for (const auto& span : std::as_const(spans))
        size = std::max(size, span.second + 1);
    QList<int> tree(size + 1, 0);
    qint64 crossings = 0;
    qint64 inserted = 0;
    for (qsizetype i = 0; i < spans.size();) {
        // Spans sharing a left end do not cross each other: count them all first.
        qsizetype j = i;
        while (j < spans.size() && spans.at(j).first == spans.at(i).first) {
            qint64 notAbove = 0;
            for (int k = spans.at(j).second + 1; k > 0; k -= k & -k)
                notAbove += tree.at(k);
            crossings += inserted - notAbove;
            ++j;
        }
        for (qsizetype k = i; k < j; ++k) {
            for (int t = spans.at(k).second + 1; t <= size; t += t & -t)
                ++tree[t];
            ++inserted;
        }
        i = j;
    }
    return crossings;
}

int BindingGraph::crossings() const
{
    const QList<QList<int>> cols = columns();
    QList<int> position(m_nodes.size());
    for (int i = 0; i < m_nodes.size(); ++i)
        position[i] = m_nodes.at(i).order;
    qint64 total = 0;
    for (int c = 0; c + 1 < kColumnCount; ++c)
        total += crossingsBetween(cols.at(c), cols.at(c + 1), m_edges, position);
    return int(std::min<qint64>(total, std::numeric_limits<int>::max()));
}

const BindingGraph::Adjacency& BindingGraph::adjacency() const
{
    if (m_adjacency.offsets.size() != m_nodes.size() + 1) {
        // Count each node's edges, make room, then place each edge's ends in edge order.
        QList<int> offsets(m_nodes.size() + 1, 0);
        for (const Edge& e : m_edges) {
            ++offsets[e.from + 1];
            ++offsets[e.to + 1];
        }
        std::partial_sum(offsets.begin(), offsets.end(), offsets.begin());
        QList<int> neighbours(offsets.constLast());
        QList<int> next = offsets;
        for (const Edge& e : m_edges) {
            neighbours[next[e.from]++] = e.to;
            neighbours[next[e.to]++] = e.from;
        }
        m_adjacency = {std::move(offsets), std::move(neighbours)};
    }
    return m_adjacency;
}

QString BindingGraph::neighbourSignature(int node) const
{
    QStringList ids;
    for (const int n : adjacency().at(node))
        ids.append(m_nodes.at(n).id());
    ids.sort();
    return ids.join(u'\n');
}

const QList<quint64>& BindingGraph::linkHashes() const
{
    if (m_linkHashes.size() != m_nodes.size()) {
        // Per node, an order-independent digest of its neighbours' ids: the sum of their
        // (seeded, 64-bit spread) hashes and their number. Equal neighbours give equal
        // digests; a collision would only leave a changed node where it was (no wrong data).
        QList<quint64> idHash(m_nodes.size());
        for (int i = 0; i < m_nodes.size(); ++i)
            idHash[i] = qHash(ase::graph::idHash(m_nodes.at(i)), 0x9e3779b97f4a7c15ull);
        QList<quint64> out(m_nodes.size(), 0);
        for (const Edge& e : std::as_const(m_edges)) {
            out[e.from] += idHash.at(e.to) + 1;
            out[e.to] += idHash.at(e.from) + 1;
        }
        m_linkHashes = out;
    }
    return m_linkHashes;
}

int BindingGraph::adoptOrder(const BindingGraph& previous, QList<int>* placedAnew)
{
    // Rows of the nodes that stay where they were: same id, same column, same neighbours.
    QList<double> row(m_nodes.size(), -1.0);
    QList<int> moved;
    const QList<quint64>& links = linkHashes();
    const QList<quint64>& linksBefore = previous.linkHashes();
    for (int i = 0; i < m_nodes.size(); ++i) {
        const int before = previous.indexOfSame(m_nodes.at(i));
        if (before >= 0 && previous.m_nodes.at(before).column == m_nodes.at(i).column
            && linksBefore.at(before) == links.at(i))
            row[i] = previous.m_nodes.at(before).order;
        else
            moved.append(i);
    }
    const Adjacency& adjacent = adjacency();
    // The mean row of a node's placed neighbours (a little after the nodes already there).
    const auto barycentre = [&](int m) {
        double sum = 0;
        int count = 0;
        for (const int n : adjacent.at(m)) {
            if (row.at(n) >= 0 && m_nodes.at(n).column != Column::Class) {
                sum += row.at(n);
                ++count;
            }
        }
        return count > 0 ? sum / count + 0.5 : -1.0;
    };
    // First the nodes linked to nodes that stayed; then, column by column from the left,
    // the others: by their placed neighbours, else by name among the nodes that stayed.
    QList<int> waiting;
    for (const int m : std::as_const(moved)) {
        const double at = barycentre(m);
        if (at >= 0)
            row[m] = at;
        else
            waiting.append(m);
    }
    QList<bool> isMoved(m_nodes.size(), false);
    for (const int m : std::as_const(moved))
        isMoved[m] = true;
    QList<QList<int>> stayedByName(kColumnCount + 1);
    for (int i = 0; i < m_nodes.size(); ++i) {
        if (!isMoved.at(i))
            stayedByName[int(m_nodes.at(i).column)].append(i);
    }
    for (QList<int>& column : stayedByName)
        std::sort(column.begin(), column.end(),
            [this](int a, int b) { return m_nodes.at(a).order < m_nodes.at(b).order; });
    for (int c = 0; c <= kColumnCount; ++c) {
        const QList<int>& stayed = stayedByName.at(c);
        for (const int m : std::as_const(waiting)) {
            if (int(m_nodes.at(m).column) != c)
                continue;
            double at = barycentre(m);
            if (at < 0) {
                // After the node that stayed and comes before it by name (build order).
                const int order = m_nodes.at(m).order;
                const auto after = std::upper_bound(stayed.cbegin(), stayed.cend(), order,
                    [this](int o, int s) { return o < m_nodes.at(s).order; });
                at = after == stayed.cbegin() ? -0.5 : row.at(*(after - 1)) + 0.25;
            }
            row[m] = at;
        }
    }
    QList<QList<int>> cols(kColumnCount + 1);
    for (int i = 0; i < m_nodes.size(); ++i)
        cols[int(m_nodes.at(i).column)].append(i);
    const double* rows = row.constData();
    for (QList<int>& column : cols) {
        std::stable_sort(column.begin(), column.end(), [rows](int a, int b) { return rows[a] < rows[b]; });
        for (int i = 0; i < column.size(); ++i)
            m_nodes[column.at(i)].order = i;
    }
    if (placedAnew)
        *placedAnew = moved;
    return int(moved.size());
}

void BindingGraph::orderColumns(int sweeps)
{
    QList<QList<int>> cols = columns();
    QList<QList<int>> neighbours(m_nodes.size());
    for (const Edge& e : std::as_const(m_edges)) {
        if (m_nodes.at(e.from).column == Column::Class || m_nodes.at(e.to).column == Column::Class)
            continue;
        neighbours[e.from].append(e.to);
        neighbours[e.to].append(e.from);
    }
    const auto apply = [this](const QList<QList<int>>& order) {
        for (const QList<int>& column : order)
            for (int i = 0; i < column.size(); ++i)
                m_nodes[column.at(i)].order = i;
    };
    // Per node: its position in its column (refreshed as columns are sorted) and its sort key.
    QList<double> position(m_nodes.size(), -1.0);
    QList<double> key(m_nodes.size(), 0.0);
    for (const QList<int>& column : std::as_const(cols))
        for (int i = 0; i < column.size(); ++i)
            position[column.at(i)] = i;
    // Sorts column `c` by the mean position of its neighbours in column `ref`.
    const auto sortBy = [&](int c, int ref) {
        const Column refColumn = Column(ref);
        const QList<int>& nodesOfC = cols.at(c);
        const double scale = nodesOfC.size() > 1
            ? double(std::max<qsizetype>(cols.at(ref).size() - 1, 0)) / double(nodesOfC.size() - 1)
            : 0.0;
        for (int i = 0; i < nodesOfC.size(); ++i) {
            const int node = nodesOfC.at(i);
            double sum = 0;
            int count = 0;
            for (const int n : neighbours.at(node)) {
                if (m_nodes.at(n).column == refColumn) {
                    sum += position.at(n);
                    ++count;
                }
            }
            // Nodes without neighbours there keep their place, scaled to the other column.
            key[node] = count > 0 ? sum / count : i * scale;
        }
        const double* keys = key.constData();
        std::stable_sort(cols[c].begin(), cols[c].end(), [keys](int a, int b) { return keys[a] < keys[b]; });
        for (int i = 0; i < cols.at(c).size(); ++i)
            position[cols.at(c).at(i)] = i;
    };
    int best = crossings();
    QList<QList<int>> bestOrder = cols;
    for (int sweep = 0; sweep < sweeps && best > 0; ++sweep) {
        for (int c = 1; c < kColumnCount; ++c)
            sortBy(c, c - 1);
        for (int c = kColumnCount - 2; c >= 0; --c)
            sortBy(c, c + 1);
        apply(cols);
        const int now = crossings();
        if (now < best) {
            best = now;
            bestOrder = cols;
        }
    }
    apply(bestOrder);
}

QList<int> BindingGraph::neighbourhood(const QString& id, int hops) const
{
    const int start = indexOf(id);
    if (start < 0)
        return {};
    const Adjacency& adjacent = adjacency();
    QList<bool> seen(m_nodes.size(), false);
    seen[start] = true;
    QList<int> out {start};
    QList<int> frontier {start};
    for (int h = 0; h < hops && !frontier.isEmpty(); ++h) {
        QList<int> next;
        for (const int f : std::as_const(frontier)) {
            for (const int other : adjacent.at(f)) {
                if (!seen.at(other)) {
                    seen[other] = true;
                    next.append(other);
                    out.append(other);
                }
            }
        }
        frontier = next;
    }
    std::sort(out.begin(), out.end());
    return out;
}

QList<int> BindingGraph::problems() const
{
    QList<bool> keep(m_nodes.size(), false);
    for (const Edge& e : std::as_const(m_edges)) {
        if (m_nodes.at(e.from).problem || m_nodes.at(e.to).problem) {
            keep[e.from] = true;
            keep[e.to] = true;
        }
    }
    QList<int> out;
    for (int i = 0; i < m_nodes.size(); ++i)
        if (keep.at(i) || m_nodes.at(i).problem)
            out.append(i);
    return out;
}

QStringList BindingGraph::canonicalFacts() const
{
    QStringList facts;
    facts.reserve(m_nodes.size() + m_edges.size());
    for (const Node& n : m_nodes)
        facts.append(
            u"node %1 [%2|%3|%4|%5]"_s.arg(n.id(), n.kindName, n.status, n.problem ? u"problem"_s : QString())
                .arg(int(n.column)));
    for (const Edge& e : m_edges)
        facts.append(
            u"edge %1 -> %2 [%3]"_s.arg(m_nodes.at(e.from).id(), m_nodes.at(e.to).id()).arg(int(e.kind)));
    facts.sort();
    return facts;
}

QByteArray BindingGraph::toDot() const
{
    QString out
        = u"digraph storage {\n  rankdir=LR;\n  node [shape=box, style=\"rounded,filled\", fontname=\"sans\"];\n"_s;
    static const char* const titles[]
        = {"Shares", "PersistentVolumes", "Claims", "Pods", "Workloads", "StorageClasses"};
    const QList<QList<int>> cols = columns();
    for (int c = 0; c < cols.size(); ++c) {
        if (cols.at(c).isEmpty())
            continue;
        out += u"  subgraph cluster_%1 {\n    label=\"%2\";\n"_s.arg(c).arg(QLatin1StringView(titles[c]));
        for (const int i : cols.at(c)) {
            const Node& n = m_nodes.at(i);
            const QString label = n.ns.isEmpty() ? n.name : QString(n.ns + u'/' + n.name);
            const QString colour = n.problem
                ? u"#f6c7c3"_s
                : (n.status == u"Bound" || n.status == u"Running" ? u"#cdeccd"_s : u"#e8e8e8"_s);
            out += u"    n%1 [label=\"%2\\n%3\", fillcolor=\"%4\"];\n"_s.arg(i).arg(escapeDot(label),
                escapeDot(n.status.isEmpty() ? n.kindName : QString(n.kindName + u" · "_s + n.status)),
                colour);
        }
        out += u"  }\n"_s;
    }
    for (const Edge& e : m_edges) {
        QString style;
        switch (e.kind) {
        case EdgeKind::Bound:
            style = u"dir=both"_s;
            break;
        case EdgeKind::VolumeClaimsOnly:
        case EdgeKind::ClaimNamesOnly:
            style = u"style=dashed, color=\"#c0392b\", label=\"half-bound\""_s;
            break;
        case EdgeKind::Dangling:
            style = u"style=dashed, color=\"#c0392b\", label=\"missing\""_s;
            break;
        case EdgeKind::ClassClaim:
        case EdgeKind::ClassVolume:
            style = u"style=dotted"_s;
            break;
        case EdgeKind::ShareVolume:
        case EdgeKind::ClaimPod:
        case EdgeKind::PodWorkload:
            break;
        }
        out += u"  n%1 -> n%2"_s.arg(e.from).arg(e.to)
            + (style.isEmpty() ? QString() : QString(u" ["_s + style + u']')) + u";\n"_s;
    }
    out += u"}\n"_s;
    return out.toUtf8();
}

namespace {

// The SVG picture's geometry.
constexpr int kSvgBoxWidth = 200;
constexpr int kSvgBoxHeight = 34;
constexpr int kSvgColumnGap = 60;
constexpr int kSvgRowGap = 12;
constexpr int kSvgMargin = 20;
constexpr int kSvgHeaderHeight = 28;

struct SvgColours
{
    QString background;
    QString text;
    QString line;
};

QString svgFill(const Node& n, bool dark)
{
    if (n.problem)
        return dark ? u"#5c2b29"_s : u"#fde2e0"_s;
    if (n.status == u"Bound" || n.status == u"Running" || n.status == u"Available")
        return dark ? u"#1f4a2c"_s : u"#e1f5e4"_s;
    if (n.status == u"Terminating")
        return dark ? u"#3a3a3a"_s : u"#eeeeee"_s;
    return dark ? u"#2b2d31"_s : u"#f3f4f6"_s;
}

/// An edge from the box at @p a to the box at @p b: down from a class (@p vertical), else
/// left to right; dashed and red for a problem, dotted for a class's.
QString svgEdge(const Edge& e, const QPoint& a, const QPoint& b, bool vertical, const QString& line)
{
    const QPoint p1 = vertical ? QPoint(a.x() + kSvgBoxWidth / 2, a.y() + kSvgBoxHeight)
                               : QPoint(a.x() + kSvgBoxWidth, a.y() + kSvgBoxHeight / 2);
    const QPoint p2
        = vertical ? QPoint(b.x() + kSvgBoxWidth / 2, b.y()) : QPoint(b.x(), b.y() + kSvgBoxHeight / 2);
    QString style;
    QString colour = line;
    if (isFinding(e.kind)) {
        style = u" stroke-dasharray=\"6 4\""_s;
        colour = u"#d64541"_s;
    } else if (e.kind == EdgeKind::ClassClaim || e.kind == EdgeKind::ClassVolume) {
        style = u" stroke-dasharray=\"2 3\" stroke-opacity=\"0.6\""_s;
    }
    return u"<line x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%4\" stroke=\"%5\" stroke-width=\"1.5\"%6/>\n"_s
        .arg(p1.x())
        .arg(p1.y())
        .arg(p2.x())
        .arg(p2.y())
        .arg(colour, style);
}

/// A node's box at @p p: its name (with namespace) and its kind and status; the tooltip
/// names it in full.
QString svgNode(const Node& n, const QPoint& p, const SvgColours& colours, bool dark)
{
    const QString border = n.problem ? u"#d64541"_s : colours.line;
    const QString dash = n.kind == NodeKind::Ghost ? u" stroke-dasharray=\"4 3\""_s : QString();
    QString label = n.ns.isEmpty() ? n.name : QString(n.ns + u'/' + n.name);
    if (label.size() > 30)
        label = label.left(29) + u'…';
    QString svg
        = u"<g><title>%1</title><rect x=\"%2\" y=\"%3\" width=\"%4\" height=\"%5\" rx=\"6\" fill=\"%6\" stroke=\"%7\"%8/>"_s
              .arg(escapeXml(n.kindName + u' ' + (n.ns.isEmpty() ? n.name : QString(n.ns + u'/' + n.name))))
              .arg(p.x())
              .arg(p.y())
              .arg(kSvgBoxWidth)
              .arg(kSvgBoxHeight)
              .arg(svgFill(n, dark), border, dash);
    svg += u"<text x=\"%1\" y=\"%2\" fill=\"%3\">%4</text>"_s.arg(p.x() + 8)
               .arg(p.y() + 14)
               .arg(colours.text, escapeXml(label));
    svg += u"<text x=\"%1\" y=\"%2\" fill=\"%3\" font-size=\"10\" opacity=\"0.75\">%4</text></g>\n"_s
               .arg(p.x() + 8)
               .arg(p.y() + 28)
               .arg(colours.text,
                   escapeXml(n.status.isEmpty() ? n.kindName : QString(n.kindName + u" · "_s + n.status)));
    return svg;
}

} // namespace

QByteArray BindingGraph::toSvg(bool dark) const
{
    const QList<QList<int>> cols = columns();
    const bool hasClasses = !cols.at(int(Column::Class)).isEmpty();
    const int classRow = hasClasses ? kSvgBoxHeight + 2 * kSvgRowGap + kSvgHeaderHeight : 0;
    // The same rows as the window's: sparse columns beside the nodes they are joined to.
    const RowPlacement placed = RowPlacement::place(*this, cols);
    const int rows = placed.rowCount;
    const int width
        = std::max(kSvgMargin * 2 + kColumnCount * kSvgBoxWidth + (kColumnCount - 1) * kSvgColumnGap,
            kSvgMargin * 2 + int(cols.at(int(Column::Class)).size()) * (kSvgBoxWidth + kSvgRowGap));
    const int height = kSvgMargin * 2 + classRow + kSvgHeaderHeight + rows * (kSvgBoxHeight + kSvgRowGap);
    QHash<int, QPoint> at;
    for (int c = 0; c < kColumnCount; ++c)
        for (const int node : cols.at(c))
            at.insert(node,
                QPoint(kSvgMargin + c * (kSvgBoxWidth + kSvgColumnGap),
                    kSvgMargin + classRow + kSvgHeaderHeight
                        + placed.row.at(node) * (kSvgBoxHeight + kSvgRowGap)));
    for (int r = 0; r < cols.at(int(Column::Class)).size(); ++r)
        at.insert(cols.at(int(Column::Class)).at(r),
            QPoint(kSvgMargin + r * (kSvgBoxWidth + kSvgRowGap), kSvgMargin + kSvgHeaderHeight));

    const SvgColours colours {dark ? u"#1e1f22"_s : u"#ffffff"_s, dark ? u"#e6e6e6"_s : u"#1d1d1f"_s,
        dark ? u"#8a8f98"_s : u"#6b7280"_s};
    QString svg
        = u"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\" "
          "font-family=\"sans-serif\" font-size=\"12\">\n"_s.arg(width)
              .arg(height);
    svg += u"<rect width=\"100%\" height=\"100%\" fill=\"%1\"/>\n"_s.arg(colours.background);
    static const char* const titles[] = {"Shares", "PersistentVolumes", "Claims", "Pods", "Workloads"};
    for (int c = 0; c < kColumnCount; ++c)
        svg += u"<text x=\"%1\" y=\"%2\" fill=\"%3\" font-weight=\"bold\">%4</text>\n"_s
                   .arg(kSvgMargin + c * (kSvgBoxWidth + kSvgColumnGap))
                   .arg(kSvgMargin + classRow + kSvgHeaderHeight - 10)
                   .arg(colours.text, QLatin1StringView(titles[c]));
    if (hasClasses)
        svg += u"<text x=\"%1\" y=\"%2\" fill=\"%3\" font-weight=\"bold\">StorageClasses</text>\n"_s
                   .arg(kSvgMargin)
                   .arg(kSvgMargin + kSvgHeaderHeight - 10)
                   .arg(colours.text);
    for (const Edge& e : m_edges)
        svg += svgEdge(
            e, at.value(e.from), at.value(e.to), m_nodes.at(e.from).column == Column::Class, colours.line);
    for (int i = 0; i < m_nodes.size(); ++i)
        svg += svgNode(m_nodes.at(i), at.value(i), colours, dark);
    svg += u"</svg>\n"_s;
    return svg.toUtf8();
}

} // namespace ase::graph
