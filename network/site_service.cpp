#include "network/site_service.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "data/data_split.h"
#include "data/preprocessor.h"
#include "data/schema_inference.h"
#include "fl/federated_evaluation.h"
#include "fl/federated_preprocessing.h"
#include "model/mlp_spec.h"
#include "store/stored_model.h"
#include "network/frame_listener.h"
#include "network/wire_messages.h"
#include "train/trainer.h"

namespace cohort::net
{

namespace asio = boost::asio;

// Everything below lives on the worker thread only.
struct SiteService::Prepared
{
    std::vector<std::size_t> trainRows;
    std::vector<std::size_t> testRows;
    std::vector<int> labels;
    std::optional<engine::MlpClassifier> model;
    engine::FeatureMatrix trainInputs;
    std::vector<int> trainLabels;
    engine::FeatureMatrix testInputs;
    std::vector<int> testLabels;
    std::optional<engine::Preprocessor> preprocessor;
    std::vector<float> lastGlobal; // the newest global model the hub asked to evaluate
    int lastRound = 0;
    int baselineClass = 0; // the federation's pooled majority class
};

SiteService::SiteService(IoRuntime &runtime, SiteOptions options, LogCallback log)
    : m_runtime(runtime)
    , m_options(std::move(options))
    , m_log(std::move(log))
{
    m_worker = std::thread([this] { runJobs(); });
}

// The owner stops the IoRuntime first, so no network handler can outlive the site.
SiteService::~SiteService()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_changed.notify_all();
    if (m_worker.joinable())
        m_worker.join();
}

engine::Result<void> SiteService::loadData()
{
    m_report = engine::ValidationReport();
    engine::Result<engine::RawTable> table =
        engine::readCsv(m_options.csvPath, m_options.csv, m_report);
    if (!table)
        return table.error();
    m_table = std::move(table).value();
    return {};
}

void SiteService::start()
{
    connect();
}

void SiteService::connect()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_outcome)
            return;
        ++m_attempts;
    }
    connectWithTimeout(
        m_runtime.context(), m_options.host, m_options.port, std::chrono::seconds(5),
        [this](engine::Result<asio::ip::tcp::socket> socket)
        {
            if (!socket)
            {
                scheduleReconnect(socket.error().message);
                return;
            }
            FramedConnection::Handlers handlers;
            handlers.onEnvelope =
                [this](const FramedConnection::Pointer &connection, cohort::wire::Envelope envelope)
            { handleEnvelope(connection, std::move(envelope)); };
            handlers.onClosed = [this](const FramedConnection::Pointer &, const std::string &why)
            {
                {
                    std::lock_guard lock(m_mutex);
                    m_connection.reset();
                }
                scheduleReconnect("the connection closed: " + why);
            };
            auto connection = FramedConnection::create(std::move(socket).value(), handlers);
            cohort::wire::Envelope hello;
            {
                std::lock_guard lock(m_mutex);
                m_connection = connection;
                m_attempts = 0;
                hello = makeEnvelope(m_runId, m_options.name, 0, m_nextMessageId++);
            }
            hello.mutable_hello()->set_protocol_version(kProtocolVersion);
            hello.mutable_hello()->set_site_name(m_options.name);
            hello.mutable_hello()->set_join_code(m_options.joinCode);
            connection->start();
            connection->send(std::move(hello));
            m_log("connected to the hub at " + m_options.host + ":"
                  + std::to_string(m_options.port));
        });
}

void SiteService::scheduleReconnect(const std::string &why)
{
    std::lock_guard lock(m_mutex);
    if (m_outcome || m_stopping)
        return;
    if (m_attempts >= m_options.connectAttempts)
    {
        m_outcome = SiteOutcome{1, "gave up reaching the hub: " + why, m_report, m_roundsTrained};
        m_changed.notify_all();
        return;
    }
    // Exponential backoff, so that a restarting hub is not flooded with connection attempts.
    const auto delay =
        std::min(m_options.maxBackoff, m_options.firstBackoff * (1 << std::min(m_attempts, 5)));
    m_log("reconnecting in " + std::to_string(delay.count()) + " ms (" + why + ")");
    m_reconnectTimer = std::make_unique<asio::steady_timer>(m_runtime.context(), delay);
    m_reconnectTimer->async_wait(
        [this](const boost::system::error_code &error)
        {
            if (!error)
                connect();
        });
}

