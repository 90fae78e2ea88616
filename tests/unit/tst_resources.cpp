// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "models/binding/VolumeBinding.h"
#include "models/graph/BindingGraph.h"
#include "models/resources/AccessModes.h"
#include "models/resources/ArmResource.h"
#include "models/resources/Deployment.h"
#include "models/resources/DeviceUser.h"
#include "models/resources/Event.h"
#include "models/resources/KubeTime.h"
#include "models/resources/ObjectMeta.h"
#include "models/resources/PersistentVolume.h"
#include "models/resources/PersistentVolumeClaim.h"
#include "models/resources/Pod.h"
#include "models/resources/Share.h"
#include "models/resources/StatefulSet.h"
#include "models/resources/StorageAccountCredential.h"
#include "models/resources/StorageClass.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace ase;
using namespace Qt::StringLiterals;

namespace {

QJsonObject readFixture(const QString& file)
{
    QFile f(QStringLiteral(ASE_TEST_DATA_DIR) + u"/resources/"_s + file);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open fixture %s", qPrintable(f.fileName()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad fixture %s: %s", qPrintable(file), qPrintable(error.errorString()));
    return doc.object();
}

/// The n-th element of a list body's array (`items` or `value`).
QJsonObject listItem(const QString& file, const QString& arrayKey, int index)
{
    return readFixture(file).value(arrayKey).toArray().at(index).toObject();
}

QString quantityText(const std::optional<Quantity>& q)
{
    return q ? q->toString() : u"<none>"_s;
}

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::UTC);
}

constexpr qint64 Second = 1000;
constexpr qint64 Minute = 60 * Second;
constexpr qint64 Hour = 60 * Minute;
constexpr qint64 Day = 24 * Hour;

} // namespace

class TestResources final : public QObject
{
    Q_OBJECT

private slots:
    void cachedObjectsKeepWhatIsRead();
    void cachedObjectsShareRepeatedTexts();
    void cachedObjectsDropWhatNoOneReads();
    void parseTime_data();
    void parseTime();
    void formatTime();
    void humanDuration_data();
    void humanDuration();
    void kubectlAge_data();
    void kubectlAge();
    void accessModes_data();
    void accessModes();
    void accessModeNames();
    void objectKeys_data();
    void objectKeys();
    void armIdName_data();
    void armIdName();

    void persistentVolume_data();
    void persistentVolume();
    void persistentVolumeClaim_data();
    void persistentVolumeClaim();
    void storageClass_data();
    void storageClass();
    void objectMeta();
    void pod();
    void podWithoutStatus();
    void podEssentials_data();
    void podEssentials();
    void event_data();
    void event();
    void eventsOfTheSameSecondKeepTheServersOrder();
    void deployment();
    void statefulSet();
    void share_data();
    void share();
    void deviceUser();
    void storageAccountCredential();

    void roundTrip_data();
    void roundTrip();
    void defaults();
};

// ---------------------------------------------------------------------------------------
// time

void TestResources::parseTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid = must be rejected

    QTest::newRow("whole seconds Z") << u"2026-11-29T14:05:09Z"_s << utc(2026, 11, 29, 14, 5, 9);
    QTest::newRow("microseconds truncated")
        << u"2026-11-29T14:05:09.123456Z"_s << utc(2026, 11, 29, 14, 5, 9, 123);
    QTest::newRow("999999 us stays in the second")
        << u"2026-11-29T14:05:09.999999Z"_s << utc(2026, 11, 29, 14, 5, 9, 999);
    QTest::newRow("one fraction digit") << u"2026-11-29T14:05:09.5Z"_s << utc(2026, 11, 29, 14, 5, 9, 500);
    QTest::newRow("nine fraction digits")
        << u"2026-11-29T14:05:09.000000001Z"_s << utc(2026, 11, 29, 14, 5, 9);
    QTest::newRow("positive offset") << u"2026-11-29T16:05:09+02:00"_s << utc(2026, 11, 29, 14, 5, 9);
    QTest::newRow("negative offset crosses midnight")
        << u"2026-11-28T23:30:00-01:30"_s << utc(2026, 11, 29, 1, 0, 0);
    QTest::newRow("lower-case t and z") << u"2026-11-29t14:05:09z"_s << utc(2026, 11, 29, 14, 5, 9);
    QTest::newRow("leap day") << u"2028-02-29T00:00:00Z"_s << utc(2028, 2, 29, 0, 0, 0);
    QTest::newRow("before the epoch") << u"1969-12-31T23:59:59Z"_s << utc(1969, 12, 31, 23, 59, 59);

    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("date only") << u"2026-11-29"_s << QDateTime();
    QTest::newRow("no offset") << u"2026-11-29T14:05:09"_s << QDateTime();
    QTest::newRow("space instead of T") << u"2026-11-29 14:05:09Z"_s << QDateTime();
    QTest::newRow("not a leap year") << u"2026-02-29T00:00:00Z"_s << QDateTime();
    QTest::newRow("hour 24") << u"2026-11-29T24:00:00Z"_s << QDateTime();
    QTest::newRow("second 60") << u"2026-11-29T14:05:60Z"_s << QDateTime();
    QTest::newRow("dot without digits") << u"2026-11-29T14:05:09.Z"_s << QDateTime();
    QTest::newRow("trailing garbage") << u"2026-11-29T14:05:09Zx"_s << QDateTime();
    QTest::newRow("offset without colon") << u"2026-11-29T14:05:09+0200"_s << QDateTime();
    QTest::newRow("letters in the year") << u"20x6-11-29T14:05:09Z"_s << QDateTime();
}

void TestResources::parseTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime parsed = parseRfc3339(QStringView(text));
    QCOMPARE(parsed.isValid(), expected.isValid());
    if (expected.isValid()) {
        QCOMPARE(parsed.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }
    // The JSON readers agree with the text reader.
    QCOMPARE(parseJsonTime(QJsonValue(text)), parsed);
    QCOMPARE(parseRfc3339(QJsonObject {{u"t"_s, text}}.value(u"t"_s)), parsed);
}

void TestResources::formatTime()
{
    const QDateTime t = utc(2026, 11, 29, 14, 5, 9, 123);
    QCOMPARE(formatRfc3339(t), u"2026-11-29T14:05:09Z"_s);
    QCOMPARE(formatRfc3339Micro(t), u"2026-11-29T14:05:09.123000Z"_s);
    // A local-offset time is printed in UTC.
    QCOMPARE(formatRfc3339(t.toOffsetFromUtc(2 * 3600)), u"2026-11-29T14:05:09Z"_s);
    QCOMPARE(formatRfc3339(QDateTime()), QString());
    QCOMPARE(formatRfc3339Micro(QDateTime()), QString());
    // Formatting and parsing agree.
    QCOMPARE(parseRfc3339(QStringView(formatRfc3339Micro(t))), t);
    // ARM date-times may lack the zone; the lenient mode reads them as UTC.
    QCOMPARE(parseRfc3339(u"2026-11-27T08:00:00", MissingOffset::AssumeUtc), utc(2026, 11, 27, 8, 0, 0));
    QVERIFY(!parseJsonTime(QJsonValue(), MissingOffset::AssumeUtc).isValid());
    QVERIFY(!parseJsonTime(QJsonValue(42)).isValid());
}

