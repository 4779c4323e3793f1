// HubService's rounds: fit requests out, results and failures in, the evaluation phase, and
// each finished round stored with its strategy state in one transaction.
#include <algorithm>

#include <boost/asio/post.hpp>
#include <nlohmann/json.hpp>

#include "eval/version_metrics.h"
#include "network/federation_messages.h"
#include "network/hub_service.h"
#include "network/log_text.h"
#include "network/wire_messages.h"
#include "store/run_store.h"
#include "store/stored_model.h"

namespace cohort::net
{

namespace asio = boost::asio;
using Clock = std::chrono::steady_clock;

namespace
{

// The round machine's note as a log event: its kinds and the HubRound codes run in step.
LogEvent roundLogEvent(const engine::CoordinatorNote &note)
{
    static_assert(static_cast<int>(LogCode::HubRoundFinished)
                          - static_cast<int>(LogCode::HubRoundSiteJoined)
                      == static_cast<int>(engine::CoordinatorNote::Kind::Finished),
                  "one HubRound code per CoordinatorNote kind, in the same order");
    LogEvent event;
    event.code = static_cast<LogCode>(static_cast<int>(LogCode::HubRoundSiteJoined)
                                      + static_cast<int>(note.kind));
    for (const engine::CoordinatorNote::Argument &argument : note.args)
    {
        // Names and reasons may come from a site: escaped, so that no one forges a log line.
        if (const auto *text = std::get_if<std::string>(&argument))
            event.args.emplace_back(loggable(*text));
        else if (const auto *reason = std::get_if<engine::Reason>(&argument))
            event.args.emplace_back(loggable(*reason));
        else
            event.args.emplace_back(std::get<std::int64_t>(argument));
    }
    return event;
}

} // namespace

void HubService::handleFitResult(Site &site, const cohort::wire::FitResult &result)
{
    if (!m_coordinator)
        return;
    const std::optional<int> wireRound = roundNumber(result.round());
    if (!wireRound)
        return log(logEvent(LogCode::HubResultForUnknownRound, site.id, result.round()));
    const int round = *wireRound;
    // Bounded by what the site declared: no negative, zero or inflated sample counts.
    if (const std::optional<engine::Reason> refused = refuseFitResult(result, site.declared))
    {
        sendRefusal(site, round, cohort::wire::RoundFailure::FIT, *refused);
        return apply(m_coordinator->fitFailed(site.id, round, *refused, Clock::now()));
    }
    engine::Result<std::vector<float>> parameters = fromTensor(result.parameters());
    if (!parameters)
        return apply(
            m_coordinator->fitFailed(site.id, round,
                                     engine::Reason{engine::ReasonCode::UnreadableUpdate,
                                                    {parameters.error().message}},
                                     Clock::now()));
    engine::FitResult fit{site.id, round, std::move(parameters).value(), result.sample_count(),
                          result.train_loss()};
    apply(m_coordinator->fitResultArrived(std::move(fit), Clock::now()));
}

void HubService::handleRoundFailure(Site &site, const cohort::wire::RoundFailure &failure)
{
    const std::optional<int> wireRound = roundNumber(failure.round());
    if (!wireRound)
        return;
    const int round = *wireRound;
    const engine::Reason reason = reasonOf(failure);
    if (failure.step() == cohort::wire::RoundFailure::EVALUATE)
    {
        log(reason.code == engine::ReasonCode::GaveNoReason
                ? logEvent(LogCode::HubSiteEvaluationFailedSilently, site.id, round)
                : logEvent(LogCode::HubSiteEvaluationFailed, site.id, round, reason));
        m_evaluations->failed(round, site.id, reason);
        return closeEvaluations();
    }
    if (m_coordinator)
        apply(m_coordinator->fitFailed(site.id, round, reason, Clock::now()));
}

void HubService::handleEvaluation(Site &site, const cohort::wire::EvaluateResult &result)
{
    const std::optional<int> wireRound = roundNumber(result.round());
    if (!wireRound)
        return;
    const int round = *wireRound;
    if (const std::optional<engine::Reason> refused = refuseEvaluation(result, site.declared))
    {
        log(logEvent(LogCode::HubEvaluationRefused, site.id, *refused));
        sendRefusal(site, round, cohort::wire::RoundFailure::EVALUATE, *refused);
        m_evaluations->failed(round, site.id, *refused);
        return closeEvaluations();
    }
    engine::Result<std::vector<std::vector<long>>> confusion = confusionFromEvaluation(result);
    if (!confusion)
    {
        m_evaluations->failed(round, site.id,
                              engine::Reason{engine::ReasonCode::UnreadableEvaluation,
                                             {confusion.error().message}});
        return closeEvaluations();
    }
    m_evaluations->resultArrived(
        round, {site.id, result.sample_count(), result.loss(), std::move(confusion).value()});
    closeEvaluations();
}

void HubService::apply(engine::CoordinatorActions actions)
{
    // The round machine's notes, kind for kind, become log codes (the app words them).
    for (const engine::CoordinatorNote &note : actions.log)
        log(roundLogEvent(note));
    for (const auto &[round, refusal] : actions.refused)
    {
        if (const auto found = m_sites.find(refusal.siteId); found != m_sites.end())
            sendRefusal(found->second, round, cohort::wire::RoundFailure::FIT, refusal.reason);
    }
    if (actions.finishedRound && actions.finishedRound->aggregated)
        openEvaluation(std::move(*actions.finishedRound));
    if (actions.fit)
        sendFitRequests(*actions.fit);
    if (actions.federationFinished)
    {
        m_federationDone = true;
        closeEvaluations();
    }
}

void HubService::sendFitRequests(const engine::FitInstruction &fit)
{
    // One request, built once, goes to every sampled site.
    auto envelope = std::make_shared<cohort::wire::Envelope>();
    envelope->set_group_id(static_cast<std::uint64_t>(fit.round));
    cohort::wire::FitRequest *request = envelope->mutable_fit_request();
    request->set_round(static_cast<std::uint64_t>(fit.round));
    *request->mutable_global_model() = toTensor(fit.globalModel);
    request->set_epochs(static_cast<std::uint32_t>(m_options.localEpochs));
    request->set_batch_size(static_cast<std::uint32_t>(m_options.batchSize));
    request->set_learning_rate(m_options.learningRate);
    request->set_optimizer(m_options.localOptimizer);
    request->set_proximal_mu(m_proximalMu);
    request->set_deadline_ms(static_cast<std::uint64_t>(m_options.rounds.deadline.count()));
    broadcast(fit.sites, std::move(envelope));
}

void HubService::openEvaluation(engine::RoundOutcome outcome)
{
    // Federated evaluation: every ready site scores the new model on its held-out rows.
    auto envelope = std::make_shared<cohort::wire::Envelope>();
    envelope->set_group_id(static_cast<std::uint64_t>(outcome.round));
    envelope->mutable_evaluate_request()->set_round(static_cast<std::uint64_t>(outcome.round));
    *envelope->mutable_evaluate_request()->mutable_model() = toTensor(outcome.model);
    std::vector<std::string> asked;
    for (const auto &[id, site] : m_sites)
    {
        if (site.ready)
            asked.push_back(id);
    }
    broadcast(asked, std::move(envelope));
    // The strategy's state is taken now, before a later round can change it.
    m_evaluations->open(std::move(outcome), m_coordinator->strategyState(), std::move(asked),
                        Clock::now());
}

void HubService::closeEvaluations()
{
    if (m_done)
        return;
    for (engine::EvaluatedRound &round : m_evaluations->takeFinished(Clock::now()))
    {
        for (const engine::ClientFailure &failure : round.evaluationFailures)
            log(failure.siteId.empty() ? logEvent(LogCode::HubRoundEvaluationFailure,
                                                  round.outcome.round, failure.reason)
                                       : logEvent(LogCode::HubEvaluationFailure, failure.siteId,
                                                  round.outcome.round, failure.reason));
        engine::Result<std::int64_t> saved = storeRound(round);
        if (!saved)
            return finish(engine::makeError(
                saved.error().code,
                engine::Reason{engine::ReasonCode::RoundNotStored,
                               {std::to_string(round.outcome.round), saved.error().message}},
                "the run stopped so that no round goes unrecorded; restart the hub to resume "
                "after the last stored round"));
        m_lastVersion = saved.value();
        RoundReport report;
        report.round = round.outcome.round;
        report.answered = round.outcome.answered;
        report.dropped = round.outcome.dropped;
        report.trainLoss = round.outcome.trainLoss;
        report.seconds = round.outcome.seconds;
        report.versionId = saved.value();
        report.evaluation = round.evaluation;
        report.baselineClass = m_baselineClass;
        sendRoundSummaries(report);
        if (m_events.onRound)
            m_events.onRound(report);
    }
    if (m_federationDone && m_evaluations->empty())
        finish({});
}

void HubService::sendRoundSummaries(const RoundReport &report)
{
    for (auto &[id, site] : m_sites)
    {
        if (!site.ready || !site.link)
            continue;
        cohort::wire::Envelope envelope;
        envelope.set_group_id(static_cast<std::uint64_t>(report.round));
        cohort::wire::RoundSummary *summary = envelope.mutable_round_summary();
        summary->set_round(static_cast<std::uint64_t>(report.round));
        summary->set_rounds(static_cast<std::uint32_t>(m_options.rounds.rounds));
        summary->set_answered(std::find(report.answered.begin(), report.answered.end(), id)
                              != report.answered.end());
        summary->set_dropped(std::any_of(report.dropped.begin(), report.dropped.end(),
                                         [&id](const engine::ClientFailure &failure)
                                         { return failure.siteId == id; }));
        summary->set_seconds(report.seconds);
        if (report.evaluation)
        {
            summary->set_evaluated(true);
            summary->set_loss(report.evaluation->loss);
            summary->set_accuracy(report.evaluation->accuracy);
            summary->set_balanced_accuracy(report.evaluation->balancedAccuracy);
            for (const std::vector<long> &row : report.evaluation->confusion)
                for (const long count : row)
                    summary->add_confusion(count);
        }
        send(site, std::move(envelope));
    }
}

engine::Result<std::int64_t> HubService::storeRound(const engine::EvaluatedRound &round)
{
    engine::VersionMetrics metrics;
    metrics.scope = engine::MetricsScope::FederatedEvaluation;
    if (round.evaluation)
        metrics = engine::versionMetricsOf(
            *round.evaluation, engine::MetricsScope::FederatedEvaluation, m_baselineClass);
    metrics.trainLoss = round.outcome.trainLoss;
    engine::FederatedModel model;
    model.spec = m_spec;
    model.weights = round.outcome.model;
    model.preprocessor = &*m_preprocessor;
    model.target = m_options.schema.target;
    model.classNames = m_options.schema.classNames;
    model.baselineClass = m_baselineClass;
    model.name = m_options.runName;
    model.round = round.outcome.round;
    model.parentId = m_lastVersion;
    model.metricsJson = engine::toJson(metrics).dump();
    return engine::saveRound(*m_registry, model, round.strategyState);
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
            closeEvaluations();
            if (!m_done)
                armTicker();
        });
}

