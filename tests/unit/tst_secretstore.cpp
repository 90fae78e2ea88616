// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// SecretStore: secrets kept for the session (memory) or in the system keychain; reads are
// always asynchronous, an empty secret removes, a destroyed context drops the callback, and
// the status says where the secrets are.

#include "app/device/SecretStore.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace ase;

namespace {

/// Reads `key`, waiting for the asynchronous answer ("<no answer>" when none came).
QString readAndWait(SecretStore& store, const QString& key)
{
    std::optional<QString> value;
    QObject context;
    store.read(key, &context, [&value](const QString& secret) { value = secret; });
    if (value)
        qFatal("SecretStore::read answered synchronously");
    if (!QTest::qWaitFor([&value] { return value.has_value(); }, 10000))
        return u"<no answer>"_s;
    return *value;
}

} // namespace

class TestSecretStore final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void memoryRoundTrip();
    void emptySecretRemoves();
    void destroyedContextGetsNothing();
    void statusSaysWhereSecretsGo();
};

void TestSecretStore::memoryRoundTrip()
{
    SecretStore store(SecretStore::Backend::Memory);
    QCOMPARE(store.backend(), SecretStore::Backend::Memory);
    QCOMPARE(readAndWait(store, u"device/ase-demo"_s), QString()); // nothing yet: ""
    store.write(u"device/ase-demo"_s, uR"({"accessToken":"t1","refreshToken":"r1"})"_s);
    store.write(u"device/other"_s, u"t2"_s);
    QCOMPARE(readAndWait(store, u"device/ase-demo"_s), uR"({"accessToken":"t1","refreshToken":"r1"})"_s);
    QCOMPARE(readAndWait(store, u"device/other"_s), u"t2"_s);
    store.write(u"device/other"_s, u"t3"_s); // replaced
    QCOMPARE(readAndWait(store, u"device/other"_s), u"t3"_s);
    // Another store (the next session, memory only) knows nothing of them.
    SecretStore next(SecretStore::Backend::Memory);
    QCOMPARE(readAndWait(next, u"device/other"_s), QString());
}

void TestSecretStore::emptySecretRemoves()
{
    SecretStore store(SecretStore::Backend::Memory);
    store.write(u"k"_s, u"secret"_s);
    QCOMPARE(readAndWait(store, u"k"_s), u"secret"_s);
    store.write(u"k"_s, QString());
    QCOMPARE(readAndWait(store, u"k"_s), QString());
    store.write(u"k"_s, u"again"_s);
    store.remove(u"k"_s);
    QCOMPARE(readAndWait(store, u"k"_s), QString());
}

void TestSecretStore::destroyedContextGetsNothing()
{
    SecretStore store(SecretStore::Backend::Memory);
    store.write(u"k"_s, u"secret"_s);
    bool called = false;
    {
        auto context = std::make_unique<QObject>();
        store.read(u"k"_s, context.get(), [&called](const QString&) { called = true; });
    }
    // A read after it, answered in order, proves the first one's turn has come and gone.
    QCOMPARE(readAndWait(store, u"k"_s), u"secret"_s);
    QVERIFY(!called);
}

void TestSecretStore::statusSaysWhereSecretsGo()
{
    SecretStore memory(SecretStore::Backend::Memory);
    QCOMPARE(memory.statusMessage(), u"Sign-in tokens are kept in memory only."_s);

    // The keychain when the system has one; else memory, saying why and what it means.
    SecretStore preferred(SecretStore::Backend::Keychain);
    if (preferred.backend() == SecretStore::Backend::Keychain) {
        QCOMPARE(preferred.statusMessage(), u"Sign-in tokens are kept in the system keychain."_s);
    } else {
        QVERIFY2(preferred.statusMessage().contains(u"No system keychain is available"_s),
            qPrintable(preferred.statusMessage()));
        QVERIFY(preferred.statusMessage().contains(u"sign in again after a restart"_s));
        // And it works, from memory.
        preferred.write(u"k"_s, u"v"_s);
        QCOMPARE(readAndWait(preferred, u"k"_s), u"v"_s);
    }
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
