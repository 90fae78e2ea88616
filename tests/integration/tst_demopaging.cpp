// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The demo device's paged lists (ClusterState::list): continue tokens that seek to the last
// key and read the snapshot through the change history. The pages of one list are the
// objects as they were at the first page's resourceVersion, whatever is written between the
// pages; a token the history no longer reaches is 410 Expired; remainingItemCount counts
// what the snapshot still holds.
#include "app/demo/ClusterState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

using namespace ase;
using namespace ase::demo;
using namespace Qt::StringLiterals;

namespace {

const QStringList kNamespaces {u"alpha"_s, u"beta"_s, u"gamma"_s};

ResourceKind pvcKind()
{
    return resourceKindByKind(u"PersistentVolumeClaim"_s);
}

ResourceKind namespaceKind()
{
    return resourceKindByKind(u"Namespace"_s);
}

QJsonObject claim(const QString& name, const QString& tier)
{
    return {{"apiVersion"_L1, "v1"_L1}, {"kind"_L1, "PersistentVolumeClaim"_L1},
        {"metadata"_L1, QJsonObject {{"name"_L1, name}, {"labels"_L1, QJsonObject {{"tier"_L1, tier}}}}},
        {"spec"_L1,
            QJsonObject {{"accessModes"_L1, QJsonArray {"ReadWriteOnce"_L1}}, {"storageClassName"_L1, ""_L1},
                {"resources"_L1, QJsonObject {{"requests"_L1, QJsonObject {{"storage"_L1, "1Gi"_L1}}}}}}}};
}

QString metaOf(const QJsonObject& object, QLatin1StringView field)
{
    return object.value("metadata"_L1).toObject().value(field).toString();
}

/// "ns/name@rv" of each object, in order: what "the same list" means.
QStringList identities(const QList<QJsonObject>& objects)
{
    QStringList out;
    for (const QJsonObject& o : objects)
        out << metaOf(o, "namespace"_L1) + u'/' + metaOf(o, "name"_L1) + u'@'
                + metaOf(o, "resourceVersion"_L1);
    return out;
}

class TestDemoPaging : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesAreTheFirstPagesSnapshot_data();
    void pagesAreTheFirstPagesSnapshot();
    void remainingItemCount();
    void selectorPagesCountMatches();
    void compactedTokenExpires();
    void invalidTokens_data();
    void invalidTokens();

private:
    /// A state with `count` claims spread over three namespaces ("c0000"...).
    static void fill(ClusterState& state, int count);
};

void TestDemoPaging::fill(ClusterState& state, int count)
{
    for (const QString& ns : kNamespaces)
        QVERIFY(state.create(namespaceKind(), {}, {{"metadata"_L1, QJsonObject {{"name"_L1, ns}}}}));
    for (int i = 0; i < count; ++i) {
        const QString ns = kNamespaces.at(i % kNamespaces.size());
        QVERIFY(state.create(pvcKind(), ns, claim(u"c%1"_s.arg(i, 4, 10, QLatin1Char('0')), u"web"_s)));
    }
}

void TestDemoPaging::pagesAreTheFirstPagesSnapshot_data()
{
    QTest::addColumn<QString>("ns");
    QTest::addColumn<int>("limit");
    QTest::newRow("all namespaces, pages of 1") << QString() << 1;
    QTest::newRow("all namespaces, pages of 7") << QString() << 7;
    QTest::newRow("all namespaces, pages of 50") << QString() << 50;
    QTest::newRow("one namespace, pages of 3") << u"beta"_s << 3;
    QTest::newRow("one namespace, pages of 25") << u"beta"_s << 25;
}

void TestDemoPaging::pagesAreTheFirstPagesSnapshot()
{
    QFETCH(QString, ns);
    QFETCH(int, limit);
    ClusterState state;
    fill(state, 120);
    const QStringList expected = identities(state.objects(pvcKind(), ns));
    const qint64 firstRv = state.resourceVersion();

    // Between every two pages: an update, a deletion and a creation, before and after the
    // page's position, in every namespace.
    QRandomGenerator random(42);
    QList<QJsonObject> seen;
    ListOptions options;
    options.ns = ns;
    options.limit = limit;
    int pages = 0;
    int created = 0;
    do {
        const ApiResult<ListPage> page = state.list(pvcKind(), options);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().message));
        QCOMPARE(page.value().resourceVersion, firstRv);
        QVERIFY(page.value().items.size() <= limit);
        seen += page.value().items;
        options.continueToken = page.value().continueToken;
        ++pages;

        const QList<QJsonObject> now = state.objects(pvcKind());
        const QJsonObject victim = now.at(int(random.bounded(now.size())));
        QVERIFY(state.remove(pvcKind(), metaOf(victim, "namespace"_L1), metaOf(victim, "name"_L1)));
        const QJsonObject changed = now.at(int(random.bounded(now.size())));
        if (changed != victim)
            QVERIFY(state.mergePatch(pvcKind(), metaOf(changed, "namespace"_L1), metaOf(changed, "name"_L1),
                {{"metadata"_L1, QJsonObject {{"labels"_L1, QJsonObject {{"tier"_L1, "db"_L1}}}}}}));
        const QString ns2 = kNamespaces.at(created % kNamespaces.size());
        // A name taken twice is refused (409): fine, the others are created.
        state.create(pvcKind(), ns2, claim(u"c%1-late"_s.arg(random.bounded(120)), u"web"_s));
        ++created;
    } while (!options.continueToken.isEmpty());

    QCOMPARE(identities(seen), expected);
    QCOMPARE(pages, (int(expected.size()) + limit - 1) / limit);
    // The state did change meanwhile: a new list sees it.
    QVERIFY(identities(state.objects(pvcKind(), ns)) != expected);
}

