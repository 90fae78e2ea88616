// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// The demo device's ARM API (Microsoft.DataBoxEdge 2023-12-01) and its sign-in, over HTTP on
// loopback with plain QNetworkAccessManager requests.
#include "ArmTestSupport.h"
#include "DemoApiClient.h"

#include "app/demo/ClusterState.h"
#include "app/demo/HttpListener.h"
#include "app/demo/arm/ArmDevice.h"
#include "app/demo/controllers/DemoControllers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

#include <memory>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;
using ase::test::DemoApiClient;
using ase::test::HttpResult;

namespace ase::demo {

class TestDemoArm final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();

    void authentication_data();
    void authentication();
    void apiVersion_data();
    void apiVersion();
    void deviceAndRoles();
    void wrongScope_data();
    void wrongScope();

    void createShare_data();
    void createShare();
    void shareValidation_data();
    void shareValidation();
    void shareLimit();
    void deleteShare();
    void deleteMountedShareFails_data();
    void deleteMountedShareFails();
    void refreshCloudShare();
    void refreshLocalShareRefused();
    void mountAndUnmount();
    void paging();
    void usersAndCredentials();

    void deviceCodeFlow();
    void deviceCodeAutoApproval();
    void deviceCodeEnds_data();
    void deviceCodeEnds();
    void shortLivedTokenExpires();
    void refreshToken();
    void injectedFaults();

private:
    QString devicePath() const { return m_arm->device().deviceId(); }
    static QString q(const QString& path) { return path + u"?api-version=2023-12-01"_s; }
    HttpResult put(const QString& path, const QJsonObject& body) { return m_client->put(q(path), body); }
    HttpResult get(const QString& path) { return m_client->get(q(path)); }
    /// GET of an absolute URL of this server (nextLink, Location, Azure-AsyncOperation).
    HttpResult getUrl(const QByteArray& url);
    HttpResult form(const QString& path, const QList<std::pair<QString, QString>>& fields);
    /// Polls an Azure-AsyncOperation URL to a terminal status; `statuses` gets every status seen.
    QJsonObject pollAsync(const QByteArray& url, QStringList* statuses = nullptr);
    /// Polls a Location URL until it stops answering 202; `accepted` counts the 202s.
    HttpResult pollLocation(const QByteArray& url, int* accepted = nullptr);
    /// PUT/DELETE/POST, checks the 202 and its headers, follows it through Azure-AsyncOperation.
    QJsonObject runOperation(const QByteArray& method, const QString& path, const QJsonObject& body = {});
    QJsonObject smbShare(const QString& user = u"shareuser1"_s) const
    {
        return test::smbShareBody(m_arm->device(), user);
    }
    QJsonObject nfsShare() const;
    QJsonObject cloudShare(const QString& container) const
    {
        return test::cloudShareBody(m_arm->device(), container);
    }
    QJsonObject roleWithEndpoints(const QStringList& shares);
    void removeShareDirectly(const QString& name);

    std::unique_ptr<ClusterState> m_cluster;
    DemoControllers* m_controllers = nullptr;
    std::unique_ptr<ArmDevice> m_arm;
    std::unique_ptr<HttpListener> m_listener;
    std::unique_ptr<DemoApiClient> m_client;
    QString m_token;
};

void TestDemoArm::initTestCase()
{
    m_cluster = std::make_unique<ClusterState>();
    m_controllers = installControllers(*m_cluster, m_cluster.get());
    m_controllers->setCoalesceDelay(1ms);
    m_arm = std::make_unique<ArmDevice>(*m_cluster);
    m_arm->device().setOperationDuration(300ms);
    m_listener = std::make_unique<HttpListener>();
    m_arm->install(*m_listener);
    QString error;
    QVERIFY2(m_listener->listen(QHostAddress::LocalHost, 0, nullptr, &error), qPrintable(error));
    const auto seeded = test::seedShareDevice(*m_cluster, m_arm->device(), {u"shareuser1"_s, u"reader"_s});
    QVERIFY2(!seeded, qPrintable(seeded.value_or(QString())));
    m_token = m_arm->tokens().issueToken();
    m_client = std::make_unique<DemoApiClient>(m_listener->url(), QByteArray(), m_token);
}

void TestDemoArm::cleanupTestCase()
{
    m_client.reset();
    m_listener.reset();
    m_arm.reset();
    m_cluster.reset();
}

void TestDemoArm::init()
{
    m_client->setToken(m_token);
    m_arm->api().setPageSize(50);
    m_arm->api().setRetryAfterSeconds(1);
    m_listener->setFaults({});
    TokenService::Settings settings;
    settings.minPollSpacingMs = 100;
    settings.approveAfterPolls = 0;
    m_arm->tokens().setSettings(settings);
    m_arm->tokens().setClock({});
}

HttpResult TestDemoArm::getUrl(const QByteArray& url)
{
    const QString text = QString::fromUtf8(url);
    if (!text.startsWith(m_listener->url()))
        return {};
    return m_client->get(text.mid(m_listener->url().size()));
}

