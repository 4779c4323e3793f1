#include "network/hub_service.h"

#include <algorithm>

#include <boost/asio/post.hpp>
#include <nlohmann/json.hpp>

#include "model/mlp_classifier.h"
#include "model/trained_model.h"
#include "network/federation_messages.h"
#include "network/wire_messages.h"
#include "store/stored_model.h"

namespace cohort::net
{

namespace asio = boost::asio;
using Clock = std::chrono::steady_clock;

namespace
{

// Model inputs the schema makes: one per numeric or boolean column, one per category.
int inputWidth(const engine::FederationSchema &schema)
{
    int width = 0;
    for (const engine::FeatureSpec &feature : schema.features)
        width += feature.kind == engine::ColumnKind::Categorical
                     ? static_cast<int>(feature.categories.size())
                     : 1;
    return width;
}

nlohmann::json evaluationJson(const engine::FederatedEvaluation &evaluation)
{
    nlohmann::json sites = nlohmann::json::object();
    for (const auto &[site, accuracy] : evaluation.siteAccuracy)
        sites[site] = accuracy;
    return {{"accuracy", evaluation.accuracy},  {"balanced_accuracy", evaluation.balancedAccuracy},
            {"macro_f1", evaluation.macroF1},   {"log_loss", evaluation.loss},
            {"samples", evaluation.samples},    {"site_accuracy", sites},
            {"confusion", evaluation.confusion}};
}

} // namespace

HubService::HubService(IoRuntime &runtime, HubOptions options, HubEvents events)
    : m_runtime(runtime)
    , m_options(std::move(options))
    , m_events(std::move(events))
    , m_strand(asio::make_strand(runtime.context()))
    , m_ticker(m_strand)
    , m_shutdownTimer(m_strand)
{
}

// The owner stops the IoRuntime before destroying the hub, so no handler can outlive it.
HubService::~HubService() = default;

engine::Result<unsigned short> HubService::start()
{
    if (auto valid = m_options.rounds.validate(); !valid)
        return valid.error();
    engine::Result<std::unique_ptr<engine::AggregationStrategy>> probe =
        engine::makeAggregationStrategy(m_options.strategy);
    if (!probe)
        return probe.error();
    engine::Result<engine::ModelRegistry> registry = engine::ModelRegistry::open(m_options.dbPath);
    if (!registry)
        return registry.error();
    m_registry.emplace(std::move(registry).value());
    m_runId = m_options.runName;
    m_spec.inputWidth = inputWidth(m_options.schema);
    m_spec.hiddenLayers = m_options.hiddenLayers;
    m_spec.classCount = static_cast<int>(m_options.schema.classNames.size());
    m_spec.dropout = m_options.dropout;
    m_spec.weightDecay = m_options.weightDecay;

    // A restarted hub resumes from the newest stored version of its run.
    engine::Result<std::vector<engine::ModelVersionSummary>> versions = m_registry->listVersions();
    if (!versions)
        return versions.error();
    for (const engine::ModelVersionSummary &version : versions.value())
    {
        if (version.origin != engine::ModelOrigin::Federated || version.name != m_options.runName)
            continue;
        engine::Result<engine::TrainedModel> stored =
            engine::loadTrainedModel(*m_registry, version.id);
        if (!stored)
            return stored.error();
        m_resumeModel = stored->classifier().parameterVector();
        m_resumeRounds = version.round.value_or(0);
        m_preprocessor = stored->preprocessor();
        m_baselineClass = stored->baselineClass();
        m_spec = stored->classifier().spec();
        m_lastVersion = version.id;
        log("resuming " + m_options.runName + " after round " + std::to_string(m_resumeRounds)
            + " (version " + std::to_string(version.id) + ")");
        break;
    }

    m_listener = FrameListener::create(m_runtime.context(), [this](asio::ip::tcp::socket socket)
                                       { accept(std::move(socket)); });
    engine::Result<unsigned short> port = m_listener->listen(m_options.address, m_options.port);
    if (!port)
        return port.error();
    if (m_resumeRounds >= m_options.rounds.rounds)
    {
        // Nothing left to run: say so and end, rather than wait for sites.
        asio::post(m_strand,
                   [this]
                   {
                       log("the run " + m_options.runName + " already has all its "
                           + std::to_string(m_options.rounds.rounds) + " rounds");
                       finish({});
                   });
        return port;
    }
    asio::post(m_strand, [this] { armTicker(); });
    return port;
}

void HubService::accept(asio::ip::tcp::socket socket)
{
    FramedConnection::Handlers handlers;
    handlers.onEnvelope =
        [this](const FramedConnection::Pointer &connection, cohort::wire::Envelope envelope)
    {
        asio::post(m_strand, [this, connection, envelope = std::move(envelope)]() mutable
                   { handleEnvelope(connection, std::move(envelope)); });
    };
    handlers.onClosed =
        [this](const FramedConnection::Pointer &connection, const std::string &reason)
    { asio::post(m_strand, [this, connection, reason] { handleClosed(connection, reason); }); };
    FramedConnection::create(std::move(socket), handlers)->start();
}

HubService::Site *HubService::siteOf(const FramedConnection::Pointer &connection)
{
    for (auto &[id, site] : m_sites)
    {
        if (site.connection == connection)
            return &site;
    }
    return nullptr;
}

void HubService::handleEnvelope(const FramedConnection::Pointer &connection,
                                cohort::wire::Envelope e)
{
    if (m_done)
        return;
    if (e.has_hello())
    {
        handleHello(connection, e.hello());
        return;
    }
    Site *site = siteOf(connection);
    if (!site)
    {
        connection->sendErrorAndClose(cohort::wire::ErrorReply::OUT_OF_ORDER,
                                      "say Hello before anything else");
        return;
    }
    if (e.has_statistics_result())
        handleStatistics(*site, e.statistics_result());
    else if (e.has_fit_result())
        handleFitResult(*site, e.fit_result());
    else if (e.has_evaluate_result())
        handleEvaluation(*site, e.evaluate_result());
    else if (e.has_error())
        log(site->id + " reported: " + e.error().message() + "\n" + e.error().detail());
}

void HubService::handleHello(const FramedConnection::Pointer &connection,
                             const cohort::wire::Hello &hello)
{
    if (hello.protocol_version() != kProtocolVersion)
    {
        connection->sendErrorAndClose(cohort::wire::ErrorReply::PROTOCOL_VERSION,
                                      "this hub speaks protocol version "
                                          + std::to_string(kProtocolVersion));
        return;
    }
    if (!m_options.joinCode.empty() && hello.join_code() != m_options.joinCode)
    {
        log("refused " + hello.site_name() + ": wrong join code");
        connection->sendErrorAndClose(cohort::wire::ErrorReply::BAD_JOIN_CODE,
                                      "the join code is not right; ask the hub for it");
        return;
    }
    // A site that comes back under its name takes its old place; a second live one gets a suffix.
    std::string id = hello.site_name().empty() ? std::string("site") : hello.site_name();
    for (int suffix = 2; m_sites.count(id) && m_sites[id].connection; ++suffix)
        id = hello.site_name() + "-" + std::to_string(suffix);
    Site &site = m_sites[id];
    site.id = id;
    site.connection = connection;
    site.ready = false;

    FederationPlan plan;
    plan.schema = m_options.schema;
    plan.rounds = m_options.rounds.rounds;
    plan.strategy = m_options.strategy.name;
    plan.proximalMu = m_options.strategy.name == "fedprox" ? m_options.strategy.proximalMu : 0.0;
    plan.modelSpecJson = engine::toJson(m_spec).dump();
    cohort::wire::Envelope welcome = makeEnvelope(m_runId, "hub", 0, 0);
    welcome.mutable_welcome()->set_protocol_version(kProtocolVersion);
    welcome.mutable_welcome()->set_site_id(id);
    welcome.mutable_welcome()->set_run_id(m_runId);
    *welcome.mutable_welcome()->mutable_settings() = toSettings(plan);
    send(site, std::move(welcome));
    log(id + " joined from " + connection->peer());
    if (m_events.onSite)
        m_events.onSite({id, SiteUpdate::State::Joined, 0});
    if (m_preprocessor)
    {
        makeReady(site);
        return;
    }
    cohort::wire::Envelope request = makeEnvelope(m_runId, "hub", 0, 0);
    request.mutable_statistics_request()->set_max_sketch_points(256);
    send(site, std::move(request));
}

void HubService::handleStatistics(Site &site, const cohort::wire::StatisticsResult &statistics)
{
    site.summary = summaryFromStatistics(statistics);
    if (m_preprocessor)
    {
        makeReady(site);
        return;
    }
    const auto summarised = std::count_if(
        m_sites.begin(), m_sites.end(),
        [](const auto &entry) { return entry.second.connection && entry.second.summary; });
    if (summarised >= m_options.rounds.minSites)
        fixPreprocessing();
}

void HubService::fixPreprocessing()
{
    std::vector<engine::SiteSummary> summaries;
    for (const auto &[id, site] : m_sites)
    {
        if (site.connection && site.summary)
            summaries.push_back(*site.summary);
    }
    engine::Result<engine::Preprocessor> combined =
        engine::combineSummaries(summaries, m_options.schema);
    if (!combined)
    {
        finish(engine::makeError(combined.error().code, "cannot merge the sites' statistics: "
                                                            + combined.error().message));
        return;
    }
    m_preprocessor = std::move(combined).value();
    m_baselineClass = engine::majorityClass(summaries, m_options.schema.classNames);
    log("preprocessing fixed from " + std::to_string(summaries.size()) + " sites' statistics");
    for (auto &[id, site] : m_sites)
    {
        if (site.connection && site.summary)
            makeReady(site);
    }
}

void HubService::makeReady(Site &site)
{
    if (site.ready || !site.connection)
        return;
    cohort::wire::Envelope plan = makeEnvelope(m_runId, "hub", 0, 0);
    plan.mutable_preprocessing_plan()->set_preprocessor_json(m_preprocessor->toJson().dump());
    plan.mutable_preprocessing_plan()->set_baseline_class(
        static_cast<std::uint32_t>(m_baselineClass));
    send(site, std::move(plan));
    site.ready = true;
    if (m_events.onSite)
        m_events.onSite({site.id, SiteUpdate::State::Ready, site.summary ? site.summary->rows : 0});
    if (!m_coordinator)
    {
        std::vector<float> initial = m_resumeModel;
        if (initial.empty())
            initial =
                engine::MlpClassifier::create(m_spec, m_options.rounds.seed)->parameterVector();
        m_coordinator.emplace(
            m_options.rounds,
            std::move(engine::makeAggregationStrategy(m_options.strategy)).value(),
            std::move(initial), m_resumeRounds);
        (void)m_coordinator->setPaused(m_paused, Clock::now());
        if (m_coordinator->phase() == engine::RoundCoordinator::Phase::Finished)
        {
            m_federationDone = true;
            log("the run already has all its rounds");
            finish({});
            return;
        }
    }
    apply(m_coordinator->siteConnected(site.id, Clock::now()));
}

void HubService::handleFitResult(Site &site, const cohort::wire::FitResult &result)
{
    if (!m_coordinator)
        return;
    engine::Result<std::vector<float>> parameters = fromTensor(result.parameters());
    const int round = static_cast<int>(result.round());
    if (!parameters)
    {
        apply(m_coordinator->fitFailed(site.id, round, parameters.error().message, Clock::now()));
        return;
    }
    engine::FitResult fit{site.id, round, std::move(parameters).value(), result.sample_count(),
                          result.train_loss()};
    apply(m_coordinator->fitResultArrived(std::move(fit), Clock::now()));
}

void HubService::handleClosed(const FramedConnection::Pointer &connection,
                              const std::string &reason)
{
    Site *site = siteOf(connection);
    if (!site)
        return;
    site->connection.reset();
    if (m_done)
    {
        const bool anyLeft = std::any_of(m_sites.begin(), m_sites.end(),
                                         [](const auto &entry) { return entry.second.connection; });
        if (!anyLeft)
            signalDone();
        return;
    }
    const bool wasReady = site->ready;
    site->ready = false;
    log(site->id + " left: " + reason);
    if (m_events.onSite)
        m_events.onSite({site->id, SiteUpdate::State::Left, 0});
    for (auto &[round, pending] : m_evaluations)
        std::erase(pending.asked, site->id);
    if (wasReady && m_coordinator)
        apply(m_coordinator->siteDisconnected(site->id, Clock::now()));
}

void HubService::apply(engine::CoordinatorActions actions)
{
    for (const std::string &line : actions.log)
        log(line);
    if (actions.finishedRound)
        recordRound(std::move(*actions.finishedRound));
    if (actions.fit)
    {
        for (const std::string &id : actions.fit->sites)
        {
            cohort::wire::Envelope envelope =
                makeEnvelope(m_runId, "hub", static_cast<std::uint64_t>(actions.fit->round), 0);
            cohort::wire::FitRequest *request = envelope.mutable_fit_request();
            request->set_round(static_cast<std::uint64_t>(actions.fit->round));
            *request->mutable_global_model() = toTensor(actions.fit->globalModel);
            request->set_epochs(static_cast<std::uint32_t>(m_options.localEpochs));
            request->set_batch_size(static_cast<std::uint32_t>(m_options.batchSize));
            request->set_learning_rate(m_options.learningRate);
            request->set_optimizer(m_options.localOptimizer);
            request->set_proximal_mu(
                m_options.strategy.name == "fedprox" ? m_options.strategy.proximalMu : 0.0);
            request->set_deadline_ms(static_cast<std::uint64_t>(m_options.rounds.deadline.count()));
            send(m_sites[id], std::move(envelope));
        }
    }
    if (actions.federationFinished)
    {
        m_federationDone = true;
        if (m_evaluations.empty())
            finish({});
    }
}

void HubService::recordRound(engine::RoundOutcome outcome)
{
    if (!outcome.aggregated)
        return;
    PendingEvaluation pending;
    pending.report.round = outcome.round;
    pending.report.answered = outcome.answered;
    pending.report.dropped = outcome.dropped;
    pending.report.trainLoss = outcome.trainLoss;
    pending.report.seconds = outcome.seconds;
    pending.deadline = Clock::now() + m_options.rounds.deadline;
    // Federated evaluation: every connected site scores the new model on its held-out rows.
    for (auto &[id, site] : m_sites)
    {
        if (!site.ready)
            continue;
        pending.asked.push_back(id);
        cohort::wire::Envelope envelope =
            makeEnvelope(m_runId, "hub", static_cast<std::uint64_t>(outcome.round), 0);
        envelope.mutable_evaluate_request()->set_round(static_cast<std::uint64_t>(outcome.round));
        *envelope.mutable_evaluate_request()->mutable_model() = toTensor(outcome.model);
        send(site, std::move(envelope));
    }
    m_evaluations[outcome.round] = std::move(pending);
    m_evaluationModels[outcome.round] = std::move(outcome.model);
}

void HubService::handleEvaluation(Site &site, const cohort::wire::EvaluateResult &result)
{
    const auto found = m_evaluations.find(static_cast<int>(result.round()));
    if (found == m_evaluations.end())
        return;
    engine::Result<std::vector<std::vector<long>>> confusion = confusionFromEvaluation(result);
    if (!confusion || confusion->size() != m_options.schema.classNames.size())
        return;
    found->second.results.push_back(
        {site.id, result.sample_count(), result.loss(), std::move(confusion).value()});
    finishEvaluation(found->first);
}

void HubService::finishEvaluation(int round)
{
    const auto found = m_evaluations.find(round);
    if (found == m_evaluations.end())
        return;
    PendingEvaluation &pending = found->second;
    const bool everyone = std::all_of(
        pending.asked.begin(), pending.asked.end(),
        [&](const auto &id)
        {
            return std::any_of(pending.results.begin(), pending.results.end(),
                               [&](const engine::SiteEvaluation &e) { return e.siteId == id; });
        });
    if (!everyone && Clock::now() < pending.deadline)
        return;
    // Rounds are reported and stored in order.
    if (found != m_evaluations.begin())
        return;
    RoundReport report = pending.report;
    nlohmann::json metrics = {{"train_loss", report.trainLoss}};
    if (!pending.results.empty())
    {
        engine::Result<engine::FederatedEvaluation> combined =
            engine::combineEvaluations(pending.results, m_options.schema.classNames.size());
        if (combined)
        {
            report.evaluation = combined.value();
            metrics.update(evaluationJson(combined.value()));
        }
    }
    engine::FederatedModel model;
    model.spec = m_spec;
    model.weights = std::move(m_evaluationModels[round]);
    model.preprocessor = &*m_preprocessor;
    model.target = m_options.schema.target;
    model.classNames = m_options.schema.classNames;
    model.baselineClass = m_baselineClass;
    model.name = m_options.runName;
    model.round = round;
    model.parentId = m_lastVersion;
    model.metricsJson = metrics.dump();
    engine::Result<std::int64_t> saved = engine::saveFederatedVersion(*m_registry, model);
    if (saved)
    {
        report.versionId = saved.value();
        m_lastVersion = saved.value();
    }
    else
    {
        log("could not store round " + std::to_string(round) + ": " + saved.error().message);
    }
    m_evaluationModels.erase(round);
    m_evaluations.erase(found);
    if (m_events.onRound)
        m_events.onRound(report);
    if (!m_evaluations.empty())
        finishEvaluation(m_evaluations.begin()->first);
    if (m_federationDone && m_evaluations.empty())
        finish({});
}

void HubService::armTicker()
{
    m_ticker.expires_after(std::chrono::milliseconds(100));
    m_ticker.async_wait(
        [this](const boost::system::error_code &error)
        {
            if (error || m_done)
                return;
            if (m_coordinator)
                apply(m_coordinator->tick(Clock::now()));
            // Evaluations whose deadline passed are closed with the answers they have.
            if (!m_evaluations.empty())
                finishEvaluation(m_evaluations.begin()->first);
            armTicker();
        });
}

void HubService::send(Site &site, cohort::wire::Envelope envelope)
{
    if (!site.connection)
        return;
    envelope.set_message_id(m_nextMessageId++);
    site.connection->send(std::move(envelope));
}

void HubService::log(const std::string &text)
{
    if (m_events.onLog)
        m_events.onLog(text);
}

void HubService::finish(engine::Result<void> result)
{
    if (m_done)
        return;
    m_done = result;
    if (m_listener)
        m_listener->stop();
    m_ticker.cancel();
    // Say goodbye to every site, and report the end once those goodbyes are written (their
    // connections close) or two seconds have passed.
    bool anyConnected = false;
    for (auto &[id, site] : m_sites)
    {
        if (!site.connection)
            continue;
        cohort::wire::Envelope goodbye = makeEnvelope(m_runId, "hub", 0, 0);
        goodbye.mutable_goodbye()->set_reason(result ? "all rounds done" : result.error().message);
        send(site, std::move(goodbye));
        site.connection->closeAfterWrites("the federation is over");
        anyConnected = true;
    }
    if (!anyConnected)
    {
        signalDone();
        return;
    }
    m_shutdownTimer.expires_after(std::chrono::seconds(2));
    m_shutdownTimer.async_wait([this](const boost::system::error_code &) { signalDone(); });
}

void HubService::signalDone()
{
    {
        std::lock_guard lock(m_doneMutex);
        if (m_doneResult)
            return;
        m_doneResult = m_done;
    }
    m_doneChanged.notify_all();
}

engine::Result<void> HubService::wait()
{
    std::unique_lock lock(m_doneMutex);
    m_doneChanged.wait(lock, [this] { return m_doneResult.has_value(); });
    return *m_doneResult;
}

std::optional<engine::Result<void>> HubService::waitFor(std::chrono::milliseconds timeout)
{
    std::unique_lock lock(m_doneMutex);
    m_doneChanged.wait_for(lock, timeout, [this] { return m_doneResult.has_value(); });
    return m_doneResult;
}

void HubService::setPaused(bool paused)
{
    asio::post(m_strand,
               [this, paused]
               {
                   m_paused = paused;
                   if (m_coordinator)
                       apply(m_coordinator->setPaused(paused, Clock::now()));
               });
}

void HubService::stop()
{
    asio::post(m_strand, [this]
               { finish(engine::makeError(engine::ErrorCode::Cancelled, "the hub was stopped")); });
}

} // namespace cohort::net
