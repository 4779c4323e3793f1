// Tests for ModelRegistry: record round trips, version listing and lineage, refused files,
// and schema versioning. The kill test is in registry_kill_test.cpp.
#include <bit>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <QFile>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include "store/model_registry.h"
#include "store/sqlite_database.h"

#include "registry_test_support.h"

using namespace cohort::engine;

Q_DECLARE_METATYPE(cohort::engine::ModelOrigin)
Q_DECLARE_METATYPE(std::vector<float>)

namespace QTest
{
template <> inline char *toString(const std::string &text)
{
    return qstrdup(text.c_str());
}
} // namespace QTest

namespace
{

bool isIsoTimestamp(const std::string &text)
{
    static const QRegularExpression pattern(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$)"));
    return pattern.match(QString::fromStdString(text)).hasMatch();
}

ModelVersionRecord makeVersion(const std::string &name, std::vector<float> weights,
                               std::optional<std::int64_t> parentId = {})
{
    ModelVersionRecord version;
    version.name = name;
    version.parentId = parentId;
    version.specJson = R"({"layers":[4,2]})";
    version.metricsJson = R"({"accuracy":0.5})";
    version.weights = std::move(weights);
    return version;
}

} // namespace

class ModelRegistryTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void modelOriginStrings();
    void datasetRoundTrip();
    void trainingRunRoundTrip();
    void epochMetricsRoundTrip();
    void runErrorsAreReported();
    void versionRoundTrip_data();
    void versionRoundTrip();
    void listVersionsNewestFirst();
    void latestVersionFiltersByOrigin();
    void parentChainIsFollowed();
    void unknownVersionIsNotFound();
    void unknownReferenceRejectedAndNothingWritten_data();
    void unknownReferenceRejectedAndNothingWritten();
    void failedSaveRollsBack();
    void reopenKeepsEverything();
    void movedRegistryKeepsWorking();
    void schemaVersionIsRecorded();
    void newerSchemaIsRefused();
    void nonDatabaseFileIsRefused_data();
    void nonDatabaseFileIsRefused();
    void foreignSqliteDatabaseIsRefused();
    void defaultPathHonoursXdgDataHome();

private:
    void reopen();

    QTemporaryDir m_dir;
    int m_caseNumber = 0;
    std::string m_dbPath;
    std::optional<ModelRegistry> m_registry;
};

void ModelRegistryTest::init()
{
    QVERIFY(m_dir.isValid());
    // A fresh file per test, two folders deep so that open() has to create them.
    ++m_caseNumber;
    m_dbPath =
        m_dir.filePath(QStringLiteral("case%1/registry/cohort.db").arg(m_caseNumber)).toStdString();
    reopen();
}

void ModelRegistryTest::cleanup()
{
    m_registry.reset();
}

// Opens m_dbPath again; callers check m_registry, since a failure here only ends reopen().
void ModelRegistryTest::reopen()
{
    m_registry.reset();
    Result<ModelRegistry> opened = ModelRegistry::open(m_dbPath);
    VERIFY_OK(opened);
    m_registry.emplace(std::move(opened).value());
}

void ModelRegistryTest::modelOriginStrings()
{
    for (const auto &[origin, text] : {std::pair{ModelOrigin::Local, "local"},
                                       std::pair{ModelOrigin::Centralized, "centralized"},
                                       std::pair{ModelOrigin::Federated, "federated"}})
    {
        QCOMPARE(toString(origin), std::string(text));
        const Result<ModelOrigin> parsed = modelOriginFromString(text);
        QVERIFY(parsed.ok());
        QCOMPARE(toString(parsed.value()), toString(origin));
    }
    for (const std::string text : {"", "Local", "remote"})
    {
        const Result<ModelOrigin> parsed = modelOriginFromString(text);
        QVERIFY(!parsed.ok());
        QVERIFY(parsed.error().code == ErrorCode::InvalidInput);
    }
}

