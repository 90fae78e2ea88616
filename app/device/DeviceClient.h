// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "app/device/ArmError.h"
#include "app/device/ArmResult.h"
#include "app/device/DeviceProfile.h"
#include "app/device/TokenProvider.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace ase {

struct HttpAnswer;
struct LroPlan;

/// One call in progress (a GET, a paged list, a long-running write followed to its end,
/// or a mount that reads and PUTs the Kubernetes role). Owned by the DeviceClient and
/// deleted after it finished; hold it in a QPointer. Deleting the call's context object
/// aborts it without calling back.
class DeviceOperation final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceOperation)

public:
    ~DeviceOperation() override;

    /// Stops the call (and any polling); finished() follows with Category::Canceled. A
    /// write the device already accepted may still complete there (ARM has no cancel).
    void cancel();
    /// Stops the call without calling back.
    void abort();
    bool isRunning() const;
    /// The device accepted the write and the client follows it (status polls).
    bool isLongRunning() const;
    /// The last status the device reported ("InProgress", "Running", "Succeeded"...).
    QString status() const;
    /// The last percentComplete the device reported; -1 when it gave none.
    int percentComplete() const;
    /// What the call does, for a progress line: "Creating share share1"...
    QString description() const;

Q_SIGNALS:
    /// A status poll of a long-running operation answered (percentComplete -1 = unknown).
    void progress(const QString& status, int percentComplete);
    void finished(const ase::ArmResult& result);

private:
    friend class DeviceClient;
    explicit DeviceOperation(QObject* parent);
    struct Private;
    std::unique_ptr<Private> d;
};

/// The Azure Resource Manager client of one Azure Stack Edge device (provider
/// Microsoft.DataBoxEdge, api-version 2023-12-01; reference/azure-stack-edge.md §1, §4).
/// Asynchronous only, one QNetworkAccessManager per client. Every request has a timeout,
/// is owned (by its DeviceOperation, aborted with the client or the context object) and
/// ends in an ArmResult whose error carries the device's CloudError message.
///
/// - Lists follow `nextLink` to the end.
/// - Long-running writes (202/201) are followed through `Azure-AsyncOperation` (preferred)
///   or `Location`, waiting `Retry-After` between polls (else pollInterval()); PUTs read the
///   resource afterwards. Progress and cancellation through DeviceOperation.
/// - Tokens come from a TokenProvider; a 401 (InvalidAuthenticationToken,
///   ExpiredAuthenticationToken) makes it renew the token and the request is retried once.
/// - 429 and 503 answers to reads are retried after Retry-After (three times at most).
class DeviceClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceClient)

