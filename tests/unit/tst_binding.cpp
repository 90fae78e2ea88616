// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The PV controller's matching rules (reference/kubernetes-api.md §6) as pure functions.
#include "models/binding/VolumeBinding.h"

#include "tests/support/TestJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace ase;
using ase::test::json;
using namespace ase::binding;

namespace {

/// Deep merge of @p patch into @p base (objects merge, anything else replaces; null removes).
QJsonObject merged(QJsonObject base, const QJsonObject& patch)
{
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().isNull())
            base.remove(it.key());
        else if (it.value().isObject() && base.value(it.key()).isObject())
            base.insert(it.key(), merged(base.value(it.key()).toObject(), it.value().toObject()));
        else
            base.insert(it.key(), it.value());
    }
    return base;
}

QJsonArray modes(const QStringList& names)
{
    return QJsonArray::fromStringList(names);
}

PersistentVolume volume(const QString& name, const QString& capacity, const QStringList& accessModes,
    const QJsonObject& patch = {})
{
    QJsonObject pv {{"metadata"_L1, QJsonObject {{"name"_L1, name}, {"uid"_L1, QString(name + u"-uid"_s)}}},
        {"spec"_L1,
            QJsonObject {{"capacity"_L1, QJsonObject {{"storage"_L1, capacity}}},
                {"accessModes"_L1, modes(accessModes)},
                {"hostPath"_L1, QJsonObject {{"path"_L1, "/data"_L1}}}}},
        {"status"_L1, QJsonObject {{"phase"_L1, "Available"_L1}}}};
    return PersistentVolume::fromJson(merged(pv, patch));
}

PersistentVolumeClaim claim(
    const QString& request, const QStringList& accessModes, const QJsonObject& patch = {})
{
    QJsonObject pvc {
        {"metadata"_L1,
            QJsonObject {{"name"_L1, "data"_L1}, {"namespace"_L1, "apps"_L1}, {"uid"_L1, "claim-uid"_L1}}},
        {"spec"_L1,
            QJsonObject {{"accessModes"_L1, modes(accessModes)},
                {"resources"_L1, QJsonObject {{"requests"_L1, QJsonObject {{"storage"_L1, request}}}}}}},
        {"status"_L1, QJsonObject {{"phase"_L1, "Pending"_L1}}}};
    return PersistentVolumeClaim::fromJson(merged(pvc, patch));
}

StorageClass storageClass(const QString& name, const QJsonObject& patch = {})
{
    QJsonObject sc {
        {"metadata"_L1, QJsonObject {{"name"_L1, name}, {"creationTimestamp"_L1, "2026-01-01T00:00:00Z"_L1}}},
        {"provisioner"_L1, "rancher.io/local-path"_L1}, {"volumeBindingMode"_L1, "Immediate"_L1}};
    return StorageClass::fromJson(merged(sc, patch));
}

const QStringList RWO {u"ReadWriteOnce"_s};
const QStringList RWX {u"ReadWriteMany"_s};
const QStringList RWO_RWX {u"ReadWriteOnce"_s, u"ReadWriteMany"_s};
const QStringList RWO_ROX {u"ReadWriteOnce"_s, u"ReadOnlyMany"_s};
const QStringList ALL3 {u"ReadWriteOnce"_s, u"ReadOnlyMany"_s, u"ReadWriteMany"_s};

QJsonObject claimRefTo(const char* name, const char* ns, const char* uid)
{
    QJsonObject ref {{"kind"_L1, "PersistentVolumeClaim"_L1}, {"name"_L1, QLatin1StringView(name)},
        {"namespace"_L1, QLatin1StringView(ns)}};
    if (uid)
        ref.insert("uid"_L1, QLatin1StringView(uid));
    return QJsonObject {{"spec"_L1, QJsonObject {{"claimRef"_L1, ref}}}};
}

} // namespace

Q_DECLARE_METATYPE(ase::PersistentVolume)
Q_DECLARE_METATYPE(ase::PersistentVolumeClaim)
Q_DECLARE_METATYPE(ase::StorageClass)
Q_DECLARE_METATYPE(ase::binding::VolumeRule)

class TestBinding final : public QObject
{
    Q_OBJECT

private slots:
    void checkVolume_data();
    void checkVolume();
    void candidateSets();
    void findBestMatch_data();
    void findBestMatch();
    void preBoundChecks_data();
    void preBoundChecks();
    void eventTexts_data();
    void eventTexts();
    void defaultClass_data();
    void defaultClass();
    void classRules_data();
    void classRules();
    void explanation();
    void explanationOfNamedVolume();
    void diagnosis_data();
    void diagnosis();
    void nodeAffinity_data();
    void nodeAffinity();
    void schedulerTakesTheSmallest();
    void volumeAttributesClass();
    void invalidSelectorIsAnError();
    void unknownAccessModeIsRefused();
};