void ModelRegistryTest::datasetRoundTrip()
{
    const DatasetRecord dataset{
        0, "vitals", "/data/vitals.csv", "sha256:abc", R"({"columns":["hr"]})", 1234, ""};
    const Result<std::int64_t> id = m_registry->addDataset(dataset);
    VERIFY_OK(id);

    const auto found = m_registry->findDatasetByHash("sha256:abc");
    VERIFY_OK(found);
    QVERIFY(found.value().has_value());
    const DatasetRecord &stored = *found.value();
    QCOMPARE(stored.id, id.value());
    QCOMPARE(stored.name, dataset.name);
    QCOMPARE(stored.path, dataset.path);
    QCOMPARE(stored.contentHash, dataset.contentHash);
    QCOMPARE(stored.schemaJson, dataset.schemaJson);
    QCOMPARE(stored.rows, dataset.rows);
    QVERIFY2(isIsoTimestamp(stored.createdAt), stored.createdAt.c_str());

    const auto missing = m_registry->findDatasetByHash("sha256:unknown");
    QVERIFY(missing.ok());
    QVERIFY(!missing.value().has_value());
}

void ModelRegistryTest::trainingRunRoundTrip()
{
    const auto datasetId = m_registry->addDataset({0, "d", "/d.csv", "h", "{}", 3, ""});
    QVERIFY(datasetId.ok());
    TrainingRunRecord run;
    run.datasetId = datasetId.value();
    run.configJson = R"({"epochs":3,"learningRate":0.01})";
    const Result<std::int64_t> runId = m_registry->startRun(run);
    VERIFY_OK(runId);

    Result<TrainingRunRecord> stored = m_registry->loadRun(runId.value());
    VERIFY_OK(stored);
    QCOMPARE(stored->id, runId.value());
    QCOMPARE(stored->datasetId, run.datasetId);
    QCOMPARE(stored->configJson, run.configJson);
    QCOMPARE(stored->status, std::string("running"));
    QVERIFY(isIsoTimestamp(stored->startedAt));
    QVERIFY(stored->endedAt.empty());

    const Result<void> finished = m_registry->finishRun(runId.value(), "cancelled");
    VERIFY_OK(finished);
    stored = m_registry->loadRun(runId.value());
    QVERIFY(stored.ok());
    QCOMPARE(stored->status, std::string("cancelled"));
    QVERIFY(isIsoTimestamp(stored->endedAt));
}

void ModelRegistryTest::epochMetricsRoundTrip()
{
    const auto runId = m_registry->startRun({});
    QVERIFY(runId.ok());
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    const std::vector<EpochMetricRecord> added = {{runId.value(), 2, 0.5, 0.25, 0.75, 0.8},
                                                  {runId.value(), 1, 0.9, nan, 0.6, 0.1},
                                                  {runId.value(), 3, inf, 1e-300, 1, 0}};
    for (const EpochMetricRecord &metric : added)
        QVERIFY(m_registry->addEpochMetric(metric).ok());

    const auto metrics = m_registry->epochMetrics(runId.value());
    VERIFY_OK(metrics);
    QCOMPARE(metrics->size(), std::size_t(3));
    for (std::size_t i = 0; i < 3; ++i)
    {
        const EpochMetricRecord &stored = metrics.value()[i];
        const EpochMetricRecord &expected = added[i == 0 ? 1 : i == 1 ? 0 : 2];
        QCOMPARE(stored.runId, runId.value());
        QCOMPARE(stored.epoch, static_cast<int>(i + 1));
        QCOMPARE(stored.trainLoss, expected.trainLoss);
        QCOMPARE(std::isnan(stored.validationLoss), std::isnan(expected.validationLoss));
        if (!std::isnan(expected.validationLoss))
            QCOMPARE(stored.validationLoss, expected.validationLoss);
        QCOMPARE(stored.trainAccuracy, expected.trainAccuracy);
        QCOMPARE(stored.validationAccuracy, expected.validationAccuracy);
    }
}

