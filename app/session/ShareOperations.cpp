// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/session/ShareOperations.h"

#include "app/device/DeviceClient.h"
#include "app/device/SecretCipher.h"
#include "app/device/SecretStore.h"

#include <memory>

using namespace Qt::StringLiterals;

namespace ase {

ShareOperations::ShareOperations(QObject* parent)
    : QObject(parent)
{ }

ShareOperations::~ShareOperations() = default;

ArmError ShareOperations::notConnected()
{
    return ArmError::make(ArmError::Category::Config, tr("Not connected to a device."));
}

ArmError ShareOperations::canceled()
{
    return ArmError::make(
        ArmError::Category::Canceled, tr("Canceled: the connection to the device was closed."));
}

void ShareOperations::setClient(DeviceClient* client)
{
    if (client == m_client)
        return;
    m_client = client;
    m_channelIntegrityKey.clear();
    m_pending.cancelAll();
}

void ShareOperations::listShares(QObject* context, SharesCallback done)
{
    if (!m_client) {
        deliverLater(context, [done = std::move(done)] { done({}, notConnected()); });
        return;
    }
    const PendingCalls::Id id = m_pending.add(
        context, [context, done] { deliverLater(context, [done] { done({}, canceled()); }); });
    m_client->listShares(context, [this, id, done](const ArmResult& result) {
        if (m_pending.finish(id))
            done(result.ok() ? result.itemsAs<Share>() : QList<Share>(), result.error);
    });
}

void ShareOperations::mountShare(
    const QString& shareName, QObject* context, ProgressCallback progress, DoneCallback done)
{
    follow(
        [this, shareName](QObject* c, auto cb) { return m_client->mountShare(shareName, c, std::move(cb)); },
        context, std::move(progress), std::move(done));
}

void ShareOperations::unmountShare(
    const QString& shareName, QObject* context, ProgressCallback progress, DoneCallback done)
{
    follow([this, shareName](
               QObject* c, auto cb) { return m_client->unmountShare(shareName, c, std::move(cb)); },
        context, std::move(progress), std::move(done));
}

void ShareOperations::createShare(const QString& shareName, const QJsonObject& body, QObject* context,
    ProgressCallback progress, DoneCallback done)
{
    follow([this, shareName, body](
               QObject* c, auto cb) { return m_client->createShare(shareName, body, c, std::move(cb)); },
        context, std::move(progress), std::move(done));
}

void ShareOperations::deleteShare(
    const QString& shareName, QObject* context, ProgressCallback progress, DoneCallback done)
{
    follow(
        [this, shareName](QObject* c, auto cb) { return m_client->deleteShare(shareName, c, std::move(cb)); },
        context, std::move(progress), std::move(done));
}

void ShareOperations::refreshShare(
    const QString& shareName, QObject* context, ProgressCallback progress, DoneCallback done)
{
    follow([this, shareName](
               QObject* c, auto cb) { return m_client->refreshShare(shareName, c, std::move(cb)); },
        context, std::move(progress), std::move(done));
}

void ShareOperations::listUsers(QObject* context, ItemsCallback done)
{
    list([this](QObject* c, auto cb) { return m_client->listUsers(c, std::move(cb)); }, context,
        std::move(done));
}

void ShareOperations::listStorageAccountCredentials(QObject* context, ItemsCallback done)
{
    list([this](QObject* c, auto cb) { return m_client->listStorageAccountCredentials(c, std::move(cb)); },
        context, std::move(done));
}

void ShareOperations::listRoles(QObject* context, ItemsCallback done)
{
    list([this](QObject* c, auto cb) { return m_client->listRoles(c, std::move(cb)); }, context,
        std::move(done));
}

void ShareOperations::list(const Starter& start, QObject* context, ItemsCallback done)
{
    if (!m_client) {
        deliverLater(context, [done = std::move(done)] { done({}, notConnected()); });
        return;
    }
    const PendingCalls::Id id = m_pending.add(
        context, [context, done] { deliverLater(context, [done] { done({}, canceled()); }); });
    start(context, [this, id, done](const ArmResult& result) {
        if (m_pending.finish(id))
            done(result.items, result.error);
    });
}

void ShareOperations::follow(
    const Starter& start, QObject* context, ProgressCallback progress, DoneCallback done)
{
    if (!m_client) {
        deliverLater(context, [done = std::move(done)] { done(notConnected()); });
        return;
    }
    const PendingCalls::Id id
        = m_pending.add(context, [context, done] { deliverLater(context, [done] { done(canceled()); }); });
    DeviceOperation* operation = start(context, [this, id, done](const ArmResult& result) {
        if (m_pending.finish(id))
            done(result.error);
    });
    if (progress)
        connect(operation, &DeviceOperation::progress, context, std::move(progress));
}

QString ShareOperations::secretKey() const
{
    return m_client ? u"channel-integrity-key:"_s + m_client->deviceId().toLower() : QString();
}

void ShareOperations::setSecretStore(SecretStore* store)
{
    m_secretStore = store;
}

void ShareOperations::setChannelIntegrityKey(const QString& key, bool keep)
{
    m_channelIntegrityKey = key.trimmed();
    if (keep && m_secretStore && m_client)
        m_secretStore->write(secretKey(), m_channelIntegrityKey);
}

void ShareOperations::withKey(QObject* context, std::function<void(const QString& key)> done)
{
    if (!m_channelIntegrityKey.isEmpty() || !m_secretStore || !m_client) {
        deliverLater(context, [this, done = std::move(done)] { done(m_channelIntegrityKey); });
        return;
    }
    const QString key = secretKey();
    m_secretStore->read(key, context, [this, key, done = std::move(done)](const QString& stored) {
        if (m_client && secretKey() == key && m_channelIntegrityKey.isEmpty())
            m_channelIntegrityKey = stored;
        done(m_channelIntegrityKey);
    });
}

void ShareOperations::hasChannelIntegrityKey(QObject* context, std::function<void(bool known)> done)
{
    withKey(context, [done = std::move(done)](const QString& key) { done(!key.isEmpty()); });
}

void ShareOperations::encryptSecret(const QString& secret, QObject* context, SecretCallback done)
{
    if (!m_client) {
        deliverLater(context, [done = std::move(done)] { done({}, notConnected()); });
        return;
    }
    const PendingCalls::Id id = m_pending.add(
        context, [context, done] { deliverLater(context, [done] { done({}, canceled()); }); });
    withKey(context, [this, id, secret, context, done](const QString& key) {
        if (!m_pending.isPending(id))
            return;
        if (key.isEmpty() || !m_client) {
            m_pending.finish(id);
            done({},
                ArmError::make(ArmError::Category::Config,
                    tr("The device's encryption key is needed to send a password or an account key: give it "
                       "once (Azure portal: the device ▸ Device properties ▸ Encryption key).")));
            return;
        }
        m_client->getExtendedInformation(context, [this, id, secret, key, done](const ArmResult& result) {
            if (!m_pending.finish(id))
                return;
            if (!result.ok()) {
                done({}, result.error);
                return;
            }
            const QJsonObject properties = result.resource.value(u"properties"_s).toObject();
            QString problem;
            const std::optional<QByteArray> certificate = secretcipher::decryptEncryptionKey(
                properties.value(u"encryptionKey"_s).toString(), key, &problem);
            if (!certificate) {
                // Not this device's key: forget it, so that it is asked for again.
                if (m_channelIntegrityKey == key) {
                    m_channelIntegrityKey.clear();
                    if (m_secretStore && m_client)
                        m_secretStore->remove(secretKey());
                }
                done({}, ArmError::make(ArmError::Category::Config, problem));
                return;
            }
            const std::optional<QString> value = secretcipher::encryptSecret(*certificate, secret, &problem);
            if (!value) {
                done({}, ArmError::make(ArmError::Category::Config, problem));
                return;
            }
            QString thumbprint = properties.value(u"encryptionKeyThumbprint"_s).toString();
            if (thumbprint.isEmpty())
                thumbprint = secretcipher::thumbprint(*certificate);
            done(provisioning::encryptedSecret(*value, thumbprint), {});
        });
    });
}

void ShareOperations::createUser(
    const provisioning::UserDraft& user, QObject* context, ProgressCallback progress, DoneCallback done)
{
    const QString name = user.name;
    encryptSecret(user.password, context,
        [this, name, context, progress = std::move(progress), done](
            const QJsonObject& secret, const ArmError& error) {
            if (!error.ok()) {
                done(error);
                return;
            }
            const QJsonObject body = provisioning::userRequestBody(secret);
            follow([this, name, body](
                       QObject* c, auto cb) { return m_client->createUser(name, body, c, std::move(cb)); },
                context, progress, done);
        });
}

void ShareOperations::deleteUser(
    const QString& name, QObject* context, ProgressCallback progress, DoneCallback done)
{
    follow([this, name](QObject* c, auto cb) { return m_client->deleteUser(name, c, std::move(cb)); },
        context, std::move(progress), std::move(done));
}

void ShareOperations::createStorageAccountCredential(const provisioning::CredentialDraft& credential,
    QObject* context, ProgressCallback progress, DoneCallback done)
{
    encryptSecret(credential.accountKey, context,
        [this, credential, context, progress = std::move(progress), done](
            const QJsonObject& secret, const ArmError& error) {
            if (!error.ok()) {
                done(error);
                return;
            }
            const QJsonObject body = provisioning::credentialRequestBody(credential, secret);
            const QString name = credential.alias;
            follow(
                [this, name, body](QObject* c, auto cb) {
                    return m_client->createStorageAccountCredential(name, body, c, std::move(cb));
                },
                context, progress, done);
        });
}

void ShareOperations::deleteStorageAccountCredential(
    const QString& name, QObject* context, ProgressCallback progress, DoneCallback done)
{
    follow([this, name](QObject* c,
               auto cb) { return m_client->deleteStorageAccountCredential(name, c, std::move(cb)); },
        context, std::move(progress), std::move(done));
}

void ShareOperations::createShareFromDraft(const provisioning::ShareDraft& draft, QObject* context,
    StepCallback step, ProgressCallback progress, DoneCallback done)
{
    if (!m_client) {
        deliverLater(context, [done = std::move(done)] { done(notConnected()); });
        return;
    }
    // The steps as a chain: each starts the next when it succeeded.
    struct Chain
    {
        QList<std::pair<QString, std::function<void(DoneCallback)>>> steps;
        int next = 0;
    };
    auto chain = std::make_shared<Chain>();
    if (draft.cloud && draft.newCredential) {
        const provisioning::CredentialDraft credential = *draft.newCredential;
        chain->steps.append({tr("Creating storage account credential %1").arg(credential.alias),
            [this, credential, context, progress](DoneCallback next) {
                createStorageAccountCredential(credential, context, progress, std::move(next));
            }});
    }
    if (!draft.nfs && draft.newUser) {
        const provisioning::UserDraft user = *draft.newUser;
        chain->steps.append(
            {tr("Creating user %1").arg(user.name), [this, user, context, progress](DoneCallback next) {
                 createUser(user, context, progress, std::move(next));
             }});
    }
    const QString name = draft.name;
    const QJsonObject body = provisioning::shareRequestBody(draft, m_client->deviceId());
    chain->steps.append(
        {tr("Creating share %1").arg(name), [this, name, body, context, progress](DoneCallback next) {
             createShare(name, body, context, progress, std::move(next));
         }});
    if (draft.computeMount)
        chain->steps.append({tr("Mounting share %1 for Edge compute").arg(name),
            [this, name, context, progress](
                DoneCallback next) { mountShare(name, context, progress, std::move(next)); }});
    // The running chain is kept alive by the callback of the step in flight (no cycle).
    auto run = std::make_shared<std::function<void()>>();
    *run = [chain, weak = std::weak_ptr<std::function<void()>>(run), step, done]() {
        if (chain->next >= chain->steps.size()) {
            done({});
            return;
        }
        const QString title = chain->steps.at(chain->next).first;
        const auto start = chain->steps.at(chain->next).second;
        ++chain->next;
        if (step)
            step(title);
        start([self = weak.lock(), title, done](const ArmError& error) {
            if (!error.ok()) {
                ArmError failed = error;
                if (!failed.isCanceled())
                    failed.text
                        = tr("%1 failed: %2", "step: the device's message").arg(title, error.message());
                done(failed);
                return;
            }
            (*self)();
        });
    };
    (*run)();
}

} // namespace ase