void TestBinding::checkVolume_data()
{
    QTest::addColumn<PersistentVolumeClaim>("pvc");
    QTest::addColumn<PersistentVolume>("pv");
    QTest::addColumn<bool>("delayBinding");
    QTest::addColumn<VolumeRule>("expected");

    const PersistentVolumeClaim c = claim(u"5Gi"_s, RWO);
    QTest::newRow("fits") << c << volume(u"pv"_s, u"10Gi"_s, RWO) << false << VolumeRule::Selected;
    QTest::newRow("superset of access modes fits")
        << c << volume(u"pv"_s, u"10Gi"_s, RWO_RWX) << false << VolumeRule::Selected;
    QTest::newRow("access mode missing")
        << claim(u"5Gi"_s, RWX) << volume(u"pv"_s, u"10Gi"_s, RWO) << false << VolumeRule::AccessModesMissing;
    QTest::newRow("claimRef to another claim")
        << c << volume(u"pv"_s, u"10Gi"_s, RWO, claimRefTo("other", "apps", nullptr)) << false
        << VolumeRule::BoundToOtherClaim;
    QTest::newRow("claimRef same name, other namespace")
        << c << volume(u"pv"_s, u"10Gi"_s, RWO, claimRefTo("data", "other", nullptr)) << false
        << VolumeRule::BoundToOtherClaim;
    QTest::newRow("claimRef same claim, other uid")
        << c << volume(u"pv"_s, u"10Gi"_s, RWO, claimRefTo("data", "apps", "old-uid")) << false
        << VolumeRule::BoundToOtherClaim;
    QTest::newRow("claimRef to this claim without uid")
        << c << volume(u"pv"_s, u"10Gi"_s, RWO, claimRefTo("data", "apps", nullptr)) << false
        << VolumeRule::PreBoundToClaim;
    QTest::newRow("claimRef to this claim with its uid")
        << c << volume(u"pv"_s, u"10Gi"_s, RWO, claimRefTo("data", "apps", "claim-uid")) << false
        << VolumeRule::PreBoundToClaim;
    QTest::newRow("capacity too small")
        << c << volume(u"pv"_s, u"4Gi"_s, RWO) << false << VolumeRule::CapacityTooSmall;
    QTest::newRow("capacity equal across formats (5Gi = 5120Mi)")
        << c << volume(u"pv"_s, u"5120Mi"_s, RWO) << false << VolumeRule::Selected;
    QTest::newRow("capacity exact: 5G < 5Gi")
        << c << volume(u"pv"_s, u"5G"_s, RWO) << false << VolumeRule::CapacityTooSmall;
    QTest::newRow("capacity missing")
        << c << volume(u"pv"_s, u"1Gi"_s, RWO, json(R"({"spec":{"capacity":null}})")) << false
        << VolumeRule::CapacityTooSmall;
    QTest::newRow("volumeMode Block vs unset claim")
        << c << volume(u"pv"_s, u"10Gi"_s, RWO, json(R"({"spec":{"volumeMode":"Block"}})")) << false
        << VolumeRule::VolumeModeMismatch;
    QTest::newRow("volumeMode unset claim = Filesystem PV")
        << c << volume(u"pv"_s, u"10Gi"_s, RWO, json(R"({"spec":{"volumeMode":"Filesystem"}})")) << false
        << VolumeRule::Selected;
    QTest::newRow("volumeMode Block claim vs unset PV")
        << claim(u"5Gi"_s, RWO, json(R"({"spec":{"volumeMode":"Block"}})")) << volume(u"pv"_s, u"10Gi"_s, RWO)
        << false << VolumeRule::VolumeModeMismatch;
    QTest::newRow("volumeAttributesClassName differs")
        << claim(u"5Gi"_s, RWO, json(R"({"spec":{"volumeAttributesClassName":"gold"}})"))
        << volume(u"pv"_s, u"10Gi"_s, RWO) << false << VolumeRule::VolumeAttributesClassMismatch;
    QTest::newRow("volumeAttributesClassName equal")
        << claim(u"5Gi"_s, RWO, json(R"({"spec":{"volumeAttributesClassName":"gold"}})"))
        << volume(u"pv"_s, u"10Gi"_s, RWO, json(R"({"spec":{"volumeAttributesClassName":"gold"}})")) << false
        << VolumeRule::Selected;
    QTest::newRow("being deleted") << c
                                   << volume(u"pv"_s, u"10Gi"_s, RWO,
                                          json(
                                              R"({"metadata":{"deletionTimestamp":"2026-01-01T00:00:00Z"}})"))
                                   << false << VolumeRule::BeingDeleted;
    QTest::newRow("too small is tested before being deleted")
        << c
        << volume(
               u"pv"_s, u"1Gi"_s, RWO, json(R"({"metadata":{"deletionTimestamp":"2026-01-01T00:00:00Z"}})"))
        << false << VolumeRule::CapacityTooSmall;
    QTest::newRow("pre-bound volume is taken with delay binding")
        << c << volume(u"pv"_s, u"10Gi"_s, RWO, claimRefTo("data", "apps", nullptr)) << true
        << VolumeRule::PreBoundToClaim;
    QTest::newRow("pre-bound volume is taken in any phase")
        << c
        << volume(u"pv"_s, u"10Gi"_s, RWO,
               merged(claimRefTo("data", "apps", nullptr), json(R"({"status":{"phase":"Released"}})")))
        << false << VolumeRule::PreBoundToClaim;
    QTest::newRow("delay binding skips the rest")
        << c << volume(u"pv"_s, u"10Gi"_s, RWO) << true << VolumeRule::WaitingForFirstConsumer;
    QTest::newRow("phase Released") << c
                                    << volume(u"pv"_s, u"10Gi"_s, RWO,
                                           json(R"({"status":{"phase":"Released"}})"))
                                    << false << VolumeRule::NotAvailable;
    QTest::newRow("phase Pending") << c
                                   << volume(
                                          u"pv"_s, u"10Gi"_s, RWO, json(R"({"status":{"phase":"Pending"}})"))
                                   << false << VolumeRule::NotAvailable;
    const QJsonObject labels = json(R"({"metadata":{"labels":{"tier":"fast","zone":"a"}}})");
    QTest::newRow("selector matchLabels match")
        << claim(u"5Gi"_s, RWO, json(R"({"spec":{"selector":{"matchLabels":{"tier":"fast"}}}})"))
        << volume(u"pv"_s, u"10Gi"_s, RWO, labels) << false << VolumeRule::Selected;
    QTest::newRow("selector matchLabels mismatch")
        << claim(u"5Gi"_s, RWO, json(R"({"spec":{"selector":{"matchLabels":{"tier":"slow"}}}})"))
        << volume(u"pv"_s, u"10Gi"_s, RWO, labels) << false << VolumeRule::SelectorMismatch;
    QTest::newRow("selector In") << claim(u"5Gi"_s, RWO,
        json(
            R"({"spec":{"selector":{"matchExpressions":[{"key":"zone","operator":"In","values":["a","b"]}]}}})"))
                                 << volume(u"pv"_s, u"10Gi"_s, RWO, labels) << false << VolumeRule::Selected;
    QTest::newRow("selector NotIn") << claim(u"5Gi"_s, RWO,
        json(
            R"({"spec":{"selector":{"matchExpressions":[{"key":"zone","operator":"NotIn","values":["a"]}]}}})"))
                                    << volume(u"pv"_s, u"10Gi"_s, RWO, labels) << false
                                    << VolumeRule::SelectorMismatch;
    QTest::newRow("selector DoesNotExist") << claim(u"5Gi"_s, RWO,
        json(R"({"spec":{"selector":{"matchExpressions":[{"key":"tier","operator":"DoesNotExist"}]}}})"))
                                           << volume(u"pv"_s, u"10Gi"_s, RWO, labels) << false
                                           << VolumeRule::SelectorMismatch;
    QTest::newRow("selector on a volume without labels")
        << claim(u"5Gi"_s, RWO, json(R"({"spec":{"selector":{"matchLabels":{"tier":"fast"}}}})"))
        << volume(u"pv"_s, u"10Gi"_s, RWO) << false << VolumeRule::SelectorMismatch;
    QTest::newRow("empty selector matches everything")
        << claim(u"5Gi"_s, RWO, json(R"({"spec":{"selector":{}}})")) << volume(u"pv"_s, u"10Gi"_s, RWO)
        << false << VolumeRule::Selected;
    QTest::newRow("class: claim \"\" vs PV fast")
        << claim(u"5Gi"_s, RWO, json(R"({"spec":{"storageClassName":""}})"))
        << volume(u"pv"_s, u"10Gi"_s, RWO, json(R"({"spec":{"storageClassName":"fast"}})")) << false
        << VolumeRule::ClassMismatch;
    QTest::newRow("class: claim unset vs PV \"\"")
        << c << volume(u"pv"_s, u"10Gi"_s, RWO, json(R"({"spec":{"storageClassName":""}})")) << false
        << VolumeRule::Selected;
    QTest::newRow("class: claim fast vs PV without class")
        << claim(u"5Gi"_s, RWO, json(R"({"spec":{"storageClassName":"fast"}})"))
        << volume(u"pv"_s, u"10Gi"_s, RWO) << false << VolumeRule::ClassMismatch;
    QTest::newRow("class: beta annotation on the claim")
        << claim(u"5Gi"_s, RWO,
               json(R"({"metadata":{"annotations":{"volume.beta.kubernetes.io/storage-class":"fast"}}})"))
        << volume(u"pv"_s, u"10Gi"_s, RWO, json(R"({"spec":{"storageClassName":"fast"}})")) << false
        << VolumeRule::Selected;
    QTest::newRow("class: beta annotation wins over spec") << claim(u"5Gi"_s, RWO,
        json(
            R"({"metadata":{"annotations":{"volume.beta.kubernetes.io/storage-class":"a"}},"spec":{"storageClassName":"b"}})"))
                                                           << volume(u"pv"_s, u"10Gi"_s, RWO,
                                                                  json(
                                                                      R"({"spec":{"storageClassName":"b"}})"))
                                                           << false << VolumeRule::ClassMismatch;
    QTest::newRow("class: beta annotation on the PV")
        << claim(u"5Gi"_s, RWO, json(R"({"spec":{"storageClassName":"a"}})"))
        << volume(u"pv"_s, u"10Gi"_s, RWO,
               json(
                   R"({"metadata":{"annotations":{"volume.beta.kubernetes.io/storage-class":"a"}},"spec":{"storageClassName":"b"}})"))
        << false << VolumeRule::Selected;
}