HttpResult TestDemoArm::form(const QString& path, const QList<std::pair<QString, QString>>& fields)
{
    QUrlQuery query;
    for (const auto& [key, value] : fields)
        query.addQueryItem(key, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    return m_client->request(
        "POST", path, query.toString(QUrl::FullyEncoded).toUtf8(), "application/x-www-form-urlencoded");
}

QJsonObject TestDemoArm::pollAsync(const QByteArray& url, QStringList* statuses)
{
    // Polled again each time an operation of the device ends (not on a clock): the status
    // read after the last one is terminal.
    QSignalSpy ended(&m_arm->device(), &DeviceState::operationFinished);
    for (int i = 0; i < 100; ++i) {
        const qsizetype seen = ended.size();
        const HttpResult result = getUrl(url);
        if (result.status != 200)
            return {};
        const QJsonObject status = result.json();
        if (statuses)
            statuses->append(status.value(u"status"_s).toString());
        const QString value = status.value(u"status"_s).toString();
        if (value == u"Succeeded" || value == u"Failed" || value == u"Canceled")
            return status;
        if (ended.size() == seen && !ended.wait(10000))
            return {};
    }
    return {};
}

HttpResult TestDemoArm::pollLocation(const QByteArray& url, int* accepted)
{
    QSignalSpy ended(&m_arm->device(), &DeviceState::operationFinished);
    for (int i = 0; i < 100; ++i) {
        const qsizetype seen = ended.size();
        const HttpResult result = getUrl(url);
        if (result.status != 202)
            return result;
        if (accepted)
            ++*accepted;
        if (ended.size() == seen && !ended.wait(10000))
            return {};
    }
    return {};
}

QJsonObject TestDemoArm::runOperation(const QByteArray& method, const QString& path, const QJsonObject& body)
{
    const HttpResult started
        = m_client->request(method, q(path), body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    if (started.status != 202) {
        qWarning() << method << path << started.status << started.body;
        return {};
    }
    return pollAsync(started.header("Azure-AsyncOperation"));
}

QJsonObject TestDemoArm::nfsShare() const
{
    return {{u"properties"_s,
        QJsonObject {{u"shareStatus"_s, u"Online"_s}, {u"monitoringStatus"_s, u"Enabled"_s},
            {u"accessProtocol"_s, u"NFS"_s}, {u"dataPolicy"_s, u"Local"_s},
            {u"clientAccessRights"_s,
                QJsonArray {QJsonObject {
                    {u"client"_s, u"10.100.10.11"_s}, {u"accessPermission"_s, u"ReadWrite"_s}}}}}}};
}

QJsonObject TestDemoArm::roleWithEndpoints(const QStringList& shares)
{
    QJsonObject role = get(devicePath() + u"/roles/kubernetesRole"_s).json();
    QJsonObject properties = role.value(u"properties"_s).toObject();
    QJsonObject resources = properties.value(u"kubernetesRoleResources"_s).toObject();
    QJsonObject storage = resources.value(u"storage"_s).toObject();
    QJsonArray endpoints;
    for (const QString& share : shares)
        endpoints.append(
            QJsonObject {{u"shareId"_s, m_arm->device().resourceId(DeviceCollection::Shares, share)}});
    storage.insert(u"endpoints"_s, endpoints);
    resources.insert(u"storage"_s, storage);
    properties.insert(u"kubernetesRoleResources"_s, resources);
    return {{u"kind"_s, u"Kubernetes"_s}, {u"properties"_s, properties}};
}

void TestDemoArm::removeShareDirectly(const QString& name)
{
    const auto started = m_arm->device().deleteShare(name);
    QVERIFY(!started.error);
    QTRY_VERIFY(!m_arm->device().get(DeviceCollection::Shares, name));
}

// ---- authentication, api-version, paths -----------------------------------------------

void TestDemoArm::authentication_data()
{
    QTest::addColumn<QString>("authorization"); // "<valid>", "<expired>" or a literal header
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    QTest::newRow("valid token") << u"<valid>"_s << 200 << QString();
    QTest::newRow("no header") << QString() << 401 << u"AuthenticationFailed"_s;
    QTest::newRow("not a bearer header") << u"Basic dXNlcjpwYXNz"_s << 401 << u"AuthenticationFailed"_s;
    QTest::newRow("unknown token") << u"Bearer not-a-token"_s << 401 << u"InvalidAuthenticationToken"_s;
    QTest::newRow("expired token") << u"<expired>"_s << 401 << u"ExpiredAuthenticationToken"_s;
}

void TestDemoArm::authentication()
{
    QFETCH(QString, authorization);
    QFETCH(int, status);
    QFETCH(QString, code);

    QList<std::pair<QByteArray, QByteArray>> headers;
    if (authorization == u"<valid>") {
        headers.append({"Authorization", "Bearer " + m_token.toLatin1()});
    } else if (authorization == u"<expired>") {
        // Issued a minute ago for a second (the service's clock is injected).
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_arm->tokens().setClock([now] { return now.addSecs(-60); });
        const QString shortLived = m_arm->tokens().issueToken(1000ms);
        m_arm->tokens().setClock([now] { return now; });
        headers.append({"Authorization", "Bearer " + shortLived.toLatin1()});
    } else if (!authorization.isEmpty()) {
        headers.append({"Authorization", authorization.toLatin1()});
    }
    m_client->setToken({});
    const HttpResult result = m_client->request("GET", q(devicePath()), {}, {}, headers);
    QCOMPARE(result.status, status);
    if (status == 200)
        return;
    const QJsonObject error = result.json().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), code);
    QVERIFY(!error.value(u"message"_s).toString().isEmpty());
    QVERIFY(result.header("WWW-Authenticate").startsWith("Bearer authorization_uri="));
    if (code == u"ExpiredAuthenticationToken")
        QVERIFY(error.value(u"message"_s).toString().contains(u"is earlier than current UTC time"_s));
}

void TestDemoArm::apiVersion_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("2023-12-01") << u"?api-version=2023-12-01"_s << 200 << QString() << QString();
    QTest::newRow("missing")
        << QString() << 400 << u"MissingApiVersionParameter"_s
        << u"The api-version query parameter (?api-version=) is required for all requests."_s;
    QTest::newRow("older version") << u"?api-version=2019-08-01"_s << 400 << u"InvalidApiVersionParameter"_s
                                   << u"The api-version '2019-08-01' is invalid. The supported versions are "
                                      u"'2023-12-01'."_s;
}

void TestDemoArm::apiVersion()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, message);

    const HttpResult result = m_client->get(devicePath() + u"/shares"_s + query);
    QCOMPARE(result.status, status);
    if (status == 200) {
        QVERIFY(result.json().value(u"value"_s).isArray());
        return;
    }
    const QJsonObject error = result.json().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), code);
    QCOMPARE(error.value(u"message"_s).toString(), message);
}

void TestDemoArm::deviceAndRoles()
{
    const HttpResult device = get(devicePath());
    QCOMPARE(device.status, 200);
    const QJsonObject body = device.json();
    QCOMPARE(body.value(u"id"_s).toString(), devicePath());
    QCOMPARE(body.value(u"kind"_s).toString(), u"AzureStackEdge"_s);
    const QJsonObject properties = body.value(u"properties"_s).toObject();
    QCOMPARE(properties.value(u"dataBoxEdgeDeviceStatus"_s).toString(), u"Online"_s);
    QVERIFY(properties.value(u"configuredRoleTypes"_s).toArray().contains(u"Kubernetes"_s));
    QVERIFY(!properties.value(u"serialNumber"_s).toString().isEmpty());

    const HttpResult list = get(u"/subscriptions/"_s + m_arm->device().identity().subscriptionId
        + u"/resourceGroups/"_s + m_arm->device().identity().resourceGroup
        + u"/providers/Microsoft.DataBoxEdge/dataBoxEdgeDevices"_s);
    QCOMPARE(list.status, 200);
    QCOMPARE(list.json().value(u"value"_s).toArray().size(), 1);

    const HttpResult roles = get(devicePath() + u"/roles"_s);
    QCOMPARE(roles.status, 200);
    const QJsonArray value = roles.json().value(u"value"_s).toArray();
    QCOMPARE(value.size(), 1);
    const QJsonObject role = value.at(0).toObject();
    QCOMPARE(role.value(u"kind"_s).toString(), u"Kubernetes"_s);
    const QJsonObject roleProperties = role.value(u"properties"_s).toObject();
    QCOMPARE(roleProperties.value(u"hostPlatform"_s).toString(), u"Linux"_s);
    QVERIFY(test::roleStorageEndpoints(role).isArray());
}

