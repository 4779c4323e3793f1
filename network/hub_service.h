// HubService: the hub of a federation. It admits sites with a join code, fixes the schema and
// the federated preprocessing, drives the RoundCoordinator over the sites' connections, stores
// every aggregated model as a registry version and runs federated evaluation after each round.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include "core/result.h"
#include "data/preprocessor.h"
#include "fl/aggregation_strategy.h"
#include "fl/federated_evaluation.h"
#include "fl/federated_preprocessing.h"
#include "fl/federation_schema.h"
#include "fl/round_coordinator.h"
#include "model/mlp_spec.h"
#include "network/frame_listener.h"
#include "network/framed_connection.h"
#include "network/io_runtime.h"
#include "store/model_registry.h"

namespace cohort::net
{

struct HubOptions
{
    std::string address = "127.0.0.1";
    unsigned short port = 0; // 0 picks a free port
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
    std::function<void(const std::string &)> onLog;
    std::function<void(const SiteUpdate &)> onSite;
    std::function<void(const RoundReport &)> onRound; // after the round's evaluation
};

class HubService final
{
public:
    HubService(IoRuntime &runtime, HubOptions options, HubEvents events);
    ~HubService();
    HubService(const HubService &) = delete;
    HubService &operator=(const HubService &) = delete;

    /// Opens the registry (resuming from its last version of this run), then listens.
    /// Returns the bound port.
    [[nodiscard]] engine::Result<unsigned short> start();
    /// Blocks until every round ran and its evaluation came back (or failed).
    [[nodiscard]] engine::Result<void> wait();
    /// As wait(), but gives up after `timeout` with nothing.
    [[nodiscard]] std::optional<engine::Result<void>> waitFor(std::chrono::milliseconds timeout);
    void stop();
    /// Pauses or resumes starting rounds (a running round still finishes); any thread.
    void setPaused(bool paused);

private:
    struct Site
    {
        std::string id;
        FramedConnection::Pointer connection;
        std::optional<engine::SiteSummary> summary;
        bool ready = false; // has the preprocessing plan and takes part in rounds
    };

    void accept(boost::asio::ip::tcp::socket socket);
    void handleEnvelope(const FramedConnection::Pointer &connection, cohort::wire::Envelope e);
    void handleClosed(const FramedConnection::Pointer &connection, const std::string &reason);
    void handleHello(const FramedConnection::Pointer &connection, const cohort::wire::Hello &hello);
    void handleStatistics(Site &site, const cohort::wire::StatisticsResult &statistics);
    void handleFitResult(Site &site, const cohort::wire::FitResult &result);
    void handleEvaluation(Site &site, const cohort::wire::EvaluateResult &result);
    void fixPreprocessing();
    void makeReady(Site &site);
    void apply(engine::CoordinatorActions actions);
    void recordRound(engine::RoundOutcome outcome);
    void finishEvaluation(int round);
    void armTicker();
    void send(Site &site, cohort::wire::Envelope envelope);
    Site *siteOf(const FramedConnection::Pointer &connection);
    void log(const std::string &text);
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
    std::optional<engine::Preprocessor> m_preprocessor;
    int m_baselineClass = 0; // the pooled majority class of the sites' training rows
    std::optional<engine::RoundCoordinator> m_coordinator;
    std::vector<float> m_resumeModel;
    int m_resumeRounds = 0;
    std::optional<std::int64_t> m_lastVersion;
    std::map<std::string, Site> m_sites; // by site id
    std::uint64_t m_nextMessageId = 1;
    // Federated evaluation in flight: round -> the sites asked and what came back.
    struct PendingEvaluation
    {
        RoundReport report;
        std::vector<std::string> asked;
        std::vector<engine::SiteEvaluation> results;
        std::chrono::steady_clock::time_point deadline;
    };
    std::map<int, PendingEvaluation> m_evaluations;
    std::map<int, std::vector<float>> m_evaluationModels; // stored once evaluated
    bool m_federationDone = false;
    bool m_paused = false;
    std::optional<engine::Result<void>> m_done; // on the strand

    std::mutex m_doneMutex; // m_doneResult is read by wait() on another thread
    std::condition_variable m_doneChanged;
    std::optional<engine::Result<void>> m_doneResult;
};

} // namespace cohort::net