void TestBinding::checkVolume()
{
    QFETCH(PersistentVolumeClaim, pvc);
    QFETCH(PersistentVolume, pv);
    QFETCH(bool, delayBinding);
    QFETCH(VolumeRule, expected);
    QCOMPARE(ruleId(binding::checkVolume(pvc, pv, delayBinding)), ruleId(expected));
    // The tables' caches keep only part of the original objects: the verdict is the same.
    QCOMPARE(ruleId(binding::checkVolume(forCache(pvc), forCache(pv), delayBinding)), ruleId(expected));
}

void TestBinding::candidateSets()
{
    const QList<PersistentVolume> volumes {volume(u"a"_s, u"1Gi"_s, ALL3), volume(u"b"_s, u"1Gi"_s, RWO),
        volume(u"c"_s, u"1Gi"_s, RWO_ROX), volume(u"d"_s, u"1Gi"_s, RWX), volume(u"e"_s, u"1Gi"_s, RWO)};
    const QList<AccessModes> sets = candidateAccessModeSets(accessModesFromNames(RWO), volumes);
    QCOMPARE(sets.size(), 3);
    QCOMPARE(accessModesAbbreviation(sets.at(0)), u"RWO"_s);
    QCOMPARE(accessModesAbbreviation(sets.at(1)), u"RWO,ROX"_s);
    QCOMPARE(accessModesAbbreviation(sets.at(2)), u"RWO,ROX,RWX"_s);
    QCOMPARE(candidateAccessModeSets(accessModesFromNames(RWX), volumes).size(), 2);
}

