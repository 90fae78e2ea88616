// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// What to do about a Pending claim: one advice (and action) per diagnosis.

#include "models/binding/PendingAdvice.h"

#include "tests/support/TestJson.h"

#include <QJsonArray>
#include <QTest>

using namespace ase;
using namespace ase::binding;
using ase::test::json;
using namespace Qt::StringLiterals;

namespace {

PersistentVolumeClaim claim(const QByteArray& spec, const QByteArray& status = R"({"phase":"Pending"})")
{
    return PersistentVolumeClaim::fromJson(json(R"({"apiVersion":"v1","kind":"PersistentVolumeClaim",
        "metadata":{"name":"data","namespace":"apps"},"spec":)"
        + spec + R"(,"status":)" + status + "}"));
}

PersistentVolume volume(
    const QByteArray& name, const QByteArray& extra = {}, const QByteArray& phase = "Available")
{
    return PersistentVolume::fromJson(json(
        R"({"apiVersion":"v1","kind":"PersistentVolume","metadata":{"name":")" + name
        + R"("},"spec":{"capacity":{"storage":"32Ti"},"accessModes":["ReadWriteMany"],"storageClassName":"",
        "persistentVolumeReclaimPolicy":"Retain")"
        + extra + R"(},"status":{"phase":")" + phase + R"("}})"));
}

Share share(const QString& name, bool mounted)
{
    QJsonObject properties {{u"accessProtocol"_s, u"NFS"_s}};
    if (mounted)
        properties.insert(u"shareMappings"_s, QJsonArray {QJsonObject {{u"roleType"_s, u"Kubernetes"_s}}});
    return Share::fromJson(QJsonObject {{u"name"_s, name}, {u"properties"_s, properties}});
}

StorageClass localPath()
{
    return StorageClass::fromJson(json(R"({"apiVersion":"storage.k8s.io/v1","kind":"StorageClass",
        "metadata":{"name":"ase-node-local"},"provisioner":"rancher.io/local-path","volumeBindingMode":"Immediate"})"));
}

Event provisioningFailed(const QString& message)
{
    return Event::fromJson(QJsonObject {{u"type"_s, u"Warning"_s}, {u"reason"_s, u"ProvisioningFailed"_s},
        {u"message"_s, message}, {u"lastTimestamp"_s, u"2026-01-01T00:00:00Z"_s}});
}

} // namespace

class TestPendingAdvice final : public QObject
{
    Q_OBJECT

private slots:
    void unmountedShare();
    void missingEverywhere();
    void waitForFirstConsumer();
    void provisioningFailedOnRwx();
    void releasedVolumeCanBeReused();
    void boundElsewhere();
};

void TestPendingAdvice::unmountedShare()
{
    const PersistentVolumeClaim c
        = claim(R"({"accessModes":["ReadWriteMany"],"resources":{"requests":{"storage":"1Gi"}},
        "storageClassName":"","volumeName":"backups"})");
    const ClaimDiagnosis d = diagnoseClaim(c, {}, {});
    QCOMPARE(stateId(d.state), u"RequestedVolumeMissing"_s);
    const QList<Advice> a = adviseClaim(d, c, {}, {share(u"backups"_s, false)}, true, {});
    QCOMPARE(a.size(), 1);
    QCOMPARE(actionId(a.first().action), u"MountShare"_s);
    QCOMPARE(a.first().target, u"backups"_s);
    // Mounted already: the PV is on its way, nothing to do.
    QCOMPARE(
        actionId(adviseClaim(d, c, {}, {share(u"backups"_s, true)}, true, {}).first().action), u"None"_s);
}

void TestPendingAdvice::missingEverywhere()
{
    const PersistentVolumeClaim c
        = claim(R"({"accessModes":["ReadWriteMany"],"resources":{"requests":{"storage":"1Gi"}},
        "storageClassName":"","volumeName":"ghost"})");
    const QList<Advice> a = adviseClaim(diagnoseClaim(c, {}, {}), c, {}, {}, true, {});
    QCOMPARE(actionId(a.first().action), u"OpenStaticWizard"_s);
    QVERIFY(a.first().text.startsWith(u"No share or volume is named ghost."_s));
    const QList<Advice> unknown = adviseClaim(diagnoseClaim(c, {}, {}), c, {}, {}, false, {});
    QVERIFY(unknown.first().text.startsWith(u"No volume is named ghost. If it is a device share"_s));
}

