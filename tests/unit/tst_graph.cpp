// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The binding graph as data: every edge kind (half-bound and dangling included), columns,
// crossing-minimising order, namespace scope, neighbourhood, problems, DOT and SVG.

#include "models/graph/BindingGraph.h"
#include "models/graph/GraphFilter.h"
#include "models/graph/GraphSource.h"
#include "models/graph/RowPlacement.h"
#include "models/store/ResourceStore.h"

#include "tests/support/TestJson.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTest>

#include <cmath>

using namespace ase;
using namespace ase::graph;
using ase::test::json;
using namespace Qt::StringLiterals;

namespace {

PersistentVolume pv(const QString& name, const QString& claimRef = {}, const QString& phase = u"Bound"_s,
    const QString& storageClass = {})
{
    QJsonObject spec {{u"capacity"_s, QJsonObject {{u"storage"_s, u"1Gi"_s}}},
        {u"accessModes"_s, QJsonArray {u"ReadWriteOnce"_s}}, {u"storageClassName"_s, storageClass}};
    if (!claimRef.isEmpty())
        spec.insert(u"claimRef"_s,
            QJsonObject {{u"kind"_s, u"PersistentVolumeClaim"_s},
                {u"namespace"_s, claimRef.section(u'/', 0, 0)}, {u"name"_s, claimRef.section(u'/', 1)}});
    return PersistentVolume::fromJson(QJsonObject {{u"apiVersion"_s, u"v1"_s},
        {u"kind"_s, u"PersistentVolume"_s}, {u"metadata"_s, QJsonObject {{u"name"_s, name}}},
        {u"spec"_s, spec}, {u"status"_s, QJsonObject {{u"phase"_s, phase}}}});
}

PersistentVolumeClaim pvc(const QString& key, const QString& volumeName, const QString& phase = u"Bound"_s,
    const QString& storageClass = {})
{
    QJsonObject spec {
        {u"accessModes"_s, QJsonArray {u"ReadWriteOnce"_s}}, {u"storageClassName"_s, storageClass}};
    if (!volumeName.isEmpty())
        spec.insert(u"volumeName"_s, volumeName);
    return PersistentVolumeClaim::fromJson(
        QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"PersistentVolumeClaim"_s},
            {u"metadata"_s,
                QJsonObject {{u"namespace"_s, key.section(u'/', 0, 0)}, {u"name"_s, key.section(u'/', 1)}}},
            {u"spec"_s, spec}, {u"status"_s, QJsonObject {{u"phase"_s, phase}}}});
}

Pod pod(const QString& key, const QStringList& claims, const QString& ownerKind = {},
    const QString& owner = {}, const QString& hash = {})
{
    QJsonArray volumes;
    for (const QString& c : claims)
        volumes.append(
            QJsonObject {{u"name"_s, c}, {u"persistentVolumeClaim"_s, QJsonObject {{u"claimName"_s, c}}}});
    QJsonObject meta {{u"namespace"_s, key.section(u'/', 0, 0)}, {u"name"_s, key.section(u'/', 1)}};
    if (!owner.isEmpty())
        meta.insert(u"ownerReferences"_s,
            QJsonArray {QJsonObject {{u"kind"_s, ownerKind}, {u"name"_s, owner}, {u"controller"_s, true},
                {u"apiVersion"_s, u"apps/v1"_s}}});
    if (!hash.isEmpty())
        meta.insert(u"labels"_s, QJsonObject {{u"pod-template-hash"_s, hash}});
    return Pod::fromJson(QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Pod"_s},
        {u"metadata"_s, meta}, {u"spec"_s, QJsonObject {{u"nodeName"_s, u"n1"_s}, {u"volumes"_s, volumes}}},
        {u"status"_s, QJsonObject {{u"phase"_s, u"Running"_s}}}});
}

QJsonObject shareObject(const QString& name, bool mounted)
{
    QJsonObject properties {{u"accessProtocol"_s, u"SMB"_s}};
    if (mounted)
        properties.insert(u"shareMappings"_s, QJsonArray {QJsonObject {{u"roleType"_s, u"Kubernetes"_s}}});
    return QJsonObject {{u"name"_s, name}, {u"properties"_s, properties}};
}

Share share(const QString& name, bool mounted)
{
    return Share::fromJson(shareObject(name, mounted));
}

StorageClass sc(const QString& name)
{
    return StorageClass::fromJson(QJsonObject {{u"apiVersion"_s, u"storage.k8s.io/v1"_s},
        {u"kind"_s, u"StorageClass"_s}, {u"metadata"_s, QJsonObject {{u"name"_s, name}}},
        {u"provisioner"_s, u"rancher.io/local-path"_s}});
}

bool hasEdge(const BindingGraph& g, const QString& from, const QString& to, EdgeKind kind)
{
    const int f = g.indexOf(from);
    const int t = g.indexOf(to);
    return std::any_of(g.edges().cbegin(), g.edges().cend(),
        [&](const Edge& e) { return e.from == f && e.to == t && e.kind == kind; });
}

