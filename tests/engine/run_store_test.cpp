// The run store and the server optimisers' saved state: a FedAdam, FedYogi or FedAdagrad run
// resumed from its stored round matches an uninterrupted run bit for bit, strategy states
// round-trip and refuse foreign or damaged bytes, a round is stored atomically with its
// version, and a registry written before round records existed migrates.
#include <chrono>
#include <cstdint>
#include <cstring>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include "data/preprocessor.h"
#include "fl/aggregation_strategy.h"
#include "fl/round_coordinator.h"
#include "model/mlp_spec.h"
#include "store/model_registry.h"
#include "store/run_store.h"
#include "store/sqlite_database.h"
#include "store/stored_model.h"

#include "registry_test_support.h"

using namespace cohort::engine;
using namespace std::chrono_literals;

namespace QTest
{
template <> inline char *toString(const std::string &text)
{
    return qstrdup(text.c_str());
}
} // namespace QTest

namespace
{

const FederationClock::time_point kStart{};
const std::string kRun = "fitness federation";

// Two inputs, one hidden layer of two, one sigmoid output: 2*2 + 2 + 2*1 + 1 = 9 parameters.
MlpSpec smallSpec()
{
    MlpSpec spec;
    spec.inputWidth = 2;
    spec.hiddenLayers = {2};
    spec.classCount = 2;
    return spec;
}

const Preprocessor &smallPreprocessor()
{
    static const Preprocessor preprocessor = []
    {
        std::vector<ColumnTransform> columns(2);
        columns[0].name = "steps";
        columns[1].name = "heart_rate";
        return Preprocessor::fromColumns(columns, {});
    }();
    return preprocessor;
}

std::vector<float> initialModel()
{
    std::vector<float> model(smallSpec().parameterCount());
    for (std::size_t i = 0; i < model.size(); ++i)
        model[i] = 0.1f * static_cast<float>(i) - 0.3f;
    return model;
}

// The fixed update a site sends in a round, the same in every run of a test.
std::vector<float> siteParameters(int site, int round)
{
    std::vector<float> parameters(smallSpec().parameterCount());
    for (std::size_t i = 0; i < parameters.size(); ++i)
    {
        const auto index = static_cast<float>(i);
        parameters[i] = 0.11f * (index + 1.0f) * static_cast<float>(site + 1)
                        - 0.07f * static_cast<float>(round) + 0.013f * index * index;
    }
    return parameters;
}

std::unique_ptr<AggregationStrategy> makeStrategy(const std::string &name)
{
    StrategyConfig config;
    config.name = name;
    return std::move(makeAggregationStrategy(config)).value();
}

// The strategy's state after two rounds of the fixed updates, fed to it directly.
std::string stateAfterTwoRounds(AggregationStrategy &strategy)
{
    std::vector<float> global = initialModel();
    for (int round = 1; round <= 2; ++round)
    {
        const std::vector<ClientUpdate> results{{"a", siteParameters(0, round), 10},
                                                {"b", siteParameters(1, round), 30}};
        global = std::move(strategy.aggregate(global, results, {})).value();
    }
    return strategy.saveState();
}

FederatedModel federatedModel(const std::string &run, int round, std::vector<float> weights)
{
    FederatedModel model;
    model.spec = smallSpec();
    model.weights = std::move(weights);
    model.preprocessor = &smallPreprocessor();
    model.target = "active";
    model.classNames = {"no", "yes"};
    model.name = run;
    model.round = round;
    model.metricsJson = R"({"train_loss":0.5})";
    return model;
}

RoundCoordinator makeCoordinator(const std::string &strategy, std::vector<float> model,
                                 int completedRounds = 0)
{
    RoundSettings settings;
    settings.rounds = 3;
    settings.minSites = 2;
    return RoundCoordinator(settings, makeStrategy(strategy), std::move(model), completedRounds);
}

void connectSites(RoundCoordinator &hub)
{
    (void)hub.siteConnected("a", kStart);
    (void)hub.siteConnected("b", kStart);
}

// Feeds the running round both sites' fixed results; the new global model, empty if the round
// did not aggregate.
std::vector<float> playRound(RoundCoordinator &hub, int round)
{
    const FederationClock::time_point now = kStart + std::chrono::seconds(round);
    (void)hub.fitResultArrived(FitResult{"a", round, siteParameters(0, round), 10, 1.0}, now);
    const CoordinatorActions actions =
        hub.fitResultArrived(FitResult{"b", round, siteParameters(1, round), 30, 1.0}, now);
    if (!actions.finishedRound || !actions.finishedRound->aggregated)
        return {};
    return actions.finishedRound->model;
}

std::string withByte(std::string bytes, std::size_t offset, char value)
{
    bytes[offset] = value;
    return bytes;
}

} // namespace

class RunStoreTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void resumedRunMatchesAnUninterruptedOne_data();
    void resumedRunMatchesAnUninterruptedOne();
    void strategyStateRoundTrips_data();
    void strategyStateRoundTrips();
    void restoreRefusesForeignOrDamagedBytes_data();
    void restoreRefusesForeignOrDamagedBytes();
    void saveRoundIsAtomic();
    void latestRoundPicksTheNewestRoundOfTheNamedRun();
    void deletingAVersionDeletesItsRound();
    void schemaOneRegistryMigrates();

private:
    void reopen();

    QTemporaryDir m_dir;
    int m_caseNumber = 0;
    std::string m_dbPath;
    std::optional<ModelRegistry> m_registry;
};

void RunStoreTest::init()
{
    QVERIFY(m_dir.isValid());
    ++m_caseNumber;
    m_dbPath = m_dir.filePath(QStringLiteral("case%1/cohort.db").arg(m_caseNumber)).toStdString();
    reopen();
}

void RunStoreTest::cleanup()
{
    m_registry.reset();
}

void RunStoreTest::reopen()
{
    m_registry.reset();
    Result<ModelRegistry> opened = ModelRegistry::open(m_dbPath);
    VERIFY_OK(opened);
    m_registry.emplace(std::move(opened).value());
}

void RunStoreTest::resumedRunMatchesAnUninterruptedOne_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::newRow("fedadam") << QStringLiteral("fedadam");
    QTest::newRow("fedyogi") << QStringLiteral("fedyogi");
    QTest::newRow("fedadagrad") << QStringLiteral("fedadagrad");
}

void RunStoreTest::resumedRunMatchesAnUninterruptedOne()
{
    QFETCH(QString, strategy);
    const std::string name = strategy.toStdString();
    RoundCoordinator uninterrupted = makeCoordinator(name, initialModel());
    connectSites(uninterrupted);
    std::vector<float> afterRoundTwo;
    for (int round = 1; round <= 2; ++round)
    {
        afterRoundTwo = playRound(uninterrupted, round);
        QVERIFY(!afterRoundTwo.empty());
        // VERIFY_OK evaluates its argument twice, so every call is made once, beforehand.
        const Result<std::int64_t> saved = saveRound(
            *m_registry, federatedModel(kRun, round, afterRoundTwo), uninterrupted.strategyState());
        VERIFY_OK(saved);
    }
    const std::vector<float> expected = playRound(uninterrupted, 3);
    QVERIFY(!expected.empty());

    // A restarted hub: a new connection, the stored model and the stored server state.
    reopen();
    const Result<std::optional<StoredRound>> stored = latestRound(*m_registry, kRun);
    VERIFY_OK(stored);
    QVERIFY(stored.value().has_value());
    QCOMPARE(stored.value()->round, 2);
    QVERIFY(!stored.value()->strategyState.empty());
    const Result<ModelVersionRecord> version = m_registry->loadVersion(stored.value()->versionId);
    VERIFY_OK(version);
    QVERIFY(sameBits(version->weights, afterRoundTwo));

    RoundCoordinator resumed = makeCoordinator(name, version->weights, stored.value()->round);
    const Result<void> restored = resumed.restoreStrategyState(stored.value()->strategyState);
    VERIFY_OK(restored);
    QCOMPARE(resumed.strategyState(), stored.value()->strategyState);
    connectSites(resumed);
    const std::vector<float> actual = playRound(resumed, 3);
    QCOMPARE(actual.size(), expected.size());
    QVERIFY2(sameBits(actual, expected), "the resumed round 3 differs from the uninterrupted one");
    QVERIFY(resumed.phase() == RoundCoordinator::Phase::Finished);

    // Without the stored state the moments restart from zero and round 3 comes out different.
    RoundCoordinator forgetful = makeCoordinator(name, version->weights, stored.value()->round);
    connectSites(forgetful);
    const std::vector<float> diverged = playRound(forgetful, 3);
    QCOMPARE(diverged.size(), expected.size());
    QVERIFY2(!sameBits(diverged, expected), "the server state made no difference");
}

