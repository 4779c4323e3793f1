// SiteService: one site of a hub federation. It keeps its CSV rows to itself: it checks them
// against the hub's schema, sends summary statistics, then trains and evaluates the global
// model locally on request and sends back only parameters and counts. Reconnects with backoff.
#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include <boost/asio/steady_timer.hpp>

#include "core/result.h"
#include "data/csv_reader.h"
#include "data/feature_matrix.h"
#include "data/raw_table.h"
#include "data/validation_report.h"
#include "model/mlp_classifier.h"
#include "network/federation_messages.h"
#include "network/framed_connection.h"
#include "network/io_runtime.h"

namespace cohort::net
{

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
};

/// How a site's part in the federation ended.
struct SiteOutcome
{
    int exitCode = 0; // 0 finished, 2 refused (schema, join code), 1 other failures
    std::string message;
    engine::ValidationReport report;
    int roundsTrained = 0;
    std::int64_t storedVersion = 0; // the final global model in the site's registry, if kept
};

class SiteService final
{
public:
    using LogCallback = std::function<void(const std::string &)>;

    SiteService(IoRuntime &runtime, SiteOptions options, LogCallback log);
    ~SiteService();
    SiteService(const SiteService &) = delete;
    SiteService &operator=(const SiteService &) = delete;

    /// Reads the site's CSV file; its problems land in the outcome's report.
    [[nodiscard]] engine::Result<void> loadData();
    /// Connects to the hub and takes part until the federation ends.
    void start();
    /// Blocks until the site's part has ended.
    [[nodiscard]] SiteOutcome wait();
    /// Leaves the federation now.
    void stop();

private:
    struct Prepared; // what the site derives from its rows once the hub's plan is known

    void connect();
    void scheduleReconnect(const std::string &why);
    void handleEnvelope(const FramedConnection::Pointer &connection, cohort::wire::Envelope e);
    void handleWelcome(const cohort::wire::Welcome &welcome);
    void handleStatisticsRequest(const cohort::wire::StatisticsRequest &request);
    void handlePlan(const cohort::wire::PreprocessingPlan &plan);
    void handleFit(const cohort::wire::FitRequest &request);
    void handleEvaluate(const cohort::wire::EvaluateRequest &request);
    void storeFinalModel();
    void send(cohort::wire::Envelope envelope);
    void runJobs();
    void post(std::function<void()> job);
    void finish(int exitCode, const std::string &message);

    IoRuntime &m_runtime;
    SiteOptions m_options;
    LogCallback m_log;
    engine::RawTable m_table;
    engine::ValidationReport m_report;
    std::unique_ptr<Prepared> m_prepared;
    std::optional<FederationPlan> m_plan;

    std::mutex m_mutex; // guards everything below and the fields above after start()
    std::condition_variable m_changed;
    FramedConnection::Pointer m_connection;
    std::string m_siteId;
    std::string m_runId;
    std::uint64_t m_nextMessageId = 1;
    int m_attempts = 0;
    std::unique_ptr<boost::asio::steady_timer> m_reconnectTimer;
    std::optional<SiteOutcome> m_outcome;
    int m_roundsTrained = 0;
    std::int64_t m_storedVersion = 0;
    std::deque<std::function<void()>> m_jobs; // training and evaluation, one at a time
    bool m_stopping = false;
    std::thread m_worker;
};

} // namespace cohort::net
