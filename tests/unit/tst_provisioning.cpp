// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The provisioning drafts: manifests (golden YAML), checks with their messages, the static
// wizard's candidate verdicts, the Edit-YAML mapping, and the schema of what is built.

#include "models/provisioning/ClaimChecks.h"
#include "models/provisioning/ClaimManifests.h"
#include "models/provisioning/DraftYaml.h"
#include "models/provisioning/StorageClassGuide.h"
#include "models/provisioning/VolumeCandidates.h"
#include "models/resources/OpenApiValidator.h"
#include "models/resources/Yaml.h"

#include "tests/support/TestJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace ase;
using namespace ase::provisioning;
using ase::test::json;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ase::PersistentVolume)
Q_DECLARE_METATYPE(ase::provisioning::ClaimDraft)
Q_DECLARE_METATYPE(ase::provisioning::DraftField)
Q_DECLARE_METATYPE(ase::provisioning::VolumeCandidate::Verdict)

namespace {

QByteArray readData(const QString& name)
{
    QFile file(QStringLiteral(ASE_TEST_DATA_DIR) + u"/provisioning/"_s + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(name));
    return file.readAll();
}

ClaimDraft dynamicDraft()
{
    ClaimDraft draft = ClaimDraft::forStorageClass(u"ase-node-local"_s);
    draft.name = u"data"_s;
    draft.ns = u"edge-apps"_s;
    draft.size = u"20Gi"_s;
    return draft;
}

ClaimDraft mysqlDraft(ConsumerKind kind)
{
    ClaimDraft draft = dynamicDraft();
    draft.name = u"mysql-data"_s;
    draft.consumer.kind = kind;
    draft.consumer.name = u"mysql"_s;
    draft.consumer.setApp(ConsumerApp::MySql);
    draft.consumer.secretName = u"mysql-root"_s;
    return draft;
}

ClaimDraft seedDraft()
{
    ClaimDraft draft = ClaimDraft::forShare(u"share1"_s);
    draft.name = u"sensor-data"_s;
    draft.ns = u"edge-apps"_s;
    return draft;
}

PersistentVolume volume(const QString& name, const QByteArray& extraSpec = {},
    const QByteArray& status = "Available", const QByteArray& metadata = {})
{
    const QByteArray text = R"({"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":")"
        + name.toUtf8() + R"(")" + metadata
        + R"(},"spec":{"capacity":{"storage":"32Ti"},"accessModes":["ReadWriteOnce","ReadWriteMany"],
        "persistentVolumeReclaimPolicy":"Retain","storageClassName":"","hostPath":{"path":"/x"})"
        + extraSpec + R"(},"status":{"phase":")" + status + R"("}})";
    return PersistentVolume::fromJson(json(text));
}

Share share(const QString& name, bool mounted)
{
    QJsonObject properties {{u"accessProtocol"_s, u"SMB"_s}, {u"dataPolicy"_s, u"Local"_s}};
    if (mounted)
        properties.insert(u"shareMappings"_s,
            QJsonArray {QJsonObject {
                {u"shareId"_s, QString(u"/x/shares/"_s + name)}, {u"roleType"_s, u"Kubernetes"_s}}});
    return Share::fromJson(QJsonObject {{u"name"_s, name}, {u"id"_s, QString(u"/x/shares/"_s + name)},
        {u"type"_s, u"Microsoft.DataBoxEdge/dataBoxEdgeDevices/shares"_s}, {u"properties"_s, properties}});
}

ProvisioningContext seedContext()
{
    ProvisioningContext context;
    context.volumes = {volume(u"share1"_s)};
    context.shares = {share(u"share1"_s, true)};
    context.namespaces = QStringList {u"default"_s, u"edge-apps"_s};
    context.sharesKnown = true;
    return context;
}

QString messagesOf(const QList<Check>& checks)
{
    QStringList out;
    for (const Check& c : checks)
        out << fieldId(c.field) + u": "_s + c.message;
    return out.join(u'\n');
}

} // namespace

class TestProvisioning final : public QObject
{
    Q_OBJECT

private slots:
    void golden_data();
    void golden();
    void iotEdgeMounts();
    void dynamicClaim();
    void json();
    void seedIsValid();
    void checks_data();
    void checks();
    void schema();
    void candidates_data();
    void candidates();
    void candidateOrder();
    void yamlRoundTrip_data();
    void yamlRoundTrip();
    void yamlKnownField();
    void yamlUnknownFieldKept();
    void yamlRemovedField();
    void yamlExtraDocument();
    void yamlErrors_data();
    void yamlErrors();
    void overlay();
    void provisionerTable_data();
    void provisionerTable();
    void describeClasses();
    void dynamicChecks();
    void recommendation_data();
    void recommendation();
    void claimTemplates();
    void mysqlHasNoPassword();
    void dynamicConsumerChecks_data();
    void dynamicConsumerChecks();
    void dynamicSchema();
    void consumerOfAnExistingClaim();
};

void TestProvisioning::golden_data()
{
    QTest::addColumn<ClaimDraft>("draft");
    QTest::addColumn<QString>("file");

    QTest::newRow("seed claim") << seedDraft() << u"static-claim.yaml"_s;
    ClaimDraft deployment = seedDraft();
    deployment.consumer.kind = ConsumerKind::Deployment;
    deployment.consumer.replicas = 2;
    QTest::newRow("claim and deployment") << deployment << u"static-claim-deployment.yaml"_s;
    ClaimDraft statefulSet = seedDraft();
    statefulSet.consumer.kind = ConsumerKind::StatefulSet;
    statefulSet.consumer.name = u"reader"_s;
    statefulSet.consumer.image = u"nginx:1.27"_s;
    statefulSet.consumer.command = {};
    statefulSet.consumer.mountPath = u"/usr/share/nginx/html"_s;
    QTest::newRow("claim and statefulset") << statefulSet << u"static-claim-statefulset.yaml"_s;
    ClaimDraft iot = seedDraft();
    iot.consumer.kind = ConsumerKind::IotEdge;
    QTest::newRow("iot edge sends the claim only") << iot << u"static-claim.yaml"_s;

    QTest::newRow("dynamic claim") << dynamicDraft() << u"dynamic-claim.yaml"_s;
    ClaimDraft defaulted = dynamicDraft();
    defaulted.storageClassName.clear();
    defaulted.volumeMode = VolumeMode::Block;
    defaulted.labels = {{u"app"_s, u"cache"_s}, {u"tier"_s, u"data"_s}};
    QTest::newRow("default class, block, labels") << defaulted << u"dynamic-claim-default-class.yaml"_s;
    ClaimDraft deploy = dynamicDraft();
    deploy.consumer.kind = ConsumerKind::Deployment;
    deploy.consumer.name = u"web"_s;
    QTest::newRow("dynamic deployment") << deploy << u"dynamic-claim-deployment.yaml"_s;
    ClaimDraft sts = dynamicDraft();
    sts.consumer.kind = ConsumerKind::StatefulSet;
    sts.consumer.name = u"web"_s;
    sts.consumer.replicas = 3;
    QTest::newRow("statefulset with claim templates") << sts << u"dynamic-statefulset-templates.yaml"_s;
    QTest::newRow("mysql deployment")
        << mysqlDraft(ConsumerKind::Deployment) << u"dynamic-mysql-deployment.yaml"_s;
    QTest::newRow("mysql statefulset")
        << mysqlDraft(ConsumerKind::StatefulSet) << u"dynamic-mysql-statefulset.yaml"_s;
}