void TestResources::humanDuration_data()
{
    QTest::addColumn<qint64>("msecs");
    QTest::addColumn<QString>("expected");

    // apimachinery duration_test.go TestHumanDuration and TestHumanDurationBoundaries.
    QTest::newRow("1s") << Second << u"1s"_s;
    QTest::newRow("70s") << 70 * Second << u"70s"_s;
    QTest::newRow("190s") << 190 * Second << u"3m10s"_s;
    QTest::newRow("70m") << 70 * Minute << u"70m"_s;
    QTest::newRow("47h") << 47 * Hour << u"47h"_s;
    QTest::newRow("49h") << 49 * Hour << u"2d1h"_s;
    QTest::newRow("8d2h") << (8 * 24 + 2) * Hour << u"8d"_s;
    QTest::newRow("367d") << 367 * Day << u"367d"_s;
    QTest::newRow("2y25h") << (365 * 2 * 24 + 25) * Hour << u"2y1d"_s;
    QTest::newRow("8y2h") << (365 * 8 * 24 + 2) * Hour << u"8y"_s;
    QTest::newRow("-2s") << -2 * Second << u"<invalid>"_s;
    QTest::newRow("-1.999s") << -2 * Second + 1 << u"0s"_s;
    QTest::newRow("0") << qint64(0) << u"0s"_s;
    QTest::newRow("999ms") << Second - 1 << u"0s"_s;
    QTest::newRow("2m-1ms") << 2 * Minute - 1 << u"119s"_s;
    QTest::newRow("2m") << 2 * Minute << u"2m"_s;
    QTest::newRow("2m1s") << 2 * Minute + Second << u"2m1s"_s;
    QTest::newRow("10m-1ms") << 10 * Minute - 1 << u"9m59s"_s;
    QTest::newRow("10m") << 10 * Minute << u"10m"_s;
    QTest::newRow("10m1s") << 10 * Minute + Second << u"10m"_s;
    QTest::newRow("3h-1ms") << 3 * Hour - 1 << u"179m"_s;
    QTest::newRow("3h") << 3 * Hour << u"3h"_s;
    QTest::newRow("3h1m") << 3 * Hour + Minute << u"3h1m"_s;
    QTest::newRow("8h-1ms") << 8 * Hour - 1 << u"7h59m"_s;
    QTest::newRow("8h") << 8 * Hour << u"8h"_s;
    QTest::newRow("8h59m") << 8 * Hour + 59 * Minute << u"8h"_s;
    QTest::newRow("2d-1ms") << 2 * Day - 1 << u"47h"_s;
    QTest::newRow("2d") << 2 * Day << u"2d"_s;
    QTest::newRow("2d1h") << 2 * Day + Hour << u"2d1h"_s;
    QTest::newRow("8d-1ms") << 8 * Day - 1 << u"7d23h"_s;
    QTest::newRow("8d") << 8 * Day << u"8d"_s;
    QTest::newRow("8d23h") << 8 * Day + 23 * Hour << u"8d"_s;
    QTest::newRow("2y-1ms") << 2 * 365 * Day - 1 << u"729d"_s;
    QTest::newRow("2y") << 2 * 365 * Day << u"2y"_s;
    QTest::newRow("2y23h59m") << 2 * 365 * Day + 23 * Hour + 59 * Minute << u"2y"_s;
    QTest::newRow("2y1d-1ms") << 2 * 365 * Day + Day - 1 << u"2y"_s;
    QTest::newRow("2y1d") << 2 * 365 * Day + Day << u"2y1d"_s;
    QTest::newRow("3y") << 3 * 365 * Day << u"3y"_s;
    QTest::newRow("8y-1ms") << 8 * 365 * Day - 1 << u"7y364d"_s;
    QTest::newRow("8y") << 8 * 365 * Day << u"8y"_s;
    QTest::newRow("8y364d") << 8 * 365 * Day + 364 * Day << u"8y"_s;
    QTest::newRow("9y") << 9 * 365 * Day << u"9y"_s;
    // The examples in the brief.
    QTest::newRow("45s") << 45 * Second << u"45s"_s;
    QTest::newRow("5m3s") << 5 * Minute + 3 * Second << u"5m3s"_s;
    QTest::newRow("3h10m") << 3 * Hour + 10 * Minute + 59 * Second << u"3h10m"_s;
    QTest::newRow("2d5h") << 2 * Day + 5 * Hour + 30 * Minute << u"2d5h"_s;
    QTest::newRow("3y200d") << 3 * 365 * Day + 200 * Day + 7 * Hour << u"3y200d"_s;
}

void TestResources::humanDuration()
{
    QFETCH(qint64, msecs);
    QFETCH(QString, expected);
    QCOMPARE(ase::humanDuration(msecs), expected);
}

void TestResources::kubectlAge_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QString>("expected");

    const QDateTime now = utc(2026, 11, 29, 14, 0, 0);
    QTest::newRow("no timestamp") << QDateTime() << now << u"<unknown>"_s;
    QTest::newRow("same instant") << now << now << u"0s"_s;
    QTest::newRow("clock skew of one second") << now.addSecs(1) << now << u"0s"_s;
    QTest::newRow("from the future") << now.addSecs(5) << now << u"<invalid>"_s;
    QTest::newRow("across an offset") << parseRfc3339(u"2026-11-29T15:55:00+02:00") << now << u"5m"_s;
    QTest::newRow("parsed creationTimestamp") << parseRfc3339(u"2026-11-20T17:42:08Z") << now << u"8d"_s;
}

void TestResources::kubectlAge()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, now);
    QFETCH(QString, expected);
    QCOMPARE(ase::kubectlAge(from, now), expected);
}

// ---------------------------------------------------------------------------------------
// helpers

void TestResources::accessModes_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QString>("abbreviation");
    QTest::addColumn<int>("count");

    QTest::newRow("none") << QStringList() << QString() << 0;
    QTest::newRow("RWO") << QStringList {u"ReadWriteOnce"_s} << u"RWO"_s << 1;
    QTest::newRow("share PV order kept")
        << QStringList {u"ReadWriteOnce"_s, u"ReadWriteMany"_s} << u"RWO,RWX"_s << 2;
    QTest::newRow("reordered like kubectl")
        << QStringList {u"ReadWriteMany"_s, u"ReadWriteOnce"_s} << u"RWO,RWX"_s << 2;
    QTest::newRow("all four, reversed")
        << QStringList {u"ReadWriteOncePod"_s, u"ReadWriteMany"_s, u"ReadOnlyMany"_s, u"ReadWriteOnce"_s}
        << u"RWO,ROX,RWX,RWOP"_s << 4;
    QTest::newRow("duplicates collapse")
        << QStringList {u"ReadOnlyMany"_s, u"ReadOnlyMany"_s, u"ReadWriteMany"_s} << u"ROX,RWX"_s << 2;
    QTest::newRow("unknown and wrong case ignored")
        << QStringList {u"ReadWriteSometimes"_s, u"readwriteonce"_s, u"ReadWriteOncePod"_s} << u"RWOP"_s << 1;
}

void TestResources::accessModes()
{
    QFETCH(QStringList, names);
    QFETCH(QString, abbreviation);
    QFETCH(int, count);
    const AccessModes modes = accessModesFromNames(names);
    QCOMPARE(accessModesAbbreviation(modes), abbreviation);
    QCOMPARE(accessModeCount(modes), count);
    // The JSON reader agrees with the list reader.
    QCOMPARE(accessModesFromJson(QJsonArray::fromStringList(names)), modes);
    // Full names come back in kubectl's order and read back to the same set.
    QCOMPARE(accessModesFromNames(ase::accessModeNames(modes)), modes);
}

void TestResources::accessModeNames()
{
    QCOMPARE(ase::accessModeNames(AccessMode::ReadWriteMany | AccessMode::ReadWriteOnce),
        (QStringList {u"ReadWriteOnce"_s, u"ReadWriteMany"_s}));
    QCOMPARE(accessModeName(AccessMode::ReadOnlyMany), u"ReadOnlyMany"_s);
    QCOMPARE(accessModeFromName(u"ReadWriteOncePod"), std::optional(AccessMode::ReadWriteOncePod));
    QCOMPARE(accessModeFromName(u"RWO"), std::nullopt);
    QVERIFY(accessModesFromJson(QJsonValue(u"ReadWriteOnce"_s)) == AccessModes());
}

void TestResources::objectKeys_data()
{
    QTest::addColumn<QString>("ns");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("key");

    QTest::newRow("namespaced") << u"edge-apps"_s << u"logs"_s << u"edge-apps/logs"_s;
    QTest::newRow("cluster-scoped") << QString() << u"mylocalsmbshare1"_s << u"mylocalsmbshare1"_s;
    QTest::newRow("dotted name") << u"mysql"_s << u"data.v2"_s << u"mysql/data.v2"_s;
}