void TestDemoArm::wrongScope_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const ArmIdentity id;
    QTest::newRow("other subscription")
        << u"/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/x/providers/"
           u"Microsoft.DataBoxEdge/dataBoxEdgeDevices/x"_s
        << 404 << u"SubscriptionNotFound"_s;
    QTest::newRow("other resource group") << u"/subscriptions/"_s + id.subscriptionId
            + u"/resourceGroups/other-rg/providers/Microsoft.DataBoxEdge/dataBoxEdgeDevices/x"_s
                                          << 404 << u"ResourceGroupNotFound"_s;
    QTest::newRow("other device") << u"/subscriptions/"_s + id.subscriptionId + u"/resourceGroups/"_s
            + id.resourceGroup + u"/providers/Microsoft.DataBoxEdge/dataBoxEdgeDevices/other"_s
                                  << 404 << u"ResourceNotFound"_s;
    QTest::newRow("absent share") << m_arm->device().deviceId() + u"/shares/nosuchshare"_s << 404
                                  << u"ResourceNotFound"_s;
    QTest::newRow("unknown collection")
        << m_arm->device().deviceId() + u"/gadgets"_s << 404 << u"InvalidResourceType"_s;
}

void TestDemoArm::wrongScope()
{
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QString, code);
    const HttpResult result = get(path);
    QCOMPARE(result.status, status);
    QCOMPARE(result.json().value(u"error"_s).toObject().value(u"code"_s).toString(), code);
}

// ---- shares ---------------------------------------------------------------------------

void TestDemoArm::createShare_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("kind"); // smb, nfs, cloud
    QTest::addColumn<bool>("viaLocation");

    QTest::newRow("local SMB, Azure-AsyncOperation") << u"smbshare1"_s << u"smb"_s << false;
    QTest::newRow("local NFS, Location") << u"nfsshare1"_s << u"nfs"_s << true;
    QTest::newRow("cloud SMB, Azure-AsyncOperation") << u"cloudshare1"_s << u"cloud"_s << false;
    QTest::newRow("cloud SMB, Location") << u"cloudshare2"_s << u"cloud"_s << true;
}

void TestDemoArm::createShare()
{
    QFETCH(QString, name);
    QFETCH(QString, kind);
    QFETCH(bool, viaLocation);

    const QJsonObject body = kind == u"smb" ? smbShare()
        : kind == u"nfs"                    ? nfsShare()
                                            : cloudShare(name + u"-data"_s);
    const QString path = devicePath() + u"/shares/"_s + name;
    const HttpResult started = put(path, body);
    QCOMPARE(started.status, 202);
    QVERIFY(started.body.isEmpty());
    const QByteArray asyncUrl = started.header("Azure-AsyncOperation");
    const QByteArray location = started.header("Location");
    QVERIFY(asyncUrl.contains("/operationsStatus/"));
    QVERIFY(asyncUrl.endsWith("?api-version=2023-12-01"));
    QVERIFY(location.contains("/operationResults/"));
    QCOMPARE(started.header("Retry-After"), QByteArray("1"));
    // Not there until the operation completes.
    QCOMPARE(get(path).status, 404);

    if (viaLocation) {
        int accepted = 0;
        const HttpResult done = pollLocation(location, &accepted);
        QVERIFY(accepted >= 1);
        QCOMPARE(done.status, 200);
        QCOMPARE(done.json().value(u"name"_s).toString(), name);
    } else {
        QStringList statuses;
        const QJsonObject done = pollAsync(asyncUrl, &statuses);
        QCOMPARE(statuses.first(), u"InProgress"_s);
        QCOMPARE(done.value(u"status"_s).toString(), u"Succeeded"_s);
        QCOMPARE(done.value(u"percentComplete"_s).toInt(), 100);
        QVERIFY(done.contains(u"endTime"_s));
    }

    const HttpResult share = get(path);
    QCOMPARE(share.status, 200);
    const QJsonObject resource = share.json();
    QCOMPARE(resource.value(u"id"_s).toString(), path);
    const QJsonObject properties = resource.value(u"properties"_s).toObject();
    QCOMPARE(properties.value(u"accessProtocol"_s).toString(), kind == u"nfs" ? u"NFS"_s : u"SMB"_s);
    QCOMPARE(properties.value(u"dataPolicy"_s).toString(), kind == u"cloud" ? u"Cloud"_s : u"Local"_s);
    QVERIFY(properties.value(u"shareMappings"_s).toArray().isEmpty());
    if (kind == u"cloud")
        QCOMPARE(properties.value(u"azureContainerInfo"_s).toObject().value(u"containerName"_s).toString(),
            name + u"-data"_s);
    if (kind == u"nfs") {
        QCOMPARE(properties.value(u"clientAccessRights"_s).toArray().size(), 1);
    } else {
        // The user now has access to the share (shareAccessRights is derived, readOnly).
        const QJsonArray rights = get(devicePath() + u"/users/shareuser1"_s)
                                      .json()
                                      .value(u"properties"_s)
                                      .toObject()
                                      .value(u"shareAccessRights"_s)
                                      .toArray();
        bool found = false;
        for (const QJsonValue& right : rights)
            found = found || right.toObject().value(u"shareId"_s).toString() == path;
        QVERIFY(found);
    }
    // No PV: the share is not mounted for Edge compute.
    QVERIFY(!m_cluster->find(resourceKindByKind(u"PersistentVolume"_s), {}, name));
    removeShareDirectly(name);
}