void HubService::send(Site &site, cohort::wire::Envelope envelope)
{
    if (!site.link)
        return;
    envelope.set_run_id(m_runId);
    envelope.set_sender("hub");
    envelope.set_message_id(m_nextMessageId++);
    site.link->send(std::move(envelope));
}

void HubService::broadcast(const std::vector<std::string> &siteIds,
                           std::shared_ptr<cohort::wire::Envelope> envelope)
{
    envelope->set_run_id(m_runId);
    envelope->set_sender("hub");
    envelope->set_message_id(m_nextMessageId++);
    const std::shared_ptr<const cohort::wire::Envelope> shared = std::move(envelope);
    for (const std::string &id : siteIds)
    {
        if (const auto found = m_sites.find(id); found != m_sites.end() && found->second.link)
            found->second.link->sendShared(shared);
    }
}

void HubService::sendRefusal(Site &site, int round, cohort::wire::RoundFailure::Step step,
                             const engine::Reason &reason)
{
    cohort::wire::Envelope refusal;
    refusal.mutable_round_failure()->set_round(static_cast<std::uint64_t>(round));
    refusal.mutable_round_failure()->set_step(step);
    // The English keeps the hub's point of view for older sites; the code is the bare reason.
    setReason(*refusal.mutable_round_failure(), reason);
    refusal.mutable_round_failure()->set_reason("the hub refused it: this site "
                                                + engine::reasonEnglish(reason));
    send(site, std::move(refusal));
}

void HubService::log(const LogEvent &event)
{
    if (m_events.onLog)
        m_events.onLog(event);
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
        if (!site.link)
            continue;
        cohort::wire::Envelope goodbye;
        goodbye.mutable_goodbye()->set_reason(result ? "all rounds done" : result.error().message);
        goodbye.mutable_goodbye()->set_all_rounds_done(result.ok());
        send(site, std::move(goodbye));
        site.link->closeAfterWrites("the federation is over");
        anyConnected = true;
    }
    if (!anyConnected)
        return signalDone();
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
    m_shutdownTimer.cancel();
    if (m_events.onFinished)
        m_events.onFinished(*m_done);
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

} // namespace cohort::net