void TestResources::objectKeys()
{
    QFETCH(QString, ns);
    QFETCH(QString, name);
    QFETCH(QString, key);
    QCOMPARE(objectKey(ns, name), key);
    const auto [splitNs, splitName] = splitObjectKey(key);
    QCOMPARE(splitNs, ns);
    QCOMPARE(splitName, name);
    ObjectReference ref;
    ref.ns = ns;
    ref.name = name;
    QCOMPARE(ref.key(), key);
}

void TestResources::armIdName_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");

    QTest::newRow("share id") << u"/subscriptions/s/resourceGroups/rg/providers/Microsoft.DataBoxEdge/"
                                 u"dataBoxEdgeDevices/dev/shares/share1"_s
                              << u"share1"_s;
    QTest::newRow("trailing slash") << u"/a/users/user2/"_s << u"user2"_s;
    QTest::newRow("bare name") << u"sac1"_s << u"sac1"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestResources::armIdName()
{
    QFETCH(QString, id);
    QFETCH(QString, name);
    QCOMPARE(ase::armIdName(id), name);
}

// ---------------------------------------------------------------------------------------
// Kubernetes objects

void TestResources::persistentVolume_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("capacity");
    QTest::addColumn<QString>("modes");
    QTest::addColumn<QString>("reclaimPolicy");
    QTest::addColumn<QString>("storageClass");
    QTest::addColumn<bool>("classSpecified");
    QTest::addColumn<QString>("volumeMode");
    QTest::addColumn<QString>("claim");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("sourceType");
    QTest::addColumn<QString>("sourceDetail");
    QTest::addColumn<QStringList>("affinity");
    QTest::addColumn<QString>("hostname");

    QTest::newRow("share PV as ASE creates it")
        << u"pv-share.json"_s << u"mylocalsmbshare1"_s << u"32Ti"_s << u"RWO,RWX"_s << u"Retain"_s
        << QString() << false << u"Filesystem"_s << u"edge-apps/pvc-smb-flexvol"_s << u"Bound"_s
        << u"flexVolume"_s << u"microsoft.com/smb"_s << QStringList() << QString();
    QTest::newRow("local-path PV pinned to a node")
        << u"pv-local-path.json"_s << u"pvc-3f9a2b7c-1e4d-4f6a-9b8c-7d6e5f4a3b2c"_s << u"20Gi"_s << u"RWO"_s
        << u"Delete"_s << u"ase-node-local"_s << true << u"Filesystem"_s << u"mysql/mysql-pv-claim-sc"_s
        << u"Bound"_s << u"hostPath"_s
        << u"/var/lib/local-path-provisioner/pvc-3f9a2b7c-1e4d-4f6a-9b8c-7d6e5f4a3b2c_mysql_mysql-pv-claim-sc"_s
        << QStringList {u"kubernetes.io/hostname in [k8s-1hgt4r2-node1]"_s} << u"k8s-1hgt4r2-node1"_s;
    QTest::newRow("csi PV, beta class annotation wins, two terms")
        << u"pv-csi-released.json"_s << u"nfs-archive"_s << u"1500Gi"_s << u"ROX,RWX"_s << u"Recycle"_s
        << u"legacy-nfs"_s << true << u"Block"_s << u"backup/archive"_s << u"Released"_s << u"csi"_s
        << u"nfs.csi.k8s.io"_s
        << QStringList {u"topology.kubernetes.io/zone in [a, b], storage exists"_s,
               u"kubernetes.io/hostname in [n3]"_s}
        << QString();
    QTest::newRow("minimal nfs PV gets the defaults")
        << u"pv-nfs-minimal.json"_s << u"nfs-minimal"_s << u"<none>"_s << QString() << u"Retain"_s
        << QString() << false << u"Filesystem"_s << QString() << u"Pending"_s << u"nfs"_s
        << u"10.128.44.241:/nfsshare1"_s << QStringList() << QString();
}

void TestResources::persistentVolume()
{
    QFETCH(QString, file);
    const PersistentVolume pv = PersistentVolume::fromJson(readFixture(file));
    QTEST(pv.metadata.name, "name");
    QVERIFY(pv.metadata.ns.isEmpty());
    QTEST(quantityText(pv.capacity), "capacity");
    QTEST(accessModesAbbreviation(pv.accessModes), "modes");
    QTEST(pv.reclaimPolicy, "reclaimPolicy");
    QTEST(pv.storageClassName, "storageClass");
    QTEST(pv.storageClassSpecified, "classSpecified");
    QTEST(pv.volumeMode, "volumeMode");
    QTEST(pv.claimKey(), "claim");
    QTEST(pv.phase, "phase");
    QTEST(pv.sourceType, "sourceType");
    QTEST(pv.sourceDetail, "sourceDetail");
    QTEST(pv.nodeAffinityTerms, "affinity");
    QTEST(pv.nodeAffinityHostname, "hostname");
}

void TestResources::persistentVolumeClaim_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("request");
    QTest::addColumn<QString>("modes");
    QTest::addColumn<QString>("storageClass");
    QTest::addColumn<bool>("classSpecified");
    QTest::addColumn<QString>("volumeName");
    QTest::addColumn<QString>("volumeMode");
    QTest::addColumn<QString>("phase");
    QTest::addColumn<QString>("capacity");
    QTest::addColumn<QString>("statusModes");
    QTest::addColumn<bool>("bindCompleted");
    QTest::addColumn<bool>("boundByController");
    QTest::addColumn<QString>("selectedNode");
    QTest::addColumn<QString>("provisioner");
    QTest::addColumn<bool>("hasSelector");

    QTest::newRow("static claim on a share, class \"\"")
        << 0 << u"edge-apps/pvc-smb-flexvol"_s << u"10Gi"_s << u"RWX"_s << QString() << true
        << u"mylocalsmbshare1"_s << u"Filesystem"_s << u"Bound"_s << u"32Ti"_s << u"RWO,RWX"_s << true
        << false << QString() << QString() << false;
    QTest::newRow("class nil, selector, pending")
        << 1 << u"edge-apps/logs"_s << u"1536Mi"_s << u"RWO"_s << QString() << false << QString()
        << u"Filesystem"_s << u"Pending"_s << u"<none>"_s << QString() << false << false << QString()
        << QString() << true;
    QTest::newRow("beta annotation beats storageClassName; no status")
        << 2 << u"edge-apps/legacy"_s << u"5G"_s << u"RWO"_s << u"ase-node-local"_s << true << QString()
        << u"Filesystem"_s << u"Pending"_s << u"<none>"_s << QString() << false << false << QString()
        << QString() << false;
    QTest::newRow("dynamic claim bound by the controller")
        << 3 << u"mysql/mysql-pv-claim-sc"_s << u"20Gi"_s << u"RWO"_s << u"ase-node-local"_s << true
        << u"pvc-3f9a2b7c-1e4d-4f6a-9b8c-7d6e5f4a3b2c"_s << u"Block"_s << u"Bound"_s << u"20Gi"_s << u"RWO"_s
        << true << true << u"k8s-1hgt4r2-node1"_s << u"rancher.io/local-path"_s << false;
    QTest::newRow("GA provisioner annotation beats the beta one")
        << 4 << u"mysql/provisioning"_s << u"1Gi"_s << u"RWOP"_s << u"ase-node-local"_s << true << QString()
        << u"Filesystem"_s << u"Pending"_s << u"<none>"_s << QString() << false << false << QString()
        << u"rancher.io/local-path"_s << false;
}

