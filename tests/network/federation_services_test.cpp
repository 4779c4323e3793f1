// The hub and site services over the in-process transport: a site answers a fit it cannot do
// at once, the hub drops such a site from the round at once (not at the deadline) and says
// when it has finished (its sites end there, with no reconnect line), and a hub restarted
// between two rounds resumes FedAdam exactly.
#include <QTemporaryDir>
#include <QTest>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <fstream>
#include <future>
#include <mutex>

#include <sqlite3.h>

#include <nlohmann/json.hpp>

#include "data/csv_reader.h"
#include "event_log.h"
#include "data/synthetic_domains.h"
#include "fl/federated_preprocessing.h"
#include "model/mlp_spec.h"
#include "network/federation_messages.h"
#include "network/federation_simulator.h"
#include "network/hub_service.h"
#include "network/in_process_link.h"
#include "network/io_runtime.h"
#include "network/site_service.h"
#include "network/wire_messages.h"
#include "scripted_end.h"
#include "store/model_registry.h"
#include "store/run_store.h"

using namespace cohort::net;
namespace engine = cohort::engine;
using namespace std::chrono_literals;

namespace
{

std::string writeTable(const QTemporaryDir &dir, const char *name)
{
    const std::string path = dir.filePath(QString::fromLatin1(name)).toStdString();
    std::ofstream out(path);
    out << "x1,x2,label\n";
    for (int row = 0; row < 40; ++row)
        out << row % 7 << "," << (row * 3) % 11 << "," << (row % 2 ? "yes" : "no") << "\n";
    return path;
}

engine::FederationSchema tableSchema()
{
    engine::FederationSchema schema;
    schema.features = {{"x1", engine::ColumnKind::Numeric, {}},
                       {"x2", engine::ColumnKind::Numeric, {}}};
    schema.target = "label";
    schema.classNames = {"no", "yes"};
    return schema;
}

engine::SiteSummary summaryOf(const std::string &path)
{
    engine::ValidationReport report;
    const engine::RawTable table = engine::readCsv(path, {}, report).value();
    std::vector<std::size_t> rows(table.rowCount());
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = i;
    return engine::summarizeSite(table, tableSchema(), rows);
}

// A site connector that hands the hub's end of a new link to `onHubEnd`.
LinkConnector inProcessTo(IoRuntime &runtime, std::function<void(Link::Pointer)> onHubEnd)
{
    return [&runtime, onHubEnd](LinkReady ready)
    {
        auto [hubEnd, siteEnd] = InProcessLink::createPair(runtime.context(), "hub", "site");
        onHubEnd(hubEnd);
        ready(siteEnd);
    };
}

// The Welcome a hub sends a site: the table's schema and a model of `spec`.
cohort::wire::Envelope welcomeFor(const std::string &siteId, const engine::MlpSpec &spec,
                                  int rounds)
{
    FederationPlan plan;
    plan.schema = tableSchema();
    plan.rounds = rounds;
    plan.strategy = "fedavg";
    plan.modelSpecJson = engine::toJson(spec).dump();
    cohort::wire::Envelope welcome;
    welcome.mutable_welcome()->set_protocol_version(kProtocolVersion);
    welcome.mutable_welcome()->set_site_id(siteId);
    welcome.mutable_welcome()->set_run_id("run");
    *welcome.mutable_welcome()->mutable_settings() = toSettings(plan);
    return welcome;
}

// Declared after the services it guards: on any early return the network stops before they go.
struct StopRuntimeFirst
{
    IoRuntime &runtime;
    ~StopRuntimeFirst() { runtime.stop(); }
};

std::vector<float> weightsOf(const std::string &db, std::int64_t version)
{
    engine::Result<engine::ModelRegistry> registry = engine::ModelRegistry::open(db);
    return registry ? registry->loadVersion(version).value().weights : std::vector<float>();
}

} // namespace

class FederationServicesTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void siteAnswersAFitItCannotDoAtOnce();
    void hubDropsAFailedSiteAtOnceAndReportsTheEnd();
    void restartedHubResumesFedAdamExactly();
    void siteSkipsFitRequestsTheHubHasMovedOnFrom();
    void pausedHubRunsOneRoundPerStep();
};

