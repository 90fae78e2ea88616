// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The details panel follows the store row by row: a change to a kind the shown object's
// summary does not read leaves every row as it is; a change to a related object updates
// the rows it affects in place (the same label widgets), and the object's own change too.
#include "models/itemmodels/ObjectSummary.h"
#include "models/store/ResourceStore.h"
#include "ui/DetailsPanel.h"

#include <QJsonArray>
#include <QLabel>
#include <QPointer>
#include <QTest>

using namespace ase;
using namespace Qt::StringLiterals;

namespace {

QJsonObject claim(const QString& phase, const QString& volume)
{
    return QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"PersistentVolumeClaim"_s},
        {u"metadata"_s,
            QJsonObject {{u"name"_s, u"data"_s}, {u"namespace"_s, u"apps"_s}, {u"uid"_s, u"u-1"_s},
                {u"resourceVersion"_s, phase == u"Bound" ? u"2"_s : u"1"_s}}},
        {u"spec"_s,
            QJsonObject {{u"accessModes"_s, QJsonArray {u"ReadWriteOnce"_s}}, {u"volumeName"_s, volume},
                {u"storageClassName"_s, u""_s},
                {u"resources"_s, QJsonObject {{u"requests"_s, QJsonObject {{u"storage"_s, u"1Gi"_s}}}}}}},
        {u"status"_s,
            phase == u"Bound"
                ? QJsonObject {{u"phase"_s, phase}, {u"capacity"_s, QJsonObject {{u"storage"_s, u"1Gi"_s}}}}
                : QJsonObject {{u"phase"_s, phase}}}};
}

QJsonObject pod(const QString& name, const QString& claimName)
{
    return QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"Pod"_s},
        {u"metadata"_s, QJsonObject {{u"name"_s, name}, {u"namespace"_s, u"apps"_s}}},
        {u"spec"_s,
            QJsonObject {{u"containers"_s, QJsonArray {QJsonObject {{u"name"_s, u"app"_s}}}},
                {u"volumes"_s,
                    QJsonArray {QJsonObject {{u"name"_s, u"v"_s},
                        {u"persistentVolumeClaim"_s, QJsonObject {{u"claimName"_s, claimName}}}}}}}},
        {u"status"_s, QJsonObject {{u"phase"_s, u"Running"_s}}}};
}

QJsonObject storageClass(const QString& name)
{
    return QJsonObject {{u"apiVersion"_s, u"storage.k8s.io/v1"_s}, {u"kind"_s, u"StorageClass"_s},
        {u"metadata"_s, QJsonObject {{u"name"_s, name}}}, {u"provisioner"_s, u"rancher.io/local-path"_s}};
}

} // namespace

class TestDetailsPanel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void relatedKindsComeFromTheSummary();
    void unrelatedChangeTouchesNoRow();
    void relatedChangeUpdatesItsRowInPlace();
    void ownChangeUpdatesOnlyChangedRows();

private:
    ResourceStore* m_store = nullptr;
    ResourceStore* m_events = nullptr;
    DetailsPanel* m_panel = nullptr;
};

void TestDetailsPanel::init()
{
    m_store = new ResourceStore(this);
    m_events = new ResourceStore(this);
    m_store->postUpsert(u"PersistentVolumeClaim"_s, claim(u"Pending"_s, {}));
    m_store->flush();
    m_panel = new DetailsPanel(m_store, m_events);
    m_panel->showObject(u"PersistentVolumeClaim"_s, u"apps/data"_s);
    QVERIFY(m_panel->summaryValue(u"Status"_s));
    QVERIFY(m_panel->summaryValue(u"Used by"_s));
}

void TestDetailsPanel::cleanup()
{
    delete m_panel;
    delete m_store;
    delete m_events;
}