void SiteService::handleEnvelope(const FramedConnection::Pointer &, cohort::wire::Envelope e)
{
    using Body = cohort::wire::Envelope::BodyCase;
    switch (e.body_case())
    {
    case Body::kWelcome:
        post([this, welcome = e.welcome()] { handleWelcome(welcome); });
        break;
    case Body::kStatisticsRequest:
        post([this, request = e.statistics_request()] { handleStatisticsRequest(request); });
        break;
    case Body::kPreprocessingPlan:
        post([this, plan = e.preprocessing_plan()] { handlePlan(plan); });
        break;
    case Body::kFitRequest:
        post([this, request = e.fit_request()] { handleFit(request); });
        break;
    case Body::kEvaluateRequest:
        post([this, request = e.evaluate_request()] { handleEvaluate(request); });
        break;
    case Body::kGoodbye:
        // After the jobs still queued, keep the final model, then end.
        post(
            [this, reason = e.goodbye().reason()]
            {
                storeFinalModel();
                finish(0, "the federation finished: " + reason);
            });
        break;
    case Body::kError:
    {
        const bool refused = e.error().code() == cohort::wire::ErrorReply::BAD_JOIN_CODE
                             || e.error().code() == cohort::wire::ErrorReply::PROTOCOL_VERSION;
        if (refused)
            finish(2, "the hub refused this site: " + e.error().message());
        else
            m_log("the hub reported: " + e.error().message());
        break;
    }
    default:
        break;
    }
}

void SiteService::handleWelcome(const cohort::wire::Welcome &welcome)
{
    engine::Result<FederationPlan> plan = planFromSettings(welcome.settings());
    if (!plan)
    {
        finish(1, "the hub sent settings this site cannot use: " + plan.error().message);
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        m_siteId = welcome.site_id();
        m_runId = welcome.run_id();
    }
    if (m_prepared)
        return; // a reconnect: the rows were checked and split already
    engine::ValidationReport report;
    report.setFile(m_options.csvPath);
    if (auto fits = engine::checkSiteTable(m_table, plan->schema, report); !fits)
    {
        cohort::wire::Envelope refusal = makeEnvelope(m_runId, m_siteId, 0, 0);
        refusal.mutable_error()->set_code(cohort::wire::ErrorReply::SCHEMA_MISMATCH);
        refusal.mutable_error()->set_message("the site's file does not fit the federation");
        refusal.mutable_error()->set_detail(report.toText());
        send(std::move(refusal));
        m_report.append(report);
        finish(2, "the file does not fit the federation's columns");
        return;
    }
    m_report.append(report);
    m_plan = std::move(plan).value();
    m_prepared = std::make_unique<Prepared>();
    m_prepared->labels =
        engine::encodeLabels(m_table, m_plan->schema.target, m_plan->schema.classNames);
    const engine::DataSplit split =
        engine::stratifiedSplit(m_prepared->labels, 0.0, m_options.testShare, m_options.seed);
    m_prepared->trainRows = split.train;
    m_prepared->testRows = split.test;
    m_log("joined as " + m_siteId + " with " + std::to_string(split.train.size()) + " training and "
          + std::to_string(split.test.size()) + " evaluation rows");
}

void SiteService::handleStatisticsRequest(const cohort::wire::StatisticsRequest &request)
{
    if (!m_prepared)
        return;
    const engine::SiteSummary summary = engine::summarizeSite(
        m_table, m_plan->schema, m_prepared->trainRows,
        request.max_sketch_points() > 0 ? static_cast<int>(request.max_sketch_points()) : 256);
    cohort::wire::Envelope envelope = makeEnvelope(m_runId, m_siteId, 0, 0);
    *envelope.mutable_statistics_result() = toStatistics(summary);
    send(std::move(envelope));
}