void TestBinding::findBestMatch_data()
{
    QTest::addColumn<PersistentVolumeClaim>("pvc");
    QTest::addColumn<QList<PersistentVolume>>("volumes");
    QTest::addColumn<bool>("delayBinding");
    QTest::addColumn<QString>("expected"); // "" = none

    QTest::newRow("smallest that fits")
        << claim(u"4Gi"_s, RWO)
        << QList {volume(u"a"_s, u"10Gi"_s, RWO), volume(u"b"_s, u"5Gi"_s, RWO),
               volume(u"c"_s, u"20Gi"_s, RWO), volume(u"d"_s, u"3Gi"_s, RWO)}
        << false << u"b"_s;
    QTest::newRow("exact modes beat a smaller volume with extra modes")
        << claim(u"1Gi"_s, RWO)
        << QList {volume(u"shared"_s, u"1Gi"_s, RWO_RWX), volume(u"local"_s, u"10Gi"_s, RWO)} << false
        << u"local"_s;
    QTest::newRow("extra modes when no exact set fits")
        << claim(u"1Gi"_s, RWO)
        << QList {volume(u"shared"_s, u"32Ti"_s, RWO_RWX), volume(u"local"_s, u"500Mi"_s, RWO)} << false
        << u"shared"_s;
    QTest::newRow("fewer extra modes first")
        << claim(u"1Gi"_s, RWO)
        << QList {volume(u"three"_s, u"1Gi"_s, ALL3), volume(u"two"_s, u"5Gi"_s, RWO_ROX)} << false
        << u"two"_s;
    QTest::newRow("equal sizes: the first one")
        << claim(u"1Gi"_s, RWO) << QList {volume(u"x"_s, u"2Gi"_s, RWO), volume(u"y"_s, u"2Gi"_s, RWO)}
        << false << u"x"_s;
    QTest::newRow("pre-bound volume returns at once")
        << claim(u"1Gi"_s, RWO)
        << QList {volume(u"small"_s, u"1Gi"_s, RWO),
               volume(u"reserved"_s, u"10Gi"_s, RWO, claimRefTo("data", "apps", nullptr))}
        << false << u"reserved"_s;
    QTest::newRow("delay binding: only a pre-bound volume")
        << claim(u"1Gi"_s, RWO) << QList {volume(u"free"_s, u"1Gi"_s, RWO)} << true << QString();
    QTest::newRow("nothing fits") << claim(u"100Gi"_s, RWO)
                                  << QList {volume(u"a"_s, u"10Gi"_s, RWO), volume(u"b"_s, u"1Ti"_s, RWX)}
                                  << false << QString();
    QTest::newRow("bound volumes are skipped")
        << claim(u"1Gi"_s, RWO)
        << QList {volume(u"taken"_s, u"1Gi"_s, RWO,
                      merged(claimRefTo("x", "apps", "u"), json(R"({"status":{"phase":"Bound"}})"))),
               volume(u"free"_s, u"2Gi"_s, RWO)}
        << false << u"free"_s;
}

void TestBinding::findBestMatch()
{
    QFETCH(PersistentVolumeClaim, pvc);
    QFETCH(QList<PersistentVolume>, volumes);
    QFETCH(bool, delayBinding);
    QFETCH(QString, expected);
    const qsizetype found = binding::findBestMatch(pvc, volumes, delayBinding);
    QCOMPARE(found >= 0 ? volumes.at(found).metadata.name : QString(), expected);
}

void TestBinding::preBoundChecks_data()
{
    QTest::addColumn<PersistentVolumeClaim>("pvc");
    QTest::addColumn<PersistentVolume>("pv");
    QTest::addColumn<QString>("expected");

    const PersistentVolumeClaim c
        = claim(u"5Gi"_s, RWO, json(R"({"spec":{"volumeName":"pv1","storageClassName":""}})"));
    QTest::newRow("fits") << c << volume(u"pv1"_s, u"32Ti"_s, RWO_RWX) << QString();
    QTest::newRow("marked for deletion")
        << c
        << volume(
               u"pv1"_s, u"1Gi"_s, RWO, json(R"({"metadata":{"deletionTimestamp":"2026-01-01T00:00:00Z"}})"))
        << u"the volume is marked for deletion \"pv1\""_s;
    QTest::newRow("too small") << c << volume(u"pv1"_s, u"1Gi"_s, RWO) << u"requested PV is too small"_s;
    QTest::newRow("class differs") << c
                                   << volume(u"pv1"_s, u"10Gi"_s, RWO,
                                          json(R"({"spec":{"storageClassName":"fast"}})"))
                                   << u"storageClassName does not match"_s;
    QTest::newRow("volume mode differs")
        << c << volume(u"pv1"_s, u"10Gi"_s, RWO, json(R"({"spec":{"volumeMode":"Block"}})"))
        << u"incompatible volumeMode"_s;
    QTest::newRow("access modes differ")
        << c << volume(u"pv1"_s, u"10Gi"_s, RWX) << u"incompatible accessMode"_s;
    QTest::newRow("size before class")
        << c << volume(u"pv1"_s, u"1Gi"_s, RWX, json(R"({"spec":{"storageClassName":"x"}})"))
        << u"requested PV is too small"_s;
}

