// SiteService: one site of a hub federation. It keeps its CSV rows to itself: it checks them
// against the hub's schema, sends summary statistics, then trains and evaluates the global
// model locally on request (a LocalParticipant on the work queue) and sends back only
// parameters and counts. Network state lives on one strand; reconnects with backoff.
#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <optional>
#include <string>

#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>

#include "core/result.h"
#include "data/csv_reader.h"
#include "data/raw_table.h"
#include "data/validation_report.h"
#include "fl/local_participant.h"
#include "network/federation_messages.h"
#include "network/link.h"
#include "network/log_event.h"
#include "network/io_runtime.h"
#include "network/work_queue.h"

namespace cohort::net
{

/// A finished round as a site sees it: the hub's summary and this site's own evaluation.
struct SiteRound
{
    std::string site; // this site's id in the federation
    int round = 0;
    int rounds = 0; // planned in all
    bool answered = false;
    bool dropped = false; // asked, but missed or failed the round (neither: not sampled)
    double seconds = 0.0;
    std::optional<double> loss; // the federated evaluation, when the hub sent one
    std::optional<double> accuracy;
    std::optional<double> balancedAccuracy;
    std::optional<double> ownAccuracy; // the round's model on this site's evaluation rows
    // The federated evaluation's pooled confusion counts (empty when the hub sent none), the
    // federation's class names and its majority (baseline) class.
    std::vector<std::vector<long>> confusion;
    std::vector<std::string> classNames;
    int baselineClass = 0;
};

struct SiteOptions
{
    std::string host = "127.0.0.1";
    unsigned short port = 0;
    std::string name;
    std::string joinCode;
    std::string csvPath;
    engine::CsvOptions csv;
    double testShare = 0.2; // rows kept aside for federated evaluation
    std::string dbPath;     // where to keep the final global model; empty: nowhere
    std::uint64_t seed = 42;
    int connectAttempts = 40; // before giving up on an unreachable hub
    std::chrono::milliseconds firstBackoff{250};
    std::chrono::milliseconds maxBackoff{4000};
    /// How to reach the hub; empty: TCP to host:port. The simulator connects in process.
    LinkConnector connector;
    /// Told how long each local fit or evaluation took (the simulator's round-overhead
    /// figures); optional, called on the work queue.
    std::function<void(bool fit, int round, double seconds)> onLocalWork;
    /// The hub admitted the site under `siteId` with `trainRows` training rows; optional,
    /// called on the work queue.
    std::function<void(const std::string &siteId, std::int64_t trainRows)> onJoined;
    /// A round finished at the hub; optional, called on the work queue.
    std::function<void(const SiteRound &)> onRound;
};

/// How a site's part in the federation ended.
struct SiteOutcome
{
    int exitCode = 0; // 0 finished, 2 refused (schema, join code), 1 other failures
    LogEvent ending;  // how it ended, for a log in the user's language
    std::string message; // the same in English
    engine::ValidationReport report;
    int roundsTrained = 0;
    std::int64_t storedVersion = 0; // the final global model in the site's registry, if kept
};

class SiteService final
{
public:
    using LogCallback = LogSink;
    using FinishedCallback = std::function<void(const SiteOutcome &)>;

    /// With no `work` queue the site trains on a thread of its own. A shared queue must be
    /// stopped before the site is destroyed, as must the runtime.
    SiteService(IoRuntime &runtime, SiteOptions options, LogCallback log,
                FinishedCallback onFinished = {}, WorkQueue *work = nullptr);
    ~SiteService();
    SiteService(const SiteService &) = delete;
    SiteService &operator=(const SiteService &) = delete;

    /// Reads the site's CSV file; its problems land in the outcome's report.
    [[nodiscard]] engine::Result<void> loadData();
    /// Connects to the hub and takes part until the federation ends.
    void start();
    /// Blocks until the site's part has ended.
    [[nodiscard]] SiteOutcome wait();
    /// Leaves the federation now; any thread.
    void stop();

private:
    // On the network strand.
    void connect();
    void attach(Link::Pointer link);
    /// `closed`: an open link closed (else connecting failed); `why` says how.
    void scheduleReconnect(bool closed, const std::string &why);
    void handleEnvelope(const Link::Pointer &link,
                        std::shared_ptr<const cohort::wire::Envelope> envelope);
    void send(cohort::wire::Envelope envelope);
    void finish(int exitCode, const LogEvent &ending);
    // On the work lane.
    void handleWelcome(const cohort::wire::Welcome &welcome);
    void handleStatisticsRequest(const cohort::wire::StatisticsRequest &request);
    void handlePlan(const cohort::wire::PreprocessingPlan &plan);
    void handleFit(const cohort::wire::FitRequest &request);
    void handleEvaluate(const cohort::wire::EvaluateRequest &request);
    void handleRoundSummary(const cohort::wire::RoundSummary &summary);
    void keepFinalModel();
    void sendFromWork(cohort::wire::Envelope envelope);
    void reportFailure(std::uint64_t round, cohort::wire::RoundFailure::Step step,
                       const engine::Reason &reason);
    void finishFromWork(int exitCode, LogEvent ending);

    IoRuntime &m_runtime;
    SiteOptions m_options;
    LogCallback m_log;
    FinishedCallback m_onFinished;
    boost::asio::strand<boost::asio::io_context::executor_type> m_strand;
    std::unique_ptr<WorkQueue> m_ownWork; // when no queue is shared
    WorkQueue::Lane m_lane;

    // The work lane's.
    engine::RawTable m_table;
    std::optional<engine::LocalParticipant> m_participant;
    std::optional<FederationPlan> m_plan;
    std::string m_joinedAs;                              // the site id the hub gave
    std::optional<std::pair<int, double>> m_ownAccuracy; // round, accuracy of the last evaluation

    // The network strand's.
    Link::Pointer m_link;
    std::string m_siteId;
    std::string m_runId;
    std::uint64_t m_nextMessageId = 1;
    int m_attempts = 0;
    boost::asio::steady_timer m_reconnectTimer;
    bool m_finished = false;
    bool m_leaving = false; // the hub said goodbye: a closing link is no reason to reconnect

    std::mutex m_reportMutex; // loadData and the work lane add to it; finish reads it
    engine::ValidationReport m_report;
    std::atomic<int> m_roundsTrained{0};
    std::atomic<std::uint64_t> m_fitRequests{0}; // fit requests received (strand), read on the lane
    std::atomic<std::int64_t> m_storedVersion{0};
    std::promise<SiteOutcome> m_outcomePromise;
    std::shared_future<SiteOutcome> m_outcome;
};

} // namespace cohort::net
