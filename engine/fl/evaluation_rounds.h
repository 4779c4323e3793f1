// EvaluationRounds: the federated-evaluation phase of a hub's rounds as a pure state machine.
// After a round aggregates, the sites score the new model on their own rows; each round's
// evaluation has its own deadline, and sites that fail or leave are dropped from it at once.
// Rounds close in order, so versions are stored in round order.
#pragma once

#include <chrono>
#include <cstddef>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "fl/federated_evaluation.h"
#include "fl/round_coordinator.h"

namespace cohort::engine
{

/// One round whose evaluation is over: what the round did and what the sites said.
struct EvaluatedRound
{
    RoundOutcome outcome;                        // the aggregation, with the new global model
    std::optional<FederatedEvaluation> evaluation; // missing when no site answered
    std::vector<ClientFailure> evaluationFailures; // sites that failed, left or were late
    std::string strategyState; // the strategy's state right after this round's aggregation
};

class EvaluationRounds
{
public:
    EvaluationRounds(std::size_t classCount, std::chrono::milliseconds deadline);

    /// Starts evaluating an aggregated round with the sites asked to score it.
    void open(RoundOutcome outcome, std::string strategyState, std::vector<std::string> asked,
              FederationClock::time_point now);
    /// A site's scores; ignored for a round not open or a site not asked or already counted.
    void resultArrived(int round, SiteEvaluation evaluation);
    /// A site could not evaluate this round.
    void failed(int round, const std::string &siteId, const Reason &reason);
    /// A site left: no open round waits for it any more.
    void siteLeft(const std::string &siteId);

    /// The rounds whose evaluation is complete (everyone answered, failed or the deadline
    /// passed), in round order; a later round waits for an earlier one.
    [[nodiscard]] std::vector<EvaluatedRound> takeFinished(FederationClock::time_point now);
    [[nodiscard]] bool empty() const { return m_open.empty(); }

private:
    struct Pending
    {
        RoundOutcome outcome;
        std::string strategyState;
        std::set<std::string> waitingFor;
        std::vector<SiteEvaluation> results;
        std::vector<ClientFailure> failures;
        FederationClock::time_point deadline;
    };

    std::size_t m_classCount;
    std::chrono::milliseconds m_deadline;
    std::map<int, Pending> m_open; // by round
};

} // namespace cohort::engine