void TestProvisioning::golden()
{
    QFETCH(ClaimDraft, draft);
    QFETCH(QString, file);
    QCOMPARE(QString::fromUtf8(claimManifestsYaml(draft)), QString::fromUtf8(readData(file)));
}

void TestProvisioning::iotEdgeMounts()
{
    ClaimDraft draft = seedDraft();
    draft.consumer.kind = ConsumerKind::IotEdge;
    QCOMPARE(QString::fromUtf8(iotEdgeCreateOptionsJson(draft)),
        QString::fromUtf8(readData(u"iotedge-mounts.json"_s)));
    draft.consumer.iotTargets = {u"/home/input"_s, u"  "_s};
    QCOMPARE(
        iotEdgeCreateOptions(draft).value(u"HostConfig").toObject().value(u"Mounts").toArray().size(), 1);
    ClaimDraft none;
    QVERIFY(iotEdgeCreateOptions(none).isEmpty());
}

void TestProvisioning::dynamicClaim()
{
    ClaimDraft draft = ClaimDraft::forStorageClass(u"ase-node-local"_s);
    draft.name = u"mysql"_s;
    const QJsonObject claim = claimManifest(draft);
    const QJsonObject spec = claim.value(u"spec").toObject();
    QCOMPARE(spec.value(u"storageClassName").toString(), u"ase-node-local"_s);
    QVERIFY(!spec.contains(u"volumeName"));
    QCOMPARE(spec.value(u"accessModes").toArray(), QJsonArray {u"ReadWriteOnce"_s});
    draft.storageClassName.clear();
    QVERIFY2(!claimManifest(draft).value(u"spec").toObject().contains(u"storageClassName"),
        "no class: the default class applies, so the field is left out (\"\" would mean no class)");
}

void TestProvisioning::json()
{
    const QJsonDocument one = QJsonDocument::fromJson(claimManifestsJson(seedDraft()));
    QCOMPARE(one.object().value(u"kind").toString(), u"PersistentVolumeClaim"_s);
    ClaimDraft draft = seedDraft();
    draft.consumer.kind = ConsumerKind::Deployment;
    const QJsonObject list = QJsonDocument::fromJson(claimManifestsJson(draft)).object();
    QCOMPARE(list.value(u"kind").toString(), u"List"_s);
    QCOMPARE(list.value(u"items").toArray().size(), 2);
}

void TestProvisioning::seedIsValid()
{
    ClaimDraft draft = seedDraft();
    draft.consumer.kind = ConsumerKind::Deployment;
    const QList<Check> checks = checkClaimDraft(draft, seedContext());
    QVERIFY2(checks.isEmpty(), qPrintable(messagesOf(checks)));
}

ProvisioningContext dynamicContext()
{
    ProvisioningContext context = seedContext();
    context.classes = {StorageClass::fromJson(ase::test::json(
        R"({"apiVersion":"storage.k8s.io/v1","kind":"StorageClass","metadata":{"name":"ase-node-local",
        "annotations":{"storageclass.kubernetes.io/is-default-class":"true"}},
        "provisioner":"rancher.io/local-path","volumeBindingMode":"WaitForFirstConsumer"})"))};
    context.claims = {PersistentVolumeClaim::fromJson(ase::test::json(
        R"({"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"data-web-0","namespace":"edge-apps"},
        "spec":{"accessModes":["ReadWriteOnce"],"resources":{"requests":{"storage":"1Gi"}}}})"))};
    return context;
}

enum class Ctx { Seed, NamespacesUnknown, VolumesUnknown, ShareNotMounted, BoundVolume, NoShares };
Q_DECLARE_METATYPE(Ctx)

namespace {

ProvisioningContext makeContext(Ctx which)
{
    ProvisioningContext context = seedContext();
    switch (which) {
    case Ctx::Seed:
        break;
    case Ctx::NamespacesUnknown:
        context.namespaces.reset();
        break;
    case Ctx::VolumesUnknown:
        context.volumes.clear();
        context.volumesKnown = false;
        break;
    case Ctx::ShareNotMounted:
        context.volumes.clear();
        context.shares = {share(u"share1"_s, false)};
        break;
    case Ctx::BoundVolume:
        context.volumes = {volume(u"share1"_s,
            R"(,"claimRef":{"kind":"PersistentVolumeClaim","namespace":"web","name":"site","uid":"u1"})",
            "Bound")};
        break;
    case Ctx::NoShares:
        context.shares.clear();
        context.volumes.clear();
        context.sharesKnown = false;
        break;
    }
    return context;
}

} // namespace

