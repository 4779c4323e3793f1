// HubService: the hub of a federation, as a thin translator between links and the engine. It
// admits sites with a join code and fixes the federated preprocessing; the RoundCoordinator
// decides the rounds, EvaluationRounds the evaluation phase, and the run store keeps each round
// (model and strategy state in one transaction) so a restarted hub resumes exactly. All state
// lives on one strand; connections and control are in hub_service.cpp, admission (Hello,
// statistics, preprocessing) in hub_admission.cpp, rounds and storage in hub_rounds.cpp.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include "core/result.h"
#include "data/preprocessor.h"
#include "fl/aggregation_strategy.h"
#include "fl/evaluation_rounds.h"
#include "fl/federated_evaluation.h"
#include "fl/federated_preprocessing.h"
#include "fl/federation_schema.h"
#include "fl/round_coordinator.h"
#include "model/mlp_spec.h"
#include "network/frame_listener.h"
#include "network/io_runtime.h"
#include "network/connection_admission.h"
#include "network/link.h"
#include "network/log_event.h"
#include "network/site_message_checks.h"
#include "store/model_registry.h"

namespace cohort::net
{

struct HubOptions
{
    std::string address = "127.0.0.1";
    unsigned short port = 0; // 0 picks a free port
    bool listen = true;      // false: sites come in process only (acceptLink)
    std::string joinCode;    // empty: no code needed
    std::string runName = "federation";
    engine::FederationSchema schema;
    engine::RoundSettings rounds;
    engine::StrategyConfig strategy;
    std::vector<int> hiddenLayers{128, 64, 32};
    double dropout = 0.3;
    double weightDecay = 0.01;
    int localEpochs = 5;
    int batchSize = 32;
    double learningRate = 0.05;
    std::string localOptimizer = "sgd"; // or "adam"
    std::string dbPath;
    AdmissionLimits connections; // open connections at most, in all and per address
    ConnectionLimits links;      // idle timeout, heartbeats and queue of each TCP link
};

/// One evaluated round, for the per-round report.
struct RoundReport
{
    int round = 0;
    std::vector<std::string> answered;
    std::vector<engine::ClientFailure> dropped;
    double trainLoss = 0.0;
    double seconds = 0.0;
    std::int64_t versionId = 0;
    std::optional<engine::FederatedEvaluation> evaluation; // missing if no site answered
    int baselineClass = 0;                                 // the pooled majority class
};

/// A site's arrival, readiness or departure, for a sites table.
struct SiteUpdate
{
    enum class State
    {
        Joined, // admitted; its statistics are still to come
        Ready,  // has the preprocessing and takes part in rounds
        Left,
    };
    std::string site;
    State state = State::Joined;
    std::int64_t samples = 0; // training rows, once known
};

struct HubEvents
{
    LogSink onLog; // the hub's log lines, on the network thread
    std::function<void(const SiteUpdate &)> onSite;
    std::function<void(const RoundReport &)> onRound; // after the round's evaluation
    /// The federation is over (every round run, stopped or failed); called once, on the
    /// network thread, after the sites were told goodbye.
    std::function<void(const engine::Result<void> &)> onFinished;
};

class HubService final
{
public:
    HubService(IoRuntime &runtime, HubOptions options, HubEvents events);
    ~HubService();
    HubService(const HubService &) = delete;
    HubService &operator=(const HubService &) = delete;

    /// Opens the registry (resuming from its run's last stored round), then listens.
    /// Returns the bound port (0 when not listening).
    [[nodiscard]] engine::Result<unsigned short> start();
    /// Takes a site's link made elsewhere (in process); any thread, after start().
    void acceptLink(Link::Pointer link);
    /// Blocks until every round ran and its evaluation came back (or failed).
    [[nodiscard]] engine::Result<void> wait();
    /// As wait(), but gives up after `timeout` with nothing (a command-line loop's check).
    [[nodiscard]] std::optional<engine::Result<void>> waitFor(std::chrono::milliseconds timeout);
    void stop();
    /// Pauses or resumes starting rounds (a running round still finishes); any thread.
    void setPaused(bool paused);
    /// Step by step: runs the next round (or lets the running one finish), then pauses again;
    /// before the first round, the first round waits for this step. Any thread.
    void stepOneRound();

private:
    struct Site
    {
        std::string id;
        Link::Pointer link;
        std::optional<engine::SiteSummary> summary; // until the site leaves
        DeclaredRows declared;                      // with its statistics
        bool ready = false; // has the preprocessing plan and takes part in rounds
    };

