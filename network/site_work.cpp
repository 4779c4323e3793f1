// SiteService's work on the work queue: checking the rows against the hub's plan, statistics,
// applying the preprocessing, local fits and evaluations, and keeping the final model.
#include <algorithm>

#include <nlohmann/json.hpp>

#include "fl/federated_preprocessing.h"
#include "model/mlp_spec.h"
#include "network/log_text.h"
#include "network/site_service.h"
#include "network/wire_messages.h"

namespace cohort::net
{

using cohort::wire::RoundFailure;

void SiteService::handleWelcome(const cohort::wire::Welcome &welcome)
{
    engine::Result<FederationPlan> plan = planFromSettings(welcome.settings());
    if (!plan)
        return finishFromWork(1, logEvent(LogCode::SiteSettingsUnusable, plan.error().message));
    if (m_participant)
        return; // a reconnect: the rows were checked and split already
    engine::ValidationReport report;
    report.setFile(m_options.csvPath);
    const engine::Result<void> fits = engine::checkSiteTable(m_table, plan->schema, report);
    {
        std::lock_guard lock(m_reportMutex);
        m_report.append(report);
    }
    if (!fits)
    {
        cohort::wire::Envelope refusal;
        refusal.mutable_error()->set_code(cohort::wire::ErrorReply::SCHEMA_MISMATCH);
        refusal.mutable_error()->set_message("the site's file does not fit the federation");
        refusal.mutable_error()->set_detail(report.toText());
        sendFromWork(std::move(refusal));
        return finishFromWork(2, logEvent(LogCode::SiteFileDoesNotFit));
    }
    m_plan = std::move(plan).value();
    m_participant.emplace(std::move(m_table), m_plan->schema, m_options.testShare,
                          m_options.seed);
    m_joinedAs = loggable(welcome.site_id(), 64);
    m_log(logEvent(LogCode::SiteJoined, m_joinedAs, m_participant->trainRowCount(),
                   m_participant->testRowCount()));
    if (m_options.onJoined)
        m_options.onJoined(m_joinedAs, static_cast<std::int64_t>(m_participant->trainRowCount()));
}

void SiteService::handleStatisticsRequest(const cohort::wire::StatisticsRequest &request)
{
    if (!m_participant)
        return;
    const int points =
        request.max_sketch_points() > 0 ? static_cast<int>(request.max_sketch_points()) : 256;
    cohort::wire::Envelope envelope;
    *envelope.mutable_statistics_result() =
        toStatistics(m_participant->summarize(m_plan->schema, points));
    envelope.mutable_statistics_result()->set_evaluation_row_count(
        static_cast<std::int64_t>(m_participant->testRowCount()));
    sendFromWork(std::move(envelope));
}

void SiteService::handlePlan(const cohort::wire::PreprocessingPlan &plan)
{
    if (!m_participant || m_participant->isPrepared())
        return;
    const nlohmann::json json = nlohmann::json::parse(plan.preprocessor_json(), nullptr, false);
    engine::Result<engine::Preprocessor> preprocessor =
        json.is_discarded() ? engine::Result<engine::Preprocessor>(
            engine::makeError(engine::ErrorCode::InvalidInput, "the preprocessing is not JSON"))
                            : engine::Preprocessor::fromJson(json);
    const nlohmann::json specJson = nlohmann::json::parse(m_plan->modelSpecJson, nullptr, false);
    engine::Result<engine::MlpSpec> spec =
        specJson.is_discarded() ? engine::Result<engine::MlpSpec>(
            engine::makeError(engine::ErrorCode::InvalidInput, "the model spec is not JSON"))
                                : engine::mlpSpecFromJson(specJson);
    engine::Result<void> prepared =
        !preprocessor ? engine::Result<void>(preprocessor.error())
        : !spec       ? engine::Result<void>(spec.error())
                      : m_participant->prepare(m_plan->schema, preprocessor.value(), spec.value(),
                                               static_cast<int>(plan.baseline_class()));
    if (!prepared)
        finishFromWork(1, logEvent(LogCode::SitePreprocessingFailed, prepared.error().message));
}

void SiteService::handleFit(const cohort::wire::FitRequest &request)
{
    if (!m_participant || !m_participant->isPrepared())
        return reportFailure(request.round(), RoundFailure::FIT,
                             engine::unworded(
                                 "the site has not applied the federation's preprocessing yet"));
    engine::Result<std::vector<float>> global = fromTensor(request.global_model());
    if (!global)
        return reportFailure(request.round(), RoundFailure::FIT,
                             engine::unworded("the global model could not be read: "
                                              + global.error().message));
    engine::LocalTrainingConfig config;
    config.epochs = static_cast<int>(request.epochs());
    config.batchSize = static_cast<int>(request.batch_size());
    config.learningRate = request.learning_rate();
    config.optimizer =
        request.optimizer() == "adam" ? engine::OptimizerKind::Adam : engine::OptimizerKind::Sgd;
    config.proximalMu = request.proximal_mu();
    engine::Result<engine::LocalFit> fit =
        m_participant->fit(global.value(), config, static_cast<int>(request.round()));
    if (!fit)
        return reportFailure(request.round(), RoundFailure::FIT, fit.error().shownReason());
    cohort::wire::Envelope envelope;
    envelope.set_group_id(request.round());
    cohort::wire::FitResult *result = envelope.mutable_fit_result();
    result->set_round(request.round());
    *result->mutable_parameters() = toTensor(fit->parameters);
    result->set_sample_count(fit->samples);
    result->set_train_loss(fit->trainLoss);
    sendFromWork(std::move(envelope));
    ++m_roundsTrained;
}

void SiteService::handleEvaluate(const cohort::wire::EvaluateRequest &request)
{
    if (!m_participant || !m_participant->isPrepared())
        return reportFailure(request.round(), RoundFailure::EVALUATE,
                             engine::unworded(
                                 "the site has not applied the federation's preprocessing yet"));
    engine::Result<std::vector<float>> model = fromTensor(request.model());
    engine::Result<engine::SiteEvaluation> evaluation =
        model ? m_participant->evaluate(model.value(), static_cast<int>(request.round()),
                                        m_options.name)
              : engine::Result<engine::SiteEvaluation>(model.error());
    if (!evaluation)
        return reportFailure(request.round(), RoundFailure::EVALUATE,
                             evaluation.error().shownReason());
    cohort::wire::Envelope envelope;
    envelope.set_group_id(request.round());
    cohort::wire::EvaluateResult *result = envelope.mutable_evaluate_result();
    result->set_round(request.round());
    result->set_sample_count(evaluation->samples);
    result->set_loss(evaluation->loss);
    result->set_class_count(static_cast<std::uint32_t>(m_plan->schema.classNames.size()));
    for (const auto &row : evaluation->confusion)
        for (const long count : row)
            result->add_confusion(count);
    sendFromWork(std::move(envelope));
    std::int64_t right = 0;
    std::int64_t all = 0;
    for (std::size_t k = 0; k < evaluation->confusion.size(); ++k)
        for (std::size_t j = 0; j < evaluation->confusion[k].size(); ++j)
        {
            all += evaluation->confusion[k][j];
            right += k == j ? evaluation->confusion[k][j] : 0;
        }
    if (all > 0)
        m_ownAccuracy.emplace(static_cast<int>(request.round()),
                              static_cast<double>(right) / static_cast<double>(all));
}

void SiteService::handleRoundSummary(const cohort::wire::RoundSummary &summary)
{
    if (!m_options.onRound)
        return;
    SiteRound round;
    round.site = m_joinedAs;
    round.round = static_cast<int>(summary.round());
    round.rounds = static_cast<int>(summary.rounds());
    round.answered = summary.answered();
    round.dropped = summary.dropped();
    round.seconds = summary.seconds();
    if (summary.evaluated())
    {
        round.loss = summary.loss();
        round.accuracy = summary.accuracy();
        round.balancedAccuracy = summary.balanced_accuracy();
    }
    if (m_ownAccuracy && m_ownAccuracy->first == round.round)
        round.ownAccuracy = m_ownAccuracy->second;
    if (m_plan && m_participant && m_participant->isPrepared())
    {
        round.classNames = m_plan->schema.classNames;
        round.baselineClass = m_participant->baselineClass();
        // Counts that do not fill the federation's classes square, or are negative, are not shown.
        const std::size_t classes = round.classNames.size();
        const bool fits = summary.evaluated()
                          && static_cast<std::size_t>(summary.confusion_size()) == classes * classes
                          && std::all_of(summary.confusion().begin(), summary.confusion().end(),
                                         [](std::int64_t count) { return count >= 0; });
        if (fits)
        {
            round.confusion.assign(classes, std::vector<long>(classes, 0));
            for (std::size_t i = 0; i < classes * classes; ++i)
                round.confusion[i / classes][i % classes] =
                    static_cast<long>(summary.confusion(static_cast<int>(i)));
        }
    }
    m_options.onRound(round);
}

void SiteService::keepFinalModel()
{
    if (m_options.dbPath.empty() || !m_participant || !m_participant->isPrepared()
        || m_participant->lastEvaluatedRound() == 0)
        return;
    const int round = m_participant->lastEvaluatedRound();
    engine::Result<std::int64_t> saved = m_participant->keepFinalModel(
        m_options.dbPath, m_runId + " (global model, kept at " + m_options.name + ")", round);
    if (!saved)
    {
        m_log(logEvent(LogCode::SiteModelNotKept, m_options.dbPath, saved.error().message));
        return;
    }
    m_storedVersion = saved.value();
    m_log(logEvent(LogCode::SiteModelKept, round, std::to_string(saved.value()), m_options.dbPath));
}

} // namespace cohort::net