void TestBinding::preBoundChecks()
{
    QFETCH(PersistentVolumeClaim, pvc);
    QFETCH(PersistentVolume, pv);
    QFETCH(QString, expected);
    const VolumeMismatch mismatch = checkVolumeSatisfiesClaim(pv, pvc);
    QCOMPARE(volumeMismatchText(mismatch, pv.metadata.name), expected);
    QCOMPARE(mismatch == VolumeMismatch::None, expected.isEmpty());
    if (!expected.isEmpty())
        QCOMPARE(volumeMismatchEventMessage(u"pv1"_s, mismatch),
            u"Cannot bind to requested volume \"pv1\": "_s + expected);
}

void TestBinding::eventTexts_data()
{
    QTest::addColumn<QString>("actual");
    QTest::addColumn<QString>("expected");
    QTest::newRow("already bound") << alreadyBoundEventMessage(u"share1"_s)
                                   << u"volume \"share1\" already bound to a different claim."_s;
    QTest::newRow("no class")
        << noVolumeNoClassEventMessage()
        << u"no persistent volumes available for this claim and no storage class is set"_s;
    QTest::newRow("first consumer") << waitForConsumerEventMessage({})
                                    << u"waiting for first consumer to be created before binding"_s;
    QTest::newRow("one pod") << waitForConsumerEventMessage({u"mysql-0"_s})
                             << u"waiting for pod mysql-0 to be scheduled"_s;
    QTest::newRow("two pods") << waitForConsumerEventMessage({u"a"_s, u"b"_s})
                              << u"waiting for pods a,b to be scheduled"_s;
    QTest::newRow("class not found") << classNotFoundEventMessage(u"fast"_s)
                                     << u"storageclass.storage.k8s.io \"fast\" not found"_s;
    QTest::newRow("external provisioning")
        << externalProvisioningEventMessage(u"rancher.io/local-path"_s)
        << u"Waiting for a volume to be created either by the external provisioner 'rancher.io/local-path' "
           u"or "
           u"manually by the system administrator. If volume creation is delayed, please verify that the "
           u"provisioner is running and correctly registered."_s;
}

void TestBinding::eventTexts()
{
    QFETCH(QString, actual);
    QFETCH(QString, expected);
    QCOMPARE(actual, expected);
}

void TestBinding::defaultClass_data()
{
    QTest::addColumn<QList<StorageClass>>("classes");
    QTest::addColumn<QString>("expected");
    const QJsonObject isDefault
        = json(R"({"metadata":{"annotations":{"storageclass.kubernetes.io/is-default-class":"true"}}})");
    const QJsonObject betaDefault
        = json(R"({"metadata":{"annotations":{"storageclass.beta.kubernetes.io/is-default-class":"true"}}})");
    const QJsonObject notDefault
        = json(R"({"metadata":{"annotations":{"storageclass.kubernetes.io/is-default-class":"false"}}})");
    const QJsonObject newer = json(R"({"metadata":{"creationTimestamp":"2026-06-01T00:00:00Z"}})");

    QTest::newRow("none") << QList {storageClass(u"a"_s), storageClass(u"b"_s, notDefault)} << QString();
    QTest::newRow("one") << QList {storageClass(u"a"_s), storageClass(u"b"_s, isDefault)} << u"b"_s;
    QTest::newRow("beta annotation") << QList {storageClass(u"a"_s, betaDefault)} << u"a"_s;
    QTest::newRow("several: the newest") << QList {storageClass(u"old"_s, isDefault),
        storageClass(u"new"_s, merged(isDefault, newer)), storageClass(u"zzz"_s, isDefault)}
                                         << u"new"_s;
    QTest::newRow("same age: name ascending")
        << QList {storageClass(u"zeta"_s, isDefault), storageClass(u"alpha"_s, betaDefault)} << u"alpha"_s;
}

void TestBinding::defaultClass()
{
    QFETCH(QList<StorageClass>, classes);
    QFETCH(QString, expected);
    const std::optional<StorageClass> def = defaultStorageClass(classes);
    QCOMPARE(def ? def->metadata.name : QString(), expected);
}

void TestBinding::classRules_data()
{
    QTest::addColumn<PersistentVolumeClaim>("pvc");
    QTest::addColumn<bool>("acceptsDefault");
    QTest::addColumn<bool>("delay");
    QTest::newRow("unset") << claim(u"1Gi"_s, RWO) << true << false;
    QTest::newRow("explicit null") << claim(
        u"1Gi"_s, RWO, QJsonObject {{"spec"_L1, QJsonObject {{"storageClassName"_L1, QJsonValue::Null}}}})
                                   << true << false;
    QTest::newRow("empty string") << claim(u"1Gi"_s, RWO, json(R"({"spec":{"storageClassName":""}})"))
                                  << false << false;
    QTest::newRow("beta annotation") << claim(
        u"1Gi"_s, RWO, json(R"({"metadata":{"annotations":{"volume.beta.kubernetes.io/storage-class":""}}})"))
                                     << false << false;
    QTest::newRow("WaitForFirstConsumer class")
        << claim(u"1Gi"_s, RWO, json(R"({"spec":{"storageClassName":"ase-node-local"}})")) << false << true;
    QTest::newRow("missing class is not delay binding")
        << claim(u"1Gi"_s, RWO, json(R"({"spec":{"storageClassName":"ghost"}})")) << false << false;
}