// Issue 10, defect 7: a site slower than the deadline was asked for round after round and
// trained every stale request in turn, never contributing.
void FederationServicesTest::siteSkipsFitRequestsTheHubHasMovedOnFrom()
{
    IoRuntime runtime;
    std::promise<Link::Pointer> hubEnd;
    SiteOptions options;
    options.name = "slow";
    options.csvPath = writeTable(m_dir, "slow.csv");
    options.connector = inProcessTo(runtime, [&hubEnd](Link::Pointer end)
                                    { hubEnd.set_value(std::move(end)); });
    EventLog log;
    SiteService site(runtime, options, log.sink());
    StopRuntimeFirst stopFirst{runtime};
    QVERIFY(site.loadData().ok());
    runtime.start(1);
    site.start();
    std::future<Link::Pointer> end = hubEnd.get_future();
    QVERIFY(end.wait_for(kWait) == std::future_status::ready);
    ScriptedEnd hub(end.get());
    StopRuntimeFirst stopBeforeHub{runtime};
    QVERIFY(hub.next(cohort::wire::Envelope::kHello));
    engine::MlpSpec spec;
    spec.inputWidth = 2;
    spec.hiddenLayers = {64, 64};
    spec.classCount = 2;
    hub.send(welcomeFor("slow", spec, 10));
    cohort::wire::Envelope prepare;
    prepare.mutable_preprocessing_plan()->set_preprocessor_json(
        engine::combineSummaries({summaryOf(options.csvPath)}, tableSchema()).value().toJson().dump());
    hub.send(prepare);
    // Rounds 3, 4 and 5 are asked one after another; round 3 trains long (2000 epochs), so
    // round 4's request is still queued when round 5's arrives.
    const std::vector<float> global(spec.parameterCount(), 0.01f);
    for (const std::uint64_t round : {3, 4, 5})
    {
        cohort::wire::Envelope request;
        request.mutable_fit_request()->set_round(round);
        *request.mutable_fit_request()->mutable_global_model() = toTensor(global);
        request.mutable_fit_request()->set_epochs(round == 3 ? 2000 : 1);
        request.mutable_fit_request()->set_batch_size(16);
        request.mutable_fit_request()->set_learning_rate(0.01);
        hub.send(request);
    }
    // Round 3 may have been skipped too (if round 5 came before the site got to it); round 4
    // never trains, round 5 does.
    std::vector<std::uint64_t> trained;
    while (trained.empty() || trained.back() < 5)
    {
        const std::optional<cohort::wire::Envelope> result =
            hub.next(cohort::wire::Envelope::kFitResult);
        QVERIFY(result);
        trained.push_back(result->fit_result().round());
    }
    QVERIFY(std::find(trained.begin(), trained.end(), std::uint64_t{4}) == trained.end());
    QCOMPARE(trained.back(), std::uint64_t{5});
    QVERIFY(log.contains([](const LogEvent &e)
                         { return englishText(e).starts_with("skipped the fit for round 4:"); }));
}