void RunStoreTest::strategyStateRoundTrips_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<bool>("keepsState");
    for (const std::string &name : aggregationStrategyNames())
    {
        const bool adaptive = name == "fedadam" || name == "fedyogi" || name == "fedadagrad";
        QTest::newRow(name.c_str()) << QString::fromStdString(name) << adaptive;
    }
}

void RunStoreTest::strategyStateRoundTrips()
{
    QFETCH(QString, strategy);
    QFETCH(bool, keepsState);
    const std::string name = strategy.toStdString();
    const std::unique_ptr<AggregationStrategy> trained = makeStrategy(name);
    QCOMPARE(trained->saveState(), std::string()); // no round yet
    const std::string state = stateAfterTwoRounds(*trained);
    const Result<void> emptyRestored = makeStrategy(name)->restoreState({});
    VERIFY_OK(emptyRestored);
    if (!keepsState)
    {
        QCOMPARE(state, std::string());
        return;
    }
    // A 28-byte header, then m and v as float32 for each of the 9 parameters.
    QCOMPARE(state.size(), std::size_t(28 + 2 * 4 * 9));
    QCOMPARE(state.substr(0, 4), std::string("CSOS"));
    const std::unique_ptr<AggregationStrategy> restored = makeStrategy(name);
    const Result<void> restoredOk = restored->restoreState(state);
    VERIFY_OK(restoredOk);
    QCOMPARE(restored->saveState(), state);

    // Both continue identically; empty bytes forget the moments again.
    const std::vector<ClientUpdate> results{{"a", siteParameters(0, 3), 10},
                                            {"b", siteParameters(1, 3), 30}};
    const std::vector<float> global = initialModel();
    QVERIFY(sameBits(trained->aggregate(global, results, {}).value(),
                     restored->aggregate(global, results, {}).value()));
    const Result<void> forgotten = restored->restoreState({});
    VERIFY_OK(forgotten);
    QCOMPARE(restored->saveState(), std::string());
}

void RunStoreTest::restoreRefusesForeignOrDamagedBytes_data()
{
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("message");
    const auto adamStrategy = makeStrategy("fedadam");
    const std::string adam = stateAfterTwoRounds(*adamStrategy);
    const auto yogiStrategy = makeStrategy("fedyogi");
    const std::string yogi = stateAfterTwoRounds(*yogiStrategy);
    const auto bytes = [](const std::string &text) { return QByteArray::fromStdString(text); };
    const float nan = std::numeric_limits<float>::quiet_NaN();
    std::string withNan = adam;
    std::memcpy(withNan.data() + 28, &nan, sizeof nan);

    QTest::newRow("another optimiser's state")
        << "fedadam" << bytes(yogi) << "belongs to fedyogi, not fedadam";
    QTest::newRow("truncated header") << "fedadam" << bytes(adam.substr(0, 20)) << "truncated";
    QTest::newRow("truncated moments")
        << "fedadam" << bytes(adam.substr(0, adam.size() - 4)) << "truncated";
    QTest::newRow("bytes after the moments") << "fedadam" << bytes(adam + "xxxx") << "after";
    QTest::newRow("counts disagree")
        << "fedadam" << bytes(withByte(adam, 20, 8)) << "9 first moments but 8 second";
    QTest::newRow("not a state") << "fedadam" << bytes(withByte(adam, 0, 'X')) << "CSOS";
    QTest::newRow("newer layout") << "fedadam" << bytes(withByte(adam, 4, 2)) << "layout version 2";
    QTest::newRow("unknown optimiser")
        << "fedadam" << bytes(withByte(adam, 8, 7)) << "unknown optimiser (code 7)";
    QTest::newRow("not finite") << "fedadam" << bytes(withNan) << "NaN";
    QTest::newRow("fedavg keeps none") << "fedavg" << bytes(adam) << "keeps no state";
}