void TestResources::persistentVolumeClaim()
{
    QFETCH(int, index);
    const PersistentVolumeClaim pvc
        = PersistentVolumeClaim::fromJson(listItem(u"pvc-list.json"_s, u"items"_s, index));
    QTEST(pvc.metadata.key(), "key");
    QTEST(quantityText(pvc.requestedStorage), "request");
    QTEST(accessModesAbbreviation(pvc.accessModes), "modes");
    QTEST(pvc.storageClassName, "storageClass");
    QTEST(pvc.storageClassSpecified, "classSpecified");
    QTEST(pvc.volumeName, "volumeName");
    QTEST(pvc.volumeMode, "volumeMode");
    QTEST(pvc.phase, "phase");
    QTEST(quantityText(pvc.capacity), "capacity");
    QTEST(accessModesAbbreviation(pvc.statusAccessModes), "statusModes");
    QTEST(pvc.bindCompleted, "bindCompleted");
    QTEST(pvc.boundByController, "boundByController");
    QTEST(pvc.selectedNode, "selectedNode");
    QTEST(pvc.storageProvisioner, "provisioner");
    QTEST(!pvc.selector.isEmpty(), "hasSelector");
}

void TestResources::storageClass_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("provisioner");
    QTest::addColumn<QString>("reclaimPolicy");
    QTest::addColumn<QString>("bindingMode");
    QTest::addColumn<bool>("waits");
    QTest::addColumn<bool>("expansion");
    QTest::addColumn<bool>("isDefault");
    QTest::addColumn<QString>("nodePath");

    QTest::newRow("ase-node-local") << u"storageclass-ase-node-local.json"_s << u"ase-node-local"_s
                                    << u"rancher.io/local-path"_s << u"Delete"_s << u"WaitForFirstConsumer"_s
                                    << true << false << true << u"/var/lib/local-path-provisioner"_s;
    QTest::newRow("defaults; \"True\" is not \"true\"")
        << u"storageclass-minimal.json"_s << u"fast"_s << u"example.com/fast"_s << u"Delete"_s
        << u"Immediate"_s << false << true << false << QString();
    QTest::newRow("beta default annotation")
        << u"storageclass-beta-default.json"_s << u"old-default"_s << u"kubernetes.io/no-provisioner"_s
        << u"Retain"_s << u"Immediate"_s << false << false << true << QString();
}

void TestResources::storageClass()
{
    QFETCH(QString, file);
    const StorageClass sc = StorageClass::fromJson(readFixture(file));
    QTEST(sc.metadata.name, "name");
    QTEST(sc.provisioner, "provisioner");
    QTEST(sc.reclaimPolicy, "reclaimPolicy");
    QTEST(sc.volumeBindingMode, "bindingMode");
    QTEST(sc.waitsForFirstConsumer(), "waits");
    QTEST(sc.allowVolumeExpansion, "expansion");
    QTEST(sc.isDefault, "isDefault");
    QTEST(sc.parameters.value(u"nodePath"_s), "nodePath");
}

void TestResources::objectMeta()
{
    const PersistentVolume pv = PersistentVolume::fromJson(readFixture(u"pv-share.json"_s));
    const ObjectMeta& m = pv.metadata;
    QCOMPARE(m.uid, u"6b1f0c5e-2f5d-4e0a-9b7c-1d2e3f4a5b6c"_s);
    QCOMPARE(m.resourceVersion, u"4711"_s);
    QCOMPARE(m.creationTimestamp, utc(2026, 11, 2, 9, 15, 27));
    QVERIFY(!m.deletionTimestamp.isValid());
    QVERIFY(!m.isTerminating());
    QCOMPARE(m.label(QLatin1StringView("ase.microsoft.com/share")), u"mylocalsmbshare1"_s);
    QCOMPARE(m.finalizers, QStringList {u"kubernetes.io/pv-protection"_s});
    QVERIFY(pv.boundByController);
    QVERIFY(pv.provisionedBy.isEmpty());
    QVERIFY(pv.claimRef.has_value());
    QCOMPARE(pv.claimRef->uid, u"0a9c3b1e-7d4f-4c21-8e6a-5f0b1c2d3e4f"_s);
    QCOMPARE(pv.claimRef->resourceVersion, u"4702"_s);
    QCOMPARE(pv.claimRef->kind, u"PersistentVolumeClaim"_s);
    QCOMPARE(pv.lastPhaseTransitionTime, utc(2026, 11, 2, 9, 20, 1));

    const PersistentVolume released = PersistentVolume::fromJson(readFixture(u"pv-csi-released.json"_s));
    QVERIFY(released.metadata.isTerminating());
    QCOMPARE(released.metadata.deletionTimestamp, utc(2026, 11, 29, 10, 0, 0, 500));
    QCOMPARE(released.message, u"claim was deleted"_s);
    QVERIFY(released.claimRef->uid.isEmpty());

    const PersistentVolume local = PersistentVolume::fromJson(readFixture(u"pv-local-path.json"_s));
    QCOMPARE(local.provisionedBy, u"rancher.io/local-path"_s);
    QVERIFY(!local.boundByController);

    const Pod pod = Pod::fromJson(readFixture(u"pod-mysql.json"_s));
    QCOMPARE(pod.metadata.ownerReferences.size(), 1);
    const std::optional<OwnerReference> owner = pod.metadata.controllerRef();
    QVERIFY(owner.has_value());
    QCOMPARE(owner->kind, u"ReplicaSet"_s);
    QCOMPARE(owner->name, u"mysql-7d9f8b6c5d"_s);
    QVERIFY(!ObjectMeta().controllerRef().has_value());
}

void TestResources::pod()
{
    const Pod pod = Pod::fromJson(readFixture(u"pod-mysql.json"_s));
    QCOMPARE(pod.metadata.key(), u"mysql/mysql-7d9f8b6c5d-x2k4p"_s);
    QCOMPARE(pod.nodeName, u"k8s-1hgt4r2-node1"_s);
    QCOMPARE(pod.containerNames, (QStringList {u"mysql"_s, u"exporter"_s}));
    QCOMPARE(pod.phase, u"Running"_s);
    QVERIFY(!pod.isTerminated());
    // The configMap volume is not a claim; the ephemeral one names the claim Kubernetes creates.
    QCOMPARE(pod.claimVolumes.size(), 4);
    QCOMPARE(pod.claimVolumes[0].volumeName, u"mysql-persistent-storage"_s);
    QCOMPARE(pod.claimVolumes[0].claimName, u"mysql-pv-claim-sc"_s);
    QVERIFY(!pod.claimVolumes[0].readOnly);
    QVERIFY(pod.claimVolumes[1].readOnly);
    QVERIFY(pod.claimVolumes[2].ephemeral);
    QCOMPARE(pod.claimVolumes[2].claimName, u"mysql-7d9f8b6c5d-x2k4p-scratch"_s);
    QCOMPARE(pod.claimNames(),
        (QStringList {u"mysql-pv-claim-sc"_s, u"pvc-smb-flexvol"_s, u"mysql-7d9f8b6c5d-x2k4p-scratch"_s}));
    QVERIFY(pod.usesClaim(u"pvc-smb-flexvol"_s));
    QVERIFY(!pod.usesClaim(u"mysql-config"_s));
}

void TestResources::podWithoutStatus()
{
    const Pod pod = Pod::fromJson(readFixture(u"pod-unscheduled.json"_s));
    QCOMPARE(pod.phase, u"Pending"_s);
    QVERIFY(pod.nodeName.isEmpty());
    QVERIFY(pod.claimVolumes.isEmpty());
    QCOMPARE(pod.containerNames, QStringList {u"nginx"_s});

    QJsonObject failed = readFixture(u"pod-unscheduled.json"_s);
    failed.insert(u"status"_s, QJsonObject {{u"phase"_s, u"Failed"_s}, {u"reason"_s, u"Evicted"_s}});
    const Pod evicted = Pod::fromJson(failed);
    QVERIFY(evicted.isTerminated());
    QCOMPARE(evicted.reason, u"Evicted"_s);
}

void TestResources::podEssentials_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("running pod with claims") << u"pod-mysql.json"_s;
    QTest::newRow("unscheduled pod without status") << u"pod-unscheduled.json"_s;
}