void TestProvisioning::checks_data()
{
    QTest::addColumn<ClaimDraft>("draft");
    QTest::addColumn<Ctx>("context");
    QTest::addColumn<DraftField>("field");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<QString>("message");

    const auto with = [](auto change) {
        ClaimDraft d = seedDraft();
        change(d);
        return d;
    };
    QTest::newRow("empty name") << with([](ClaimDraft& d) { d.name.clear(); }) << Ctx::Seed
                                << DraftField::Name << true << u"Give the claim a name, e.g. share1-data."_s;
    QTest::newRow("upper-case name")
        << with([](ClaimDraft& d) { d.name = u"Data"_s; }) << Ctx::Seed << DraftField::Name << true
        << u"metadata.name: Invalid value: \"Data\": a lowercase RFC 1123 subdomain must "
           "consist of lower case alphanumeric characters, '-' or '.', and must start and "
           "end with an alphanumeric character (e.g. 'example.com', regex used for "
           "validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')"_s;
    QTest::newRow("namespace missing")
        << with([](ClaimDraft& d) { d.ns = u"prod"_s; }) << Ctx::Seed << DraftField::Namespace << true
        << u"Namespace prod does not exist; choose one of the cluster's namespaces or "
           "create it first."_s;
    QTest::newRow("namespace unknown is taken")
        << with([](ClaimDraft& d) { d.ns = u"prod"_s; }) << Ctx::NamespacesUnknown << DraftField::Namespace
        << true << QString();
    QTest::newRow("namespace not a label")
        << with([](ClaimDraft& d) { d.ns = u"edge.apps"_s; }) << Ctx::Seed << DraftField::Namespace << true
        << u"metadata.namespace: Invalid value: \"edge.apps\": must not contain dots"_s;
    QTest::newRow("size not a quantity")
        << with([](ClaimDraft& d) { d.size = u"10 GB"_s; }) << Ctx::Seed << DraftField::Size << true
        << u"\"10 GB\" is not a size: quantities must match the regular expression "
           "'^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'. Write a number and a "
           "unit, e.g. 10Gi or 500Mi."_s;
    QTest::newRow("size zero") << with([](ClaimDraft& d) { d.size = u"0"_s; }) << Ctx::Seed
                               << DraftField::Size << true << u"The size must be greater than zero."_s;
    QTest::newRow("size over capacity")
        << with([](ClaimDraft& d) { d.size = u"40Ti"_s; }) << Ctx::Seed << DraftField::Size << true
        << u"share1: Its capacity 32Ti is less than the requested 40Ti."_s;
    QTest::newRow("no access mode") << with([](ClaimDraft& d) { d.accessModes = {}; }) << Ctx::Seed
                                    << DraftField::AccessModes << true
                                    << u"Choose at least one access mode."_s;
    QTest::newRow("mode not offered")
        << with([](ClaimDraft& d) { d.accessModes = AccessMode::ReadOnlyMany; }) << Ctx::Seed
        << DraftField::AccessModes << true
        << u"share1: It offers ReadWriteOnce, ReadWriteMany; the claim asks for "
           "ReadOnlyMany."_s;
    QTest::newRow("RWOP with others")
        << with([](ClaimDraft& d) {
               d.accessModes = AccessMode::ReadWriteOncePod | AccessMode::ReadWriteOnce;
           })
        << Ctx::Seed << DraftField::AccessModes << true
        << u"spec.accessModes: Forbidden: may not use ReadWriteOncePod with other access modes"_s;
    QTest::newRow("no volume chosen")
        << with([](ClaimDraft& d) { d.volumeName.clear(); }) << Ctx::Seed << DraftField::Source << true
        << u"Choose the share or PersistentVolume to claim."_s;
    QTest::newRow("volume bound elsewhere") << seedDraft() << Ctx::BoundVolume << DraftField::Source << true
                                            << u"share1: Already bound to claim web/site."_s;
    QTest::newRow("share not mounted")
        << seedDraft() << Ctx::ShareNotMounted << DraftField::Source << true
        << u"Not mounted for Edge compute, so Kubernetes has no PersistentVolume for "
           "it yet. Mount it for Edge compute to claim it."_s;
    QTest::newRow("no such volume") << seedDraft() << Ctx::NoShares << DraftField::Source << true
                                    << u"There is no PersistentVolume named share1."_s;
    QTest::newRow("volumes unknown: server decides")
        << seedDraft() << Ctx::VolumesUnknown << DraftField::Source << true << QString();
    QTest::newRow("claim exists")
        << with([](ClaimDraft& d) { d.name = u"taken"_s; }) << Ctx::Seed << DraftField::Name << true
        << u"A claim named taken already exists in namespace edge-apps; choose another "
           "name."_s;
    QTest::newRow("consumer without image") << with([](ClaimDraft& d) {
        d.consumer.kind = ConsumerKind::Deployment;
        d.consumer.image.clear();
    }) << Ctx::Seed << DraftField::ConsumerImage
                                            << true
                                            << u"Give the container image, e.g. nginx:1.27 or "
                                               "mcr.microsoft.com/azureml/onnxruntime."_s;
    QTest::newRow("relative mount path")
        << with([](ClaimDraft& d) {
               d.consumer.kind = ConsumerKind::Deployment;
               d.consumer.mountPath = u"data"_s;
           })
        << Ctx::Seed << DraftField::ConsumerMountPath << true
        << u"The mount path must be an absolute path inside the container, e.g. "
           "/data."_s;
    QTest::newRow("negative replicas")
        << with([](ClaimDraft& d) {
               d.consumer.kind = ConsumerKind::StatefulSet;
               d.consumer.replicas = -1;
           })
        << Ctx::Seed << DraftField::ConsumerReplicas << true
        << u"spec.replicas: Invalid value: -1: must be greater than or equal to 0"_s;
    QTest::newRow("replicas on RWO warn")
        << with([](ClaimDraft& d) {
               d.consumer.kind = ConsumerKind::Deployment;
               d.consumer.replicas = 3;
               d.accessModes = AccessMode::ReadWriteOnce;
           })
        << Ctx::Seed << DraftField::ConsumerReplicas << false
        << u"3 replicas share one ReadWriteOnce claim: pods on other nodes cannot "
           "mount it. Use ReadWriteMany (a share) or one replica."_s;
    QTest::newRow("consumer name too long")
        << with([](ClaimDraft& d) {
               d.consumer.kind = ConsumerKind::Deployment;
               d.consumer.name = QString(64, u'a');
           })
        << Ctx::Seed << DraftField::ConsumerName << true
        << u"metadata.name: Invalid value: \"%1\": must be no more than 63 "
           "characters"_s.arg(QString(64, u'a'));
    QTest::newRow("iot edge relative target")
        << with([](ClaimDraft& d) {
               d.consumer.kind = ConsumerKind::IotEdge;
               d.consumer.iotTargets = {u"home/input"_s};
           })
        << Ctx::Seed << DraftField::IotTargets << true
        << u"The path home/input inside the module must be absolute (start with "
           "/)."_s;
    QTest::newRow("iot edge without targets")
        << with([](ClaimDraft& d) {
               d.consumer.kind = ConsumerKind::IotEdge;
               d.consumer.iotTargets = {};
           })
        << Ctx::Seed << DraftField::IotTargets << true
        << u"Give at least one path inside the module, e.g. /home/input."_s;
}

