// The binding graph as data: every edge kind (half-bound and dangling included), columns,
// crossing-minimising order, namespace scope, neighbourhood, problems, DOT and SVG.

#include "models/graph/BindingGraph.h"

#include "tests/support/TestJson.h"

#include <QJsonArray>
#include <QTest>

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

Share share(const QString& name, bool mounted)
{
    QJsonObject properties {{u"accessProtocol"_s, u"SMB"_s}};
    if (mounted)
        properties.insert(u"shareMappings"_s, QJsonArray {QJsonObject {{u"roleType"_s, u"Kubernetes"_s}}});
    return Share::fromJson(QJsonObject {{u"name"_s, name}, {u"properties"_s, properties}});
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
    QCOMPARE(g.nodes().first().id, u"PersistentVolumeClaim/other/x"_s);
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

QTEST_GUILESS_MAIN(TestGraph)
#include "tst_graph.moc"