public:
    static constexpr QStringView kApiVersion = u"2023-12-01";
    using Callback = std::function<void(const ArmResult&)>;

    /// `tokens` is not owned and must outlive the client (or be its child).
    DeviceClient(const DeviceProfile& profile, TokenProvider* tokens, QObject* parent = nullptr);
    ~DeviceClient() override; ///< aborts every call still running

    const DeviceProfile& profile() const { return m_profile; }
    TokenProvider* tokenProvider() const { return m_tokens; }

    /// Timeout of each HTTP request (default 30 s).
    void setRequestTimeout(std::chrono::milliseconds timeout) { m_requestTimeout = timeout; }
    /// Wait between status polls when the device sends no Retry-After (default 5 s).
    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    std::chrono::milliseconds pollInterval() const { return m_pollInterval; }
    /// How long a long-running operation is followed before giving up (default 30 min).
    void setOperationTimeout(std::chrono::milliseconds timeout) { m_operationTimeout = timeout; }

    /// The device's ARM id (DeviceProfile::deviceId()).
    QString deviceId() const { return m_profile.deviceId(); }
    /// deviceId() + "/" + collection + "/" + name, e.g. the shareId of a share.
    QString resourceId(const QString& collection, const QString& name) const;

    // The device ---------------------------------------------------------------------------
    DeviceOperation* getDevice(QObject* context, Callback callback);

    // Shares -------------------------------------------------------------------------------
    DeviceOperation* listShares(QObject* context, Callback callback);
    DeviceOperation* getShare(const QString& name, QObject* context, Callback callback);
    /// PUT of a share: `share` is the request body (`{"properties": {...}}`); followed to
    /// the end; result.resource is the share as the device then has it.
    DeviceOperation* createShare(
        const QString& name, const QJsonObject& share, QObject* context, Callback callback);
    /// DELETE of a share, followed to the end (204 when it is already gone).
    DeviceOperation* deleteShare(const QString& name, QObject* context, Callback callback);
    /// POST shares/{name}/refresh (cloud shares): the device's Job, followed to the end.
    DeviceOperation* refreshShare(const QString& name, QObject* context, Callback callback);

    // Users, storage account credentials, roles ---------------------------------------------
    DeviceOperation* listUsers(QObject* context, Callback callback);
    DeviceOperation* listStorageAccountCredentials(QObject* context, Callback callback);
    DeviceOperation* listRoles(QObject* context, Callback callback);
    /// PUT of a user (`{"properties": {"userType": "Share", "encryptedPassword": {...}}}`),
    /// followed to the end; result.resource is the user as the device then has it.
    DeviceOperation* createUser(
        const QString& name, const QJsonObject& user, QObject* context, Callback callback);
    DeviceOperation* deleteUser(const QString& name, QObject* context, Callback callback);
    /// PUT of a storage account credential (its accountKey encrypted), followed to the end.
    DeviceOperation* createStorageAccountCredential(
        const QString& name, const QJsonObject& credential, QObject* context, Callback callback);
    DeviceOperation* deleteStorageAccountCredential(const QString& name, QObject* context, Callback callback);
    /// POST getExtendedInformation: result.resource has `properties.encryptionKey` and
    /// `encryptionKeyThumbprint` (what secrets are encrypted with, reference §1.12).
    DeviceOperation* getExtendedInformation(QObject* context, Callback callback);

    /// Mounts a share for the Kubernetes role: reads the roles, PUTs the Kubernetes role
    /// with the share's id added to `kubernetesRoleResources.storage.endpoints` (inferred
    /// from the API, reference §1.2), follows the operation; result.resource is the role.
    /// Mounting a mounted share succeeds without a write.
    DeviceOperation* mountShare(const QString& shareName, QObject* context, Callback callback);
    /// The reverse: the share's id removed from the endpoints.
    DeviceOperation* unmountShare(const QString& shareName, QObject* context, Callback callback);

    // Any path under the device -----------------------------------------------------------
    /// GET `deviceId()/<relativePath>` ("" = the device itself).
    DeviceOperation* get(const QString& relativePath, QObject* context, Callback callback);
    /// GET of a collection under the device, every page.
    DeviceOperation* list(const QString& relativePath, QObject* context, Callback callback);

Q_SIGNALS:
    /// A write to a collection ("shares", "roles"...) finished (succeeded or not): lists of
    /// it should be re-read.
    void collectionWritten(const QString& collection);

private:
    friend class DeviceOperation;
    using Next = std::function<void(ArmResult)>;

    QUrl urlFor(const QString& path) const;
    DeviceOperation* begin(const QString& description, QObject* context, Callback callback,
        std::function<void(DeviceOperation*)> first);
    void deliver(DeviceOperation* op, ArmResult result);
    /// One authenticated exchange (token, 401 refresh-and-retry, 429/503 retry for reads).
    void exchange(DeviceOperation* op, const QByteArray& method, const QUrl& url, const QByteArray& body,
        std::function<void(const HttpAnswer&, const ArmError&)> done, int attempt = 0,
        bool reauthenticated = false);
    void runGet(DeviceOperation* op, const QUrl& url, Next next);
    void runList(DeviceOperation* op, const QUrl& url, ArmResult collected, Next next);
    void runLongRunning(DeviceOperation* op, const QByteArray& method, const QUrl& url,
        const QByteArray& body, const QUrl& finalGet, Next next);
    /// The write was accepted (201/202 with a status URL): an LroPoller follows it to its end.
    void followOperation(DeviceOperation* op, const LroPlan& plan, Next finish);
    void pollLater(DeviceOperation* op, std::chrono::milliseconds delay, std::function<void()> poll);
    DeviceOperation* write(const QString& description, const QString& collection, const QByteArray& method,
        const QString& path, const QJsonObject& body, bool finalGet, QObject* context, Callback callback);
    DeviceOperation* setMounted(const QString& shareName, bool mounted, QObject* context, Callback callback);

    DeviceProfile m_profile;
    QPointer<TokenProvider> m_tokens;
    QNetworkAccessManager* m_nam = nullptr;
    std::chrono::milliseconds m_requestTimeout {30000};
    std::chrono::milliseconds m_pollInterval {5000};
    std::chrono::milliseconds m_operationTimeout {30 * 60 * 1000};
};

} // namespace ase
