// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// bench_codec: decode a 10,000-PV list and emit/parse it as YAML, printing objects/s and
// MB/s per step and the peak memory. A plain program, not a ctest test:
//     bench_codec [count] [file to keep the emitted YAML in]

#include "models/resources/PersistentVolume.h"
#include "models/resources/Yaml.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/resource.h>

#include <ctime>

#include <cstdio>

using namespace ase;
using namespace Qt::StringLiterals;

namespace {

QString uid(int i, int salt)
{
    return u"%1-%2-4c57-8f3e-%3"_s.arg(quint32(i * 2654435761u ^ quint32(salt)), 8, 16, QChar(u'0'))
        .arg(i % 65536, 4, 16, QChar(u'0'))
        .arg(quint64(i) * 977 + quint64(salt), 12, 16, QChar(u'0'));
}

QJsonArray managedFields(bool local)
{
    QJsonObject spec {{u"f:accessModes"_s, QJsonObject()},
        {u"f:capacity"_s, QJsonObject {{u"."_s, QJsonObject()}, {u"f:storage"_s, QJsonObject()}}},
        {u"f:persistentVolumeReclaimPolicy"_s, QJsonObject()}, {u"f:volumeMode"_s, QJsonObject()}};
    if (local)
        spec.insert(
            u"f:nodeAffinity"_s, QJsonObject {{u"."_s, QJsonObject()}, {u"f:required"_s, QJsonObject()}});
    return QJsonArray {QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"fieldsType"_s, u"FieldsV1"_s},
                           {u"fieldsV1"_s, QJsonObject {{u"f:spec"_s, spec}}},
                           {u"manager"_s, local ? u"local-path-provisioner"_s : u"ase-share-controller"_s},
                           {u"operation"_s, u"Update"_s}, {u"time"_s, u"2024-05-01T10:00:00Z"_s}},
        QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"fieldsType"_s, u"FieldsV1"_s},
            {u"fieldsV1"_s, QJsonObject {{u"f:status"_s, QJsonObject {{u"f:phase"_s, QJsonObject()}}}}},
            {u"manager"_s, u"kube-controller-manager"_s}, {u"operation"_s, u"Update"_s},
            {u"subresource"_s, u"status"_s}, {u"time"_s, u"2024-05-01T10:00:02Z"_s}}};
}

/// A realistic PV: two in three are device shares bound by claimRef, one in three a
/// local-path volume pinned to a node.
QJsonObject makePv(int i)
{
    const bool local = i % 3 == 2;
    const QString name = local ? u"pvc-"_s + uid(i, 7) : u"share%1"_s.arg(i, 5, 10, QChar(u'0'));
    QJsonObject annotations {{u"pv.kubernetes.io/bound-by-controller"_s, u"yes"_s}};
    QJsonObject labels {{u"app.kubernetes.io/managed-by"_s, local ? u"local-path"_s : u"ase"_s}};
    QJsonObject spec {
        {u"accessModes"_s,
            local ? QJsonArray {u"ReadWriteOnce"_s} : QJsonArray {u"ReadWriteOnce"_s, u"ReadWriteMany"_s}},
        {u"volumeMode"_s, u"Filesystem"_s},
        {u"claimRef"_s,
            QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"PersistentVolumeClaim"_s},
                {u"name"_s, u"claim-%1"_s.arg(i)}, {u"namespace"_s, u"team-%1"_s.arg(i % 40)},
                {u"resourceVersion"_s, QString::number(100000 + i)}, {u"uid"_s, uid(i, 3)}}}};
    if (local) {
        annotations.insert(u"pv.kubernetes.io/provisioned-by"_s, u"rancher.io/local-path"_s);
        annotations.insert(u"local.path.provisioner/selected-node"_s, u"node-%1"_s.arg(i % 4));
        spec.insert(u"capacity"_s, QJsonObject {{u"storage"_s, u"%1Gi"_s.arg(1 + i % 64)}});
        spec.insert(u"hostPath"_s,
            QJsonObject {{u"path"_s, QString(u"/var/lib/rancher/local-path/"_s + name + u"_team_claim"_s)},
                {u"type"_s, u"DirectoryOrCreate"_s}});
        spec.insert(u"nodeAffinity"_s,
            QJsonObject {{u"required"_s,
                QJsonObject {{u"nodeSelectorTerms"_s,
                    QJsonArray {QJsonObject {{u"matchExpressions"_s,
                        QJsonArray {
                            QJsonObject {{u"key"_s, u"kubernetes.io/hostname"_s}, {u"operator"_s, u"In"_s},
                                {u"values"_s, QJsonArray {u"node-%1"_s.arg(i % 4)}}}}}}}}}}});
        spec.insert(u"persistentVolumeReclaimPolicy"_s, u"Delete"_s);
        spec.insert(u"storageClassName"_s, u"ase-node-local"_s);
        labels.insert(u"topology.kubernetes.io/zone"_s, u"edge-1"_s);
    } else {
        spec.insert(u"capacity"_s, QJsonObject {{u"storage"_s, u"32Ti"_s}});
        spec.insert(u"hostPath"_s,
            QJsonObject {{u"path"_s, QString(u"/home/hcsshares/"_s + name)}, {u"type"_s, u""_s}});
        spec.insert(u"mountOptions"_s, QJsonArray {u"vers=3.0"_s, u"dir_mode=0777"_s});
        spec.insert(u"persistentVolumeReclaimPolicy"_s, u"Retain"_s);
        spec.insert(u"storageClassName"_s, u""_s);
        labels.insert(u"ase.microsoft.com/share"_s, name);
        labels.insert(u"ase.microsoft.com/tier"_s, i % 2 ? u"cloud"_s : u"local"_s);
        annotations.insert(u"ase.microsoft.com/description"_s,
            u"Share %1 on the device, exported to Edge compute for team %2. Created by the "
            "storage manager; data tiers to the storage account when the tier is cloud."_s.arg(name)
                .arg(i % 40));
    }
    return QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"PersistentVolume"_s},
        {u"metadata"_s,
            QJsonObject {{u"name"_s, name}, {u"uid"_s, uid(i, 1)},
                {u"resourceVersion"_s, QString::number(200000 + i)},
                {u"creationTimestamp"_s,
                    u"2024-05-01T10:%1:%2Z"_s.arg(i / 60 % 60, 2, 10, QChar(u'0'))
                        .arg(i % 60, 2, 10, QChar(u'0'))},
                {u"finalizers"_s, QJsonArray {u"kubernetes.io/pv-protection"_s}}, {u"labels"_s, labels},
                {u"annotations"_s, annotations}, {u"managedFields"_s, managedFields(local)}}},
        {u"spec"_s, spec},
        {u"status"_s,
            QJsonObject {
                {u"phase"_s, u"Bound"_s}, {u"lastPhaseTransitionTime"_s, u"2024-05-01T10:00:05Z"_s}}}};
}