void TestResources::podEssentials()
{
    QFETCH(QString, fixture);
    QJsonObject full = readFixture(fixture);
    QJsonObject meta = full.value(u"metadata"_s).toObject();
    meta.insert(u"managedFields"_s, QJsonArray {QJsonObject {{u"manager"_s, u"kubelet"_s}}});
    meta.insert(u"annotations"_s, QJsonObject {{u"big"_s, QString(4096, u'x')}});
    full.insert(u"metadata"_s, meta);
    const QJsonObject kept = Pod::essentials(full);
    // Everything the views read survives...
    const Pod a = Pod::fromJson(full);
    const Pod b = Pod::fromJson(kept);
    QCOMPARE(b.metadata.key(), a.metadata.key());
    QCOMPARE(b.metadata.uid, a.metadata.uid);
    QCOMPARE(b.metadata.resourceVersion, a.metadata.resourceVersion);
    QCOMPARE(b.metadata.labels, a.metadata.labels);
    QCOMPARE(b.metadata.ownerReferences.size(), a.metadata.ownerReferences.size());
    QCOMPARE(b.nodeName, a.nodeName);
    QCOMPARE(b.containerNames, a.containerNames);
    QCOMPARE(b.claimNames(), a.claimNames());
    QCOMPARE(b.claimVolumes.size(), a.claimVolumes.size());
    for (qsizetype i = 0; i < a.claimVolumes.size(); ++i) {
        QCOMPARE(b.claimVolumes[i].readOnly, a.claimVolumes[i].readOnly);
        QCOMPARE(b.claimVolumes[i].ephemeral, a.claimVolumes[i].ephemeral);
    }
    QCOMPARE(b.phase, a.phase);
    QCOMPARE(b.reason, a.reason);
    QCOMPARE(kept.value(u"kind"_s), full.value(u"kind"_s));
    QCOMPARE(kept.value(u"apiVersion"_s), full.value(u"apiVersion"_s));
    // ...and the bulk does not.
    const QJsonObject keptMeta = kept.value(u"metadata"_s).toObject();
    QVERIFY(!keptMeta.contains(u"managedFields"_s));
    QVERIFY(!keptMeta.contains(u"annotations"_s));
    for (const QJsonValue& c : kept.value(u"spec"_s).toObject().value(u"containers"_s).toArray())
        QCOMPARE(c.toObject().keys(), QStringList {u"name"_s});
    QVERIFY(QJsonDocument(kept).toJson().size() < QJsonDocument(full).toJson().size() / 2);
}

void TestResources::event_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("involved");
    QTest::addColumn<QString>("involvedKind");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("type");
    QTest::addColumn<int>("count");
    QTest::addColumn<QDateTime>("firstSeen");
    QTest::addColumn<QDateTime>("lastSeen");
    QTest::addColumn<QString>("source");

    QTest::newRow("core/v1 event with count")
        << 0 << u"edge-apps/logs"_s << u"PersistentVolumeClaim"_s << u"FailedBinding"_s << u"Normal"_s << 182
        << utc(2026, 11, 29, 13, 0, 1) << utc(2026, 11, 29, 13, 45, 16) << u"persistentvolume-controller"_s;
    QTest::newRow("events.k8s.io event: eventTime, series, reporting*")
        << 1 << u"mysql/mysql-7d9f8b6c5d-x2k4p"_s << u"Pod"_s << u"FailedMount"_s << u"Warning"_s << 7
        << utc(2026, 11, 29, 13, 40, 0, 123) << utc(2026, 11, 29, 13, 52, 30)
        << u"kubelet, k8s-1hgt4r2-node1"_s;
    QTest::newRow("singleton without count or lastTimestamp")
        << 2 << u"mysql/mysql-pv-claim-sc"_s << u"PersistentVolumeClaim"_s << u"WaitForFirstConsumer"_s
        << u"Normal"_s << 1 << utc(2026, 11, 20, 17, 40, 0) << utc(2026, 11, 20, 17, 40, 0)
        << u"persistentvolume-controller, k8s-master"_s;
}

void TestResources::event()
{
    QFETCH(int, index);
    const Event e = Event::fromJson(listItem(u"event-list.json"_s, u"items"_s, index));
    QTEST(e.involvedObject.key(), "involved");
    QTEST(e.involvedObject.kind, "involvedKind");
    QTEST(e.reason, "reason");
    QTEST(e.type, "type");
    QTEST(e.effectiveCount(), "count");
    QTEST(e.firstSeen(), "firstSeen");
    QTEST(e.lastSeen(), "lastSeen");
    QTEST(e.source(), "source");
    QCOMPARE(e.isWarning(), e.type == u"Warning");
    QVERIFY(!e.message.isEmpty());
}

void TestResources::eventsOfTheSameSecondKeepTheServersOrder()
{
    const auto event = [](const QString& name, const QString& rv, const QString& last) {
        return Event::fromJson(QJsonObject {
            {u"metadata"_s,
                QJsonObject {{u"name"_s, name}, {u"namespace"_s, u"ns"_s}, {u"resourceVersion"_s, rv}}},
            {u"lastTimestamp"_s, last}, {u"reason"_s, name}});
    };
    // Three in one second, written in the order c, a, b (resourceVersion 9, 10, 11: a
    // text comparison would put 10 and 11 before 9); one a second earlier.
    QList<Event> events {event(u"b"_s, u"11"_s, u"2026-12-05T10:00:01Z"_s),
        event(u"a"_s, u"10"_s, u"2026-12-05T10:00:01Z"_s),
        event(u"early"_s, u"12"_s, u"2026-12-05T10:00:00Z"_s),
        event(u"c"_s, u"9"_s, u"2026-12-05T10:00:01Z"_s)};
    std::sort(events.begin(), events.end(), &Event::seenBefore);
    QStringList order;
    for (const Event& e : std::as_const(events))
        order << e.metadata.name;
    QCOMPARE(order, QStringList({u"early"_s, u"c"_s, u"a"_s, u"b"_s}));
    // Versions that are not numbers: by name, still a strict order.
    const Event x = event(u"x"_s, u"v-2"_s, u"2026-12-05T10:00:01Z"_s);
    const Event y = event(u"y"_s, u"v-1"_s, u"2026-12-05T10:00:01Z"_s);
    QVERIFY(Event::seenBefore(x, y));
    QVERIFY(!Event::seenBefore(y, x));
    QVERIFY(!Event::seenBefore(x, x));
}

void TestResources::deployment()
{
    const Deployment d = Deployment::fromJson(readFixture(u"deployment-mysql.json"_s));
    QCOMPARE(d.metadata.key(), u"mysql/mysql"_s);
    QCOMPARE(d.replicas, 1); // absent → 1
    QCOMPARE(d.readyReplicas, 1);
    QCOMPARE(d.podTemplate.containerNames, QStringList {u"mysql"_s});
    QCOMPARE(d.podTemplate.claimVolumes.size(), 2);
    QCOMPARE(d.podTemplate.claimVolumes[0].claimName, u"mysql-pv-claim-sc"_s);
    QVERIFY(d.podTemplate.claimVolumes[1].ephemeral);
    QVERIFY(d.podTemplate.claimVolumes[1].claimName.isEmpty()); // no pod name in a template
}

void TestResources::statefulSet()
{
    const StatefulSet s = StatefulSet::fromJson(readFixture(u"statefulset-web.json"_s));
    QCOMPARE(s.metadata.key(), u"edge-apps/web"_s);
    QCOMPARE(s.replicas, 3);
    QCOMPARE(s.readyReplicas, 2);
    QCOMPARE(s.serviceName, u"nginx"_s);
    QVERIFY(s.podTemplate.claimVolumes.isEmpty());
    QCOMPARE(s.volumeClaimTemplates.size(), 1);
    const PersistentVolumeClaim& t = s.volumeClaimTemplates.first();
    QCOMPARE(t.metadata.name, u"www"_s);
    QCOMPARE(t.storageClassName, u"ase-node-local"_s);
    QCOMPARE(quantityText(t.requestedStorage), u"1Gi"_s);
    QCOMPARE(t.accessModes, AccessModes(AccessMode::ReadWriteOnce));
    QCOMPARE(s.claimName(t.metadata.name, 2), u"www-web-2"_s);
}

