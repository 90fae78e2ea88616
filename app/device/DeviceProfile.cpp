// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/device/DeviceProfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

DeviceProfile invalidProfile()
{
    DeviceProfile p;
    p.armEndpoint = QUrl();
    return p;
}

} // namespace

QString DeviceProfile::deviceId() const
{
    return u"/subscriptions/"_s + subscriptionId + u"/resourceGroups/"_s + resourceGroup
        + u"/providers/Microsoft.DataBoxEdge/dataBoxEdgeDevices/"_s + deviceName;
}

QList<QSslCertificate> DeviceProfile::caCertificates() const
{
    return caCertificatesPem.isEmpty() ? QList<QSslCertificate> {}
                                       : QSslCertificate::fromData(caCertificatesPem, QSsl::Pem);
}

QStringList DeviceProfile::validate() const
{
    QStringList problems;
    if (!armEndpoint.isValid() || armEndpoint.host().isEmpty()
        || (armEndpoint.scheme() != u"https" && armEndpoint.scheme() != u"http"))
        problems << tr("The ARM endpoint must be an https:// URL, such as https://management.azure.com.");
    if (subscriptionId.trimmed().isEmpty())
        problems << tr("The subscription id is missing.");
    if (resourceGroup.trimmed().isEmpty())
        problems << tr("The resource group is missing.");
    if (deviceName.trimmed().isEmpty())
        problems << tr("The device name is missing.");
    if (!caCertificatesPem.isEmpty() && caCertificates().isEmpty())
        problems << tr("The CA certificate is not a PEM certificate.");
    return problems;
}

QString DeviceProfile::displayName() const
{
    return resourceGroup.isEmpty() ? deviceName : tr("%1 (%2)").arg(deviceName, resourceGroup);
}

QString DeviceProfile::secretKey() const
{
    return u"device-token:"_s + armEndpoint.host() + deviceId().toLower();
}

QString DeviceProfile::authMethodName(DeviceAuthMethod method)
{
    switch (method) {
    case DeviceAuthMethod::PastedToken:
        return u"pastedToken"_s;
    case DeviceAuthMethod::AzureCli:
        return u"azureCli"_s;
    case DeviceAuthMethod::DeviceCode:
        return u"deviceCode"_s;
    }
    return {};
}

DeviceAuthMethod DeviceProfile::authMethodFromName(const QString& name)
{
    if (name == u"pastedToken")
        return DeviceAuthMethod::PastedToken;
    if (name == u"azureCli")
        return DeviceAuthMethod::AzureCli;
    return DeviceAuthMethod::DeviceCode;
}

void DeviceProfile::save(QSettings& settings) const
{
    if (demo) {
        // Nothing that changes from one start of the demo to the next.
        settings.setValue(u"demo"_s, true);
        settings.setValue(u"tenant"_s, tenant);
        settings.setValue(u"subscriptionId"_s, subscriptionId);
        settings.setValue(u"resourceGroup"_s, resourceGroup);
        settings.setValue(u"deviceName"_s, deviceName);
        settings.setValue(u"authMethod"_s, authMethodName(authMethod));
        return;
    }
    settings.setValue(u"armEndpoint"_s, armEndpoint.toString());
    settings.setValue(u"tenant"_s, tenant);
    settings.setValue(u"subscriptionId"_s, subscriptionId);
    settings.setValue(u"resourceGroup"_s, resourceGroup);
    settings.setValue(u"deviceName"_s, deviceName);
    settings.setValue(u"authMethod"_s, authMethodName(authMethod));
    settings.setValue(u"authority"_s, authority.toString());
    settings.setValue(u"clientId"_s, clientId);
    settings.setValue(u"caCertificates"_s, QString::fromLatin1(caCertificatesPem));
}

DeviceProfile DeviceProfile::load(const QSettings& settings)
{
    DeviceProfile p;
    const QString endpoint = settings.value(u"armEndpoint"_s).toString();
    if (!endpoint.isEmpty())
        p.armEndpoint = QUrl(endpoint);
    p.tenant = settings.value(u"tenant"_s).toString();
    p.subscriptionId = settings.value(u"subscriptionId"_s).toString();
    p.resourceGroup = settings.value(u"resourceGroup"_s).toString();
    p.deviceName = settings.value(u"deviceName"_s).toString();
    p.authMethod = authMethodFromName(settings.value(u"authMethod"_s).toString());
    p.authority = QUrl(settings.value(u"authority"_s).toString());
    p.clientId = settings.value(u"clientId"_s).toString();
    p.caCertificatesPem = settings.value(u"caCertificates"_s).toString().toLatin1();
    p.demo = settings.value(u"demo"_s).toBool();
    return p;
}

DeviceProfile DeviceProfile::withDemoEndpoints(const DeviceProfile& running) const
{
    if (!demo)
        return *this;
    DeviceProfile p = *this;
    p.armEndpoint = running.armEndpoint;
    p.authority = running.authority;
    p.caCertificatesPem = running.caCertificatesPem;
    return p;
}

DeviceProfile DeviceProfile::fromDemoJson(
    const QJsonObject& json, QString* token, QString* channelIntegrityKey)
{
    DeviceProfile p;
    p.armEndpoint = QUrl(json.value("armEndpoint"_L1).toString());
    p.subscriptionId = json.value("subscriptionId"_L1).toString();
    p.resourceGroup = json.value("resourceGroup"_L1).toString();
    p.deviceName = json.value("deviceName"_L1).toString();
    p.tenant = json.value("tenant"_L1).toString();
    const QByteArray ca
        = QByteArray::fromBase64(json.value("certificateAuthorityData"_L1).toString().toLatin1());
    p.caCertificatesPem = ca;
    // tokenEndpoint = {authority}/{tenant}/oauth2/v2.0/token
    const QUrl tokenEndpoint(json.value("tokenEndpoint"_L1).toString());
    if (tokenEndpoint.isValid() && !tokenEndpoint.host().isEmpty()) {
        QUrl authority = tokenEndpoint;
        QString path = authority.path();
        const qsizetype at = path.indexOf(u"/oauth2/"_s);
        if (at >= 0) {
            path.truncate(at);
            if (!p.tenant.isEmpty() && path.endsWith(u'/' + p.tenant))
                path.chop(p.tenant.size() + 1);
        }
        authority.setPath(path);
        p.authority = authority;
    }
    const QString t = json.value("token"_L1).toString();
    if (token)
        *token = t;
    if (channelIntegrityKey)
        *channelIntegrityKey = json.value("channelIntegrityKey"_L1).toString();
    p.authMethod = t.isEmpty() ? DeviceAuthMethod::DeviceCode : DeviceAuthMethod::PastedToken;
    return p;
}

DeviceProfile DeviceProfile::loadDemoFile(
    const QString& path, QString* token, QString* error, QString* channelIntegrityKey)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("The device profile %1 could not be read: %2").arg(path, file.errorString());
        return invalidProfile();
    }
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        if (error)
            *error = tr("The device profile %1 is not a JSON object: %2").arg(path, pe.errorString());
        return invalidProfile();
    }
    return fromDemoJson(doc.object(), token, channelIntegrityKey);
}

} // namespace ase