void TestPendingAdvice::waitForFirstConsumer()
{
    const PersistentVolumeClaim c
        = claim(R"({"accessModes":["ReadWriteOnce"],"resources":{"requests":{"storage":"1Gi"}},
        "storageClassName":"ase-node-local"})");
    StorageClass wffc = localPath();
    wffc.volumeBindingMode = u"WaitForFirstConsumer"_s;
    const ClaimDiagnosis d = diagnoseClaim(c, {}, {wffc});
    QCOMPARE(stateId(d.state), u"WaitingForFirstConsumer"_s);
    QCOMPARE(actionId(adviseClaim(d, c, {}, {}, false, {}).first().action), u"CreateConsumer"_s);
}

void TestPendingAdvice::provisioningFailedOnRwx()
{
    const PersistentVolumeClaim c
        = claim(R"({"accessModes":["ReadWriteMany"],"resources":{"requests":{"storage":"1Gi"}},
        "storageClassName":"ase-node-local"})");
    const ClaimDiagnosis d = diagnoseClaim(c, {}, {localPath()});
    QCOMPARE(stateId(d.state), u"Provisioning"_s);
    const QString failure
        = u"failed to provision volume with StorageClass \"ase-node-local\": NodePath only supports "
          "ReadWriteOnce and ReadWriteOncePod (1.22+) access modes"_s;
    const QList<Advice> a = adviseClaim(d, c, {}, {}, false, {provisioningFailed(failure)});
    QCOMPARE(actionId(a.first().action), u"UseShare"_s);
    QVERIFY(a.first().text.contains(failure));
    QCOMPARE(actionId(adviseClaim(d, c, {}, {}, false, {}).first().action), u"None"_s);
}

void TestPendingAdvice::releasedVolumeCanBeReused()
{
    const PersistentVolumeClaim c
        = claim(R"({"accessModes":["ReadWriteMany"],"resources":{"requests":{"storage":"1Gi"}},
        "storageClassName":""})");
    const QList<PersistentVolume> volumes {volume("old-data",
        R"(,"claimRef":{"kind":"PersistentVolumeClaim","namespace":"apps","name":"gone","uid":"u0"})",
        "Released")};
    const ClaimDiagnosis d = diagnoseClaim(c, volumes, {});
    QCOMPARE(stateId(d.state), u"NoVolumeNoClass"_s);
    const QList<Advice> a = adviseClaim(d, c, volumes, {}, false, {});
    QCOMPARE(a.size(), 2);
    QCOMPARE(actionId(a.at(1).action), u"ClearClaimRef"_s);
    // A merge patch: what the app sends is exactly what is shown.
    QCOMPARE(a.at(1).patch, u"{\"spec\":{\"claimRef\":null}}"_s);
    QCOMPARE(a.at(1).kubectlCommand,
        u"kubectl patch pv old-data --type=merge -p '{\"spec\":{\"claimRef\":null}}'"_s);
}

void TestPendingAdvice::boundElsewhere()
{
    const PersistentVolumeClaim c
        = claim(R"({"accessModes":["ReadWriteMany"],"resources":{"requests":{"storage":"1Gi"}},
        "storageClassName":"","volumeName":"share1"})");
    const QList<PersistentVolume> volumes {volume("share1",
        R"(,"claimRef":{"kind":"PersistentVolumeClaim","namespace":"web","name":"site","uid":"u1"})",
        "Bound")};
    const ClaimDiagnosis d = diagnoseClaim(c, volumes, {});
    QCOMPARE(stateId(d.state), u"RequestedVolumeBoundElsewhere"_s);
    QCOMPARE(actionId(adviseClaim(d, c, volumes, {}, false, {}).first().action), u"ChooseVolume"_s);
}

QTEST_GUILESS_MAIN(TestPendingAdvice)
#include "tst_pendingadvice.moc"