void ModelRegistryTest::runErrorsAreReported()
{
    TrainingRunRecord orphan;
    orphan.datasetId = 77;
    const auto orphanRun = m_registry->startRun(orphan);
    QVERIFY(!orphanRun.ok());
    QVERIFY(orphanRun.error().code == ErrorCode::NotFound);

    QVERIFY(m_registry->addEpochMetric({99, 1, 0, 0, 0, 0}).error().code == ErrorCode::NotFound);
    QVERIFY(m_registry->epochMetrics(99).error().code == ErrorCode::NotFound);
    QVERIFY(m_registry->loadRun(99).error().code == ErrorCode::NotFound);
    QVERIFY(m_registry->finishRun(99, "finished").error().code == ErrorCode::NotFound);

    const auto runId = m_registry->startRun({});
    QVERIFY(runId.ok());
    QVERIFY(m_registry->addEpochMetric({runId.value(), 1, 0.5, 0.5, 0.5, 0.5}).ok());
    const Result<void> duplicate = m_registry->addEpochMetric({runId.value(), 1, 9, 9, 9, 9});
    QVERIFY(duplicate.error().code == ErrorCode::InvalidInput);
    QCOMPARE(m_registry->epochMetrics(runId.value()).value().at(0).trainLoss, 0.5);

    QVERIFY(m_registry->finishRun(runId.value(), "done").error().code == ErrorCode::InvalidInput);
    QVERIFY(m_registry->finishRun(runId.value(), "finished").ok());
    const Result<void> again = m_registry->finishRun(runId.value(), "failed");
    QVERIFY(again.error().code == ErrorCode::InvalidInput);
    QCOMPARE(m_registry->loadRun(runId.value()).value().status, std::string("finished"));
}

void ModelRegistryTest::versionRoundTrip_data()
{
    QTest::addColumn<ModelOrigin>("origin");
    QTest::addColumn<bool>("linked");
    QTest::addColumn<std::vector<float>>("weights");

    using Limits = std::numeric_limits<float>;
    const std::vector<float> special = {-0.0f,
                                        Limits::infinity(),
                                        -Limits::infinity(),
                                        std::bit_cast<float>(0x7fc12345u), // quiet NaN, payload
                                        std::bit_cast<float>(0x7f800001u), // signalling NaN
                                        Limits::denorm_min(),
                                        Limits::max(),
                                        Limits::lowest()};
    QTest::newRow("local, no links")
        << ModelOrigin::Local << false << std::vector<float>{0.5f, -1.25f, 3.0f};
    QTest::newRow("centralized, empty weights")
        << ModelOrigin::Centralized << false << std::vector<float>{};
    QTest::newRow("federated with round, run and dataset")
        << ModelOrigin::Federated << true << std::vector<float>{1e-3f, 2e7f, -4.5f, 0.1f};
    QTest::newRow("special floats") << ModelOrigin::Local << false << special;
}

void ModelRegistryTest::versionRoundTrip()
{
    QFETCH(ModelOrigin, origin);
    QFETCH(bool, linked);
    QFETCH(std::vector<float>, weights);

    ModelVersionRecord version = makeVersion("fitness site_1 \xc3\xbc \"quoted\"", weights);
    version.origin = origin;
    version.preprocessingJson = R"({"scale":[1,2]})";
    if (linked)
    {
        const auto datasetId = m_registry->addDataset({0, "d", "/d.csv", "h", "{}", 1, ""});
        const auto runId = m_registry->startRun({});
        QVERIFY(datasetId.ok() && runId.ok());
        version.datasetId = datasetId.value();
        version.runId = runId.value();
        version.round = 7;
    }
    const Result<std::int64_t> id = m_registry->saveVersion(version);
    VERIFY_OK(id);

    const Result<ModelVersionRecord> stored = m_registry->loadVersion(id.value());
    VERIFY_OK(stored);
    QCOMPARE(stored->id, id.value());
    QCOMPARE(stored->parentId, version.parentId);
    QCOMPARE(toString(stored->origin), toString(origin));
    QCOMPARE(stored->round, version.round);
    QCOMPARE(stored->runId, version.runId);
    QCOMPARE(stored->datasetId, version.datasetId);
    QCOMPARE(stored->name, version.name);
    QCOMPARE(stored->specJson, version.specJson);
    QCOMPARE(stored->preprocessingJson, version.preprocessingJson);
    QCOMPARE(stored->metricsJson, version.metricsJson);
    QVERIFY(sameBits(stored->weights, weights));
    QVERIFY2(isIsoTimestamp(stored->createdAt), stored->createdAt.c_str());
}