void FederationServicesTest::siteAnswersAFitItCannotDoAtOnce()
{
    IoRuntime runtime;
    std::promise<Link::Pointer> hubEnd;
    SiteOptions options;
    options.name = "clinic";
    options.csvPath = writeTable(m_dir, "clinic.csv");
    options.connector = inProcessTo(runtime, [&hubEnd](Link::Pointer end)
                                    { hubEnd.set_value(std::move(end)); });
    SiteService site(runtime, options, [](const LogEvent &) {});
    StopRuntimeFirst stopFirst{runtime};
    QVERIFY(site.loadData().ok());
    runtime.start(1);
    site.start();
    std::future<Link::Pointer> end = hubEnd.get_future();
    QVERIFY(end.wait_for(kWait) == std::future_status::ready);
    ScriptedEnd hub(end.get());
    StopRuntimeFirst stopBeforeHub{runtime};
    QVERIFY(hub.next(cohort::wire::Envelope::kHello));

    engine::MlpSpec spec;
    spec.inputWidth = 2;
    spec.classCount = 2;
    hub.send(welcomeFor("clinic", spec, 3));

    // Before the preprocessing is known, a fit request is answered with a failure at once.
    cohort::wire::Envelope early;
    early.mutable_fit_request()->set_round(1);
    *early.mutable_fit_request()->mutable_global_model() = toTensor({1.0f, 2.0f, 3.0f});
    early.mutable_fit_request()->set_epochs(1); // a request complete but for the model's size
    early.mutable_fit_request()->set_batch_size(16);
    early.mutable_fit_request()->set_learning_rate(0.05);
    hub.send(early);
    std::optional<cohort::wire::Envelope> failure = hub.next(cohort::wire::Envelope::kRoundFailure);
    QVERIFY(failure);
    QCOMPARE(failure->round_failure().round(), std::uint64_t{1});
    QCOMPARE(failure->round_failure().step(), cohort::wire::RoundFailure::FIT);
    QVERIFY2(failure->round_failure().reason().find("preprocessing") != std::string::npos,
             failure->round_failure().reason().c_str());

    // With the preprocessing, a global model of the wrong size is refused by reason.
    const engine::Preprocessor preprocessor =
        engine::combineSummaries({summaryOf(options.csvPath)}, tableSchema()).value();
    cohort::wire::Envelope prepare;
    prepare.mutable_preprocessing_plan()->set_preprocessor_json(preprocessor.toJson().dump());
    hub.send(prepare);
    cohort::wire::Envelope wrongSize = early;
    wrongSize.mutable_fit_request()->set_round(2);
    hub.send(wrongSize);
    failure = hub.next(cohort::wire::Envelope::kRoundFailure);
    QVERIFY(failure);
    QCOMPARE(failure->round_failure().round(), std::uint64_t{2});
    QVERIFY2(failure->round_failure().reason().find("does not fit") != std::string::npos,
             failure->round_failure().reason().c_str());

    // An evaluation of a model of the wrong size fails the same way, as an evaluation.
    cohort::wire::Envelope evaluate;
    evaluate.mutable_evaluate_request()->set_round(2);
    *evaluate.mutable_evaluate_request()->mutable_model() = toTensor({1.0f});
    hub.send(evaluate);
    failure = hub.next(cohort::wire::Envelope::kRoundFailure);
    QVERIFY(failure);
    QCOMPARE(failure->round_failure().step(), cohort::wire::RoundFailure::EVALUATE);
    site.stop();
    QCOMPARE(site.wait().exitCode, 1);
    runtime.stop();
}

void FederationServicesTest::hubDropsAFailedSiteAtOnceAndReportsTheEnd()
{
    QTemporaryDir dir;
    IoRuntime runtime;
    HubOptions options;
    options.listen = false;
    options.schema = tableSchema();
    options.rounds.rounds = 1;
    // Two good sites: one site's update alone is never made the global model.
    options.rounds.minSites = 3;
    options.rounds.deadline = 600s; // a drop at the deadline would take ten minutes
    options.hiddenLayers = {4};
    options.localEpochs = 1;
    options.dbPath = dir.filePath("hub.db").toStdString();
    std::promise<RoundReport> round;
    std::promise<bool> finished;
    HubEvents events;
    events.onRound = [&round](const RoundReport &report) { round.set_value(report); };
    events.onFinished = [&finished](const engine::Result<void> &result)
    { finished.set_value(result.ok()); };
    HubService hub(runtime, options, events);
    QVERIFY(hub.start().ok());

    SiteOptions siteOptions;
    siteOptions.name = "good";
    siteOptions.csvPath = writeTable(m_dir, "good.csv");
    siteOptions.connector = inProcessTo(runtime, [&hub](Link::Pointer end) { hub.acceptLink(end); });
    EventLog goodLog;
    SiteService good(runtime, siteOptions, goodLog.sink());
    siteOptions.name = "good2";
    SiteService good2(runtime, siteOptions, goodLog.sink());
    StopRuntimeFirst stopFirst{runtime};
    QVERIFY(good.loadData().ok());
    QVERIFY(good2.loadData().ok());
    runtime.start(1);
    good.start();
    good2.start();

    // The failing site: it joins, sends its statistics, then cannot train.
    auto [hubEnd, siteEnd] = InProcessLink::createPair(runtime.context(), "hub", "failing");
    hub.acceptLink(hubEnd);
    ScriptedEnd failing(siteEnd);
    StopRuntimeFirst stopBeforeFailing{runtime};
    cohort::wire::Envelope hello;
    hello.mutable_hello()->set_protocol_version(kProtocolVersion);
    hello.mutable_hello()->set_site_name("failing");
    failing.send(hello);
    QVERIFY(failing.next(cohort::wire::Envelope::kStatisticsRequest));
    cohort::wire::Envelope statistics;
    *statistics.mutable_statistics_result() = toStatistics(summaryOf(siteOptions.csvPath));
    failing.send(statistics);
    std::optional<cohort::wire::Envelope> fit = failing.next(cohort::wire::Envelope::kFitRequest);
    QVERIFY(fit);
    cohort::wire::Envelope failure;
    failure.mutable_round_failure()->set_round(fit->fit_request().round());
    failure.mutable_round_failure()->set_step(cohort::wire::RoundFailure::FIT);
    failure.mutable_round_failure()->set_reason("the disk is full");
    failing.send(failure);
    // It cannot evaluate either, and says so.
    std::optional<cohort::wire::Envelope> evaluate =
        failing.next(cohort::wire::Envelope::kEvaluateRequest);
    QVERIFY(evaluate);
    failure.mutable_round_failure()->set_round(evaluate->evaluate_request().round());
    failure.mutable_round_failure()->set_step(cohort::wire::RoundFailure::EVALUATE);
    failing.send(failure);

    std::future<RoundReport> report = round.get_future();
    QVERIFY(report.wait_for(kWait) == std::future_status::ready);
    const RoundReport r = report.get();
    QCOMPARE(r.answered, (std::vector<std::string>{"good", "good2"}));
    QCOMPARE(r.dropped.size(), std::size_t{1});
    QCOMPARE(r.dropped[0].siteId, std::string("failing"));
    // Its own reason, not "missed the deadline": it was dropped when it said so.
    QCOMPARE(engine::reasonEnglish(r.dropped[0].reason), std::string("the disk is full"));
    QVERIFY(r.versionId > 0);
    std::future<bool> end = finished.get_future();
    QVERIFY(end.wait_for(kWait) == std::future_status::ready);
    QVERIFY(end.get());
    for (SiteService *site : {&good, &good2})
    {
        const SiteOutcome outcome = site->wait();
        QCOMPARE(outcome.exitCode, 0);
        QVERIFY(outcome.ending.code == LogCode::SiteAllRoundsDone);
        QCOMPARE(outcome.message, std::string("the federation finished: all rounds done"));
    }
    runtime.stop();
    // A finished run ends there: no site tries to reach the hub again once it said goodbye.
    for (const LogCode code : {LogCode::SiteReconnecting, LogCode::SiteReconnectingAfterClose,
                               LogCode::SiteGaveUp, LogCode::SiteGaveUpAfterClose})
        QVERIFY(!goodLog.contains(code));
    QVERIFY(goodLog.contains(LogCode::SiteAllRoundsDone));
}