void TestDetailsPanel::relatedKindsComeFromTheSummary()
{
    QCOMPARE(relatedKinds(u"PersistentVolumeClaim"_s), (QStringList {u"Share"_s, u"Pod"_s}));
    QCOMPARE(relatedKinds(u"PersistentVolume"_s), QStringList {u"Share"_s});
    QCOMPARE(relatedKinds(u"Share"_s), QStringList {u"PersistentVolume"_s});
    QVERIFY(relatedKinds(u"StorageClass"_s).isEmpty());
    QVERIFY(relatedKinds(u"Pod"_s).isEmpty());
}

void TestDetailsPanel::unrelatedChangeTouchesNoRow()
{
    const QPointer<QLabel> status = m_panel->summaryValue(u"Status"_s);
    const QPointer<QLabel> usedBy = m_panel->summaryValue(u"Used by"_s);
    const QString statusText = status->text();
    // Nothing in a claim's summary reads a class or a volume (the widget used to refresh on
    // every volume change).
    m_store->postUpsert(u"StorageClass"_s, storageClass(u"other"_s));
    m_store->postUpsert(u"PersistentVolume"_s,
        QJsonObject {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"PersistentVolume"_s},
            {u"metadata"_s, QJsonObject {{u"name"_s, u"pv-other"_s}}}});
    m_store->flush();
    QVERIFY(status);
    QCOMPARE(m_panel->summaryValue(u"Status"_s), status.data());
    QCOMPARE(m_panel->summaryValue(u"Used by"_s), usedBy.data());
    QCOMPARE(status->text(), statusText);
}

void TestDetailsPanel::relatedChangeUpdatesItsRowInPlace()
{
    const QPointer<QLabel> status = m_panel->summaryValue(u"Status"_s);
    const QPointer<QLabel> usedBy = m_panel->summaryValue(u"Used by"_s);
    QVERIFY(!usedBy->text().contains(u"web-1"_s));
    // A pod that uses the claim: the "Used by" row names it, in the same label.
    m_store->postUpsert(u"Pod"_s, pod(u"web-1"_s, u"data"_s));
    m_store->flush();
    QVERIFY(usedBy);
    QCOMPARE(m_panel->summaryValue(u"Used by"_s), usedBy.data());
    QVERIFY2(usedBy->text().contains(u"href=\"Pod|apps/web-1\""_s), qPrintable(usedBy->text()));
    QCOMPARE(m_panel->summaryValue(u"Status"_s), status.data());
    // ...and drops it again when the pod goes.
    m_store->postDelete(u"Pod"_s, pod(u"web-1"_s, u"data"_s));
    m_store->flush();
    QCOMPARE(m_panel->summaryValue(u"Used by"_s), usedBy.data());
    QVERIFY(!usedBy->text().contains(u"web-1"_s));
}

void TestDetailsPanel::ownChangeUpdatesOnlyChangedRows()
{
    const QPointer<QLabel> status = m_panel->summaryValue(u"Status"_s);
    const QPointer<QLabel> ns = m_panel->summaryValue(u"Namespace"_s);
    QVERIFY(ns);
    // Bound: the status changes, a Capacity row appears; the namespace row stays as it was.
    m_store->postUpsert(u"PersistentVolumeClaim"_s, claim(u"Bound"_s, u"pv-1"_s));
    m_store->flush();
    QVERIFY(status);
    QVERIFY(ns);
    QCOMPARE(m_panel->summaryValue(u"Namespace"_s), ns.data());
    QCOMPARE(ns->text(), u"apps"_s);
    QVERIFY2(m_panel->summaryValue(u"Status"_s)->text().contains(u"Bound"_s),
        qPrintable(m_panel->summaryValue(u"Status"_s)->text()));
    QVERIFY(m_panel->summaryValue(u"Capacity"_s));
    QVERIFY(m_panel->summaryValue(u"Volume"_s)->text().contains(u"pv-1"_s));
}

QTEST_MAIN(TestDetailsPanel)
#include "tst_detailspanel.moc"