void RunStoreTest::restoreRefusesForeignOrDamagedBytes()
{
    QFETCH(QString, strategy);
    QFETCH(QByteArray, bytes);
    QFETCH(QString, message);
    const std::unique_ptr<AggregationStrategy> target = makeStrategy(strategy.toStdString());
    const std::string before = stateAfterTwoRounds(*target);
    const Result<void> restored = target->restoreState(bytes.toStdString());
    QVERIFY(!restored.ok());
    QVERIFY(restored.error().code == ErrorCode::InvalidInput);
    QVERIFY2(restored.error().message.find(message.toStdString()) != std::string::npos,
             restored.error().message.c_str());
    QCOMPARE(target->saveState(), before); // refused bytes leave the state alone
}

void RunStoreTest::saveRoundIsAtomic()
{
    const auto strategy = makeStrategy("fedadam");
    const std::string state = stateAfterTwoRounds(*strategy);
    // The version insert succeeds; the round insert after it fails.
    SqliteDatabase::open(m_dbPath).execute(
        "CREATE TRIGGER refuse_rounds BEFORE INSERT ON federation_rounds "
        "BEGIN SELECT RAISE(ABORT, 'round refused by the test'); END");
    reopen();
    const Result<std::int64_t> refused =
        saveRound(*m_registry, federatedModel(kRun, 1, initialModel()), state);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.find("round refused by the test") != std::string::npos,
             refused.error().message.c_str());
    QCOMPARE(m_registry->listVersions().value().size(), std::size_t(0));
    QCOMPARE(singleText(m_dbPath, "SELECT count(*) FROM model_versions"), std::string("0"));

    // A missing parent stops the version before anything is written.
    FederatedModel orphan = federatedModel(kRun, 1, initialModel());
    orphan.parentId = 42;
    const Result<std::int64_t> noParent = saveRound(*m_registry, orphan, state);
    QVERIFY(!noParent.ok());
    QVERIFY(noParent.error().code == ErrorCode::NotFound);

    // Without the trigger the same save stores both rows.
    SqliteDatabase::open(m_dbPath).execute("DROP TRIGGER refuse_rounds");
    reopen();
    const Result<std::int64_t> saved =
        saveRound(*m_registry, federatedModel(kRun, 1, initialModel()), state);
    VERIFY_OK(saved);
    QCOMPARE(m_registry->listVersions().value().size(), std::size_t(1));
    QCOMPARE(singleText(m_dbPath, "SELECT count(*) FROM federation_rounds"), std::string("1"));
}