void TestResources::share_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("shareStatus");
    QTest::addColumn<QString>("monitoring");
    QTest::addColumn<bool>("nfs");
    QTest::addColumn<bool>("cloud");
    QTest::addColumn<QString>("sac");
    QTest::addColumn<QString>("container");
    QTest::addColumn<QString>("dataFormat");
    QTest::addColumn<int>("users");
    QTest::addColumn<int>("clients");
    QTest::addColumn<bool>("mounted");
    QTest::addColumn<QDateTime>("lastRefresh");

    QTest::newRow("cloud SMB share, status outside the enum")
        << 0 << u"smbshare"_s << u"Online"_s << u"Enabled"_s << false << true << u"sac1"_s
        << u"testContainerSMB"_s << u"BlockBlob"_s << 1 << 0 << false << utc(2026, 11, 28, 22, 10, 5, 123);
    QTest::newRow("local NFS share mounted for Kubernetes")
        << 1 << u"mylocalnfsshare1"_s << u"NeedsAttention"_s << u"Disabled"_s << true << false << QString()
        << QString() << QString() << 0 << 2 << true << utc(2026, 11, 27, 8, 0, 0);
    QTest::newRow("no dataPolicy but a container: cloud")
        << 2 << u"legacy"_s << u"OK"_s << u"Enabled"_s << false << true << u"sac1"_s << u"legacy"_s
        << u"AzureFile"_s << 0 << 0 << false << QDateTime();
}

void TestResources::share()
{
    QFETCH(int, index);
    const QList<Share> shares
        = fromJsonArray<Share>(readFixture(u"arm-shares.json"_s).value(u"value"_s).toArray());
    QCOMPARE(shares.size(), 3);
    const Share& s = shares.at(index);
    QTEST(s.name, "name");
    QVERIFY(s.id.endsWith(u"/shares/"_s + s.name));
    QCOMPARE(s.type, u"dataBoxEdgeDevices/shares"_s);
    QTEST(s.shareStatus, "shareStatus");
    QTEST(s.monitoringStatus, "monitoring");
    QTEST(s.isNfs(), "nfs");
    QCOMPARE(s.isSmb(), !s.isNfs());
    QTEST(s.isCloud(), "cloud");
    QCOMPARE(s.isLocal(), !s.isCloud());
    QTEST(s.azureContainerInfo ? ase::armIdName(s.azureContainerInfo->storageAccountCredentialId) : QString(),
        "sac");
    QTEST(s.azureContainerInfo ? s.azureContainerInfo->containerName : QString(), "container");
    QTEST(s.azureContainerInfo ? s.azureContainerInfo->dataFormat : QString(), "dataFormat");
    QTEST(int(s.userAccessRights.size()), "users");
    QTEST(int(s.clientAccessRights.size()), "clients");
    QTEST(s.isMountedForCompute(), "mounted");
    QTEST(s.refreshDetails.lastCompletedRefreshJobTimeInUtc, "lastRefresh");
    QCOMPARE(s.properties(), s.json().value(u"properties"_s).toObject());
}

void TestResources::deviceUser()
{
    const QList<DeviceUser> users
        = fromJsonArray<DeviceUser>(readFixture(u"arm-users.json"_s).value(u"value"_s).toArray());
    QCOMPARE(users.size(), 2);
    QCOMPARE(users[0].name, u"user2"_s);
    QCOMPARE(users[0].userType, u"Share"_s);
    QCOMPARE(users[0].shareAccessRights.size(), 2);
    QCOMPARE(ase::armIdName(users[0].shareAccessRights[1].shareId), u"legacy"_s);
    QCOMPARE(users[0].shareAccessRights[1].accessType, u"Read"_s);
    QCOMPARE(users[1].userType, u"LocalManagement"_s);
    QVERIFY(users[1].shareAccessRights.isEmpty());

    // The share's view of its users agrees with the users' view of their shares.
    const Share smb = Share::fromJson(listItem(u"arm-shares.json"_s, u"value"_s, 0));
    QCOMPARE(smb.userAccessRights[0].userId, users[0].id);
    QCOMPARE(smb.userAccessRights[0].accessType, u"Change"_s);
    QCOMPARE(users[0].shareAccessRights[0].shareId, smb.id);

    const Share nfs = Share::fromJson(listItem(u"arm-shares.json"_s, u"value"_s, 1));
    QCOMPARE(nfs.clientAccessRights[1].client, u"10.128.44.11"_s);
    QCOMPARE(nfs.clientAccessRights[1].accessPermission, u"ReadOnly"_s);
    const MountPointMap& mapping = nfs.shareMappings.first();
    QCOMPARE(mapping.shareId, nfs.id);
    QCOMPARE(ase::armIdName(mapping.roleId), u"KubernetesRole"_s);
    QCOMPARE(mapping.mountPoint, u"/home/hcsshares/mylocalnfsshare1"_s);
    QCOMPARE(mapping.mountType, u"Volume"_s);
    QCOMPARE(mapping.roleType, u"Kubernetes"_s);
    QCOMPARE(nfs.description, u"Local NFS share used by edge compute"_s);
}

void TestResources::storageAccountCredential()
{
    const StorageAccountCredential c = StorageAccountCredential::fromJson(
        listItem(u"arm-storage-account-credentials.json"_s, u"value"_s, 0));
    QCOMPARE(c.name, u"sac1"_s);
    QCOMPARE(c.alias, u"sac1"_s);
    QCOMPARE(c.userName, u"cisbvt"_s);
    QCOMPARE(c.sslStatus, u"Disabled"_s);
    QCOMPARE(c.accountType, u"BlobStorage"_s);
    QCOMPARE(c.blobDomainName, u"blob.core.windows.net"_s);
    QCOMPARE(ase::armIdName(c.storageAccountId), u"cisbvt"_s);
}

// ---------------------------------------------------------------------------------------
// json() keeps everything; defaults

void TestResources::roundTrip_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("arrayKey"); // empty: the file is one object
    QTest::addColumn<QString>("type");

    QTest::newRow("share PV with unknown fields") << u"pv-share.json"_s << QString() << u"pv"_s;
    QTest::newRow("local-path PV") << u"pv-local-path.json"_s << QString() << u"pv"_s;
    QTest::newRow("csi PV") << u"pv-csi-released.json"_s << QString() << u"pv"_s;
    QTest::newRow("PVC list items") << u"pvc-list.json"_s << u"items"_s << u"pvc"_s;
    QTest::newRow("StorageClass") << u"storageclass-beta-default.json"_s << QString() << u"sc"_s;
    QTest::newRow("Pod") << u"pod-mysql.json"_s << QString() << u"pod"_s;
    QTest::newRow("Events") << u"event-list.json"_s << u"items"_s << u"event"_s;
    QTest::newRow("Deployment") << u"deployment-mysql.json"_s << QString() << u"deployment"_s;
    QTest::newRow("StatefulSet") << u"statefulset-web.json"_s << QString() << u"statefulset"_s;
    QTest::newRow("ARM shares with unknown properties") << u"arm-shares.json"_s << u"value"_s << u"share"_s;
    QTest::newRow("ARM users") << u"arm-users.json"_s << u"value"_s << u"user"_s;
    QTest::newRow("ARM SACs") << u"arm-storage-account-credentials.json"_s << u"value"_s << u"sac"_s;
}