void TestDemoArm::shareValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("messagePart");

    const auto json
        = [](const QJsonObject& object) { return QJsonDocument(object).toJson(QJsonDocument::Compact); };
    const auto edit = [&](QJsonObject share, const QString& key, const QJsonValue& value) {
        QJsonObject properties = share.value(u"properties"_s).toObject();
        if (value.isUndefined())
            properties.remove(key);
        else
            properties.insert(key, value);
        share.insert(u"properties"_s, properties);
        return share;
    };

    QTest::newRow("not JSON") << u"bad1"_s << QByteArray("{properties") << 400 << u"InvalidRequestContent"_s
                              << u"could not be deserialized"_s;
    QTest::newRow("no properties") << u"bad2"_s << json({{u"name"_s, u"x"_s}}) << 400
                                   << u"InvalidRequestContent"_s
                                   << u"Required property 'properties' not found in JSON"_s;
    QTest::newRow("no accessProtocol")
        << u"bad3"_s << json(edit(smbShare(), u"accessProtocol"_s, QJsonValue::Undefined)) << 400
        << u"InvalidRequestContent"_s
        << u"Required property 'accessProtocol' not found in JSON. Path 'properties'"_s;
    QTest::newRow("unknown protocol")
        << u"bad4"_s << json(edit(smbShare(), u"accessProtocol"_s, u"CIFS"_s)) << 400
        << u"InvalidRequestContent"_s << u"Error converting value \"CIFS\" to type 'ShareAccessProtocol'"_s;
    QTest::newRow("name starts with a hyphen")
        << u"-bad"_s << json(smbShare()) << 400 << u"InvalidShareName"_s << u"'-bad' is not valid"_s;
    QTest::newRow("name too short") << u"ab"_s << json(smbShare()) << 400 << u"InvalidShareName"_s
                                    << u"3 to 63"_s;
    QTest::newRow("double hyphen") << u"a--b"_s << json(smbShare()) << 400 << u"InvalidShareName"_s
                                   << u"hyphen"_s;
    QTest::newRow("uppercase cloud share")
        << u"CloudShare"_s << json(cloudShare(u"c1"_s)) << 400 << u"InvalidShareName"_s << u"lowercase"_s;
    QTest::newRow("SMB without users")
        << u"smbnousers"_s << json(edit(smbShare(), u"userAccessRights"_s, QJsonValue::Undefined)) << 400
        << u"UserAccessRightsRequired"_s << u"userAccessRights"_s;
    QTest::newRow("SMB with an unknown user")
        << u"smbghost"_s << json(smbShare(u"ghost"_s)) << 400 << u"UserNotFound"_s << u"/users/ghost"_s;
    QTest::newRow("NFS without clients")
        << u"nfsnoclients"_s << json(edit(nfsShare(), u"clientAccessRights"_s, QJsonValue::Undefined)) << 400
        << u"ClientAccessRightsRequired"_s << u"clientAccessRights"_s;
    QTest::newRow("NFS client not an IP") << u"nfsbadip"_s
                                          << json(edit(nfsShare(), u"clientAccessRights"_s,
                                                 QJsonArray {QJsonObject {{u"client"_s, u"host.example"_s},
                                                     {u"accessPermission"_s, u"ReadWrite"_s}}}))
                                          << 400 << u"InvalidClientAddress"_s << u"host.example"_s;
    QTest::newRow("cloud without container info")
        << u"cloudnocontainer"_s << json(edit(smbShare(), u"dataPolicy"_s, u"Cloud"_s)) << 400
        << u"AzureContainerInfoRequired"_s << u"azureContainerInfo"_s;
    QJsonObject missingSac = cloudShare(u"c2"_s);
    {
        QJsonObject properties = missingSac.value(u"properties"_s).toObject();
        QJsonObject container = properties.value(u"azureContainerInfo"_s).toObject();
        container.insert(u"storageAccountCredentialId"_s,
            m_arm->device().resourceId(DeviceCollection::StorageAccountCredentials, u"nosac"_s));
        properties.insert(u"azureContainerInfo"_s, container);
        missingSac.insert(u"properties"_s, properties);
    }
    QTest::newRow("cloud with an unknown credential")
        << u"cloudnosac"_s << json(missingSac) << 400 << u"StorageAccountCredentialNotFound"_s << u"nosac"_s;
    QTest::newRow("container used by another share")
        << u"cloudsecond"_s << json(cloudShare(u"used-container"_s)) << 409 << u"ContainerInUse"_s
        << u"cloudfirst"_s;
}

void TestDemoArm::shareValidation()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, messagePart);

    if (code == u"ContainerInUse")
        QVERIFY(!m_arm->device().putShareNow(u"cloudfirst"_s, cloudShare(u"used-container"_s)));
    const HttpResult result = m_client->request("PUT", q(devicePath() + u"/shares/"_s + name), body);
    QCOMPARE(result.status, status);
    const QJsonObject error = result.json().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toString(), code);
    QVERIFY2(error.value(u"message"_s).toString().contains(messagePart),
        qPrintable(error.value(u"message"_s).toString()));
    QCOMPARE(get(devicePath() + u"/shares/"_s + name).status, 404);
    if (code == u"ContainerInUse")
        removeShareDirectly(u"cloudfirst"_s);
}

void TestDemoArm::shareLimit()
{
    DeviceState device; // no cluster: the rule alone
    QVERIFY(!device.putUserNow(u"u1"_s, {{u"properties"_s, QJsonObject {{u"userType"_s, u"Share"_s}}}}));
    QJsonObject share = smbShare();
    QJsonObject properties = share.value(u"properties"_s).toObject();
    properties.insert(u"userAccessRights"_s,
        QJsonArray {QJsonObject {{u"userId"_s, device.resourceId(DeviceCollection::Users, u"u1"_s)},
            {u"accessType"_s, u"Read"_s}}});
    share.insert(u"properties"_s, properties);
    for (int i = 0; i < DeviceState::MaxShares; ++i)
        QVERIFY(!device.putShareNow(u"share"_s + QString::number(i), share));
    const auto refused = device.putShareNow(u"onemore"_s, share);
    QVERIFY(refused);
    QCOMPARE(refused->httpStatus, 409);
    QCOMPARE(refused->code, u"ShareLimitReached"_s);
    // Updating an existing share is not a new share.
    QVERIFY(!device.putShareNow(u"share0"_s, share));
}

void TestDemoArm::deleteShare()
{
    QVERIFY(!m_arm->device().putShareNow(u"todelete"_s, smbShare()));
    const QString path = devicePath() + u"/shares/todelete"_s;
    const HttpResult started = m_client->del(q(path));
    QCOMPARE(started.status, 202);
    QVERIFY(!started.header("Retry-After").isEmpty());
    int accepted = 0;
    const HttpResult done = pollLocation(started.header("Location"), &accepted);
    QCOMPARE(done.status, 204);
    QVERIFY(accepted >= 1);
    QCOMPARE(get(path).status, 404);
    // Deleting what is not there: 204 at once, as ARM does.
    QCOMPARE(m_client->del(q(path)).status, 204);
}