GraphInput sample()
{
    GraphInput in;
    in.shares = {share(u"share1"_s, true), share(u"backup"_s, false)};
    in.volumes = {pv(u"share1"_s, u"apps/data"_s), pv(u"pvc-1"_s, u"apps/db"_s, u"Bound"_s, u"local"_s),
        pv(u"half"_s, u"apps/stray"_s), pv(u"old"_s, u"apps/gone"_s, u"Released"_s)};
    in.claims = {pvc(u"apps/data"_s, u"share1"_s), pvc(u"apps/db"_s, u"pvc-1"_s, u"Bound"_s, u"local"_s),
        pvc(u"apps/stray"_s, QString(), u"Pending"_s), pvc(u"apps/names"_s, u"share1"_s, u"Pending"_s),
        pvc(u"apps/ghosty"_s, u"nowhere"_s, u"Pending"_s), pvc(u"other/x"_s, QString(), u"Pending"_s)};
    in.pods = {pod(u"apps/web-7d9f-abcde"_s, {u"data"_s}, u"ReplicaSet"_s, u"web-7d9f"_s, u"7d9f"_s),
        pod(u"apps/db-0"_s, {u"db"_s}, u"StatefulSet"_s, u"db"_s), pod(u"apps/lonely"_s, {})};
    in.classes = {sc(u"local"_s)};
    return in;
}

// Store objects (JSON) for the live source's tests.
QJsonObject volumeObject(const QString& name, const QString& claimRef, const QString& phase = u"Bound"_s)
{
    return pv(name, claimRef, phase, u"local"_s).json();
}

QJsonObject claimObject(const QString& key, const QString& volumeName, const QString& phase = u"Bound"_s)
{
    return pvc(key, volumeName, phase, u"local"_s).json();
}

QJsonObject podObject(const QString& key, const QStringList& claims, const QString& owner = u"app-h"_s)
{
    return pod(key, claims, u"ReplicaSet"_s, owner, u"h"_s).json();
}

/// The graph input decoded afresh from the store (what a full rebuild reads).
GraphInput inputOf(const ResourceStore& store)
{
    GraphInput in;
    for (const QJsonObject& o : store.objects(u"Share"_s))
        in.shares.append(Share::fromJson(o));
    in.volumes = fromJsonObjects<PersistentVolume>(store.objects(u"PersistentVolume"_s));
    in.claims = fromJsonObjects<PersistentVolumeClaim>(store.objects(u"PersistentVolumeClaim"_s));
    in.pods = fromJsonObjects<Pod>(store.objects(u"Pod"_s));
    in.classes = fromJsonObjects<StorageClass>(store.objects(u"StorageClass"_s));
    return in;
}

} // namespace

class TestGraph final : public QObject
{
    Q_OBJECT

private slots:
    void edges();
    void problems();
    void workloads();
    void namespaceScope();
    void orderingRemovesCrossings();
    void neighbourhood();
    void exports();
    void crossingsCountEveryPair();
    void liveRebuildKeepsTheOrder();
    void idsFindEachNode_data();
    void idsFindEachNode();
    void liveRebuildMovesAChangedNode();
    void filterFocusAndProblems();
    void liveSourceEqualsAFullRead();
    void filterCapKeepsProblemsThenSelection();
    void rowsStandBesideTheirNeighbours();
    void tableChangesWaitWhileASnapshotIsHeld();
    void changesAfterASnapshotIsLetGoFollowThoseThatWaited();
};

void TestGraph::edges()
{
    const BindingGraph g = BindingGraph::build(sample());
    QVERIFY(hasEdge(g, u"Share/share1"_s, u"PersistentVolume/share1"_s, EdgeKind::ShareVolume));
    QCOMPARE(g.indexOf(u"Share/backup"_s), -1); // not mounted: no PV, not in the picture
    QVERIFY(hasEdge(g, u"PersistentVolume/share1"_s, u"PersistentVolumeClaim/apps/data"_s, EdgeKind::Bound));
    QVERIFY(hasEdge(
        g, u"PersistentVolume/half"_s, u"PersistentVolumeClaim/apps/stray"_s, EdgeKind::VolumeClaimsOnly));
    QVERIFY(hasEdge(
        g, u"PersistentVolume/share1"_s, u"PersistentVolumeClaim/apps/names"_s, EdgeKind::ClaimNamesOnly));
    QVERIFY(hasEdge(g, u"Ghost/nowhere"_s, u"PersistentVolumeClaim/apps/ghosty"_s, EdgeKind::Dangling));
    QVERIFY(
        hasEdge(g, u"PersistentVolumeClaim/apps/data"_s, u"Pod/apps/web-7d9f-abcde"_s, EdgeKind::ClaimPod));
    QVERIFY(hasEdge(g, u"StorageClass/local"_s, u"PersistentVolumeClaim/apps/db"_s, EdgeKind::ClassClaim));
    QVERIFY(hasEdge(g, u"StorageClass/local"_s, u"PersistentVolume/pvc-1"_s, EdgeKind::ClassVolume));
    QCOMPARE(g.indexOf(u"Pod/apps/lonely"_s), -1); // mounts no claim
    QCOMPARE(g.nodes().at(g.indexOf(u"Ghost/nowhere"_s)).column, Column::Volume);
}

