// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <functional>

namespace ase {

/// Where sign-in secrets (tokens, refresh tokens) are kept: the system keychain through
/// QtKeychain when one is available (Secret Service, KWallet, macOS Keychain, Windows
/// Credential Manager), else memory for this session only. Never a settings file, never
/// a log. Asynchronous: the keychain may ask the user to unlock it.
class SecretStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretStore)

public:
    enum class Backend { Memory, Keychain };
    using ReadCallback = std::function<void(const QString& secret)>;

    /// `Backend::Keychain` falls back to memory (and says so in statusMessage()) when no
    /// keychain service is running. `service` names the entries ("ASE Storage Manager").
    explicit SecretStore(Backend preferred = Backend::Keychain, QObject* parent = nullptr);
    ~SecretStore() override;

    Backend backend() const { return m_backend; }
    /// Where secrets go, for the connection dialog ("Tokens are kept in the system keychain."
    /// or why they are kept in memory only).
    QString statusMessage() const { return m_status; }

    /// Stores a secret; an empty secret removes it.
    void write(const QString& key, const QString& secret);
    /// Reads a secret; "" when there is none (or the keychain failed). The callback is
    /// dropped if `context` is destroyed first.
    void read(const QString& key, QObject* context, ReadCallback callback);
    void remove(const QString& key);

Q_SIGNALS:
    /// The keychain failed and the store fell back to memory; `message` says why.
    void fellBackToMemory(const QString& message);

private:
    void fallBack(const QString& reason);

    Backend m_backend = Backend::Memory;
    QString m_status;
    QHash<QString, QString> m_memory;
};

} // namespace ase