void TestDemoArm::deleteMountedShareFails_data()
{
    QTest::addColumn<bool>("viaLocation");
    QTest::newRow("Azure-AsyncOperation") << false;
    QTest::newRow("Location") << true;
}

void TestDemoArm::deleteMountedShareFails()
{
    QFETCH(bool, viaLocation);
    QVERIFY(!m_arm->device().putShareNow(u"mountedshare"_s, smbShare()));
    QVERIFY(!m_arm->device().setMountedNow(u"mountedshare"_s, true));
    const QString path = devicePath() + u"/shares/mountedshare"_s;
    const HttpResult started = m_client->del(q(path));
    QCOMPARE(started.status, 202);
    if (viaLocation) {
        const HttpResult done = pollLocation(started.header("Location"));
        QCOMPARE(done.status, 409);
        QCOMPARE(done.json().value(u"error"_s).toObject().value(u"code"_s).toString(), u"ShareInUse"_s);
    } else {
        const QJsonObject done = pollAsync(started.header("Azure-AsyncOperation"));
        QCOMPARE(done.value(u"status"_s).toString(), u"Failed"_s);
        const QJsonObject error = done.value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"ShareInUse"_s);
        QVERIFY(error.value(u"message"_s).toString().contains(u"Unmount the share"_s));
    }
    QCOMPARE(get(path).status, 200);
    QVERIFY(m_cluster->find(resourceKindByKind(u"PersistentVolume"_s), {}, u"mountedshare"_s));
    QVERIFY(!m_arm->device().setMountedNow(u"mountedshare"_s, false));
    m_controllers->settle();
    removeShareDirectly(u"mountedshare"_s);
}

void TestDemoArm::refreshCloudShare()
{
    QVERIFY(!m_arm->device().putShareNow(u"refreshme"_s, cloudShare(u"refreshme"_s)));
    const QString path = devicePath() + u"/shares/refreshme"_s;
    const HttpResult started = m_client->request("POST", q(path + u"/refresh"_s));
    QCOMPARE(started.status, 202);
    const QByteArray asyncUrl = started.header("Azure-AsyncOperation");
    const QString jobName = QUrl(QString::fromUtf8(asyncUrl)).path().section(u'/', -1);

    const QJsonObject running = get(devicePath() + u"/jobs/"_s + jobName).json();
    QCOMPARE(running.value(u"status"_s).toString(), u"Running"_s);
    const QJsonObject jobProperties = running.value(u"properties"_s).toObject();
    QCOMPARE(jobProperties.value(u"jobType"_s).toString(), u"RefreshShare"_s);
    QCOMPARE(jobProperties.value(u"refreshedEntityId"_s).toString(), path);
    const QString jobId = devicePath() + u"/jobs/"_s + jobName;
    QCOMPARE(get(path).json()["properties"_L1]["refreshDetails"_L1]["inProgressRefreshJobId"_L1].toString(),
        jobId);
    // A second refresh while one runs is refused.
    QCOMPARE(m_client->request("POST", q(path + u"/refresh"_s)).status, 409);

    QCOMPARE(pollAsync(asyncUrl).value(u"status"_s).toString(), u"Succeeded"_s);
    QCOMPARE(get(devicePath() + u"/jobs/"_s + jobName).json().value(u"status"_s).toString(), u"Succeeded"_s);
    const QJsonObject refresh = get(path).json()["properties"_L1]["refreshDetails"_L1].toObject();
    QVERIFY(!refresh.contains(u"inProgressRefreshJobId"_s));
    QCOMPARE(refresh.value(u"lastJob"_s).toString(), jobId);
    QVERIFY(!refresh.value(u"lastCompletedRefreshJobTimeInUTC"_s).toString().isEmpty());
    QCOMPARE(pollLocation(started.header("Location")).status, 204);
    removeShareDirectly(u"refreshme"_s);
}

void TestDemoArm::refreshLocalShareRefused()
{
    QVERIFY(!m_arm->device().putShareNow(u"localrefresh"_s, smbShare()));
    const HttpResult result = m_client->request("POST", q(devicePath() + u"/shares/localrefresh/refresh"_s));
    QCOMPARE(result.status, 400);
    QCOMPARE(result.json()["error"_L1]["code"_L1].toString(), u"InvalidShareOperation"_s);
    removeShareDirectly(u"localrefresh"_s);
}