void TestResources::roundTrip()
{
    QFETCH(QString, file);
    QFETCH(QString, arrayKey);
    QFETCH(QString, type);

    const QHash<QString, std::function<QJsonObject(const QJsonObject&)>> decoders {
        {u"pv"_s, [](const QJsonObject& o) { return PersistentVolume::fromJson(o).json(); }},
        {u"pvc"_s, [](const QJsonObject& o) { return PersistentVolumeClaim::fromJson(o).json(); }},
        {u"sc"_s, [](const QJsonObject& o) { return StorageClass::fromJson(o).json(); }},
        {u"pod"_s, [](const QJsonObject& o) { return Pod::fromJson(o).json(); }},
        {u"event"_s, [](const QJsonObject& o) { return Event::fromJson(o).json(); }},
        {u"deployment"_s, [](const QJsonObject& o) { return Deployment::fromJson(o).json(); }},
        {u"statefulset"_s, [](const QJsonObject& o) { return StatefulSet::fromJson(o).json(); }},
        {u"share"_s, [](const QJsonObject& o) { return Share::fromJson(o).json(); }},
        {u"user"_s, [](const QJsonObject& o) { return DeviceUser::fromJson(o).json(); }},
        {u"sac"_s, [](const QJsonObject& o) { return StorageAccountCredential::fromJson(o).json(); }},
    };
    const auto decode = decoders.value(type);
    QVERIFY(decode);

    const QJsonObject body = readFixture(file);
    QList<QJsonObject> objects;
    if (arrayKey.isEmpty()) {
        objects.append(body);
    } else {
        for (const QJsonValue& v : body.value(arrayKey).toArray())
            objects.append(v.toObject());
    }
    QVERIFY(!objects.isEmpty());
    for (const QJsonObject& original : objects) {
        const QJsonObject kept = decode(original);
        QCOMPARE(QJsonDocument(kept).toJson(QJsonDocument::Compact),
            QJsonDocument(original).toJson(QJsonDocument::Compact));
    }
    // The unknown fields the fixtures carry are really there after decoding.
    if (file == u"pv-share.json") {
        const QJsonObject kept = decode(body);
        QCOMPARE(
            kept.value(u"x-unknown-top-level"_s).toArray().at(2).toObject().value(u"three"_s).toInt(), 3);
        QVERIFY(kept.value(u"metadata"_s).toObject().value(u"x-future-metadata"_s).isObject());
        QCOMPARE(kept.value(u"spec"_s).toObject().value(u"mountOptions"_s).toArray().first().toString(),
            u"vers=3.0"_s);
    }
    if (file == u"arm-shares.json") {
        const QJsonObject kept = decode(objects.at(1));
        QCOMPARE(kept.value(u"properties"_s)
                     .toObject()
                     .value(u"x-future-property"_s)
                     .toObject()
                     .value(u"nested"_s),
            QJsonValue(QJsonArray {1, 2, 3}));
        QCOMPARE(
            kept.value(u"systemData"_s).toObject().value(u"createdBy"_s).toString(), u"admin@contoso.com"_s);
    }
}

void TestResources::defaults()
{
    const QJsonObject empty;

    const PersistentVolume pv = PersistentVolume::fromJson(empty);
    QCOMPARE(pv.phase, u"Pending"_s);
    QCOMPARE(pv.reclaimPolicy, u"Retain"_s);
    QCOMPARE(pv.volumeMode, u"Filesystem"_s);
    QVERIFY(!pv.capacity.has_value());
    QVERIFY(!pv.claimRef.has_value());
    QVERIFY(!pv.storageClassSpecified);
    QVERIFY(pv.sourceType.isEmpty());
    QCOMPARE(pv.json(), empty);

    const PersistentVolumeClaim pvc = PersistentVolumeClaim::fromJson(empty);
    QCOMPARE(pvc.phase, u"Pending"_s);
    QCOMPARE(pvc.volumeMode, u"Filesystem"_s);
    QVERIFY(!pvc.requestedStorage.has_value());
    QVERIFY(!pvc.storageClassSpecified);
    QCOMPARE(pvc.accessModes, AccessModes());

    // An explicit JSON null is "not set" too.
    const PersistentVolumeClaim nullClass = PersistentVolumeClaim::fromJson(
        QJsonObject {{u"spec"_s, QJsonObject {{u"storageClassName"_s, QJsonValue::Null}}}});
    QVERIFY(!nullClass.storageClassSpecified);
    // An empty volumeMode is defaulted like an absent one.
    const PersistentVolumeClaim emptyMode
        = PersistentVolumeClaim::fromJson(QJsonObject {{u"spec"_s, QJsonObject {{u"volumeMode"_s, u""_s}}}});
    QCOMPARE(emptyMode.volumeMode, u"Filesystem"_s);

    const StorageClass sc = StorageClass::fromJson(empty);
    QCOMPARE(sc.reclaimPolicy, u"Delete"_s);
    QCOMPARE(sc.volumeBindingMode, u"Immediate"_s);
    QVERIFY(!sc.allowVolumeExpansion);
    QVERIFY(!sc.isDefault);

    const Deployment d = Deployment::fromJson(empty);
    QCOMPARE(d.replicas, 1);
    QCOMPARE(d.readyReplicas, 0);
    const StatefulSet s = StatefulSet::fromJson(QJsonObject {{u"spec"_s, QJsonObject {{u"replicas"_s, 0}}}});
    QCOMPARE(s.replicas, 0); // an explicit 0 stays 0

    const Event e = Event::fromJson(empty);
    QCOMPARE(e.effectiveCount(), 1);
    QVERIFY(!e.firstSeen().isValid());
    QVERIFY(!e.lastSeen().isValid());
    QVERIFY(e.source().isEmpty());
    QCOMPARE(ase::kubectlAge(e.lastSeen(), utc(2026, 1, 1, 0, 0, 0)), u"<unknown>"_s);

    const Share share = Share::fromJson(empty);
    QVERIFY(share.name.isEmpty());
    QVERIFY(!share.azureContainerInfo.has_value());
    QVERIFY(!share.isCloud());
    QVERIFY(!share.isNfs());
    QVERIFY(!share.isSmb());
    QVERIFY(!share.refreshDetails.lastCompletedRefreshJobTimeInUtc.isValid());

    // A quantity given as a JSON number is read as the API server reads it.
    const PersistentVolume numeric = PersistentVolume::fromJson(
        QJsonObject {{u"spec"_s, QJsonObject {{u"capacity"_s, QJsonObject {{u"storage"_s, 1073741824}}}}}});
    QVERIFY(numeric.capacity.has_value());
    QCOMPARE(*numeric.capacity, *Quantity::parse(u"1Gi"));
}

void TestResources::cachedObjectsKeepWhatIsRead()
{
    // sharedJson(): equal in every case; small ones shared, large ones copied.
    const QJsonObject small {{u"app"_s, u"web"_s}};
    QCOMPARE(sharedJson(small), small);
    QCOMPARE(sharedJson(QJsonObject {{u"app"_s, u"web"_s}}), small);
    QCOMPARE(sharedJson({}), QJsonObject());
    const QJsonObject large {{u"text"_s, QString(2000, u'x')}};
    QCOMPARE(sharedJson(large), large);

    // forCache(): the typed fields stay; json() keeps only what the binding rules read.
    const QJsonObject claimObject = QJsonDocument::fromJson(R"({"metadata":{"name":"data","namespace":"apps",
        "labels":{"app":"web"},"annotations":{"a":"b"}},"spec":{"accessModes":["ReadWriteOnce"],
        "selector":{"matchLabels":{"tier":"fast"}},"resources":{"requests":{"storage":"1Gi"}},
        "storageClassName":"gold"},"status":{"phase":"Pending"}})")
                                        .object();
    const PersistentVolumeClaim claim = forCache(PersistentVolumeClaim::fromJson(claimObject));
    QCOMPARE(claim.metadata.key(), u"apps/data"_s);
    QCOMPARE(claim.storageClassName, u"gold"_s);
    QCOMPARE(claim.metadata.label("app"_L1), u"web"_s);
    QCOMPARE(claim.metadata.annotation("a"_L1), u"b"_s);
    QCOMPARE(claim.json(),
        QJsonDocument::fromJson(
            R"({"spec":{"accessModes":["ReadWriteOnce"],"selector":{"matchLabels":{"tier":"fast"}}}})")
            .object());
    const PersistentVolume volume = forCache(PersistentVolume::fromJson(QJsonDocument::fromJson(
        R"({"metadata":{"name":"pv1"},"spec":{"capacity":{"storage":"1Gi"},"hostPath":{"path":"/x"}}})")
                                                                            .object()));
    QCOMPARE(volume.metadata.name, u"pv1"_s);
    QCOMPARE(volume.sourceType, u"hostPath"_s);
    QVERIFY(volume.json().isEmpty()); // no node affinity: nothing of the original is read
    const Pod pod = forCache(Pod::fromJson(QJsonObject {{u"metadata"_s, QJsonObject {{u"name"_s, u"p"_s}}}}));
    QVERIFY(pod.json().isEmpty());
    QCOMPARE(pod.metadata.name, u"p"_s);
}

