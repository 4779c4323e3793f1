#include "fl/evaluation_rounds.h"

namespace cohort::engine
{

EvaluationRounds::EvaluationRounds(std::size_t classCount, std::chrono::milliseconds deadline)
    : m_classCount(classCount)
    , m_deadline(deadline)
{
}

void EvaluationRounds::open(RoundOutcome outcome, std::string strategyState,
                            std::vector<std::string> asked, FederationClock::time_point now)
{
    Pending pending;
    const int round = outcome.round;
    pending.outcome = std::move(outcome);
    pending.strategyState = std::move(strategyState);
    pending.waitingFor = std::set<std::string>(asked.begin(), asked.end());
    pending.deadline = now + m_deadline;
    m_open[round] = std::move(pending);
}

void EvaluationRounds::resultArrived(int round, SiteEvaluation evaluation)
{
    const auto found = m_open.find(round);
    if (found == m_open.end() || found->second.waitingFor.erase(evaluation.siteId) == 0)
        return;
    if (evaluation.confusion.size() != m_classCount)
    {
        found->second.failures.push_back(
            {evaluation.siteId,
             unworded("sent an evaluation with " + std::to_string(evaluation.confusion.size())
                      + " classes, the federation has " + std::to_string(m_classCount))});
        return;
    }
    found->second.results.push_back(std::move(evaluation));
}

void EvaluationRounds::failed(int round, const std::string &siteId, const Reason &reason)
{
    const auto found = m_open.find(round);
    if (found != m_open.end() && found->second.waitingFor.erase(siteId) > 0)
        found->second.failures.push_back({siteId, reason});
}

void EvaluationRounds::siteLeft(const std::string &siteId)
{
    for (auto &[round, pending] : m_open)
        if (pending.waitingFor.erase(siteId) > 0)
            pending.failures.push_back({siteId, Reason{ReasonCode::LeftBeforeEvaluating, {}}});
}

std::vector<EvaluatedRound> EvaluationRounds::takeFinished(FederationClock::time_point now)
{
    std::vector<EvaluatedRound> finished;
    while (!m_open.empty())
    {
        Pending &pending = m_open.begin()->second;
        if (!pending.waitingFor.empty() && now < pending.deadline)
            break;
        for (const std::string &site : pending.waitingFor)
            pending.failures.push_back({site, Reason{ReasonCode::MissedEvaluationDeadline, {}}});
        EvaluatedRound round;
        round.outcome = std::move(pending.outcome);
        round.evaluationFailures = std::move(pending.failures);
        round.strategyState = std::move(pending.strategyState);
        if (!pending.results.empty())
        {
            Result<FederatedEvaluation> combined = combineEvaluations(pending.results, m_classCount);
            if (combined)
                round.evaluation = std::move(combined).value();
            else
                round.evaluationFailures.push_back({"", combined.error().shownReason()});
        }
        finished.push_back(std::move(round));
        m_open.erase(m_open.begin());
    }
    return finished;
}

} // namespace cohort::engine