void TestProvisioning::checks()
{
    QFETCH(ClaimDraft, draft);
    QFETCH(Ctx, context);
    QFETCH(DraftField, field);
    QFETCH(bool, isError);
    QFETCH(QString, message);

    ProvisioningContext ctx = makeContext(context);
    ctx.claims = {PersistentVolumeClaim::fromJson(ase::test::json(
        R"({"apiVersion":"v1","kind":"PersistentVolumeClaim","metadata":{"name":"taken","namespace":"edge-apps"},"spec":{}})"))};
    const QList<Check> all = checkClaimDraft(draft, ctx);
    const QList<Check> found = checksOf(all, field);
    if (message.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(messagesOf(all)));
        return;
    }
    QVERIFY2(
        !found.isEmpty(), qPrintable(u"no check on "_s + fieldId(field) + u"; got:\n"_s + messagesOf(all)));
    QCOMPARE(found.first().message, message);
    QCOMPARE(found.first().isError(), isError);
    QCOMPARE(hasErrors(all), isError);
}

void TestProvisioning::schema()
{
    OpenApiValidator validator;
    const QString dir = QStringLiteral(ASE_SHARED_DIR) + u"/k8s-openapi/"_s;
    for (const QString& file : {u"api__v1_openapi.json"_s, u"apis__apps__v1_openapi.json"_s}) {
        QString error;
        QVERIFY2(validator.loadFile(dir + file, &error), qPrintable(file + u": "_s + error));
    }
    for (const ConsumerKind kind : {ConsumerKind::Deployment, ConsumerKind::StatefulSet}) {
        ClaimDraft draft = seedDraft();
        draft.consumer.kind = kind;
        // Through YAML and back, as the server would read it.
        const YamlDocuments back = parseYaml(claimManifestsYaml(draft));
        QVERIFY(back.ok());
        const QList<Check> checks = schemaChecks(back.objects, validator);
        QVERIFY2(checks.isEmpty(), qPrintable(messagesOf(checks)));
    }
    ClaimDraft typo = seedDraft();
    typo.extras = ase::test::json(R"({"spec":{"storageClass":"fast"}})");
    const QList<Check> checks = schemaChecks(claimManifests(typo), validator);
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks.first().document, 1);
    QCOMPARE(
        checks.first().message, u"PersistentVolumeClaim sensor-data: .spec.storageClass: unknown field"_s);
    QVERIFY(schemaChecks({ase::test::json(R"({"apiVersion":"example.com/v1","kind":"Widget"})")}, validator)
                .isEmpty());
}

void TestProvisioning::candidates_data()
{
    QTest::addColumn<PersistentVolume>("pv");
    QTest::addColumn<VolumeCandidate::Verdict>("verdict");
    QTest::addColumn<QString>("reason");

    using V = VolumeCandidate::Verdict;
    QTest::newRow("available share pv") << volume(u"share1"_s) << V::Claimable << QString();
    QTest::newRow("bound") << volume(u"share1"_s,
        R"(,"claimRef":{"kind":"PersistentVolumeClaim","namespace":"web","name":"site","uid":"u1"})", "Bound")
                           << V::BoundToClaim << u"Already bound to claim web/site."_s;
    QTest::newRow("reserved") << volume(u"share1"_s,
        R"(,"claimRef":{"kind":"PersistentVolumeClaim","namespace":"web","name":"site"})", "Available")
                              << V::BoundToClaim << u"Reserved for claim web/site (its claimRef names it)."_s;
    QTest::newRow("released retain")
        << volume(u"share1"_s,
               R"(,"claimRef":{"kind":"PersistentVolumeClaim","namespace":"web","name":"old","uid":"u0"})",
               "Released")
        << V::Released
        << u"Released: it still holds the data of the deleted claim web/old. With "
           "reclaim policy Retain no new claim can bind it until an administrator "
           "removes its claimRef."_s;
    QTest::newRow("failed") << volume(u"share1"_s, {}, "Failed") << V::Failed
                            << u"Failed: reclaiming it did not complete."_s;
    QTest::newRow("being deleted") << volume(
        u"share1"_s, {}, "Available", R"(,"deletionTimestamp":"2026-01-01T00:00:00Z")")
                                   << V::BeingDeleted << u"It is being deleted."_s;
    QTest::newRow("class set")
        << volume(u"fast-pv"_s, R"(,"storageClassName":"fast")") << V::HasStorageClass
        << u"It belongs to StorageClass fast; a claim with storageClassName \"\" binds only "
           "volumes without a class."_s;
    QTest::newRow("modes") << volume(u"rwo"_s, R"(,"accessModes":["ReadWriteOnce"])") << V::AccessModesMissing
                           << u"It offers ReadWriteOnce; the claim asks for ReadWriteMany."_s;
    QTest::newRow("too small") << volume(u"small"_s, R"(,"capacity":{"storage":"5Gi"})") << V::TooSmall
                               << u"Its capacity 5Gi is less than the requested 10Gi."_s;
    QTest::newRow("block") << volume(u"block"_s, R"(,"volumeMode":"Block")") << V::VolumeModeMismatch
                           << u"Its volume mode is Block; the claim's is Filesystem."_s;
}

void TestProvisioning::candidates()
{
    QFETCH(PersistentVolume, pv);
    QFETCH(VolumeCandidate::Verdict, verdict);
    QFETCH(QString, reason);
    const VolumeCandidate c = judgeVolume(pv, nullptr, seedDraft());
    QCOMPARE(verdictId(c.verdict), verdictId(verdict));
    QCOMPARE(c.reason, reason);
    QCOMPARE(c.volumeName, pv.metadata.name);
}

void TestProvisioning::candidateOrder()
{
    ProvisioningContext context;
    context.shares = {share(u"zeta"_s, false), share(u"alpha"_s, true), share(u"mid"_s, true)};
    context.volumes = {
        volume(u"mid"_s), volume(u"other-pv"_s), volume(u"alpha"_s, R"(,"accessModes":["ReadWriteOnce"])")};
    ClaimDraft draft = seedDraft();
    const QList<VolumeCandidate> list = staticCandidates(context, draft);
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(0).shareName, u"alpha"_s);
    QCOMPARE(verdictId(list.at(0).verdict), u"AccessModesMissing"_s);
    QCOMPARE(list.at(1).shareName, u"mid"_s);
    QVERIFY(list.at(1).claimable());
    QCOMPARE(list.at(2).shareName, u"zeta"_s);
    QCOMPARE(verdictId(list.at(2).verdict), u"NotMounted"_s);
    QVERIFY(list.at(2).volumeName.isEmpty());
    QCOMPARE(list.at(3).volumeName, u"other-pv"_s);
    QVERIFY(list.at(3).shareName.isEmpty());
    // A mounted share whose PV has not arrived yet.
    context.volumes.clear();
    QCOMPARE(verdictId(staticCandidates(context, draft).at(0).verdict), u"ShareWithoutVolume"_s);
}