/// Wall-clock and CPU time of one step. The CPU time is what the step itself cost even
/// when the machine is busy with other work (the program is single-threaded).
class StepTimer final
{
public:
    StepTimer() { restart(); }
    void restart()
    {
        m_wall.start();
        m_cpu = cpuNanos();
    }
    void print(const char* name, qsizetype objects, qsizetype bytes) const
    {
        const double wall = double(m_wall.nsecsElapsed()) / 1e9;
        const double cpu = double(cpuNanos() - m_cpu) / 1e9;
        std::printf("%-28s wall %8.1f ms, cpu %8.1f ms: %9.0f objects/s %7.1f MB/s (cpu-based)  [%.1f MB]\n",
            name, wall * 1e3, cpu * 1e3, double(objects) / cpu, double(bytes) / 1e6 / cpu,
            double(bytes) / 1e6);
    }

private:
    static qint64 cpuNanos()
    {
        timespec ts {};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
        return qint64(ts.tv_sec) * 1000000000 + ts.tv_nsec;
    }
    QElapsedTimer m_wall;
    qint64 m_cpu = 0;
};

long vmHwmKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? std::atoi(argv[1]) : 10000;

    // Generate the list the API server would send (not timed).
    QJsonArray items;
    for (int i = 0; i < count; ++i)
        items.append(makePv(i));
    const QByteArray listJson = QJsonDocument(
        QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"PersistentVolumeList"_s},
            {u"metadata"_s, QJsonObject {{u"resourceVersion"_s, u"300000"_s}}},
            {u"items"_s, items}}).toJson(QJsonDocument::Compact);
    items = QJsonArray();
    std::printf(
        "bench_codec: %d PersistentVolumes, list JSON %.1f MB\n", count, double(listJson.size()) / 1e6);

    StepTimer timer;
    const QJsonDocument doc = QJsonDocument::fromJson(listJson);
    const QJsonArray parsed = doc.object().value(u"items").toArray();
    timer.print("JSON parse (QJsonDocument)", parsed.size(), listJson.size());

    timer.restart();
    qsizetype bound = 0;
    for (const QJsonValue& item : parsed) {
        const PersistentVolume pv = PersistentVolume::fromJson(item.toObject());
        bound += pv.storageClassName.isEmpty() ? 1 : 0;
    }
    timer.print("decode (PersistentVolume)", parsed.size(), listJson.size());

    timer.restart();
    QByteArray yaml;
    yaml.reserve(listJson.size() * 2);
    bool first = true;
    for (const QJsonValue& item : parsed) {
        if (!first)
            yaml.append("---\n");
        yaml.append(toYaml(item.toObject()));
        first = false;
    }
    timer.print("YAML emit (toYaml)", parsed.size(), yaml.size());

    if (argc > 2) {
        QFile out(QString::fromLocal8Bit(argv[2]));
        if (out.open(QIODevice::WriteOnly))
            out.write(yaml);
    }

    timer.restart();
    const YamlDocuments back = parseYaml(yaml);
    timer.print("YAML parse (yaml-cpp)", back.objects.size(), yaml.size());

    if (!back.ok() || back.objects.size() != parsed.size()) {
        std::printf(
            "round trip FAILED: %s\n", back.error ? qPrintable(back.error->toString()) : "count differs");
        return 1;
    }
    qsizetype same = 0;
    for (qsizetype i = 0; i < parsed.size(); ++i)
        same += back.objects.at(i) == parsed.at(i).toObject() ? 1 : 0;
    std::printf("round trip: %lld/%lld objects identical, %lld share PVs\n", static_cast<long long>(same),
        static_cast<long long>(parsed.size()), static_cast<long long>(bound));

    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("peak RSS: ru_maxrss %.1f MB, VmHWM %.1f MB\n", double(usage.ru_maxrss) / 1024.0,
        double(vmHwmKiB()) / 1024.0);
    return same == parsed.size() ? 0 : 1;
}