void RunStoreTest::latestRoundPicksTheNewestRoundOfTheNamedRun()
{
    std::int64_t alphaLast = 0;
    for (int round = 1; round <= 3; ++round)
    {
        const Result<std::int64_t> alpha =
            saveRound(*m_registry, federatedModel("alpha", round, initialModel()),
                      "alpha " + std::to_string(round));
        VERIFY_OK(alpha);
        alphaLast = alpha.value();
        // The other run is stored after it and has more rounds.
        const Result<std::int64_t> beta =
            saveRound(*m_registry, federatedModel("beta", round + 4, initialModel()), "beta");
        VERIFY_OK(beta);
    }
    const Result<std::optional<StoredRound>> alpha = latestRound(*m_registry, "alpha");
    VERIFY_OK(alpha);
    QVERIFY(alpha.value().has_value());
    QCOMPARE(alpha.value()->round, 3);
    QCOMPARE(alpha.value()->versionId, alphaLast);
    QCOMPARE(alpha.value()->strategyState, std::string("alpha 3"));
    const Result<std::optional<StoredRound>> beta = latestRound(*m_registry, "beta");
    VERIFY_OK(beta);
    QCOMPARE(beta.value()->round, 7);
    const Result<std::optional<StoredRound>> unknown = latestRound(*m_registry, "gamma");
    VERIFY_OK(unknown);
    QVERIFY(!unknown.value().has_value());
}

void RunStoreTest::deletingAVersionDeletesItsRound()
{
    const Result<std::int64_t> first =
        saveRound(*m_registry, federatedModel(kRun, 1, initialModel()), std::string());
    VERIFY_OK(first);
    const Result<std::int64_t> second =
        saveRound(*m_registry, federatedModel(kRun, 2, initialModel()), "state 2");
    VERIFY_OK(second);
    const Result<void> deleted = m_registry->deleteVersion(second.value());
    VERIFY_OK(deleted);
    QCOMPARE(singleText(m_dbPath, "SELECT count(*) FROM federation_rounds WHERE version_id = "
                                      + std::to_string(second.value())),
             std::string("0"));
    const Result<std::optional<StoredRound>> latest = latestRound(*m_registry, kRun);
    VERIFY_OK(latest);
    QVERIFY(latest.value().has_value());
    QCOMPARE(latest.value()->versionId, first.value());
    QCOMPARE(latest.value()->round, 1);
    QCOMPARE(latest.value()->strategyState, std::string()); // an empty state reads back empty
}

void RunStoreTest::schemaOneRegistryMigrates()
{
    QCOMPARE(m_registry->schemaVersion(), 2);
    // A registry as schema version 1 left it: step 1's tables and a federated version of the
    // run, without round records.
    const Result<std::int64_t> old =
        saveFederatedVersion(*m_registry, federatedModel(kRun, 4, initialModel()));
    VERIFY_OK(old);
    m_registry.reset();
    SqliteDatabase::open(m_dbPath).execute(
        "DROP TABLE federation_rounds; "
        "UPDATE meta SET value = '1' WHERE key = 'schema_version'");
    QCOMPARE(singleText(m_dbPath, "SELECT count(*) FROM sqlite_master "
                                  "WHERE name = 'federation_rounds'"),
             std::string("0"));

    reopen();
    QVERIFY(m_registry);
    QCOMPARE(m_registry->schemaVersion(), 2);
    QCOMPARE(singleText(m_dbPath, "SELECT value FROM meta WHERE key = 'schema_version'"),
             std::string("2"));
    const Result<std::optional<StoredRound>> none = latestRound(*m_registry, kRun);
    VERIFY_OK(none);
    QVERIFY(!none.value().has_value());
    const Result<ModelVersionRecord> kept = m_registry->loadVersion(old.value());
    VERIFY_OK(kept);
    QVERIFY(sameBits(kept->weights, initialModel()));

    // The migrated registry stores rounds from now on.
    FederatedModel next = federatedModel(kRun, 5, initialModel());
    next.parentId = old.value();
    const Result<std::int64_t> saved = saveRound(*m_registry, next, "after migration");
    VERIFY_OK(saved);
    const Result<std::optional<StoredRound>> latest = latestRound(*m_registry, kRun);
    VERIFY_OK(latest);
    QVERIFY(latest.value().has_value());
    QCOMPARE(latest.value()->versionId, saved.value());
    QCOMPARE(latest.value()->round, 5);
}

QTEST_APPLESS_MAIN(RunStoreTest)
#include "run_store_test.moc"