void TestDemoArm::mountAndUnmount()
{
    QVERIFY(!m_arm->device().putShareNow(u"computeshare"_s, nfsShare()));
    const ResourceKind pvKind = resourceKindByKind(u"PersistentVolume"_s);
    const ResourceKind pvcKind = resourceKindByKind(u"PersistentVolumeClaim"_s);
    QVERIFY(!m_cluster->find(pvKind, {}, u"computeshare"_s));

    // Mount: the role PUT with the share among its storage endpoints.
    QJsonObject done = runOperation(
        "PUT", devicePath() + u"/roles/kubernetesRole"_s, roleWithEndpoints({u"computeshare"_s}));
    QCOMPARE(done.value(u"status"_s).toString(), u"Succeeded"_s);
    const auto pv = m_cluster->find(pvKind, {}, u"computeshare"_s);
    QVERIFY(pv);
    const QJsonObject spec = pv->value(u"spec"_s).toObject();
    QCOMPARE(spec["capacity"_L1]["storage"_L1].toString(), u"32Ti"_s);
    QCOMPARE(spec.value(u"accessModes"_s).toArray(), (QJsonArray {u"ReadWriteOnce"_s, u"ReadWriteMany"_s}));
    QCOMPARE(spec.value(u"persistentVolumeReclaimPolicy"_s).toString(), u"Retain"_s);
    QCOMPARE(spec.value(u"volumeMode"_s).toString(), u"Filesystem"_s);
    QVERIFY(!spec.contains(u"storageClassName"_s));
    QCOMPARE(spec["nfs"_L1]["path"_L1].toString(), u"/computeshare"_s);

    const QJsonObject share = get(devicePath() + u"/shares/computeshare"_s).json();
    const QJsonArray mappings = share["properties"_L1]["shareMappings"_L1].toArray();
    QCOMPARE(mappings.size(), 1);
    QCOMPARE(mappings.at(0)["mountPoint"_L1].toString(), u"/home/hcsshares/computeshare"_s);
    QCOMPARE(mappings.at(0)["roleType"_L1].toString(), u"Kubernetes"_s);
    const QJsonObject role = get(devicePath() + u"/roles/kubernetesRole"_s).json();
    const QJsonArray endpoints
        = role["properties"_L1]["kubernetesRoleResources"_L1]["storage"_L1]["endpoints"_L1].toArray();
    QCOMPARE(endpoints.size(), 1);
    QCOMPARE(endpoints.at(0)["mountPoint"_L1].toString(), u"/home/hcsshares/computeshare"_s);

    // A claim binds to it; unmounting is then refused.
    const QJsonObject claim {{u"apiVersion"_s, u"v1"_s}, {u"kind"_s, u"PersistentVolumeClaim"_s},
        {u"metadata"_s, QJsonObject {{u"name"_s, u"compute-claim"_s}, {u"namespace"_s, u"edge-apps"_s}}},
        {u"spec"_s,
            QJsonObject {{u"accessModes"_s, QJsonArray {u"ReadWriteMany"_s}}, {u"storageClassName"_s, u""_s},
                {u"volumeName"_s, u"computeshare"_s},
                {u"resources"_s, QJsonObject {{u"requests"_s, QJsonObject {{u"storage"_s, u"1Gi"_s}}}}}}}};
    QVERIFY(m_cluster->create(pvcKind, u"edge-apps"_s, claim).ok());
    m_controllers->settle();
    QCOMPARE(m_cluster->find(pvKind, {}, u"computeshare"_s)->value(u"status"_s)["phase"_L1].toString(),
        u"Bound"_s);
    done = runOperation("PUT", devicePath() + u"/roles/kubernetesRole"_s, roleWithEndpoints({}));
    QCOMPARE(done.value(u"status"_s).toString(), u"Failed"_s);
    QCOMPARE(done["error"_L1]["code"_L1].toString(), u"ShareInUse"_s);
    QVERIFY(done["error"_L1]["message"_L1].toString().contains(u"edge-apps/compute-claim"_s));
    QVERIFY(m_cluster->find(pvKind, {}, u"computeshare"_s));

    // Without the claim the unmount goes through and the PV leaves the cluster.
    QVERIFY(m_cluster->remove(pvcKind, u"edge-apps"_s, u"compute-claim"_s).ok());
    m_controllers->settle();
    QTRY_VERIFY(!m_cluster->find(pvcKind, u"edge-apps"_s, u"compute-claim"_s));
    done = runOperation("PUT", devicePath() + u"/roles/kubernetesRole"_s, roleWithEndpoints({}));
    QCOMPARE(done.value(u"status"_s).toString(), u"Succeeded"_s);
    m_controllers->settle();
    QTRY_VERIFY(!m_cluster->find(pvKind, {}, u"computeshare"_s));
    QVERIFY(get(devicePath() + u"/shares/computeshare"_s)
                .json()["properties"_L1]["shareMappings"_L1]
                .toArray()
                .isEmpty());
    removeShareDirectly(u"computeshare"_s);
}

void TestDemoArm::paging()
{
    QStringList expected {u"reader"_s, u"shareuser1"_s};
    for (int i = 0; i < 5; ++i) {
        const QString name = u"pageuser"_s + QString::number(i);
        QVERIFY(!m_arm->device().putUserNow(
            name, {{u"properties"_s, QJsonObject {{u"userType"_s, u"Share"_s}}}}));
        expected.append(name);
    }
    expected.sort(Qt::CaseInsensitive);
    m_arm->api().setPageSize(2);

    QStringList names;
    HttpResult page = get(devicePath() + u"/users"_s);
    int pages = 0;
    while (true) {
        QCOMPARE(page.status, 200);
        const QJsonObject body = page.json();
        const QJsonArray value = body.value(u"value"_s).toArray();
        QVERIFY(value.size() <= 2);
        for (const QJsonValue& user : value)
            names.append(user["name"_L1].toString());
        ++pages;
        if (!body.contains(u"nextLink"_s))
            break;
        const QByteArray next = body.value(u"nextLink"_s).toString().toUtf8();
        QVERIFY(next.startsWith(m_listener->url().toUtf8()));
        QVERIFY(next.contains("api-version=2023-12-01"));
        page = getUrl(next);
        QVERIFY(pages < 10);
    }
    QCOMPARE(pages, 4);
    QCOMPARE(names, expected);

    const HttpResult bad = m_client->get(q(devicePath() + u"/users"_s) + u"&$skipToken=garbage"_s);
    QCOMPARE(bad.status, 400);
}

