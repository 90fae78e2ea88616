// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

class QSettings;

namespace ase {

/// How the app signs in to Azure Resource Manager for a device.
enum class DeviceAuthMethod {
    PastedToken, ///< a bearer token the user pasted (StaticTokenProvider)
    AzureCli, ///< `az account get-access-token` (AzCliTokenProvider)
    DeviceCode, ///< the OAuth2 device-code flow (DeviceCodeTokenProvider)
};

/// A device connection: where its ARM API is and which device it is. Holds no secret —
/// tokens live in the TokenProvider (memory or the system keychain). Saved in QSettings.
struct DeviceProfile
{
    Q_DECLARE_TR_FUNCTIONS(ase::DeviceProfile)

public:
    QUrl armEndpoint = QUrl(QStringLiteral("https://management.azure.com"));
    QString tenant; ///< Entra ID tenant (id or domain); "organizations" when empty
    QString subscriptionId;
    QString resourceGroup;
    QString deviceName;
    DeviceAuthMethod authMethod = DeviceAuthMethod::DeviceCode;
    /// The identity platform (device-code flow); empty = https://login.microsoftonline.com.
    QUrl authority;
    QString clientId; ///< empty = the Azure CLI's public client id
    /// PEM CA certificate(s) to trust for the ARM endpoint and the authority (the demo
    /// device's self-made CA); empty = the system's authorities. A certificate is not secret.
    QByteArray caCertificatesPem;
    /// The built-in demo device. Its endpoint, authority and CA change with each start (a
    /// free port, a new CA), so a saved demo profile keeps none of them: they are taken
    /// from the running demo when the profile is used (withDemoEndpoints()).
    bool demo = false;

    /// `/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.DataBoxEdge/dataBoxEdgeDevices/{name}`.
    QString deviceId() const;
    QList<QSslCertificate> caCertificates() const;
    /// What is missing or wrong, one sentence each; empty when usable.
    QStringList validate() const;
    bool isValid() const { return validate().isEmpty(); }
    /// "ase-demo-gpu (ase-demo-rg)" for lists and titles.
    QString displayName() const;
    /// The key under which this profile's tokens are kept in the keychain.
    QString secretKey() const;

    static QString authMethodName(DeviceAuthMethod method); ///< "pastedToken", "azureCli", "deviceCode"
    static DeviceAuthMethod authMethodFromName(const QString& name);

    /// Writes the profile into the current group of `settings` (no secrets).
    void save(QSettings& settings) const;
    /// Reads a profile written by save() from the current group.
    static DeviceProfile load(const QSettings& settings);

    /// Reads the demo device's device-profile JSON (armEndpoint, subscriptionId,
    /// resourceGroup, deviceName, tenant, tokenEndpoint, certificateAuthorityData, token).
    /// The token, a secret, is handed out separately in `token` and never kept in the
    /// profile; the authority comes from tokenEndpoint. Auth method: PastedToken when the
    /// file has a token, else DeviceCode. The device's channel integrity key (the demo's
    /// `channelIntegrityKey`, a secret too) is handed out the same way.
    static DeviceProfile fromDemoJson(
        const QJsonObject& json, QString* token = nullptr, QString* channelIntegrityKey = nullptr);
    /// Reads that JSON from a file; on failure returns nullopt-like (an invalid profile)
    /// and sets `error`.
    static DeviceProfile loadDemoFile(const QString& path, QString* token = nullptr, QString* error = nullptr,
        QString* channelIntegrityKey = nullptr);

    /// This profile with the running demo device's endpoint, authority and CA (from
    /// `running`, the demo's current profile); unchanged when it is not a demo profile.
    DeviceProfile withDemoEndpoints(const DeviceProfile& running) const;

    friend bool operator==(const DeviceProfile&, const DeviceProfile&) = default;
};

} // namespace ase