void TestBinding::classRules()
{
    QFETCH(PersistentVolumeClaim, pvc);
    QFETCH(bool, acceptsDefault);
    QFETCH(bool, delay);
    const QList<StorageClass> classes {
        storageClass(u"ase-node-local"_s, json(R"({"volumeBindingMode":"WaitForFirstConsumer"})")),
        storageClass(u"fast"_s)};
    QCOMPARE(claimAcceptsDefaultClass(pvc), acceptsDefault);
    QCOMPARE(isDelayBinding(pvc, classes), delay);
}

void TestBinding::explanation()
{
    const PersistentVolumeClaim c = claim(u"5Gi"_s, RWO);
    const QList<PersistentVolume> volumes {
        volume(u"a-larger"_s, u"10Gi"_s, RWO),
        volume(u"b-chosen"_s, u"6Gi"_s, RWO),
        volume(u"c-more-modes"_s, u"5Gi"_s, RWO_RWX),
        volume(u"d-rwx"_s, u"50Gi"_s, RWX),
        volume(u"e-small"_s, u"1Gi"_s, RWO),
        volume(u"f-class"_s, u"10Gi"_s, RWO, json(R"({"spec":{"storageClassName":"fast"}})")),
        volume(u"g-bound"_s, u"10Gi"_s, RWO, claimRefTo("other", "apps", "x")),
    };
    const QList<CandidateExplanation> e = explainCandidates(c, volumes, false);
    QCOMPARE(e.size(), volumes.size());
    QStringList rules;
    for (const CandidateExplanation& x : e) {
        rules.append(x.volumeName + u'=' + ruleId(x.rule));
        QVERIFY2(!x.message.isEmpty(), qPrintable(x.volumeName));
    }
    QCOMPARE(rules,
        (QStringList {u"a-larger=LargerThanChosen"_s, u"b-chosen=Selected"_s,
            u"c-more-modes=MoreAccessModesThanChosen"_s, u"d-rwx=AccessModesMissing"_s,
            u"e-small=CapacityTooSmall"_s, u"f-class=ClassMismatch"_s, u"g-bound=BoundToOtherClaim"_s}));
    QVERIFY(e.at(4).message.contains(u"1Gi"_s) && e.at(4).message.contains(u"5Gi"_s));
    QVERIFY(e.at(0).message.contains(u"b-chosen"_s));
    QVERIFY(e.at(6).message.contains(u"apps/other"_s));
    QVERIFY(ruleIsEligible(e.at(0).rule) && !ruleIsEligible(e.at(4).rule));
}

void TestBinding::explanationOfNamedVolume()
{
    const PersistentVolumeClaim c
        = claim(u"50Gi"_s, RWO, json(R"({"spec":{"volumeName":"share1","storageClassName":""}})"));
    const QList<PersistentVolume> volumes {
        volume(u"share1"_s, u"10Gi"_s, RWO_RWX), volume(u"share2"_s, u"32Ti"_s, RWO_RWX)};
    const QList<CandidateExplanation> e = explainCandidates(c, volumes, false);
    QCOMPARE(ruleId(e.at(0).rule), u"CapacityTooSmall"_s);
    QVERIFY(e.at(0).mismatch == VolumeMismatch::TooSmall);
    QCOMPARE(ruleId(e.at(1).rule), u"NotRequested"_s);
    QVERIFY(e.at(1).message.contains(u"share1"_s));
}