void TestGraph::problems()
{
    const BindingGraph g = BindingGraph::build(sample());
    const auto problem = [&g](const QString& id) { return g.nodes().at(g.indexOf(id)).problem; };
    QVERIFY(problem(u"PersistentVolume/old"_s)); // Released
    QVERIFY(problem(u"PersistentVolume/half"_s)); // Bound, but its claim does not name it
    QVERIFY(problem(u"PersistentVolumeClaim/apps/ghosty"_s));
    QVERIFY(problem(u"Ghost/nowhere"_s));
    QVERIFY(!problem(u"PersistentVolumeClaim/apps/data"_s));
    const QList<int> shown = g.problems();
    QVERIFY(shown.contains(g.indexOf(u"PersistentVolumeClaim/apps/ghosty"_s)));
    QVERIFY(!shown.contains(g.indexOf(u"Pod/apps/db-0"_s)));
}

void TestGraph::workloads()
{
    const BindingGraph g = BindingGraph::build(sample());
    QVERIFY(
        hasEdge(g, u"Pod/apps/web-7d9f-abcde"_s, u"Workload/apps/Deployment/web"_s, EdgeKind::PodWorkload));
    QVERIFY(hasEdge(g, u"Pod/apps/db-0"_s, u"Workload/apps/StatefulSet/db"_s, EdgeKind::PodWorkload));
    QCOMPARE(g.nodes().at(g.indexOf(u"Workload/apps/Deployment/web"_s)).kindName, u"Deployment"_s);
}

void TestGraph::namespaceScope()
{
    const BindingGraph g = BindingGraph::build(sample(), u"other"_s);
    QCOMPARE(g.nodes().size(), 1);
    QCOMPARE(g.nodes().first().id(), u"PersistentVolumeClaim/other/x"_s);
    const BindingGraph apps = BindingGraph::build(sample(), u"apps"_s);
    QVERIFY(apps.indexOf(u"PersistentVolume/old"_s) < 0); // its claim is gone: not reached from apps
    QVERIFY(apps.indexOf(u"PersistentVolume/share1"_s) >= 0);
}

void TestGraph::orderingRemovesCrossings()
{
    // Volumes a..e bound to claims named so that the name order crosses every edge.
    GraphInput in;
    const QStringList volumes {u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s};
    const QStringList claims {u"v"_s, u"w"_s, u"x"_s, u"y"_s, u"z"_s};
    for (int i = 0; i < 5; ++i) {
        in.volumes.append(pv(volumes.at(i), u"ns/"_s + claims.at(4 - i)));
        in.claims.append(pvc(u"ns/"_s + claims.at(4 - i), volumes.at(i)));
    }
    const BindingGraph g = BindingGraph::build(in);
    // In name order every pair of edges crosses (10 crossings); the sweeps undo that.
    QCOMPARE(g.crossings(), 0);
    QStringList volumeOrder;
    QStringList claimOrder;
    for (const int i : g.column(Column::Volume))
        volumeOrder << g.nodes().at(i).name;
    for (const int i : g.column(Column::Claim))
        claimOrder << g.nodes().at(i).name;
    QVERIFY2(volumeOrder != volumes || claimOrder != claims,
        qPrintable(volumeOrder.join(u',') + u" | "_s + claimOrder.join(u',')));
    QCOMPARE(claimOrder.size(), 5);
}

void TestGraph::neighbourhood()
{
    const BindingGraph g = BindingGraph::build(sample());
    const QList<int> one = g.neighbourhood(u"PersistentVolumeClaim/apps/data"_s, 1);
    QVERIFY(one.contains(g.indexOf(u"PersistentVolume/share1"_s)));
    QVERIFY(one.contains(g.indexOf(u"Pod/apps/web-7d9f-abcde"_s)));
    QVERIFY(!one.contains(g.indexOf(u"Share/share1"_s)));
    QVERIFY(g.neighbourhood(u"PersistentVolumeClaim/apps/data"_s, 2).contains(g.indexOf(u"Share/share1"_s)));
    QVERIFY(g.neighbourhood(u"nothing"_s, 3).isEmpty());
}

