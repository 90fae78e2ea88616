// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#include "app/device/SecretStore.h"

#include <QCoreApplication>
#include <QPointer>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace ase {

namespace {

const QString kService = u"ASE Storage Manager"_s;

} // namespace

SecretStore::SecretStore(Backend preferred, QObject* parent)
    : QObject(parent)
{
    if (preferred == Backend::Keychain && QKeychain::isAvailable()) {
        m_backend = Backend::Keychain;
        m_status = tr("Sign-in tokens are kept in the system keychain.");
    } else if (preferred == Backend::Keychain) {
        m_status = tr("No system keychain is available (no Secret Service is running), so sign-in "
                      "tokens are kept in memory only and you will have to sign in again after a "
                      "restart.");
    } else {
        m_status = tr("Sign-in tokens are kept in memory only.");
    }
}

SecretStore::~SecretStore() = default;

void SecretStore::fallBack(const QString& reason)
{
    if (m_backend == Backend::Memory)
        return;
    m_backend = Backend::Memory;
    m_status = tr("The system keychain could not be used (%1), so sign-in tokens are kept in "
                  "memory only.")
                   .arg(reason);
    Q_EMIT fellBackToMemory(m_status);
}

void SecretStore::write(const QString& key, const QString& secret)
{
    if (secret.isEmpty()) {
        remove(key);
        return;
    }
    m_memory.insert(key, secret);
    if (m_backend != Backend::Keychain)
        return;
    auto* job = new QKeychain::WritePasswordJob(kService, this);
    job->setKey(key);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job* j) {
        if (j->error() != QKeychain::NoError)
            fallBack(j->errorString());
    });
    job->start();
}

void SecretStore::read(const QString& key, QObject* context, ReadCallback callback)
{
    QPointer<QObject> guard(context);
    if (m_memory.contains(key) || m_backend != Backend::Keychain) {
        const QString value = m_memory.value(key);
        QMetaObject::invokeMethod(
            this,
            [guard, callback, value] {
                if (guard)
                    callback(value);
            },
            Qt::QueuedConnection);
        return;
    }
    auto* job = new QKeychain::ReadPasswordJob(kService, this);
    job->setKey(key);
    connect(job, &QKeychain::Job::finished, this, [this, key, guard, callback](QKeychain::Job* j) {
        auto* readJob = static_cast<QKeychain::ReadPasswordJob*>(j);
        QString value;
        if (j->error() == QKeychain::NoError) {
            value = readJob->textData();
            m_memory.insert(key, value);
        } else if (j->error() != QKeychain::EntryNotFound) {
            fallBack(j->errorString());
        }
        if (guard)
            callback(value);
    });
    job->start();
}

void SecretStore::remove(const QString& key)
{
    m_memory.remove(key);
    if (m_backend != Backend::Keychain)
        return;
    auto* job = new QKeychain::DeletePasswordJob(kService, this);
    job->setKey(key);
    job->start();
}

} // namespace ase
