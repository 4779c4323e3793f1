#include "fl/round_coordinator.h"

#include <algorithm>
#include <cmath>
#include <sstream>

namespace cohort::engine
{

namespace
{

void note(CoordinatorActions &actions, CoordinatorNote::Kind kind,
          std::vector<CoordinatorNote::Argument> args)
{
    actions.log.push_back({kind, std::move(args)});
}

} // namespace

Result<void> RoundSettings::validate() const
{
    if (rounds < 1)
        return makeError(ErrorCode::InvalidInput, "the federation needs at least one round");
    if (minSites < 1)
        return makeError(ErrorCode::InvalidInput, "the minimum number of sites must be at least 1");
    if (!(fraction > 0.0 && fraction <= 1.0))
        return makeError(ErrorCode::InvalidInput, "the sampled fraction must be in (0, 1]");
    if (deadline.count() <= 0)
        return makeError(ErrorCode::InvalidInput, "the round deadline must be positive");
    if (!(quorumFraction > 0.0 && quorumFraction <= 1.0))
        return makeError(ErrorCode::InvalidInput, "the quorum must be in (0, 1]");
    if (!(bounds.maxRelativeStep > 0.0) || !(bounds.maxStepOverMedian > 1.0))
        return makeError(ErrorCode::InvalidInput, "the update bounds must be positive");
    if (minRoundTime.count() < 0)
        return makeError(ErrorCode::InvalidInput, "the minimum round time must not be negative");
    if (retryDelay.count() < 0)
        return makeError(ErrorCode::InvalidInput, "the retry delay must not be negative");
    return {};
}

RoundCoordinator::RoundCoordinator(RoundSettings settings,
                                   std::unique_ptr<AggregationStrategy> strategy,
                                   std::vector<float> initialModel, int completedRounds)
    : m_settings(settings)
    , m_strategy(std::move(strategy))
    , m_global(std::move(initialModel))
    , m_completed(completedRounds)
    , m_round(completedRounds)
    , m_sampler(settings.seed + static_cast<std::uint64_t>(completedRounds))
{
    if (m_completed >= m_settings.rounds)
        m_phase = Phase::Finished;
}

std::optional<FederationClock::time_point> RoundCoordinator::deadline() const
{
    if (m_phase != Phase::Fitting)
        return std::nullopt;
    return m_roundDeadline;
}

std::string RoundCoordinator::strategyState() const
{
    return m_strategy->saveState();
}

Result<void> RoundCoordinator::restoreStrategyState(const std::string &state)
{
    return m_strategy->restoreState(state);
}

CoordinatorActions RoundCoordinator::siteConnected(const std::string &siteId,
                                                   FederationClock::time_point now)
{
    CoordinatorActions actions;
    if (m_connected.insert(siteId).second)
        note(actions, CoordinatorNote::Kind::SiteJoined, {siteId});
    startRoundIfReady(now, actions);
    return actions;
}

CoordinatorActions RoundCoordinator::siteDisconnected(const std::string &siteId,
                                                      FederationClock::time_point now)
{
    CoordinatorActions actions;
    if (m_connected.erase(siteId) == 0)
        return actions;
    note(actions, CoordinatorNote::Kind::SiteLeft, {siteId});
    // A site that leaves mid-round is dropped from this round only; it may rejoin later.
    if (m_phase == Phase::Fitting && m_pending.erase(siteId) > 0)
    {
        m_failures.push_back({siteId, Reason{ReasonCode::DisconnectedDuringRound, {}}});
        if (m_pending.empty())
            closeRound(now, actions);
    }
    return actions;
}

CoordinatorActions RoundCoordinator::fitResultArrived(FitResult result,
                                                      FederationClock::time_point now)
{
    CoordinatorActions actions;
    if (m_phase != Phase::Fitting || result.round != m_round || m_pending.count(result.siteId) == 0)
    {
        note(actions, CoordinatorNote::Kind::ResultIgnored, {result.siteId, result.round});
        return actions;
    }
    if (now > m_roundDeadline)
    {
        // The deadline passed before the transport called tick(): close without this result.
        closeRound(now, actions);
        note(actions, CoordinatorNote::Kind::LateResultIgnored, {result.siteId});
        return actions;
    }
    m_pending.erase(result.siteId);
    // A malformed or out-of-bounds update is that site's failure, not the round's.
    double step = 0.0;
    if (const std::optional<Reason> reason =
            refuseStep(m_global, m_globalNorm, result.parameters, m_settings.bounds, step))
    {
        refuse(result, *reason, actions);
    }
    else
    {
        m_results.push_back(std::move(result));
        m_steps.push_back(step);
    }
    if (m_pending.empty())
        closeRound(now, actions);
    return actions;
}

CoordinatorActions RoundCoordinator::fitFailed(const std::string &siteId, int round,
                                               const Reason &reason,
                                               FederationClock::time_point now)
{
    CoordinatorActions actions;
    if (m_phase != Phase::Fitting || round != m_round || m_pending.erase(siteId) == 0)
        return actions;
    m_failures.push_back({siteId, reason});
    note(actions, CoordinatorNote::Kind::FitFailed, {siteId, round, reason});
    if (m_pending.empty())
        closeRound(now, actions);
    return actions;
}

CoordinatorActions RoundCoordinator::tick(FederationClock::time_point now)
{
    CoordinatorActions actions;
    if (m_phase == Phase::Fitting && now >= m_roundDeadline)
        closeRound(now, actions);
    else if (m_phase == Phase::WaitingForSites)
        startRoundIfReady(now, actions);
    return actions;
}

void RoundCoordinator::refuse(FitResult &result, const Reason &reason,
                              CoordinatorActions &actions)
{
    m_failures.push_back({result.siteId, reason});
    actions.refused.emplace_back(m_round, ClientFailure{result.siteId, reason});
    note(actions, CoordinatorNote::Kind::UpdateRefused, {result.siteId, reason});
}

CoordinatorActions RoundCoordinator::setPaused(bool paused, FederationClock::time_point now)
{
    CoordinatorActions actions;
    m_pauseAfterRound = false;
    if (paused == m_paused)
        return actions;
    m_paused = paused;
    note(actions, paused ? CoordinatorNote::Kind::Paused : CoordinatorNote::Kind::Resumed, {});
    startRoundIfReady(now, actions);
    return actions;
}

CoordinatorActions RoundCoordinator::stepOneRound(FederationClock::time_point now)
{
    CoordinatorActions actions;
    if (m_phase == Phase::Finished)
        return actions;
    m_pauseAfterRound = true;
    if (m_paused)
    {
        m_paused = false;
        note(actions, CoordinatorNote::Kind::SteppingOneRound, {});
        startRoundIfReady(now, actions);
    }
    return actions;
}

std::vector<std::string> RoundCoordinator::sampleSites()
{
    std::vector<std::string> sites(m_connected.begin(), m_connected.end());
    const auto wanted = static_cast<std::size_t>(
        std::ceil(m_settings.fraction * static_cast<double>(sites.size())));
    // At least two when two are there: one site's update alone is never the global model.
    const std::size_t count = std::clamp<std::size_t>(
        std::max<std::size_t>({wanted, static_cast<std::size_t>(m_settings.minSites), 2}), 1,
        sites.size());
    std::shuffle(sites.begin(), sites.end(), m_sampler);
    sites.resize(count);
    std::sort(sites.begin(), sites.end());
    return sites;
}

void RoundCoordinator::startRoundIfReady(FederationClock::time_point now,
                                         CoordinatorActions &actions)
{
    if (m_paused || m_phase != Phase::WaitingForSites
        || static_cast<int>(m_connected.size()) < m_settings.minSites || now < m_retryAt)
        return;
    m_phase = Phase::Fitting;
    m_round = m_completed + 1;
    m_sampled = sampleSites();
    m_pending = std::set<std::string>(m_sampled.begin(), m_sampled.end());
    m_results.clear();
    m_steps.clear();
    m_globalNorm = modelNorm(m_global);
    m_failures.clear();
    m_roundStart = now;
    m_roundDeadline = now + m_settings.deadline;
    actions.fit = FitInstruction{m_round, m_sampled, m_global};
    note(actions, CoordinatorNote::Kind::RoundStarted,
         {m_round, static_cast<std::int64_t>(m_sampled.size()),
          static_cast<std::int64_t>(m_connected.size())});
}

void RoundCoordinator::closeRound(FederationClock::time_point now, CoordinatorActions &actions)
{
    for (const std::string &site : m_pending)
        m_failures.push_back({site, Reason{ReasonCode::MissedDeadline, {}}});
    m_pending.clear();

    RoundOutcome outcome;
    outcome.round = m_round;
    outcome.seconds = std::chrono::duration<double>(now - m_roundStart).count();
    // One update far larger than the round's others is refused like an out-of-bounds one.
    const auto outliers = outlyingSteps(m_steps, m_settings.bounds);
    for (auto it = outliers.rbegin(); it != outliers.rend(); ++it)
    {
        refuse(m_results[it->first], it->second, actions);
        m_results.erase(m_results.begin() + static_cast<long>(it->first));
    }
    outcome.dropped = m_failures;
    // Results are aggregated in site order, not arrival order: the same results give the same
    // model to the last bit, however the network ordered them.
    std::sort(m_results.begin(), m_results.end(),
              [](const FitResult &a, const FitResult &b) { return a.siteId < b.siteId; });
    std::vector<ClientUpdate> updates;
    double lossSum = 0.0;
    double samples = 0.0;
    for (FitResult &result : m_results)
    {
        outcome.answered.push_back(result.siteId);
        lossSum += result.trainLoss * static_cast<double>(result.sampleCount);
        samples += static_cast<double>(result.sampleCount);
        updates.push_back({result.siteId, std::move(result.parameters), result.sampleCount});
    }
    outcome.trainLoss = samples > 0.0 ? lossSum / samples : 0.0;
    const auto quorum = std::max<std::size_t>(
        1, static_cast<std::size_t>(
               std::ceil(m_settings.quorumFraction * static_cast<double>(m_sampled.size()))));
    // A global model made of one site's update alone would show that update to the others.
    const std::size_t needed = std::max(quorum, std::min<std::size_t>(2, m_sampled.size()));
    if (updates.size() < needed)
    {
        note(actions,
             updates.size() == 1 && quorum < 2 ? CoordinatorNote::Kind::QuorumMissedSingleUpdate
                                               : CoordinatorNote::Kind::QuorumMissed,
             {m_round, static_cast<std::int64_t>(updates.size()),
              static_cast<std::int64_t>(needed)});
    }
    else if (const std::optional<std::string> failed = aggregateRound(std::move(updates)))
    {
        note(actions, CoordinatorNote::Kind::AggregationFailed, {m_round, *failed});
    }
    else
    {
        outcome.aggregated = true;
    }
    outcome.model = m_global;
    if (outcome.aggregated)
    {
        ++m_completed;
        m_failedAttempts = 0;
        m_retryAt = m_roundStart + m_settings.minRoundTime;
        if (m_pauseAfterRound && m_completed < m_settings.rounds)
        {
            m_pauseAfterRound = false;
            m_paused = true;
            note(actions, CoordinatorNote::Kind::PausedAfterRound, {m_round});
        }
    }
    else
    {
        // Run the round again, but not in a tight loop: wait, longer after each failure.
        ++m_failedAttempts;
        const auto delay = std::min<std::chrono::milliseconds>(
            m_settings.deadline, m_settings.retryDelay * (1 << std::min(m_failedAttempts - 1, 16)));
        m_retryAt = now + delay;
        note(actions, CoordinatorNote::Kind::RoundRetry,
             {m_round, static_cast<std::int64_t>(delay.count())});
    }
    m_phase = m_completed >= m_settings.rounds ? Phase::Finished : Phase::WaitingForSites;
    actions.finishedRound = std::move(outcome);
    if (m_phase == Phase::Finished)
    {
        actions.federationFinished = true;
        note(actions, CoordinatorNote::Kind::Finished, {m_completed});
        return;
    }
    startRoundIfReady(now, actions);
}

std::optional<std::string> RoundCoordinator::aggregateRound(std::vector<ClientUpdate> updates)
{
    // An adaptive strategy moves its moments while it aggregates: keep them to put back.
    const std::string stateBefore = m_strategy->saveState();
    Result<std::vector<float>> aggregated = m_strategy->aggregate(m_global, updates, m_failures);
    if (!aggregated)
        return aggregated.error().message;
    // Never a non-finite or exploded global model, whatever the strategy made of the updates.
    const std::vector<float> &next = aggregated.value();
    const bool finite =
        std::all_of(next.begin(), next.end(), [](float v) { return std::isfinite(v); });
    const double step = finite ? modelDistance(m_global, next) : 0.0;
    const double limit = m_settings.bounds.maxRelativeStep * std::max(modelNorm(m_global), 1.0);
    if (!finite || !(step <= limit))
    {
        (void)m_strategy->restoreState(stateBefore);
        std::ostringstream reason;
        reason.precision(3);
        if (finite)
            reason << "the aggregate moved " << step << " from the global model (at most " << limit
                   << ")";
        else
            reason << "the aggregate holds numbers that are not finite";
        return reason.str() + "; the global model is unchanged";
    }
    m_global = std::move(aggregated).value();
    return std::nullopt;
}

} // namespace cohort::engine