void TestProvisioning::yamlRoundTrip_data()
{
    QTest::addColumn<ClaimDraft>("draft");
    QTest::newRow("seed") << seedDraft();
    ClaimDraft deployment = seedDraft();
    deployment.consumer.kind = ConsumerKind::Deployment;
    deployment.consumer.replicas = 3;
    deployment.consumer.name = u"web"_s;
    QTest::newRow("deployment") << deployment;
    ClaimDraft dynamic = ClaimDraft::forStorageClass(u"ase-node-local"_s);
    dynamic.name = u"db"_s;
    dynamic.consumer.kind = ConsumerKind::StatefulSet;
    QTest::newRow("dynamic statefulset") << dynamic;
    QTest::newRow("mysql deployment") << mysqlDraft(ConsumerKind::Deployment);
    QTest::newRow("mysql statefulset") << mysqlDraft(ConsumerKind::StatefulSet);
    ClaimDraft labelled = dynamicDraft();
    labelled.storageClassName.clear();
    labelled.volumeMode = VolumeMode::Block;
    labelled.labels = {{u"app"_s, u"cache"_s}};
    QTest::newRow("default class, block, labels") << labelled;
}

void TestProvisioning::yamlRoundTrip()
{
    QFETCH(ClaimDraft, draft);
    const DraftFromYaml back = draftFromYaml(claimManifestsYaml(draft), draft);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error->toString()));
    QVERIFY2(back.kept.isEmpty(), qPrintable(back.kept.join(u", "_s)));
    QVERIFY2(back.restored.isEmpty(), qPrintable(back.restored.join(u", "_s)));
    QCOMPARE(claimManifestsYaml(back.draft), claimManifestsYaml(draft));
    QVERIFY(back.draft == draft);
}

void TestProvisioning::yamlKnownField()
{
    QByteArray text = claimManifestsYaml(seedDraft());
    text.replace("storage: 10Gi", "storage: 20Gi");
    text.replace("name: sensor-data", "name: logs");
    const DraftFromYaml back = draftFromYaml(text, seedDraft());
    QVERIFY(back.ok());
    QCOMPARE(back.draft.size, u"20Gi"_s);
    QCOMPARE(back.draft.name, u"logs"_s);
    QVERIFY(back.kept.isEmpty());
    QCOMPARE(back.draft.shareName, u"share1"_s);
}

void TestProvisioning::yamlUnknownFieldKept()
{
    ClaimDraft draft = seedDraft();
    draft.consumer.kind = ConsumerKind::Deployment;
    QByteArray text = claimManifestsYaml(draft);
    text.replace("  name: sensor-data\n  namespace: edge-apps\nspec:\n  accessModes:",
        "  labels:\n    tier: gold\n  name: sensor-data\n  namespace: edge-apps\nspec:\n  accessModes:");
    text.replace("        name: app\n",
        "        env:\n        - name: MODE\n          value: fast\n        name: app\n");
    const DraftFromYaml back = draftFromYaml(text, draft);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error->toString()));
    // Labels are a field of the form (the claim page's); the env var is not.
    QCOMPARE(back.draft.labels, (QMap<QString, QString> {{u"tier"_s, u"gold"_s}}));
    QCOMPARE(back.kept,
        QStringList({u"Deployment spec.template.spec.containers[0].env[0].name"_s,
            u"Deployment spec.template.spec.containers[0].env[0].value"_s}));
    // The form's later edits keep what it does not know.
    ClaimDraft edited = back.draft;
    edited.size = u"5Gi"_s;
    edited.consumer.image = u"nginx:1.27"_s;
    const QList<QJsonObject> manifests = claimManifests(edited);
    QCOMPARE(
        manifests.at(0).value(u"metadata").toObject().value(u"labels").toObject().value(u"tier").toString(),
        u"gold"_s);
    const QJsonObject container = manifests.at(1)
                                      .value(u"spec")
                                      .toObject()
                                      .value(u"template")
                                      .toObject()
                                      .value(u"spec")
                                      .toObject()
                                      .value(u"containers")
                                      .toArray()
                                      .at(0)
                                      .toObject();
    QCOMPARE(container.value(u"image").toString(), u"nginx:1.27"_s);
    QCOMPARE(container.value(u"env").toArray().at(0).toObject().value(u"value").toString(), u"fast"_s);
}

void TestProvisioning::yamlRemovedField()
{
    QByteArray text = claimManifestsYaml(seedDraft());
    text.replace("  storageClassName: \"\"\n", "");
    const DraftFromYaml back = draftFromYaml(text, seedDraft());
    QVERIFY(back.ok());
    QCOMPARE(back.restored, QStringList {u"PersistentVolumeClaim spec.storageClassName"_s});
}

void TestProvisioning::yamlExtraDocument()
{
    const QByteArray text = claimManifestsYaml(seedDraft())
        + "---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: "
          "edge-apps\ndata:\n  a: b\n";
    const DraftFromYaml back = draftFromYaml(text, seedDraft());
    QVERIFY(back.ok());
    QCOMPARE(back.kept, QStringList {u"ConfigMap settings"_s});
    QCOMPARE(claimManifests(back.draft).size(), 2);
    QCOMPARE(claimManifests(back.draft).at(1).value(u"kind").toString(), u"ConfigMap"_s);
}

void TestProvisioning::yamlErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("syntax") << QByteArray(
        "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: [x\n")
                            << 5 << 1 << QString();
    QTest::newRow("no claim") << QByteArray("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: x\n") << 1
                              << 1 << u"There is no PersistentVolumeClaim (apiVersion v1) in the text."_s;
    QTest::newRow("bad mode") << QByteArray(
        "apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata:\n  name: x\n"
        "spec:\n  accessModes: [ReadWriteAll]\n")
                              << 1 << 1
                              << u"spec.accessModes: \"ReadWriteAll\" is not an access mode (ReadWriteOnce, "
                                 "ReadOnlyMany, ReadWriteMany or ReadWriteOncePod)."_s;
}