void TestDemoArm::usersAndCredentials()
{
    // The device's encryption certificate, wrapped with its channel integrity key (§1.12).
    const HttpResult info
        = m_client->request("POST", q(devicePath() + u"/getExtendedInformation"_s), QByteArray());
    QCOMPARE(info.status, 200);
    const QString thumbprint = info.json()["properties"_L1]["encryptionKeyThumbprint"_L1].toString();
    QCOMPARE(thumbprint.size(), 40);
    QVERIFY(!info.json()["properties"_L1]["encryptionKey"_L1].toString().isEmpty());
    QCOMPARE(m_client->get(q(devicePath() + u"/getExtendedInformation"_s)).status, 405);

    // A secret encrypted for another certificate, or not decrypting, is refused at once.
    const auto sac = [](const QJsonObject& key) {
        return QJsonObject {{u"properties"_s,
            QJsonObject {{u"alias"_s, u"sac2"_s}, {u"userName"_s, u"contosostorage"_s},
                {u"accountKey"_s, key}, {u"sslStatus"_s, u"Disabled"_s},
                {u"accountType"_s, u"BlobStorage"_s}}}};
    };
    const QString sacPath = devicePath() + u"/storageAccountCredentials/sac2"_s;
    HttpResult refused = put(sacPath,
        sac({{u"value"_s, u"c2VjcmV0"_s}, {u"encryptionAlgorithm"_s, u"AES256"_s},
            {u"encryptionCertThumbprint"_s, u"2A9D"_s}}));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json()["error"_L1]["code"_L1].toString(), u"InvalidEncryptionCertThumbprint"_s);
    refused = put(sacPath,
        sac({{u"value"_s, u"c2VjcmV0"_s}, {u"encryptionAlgorithm"_s, u"AES256"_s},
            {u"encryptionCertThumbprint"_s, thumbprint}}));
    QCOMPARE(refused.status, 400);
    QCOMPARE(refused.json()["error"_L1]["code"_L1].toString(), u"SecretDecryptionFailed"_s);

    // A credential (its key in plain text, algorithm None: the spec's example): never echoed.
    QJsonObject done = runOperation(
        "PUT", sacPath, sac({{u"value"_s, u"c2VjcmV0"_s}, {u"encryptionAlgorithm"_s, u"None"_s}}));
    QCOMPARE(done.value(u"status"_s).toString(), u"Succeeded"_s);
    QCOMPARE(m_arm->device().receivedSecret(DeviceCollection::StorageAccountCredentials, u"sac2"_s),
        std::optional<QString>(u"c2VjcmV0"_s));
    const HttpResult read = get(sacPath);
    QCOMPARE(read.status, 200);
    QVERIFY(!read.body.contains("accountKey"));
    QVERIFY(!read.body.contains("c2VjcmV0"));
    QCOMPARE(read.json()["properties"_L1]["alias"_L1].toString(), u"sac2"_s);
    const HttpResult badSac = put(devicePath() + u"/storageAccountCredentials/sac3"_s,
        {{u"properties"_s,
            QJsonObject {{u"sslStatus"_s, u"Enabled"_s}, {u"accountType"_s, u"BlobStorage"_s}}}});
    QCOMPARE(badSac.status, 400);
    QVERIFY(badSac.json()["error"_L1]["message"_L1].toString().contains(u"'alias'"_s));

    // A user: the password is not echoed; a user with share access cannot be deleted.
    const QString userPath = devicePath() + u"/users/newuser"_s;
    done = runOperation("PUT", userPath,
        {{u"properties"_s,
            QJsonObject {{u"userType"_s, u"Share"_s},
                {u"encryptedPassword"_s,
                    QJsonObject {{u"value"_s, u"cGFzcw=="_s}, {u"encryptionAlgorithm"_s, u"None"_s}}}}}});
    QCOMPARE(done.value(u"status"_s).toString(), u"Succeeded"_s);
    const HttpResult user = get(userPath);
    QCOMPARE(user.json()["properties"_L1]["userType"_L1].toString(), u"Share"_s);
    QVERIFY(!user.body.contains("encryptedPassword"));
    QVERIFY(!m_arm->device().putShareNow(u"usershare"_s, smbShare(u"newuser"_s)));
    done = runOperation("DELETE", userPath);
    QCOMPARE(done.value(u"status"_s).toString(), u"Failed"_s);
    QCOMPARE(done["error"_L1]["code"_L1].toString(), u"UserInUse"_s);
    removeShareDirectly(u"usershare"_s);
    done = runOperation("DELETE", userPath);
    QCOMPARE(done.value(u"status"_s).toString(), u"Succeeded"_s);
    QCOMPARE(get(userPath).status, 404);
    QCOMPARE(put(devicePath() + u"/users/baduser"_s,
                 {{u"properties"_s, QJsonObject {{u"userType"_s, u"Admin"_s}}}})
                 .status,
        400);
}

// ---- sign-in ----------------------------------------------------------------------------

void TestDemoArm::deviceCodeFlow()
{
    // The service's clock is injected and stands still unless the test moves it: the second
    // poll is too soon however slow the machine, and the test moves past the poll spacing.
    auto offset = std::make_shared<qint64>(0);
    const QDateTime start = QDateTime::currentDateTimeUtc();
    m_arm->tokens().setClock([offset, start] { return start.addMSecs(*offset); });
    const QString tenant = m_arm->tokens().tenant();
    const HttpResult code = form(u"/"_s + tenant + u"/oauth2/v2.0/devicecode"_s,
        {{u"client_id"_s, u"04b07795-8ddb-461a-bbee-02f9e1bf7b46"_s},
            {u"scope"_s, u"https://management.azure.com/.default offline_access"_s}});
    QCOMPARE(code.status, 200);
    const QJsonObject issued = code.json();
    const QString deviceCode = issued.value(u"device_code"_s).toString();
    const QString userCode = issued.value(u"user_code"_s).toString();
    QVERIFY(!deviceCode.isEmpty());
    QCOMPARE(userCode.size(), 9);
    QVERIFY(issued.value(u"verification_uri"_s).toString().startsWith(m_listener->url()));
    QCOMPARE(issued.value(u"expires_in"_s).toInt(), 900);
    QCOMPARE(issued.value(u"interval"_s).toInt(), 5);
    QVERIFY(issued.value(u"message"_s).toString().contains(userCode));

    const QString tokenPath = u"/"_s + tenant + u"/oauth2/v2.0/token"_s;
    const QList<std::pair<QString, QString>> poll {
        {u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s},
        {u"client_id"_s, u"04b07795-8ddb-461a-bbee-02f9e1bf7b46"_s}, {u"device_code"_s, deviceCode}};
    HttpResult answer = form(tokenPath, poll);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json().value(u"error"_s).toString(), u"authorization_pending"_s);
    QCOMPARE(answer.json().value(u"error_codes"_s).toArray(), QJsonArray {70016});
    QVERIFY(answer.json().value(u"error_description"_s).toString().startsWith(u"AADSTS70016:"_s));
    // Polled again at once: slow_down.
    answer = form(tokenPath, poll);
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json().value(u"error"_s).toString(), u"slow_down"_s);

    // The person approves in the browser.
    QCOMPARE(form(u"/demo/oauth2/approve"_s, {{u"user_code"_s, userCode}}).status, 200);
    *offset += 150; // past the poll spacing (100 ms)
    answer = form(tokenPath, poll);
    QCOMPARE(answer.status, 200);
    const QJsonObject token = answer.json();
    QCOMPARE(token.value(u"token_type"_s).toString(), u"Bearer"_s);
    QCOMPARE(token.value(u"expires_in"_s).toInt(), 3600);
    QVERIFY(token.contains(u"refresh_token"_s));
    QCOMPARE(token.value(u"scope"_s).toString(), u"https://management.azure.com/.default"_s);
    const QString accessToken = token.value(u"access_token"_s).toString();
    QCOMPARE(accessToken.count(u'.'), 2); // JWT-shaped

    // The token opens the ARM API; the device code is spent.
    m_client->setToken(accessToken);
    QCOMPARE(get(devicePath()).status, 200);
    *offset += 150; // not refused as too soon: refused as spent
    QCOMPARE(form(tokenPath, poll).json().value(u"error"_s).toString(), u"invalid_grant"_s);
}

