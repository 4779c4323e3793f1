// A writer process killed with SIGKILL in the middle of saving a model version leaves the
// registry readable, with every version it reported saved intact, bit for bit.
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <vector>

#include <QDeadlineTimer>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include "store/model_registry.h"
#include "store/sqlite_database.h"

#include "registry_test_support.h"

#ifndef REGISTRY_WRITER_CHILD_PATH
#error "REGISTRY_WRITER_CHILD_PATH must name the registry_writer_child executable"
#endif

using namespace cohort::engine;

namespace
{

// Must match weightFor() in registry_writer_child.cpp.
std::vector<float> expectedWriterWeights(std::int64_t sequence)
{
    std::vector<float> weights(2'000'000);
    for (std::size_t i = 0; i < weights.size(); ++i)
    {
        const std::uint64_t mixed = static_cast<std::uint64_t>(i) * 2654435761u
                                    + static_cast<std::uint64_t>(sequence) * 97u;
        weights[i] = static_cast<float>(mixed & 0xFFFFFFu);
    }
    return weights;
}

} // namespace

class RegistryKillTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLeavesEarlierVersionsIntact();

private:
    QTemporaryDir m_dir;
};

void RegistryKillTest::killedWriterLeavesEarlierVersionsIntact()
{
    const std::string dbPath = m_dir.filePath(QStringLiteral("registry/cohort.db")).toStdString();
    QProcess child;
    const auto killChild = qScopeGuard(
        [&child]
        {
            child.kill();
            child.waitForFinished(10000);
        });
    child.start(QStringLiteral(REGISTRY_WRITER_CHILD_PATH), {QString::fromStdString(dbPath)});
    QVERIFY2(child.waitForStarted(10000), qPrintable(child.errorString()));

    // "saving <k>" announces a save, "saved <id>" follows its commit.
    std::vector<std::int64_t> savedIds;
    bool saving = false;
    const auto readLines = [&]
    {
        while (child.canReadLine())
        {
            const QByteArray line = child.readLine().trimmed();
            saving = line.startsWith("saving ");
            if (line.startsWith("saved "))
                savedIds.push_back(line.mid(6).toLongLong());
        }
    };
    const QDeadlineTimer deadline(60000);
    while (!(savedIds.size() >= 3 && saving) && !deadline.hasExpired()
           && child.waitForReadyRead(static_cast<int>(deadline.remainingTime())))
        readLines();
    QVERIFY2(savedIds.size() >= 3 && saving, child.readAllStandardError().constData());

    // Killed as soon as it announces a save, the writer is in the middle of inserting 8 MB.
    child.kill();
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    readLines();

    Result<ModelRegistry> opened = ModelRegistry::open(dbPath);
    VERIFY_OK(opened);
    std::optional<ModelRegistry> registry(std::move(opened).value());
    std::optional<std::int64_t> previous;
    for (std::size_t k = 0; k < savedIds.size(); ++k)
    {
        const Result<ModelVersionRecord> version = registry->loadVersion(savedIds[k]);
        VERIFY_OK(version);
        const auto sequence = static_cast<std::int64_t>(k + 1);
        QCOMPARE(version->name, "writer " + std::to_string(sequence));
        QCOMPARE(version->parentId, previous);
        QVERIFY2(sameBits(version->weights, expectedWriterWeights(sequence)),
                 qPrintable(QStringLiteral("weights of version %1 differ").arg(savedIds[k])));
        previous = savedIds[k];
    }
    const auto listed = registry->listVersions();
    VERIFY_OK(listed);
    // The save in flight may have committed just before the kill, without being reported.
    QVERIFY(listed->size() == savedIds.size() || listed->size() == savedIds.size() + 1);
    QCOMPARE(listed->at(listed->size() - savedIds.size()).id, savedIds.back());
    ModelVersionRecord after;
    after.name = "after crash";
    after.weights = {1.0f};
    QVERIFY(registry->saveVersion(after).ok());
    registry.reset();
    QCOMPARE(singleText(dbPath, "PRAGMA integrity_check"), std::string("ok"));
}

QTEST_GUILESS_MAIN(RegistryKillTest)

#include "registry_kill_test.moc"