void TestProvisioning::yamlErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);
    const DraftFromYaml back = draftFromYaml(text, seedDraft());
    QVERIFY(!back.ok());
    QCOMPARE(back.error->line, line);
    QCOMPARE(back.error->column, column);
    if (!message.isEmpty())
        QCOMPARE(back.error->message, message);
    else
        QVERIFY(!back.error->message.isEmpty());
}

void TestProvisioning::overlay()
{
    const QJsonObject built = ase::test::json(R"({"a":{"b":1,"c":[{"x":1},{"y":2}]},"s":["p","q"]})");
    const QJsonObject written
        = ase::test::json(R"({"a":{"b":1,"c":[{"x":1,"z":3},{"y":2},{"w":4}],"d":true},"s":["q"]})");
    const QJsonObject o = overlayOf(built, written);
    QCOMPARE(o, ase::test::json(R"({"a":{"c":[{"z":3},{},{"w":4}],"d":true},"s":["q"]})"));
    QCOMPARE(mergeOverlay(built, o).toObject(), written);
    QCOMPARE(overlayPaths(o), QStringList({u"a.c[0].z"_s, u"a.c[2].w"_s, u"a.d"_s, u"s[0]"_s}));
    QCOMPARE(removedPaths(built, ase::test::json(R"({"a":{"c":[{"x":1}]}})")),
        QStringList({u"a.b"_s, u"a.c[1]"_s, u"s"_s}));
}

namespace {

StorageClass storageClass(const QString& name, const QString& provisioner,
    const QString& mode = u"WaitForFirstConsumer"_s, const QString& reclaim = u"Delete"_s)
{
    return StorageClass::fromJson(QJsonObject {{u"apiVersion"_s, u"storage.k8s.io/v1"_s},
        {u"kind"_s, u"StorageClass"_s}, {u"metadata"_s, QJsonObject {{u"name"_s, name}}},
        {u"provisioner"_s, provisioner}, {u"volumeBindingMode"_s, mode}, {u"reclaimPolicy"_s, reclaim}});
}

} // namespace

void TestProvisioning::provisionerTable_data()
{
    QTest::addColumn<QString>("provisioner");
    QTest::addColumn<bool>("known");
    QTest::addColumn<QString>("modes");
    QTest::newRow("local-path") << u"rancher.io/local-path"_s << true << u"RWO,RWOP"_s;
    QTest::newRow("no-provisioner") << u"kubernetes.io/no-provisioner"_s << true << u"RWO,RWOP"_s;
    QTest::newRow("csi driver") << u"disk.csi.azure.com"_s << false << u"RWO,ROX,RWX,RWOP"_s;
    QTest::newRow("nfs subdir (helm)")
        << u"cluster.local/nfs-subdir-external-provisioner"_s << true << u"RWO,ROX,RWX"_s;
    QTest::newRow("nfs subdir (manifests)")
        << u"k8s-sigs.io/nfs-subdir-external-provisioner"_s << true << u"RWO,ROX,RWX"_s;
}

void TestProvisioning::provisionerTable()
{
    QFETCH(QString, provisioner);
    QFETCH(bool, known);
    QFETCH(QString, modes);
    QCOMPARE(provisionerAccessModes(provisioner).has_value(), known);
    const StorageClass c = storageClass(u"c"_s, provisioner);
    QCOMPARE(accessModesAbbreviation(offeredAccessModes(c)), modes);
    QCOMPARE(describeClass(c).modesKnown, known);
    QCOMPARE(describeClass(c).modesNote.isEmpty(), known);
}

void TestProvisioning::describeClasses()
{
    const ClassDescription local
        = describeClass(storageClass(u"ase-node-local"_s, u"rancher.io/local-path"_s));
    QCOMPARE(local.summary,
        u"A directory on one node's data disk: fast and POSIX, mounted by the pods of that node "
        "only (ReadWriteOnce)."_s);
    QCOMPARE(local.onDelete, u"Deleting the claim deletes the volume and its data (Delete)."_s);
    QCOMPARE(local.binding,
        u"The volume is made when a pod first uses the claim (WaitForFirstConsumer): until then "
        "the claim stays Pending, which is expected."_s);
    const ClassDescription retained
        = describeClass(storageClass(u"keep"_s, u"disk.csi.azure.com"_s, u"Immediate"_s, u"Retain"_s));
    QCOMPARE(retained.binding, u"The volume is made as soon as the claim is created (Immediate)."_s);
    QCOMPARE(retained.onDelete,
        u"Deleting the claim keeps the volume and its data (Retain); an administrator removes them."_s);
    QCOMPARE(
        modeRefusal(storageClass(u"ase-node-local"_s, u"rancher.io/local-path"_s), AccessMode::ReadWriteMany),
        u"ase-node-local (rancher.io/local-path) gives ReadWriteOnce, ReadWriteOncePod only: its volumes "
        u"live on "
        "one node's disk, so ReadWriteMany is not possible."_s);
    QVERIFY(
        modeRefusal(storageClass(u"x"_s, u"rancher.io/local-path"_s), AccessMode::ReadWriteOnce).isEmpty());
}

void TestProvisioning::dynamicChecks()
{
    ProvisioningContext context = seedContext();
    context.classes = {storageClass(u"ase-node-local"_s, u"rancher.io/local-path"_s),
        storageClass(u"ase-fast"_s, u"disk.csi.azure.com"_s, u"Immediate"_s)};
    ClaimDraft draft = ClaimDraft::forStorageClass(u"ase-node-local"_s);
    draft.name = u"db"_s;
    QVERIFY2(
        checkClaimDraft(draft, context).isEmpty(), qPrintable(messagesOf(checkClaimDraft(draft, context))));
    draft.accessModes = AccessMode::ReadWriteMany;
    QList<Check> checks = checksOf(checkClaimDraft(draft, context), DraftField::AccessModes);
    QCOMPARE(checks.size(), 1);
    QVERIFY(
        checks.first().message.startsWith(u"ase-node-local (rancher.io/local-path) gives ReadWriteOnce"_s));
    draft.storageClassName = u"ase-fast"_s;
    QVERIFY2(checkClaimDraft(draft, context).isEmpty(), "an unknown (CSI) provisioner allows every mode");
    draft.storageClassName = u"gold"_s;
    checks = checksOf(checkClaimDraft(draft, context), DraftField::Source);
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks.first().message,
        u"There is no StorageClass named gold; the cluster has ase-fast, ase-node-local."_s);
    draft.storageClassName.clear();
    checks = checksOf(checkClaimDraft(draft, context), DraftField::Source);
    QCOMPARE(checks.size(), 1);
    QVERIFY(checks.first().message.startsWith(u"Choose a StorageClass: the cluster has no default class"_s));
}