void SiteService::handlePlan(const cohort::wire::PreprocessingPlan &plan)
{
    if (!m_prepared || m_prepared->model)
        return;
    const nlohmann::json json = nlohmann::json::parse(plan.preprocessor_json(), nullptr, false);
    engine::Result<engine::Preprocessor> preprocessor =
        json.is_discarded() ? engine::Result<engine::Preprocessor>(
            engine::makeError(engine::ErrorCode::InvalidInput, "the preprocessing is not JSON"))
                            : engine::Preprocessor::fromJson(json);
    engine::Result<engine::FeatureMatrix> inputs =
        preprocessor ? preprocessor->transform(m_table)
                     : engine::Result<engine::FeatureMatrix>(preprocessor.error());
    const nlohmann::json specJson = nlohmann::json::parse(m_plan->modelSpecJson, nullptr, false);
    engine::Result<engine::MlpSpec> spec =
        specJson.is_discarded() ? engine::Result<engine::MlpSpec>(
            engine::makeError(engine::ErrorCode::InvalidInput, "the model spec is not JSON"))
                                : engine::mlpSpecFromJson(specJson);
    if (!inputs || !spec)
    {
        finish(1, "cannot apply the federation's preprocessing: "
                      + (!inputs ? inputs.error().message : spec.error().message));
        return;
    }
    engine::Result<engine::MlpClassifier> model =
        engine::MlpClassifier::create(spec.value(), m_options.seed);
    if (!model || spec->inputWidth != static_cast<int>(inputs->cols))
    {
        finish(1, "the federation's model does not fit its preprocessing");
        return;
    }
    Prepared &p = *m_prepared;
    p.model = std::move(model).value();
    p.preprocessor = preprocessor.value();
    p.baselineClass = static_cast<int>(plan.baseline_class());
    p.trainInputs = inputs->select(p.trainRows);
    p.trainLabels = engine::labelsAt(p.labels, p.trainRows);
    p.testInputs = inputs->select(p.testRows);
    p.testLabels = engine::labelsAt(p.labels, p.testRows);
}

void SiteService::handleFit(const cohort::wire::FitRequest &request)
{
    if (!m_prepared || !m_prepared->model)
        return;
    Prepared &p = *m_prepared;
    engine::Result<std::vector<float>> global = fromTensor(request.global_model());
    if (!global || !p.model->setParameters(global.value()).ok())
    {
        m_log("ignored a fit request with a model of the wrong size");
        return;
    }
    engine::TrainOptions options;
    options.epochs = static_cast<int>(std::max<std::uint32_t>(1, request.epochs()));
    options.batchSize = static_cast<int>(std::max<std::uint32_t>(1, request.batch_size()));
    options.learningRate = request.learning_rate() > 0.0 ? request.learning_rate() : 0.05;
    // Plain SGD is FedAvg's local optimiser: a fresh Adam each round takes full-size steps
    // even on a site whose rows hold one class only, and drags the average towards it.
    options.optimizer =
        request.optimizer() == "adam" ? engine::OptimizerKind::Adam : engine::OptimizerKind::Sgd;
    options.patience = 0;
    options.seed = m_options.seed + request.round();
    options.proximalMu = request.proximal_mu();
    if (options.proximalMu > 0.0)
        options.proximalCenter = global.value();
    engine::Result<engine::TrainOutcome> outcome =
        engine::trainClassifier(p.model.value(), p.trainInputs, p.trainLabels, {}, {}, options);
    if (!outcome)
    {
        m_log("local training failed: " + outcome.error().message);
        return;
    }
    cohort::wire::Envelope envelope = makeEnvelope(m_runId, m_siteId, request.round(), 0);
    cohort::wire::FitResult *result = envelope.mutable_fit_result();
    result->set_round(request.round());
    *result->mutable_parameters() = toTensor(p.model->parameterVector());
    result->set_sample_count(static_cast<std::int64_t>(p.trainLabels.size()));
    result->set_train_loss(outcome->history.empty() ? 0.0 : outcome->history.back().trainLoss);
    send(std::move(envelope));
    std::lock_guard lock(m_mutex);
    ++m_roundsTrained;
}