    // Admission, in hub_service.cpp.
    void accept(boost::asio::ip::tcp::socket socket);
    void handleEnvelope(const Link::Pointer &link, cohort::wire::Envelope e);
    void handleClosed(const Link::Pointer &link, const std::string &reason);
    void handleHello(const Link::Pointer &link, const cohort::wire::Hello &hello);
    void handleStatistics(Site &site, const cohort::wire::StatisticsResult &statistics);
    void fixPreprocessing();
    void makeReady(Site &site);
    void startCoordinator();
    Site *siteOf(const Link::Pointer &link);
    /// Tells a site that its update or evaluation for `round` was refused, and why.
    void sendRefusal(Site &site, int round, cohort::wire::RoundFailure::Step step,
                     const engine::Reason &reason);
    // Rounds, evaluation and storage, in hub_rounds.cpp.
    void handleFitResult(Site &site, const cohort::wire::FitResult &result);
    void handleEvaluation(Site &site, const cohort::wire::EvaluateResult &result);
    void handleRoundFailure(Site &site, const cohort::wire::RoundFailure &failure);
    void apply(engine::CoordinatorActions actions);
    void sendFitRequests(const engine::FitInstruction &fit);
    void openEvaluation(engine::RoundOutcome outcome);
    void closeEvaluations();
    /// Tells every ready site how the round went (a site shows the run's progress).
    void sendRoundSummaries(const RoundReport &report);
    [[nodiscard]] engine::Result<std::int64_t> storeRound(const engine::EvaluatedRound &round);
    void armTicker();
    void send(Site &site, cohort::wire::Envelope envelope);
    /// One envelope (one message id) to several sites, shared rather than copied in process.
    void broadcast(const std::vector<std::string> &siteIds,
                   std::shared_ptr<cohort::wire::Envelope> envelope);
    void log(const LogEvent &event);
    void finish(engine::Result<void> result);
    void signalDone();

    IoRuntime &m_runtime;
    HubOptions m_options;
    HubEvents m_events;
    boost::asio::strand<boost::asio::io_context::executor_type> m_strand; // all hub state
    std::shared_ptr<FrameListener> m_listener;
    boost::asio::steady_timer m_ticker;
    boost::asio::steady_timer m_shutdownTimer; // bounds the wait for goodbyes to be written
    std::optional<engine::ModelRegistry> m_registry;
    std::string m_runId;
    engine::MlpSpec m_spec;
    std::unique_ptr<engine::AggregationStrategy> m_strategy; // until the coordinator takes it
    double m_proximalMu = 0.0;                              // what the strategy asks of sites
    std::optional<engine::Preprocessor> m_preprocessor;
    int m_baselineClass = 0; // the pooled majority class of the sites' training rows
    std::optional<engine::RoundCoordinator> m_coordinator;
    std::optional<engine::EvaluationRounds> m_evaluations;
    std::vector<float> m_resumeModel;
    int m_resumeRounds = 0;
    std::optional<std::int64_t> m_lastVersion;
    std::map<std::string, Site> m_sites; // by site id
    ConnectionAdmission m_admission;
    std::set<Link::Pointer> m_links; // every admitted link, site or not yet
    std::uint64_t m_nextMessageId = 1;
    bool m_federationDone = false;
    bool m_paused = false;
    bool m_stepPending = false;                 // a step asked for before the coordinator started
    std::optional<engine::Result<void>> m_done; // on the strand

    std::mutex m_doneMutex; // m_doneResult is read by wait() on another thread
    std::condition_variable m_doneChanged;
    std::optional<engine::Result<void>> m_doneResult;
};

} // namespace cohort::net