void TestProvisioning::recommendation_data()
{
    QTest::addColumn<bool>("manyWriters");
    QTest::addColumn<bool>("posix");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("className");
    using K = StorageRecommendation::Kind;
    QTest::newRow("many writers") << true << false << int(K::Share) << QString();
    QTest::newRow("database") << false << true << int(K::NodeLocal) << u"local"_s;
    QTest::newRow("replicated database") << true << true << int(K::Share) << QString();
    QTest::newRow("simple app") << false << false << int(K::Either) << u"local"_s;
}

void TestProvisioning::recommendation()
{
    QFETCH(bool, manyWriters);
    QFETCH(bool, posix);
    QFETCH(int, kind);
    QFETCH(QString, className);
    const StorageRecommendation r
        = recommendStorage(manyWriters, posix, {storageClass(u"local"_s, u"rancher.io/local-path"_s)});
    QCOMPARE(int(r.kind), kind);
    QCOMPARE(r.className, className);
    QVERIFY(!r.reason.isEmpty());
}

void TestProvisioning::claimTemplates()
{
    ClaimDraft draft = dynamicDraft();
    draft.consumer.kind = ConsumerKind::StatefulSet;
    draft.consumer.name = u"web"_s;
    draft.consumer.replicas = 2;
    QVERIFY(draft.usesClaimTemplates());
    QCOMPARE(draft.claimNames(), (QStringList {u"data-web-0"_s, u"data-web-1"_s}));
    const QList<QJsonObject> manifests = claimManifests(draft);
    QCOMPARE(manifests.size(), 1);
    const QJsonObject spec = manifests.first().value(u"spec").toObject();
    const QJsonObject claimTemplate = spec.value(u"volumeClaimTemplates").toArray().first().toObject();
    QCOMPARE(claimTemplate.value(u"metadata").toObject(), QJsonObject({{u"name"_s, u"data"_s}}));
    QCOMPARE(
        claimTemplate.value(u"spec").toObject().value(u"storageClassName").toString(), u"ase-node-local"_s);
    const QJsonObject pod = spec.value(u"template").toObject().value(u"spec").toObject();
    QVERIFY2(!pod.contains(u"volumes"), "the claim comes from the template, not a pod volume");
    QCOMPARE(pod.value(u"containers")
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"volumeMounts")
                 .toArray()
                 .first()
                 .toObject()
                 .value(u"name")
                 .toString(),
        u"data"_s);
    // Static: a StatefulSet shares the one claim (a share is ReadWriteMany).
    ClaimDraft shared = seedDraft();
    shared.consumer.kind = ConsumerKind::StatefulSet;
    QVERIFY(!shared.usesClaimTemplates());
    QCOMPARE(shared.claimNames(), QStringList {u"sensor-data"_s});
    QCOMPARE(claimManifests(shared).size(), 2);
}

void TestProvisioning::mysqlHasNoPassword()
{
    for (const ConsumerKind kind : {ConsumerKind::Deployment, ConsumerKind::StatefulSet}) {
        const ClaimDraft draft = mysqlDraft(kind);
        const QList<QJsonObject> manifests = claimManifests(draft);
        const QJsonObject workload = consumerManifest(draft);
        const QJsonObject container = workload.value(u"spec")
                                          .toObject()
                                          .value(u"template")
                                          .toObject()
                                          .value(u"spec")
                                          .toObject()
                                          .value(u"containers")
                                          .toArray()
                                          .first()
                                          .toObject();
        const QJsonArray env = container.value(u"env").toArray();
        QCOMPARE(env.size(), 1);
        const QJsonObject var = env.first().toObject();
        QCOMPARE(var.value(u"name").toString(), u"MYSQL_ROOT_PASSWORD"_s);
        QVERIFY2(!var.contains(u"value"), "the password is never written into the manifest");
        QCOMPARE(var.value(u"valueFrom").toObject().value(u"secretKeyRef").toObject(),
            QJsonObject({{u"name"_s, u"mysql-root"_s}, {u"key"_s, u"password"_s}}));
        const QByteArray yaml = claimManifestsYaml(draft);
        QVERIFY(!yaml.contains("value:"));
        QVERIFY(!yaml.contains("kind: Secret"));
        // The Service, port 3306, headless, selecting the pods.
        const QJsonObject service = serviceManifest(draft);
        QCOMPARE(service.value(u"spec").toObject().value(u"clusterIP").toString(), u"None"_s);
        QCOMPARE(service.value(u"spec").toObject().value(u"selector").toObject(),
            QJsonObject({{u"app"_s, u"mysql"_s}}));
        QVERIFY(manifests.contains(service));
        QVERIFY(checkClaimDraft(draft, dynamicContext()).isEmpty());
    }
}