void TestGraph::exports()
{
    const BindingGraph g = BindingGraph::build(sample());
    const QByteArray dot = g.toDot();
    QVERIFY(dot.startsWith("digraph storage {"));
    QVERIFY(dot.contains("label=\"half-bound\""));
    QVERIFY(dot.contains("label=\"missing\""));
    const QByteArray svg = g.toSvg();
    QVERIFY(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    QVERIFY(svg.trimmed().endsWith("</svg>"));
    QVERIFY(svg.contains(">apps/ghosty<"));
    QVERIFY(svg.contains("stroke-dasharray=\"6 4\""));
    QVERIFY(g.toSvg(true).contains("#1e1f22"));
}

namespace {

/// Pairs of edges between adjacent columns whose ends are in opposite orders, counted one
/// pair at a time (what the fast count must equal).
int bruteForceCrossings(const BindingGraph& g)
{
    int crossings = 0;
    const QList<Edge>& edges = g.edges();
    const auto span = [&g](const Edge& e, int* left, int* right, int* column) {
        const Node& a = g.nodes().at(e.from);
        const Node& b = g.nodes().at(e.to);
        if (a.column == Column::Class || b.column == Column::Class)
            return false;
        if (std::abs(int(a.column) - int(b.column)) != 1)
            return false;
        const bool aLeft = int(a.column) < int(b.column);
        *column = std::min(int(a.column), int(b.column));
        *left = aLeft ? a.order : b.order;
        *right = aLeft ? b.order : a.order;
        return true;
    };
    for (qsizetype i = 0; i < edges.size(); ++i) {
        int l1 = 0, r1 = 0, c1 = 0;
        if (!span(edges.at(i), &l1, &r1, &c1))
            continue;
        for (qsizetype j = i + 1; j < edges.size(); ++j) {
            int l2 = 0, r2 = 0, c2 = 0;
            if (!span(edges.at(j), &l2, &r2, &c2) || c1 != c2)
                continue;
            if ((l1 < l2 && r1 > r2) || (l1 > l2 && r1 < r2))
                ++crossings;
        }
    }
    return crossings;
}

/// `pairs` volumes bound to claims, each claim used by a pod of a Deployment; every
/// `pendingEvery`-th claim is Pending without a volume.
GraphInput bigInput(int pairs, int pendingEvery, quint32 seed)
{
    QRandomGenerator random(seed);
    GraphInput in;
    for (int i = 0; i < pairs; ++i) {
        const QString claimKey
            = u"load/claim-%1"_s.arg(random.bounded(1000000), 7, 10, QChar(u'0')) + u'-' + QString::number(i);
        if (pendingEvery > 0 && i % pendingEvery == 0) {
            in.claims.append(pvc(claimKey, QString(), u"Pending"_s));
            continue;
        }
        const QString volume = u"pv-%1"_s.arg(i, 6, 10, QChar(u'0'));
        in.volumes.append(pv(volume, claimKey));
        in.claims.append(pvc(claimKey, volume));
        in.pods.append(pod(u"load/app-%1-x"_s.arg(random.bounded(pairs)) + QString::number(i),
            {claimKey.section(u'/', 1)}, u"ReplicaSet"_s, u"app-%1-h"_s.arg(i % 7), u"h"_s));
    }
    return in;
}

/// Each main column's nodes in order (what the window and the SVG place).
QList<QList<int>> columnsOf(const BindingGraph& g)
{
    QList<QList<int>> columns;
    for (int c = 0; c < kColumnCount; ++c)
        columns << g.column(Column(c));
    return columns;
}

QStringList columnNames(const BindingGraph& g, Column column)
{
    QStringList names;
    for (const int i : g.column(column))
        names << g.nodes().at(i).id();
    return names;
}

} // namespace

void TestGraph::crossingsCountEveryPair()
{
    // Orders as built (name order, before the sweeps) cross a lot; the fast count must be
    // the pairwise count in both states.
    for (const quint32 seed : {1u, 7u, 42u}) {
        BindingGraph unordered = BindingGraph::build(bigInput(60, 5, seed), {}, false);
        QVERIFY(unordered.crossings() > 0);
        QCOMPARE(unordered.crossings(), bruteForceCrossings(unordered));
        BindingGraph ordered = BindingGraph::build(bigInput(60, 5, seed));
        QCOMPARE(ordered.crossings(), bruteForceCrossings(ordered));
        QVERIFY2(ordered.crossings() <= unordered.crossings(),
            qPrintable(u"%1 > %2"_s.arg(ordered.crossings()).arg(unordered.crossings())));
    }
    // Sample with half-bound and dangling edges.
    const BindingGraph g = BindingGraph::build(sample());
    QCOMPARE(g.crossings(), bruteForceCrossings(g));
}

void TestGraph::liveRebuildKeepsTheOrder()
{
    const GraphInput before = bigInput(200, 9, 3);
    const BindingGraph first = BindingGraph::build(before);
    // A new, unrelated claim and a phase change: neither moves the others.
    GraphInput after = before;
    after.claims.append(pvc(u"load/zzz-new"_s, QString(), u"Pending"_s));
    after.volumes.replace(
        10, pv(after.volumes.at(10).metadata.name, after.volumes.at(10).claimKey(), u"Released"_s));
    BindingGraph second = BindingGraph::build(after, {}, false);
    const int moved = second.adoptOrder(first);
    QCOMPARE(moved, 1); // the new claim only
    for (const Column column : {Column::Volume, Column::Claim, Column::Pod, Column::Workload}) {
        QStringList kept = columnNames(second, column);
        kept.removeAll(u"PersistentVolumeClaim/load/zzz-new"_s);
        QCOMPARE(kept, columnNames(first, column));
    }
    // Without adopting, the sweeps may order differently: adopting is what keeps it.
    QCOMPARE(second.nodes().size(), first.nodes().size() + 1);
}

void TestGraph::idsFindEachNode_data()
{
    QTest::addColumn<int>("hashBits");
    QTest::newRow("64-bit hashes") << 64;
    QTest::newRow("3-bit hashes: most ids share one") << 3;
    QTest::newRow("no hash bits: every id shares one") << 0;
}

void TestGraph::idsFindEachNode()
{
    // Nodes keep the parts of their ids, and the graph finds them by the ids' hashes; ids
    // whose hashes are equal must still each find their own node.
    QFETCH(int, hashBits);
    const BindingGraph reference = BindingGraph::build(bigInput(150, 7, 5));
    BindingGraph::setIdHashBitsForTests(hashBits);
    const auto restore = qScopeGuard([] { BindingGraph::setIdHashBitsForTests(64); });
    GraphInput input = bigInput(150, 7, 5);
    const GraphInput extra = sample();
    const auto add = [](auto& to, const auto& from) {
        for (qsizetype i = 0; i < from.size(); ++i)
            to.append(from.pointerAt(i));
    };
    add(input.shares, extra.shares);
    add(input.volumes, extra.volumes);
    add(input.claims, extra.claims);
    add(input.pods, extra.pods);
    add(input.classes, extra.classes);
    const BindingGraph g = BindingGraph::build(input);
    QSet<QString> ids;
    for (int i = 0; i < g.nodes().size(); ++i) {
        const Node& node = g.nodes().at(i);
        const QString id = node.id();
        ids.insert(id);
        QCOMPARE(g.indexOf(id), i);
        QVERIFY(node.hasId(id));
        QVERIFY(!node.hasId(QString(id + u'x')));
        QVERIFY(!node.hasId(id.chopped(1)));
        QVERIFY(!node.hasId(QString(id).replace(u'/', u'-')));
        QCOMPARE(g.indexOf(QString(id + u"-not-there"_s)), -1);
    }
    QCOMPARE(ids.size(), g.nodes().size()); // one node per id: none was added twice
    // Every kind of id, in the form the panel and the tests name them by.
    for (const QString& id : {u"Share/share1"_s, u"PersistentVolume/pvc-1"_s,
             u"PersistentVolumeClaim/apps/db"_s, u"Pod/apps/db-0"_s, u"Workload/apps/StatefulSet/db"_s,
             u"StorageClass/local"_s, u"Ghost/nowhere"_s})
        QVERIFY2(g.indexOf(id) >= 0 && g.nodes().at(g.indexOf(id)).id() == id, qPrintable(id));
    QCOMPARE(g.indexOf(u"Workload/apps/Deployment/db"_s), -1); // a workload's kind is part of its id
    QCOMPARE(g.indexOf(QString()), -1);
    // The same graph as with full hashes, and a live rebuild finds every node where it was.
    BindingGraph plain = BindingGraph::build(bigInput(150, 7, 5));
    QCOMPARE(plain.canonicalFacts(), reference.canonicalFacts());
    BindingGraph live = BindingGraph::build(bigInput(150, 7, 5), {}, false);
    QCOMPARE(live.adoptOrder(plain), 0);
}

void TestGraph::liveRebuildMovesAChangedNode()
{
    GraphInput in;
    for (int i = 0; i < 20; ++i) {
        const QString volume = u"pv-%1"_s.arg(i, 2, 10, QChar(u'0'));
        const QString claimKey = u"ns/c-%1"_s.arg(i, 2, 10, QChar(u'0'));
        in.volumes.append(pv(volume, claimKey));
        in.claims.append(pvc(claimKey, volume));
    }
    // A Pending claim sorted first, and an Available volume at the end.
    in.claims.append(pvc(u"ns/a-waiting"_s, QString(), u"Pending"_s));
    in.volumes.append(pv(u"pv-99"_s, QString(), u"Available"_s));
    const BindingGraph first = BindingGraph::build(in);
    const int claimRow = first.nodes().at(first.indexOf(u"PersistentVolumeClaim/ns/a-waiting"_s)).order;
    const int volumeRow = first.nodes().at(first.indexOf(u"PersistentVolume/pv-99"_s)).order;
    QVERIFY2(std::abs(claimRow - volumeRow) > 5, qPrintable(u"%1 %2"_s.arg(claimRow).arg(volumeRow)));
    // It binds pv-99: its links change, so it moves next to its volume; the others stay.
    GraphInput after = in;
    after.claims.replace(after.claims.size() - 1, pvc(u"ns/a-waiting"_s, u"pv-99"_s));
    after.volumes.replace(after.volumes.size() - 1, pv(u"pv-99"_s, u"ns/a-waiting"_s));
    BindingGraph second = BindingGraph::build(after, {}, false);
    QCOMPARE(second.adoptOrder(first), 2); // the claim and its volume
    const int newClaimRow = second.nodes().at(second.indexOf(u"PersistentVolumeClaim/ns/a-waiting"_s)).order;
    const int newVolumeRow = second.nodes().at(second.indexOf(u"PersistentVolume/pv-99"_s)).order;
    QVERIFY2(
        std::abs(newClaimRow - newVolumeRow) <= 1, qPrintable(u"%1 %2"_s.arg(newClaimRow).arg(newVolumeRow)));
    QStringList others = columnNames(second, Column::Claim);
    others.removeAll(u"PersistentVolumeClaim/ns/a-waiting"_s);
    QStringList before = columnNames(first, Column::Claim);
    before.removeAll(u"PersistentVolumeClaim/ns/a-waiting"_s);
    QCOMPARE(others, before);
}

void TestGraph::liveSourceEqualsAFullRead()
{
    // The source keeps its objects up to date change by change (and hands out snapshots that
    // later changes copy on write); after each step of this table the graph built from it
    // must be the graph built from the store read afresh, and earlier snapshots unchanged.
    ResourceStore store;
    QList<QJsonObject> volumes;
    QList<QJsonObject> claims;
    QList<QJsonObject> pods;
    for (int i = 0; i < 30; ++i) {
        const QString claim = u"apps/c-%1"_s.arg(i, 2, 10, QChar(u'0'));
        const QString volume = u"pv-%1"_s.arg(i, 2, 10, QChar(u'0'));
        volumes.append(volumeObject(volume, claim));
        claims.append(claimObject(claim, volume));
        pods.append(podObject(u"apps/p-%1"_s.arg(i), {claim.section(u'/', 1)}, u"app-%1-h"_s.arg(i % 4)));
    }
    store.postReplace(u"PersistentVolume"_s, volumes);
    store.postReplace(u"PersistentVolumeClaim"_s, claims);
    store.postReplace(u"Pod"_s, pods);
    store.postReplace(u"StorageClass"_s, {sc(u"local"_s).json()});
    store.postReplace(u"Share"_s, {shareObject(u"pv-03"_s, true)});
    store.flush();
    GraphSource source(&store);

    struct Step
    {
        const char* what;
        std::function<void()> apply;
        bool relevant = true; ///< changes what the graph shows
    };
    const QList<Step> steps {
        {"a new Pending claim",
            [&] {
                store.postUpsert(u"PersistentVolumeClaim"_s, claimObject(u"apps/new"_s, {}, u"Pending"_s));
            }},
        {"it binds a new volume",
            [&] {
                store.postUpsert(u"PersistentVolume"_s, volumeObject(u"pv-new"_s, u"apps/new"_s));
                store.postUpsert(u"PersistentVolumeClaim"_s, claimObject(u"apps/new"_s, u"pv-new"_s));
            }},
        {"a label only (not shown)",
            [&] {
                QJsonObject c = claims.at(4);
                QJsonObject meta = c.value(u"metadata"_s).toObject();
                meta.insert(u"labels"_s, QJsonObject {{u"tier"_s, u"gold"_s}});
                c.insert(u"metadata"_s, meta);
                store.postUpsert(u"PersistentVolumeClaim"_s, c);
            },
            false},
        {"a volume is Released",
            [&] {
                store.postUpsert(
                    u"PersistentVolume"_s, volumeObject(u"pv-07"_s, u"apps/c-07"_s, u"Released"_s));
            }},
        {"a claim in the middle is deleted (half-bound volume)",
            [&] { store.postDelete(u"PersistentVolumeClaim"_s, claims.at(12)); }},
        {"the first claim is deleted", [&] { store.postDelete(u"PersistentVolumeClaim"_s, claims.at(0)); }},
        {"a claim names a missing volume",
            [&] {
                store.postUpsert(
                    u"PersistentVolumeClaim"_s, claimObject(u"apps/c-20"_s, u"gone"_s, u"Pending"_s));
            }},
        {"a pod moves to another workload and mounts two claims",
            [&] {
                store.postUpsert(u"Pod"_s, podObject(u"apps/p-5"_s, {u"c-05"_s, u"c-06"_s}, u"other-h"_s));
            }},
        {"a pod is deleted", [&] { store.postDelete(u"Pod"_s, pods.at(9)); }},
        {"the share is unmounted", [&] { store.postUpsert(u"Share"_s, shareObject(u"pv-03"_s, false)); }},
        {"the class is deleted", [&] { store.postDelete(u"StorageClass"_s, sc(u"local"_s).json()); }},
        {"several at once, the same object twice",
            [&] {
                store.postUpsert(u"PersistentVolumeClaim"_s, claimObject(u"apps/c-21"_s, {}, u"Lost"_s));
                store.postDelete(u"PersistentVolume"_s, volumes.at(22));
                store.postUpsert(u"PersistentVolumeClaim"_s, claimObject(u"apps/c-21"_s, u"pv-21"_s));
                store.postUpsert(u"Pod"_s, podObject(u"apps/p-new"_s, {u"c-21"_s}));
            }},
        {"the volumes are read again (a relist)",
            [&] { store.postReplace(u"PersistentVolume"_s, volumes.mid(10, 5)); }},
        {"every pod is gone", [&] { store.postReplace(u"Pod"_s, {}); }},
    };
    QList<std::pair<GraphInput, QStringList>> snapshots;
    for (const Step& step : steps) {
        const qint64 relevantBefore = source.relevantChangeCount();
        const GraphInput before = source.input();
        const QStringList factsBefore = BindingGraph::build(before).canonicalFacts();
        snapshots.append({before, factsBefore});
        step.apply();
        store.flush();
        QVERIFY2(BindingGraph::build(source.input()).canonicalFacts()
                == BindingGraph::build(inputOf(store)).canonicalFacts(),
            step.what);
        QVERIFY2((source.relevantChangeCount() > relevantBefore) == step.relevant, step.what);
    }
    // The snapshots handed out earlier still say what they said (copy on write).
    for (const auto& [input, facts] : std::as_const(snapshots))
        QCOMPARE(BindingGraph::build(input).canonicalFacts(), facts);
}

void TestGraph::filterFocusAndProblems()
{
    const BindingGraph g = BindingGraph::build(sample());
    FilterOptions all;
    QCOMPARE(filterGraph(g, all).nodes.size(), g.nodes().size());
    FilterOptions focus;
    focus.focusId = u"PersistentVolumeClaim/apps/data"_s;
    focus.hops = 1;
    QCOMPARE(filterGraph(g, focus).nodes, g.neighbourhood(focus.focusId, 1));
    FilterOptions problems;
    problems.problemsOnly = true;
    const FilterResult p = filterGraph(g, problems);
    QCOMPARE(p.nodes, g.problems());
    QVERIFY(!p.nodes.contains(g.indexOf(u"Pod/apps/db-0"_s)));
    QCOMPARE(p.hidden, 0);
}

void TestGraph::filterCapKeepsProblemsThenSelection()
{
    const BindingGraph g = BindingGraph::build(bigInput(500, 50, 11));
    const QString selected = g.nodes().at(g.column(Column::Claim).at(250)).id();
    FilterOptions options;
    options.cap = 120;
    options.selectedId = selected;
    const FilterResult r = filterGraph(g, options);
    QCOMPARE(r.nodes.size(), 120);
    QCOMPARE(r.hidden, int(g.nodes().size()) - 120);
    // Every problem is kept, then the selection and its neighbours.
    for (int i = 0; i < g.nodes().size(); ++i) {
        if (g.nodes().at(i).problem)
            QVERIFY2(r.nodes.contains(i), qPrintable(g.nodes().at(i).id()));
    }
    for (const int n : g.neighbourhood(selected, 2))
        QVERIFY2(r.nodes.contains(n), qPrintable(g.nodes().at(n).id()));
}

void TestGraph::rowsStandBesideTheirNeighbours()
{
    // 40 claims, each used by a pod; the pods belong to two Deployments (30 and 10 pods),
    // and one volume sits behind a mounted share.
    GraphInput in;
    in.shares = {share(u"share1"_s, true)};
    for (int i = 0; i < 40; ++i) {
        const QString claim = u"c%1"_s.arg(i, 2, 10, QChar(u'0'));
        const QString volume = i == 33 ? u"share1"_s : u"pv-"_s + claim;
        in.volumes.append(pv(volume, u"ns/"_s + claim));
        in.claims.append(pvc(u"ns/"_s + claim, volume));
        const QString owner = i < 30 ? u"big-h"_s : u"small-h"_s;
        in.pods.append(pod(u"ns/p%1"_s.arg(i, 2, 10, QChar(u'0')), {claim}, u"ReplicaSet"_s, owner, u"h"_s));
    }
    const BindingGraph g = BindingGraph::build(in);
    const RowPlacement placed = RowPlacement::place(g, columnsOf(g));
    QCOMPARE(placed.columns.size(), kColumnCount);
    // Every column keeps its order, one node per row; the fullest column is packed.
    for (int c = 0; c < kColumnCount; ++c) {
        QList<int> inOrder;
        for (const int node : placed.columns.at(c))
            if (node >= 0)
                inOrder << node;
        QCOMPARE(inOrder, g.column(Column(c)));
        for (int r = 0; r < placed.columns.at(c).size(); ++r)
            if (placed.columns.at(c).at(r) >= 0)
                QCOMPARE(placed.row.at(placed.columns.at(c).at(r)), r);
    }
    QCOMPARE(placed.rowCount, 40);
    QCOMPARE(placed.columns.at(int(Column::Claim)).size(), 40);
    QVERIFY(!placed.columns.at(int(Column::Claim)).contains(-1));
    // A Deployment stands at the middle of its pods' rows, not at the top of its column.
    const auto middleOfPods = [&](const QString& workload) {
        const int w = g.indexOf(workload);
        double sum = 0;
        int count = 0;
        for (const Edge& e : g.edges())
            if (e.to == w || e.from == w) {
                sum += placed.row.at(e.to == w ? e.from : e.to);
                ++count;
            }
        return sum / count;
    };
    const int big = g.indexOf(u"Workload/ns/Deployment/big"_s);
    const int small = g.indexOf(u"Workload/ns/Deployment/small"_s);
    QVERIFY(big >= 0 && small >= 0);
    QVERIFY2(std::abs(placed.row.at(big) - middleOfPods(u"Workload/ns/Deployment/big"_s)) <= 1.0,
        qPrintable(QString::number(placed.row.at(big))));
    QVERIFY2(std::abs(placed.row.at(small) - middleOfPods(u"Workload/ns/Deployment/small"_s)) <= 1.0,
        qPrintable(QString::number(placed.row.at(small))));
    // The share stands beside its volume.
    QCOMPARE(
        placed.row.at(g.indexOf(u"Share/share1"_s)), placed.row.at(g.indexOf(u"PersistentVolume/share1"_s)));
    // Four Deployments of one pod each: one per row, no gaps.
    GraphInput crowd;
    for (int i = 0; i < 4; ++i) {
        crowd.claims.append(pvc(u"ns/q%1"_s.arg(i), QString(), u"Pending"_s));
        crowd.pods.append(
            pod(u"ns/q%1"_s.arg(i), {u"q%1"_s.arg(i)}, u"ReplicaSet"_s, u"d%1-h"_s.arg(i), u"h"_s));
    }
    const BindingGraph cg = BindingGraph::build(crowd);
    const RowPlacement crowded = RowPlacement::place(cg, columnsOf(cg));
    QCOMPARE(crowded.columns.at(int(Column::Workload)).size(), 4);
    QVERIFY(!crowded.columns.at(int(Column::Workload)).contains(-1));
}

void TestGraph::tableChangesWaitWhileASnapshotIsHeld()
{
    ObjectTable<QString> table;
    table.upsert(u"a"_s, u"1"_s);
    table.upsert(u"b"_s, u"2"_s);
    SharedList<QString> snapshot = table.items(); // a build holds it
    table.upsert(u"a"_s, u"1b"_s);
    table.remove(u"b"_s);
    table.upsert(u"c"_s, u"3"_s);
    table.remove(u"c"_s);
    table.upsert(u"c"_s, u"3b"_s);
    table.upsert(u"d"_s, u"4"_s);
    table.remove(u"d"_s);
    // Nothing was copied: the snapshot still shares the table's list, unchanged.
    QVERIFY(!snapshot.isDetached());
    QCOMPARE(snapshot.toList(), QStringList({u"1"_s, u"2"_s}));
    QCOMPARE(table.waiting(), 4); // a and c to upsert, b and d to remove
    snapshot = {}; // the build let go
    QStringList now = table.items().toList();
    now.sort();
    QCOMPARE(now, QStringList({u"1b"_s, u"3b"_s}));
    QCOMPARE(table.waiting(), 0);
    // Not held: changes apply at once.
    table.remove(u"a"_s);
    QCOMPARE(table.waiting(), 0);
    QCOMPARE(table.items().toList(), QStringList({u"3b"_s}));
}

void TestGraph::changesAfterASnapshotIsLetGoFollowThoseThatWaited()
{
    // A change that waited for a snapshot is older than one made after the snapshot was
    // let go: applying them in the other order lost objects or brought deleted ones back.
    ObjectTable<QString> table;
    table.upsert(u"a"_s, u"1"_s);
    table.upsert(u"b"_s, u"2"_s);
    SharedList<QString> snapshot = table.items();
    table.upsert(u"c"_s, u"3"_s); // waits
    table.remove(u"b"_s); // waits
    QCOMPARE(table.waiting(), 2);
    snapshot = {};
    table.remove(u"c"_s); // not held any more: after the upsert that waited
    table.upsert(u"b"_s, u"2b"_s); // after the removal that waited
    QStringList now = table.items().toList();
    now.sort();
    QCOMPARE(now, QStringList({u"1"_s, u"2b"_s}));
    QCOMPARE(table.waiting(), 0);
}

QTEST_GUILESS_MAIN(TestGraph)
#include "tst_graph.moc"
