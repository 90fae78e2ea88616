// SPDX-FileCopyrightText: 2026 ASE Storage Manager contributors
// SPDX-License-Identifier: MIT
// MemoryRelease::limitArenas(): threads that allocate at once share the limited arenas.
// A process of its own, since the limit must be set before any thread allocates; it exits
// with 77 (ctest's SKIP_RETURN_CODE for it) when it cannot check the limit: not glibc, or
// MALLOC_ARENA_MAX set by whoever runs it (then that value stands and is not ours).

#include "models/store/MemoryRelease.h"

#include <QCoreApplication>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cstdio>
#include <memory>
#include <vector>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;
using namespace ase;

namespace {

constexpr int kSkipped = 77;

#if defined(__GLIBC__)
/// How many arenas glibc's allocator has made so far (malloc_info() reports each heap).
int arenaCount()
{
    char* text = nullptr;
    size_t size = 0;
    FILE* stream = open_memstream(&text, &size);
    malloc_info(0, stream);
    std::fclose(stream);
    const QByteArray info(text, qsizetype(size));
    std::free(text);
    return int(info.count("<heap nr="));
}
#endif

} // namespace

class TestArenaLimit final : public QObject
{
    Q_OBJECT

public:
    explicit TestArenaLimit(int limit)
        : m_limit(limit)
    { }

private Q_SLOTS:
    void theLimitIsTheCoresOne()
    {
        QCOMPARE(m_limit, MemoryRelease::arenaLimit(QThread::idealThreadCount()));
    }

    void threadsAllocatingAtOnceShareTheArenas()
    {
#if defined(__GLIBC__)
        // Sixteen threads allocate at once, each while others hold arenas: without a limit
        // glibc makes an arena for most of them (16 here).
        constexpr int threads = 16;
        std::atomic<int> ready {0};
        std::vector<std::unique_ptr<QThread>> workers;
        for (int t = 0; t < threads; ++t) {
            workers.emplace_back(QThread::create([&ready] {
                ++ready;
                while (ready.load() < threads) { }
                for (int i = 0; i < 20000; ++i) {
                    std::vector<std::unique_ptr<char[]>> blocks;
                    for (int j = 0; j < 8; ++j)
                        blocks.emplace_back(new char[64 + j * 16]);
                }
            }));
            workers.back()->start();
        }
        for (const auto& worker : workers)
            QVERIFY(worker->wait(60000));
        QVERIFY2(
            arenaCount() <= m_limit, qPrintable(u"%1 arenas, limit %2"_s.arg(arenaCount()).arg(m_limit)));
#endif
    }

private:
    int m_limit = 0;
};

int main(int argc, char* argv[])
{
    // First, as the app's main() does, before any thread allocates.
    const int limit = MemoryRelease::limitArenas();
#if !defined(__GLIBC__)
    std::puts("SKIP: not glibc: there are no arenas to limit");
    return kSkipped;
#endif
    if (limit == 0) {
        std::puts(qEnvironmentVariableIsSet("MALLOC_ARENA_MAX")
                ? "SKIP: MALLOC_ARENA_MAX is set: the arena limit is the caller's, not limitArenas()'s"
                : "SKIP: mallopt(M_ARENA_MAX) refused the limit");
        return kSkipped;
    }
    QCoreApplication app(argc, argv);
    TestArenaLimit test(limit);
    return QTest::qExec(&test, argc, argv);
}

#include "tst_arenalimit.moc"
