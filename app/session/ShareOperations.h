// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/device/ArmError.h"
#include "app/session/PendingCalls.h"
#include "models/provisioning/ShareDraft.h"
#include "models/resources/Share.h"

#include <QPointer>

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace ase {

class DeviceClient;
class DeviceOperation;
class SecretStore;
struct ArmResult;

/// The device's one-shot share operations of a Session: list, mount and unmount for Edge
/// compute. One DeviceClient at a time, set by the Session.
///
/// Every call is asynchronous and ends with exactly one done callback, after the call
/// returned: no device connected → an ArmError of Category::Config; the connection dropped
/// or replaced meanwhile → Category::Canceled. No callback is made when `context` (not
/// null) is destroyed first (the operation is then aborted).
class ShareOperations final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShareOperations)

public:
    /// A status poll of a long-running operation answered ("InProgress"...; percent -1 =
    /// the device gave none).
    using ProgressCallback = std::function<void(const QString& status, int percentComplete)>;
    using DoneCallback = std::function<void(const ArmError& error)>;
    using SharesCallback = std::function<void(const QList<Share>& shares, const ArmError& error)>;

    explicit ShareOperations(QObject* parent = nullptr);
    ~ShareOperations() override;

    bool isConnected() const { return m_client != nullptr; }

    /// Every share of the device (all pages).
    void listShares(QObject* context, SharesCallback done);
    /// "Use the share with Edge compute": the device mounts it on its Kubernetes role and
    /// makes a PersistentVolume named after it. Long-running (the device's operation is
    /// followed to its end); `progress` may be empty. Mounting a mounted share succeeds.
    void mountShare(const QString& shareName, QObject* context, ProgressCallback progress, DoneCallback done);
    /// The reverse of mountShare(): the share leaves the Kubernetes role (and its PV goes).
    void unmountShare(
        const QString& shareName, QObject* context, ProgressCallback progress, DoneCallback done);
    /// PUT of a share (`body` is `{"properties": {...}}`), followed to its end.
    void createShare(const QString& shareName, const QJsonObject& body, QObject* context,
        ProgressCallback progress, DoneCallback done);
    /// DELETE of a share, followed to its end.
    void deleteShare(
        const QString& shareName, QObject* context, ProgressCallback progress, DoneCallback done);
    /// Refresh of a cloud share (the device's job), followed to its end.
    void refreshShare(
        const QString& shareName, QObject* context, ProgressCallback progress, DoneCallback done);
    /// The device's users and storage account credentials (what a new share refers to).
    using ItemsCallback = std::function<void(const QList<QJsonObject>& items, const ArmError& error)>;
    void listUsers(QObject* context, ItemsCallback done);
    void listStorageAccountCredentials(QObject* context, ItemsCallback done);
    /// The device's roles (a Kubernetes role means Edge compute is configured).
    void listRoles(QObject* context, ItemsCallback done);

    // ---- secrets (reference §1.12) -----------------------------------------------------
    /// Where the devices' channel integrity keys are kept (the system keychain), by device
    /// id; not owned. Without one, keys live in memory for the session only.
    void setSecretStore(SecretStore* store);
    /// The connected device's channel integrity key ("encryption key" in the Azure portal),
    /// given once: kept for the session and in the secret store. Cleared when the device
    /// connection changes (it is read again from the store). `keep` false: this session
    /// only (the demo's key, a key from a profile file).
    void setChannelIntegrityKey(const QString& key, bool keep = true);
    /// Whether a key is known for the connected device; `done(true)` after looking in the
    /// secret store too.
    void hasChannelIntegrityKey(QObject* context, std::function<void(bool known)> done);
    /// The secret encrypted for the connected device: getExtendedInformation, the
    /// certificate decrypted with the channel integrity key, RSA PKCS#1 v1.5. The result is
    /// an AsymmetricEncryptedSecret. Category::Config when no key is known or it does not
    /// match the device (the message says what to do).
    using SecretCallback = std::function<void(const QJsonObject& encrypted, const ArmError& error)>;
    void encryptSecret(const QString& secret, QObject* context, SecretCallback done);

    // ---- users and storage account credentials (long-running) ---------------------------
    void createUser(
        const provisioning::UserDraft& user, QObject* context, ProgressCallback progress, DoneCallback done);
    void deleteUser(const QString& name, QObject* context, ProgressCallback progress, DoneCallback done);
    void createStorageAccountCredential(const provisioning::CredentialDraft& credential, QObject* context,
        ProgressCallback progress, DoneCallback done);
    void deleteStorageAccountCredential(
        const QString& name, QObject* context, ProgressCallback progress, DoneCallback done);

    /// Everything a share draft asks for, in order: its new storage account credential, its
    /// new user, the share, and its mount for Edge compute. `step` names each step as it
    /// starts ("Creating user alice"); progress as in the others. Stops at the first
    /// failure; `done` says which step failed in its message.
    using StepCallback = std::function<void(const QString& step)>;
    void createShareFromDraft(const provisioning::ShareDraft& draft, QObject* context, StepCallback step,
        ProgressCallback progress, DoneCallback done);

private:
    friend class Session;

    /// The Session's client (null: not connected). Ends the calls pending on the previous one.
    void setClient(DeviceClient* client);
    using Starter
        = std::function<DeviceOperation*(QObject* context, std::function<void(const ArmResult&)> callback)>;
    /// Starts a long-running call and follows it: progress forwarded, one done callback.
    void follow(const Starter& start, QObject* context, ProgressCallback progress, DoneCallback done);
    void list(const Starter& start, QObject* context, ItemsCallback done);
    static ArmError notConnected();
    static ArmError canceled();

    QString secretKey() const;
    void withKey(QObject* context, std::function<void(const QString& key)> done);

    DeviceClient* m_client = nullptr;
    PendingCalls m_pending;
    QPointer<SecretStore> m_secretStore;
    QString m_channelIntegrityKey; ///< of the connected device, once known
};

} // namespace ase