void ModelRegistryTest::listVersionsNewestFirst()
{
    const auto first = m_registry->saveVersion(makeVersion("first", {1.0f}));
    VERIFY_OK(first);
    const auto second = m_registry->saveVersion(makeVersion("second", {1, 2, 3}, first.value()));
    VERIFY_OK(second);
    ModelVersionRecord federated = makeVersion("third", {}, second.value());
    federated.origin = ModelOrigin::Federated;
    federated.round = 4;
    const auto third = m_registry->saveVersion(federated);
    VERIFY_OK(third);

    const auto listed = m_registry->listVersions();
    VERIFY_OK(listed);
    QCOMPARE(listed->size(), std::size_t(3));
    const std::vector<ModelVersionSummary> &rows = listed.value();
    QCOMPARE(rows[0].id, third.value());
    QCOMPARE(rows[1].id, second.value());
    QCOMPARE(rows[2].id, first.value());
    QCOMPARE(rows[0].name, std::string("third"));
    QCOMPARE(toString(rows[0].origin), std::string("federated"));
    QCOMPARE(rows[0].round, std::optional<int>(4));
    QCOMPARE(rows[0].parentId, std::optional<std::int64_t>(second.value()));
    QCOMPARE(rows[0].parameterCount, std::int64_t(0));
    QCOMPARE(rows[1].parameterCount, std::int64_t(3));
    QCOMPARE(rows[2].parentId, std::optional<std::int64_t>());
    QCOMPARE(rows[2].metricsJson, std::string(R"({"accuracy":0.5})"));
    QVERIFY(isIsoTimestamp(rows[2].createdAt));
}

void ModelRegistryTest::latestVersionFiltersByOrigin()
{
    const auto none = m_registry->latestVersion();
    QVERIFY(none.ok() && !none.value().has_value());

    ModelVersionRecord federated = makeVersion("federated", {2.0f});
    federated.origin = ModelOrigin::Federated;
    const auto localId = m_registry->saveVersion(makeVersion("local", {1.0f}));
    const auto federatedId = m_registry->saveVersion(federated);
    const auto newestId = m_registry->saveVersion(makeVersion("local again", {3.0f}));
    QVERIFY(localId.ok() && federatedId.ok() && newestId.ok());

    const auto newest = m_registry->latestVersion();
    QVERIFY(newest.ok() && newest.value().has_value());
    QCOMPARE(newest.value()->id, newestId.value());
    QVERIFY(sameBits(newest.value()->weights, {3.0f}));
    const auto latestFederated = m_registry->latestVersion(ModelOrigin::Federated);
    QVERIFY(latestFederated.ok() && latestFederated.value().has_value());
    QCOMPARE(latestFederated.value()->id, federatedId.value());
    const auto centralized = m_registry->latestVersion(ModelOrigin::Centralized);
    QVERIFY(centralized.ok() && !centralized.value().has_value());
}

void ModelRegistryTest::parentChainIsFollowed()
{
    const auto root = m_registry->saveVersion(makeVersion("root", {1}));
    VERIFY_OK(root);
    const auto child = m_registry->saveVersion(makeVersion("child", {2}, root.value()));
    VERIFY_OK(child);
    const auto grandchild = m_registry->saveVersion(makeVersion("grandchild", {3}, child.value()));
    VERIFY_OK(grandchild);

    std::vector<std::string> lineage;
    std::optional<std::int64_t> next = grandchild.value();
    while (next && lineage.size() < 10)
    {
        const Result<ModelVersionRecord> version = m_registry->loadVersion(*next);
        VERIFY_OK(version);
        lineage.push_back(version->name);
        next = version->parentId;
    }
    QCOMPARE(lineage, (std::vector<std::string>{"grandchild", "child", "root"}));
}

void ModelRegistryTest::unknownVersionIsNotFound()
{
    QVERIFY(m_registry->saveVersion(makeVersion("only", {1})).ok());
    const Result<ModelVersionRecord> missing = m_registry->loadVersion(42);
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().code == ErrorCode::NotFound);
    QCOMPARE(missing.error().message, std::string("model version 42 does not exist"));
    QCOMPARE(missing.error().file, m_dbPath);
}

void ModelRegistryTest::unknownReferenceRejectedAndNothingWritten_data()
{
    QTest::addColumn<int>("reference");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown parent") << 0 << "parent model version 999 does not exist";
    QTest::newRow("unknown run") << 1 << "training run 999 does not exist";
    QTest::newRow("unknown dataset") << 2 << "dataset 999 does not exist";
}