void TestProvisioning::dynamicConsumerChecks_data()
{
    QTest::addColumn<ClaimDraft>("draft");
    QTest::addColumn<DraftField>("field");
    QTest::addColumn<bool>("error");
    QTest::addColumn<QString>("message");

    ClaimDraft noSecret = mysqlDraft(ConsumerKind::Deployment);
    noSecret.consumer.secretName.clear();
    QTest::newRow("mysql without a secret")
        << noSecret << DraftField::ConsumerSecret << true
        << u"Name the Secret that holds the root password (e.g. mysql-root); the "
           "manifest never contains the password itself."_s;
    ClaimDraft badKey = mysqlDraft(ConsumerKind::Deployment);
    badKey.consumer.secretKey = u"pass word"_s;
    QTest::newRow("bad secret key")
        << badKey << DraftField::ConsumerSecret << true
        << u"spec.template.spec.containers[0].env[0].valueFrom.secretKeyRef.key: Invalid value: "
           "\"pass word\": a valid config key must consist of alphanumeric characters, '-', "
           "'_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for "
           "validation is '[-._a-zA-Z0-9]+')"_s;
    ClaimDraft replicated = mysqlDraft(ConsumerKind::StatefulSet);
    replicated.consumer.replicas = 3;
    QTest::newRow("mysql replicas")
        << replicated << DraftField::ConsumerReplicas << true
        << u"The MySQL template runs one replica (it sets up no replication); set one "
           "replica."_s;
    ClaimDraft literal = dynamicDraft();
    literal.consumer.kind = ConsumerKind::Deployment;
    literal.consumer.extras = ase::test::json(
        R"({"spec":{"template":{"spec":{"containers":[{"env":[{"name":"DB_PASSWORD","value":"hunter2"}]}]}}}})");
    QTest::newRow("literal password")
        << literal << DraftField::ConsumerSecret << false
        << u"DB_PASSWORD is written into the manifest as plain text: anyone who can read "
           "the workload can read it. Take it from a Secret (valueFrom.secretKeyRef)."_s;
    ClaimDraft block = dynamicDraft();
    block.volumeMode = VolumeMode::Block;
    block.consumer.kind = ConsumerKind::Deployment;
    QTest::newRow("block with a workload")
        << block << DraftField::VolumeMode << true
        << u"A Block claim is a raw device (volumeDevices), but the workload here "
           "mounts a filesystem at its mount path. Choose Filesystem, or no "
           "consumer."_s;
    ClaimDraft label = dynamicDraft();
    label.labels = {{u"-bad"_s, u"x"_s}};
    QTest::newRow("bad label key")
        << label << DraftField::Labels << true
        << u"metadata.labels: Invalid value: \"-bad\": name part must consist of "
           "alphanumeric characters, '-', '_' or '.', and must start and end with an "
           "alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used "
           "for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"_s;
    ClaimDraft existing = dynamicDraft();
    existing.consumer.kind = ConsumerKind::StatefulSet;
    existing.consumer.name = u"web"_s;
    existing.consumer.replicas = 2;
    QTest::newRow("template claims exist")
        << existing << DraftField::Name << false
        << u"data-web-0 already exist in namespace edge-apps: the StatefulSet's pods "
           "will use them as they are instead of new claims."_s;
    ClaimDraft defaultRwx = dynamicDraft();
    defaultRwx.storageClassName.clear();
    defaultRwx.accessModes = AccessMode::ReadWriteMany;
    QTest::newRow("the default class's modes")
        << defaultRwx << DraftField::AccessModes << true
        << u"ase-node-local (rancher.io/local-path) gives ReadWriteOnce, "
           "ReadWriteOncePod only: its volumes live on one node's disk, so "
           "ReadWriteMany is not possible."_s;
    ClaimDraft rwoReplicas = dynamicDraft();
    rwoReplicas.consumer.kind = ConsumerKind::StatefulSet;
    rwoReplicas.consumer.name = u"db"_s;
    rwoReplicas.consumer.replicas = 3;
    QTest::newRow("templates: no shared-claim warning")
        << rwoReplicas << DraftField::ConsumerReplicas << false << QString();
}

void TestProvisioning::dynamicConsumerChecks()
{
    QFETCH(ClaimDraft, draft);
    QFETCH(DraftField, field);
    QFETCH(bool, error);
    QFETCH(QString, message);
    const QList<Check> checks = checksOf(checkClaimDraft(draft, dynamicContext()), field);
    if (message.isEmpty()) {
        QVERIFY2(checks.isEmpty(), qPrintable(messagesOf(checks)));
        return;
    }
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks.first().message, message);
    QCOMPARE(checks.first().isError(), error);
}

void TestProvisioning::dynamicSchema()
{
    OpenApiValidator validator;
    const QString dir = QStringLiteral(ASE_SHARED_DIR) + u"/k8s-openapi/"_s;
    for (const QString& file : {u"api__v1_openapi.json"_s, u"apis__apps__v1_openapi.json"_s}) {
        QString error;
        QVERIFY2(validator.loadFile(dir + file, &error), qPrintable(file + u": "_s + error));
    }
    ClaimDraft sts = dynamicDraft();
    sts.consumer.kind = ConsumerKind::StatefulSet;
    sts.labels = {{u"app"_s, u"db"_s}};
    ClaimDraft block = dynamicDraft();
    block.volumeMode = VolumeMode::Block;
    for (const ClaimDraft& draft :
        {sts, block, mysqlDraft(ConsumerKind::Deployment), mysqlDraft(ConsumerKind::StatefulSet)}) {
        const YamlDocuments back = parseYaml(claimManifestsYaml(draft));
        QVERIFY(back.ok());
        for (const QJsonObject& object : back.objects)
            QVERIFY2(
                validator.knows(object.value(u"apiVersion").toString(), object.value(u"kind").toString()),
                qPrintable(object.value(u"kind").toString()));
        const QList<Check> checks = schemaChecks(back.objects, validator);
        QVERIFY2(checks.isEmpty(), qPrintable(messagesOf(checks)));
    }
}

void TestProvisioning::consumerOfAnExistingClaim()
{
    ClaimDraft draft = ClaimDraft::forExistingClaim(
        u"monitoring"_s, u"prometheus-data"_s, u"ase-node-local"_s, u"50Gi"_s, AccessMode::ReadWriteOnce);
    draft.consumer.name = u"prometheus"_s;
    const QList<QJsonObject> manifests = claimManifests(draft);
    QCOMPARE(manifests.size(), 1);
    QCOMPARE(manifests.first().value(u"kind").toString(), u"Deployment"_s);
    QVERIFY(claimManifestsYaml(draft).contains("claimName: prometheus-data"));
    // A StatefulSet mounts the existing claim (no templates: the claim is there).
    draft.consumer.kind = ConsumerKind::StatefulSet;
    QVERIFY(!draft.usesClaimTemplates());
    QCOMPARE(draft.claimNames(), QStringList {u"prometheus-data"_s});
    // The claim must still be there.
    ProvisioningContext context = dynamicContext();
    context.namespaces = QStringList {u"monitoring"_s};
    const QList<Check> checks = checksOf(checkClaimDraft(draft, context), DraftField::Name);
    QCOMPARE(checks.size(), 1);
    QCOMPARE(checks.first().message,
        u"The claim prometheus-data is gone from namespace monitoring; nothing would mount."_s);
    // Edit YAML: the text has only the workload, and maps back.
    draft.consumer.kind = ConsumerKind::Deployment;
    const DraftFromYaml back = draftFromYaml(claimManifestsYaml(draft), draft);
    QVERIFY2(back.ok(), back.ok() ? "" : qPrintable(back.error->toString()));
    QVERIFY(back.draft == draft);
}

QTEST_GUILESS_MAIN(TestProvisioning)
#include "tst_provisioning.moc"