// Issue 11, step mode: a hub started paused runs exactly one round per step (the first step
// asked before any site joined), then, resumed, runs the rest and finishes.
void FederationServicesTest::pausedHubRunsOneRoundPerStep()
{
    QTemporaryDir dir;
    IoRuntime runtime;
    HubOptions options;
    options.listen = false;
    options.schema = tableSchema();
    options.rounds.rounds = 3;
    options.rounds.minSites = 2;
    options.hiddenLayers = {4};
    options.localEpochs = 1;
    options.dbPath = dir.filePath("hub.db").toStdString();
    std::mutex mutex;
    std::condition_variable changed;
    std::vector<int> rounds;
    std::optional<bool> finished;
    HubEvents events;
    EventLog hubLog;
    events.onLog = hubLog.sink();
    events.onRound = [&](const RoundReport &report)
    {
        std::lock_guard lock(mutex);
        rounds.push_back(report.round);
        changed.notify_all();
    };
    events.onFinished = [&](const engine::Result<void> &result)
    {
        std::lock_guard lock(mutex);
        finished = result.ok();
        changed.notify_all();
    };
    HubService hub(runtime, options, events);
    hub.setPaused(true);
    QVERIFY(hub.start().ok());
    const auto roundsSoFar = [&](std::size_t count)
    {
        std::unique_lock lock(mutex);
        return changed.wait_for(lock, kWait, [&] { return rounds.size() >= count; })
               && rounds.size() == count;
    };
    // How many of the hub's lines start with `start` and hold `middle`.
    const auto lines = [&hubLog](const std::string &start, const std::string &middle = {})
    {
        std::lock_guard lock(hubLog.mutex);
        return std::count_if(hubLog.events.begin(), hubLog.events.end(),
                             [&](const LogEvent &event)
                             {
                                 const std::string text = englishText(event);
                                 return text.rfind(start, 0) == 0
                                        && text.find(middle) != std::string::npos;
                             });
    };

    SiteOptions siteOptions;
    siteOptions.csvPath = writeTable(m_dir, "stepping.csv");
    siteOptions.connector =
        inProcessTo(runtime, [&hub](Link::Pointer end) { hub.acceptLink(end); });
    EventLog siteLog;
    siteOptions.name = "a";
    SiteService a(runtime, siteOptions, siteLog.sink());
    siteOptions.name = "b";
    SiteService b(runtime, siteOptions, siteLog.sink());
    StopRuntimeFirst stopFirst{runtime};
    QVERIFY(a.loadData().ok());
    QVERIFY(b.loadData().ok());
    runtime.start(1);
    // The first step comes before any site joined: the hub keeps it for its first round.
    hub.stepOneRound();
    a.start();
    b.start();
    QVERIFY(roundsSoFar(1));
    // The round machine paused when round 1 closed, before its report: round 2 never began.
    QCOMPARE(lines("round ", " started with "), 1L);
    QCOMPARE(lines("paused after round 1"), 1L);
    hub.stepOneRound();
    QVERIFY(roundsSoFar(2));
    QCOMPARE(lines("round ", " started with "), 2L);
    QCOMPARE(lines("paused after round 2"), 1L);
    // Resuming ends stepping: the last round runs and the federation finishes.
    hub.setPaused(false);
    QVERIFY(roundsSoFar(3));
    {
        std::unique_lock lock(mutex);
        QVERIFY(changed.wait_for(lock, kWait, [&] { return finished.has_value(); }));
        QVERIFY(*finished);
    }
    QCOMPARE(rounds, (std::vector<int>{1, 2, 3}));
    QCOMPARE(lines("paused after round 3"), 0L);
}