void ModelRegistryTest::unknownReferenceRejectedAndNothingWritten()
{
    QFETCH(int, reference);
    QFETCH(QString, message);
    const auto kept = m_registry->saveVersion(makeVersion("kept", {1, 2}));
    VERIFY_OK(kept);

    ModelVersionRecord version = makeVersion("dangling", {5, 6});
    (reference == 0 ? version.parentId : reference == 1 ? version.runId : version.datasetId) = 999;
    const Result<std::int64_t> saved = m_registry->saveVersion(version);
    QVERIFY(!saved.ok());
    QVERIFY(saved.error().code == ErrorCode::NotFound);
    QCOMPARE(QString::fromStdString(saved.error().message), message);

    const auto listed = m_registry->listVersions();
    QVERIFY(listed.ok());
    QCOMPARE(listed->size(), std::size_t(1));
    QCOMPARE(listed->front().id, kept.value());
}

void ModelRegistryTest::failedSaveRollsBack()
{
    // An out-of-range origin passes the reference checks and fails inside the transaction.
    ModelVersionRecord broken = makeVersion("broken", {1});
    broken.origin = static_cast<ModelOrigin>(42);
    const Result<std::int64_t> saved = m_registry->saveVersion(broken);
    QVERIFY(!saved.ok());
    QVERIFY(saved.error().code == ErrorCode::InvalidInput);
    QVERIFY(m_registry->listVersions().value().empty());

    // The rollback leaves no transaction open, so the next write succeeds.
    const auto next = m_registry->saveVersion(makeVersion("next", {2}));
    VERIFY_OK(next);
    QCOMPARE(m_registry->listVersions().value().size(), std::size_t(1));
}

void ModelRegistryTest::reopenKeepsEverything()
{
    const auto datasetId = m_registry->addDataset({0, "d", "/d.csv", "hash-1", "{}", 10, ""});
    VERIFY_OK(datasetId);
    TrainingRunRecord run;
    run.datasetId = datasetId.value();
    const auto runId = m_registry->startRun(run);
    VERIFY_OK(runId);
    QVERIFY(m_registry->addEpochMetric({runId.value(), 1, 0.7, 0.6, 0.5, 0.4}).ok());
    QVERIFY(m_registry->finishRun(runId.value(), "finished").ok());
    ModelVersionRecord version = makeVersion("trained", {0.25f, -8.0f, 1e-20f}, std::nullopt);
    version.runId = runId.value();
    const auto first = m_registry->saveVersion(version);
    VERIFY_OK(first);
    const auto second = m_registry->saveVersion(makeVersion("tuned", {9.0f}, first.value()));
    VERIFY_OK(second);

    reopen();
    QVERIFY(m_registry);
    QCOMPARE(m_registry->findDatasetByHash("hash-1").value()->id, datasetId.value());
    QCOMPARE(m_registry->loadRun(runId.value()).value().status, std::string("finished"));
    QCOMPARE(m_registry->epochMetrics(runId.value()).value().at(0).validationAccuracy, 0.4);
    const auto reloaded = m_registry->loadVersion(first.value());
    VERIFY_OK(reloaded);
    QCOMPARE(reloaded->runId, std::optional<std::int64_t>(runId.value()));
    QVERIFY(sameBits(reloaded->weights, version.weights));
    QCOMPARE(m_registry->listVersions().value().size(), std::size_t(2));
    QCOMPARE(m_registry->loadVersion(second.value()).value().parentId,
             std::optional<std::int64_t>(first.value()));
}

void ModelRegistryTest::movedRegistryKeepsWorking()
{
    ModelRegistry moved = std::move(*m_registry);
    QVERIFY(moved.saveVersion(makeVersion("after move", {1})).ok());
    // A moved-from registry reports an error instead of crashing.
    const auto stale = m_registry->listVersions();
    QVERIFY(!stale.ok());
    *m_registry = std::move(moved);
    QCOMPARE(m_registry->listVersions().value().size(), std::size_t(1));
}

void ModelRegistryTest::schemaVersionIsRecorded()
{
    QCOMPARE(m_registry->schemaVersion(), ModelRegistry::kSchemaVersion);
    m_registry.reset();
    const std::string stored =
        singleText(m_dbPath, "SELECT value FROM meta WHERE key = 'schema_version'");
    QCOMPARE(stored, std::to_string(ModelRegistry::kSchemaVersion));
    QCOMPARE(singleText(m_dbPath, "PRAGMA journal_mode"), std::string("wal"));
    reopen();
    QVERIFY(m_registry);
    QCOMPARE(m_registry->schemaVersion(), ModelRegistry::kSchemaVersion);
}