void TestBinding::diagnosis_data()
{
    QTest::addColumn<PersistentVolumeClaim>("pvc");
    QTest::addColumn<QList<PersistentVolume>>("volumes");
    QTest::addColumn<QStringList>("unscheduledPods");
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("volumeName");

    using S = ClaimDiagnosis::State;
    const QList<PersistentVolume> shares {volume(u"share1"_s, u"32Ti"_s, RWO_RWX)};
    const QList<PersistentVolume> none;
    const QJsonObject noClass = json(R"({"spec":{"storageClassName":""}})");
    QTest::newRow("a volume matches")
        << claim(u"1Gi"_s, RWO, noClass) << shares << QStringList() << int(S::WillBind) << u"share1"_s;
    QTest::newRow("no class, nothing matches")
        << claim(u"64Ti"_s, RWO, noClass) << shares << QStringList() << int(S::NoVolumeNoClass) << QString();
    QTest::newRow("unset class gets the default")
        << claim(u"64Ti"_s, RWO) << shares << QStringList() << int(S::DefaultClassPending) << QString();
    QTest::newRow("named volume missing")
        << claim(u"1Gi"_s, RWO, json(R"({"spec":{"storageClassName":"","volumeName":"ghost"}})")) << shares
        << QStringList() << int(S::RequestedVolumeMissing) << u"ghost"_s;
    QTest::newRow("named volume too small")
        << claim(u"64Ti"_s, RWO, json(R"({"spec":{"storageClassName":"","volumeName":"share1"}})")) << shares
        << QStringList() << int(S::RequestedVolumeMismatch) << u"share1"_s;
    QTest::newRow("named volume bound elsewhere")
        << claim(u"1Gi"_s, RWO, json(R"({"spec":{"storageClassName":"","volumeName":"share1"}})"))
        << QList {volume(u"share1"_s, u"32Ti"_s, RWO_RWX, claimRefTo("other", "apps", "u"))} << QStringList()
        << int(S::RequestedVolumeBoundElsewhere) << u"share1"_s;
    QTest::newRow("WaitForFirstConsumer without pod")
        << claim(u"1Gi"_s, RWO, json(R"({"spec":{"storageClassName":"ase-node-local"}})")) << none
        << QStringList() << int(S::WaitingForFirstConsumer) << QString();
    QTest::newRow("WaitForFirstConsumer with a pod")
        << claim(u"1Gi"_s, RWO, json(R"({"spec":{"storageClassName":"ase-node-local"}})")) << none
        << QStringList {u"mysql-0"_s} << int(S::WaitingForPodScheduled) << QString();
    QTest::newRow("WaitForFirstConsumer, node selected") << claim(u"1Gi"_s, RWO,
        json(
            R"({"spec":{"storageClassName":"ase-node-local"},"metadata":{"annotations":{"volume.kubernetes.io/selected-node":"k8s-ase-node1"}}})"))
                                                         << none << QStringList() << int(S::Provisioning)
                                                         << QString();
    QTest::newRow("class missing") << claim(u"1Gi"_s, RWO, json(R"({"spec":{"storageClassName":"fast"}})"))
                                   << none << QStringList() << int(S::ClassNotFound) << QString();
    QTest::newRow("static class") << claim(u"1Gi"_s, RWO, json(R"({"spec":{"storageClassName":"manual"}})"))
                                  << none << QStringList() << int(S::NoMatchingVolume) << QString();
    QTest::newRow("bound") << claim(u"1Gi"_s, RWO,
        json(
            R"({"spec":{"volumeName":"share1"},"metadata":{"annotations":{"pv.kubernetes.io/bind-completed":"yes"}},"status":{"phase":"Bound"}})"))
                           << shares << QStringList() << int(S::Bound) << u"share1"_s;
    QTest::newRow("lost") << claim(
        u"1Gi"_s, RWO, json(R"({"spec":{"volumeName":"gone"},"status":{"phase":"Lost"}})"))
                          << shares << QStringList() << int(S::Lost) << u"gone"_s;
}

void TestBinding::diagnosis()
{
    QFETCH(PersistentVolumeClaim, pvc);
    QFETCH(QList<PersistentVolume>, volumes);
    QFETCH(QStringList, unscheduledPods);
    QFETCH(int, state);
    QFETCH(QString, volumeName);
    const QList<StorageClass> classes {
        storageClass(u"ase-node-local"_s,
            json(
                R"({"volumeBindingMode":"WaitForFirstConsumer","metadata":{"annotations":{"storageclass.kubernetes.io/is-default-class":"true"}}})")),
        storageClass(u"manual"_s, json(R"({"provisioner":"kubernetes.io/no-provisioner"})"))};
    const ClaimDiagnosis d = diagnoseClaim(pvc, volumes, classes, unscheduledPods);
    QCOMPARE(int(d.state), state);
    QCOMPARE(d.volumeName, volumeName);
    QVERIFY(!d.message.isEmpty());
    QCOMPARE(d.candidates.size(), volumes.size());
    if (!unscheduledPods.isEmpty())
        QVERIFY(d.message.contains(unscheduledPods.first()));
}

namespace {

QJsonObject hostAffinity(const char* op, const QStringList& hosts)
{
    const QJsonObject expression {{"key"_L1, "kubernetes.io/hostname"_L1},
        {"operator"_L1, QLatin1StringView(op)}, {"values"_L1, QJsonArray::fromStringList(hosts)}};
    const QJsonObject term {{"matchExpressions"_L1, QJsonArray {expression}}};
    const QJsonObject required {{"nodeSelectorTerms"_L1, QJsonArray {term}}};
    const QJsonObject affinity {{"required"_L1, required}};
    return QJsonObject {{"spec"_L1, QJsonObject {{"nodeAffinity"_L1, affinity}}}};
}

} // namespace

void TestBinding::nodeAffinity_data()
{
    QTest::addColumn<QJsonObject>("patch");
    QTest::addColumn<QString>("node");
    QTest::addColumn<bool>("matches");
    QTest::newRow("no affinity") << QJsonObject() << u"node1"_s << true;
    QTest::newRow("In, listed") << hostAffinity("In", {u"node1"_s}) << u"node1"_s << true;
    QTest::newRow("In, not listed") << hostAffinity("In", {u"node2"_s}) << u"node1"_s << false;
    QTest::newRow("NotIn, listed") << hostAffinity("NotIn", {u"node1"_s}) << u"node1"_s << false;
    QTest::newRow("Exists") << hostAffinity("Exists", {}) << u"node1"_s << true;
    QTest::newRow("another label is not judged")
        << json(R"({"spec":{"nodeAffinity":{"required":{"nodeSelectorTerms":[{"matchExpressions":[
            {"key":"topology.kubernetes.io/zone","operator":"In","values":["z1"]}]}]}}}})")
        << u"node1"_s << true;
    QTest::newRow("terms are alternatives")
        << json(R"({"spec":{"nodeAffinity":{"required":{"nodeSelectorTerms":[
            {"matchExpressions":[{"key":"kubernetes.io/hostname","operator":"In","values":["node2"]}]},
            {"matchFields":[{"key":"metadata.name","operator":"In","values":["node1"]}]}]}}}})")
        << u"node1"_s << true;
}