void TestDemoPaging::remainingItemCount()
{
    ClusterState state;
    fill(state, 10);
    ListOptions options;
    options.limit = 4;
    QList<std::optional<qint64>> remaining;
    do {
        const ApiResult<ListPage> page = state.list(pvcKind(), options);
        QVERIFY(page);
        remaining << page.value().remainingItemCount;
        options.continueToken = page.value().continueToken;
        // Writes between pages do not change what the snapshot still holds.
        QVERIFY(state.create(pvcKind(), u"alpha"_s, claim(u"z%1"_s.arg(remaining.size()), u"web"_s)));
    } while (!options.continueToken.isEmpty());
    QCOMPARE(remaining, (QList<std::optional<qint64>> {6, 2, std::nullopt}));

    options = {};
    options.ns = u"beta"_s;
    options.limit = 2;
    const ApiResult<ListPage> beta = state.list(pvcKind(), options);
    QVERIFY(beta);
    QCOMPARE(beta.value().remainingItemCount, std::optional<qint64>(1)); // c0001, c0004, c0007
}

void TestDemoPaging::selectorPagesCountMatches()
{
    ClusterState state;
    fill(state, 30);
    for (int i = 0; i < 30; i += 3)
        QVERIFY(state.mergePatch(pvcKind(), kNamespaces.at(i % 3), u"c%1"_s.arg(i, 4, 10, QLatin1Char('0')),
            {{"metadata"_L1, QJsonObject {{"labels"_L1, QJsonObject {{"tier"_L1, "db"_L1}}}}}}));
    ListOptions options;
    options.limit = 4;
    options.filter = [](const QJsonObject& o) {
        return o.value("metadata"_L1).toObject().value("labels"_L1).toObject().value("tier"_L1).toString()
            == u"db";
    };
    QList<qsizetype> sizes;
    do {
        const ApiResult<ListPage> page = state.list(pvcKind(), options);
        QVERIFY(page);
        QVERIFY(!page.value().remainingItemCount); // never with a selector
        sizes << page.value().items.size();
        options.continueToken = page.value().continueToken;
    } while (!options.continueToken.isEmpty());
    QCOMPARE(sizes, (QList<qsizetype> {4, 4, 2}));
}

void TestDemoPaging::compactedTokenExpires()
{
    ClusterState state;
    fill(state, 10);
    state.setHistoryLimit(5);
    ListOptions options;
    options.limit = 3;
    const ApiResult<ListPage> first = state.list(pvcKind(), options);
    QVERIFY(first);
    options.continueToken = first.value().continueToken;
    // Within the history: served, and consistent.
    for (int i = 0; i < 4; ++i)
        QVERIFY(state.create(pvcKind(), u"alpha"_s, claim(u"a%1"_s.arg(i), u"web"_s)));
    QVERIFY(state.list(pvcKind(), options));
    // Two writes more and the history no longer reaches the token's version (the change
    // that made it was dropped, like an etcd compaction past it).
    QVERIFY(state.create(pvcKind(), u"alpha"_s, claim(u"a8"_s, u"web"_s)));
    QVERIFY(state.list(pvcKind(), options));
    QVERIFY(state.create(pvcKind(), u"alpha"_s, claim(u"a9"_s, u"web"_s)));
    QVERIFY(state.oldestResumableVersion() > first.value().resourceVersion);
    const ApiResult<ListPage> expired = state.list(pvcKind(), options);
    QVERIFY(!expired);
    QCOMPARE(expired.error().code, 410);
    QCOMPARE(expired.error().reason, u"Expired"_s);
    QCOMPARE(expired.error().message,
        u"The provided continue parameter is too old to display a consistent list result. You can start a "
        "new list without the continue parameter."_s);
    // A new list starts over.
    options.continueToken.clear();
    QVERIFY(state.list(pvcKind(), options));
}

void TestDemoPaging::invalidTokens_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("ns");
    const auto encode = [](const QJsonObject& o) {
        return QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding);
    };
    QTest::newRow("not base64 JSON") << QByteArray("bm90LWEtdG9rZW4") << QString();
    QTest::newRow("no version") << encode({{"rv"_L1, 3}, {"start"_L1, "alpha/c0001"_L1}}) << QString();
    QTest::newRow("resourceVersion 0")
        << encode({{"v"_L1, "meta.k8s.io/v1"_L1}, {"rv"_L1, 0}, {"start"_L1, "alpha/c0001"_L1}}) << QString();
    QTest::newRow("another namespace's key")
        << encode({{"v"_L1, "meta.k8s.io/v1"_L1}, {"rv"_L1, 3}, {"start"_L1, "alpha/c0001"_L1}}) << u"beta"_s;
}

void TestDemoPaging::invalidTokens()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, ns);
    ClusterState state;
    fill(state, 6);
    ListOptions options;
    options.ns = ns;
    options.limit = 2;
    options.continueToken = QString::fromLatin1(token);
    const ApiResult<ListPage> page = state.list(pvcKind(), options);
    QVERIFY(!page);
    QCOMPARE(page.error().code, 400);
    QVERIFY(page.error().message.startsWith(u"continue key is not valid"_s));
}

} // namespace

QTEST_GUILESS_MAIN(TestDemoPaging)
#include "tst_demopaging.moc"