void TestDemoArm::deviceCodeAutoApproval()
{
    TokenService::Settings settings = m_arm->tokens().settings();
    settings.approveAfterPolls = 2;
    settings.minPollSpacingMs = 0;
    m_arm->tokens().setSettings(settings);
    const QString tenant = u"organizations"_s; // any tenant segment is served
    const QString deviceCode = form(u"/"_s + tenant + u"/oauth2/v2.0/devicecode"_s,
        {{u"client_id"_s, u"client"_s}, {u"scope"_s, u"https://management.azure.com/.default"_s}})
                                   .json()
                                   .value(u"device_code"_s)
                                   .toString();
    const QList<std::pair<QString, QString>> poll {
        {u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s}, {u"client_id"_s, u"client"_s},
        {u"device_code"_s, deviceCode}};
    const QString tokenPath = u"/"_s + tenant + u"/oauth2/v2.0/token"_s;
    QCOMPARE(form(tokenPath, poll).json().value(u"error"_s).toString(), u"authorization_pending"_s);
    QCOMPARE(form(tokenPath, poll).json().value(u"error"_s).toString(), u"authorization_pending"_s);
    const HttpResult success = form(tokenPath, poll);
    QCOMPARE(success.status, 200);
    QVERIFY(!success.json().contains(u"refresh_token"_s)); // no offline_access asked
}

void TestDemoArm::deviceCodeEnds_data()
{
    QTest::addColumn<QString>("how");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("aadsts");

    QTest::newRow("declined") << u"decline"_s << u"authorization_declined"_s << 70000;
    QTest::newRow("expired") << u"expire"_s << u"expired_token"_s << 70020;
    QTest::newRow("unknown device code") << u"unknown"_s << u"bad_verification_code"_s << 70019;
}

void TestDemoArm::deviceCodeEnds()
{
    QFETCH(QString, how);
    QFETCH(QString, error);
    QFETCH(int, aadsts);

    auto offset = std::make_shared<qint64>(0);
    m_arm->tokens().setClock([offset] { return QDateTime::currentDateTimeUtc().addSecs(*offset); });
    const QJsonObject issued
        = form(u"/common/oauth2/v2.0/devicecode"_s, {{u"client_id"_s, u"client"_s}}).json();
    if (how == u"decline")
        QCOMPARE(form(u"/demo/oauth2/decline"_s, {{u"user_code"_s, issued.value(u"user_code"_s).toString()}})
                     .status,
            200);
    if (how == u"expire")
        *offset = 901;
    const QString deviceCode
        = how == u"unknown" ? u"no-such-code"_s : issued.value(u"device_code"_s).toString();
    const HttpResult answer = form(u"/common/oauth2/v2.0/token"_s,
        {{u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s}, {u"client_id"_s, u"client"_s},
            {u"device_code"_s, deviceCode}});
    QCOMPARE(answer.status, 400);
    QCOMPARE(answer.json().value(u"error"_s).toString(), error);
    QCOMPARE(answer.json().value(u"error_codes"_s).toArray(), QJsonArray {aadsts});
}

void TestDemoArm::shortLivedTokenExpires()
{
    TokenService::Settings settings = m_arm->tokens().settings();
    settings.approveAfterPolls = 1;
    settings.minPollSpacingMs = 0;
    settings.tokenLifetime = 300ms;
    m_arm->tokens().setSettings(settings);
    const QString deviceCode = form(u"/common/oauth2/v2.0/devicecode"_s, {{u"client_id"_s, u"client"_s}})
                                   .json()
                                   .value(u"device_code"_s)
                                   .toString();
    const QList<std::pair<QString, QString>> poll {
        {u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s}, {u"client_id"_s, u"client"_s},
        {u"device_code"_s, deviceCode}};
    QCOMPARE(form(u"/common/oauth2/v2.0/token"_s, poll).status, 400);
    const HttpResult success = form(u"/common/oauth2/v2.0/token"_s, poll);
    QCOMPARE(success.status, 200);
    m_client->setToken(success.json().value(u"access_token"_s).toString());
    QCOMPARE(get(devicePath()).status, 200);
    // The service's clock moves past the token's lifetime.
    const QDateTime later = QDateTime::currentDateTimeUtc().addMSecs(400);
    m_arm->tokens().setClock([later] { return later; });
    const HttpResult expired = get(devicePath());
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.json()["error"_L1]["code"_L1].toString(), u"ExpiredAuthenticationToken"_s);
}

void TestDemoArm::refreshToken()
{
    TokenService::Settings settings = m_arm->tokens().settings();
    settings.approveAfterPolls = 1;
    settings.minPollSpacingMs = 0;
    m_arm->tokens().setSettings(settings);
    const QString deviceCode = form(u"/common/oauth2/v2.0/devicecode"_s,
        {{u"client_id"_s, u"client"_s},
            {u"scope"_s, u"https://management.azure.com/.default offline_access"_s}})
                                   .json()
                                   .value(u"device_code"_s)
                                   .toString();
    const QList<std::pair<QString, QString>> poll {
        {u"grant_type"_s, u"urn:ietf:params:oauth:grant-type:device_code"_s}, {u"client_id"_s, u"client"_s},
        {u"device_code"_s, deviceCode}};
    form(u"/common/oauth2/v2.0/token"_s, poll);
    const QString refresh
        = form(u"/common/oauth2/v2.0/token"_s, poll).json().value(u"refresh_token"_s).toString();
    QVERIFY(!refresh.isEmpty());
    const QList<std::pair<QString, QString>> renew {
        {u"grant_type"_s, u"refresh_token"_s}, {u"client_id"_s, u"client"_s}, {u"refresh_token"_s, refresh}};
    const HttpResult renewed = form(u"/common/oauth2/v2.0/token"_s, renew);
    QCOMPARE(renewed.status, 200);
    m_client->setToken(renewed.json().value(u"access_token"_s).toString());
    QCOMPARE(get(devicePath()).status, 200);
    QCOMPARE(
        form(u"/common/oauth2/v2.0/token"_s, renew).json().value(u"error"_s).toString(), u"invalid_grant"_s);
}

void TestDemoArm::injectedFaults()
{
    m_listener->setFaults({0, 1.0});
    QList<int> codes;
    for (int i = 0; i < 2; ++i) {
        const HttpResult result = get(devicePath());
        codes.append(result.status);
        const QString code = result.json()["error"_L1]["code"_L1].toString();
        if (result.status == 429) {
            QCOMPARE(code, u"TooManyRequests"_s);
            QVERIFY(!result.header("Retry-After").isEmpty());
        } else {
            QCOMPARE(result.status, 500);
            QCOMPARE(code, u"InternalServerError"_s);
        }
    }
    std::sort(codes.begin(), codes.end());
    QCOMPARE(codes, (QList<int> {429, 500}));
}

} // namespace ase::demo

QTEST_GUILESS_MAIN(ase::demo::TestDemoArm)
#include "tst_demoarm.moc"