void ModelRegistryTest::newerSchemaIsRefused()
{
    QVERIFY(m_registry->saveVersion(makeVersion("precious", {1, 2, 3})).ok());
    m_registry.reset();
    const std::string newer = std::to_string(ModelRegistry::kSchemaVersion + 1);
    SqliteDatabase::open(m_dbPath).execute("UPDATE meta SET value = '" + newer
                                           + "' WHERE key = 'schema_version'");

    const Result<ModelRegistry> opened = ModelRegistry::open(m_dbPath);
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().code == ErrorCode::InvalidInput);
    QVERIFY2(opened.error().message.find("newer") != std::string::npos,
             opened.error().message.c_str());
    QCOMPARE(singleText(m_dbPath, "SELECT value FROM meta WHERE key = 'schema_version'"), newer);
    QCOMPARE(singleText(m_dbPath, "SELECT name FROM model_versions"), std::string("precious"));
}

void ModelRegistryTest::nonDatabaseFileIsRefused_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("csv text") << QByteArray("age,weight\n31,70.5\n45,82\n").repeated(200);
    QTest::newRow("short text") << QByteArray("hello");
    QByteArray noise(8192, '\0');
    for (int i = 0; i < noise.size(); ++i)
        noise[i] = static_cast<char>((i * 131 + 7) % 251);
    QTest::newRow("binary noise") << noise;
}

void ModelRegistryTest::nonDatabaseFileIsRefused()
{
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(QStringLiteral("not_a_db_%1.db").arg(m_caseNumber));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
    file.close();

    const Result<ModelRegistry> opened = ModelRegistry::open(path.toStdString());
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().code == ErrorCode::InvalidInput);
    QCOMPARE(opened.error().file, path.toStdString());
    QVERIFY2(opened.error().message.find("not a SQLite database") != std::string::npos,
             opened.error().toString().c_str());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), content);
}

void ModelRegistryTest::foreignSqliteDatabaseIsRefused()
{
    const std::string path = m_dir.filePath(QStringLiteral("foreign.db")).toStdString();
    SqliteDatabase::open(path).execute("CREATE TABLE IF NOT EXISTS patients (id INTEGER)");
    const Result<ModelRegistry> opened = ModelRegistry::open(path);
    QVERIFY(!opened.ok());
    QVERIFY(opened.error().code == ErrorCode::InvalidInput);
    QVERIFY2(opened.error().message.find("not a Cohort database") != std::string::npos,
             opened.error().message.c_str());
    QCOMPARE(singleText(path, "SELECT count(*) FROM sqlite_master"), std::string("1"));
}

void ModelRegistryTest::defaultPathHonoursXdgDataHome()
{
    const bool hadXdg = qEnvironmentVariableIsSet("XDG_DATA_HOME");
    const QByteArray oldXdg = qgetenv("XDG_DATA_HOME");
    const QByteArray oldHome = qgetenv("HOME");
    const auto restore = qScopeGuard(
        [&]
        {
            if (hadXdg)
                qputenv("XDG_DATA_HOME", oldXdg);
            else
                qunsetenv("XDG_DATA_HOME");
            qputenv("HOME", oldHome);
        });

    const QString dataHome = m_dir.filePath(QStringLiteral("xdg-data"));
    qputenv("XDG_DATA_HOME", dataHome.toUtf8());
    QCOMPARE(ModelRegistry::defaultPath(), (dataHome + "/cohort/cohort.db").toStdString());

    qputenv("HOME", "/home/tester");
    qunsetenv("XDG_DATA_HOME");
    const std::string underHome = "/home/tester/.local/share/cohort/cohort.db";
    QCOMPARE(ModelRegistry::defaultPath(), underHome);
    qputenv("XDG_DATA_HOME", "relative/data"); // the XDG spec says to ignore relative paths
    QCOMPARE(ModelRegistry::defaultPath(), underHome);
}

QTEST_GUILESS_MAIN(ModelRegistryTest)

#include "model_registry_test.moc"