void TestBinding::nodeAffinity()
{
    QFETCH(QJsonObject, patch);
    QFETCH(QString, node);
    QFETCH(bool, matches);
    const PersistentVolume pv = volume(u"local1"_s, u"10Gi"_s, RWO, patch);
    QCOMPARE(volumeNodeAffinityMatches(pv, node), matches);
    QCOMPARE(volumeNodeAffinityMatches(forCache(pv), node), matches); // as the caches keep it
    QVERIFY(forCache(pv).json().size() <= 1); // nothing but spec.nodeAffinity
    // The scheduler's path (a WaitForFirstConsumer claim with a selected node) applies it;
    // the PV controller's path (no node) does not.
    const PersistentVolumeClaim pvc = claim(u"1Gi"_s, RWO,
        json(
            R"({"spec":{"storageClassName":""},"metadata":{"annotations":{"volume.kubernetes.io/selected-node":"node1"}}})"));
    QCOMPARE(findSchedulerMatch(pvc, {pv}, node) == 0, matches);
    QCOMPARE(binding::findBestMatch(pvc, {pv}, false), 0);
}

void TestBinding::schedulerTakesTheSmallest()
{
    // The PV controller tries volumes with the fewest extra modes first: the exact RWO one,
    // although it is larger. The scheduler takes the smallest that fits, whatever its modes.
    const QList<PersistentVolume> volumes {
        volume(u"exact-big"_s, u"100Gi"_s, RWO), volume(u"extra-small"_s, u"5Gi"_s, RWO_RWX)};
    const PersistentVolumeClaim pvc = claim(u"1Gi"_s, RWO, json(R"({"spec":{"storageClassName":""}})"));
    QCOMPARE(volumes.at(binding::findBestMatch(pvc, volumes, false)).metadata.name, u"exact-big"_s);
    QCOMPARE(volumes.at(findSchedulerMatch(pvc, volumes, u"node1"_s)).metadata.name, u"extra-small"_s);
    // The scheduler checks access modes itself (no index by modes).
    const PersistentVolumeClaim rwx = claim(u"1Gi"_s, RWX, json(R"({"spec":{"storageClassName":""}})"));
    QCOMPARE(volumes.at(findSchedulerMatch(rwx, volumes, u"node1"_s)).metadata.name, u"extra-small"_s);
    QCOMPARE(findSchedulerMatch(claim(u"1Gi"_s, {u"ReadOnlyMany"_s}), volumes, u"node1"_s), qsizetype(-1));
}

void TestBinding::volumeAttributesClass()
{
    const PersistentVolume gold
        = volume(u"gold"_s, u"10Gi"_s, RWO, json(R"({"spec":{"volumeAttributesClassName":"gold"}})"));
    const PersistentVolumeClaim plain = claim(u"1Gi"_s, RWO, json(R"({"spec":{"storageClassName":""}})"));
    QCOMPARE(ruleId(binding::checkVolume(plain, gold, false)), u"VolumeAttributesClassMismatch"_s);
    const PersistentVolumeClaim wantsGold = claim(
        u"1Gi"_s, RWO, json(R"({"spec":{"storageClassName":"","volumeAttributesClassName":"gold"}})"));
    QCOMPARE(ruleId(binding::checkVolume(wantsGold, gold, false)), u"Selected"_s);
    const QList<CandidateExplanation> e = explainCandidates(plain, {gold}, false);
    QVERIFY2(e.at(0).message.contains(u"volume attributes class gold"_s), qPrintable(e.at(0).message));
}

void TestBinding::invalidSelectorIsAnError()
{
    const PersistentVolumeClaim pvc = claim(u"1Gi"_s, RWO,
        json(
            R"({"spec":{"storageClassName":"","selector":{"matchExpressions":[{"key":"tier","operator":"Bogus","values":["a"]}]}}})"));
    QVERIFY(!claimSelectorError(pvc).isEmpty());
    const QList<PersistentVolume> volumes {volume(u"share1"_s, u"32Ti"_s, RWO_RWX)};
    QCOMPARE(binding::findBestMatch(pvc, volumes, false), qsizetype(-1));
    const ClaimDiagnosis d = diagnoseClaim(pvc, volumes, {});
    QCOMPARE(int(d.state), int(ClaimDiagnosis::State::InvalidSelector));
    QVERIFY2(d.message.startsWith(u"The claim's selector is invalid, so the binder fails on it: "_s),
        qPrintable(d.message));
    QVERIFY(
        claimSelectorError(claim(u"1Gi"_s, RWO, json(R"({"spec":{"selector":{"matchLabels":{"a":"b"}}}})")))
            .isEmpty());
}

void TestBinding::unknownAccessModeIsRefused()
{
    const PersistentVolumeClaim pvc = claim(u"1Gi"_s, {u"ReadWriteOnce"_s, u"ReadWriteEverywhere"_s},
        json(R"({"spec":{"storageClassName":""}})"));
    QCOMPARE(unknownAccessModes(pvc), QStringList {u"ReadWriteEverywhere"_s});
    const ClaimDiagnosis d = diagnoseClaim(pvc, {volume(u"share1"_s, u"32Ti"_s, RWO_RWX)}, {});
    QCOMPARE(int(d.state), int(ClaimDiagnosis::State::UnsupportedAccessMode));
    QCOMPARE(d.message,
        u"The claim asks for access mode ReadWriteEverywhere, which Kubernetes does not know (use "
        u"ReadWriteOnce, "
        "ReadOnlyMany, ReadWriteMany or ReadWriteOncePod)."_s);
    QVERIFY(unknownAccessModes(claim(u"1Gi"_s, RWO_RWX)).isEmpty());
}

QTEST_GUILESS_MAIN(TestBinding)
#include "tst_binding.moc"