void TestResources::cachedObjectsShareRepeatedTexts()
{
    // Two volumes decoded apart hold their own copies of every text; cached, they share the
    // texts that volumes repeat and keep their own names.
    const auto volumeObject = [](const QString& name) {
        return QJsonDocument::fromJson(
            uR"({"metadata":{"name":"%1","finalizers":["kubernetes.io/pv-protection"]},
            "spec":{"capacity":{"storage":"1Gi"},"storageClassName":"ase-node-local",
            "persistentVolumeReclaimPolicy":"Delete","csi":{"driver":"disk.csi.azure.com"},
            "claimRef":{"kind":"PersistentVolumeClaim","namespace":"apps","name":"c-%1"},
            "nodeAffinity":{"required":{"nodeSelectorTerms":[{"matchExpressions":[{"key":
            "kubernetes.io/hostname","operator":"In","values":["node-1"]}]}]}}},
            "status":{"phase":"Bound"}})"_s.arg(name)
                .toUtf8())
            .object();
    };
    const PersistentVolume a = forCache(PersistentVolume::fromJson(volumeObject(u"pv-1"_s)));
    const PersistentVolume b = forCache(PersistentVolume::fromJson(volumeObject(u"pv-2"_s)));
    const auto same
        = [](const QString& x, const QString& y) { return !x.isEmpty() && x.constData() == y.constData(); };
    QVERIFY(same(a.storageClassName, b.storageClassName));
    QVERIFY(same(a.reclaimPolicy, b.reclaimPolicy));
    QVERIFY(same(a.phase, b.phase));
    QVERIFY(same(a.sourceDetail, b.sourceDetail)); // a CSI driver
    QVERIFY(same(a.nodeAffinityHostname, b.nodeAffinityHostname));
    QVERIFY(same(a.claimRef->ns, b.claimRef->ns));
    QVERIFY(same(a.claimRef->kind, b.claimRef->kind));
    QVERIFY(same(a.metadata.finalizers.first(), b.metadata.finalizers.first()));
    QVERIFY(same(a.capacity->toString(), b.capacity->toString()));
    QVERIFY(a.nodeAffinityTerms.constData() == b.nodeAffinityTerms.constData());
    // What is each volume's own stays its own, and equal to what was decoded.
    QCOMPARE(a.metadata.name, u"pv-1"_s);
    QCOMPARE(b.claimRef->name, u"c-pv-2"_s);
    QVERIFY(a.claimRef->name.constData() != b.claimRef->name.constData());
    QCOMPARE(a.storageClassName, u"ase-node-local"_s);
    QCOMPARE(a.capacity->toString(), u"1Gi"_s);
    QCOMPARE(a.nodeAffinityHostname, u"node-1"_s);
    // Long texts are not kept: 300 characters come back as they went in.
    const QString longText(300, u'x');
    QCOMPARE(sharedText(longText), longText);
    QCOMPARE(sharedText(QString()), QString());
    // Texts nothing holds any more are let go: after 100,000 distinct ones that came and
    // went (names that change), a new repeated text is still shared.
    for (int i = 0; i < 100000; ++i)
        sharedText(u"gone-%1"_s.arg(i));
    const QString first = sharedText(u"fresh-%1"_s.arg(7));
    QVERIFY(sharedText(u"fresh-%1"_s.arg(7)).constData() == first.constData());
    QVERIFY(sharedText(u"ase-node-local"_s).constData() == a.storageClassName.constData());
}

void TestResources::cachedObjectsDropWhatNoOneReads()
{
    // A cached volume or pod keeps what the graph and the binding rules read, and not its
    // uid or version (the store keeps those): 240 bytes a pod, 190 a volume.
    const QJsonObject volumeJson = QJsonDocument::fromJson(
        R"({"metadata":{"name":"pv-1","uid":"1b4e28ba-2fa1-11d2-883f-0016d3cca427","resourceVersion":"4711"},
        "spec":{"capacity":{"storage":"1Gi"},"claimRef":{"kind":"PersistentVolumeClaim","namespace":"apps",
        "name":"data","uid":"6ba7b810-9dad-11d1-80b4-00c04fd430c8","resourceVersion":"99",
        "fieldPath":"x"}},"status":{"phase":"Bound"}})")
                                       .object();
    const QJsonObject claimJson = QJsonDocument::fromJson(
        R"({"metadata":{"name":"data","namespace":"apps","uid":"6ba7b810-9dad-11d1-80b4-00c04fd430c8",
        "resourceVersion":"98"},"spec":{"volumeName":"pv-1"},"status":{"phase":"Bound"}})")
                                      .object();
    const PersistentVolume volume = forCache(PersistentVolume::fromJson(volumeJson));
    const PersistentVolumeClaim claim = forCache(PersistentVolumeClaim::fromJson(claimJson));
    QCOMPARE(volume.metadata.name, u"pv-1"_s);
    QVERIFY(volume.metadata.uid.isEmpty());
    QVERIFY(volume.metadata.resourceVersion.isEmpty());
    QCOMPARE(volume.claimRef->uid, u"6ba7b810-9dad-11d1-80b4-00c04fd430c8"_s);
    QVERIFY(volume.claimRef->resourceVersion.isEmpty());
    QVERIFY(volume.claimRef->fieldPath.isEmpty());
    QCOMPARE(claim.metadata.uid, u"6ba7b810-9dad-11d1-80b4-00c04fd430c8"_s); // the rules read it
    QVERIFY(claim.metadata.resourceVersion.isEmpty());
    // The rules still match the volume to its claim by the claim's uid, and not to another.
    QVERIFY(binding::isVolumeBoundToClaim(volume, claim));
    QJsonObject otherJson = claimJson;
    QJsonObject otherMeta = otherJson.value(u"metadata"_s).toObject();
    otherMeta.insert(u"uid"_s, u"another"_s);
    otherJson.insert(u"metadata"_s, otherMeta);
    QVERIFY(!binding::isVolumeBoundToClaim(volume, forCache(PersistentVolumeClaim::fromJson(otherJson))));

    const QJsonObject podJson = QJsonDocument::fromJson(
        R"({"metadata":{"name":"web-7d9f-abcde","namespace":"apps","uid":"u-1","resourceVersion":"5",
        "labels":{"pod-template-hash":"7d9f"},"ownerReferences":[{"apiVersion":"apps/v1","kind":"ReplicaSet",
        "name":"web-7d9f","uid":"rs-uid","controller":true}]},"spec":{"nodeName":"n1"}})")
                                    .object();
    const Pod pod = forCache(Pod::fromJson(podJson));
    QVERIFY(pod.metadata.uid.isEmpty());
    QVERIFY(pod.metadata.resourceVersion.isEmpty());
    QVERIFY(pod.metadata.ownerReferences.first().uid.isEmpty());
    QCOMPARE(graph::workloadOf(pod), graph::workloadOf(Pod::fromJson(podJson)));
    QCOMPARE(graph::workloadOf(pod), u"Deployment/web"_s);
}

QTEST_GUILESS_MAIN(TestResources)
#include "tst_resources.moc"