void FederationServicesTest::restartedHubResumesFedAdamExactly()
{
    engine::SyntheticOptions synthetic;
    synthetic.domain = "fitness";
    synthetic.sites = 3;
    synthetic.minRowsPerSite = 40;
    synthetic.maxRowsPerSite = 60;
    const engine::GeneratedDomain domain =
        engine::generateSyntheticDomain(synthetic, m_dir.filePath("fitness").toStdString())
            .value();
    SimulationSettings settings;
    settings.strategy.name = "fedadam";
    settings.strategy.serverLearningRate = 0.05;
    settings.workThreads = 1; // one training thread: the same work in the same order
    settings.runName = "resume";

    // Uninterrupted: three rounds.
    settings.rounds = 3;
    settings.dbPath = m_dir.filePath("straight.db").toStdString();
    const engine::Result<SimulationResult> straight = runSimulation(domain, settings);
    QVERIFY2(straight.ok(), straight ? "" : straight.error().message.c_str());

    // Stopped after two rounds, then a new hub on the same registry runs the third.
    for (const char *name : {"resumed.db", "stateless.db"})
    {
        settings.dbPath = m_dir.filePath(QString::fromLatin1(name)).toStdString();
        settings.rounds = 2;
        QVERIFY(runSimulation(domain, settings).ok());
    }
    // Without its stored strategy state a resumed run restarts FedAdam's moments.
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(m_dir.filePath("stateless.db").toUtf8().constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "DELETE FROM federation_rounds", nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);

    settings.rounds = 3;
    std::vector<std::vector<float>> third;
    for (const char *name : {"resumed.db", "stateless.db"})
    {
        settings.dbPath = m_dir.filePath(QString::fromLatin1(name)).toStdString();
        const engine::Result<SimulationResult> resumed = runSimulation(domain, settings);
        QVERIFY(resumed.ok());
        QCOMPARE(resumed->rounds.size(), std::size_t{1});
        QCOMPARE(resumed->rounds[0].report.round, 3);
        third.push_back(weightsOf(settings.dbPath, resumed->finalVersion));
    }
    const std::vector<float> expected =
        weightsOf(m_dir.filePath("straight.db").toStdString(), straight->finalVersion);
    QVERIFY(!expected.empty());
    QCOMPARE(third[0].size(), expected.size());
    QVERIFY2(std::memcmp(third[0].data(), expected.data(), expected.size() * sizeof(float)) == 0,
             "the resumed round 3 differs from the uninterrupted one");
    QCOMPARE(third[1].size(), expected.size());
    QVERIFY2(std::memcmp(third[1].data(), expected.data(), expected.size() * sizeof(float)) != 0,
             "without the strategy state the round should differ: the test cannot fail");
}

QTEST_APPLESS_MAIN(FederationServicesTest)
#include "federation_services_test.moc"
