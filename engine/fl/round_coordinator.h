// RoundCoordinator: the hub's round logic as a pure state machine. The transport feeds it
// events (sites coming and going, results, failures, the clock) and carries out the actions
// it returns; it never touches a socket, a thread or the wall clock itself.
#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <variant>
#include <vector>

#include "core/result.h"
#include "fl/aggregation_strategy.h"
#include "fl/update_bounds.h"

namespace cohort::engine
{

using FederationClock = std::chrono::steady_clock;

struct RoundSettings
{
    int rounds = 10;
    int minSites = 2;                           // sites needed before a round starts
    double fraction = 1.0;                      // share of connected sites sampled per round
    std::chrono::milliseconds deadline{30000};  // results later than this miss the round
    double quorumFraction = 0.5;                // share of sampled sites needed to aggregate
    std::uint64_t seed = 42;                    // site sampling
    UpdateBounds bounds;                        // what one site's update may be
    std::chrono::milliseconds minRoundTime{0};  // a round starts no sooner after the last began
                                                // (a demo paced so that a room can follow)
    std::chrono::milliseconds retryDelay{1000}; // a failed round waits this long, doubling
                                                // up to the deadline, before it runs again

    [[nodiscard]] Result<void> validate() const;
};

/// A site's answer to a fit request.
struct FitResult
{
    std::string siteId;
    int round = 0;
    std::vector<float> parameters;
    std::int64_t sampleCount = 0;
    double trainLoss = 0.0;
};

/// Send the global model to these sites for local training in this round.
struct FitInstruction
{
    int round = 0;
    std::vector<std::string> sites;
    std::vector<float> globalModel;
};

/// How a round ended. On success `model` is the new global model, to store and announce.
struct RoundOutcome
{
    int round = 0;
    bool aggregated = false; // false: quorum not met, the global model is unchanged
    std::vector<std::string> answered;
    std::vector<ClientFailure> dropped; // missed the deadline, failed or disconnected
    double trainLoss = 0.0;             // sample-weighted mean of the answered sites
    double seconds = 0.0;
    std::vector<float> model;
};

/// One line of the round machine's log: what happened and its values (names and reasons as
/// text; rounds, counts and milliseconds as numbers). The transport words it in the user's
/// language (network/log_event.h has the English of each kind).
struct CoordinatorNote
{
    enum class Kind
    {
        SiteJoined,               // site
        SiteLeft,                 // site
        ResultIgnored,            // site, round
        LateResultIgnored,        // site
        FitFailed,                // site, round, reason
        UpdateRefused,            // site, reason
        Paused,                   //
        Resumed,                  //
        SteppingOneRound,         //
        RoundStarted,             // round, sampled, connected
        QuorumMissed,             // round, results, needed
        QuorumMissedSingleUpdate, // round, results, needed
        AggregationFailed,        // round, reason
        PausedAfterRound,         // round
        RoundRetry,               // round, milliseconds
        Finished,                 // rounds
    };
    using Argument = std::variant<std::string, std::int64_t, Reason>;

    Kind kind = Kind::RoundStarted;
    std::vector<Argument> args;
};

/// What the transport must do after an event, in this order.
struct CoordinatorActions
{
    std::optional<RoundOutcome> finishedRound;
    std::optional<FitInstruction> fit;
    bool federationFinished = false;
    std::vector<CoordinatorNote> log; // what happened, for the log panel
    /// Updates refused by the bounds, to tell each site why (round, site, reason).
    std::vector<std::pair<int, ClientFailure>> refused;
};

class RoundCoordinator
{
public:
    enum class Phase
    {
        WaitingForSites,
        Fitting,
        Finished,
    };

    /// `completedRounds` > 0 resumes a federation from its last stored global model.
    RoundCoordinator(RoundSettings settings, std::unique_ptr<AggregationStrategy> strategy,
                     std::vector<float> initialModel, int completedRounds = 0);

    [[nodiscard]] CoordinatorActions siteConnected(const std::string &siteId,
                                                   FederationClock::time_point now);
    [[nodiscard]] CoordinatorActions siteDisconnected(const std::string &siteId,
                                                      FederationClock::time_point now);
    /// Results for another round, from a site not asked, or a second time are ignored.
    [[nodiscard]] CoordinatorActions fitResultArrived(FitResult result,
                                                      FederationClock::time_point now);
    [[nodiscard]] CoordinatorActions fitFailed(const std::string &siteId, int round,
                                               const Reason &reason,
                                               FederationClock::time_point now);
    /// Closes the round when its deadline has passed; starts a failed round again once its
    /// retry delay has passed.
    [[nodiscard]] CoordinatorActions tick(FederationClock::time_point now);
    /// While paused, no new round starts; a running round still finishes. Resuming starts the
    /// next round at once when enough sites are connected.
    [[nodiscard]] CoordinatorActions setPaused(bool paused, FederationClock::time_point now);
    [[nodiscard]] bool isPaused() const { return m_paused; }
    /// Step by step (a presenter's "Next round"): runs the next round, or lets the running one
    /// finish, then pauses again. Pausing or resuming ends stepping.
    [[nodiscard]] CoordinatorActions stepOneRound(FederationClock::time_point now);

    [[nodiscard]] Phase phase() const { return m_phase; }
    [[nodiscard]] int currentRound() const { return m_round; }
    [[nodiscard]] int completedRounds() const { return m_completed; }
    [[nodiscard]] const std::vector<float> &globalModel() const { return m_global; }
    [[nodiscard]] const std::set<std::string> &connectedSites() const { return m_connected; }
    /// When the running round closes at the latest; nothing while no round runs.
    [[nodiscard]] std::optional<FederationClock::time_point> deadline() const;
    /// The strategy's state after the last aggregated round (AggregationStrategy::saveState),
    /// to store with that round's model.
    [[nodiscard]] std::string strategyState() const;
    /// Gives a resumed coordinator the state stored with the model it resumes from; the
    /// strategy's error when the bytes do not fit it (its state is then unchanged).
    [[nodiscard]] Result<void> restoreStrategyState(const std::string &state);

private:
    void startRoundIfReady(FederationClock::time_point now, CoordinatorActions &actions);
    void closeRound(FederationClock::time_point now, CoordinatorActions &actions);
    void refuse(FitResult &result, const Reason &reason, CoordinatorActions &actions);
    /// Aggregates the round's results into m_global; the reason when it cannot.
    [[nodiscard]] std::optional<std::string> aggregateRound(std::vector<ClientUpdate> updates);
    [[nodiscard]] std::vector<std::string> sampleSites();

    RoundSettings m_settings;
    std::unique_ptr<AggregationStrategy> m_strategy;
    std::vector<float> m_global;
    Phase m_phase = Phase::WaitingForSites;
    int m_completed = 0;
    int m_round = 0; // the running round, or the last one
    std::set<std::string> m_connected;
    std::set<std::string> m_pending; // sampled sites that have not answered
    std::vector<std::string> m_sampled;
    std::vector<FitResult> m_results;
    std::vector<double> m_steps; // each result's distance from the global model
    double m_globalNorm = 0.0;   // of the round's starting model
    std::vector<ClientFailure> m_failures;
    FederationClock::time_point m_roundStart;
    FederationClock::time_point m_roundDeadline;
    FederationClock::time_point m_retryAt{}; // a failed round starts again no earlier
    int m_failedAttempts = 0;                // of the current round, in a row
    std::mt19937_64 m_sampler;
    bool m_paused = false;
    bool m_pauseAfterRound = false; // stepping: pause once the next round has been aggregated
};

} // namespace cohort::engine