void SiteService::handleEvaluate(const cohort::wire::EvaluateRequest &request)
{
    if (!m_prepared || !m_prepared->model)
        return;
    Prepared &p = *m_prepared;
    engine::Result<std::vector<float>> model = fromTensor(request.model());
    if (!model || !p.model->setParameters(model.value()).ok())
        return;
    p.lastGlobal = model.value();
    p.lastRound = static_cast<int>(request.round());
    const std::size_t classes = m_plan->schema.classNames.size();
    const std::vector<float> probabilities = p.model->predictProbabilities(p.testInputs);
    const auto confusion = engine::confusionMatrix(p.testLabels, probabilities, classes);
    const engine::LossAndAccuracy loss = p.model->evaluate(p.testInputs, p.testLabels);
    cohort::wire::Envelope envelope = makeEnvelope(m_runId, m_siteId, request.round(), 0);
    cohort::wire::EvaluateResult *result = envelope.mutable_evaluate_result();
    result->set_round(request.round());
    result->set_sample_count(static_cast<std::int64_t>(p.testLabels.size()));
    result->set_loss(loss.loss);
    result->set_class_count(static_cast<std::uint32_t>(classes));
    for (const auto &row : confusion)
        for (const long count : row)
            result->add_confusion(count);
    send(std::move(envelope));
}

void SiteService::storeFinalModel()
{
    if (m_options.dbPath.empty() || !m_prepared || m_prepared->lastGlobal.empty())
        return;
    Prepared &p = *m_prepared;
    // The site's own model is free now: score the final global model on the evaluation rows.
    engine::LossAndAccuracy local;
    if (p.model->setParameters(p.lastGlobal).ok())
        local = p.model->evaluate(p.testInputs, p.testLabels);
    engine::FederatedModel model;
    model.spec = p.model->spec();
    model.weights = p.lastGlobal;
    model.preprocessor = &*p.preprocessor;
    model.target = m_plan->schema.target;
    model.classNames = m_plan->schema.classNames;
    if (p.baselineClass < static_cast<int>(model.classNames.size()))
        model.baselineClass = p.baselineClass;
    model.name = m_runId + " (global model, kept at " + m_siteId + ")";
    model.round = p.lastRound;
    model.metricsJson = nlohmann::json{{"accuracy", local.accuracy},
                                       {"log_loss", local.loss},
                                       {"samples", p.testLabels.size()},
                                       {"scope", "this site's evaluation rows"}}
                            .dump();
    engine::Result<std::int64_t> saved = engine::saveFederatedVersion(m_options.dbPath, model);
    if (!saved)
    {
        m_log("could not keep the final global model in " + m_options.dbPath + ": "
              + saved.error().message);
        return;
    }
    {
        std::lock_guard lock(m_mutex);
        m_storedVersion = saved.value();
    }
    m_log("kept the final global model (round " + std::to_string(p.lastRound) + ") as version "
          + std::to_string(saved.value()) + " in " + m_options.dbPath);
}

void SiteService::send(cohort::wire::Envelope envelope)
{
    std::lock_guard lock(m_mutex);
    envelope.set_message_id(m_nextMessageId++);
    if (m_connection)
        m_connection->send(std::move(envelope));
}

void SiteService::post(std::function<void()> job)
{
    {
        std::lock_guard lock(m_mutex);
        m_jobs.push_back(std::move(job));
    }
    m_changed.notify_all();
}

void SiteService::runJobs()
{
    for (;;)
    {
        std::function<void()> job;
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [this] { return m_stopping || !m_jobs.empty(); });
            if (m_stopping)
                return;
            job = std::move(m_jobs.front());
            m_jobs.pop_front();
        }
        job();
    }
}

void SiteService::finish(int exitCode, const std::string &message)
{
    FramedConnection::Pointer connection;
    {
        std::lock_guard lock(m_mutex);
        if (m_outcome)
            return;
        m_outcome = SiteOutcome{exitCode, message, m_report, m_roundsTrained, m_storedVersion};
        connection = m_connection;
        if (m_reconnectTimer)
            m_reconnectTimer->cancel();
    }
    m_log(message);
    if (connection)
        connection->close("the site is done");
    m_changed.notify_all();
}

SiteOutcome SiteService::wait()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_outcome.has_value(); });
    return *m_outcome;
}

void SiteService::stop()
{
    finish(1, "stopped");
}

} // namespace cohort::net
