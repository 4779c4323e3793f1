#include "cli/bench_rounds.h"

#include <algorithm>
#include <filesystem>
#include <atomic>
#include <future>
#include <iostream>
#include <mutex>

#include <unistd.h>

#include "cli/cli_output.h"
#include "data/csv_reader.h"
#include "data/dataset_import.h"
#include "fl/aggregation_benchmark.h"
#include "fl/federated_preprocessing.h"
#include "fl/federation_schema.h"
#include "network/federation_messages.h"
#include "network/frame_listener.h"
#include "network/hub_service.h"
#include "network/io_runtime.h"
#include "network/wire_messages.h"

namespace cohort::app
{

namespace
{

// A few rows of ten numeric features and a binary target: the light sites' "data".
std::string benchCsv()
{
    std::string text;
    for (int c = 0; c < 10; ++c)
        text += "x" + std::to_string(c) + ",";
    text += "label\n";
    for (int row = 0; row < 40; ++row)
    {
        for (int c = 0; c < 10; ++c)
            text += std::to_string((row * (c + 3)) % 17) + ",";
        text += std::string(row % 2 ? "a" : "b") + "\n";
    }
    return text;
}

// A site that speaks the protocol but trains nothing: it answers every request at once, so a
// round's time is the hub's and the network's overhead alone.
class LightSite : public std::enable_shared_from_this<LightSite>
{
public:
    LightSite(std::string name, cohort::wire::StatisticsResult statistics)
        : m_name(std::move(name))
        , m_statistics(std::move(statistics))
    {
    }

    void start(net::IoRuntime &runtime, unsigned short port)
    {
        auto self = shared_from_this();
        net::connectWithTimeout(
            runtime.context(), "127.0.0.1", port, std::chrono::seconds(10),
            [self](engine::Result<boost::asio::ip::tcp::socket> socket)
            {
                if (!socket)
                    return;
                net::FramedConnection::Handlers handlers;
                handlers.onEnvelope = [self](const net::FramedConnection::Pointer &connection,
                                             cohort::wire::Envelope e)
                { self->handle(connection, e); };
                auto connection =
                    net::FramedConnection::create(std::move(socket).value(), handlers);
                connection->start();
                cohort::wire::Envelope hello;
                hello.mutable_hello()->set_protocol_version(net::kProtocolVersion);
                hello.mutable_hello()->set_site_name(self->m_name);
                connection->send(hello);
            });
    }

private:
    void handle(const net::FramedConnection::Pointer &connection, const cohort::wire::Envelope &e)
    {
        cohort::wire::Envelope reply;
        if (e.has_statistics_request())
        {
            *reply.mutable_statistics_result() = m_statistics;
        }
        else if (e.has_fit_request())
        {
            cohort::wire::FitResult *result = reply.mutable_fit_result();
            result->set_round(e.fit_request().round());
            *result->mutable_parameters() = e.fit_request().global_model();
            result->set_sample_count(40);
        }
        else if (e.has_evaluate_request())
        {
            cohort::wire::EvaluateResult *result = reply.mutable_evaluate_result();
            result->set_round(e.evaluate_request().round());
            result->set_sample_count(40);
            result->set_loss(0.5);
            result->set_class_count(2);
            for (const long count : {20, 0, 0, 20})
                result->add_confusion(count);
        }
        else
        {
            return;
        }
        connection->send(std::move(reply));
    }

    std::string m_name;
    cohort::wire::StatisticsResult m_statistics;
};

struct RoundFigures
{
    int sites = 0;
    double medianOverheadMs = 0.0;
    double meanOverheadMs = 0.0;
    std::size_t parameters = 0;
};

engine::Result<RoundFigures> measureRounds(int siteCount, int rounds)
{
    engine::ValidationReport report;
    engine::Result<engine::RawTable> table =
        engine::readCsvText(benchCsv(), "bench.csv", {}, report);
    if (!table)
        return table.error();
    engine::InferenceOptions inference;
    inference.target = "label";
    const engine::DatasetSchema schema = engine::inferSchema(table.value(), inference, report);
    net::HubOptions options;
    options.schema = engine::federationSchemaFrom(schema);
    options.rounds.rounds = rounds;
    options.rounds.minSites = siteCount;
    // Every light site connects from 127.0.0.1: room for all of them.
    options.connections.total = static_cast<std::size_t>(siteCount) + 16;
    options.connections.perAddress = static_cast<std::size_t>(siteCount) + 16;
    options.rounds.deadline = std::chrono::seconds(60);
    options.runName = "bench";
    const auto db = std::filesystem::temp_directory_path()
                    / ("cohort-bench-rounds-" + std::to_string(::getpid()) + ".db");
    options.dbPath = db.string();
    std::vector<std::size_t> rows(table->rowCount());
    for (std::size_t i = 0; i < rows.size(); ++i)
        rows[i] = i;
    const cohort::wire::StatisticsResult statistics =
        net::toStatistics(engine::summarizeSite(table.value(), options.schema, rows));

    std::mutex mutex;
    std::vector<double> seconds;
    net::HubEvents events;
    events.onRound = [&](const net::RoundReport &round)
    {
        std::lock_guard lock(mutex);
        seconds.push_back(round.seconds);
    };
    net::IoRuntime runtime;
    auto hub = std::make_unique<net::HubService>(runtime, options, events);
    engine::Result<unsigned short> port = hub->start();
    if (!port)
        return port.error();
    runtime.start(2);
    std::vector<std::shared_ptr<LightSite>> sites;
    for (int i = 0; i < siteCount; ++i)
    {
        sites.push_back(std::make_shared<LightSite>("light" + std::to_string(i), statistics));
        sites.back()->start(runtime, port.value());
    }
    const std::optional<engine::Result<void>> done = hub->waitFor(std::chrono::minutes(5));
    runtime.stop();
    hub.reset();
    for (const char *suffix : {"", "-wal", "-shm"})
        std::filesystem::remove(db.string() + suffix);
    if (!done || !done->ok())
        return engine::makeError(engine::ErrorCode::Internal,
                                 "the benchmark federation did not finish");
    // The first round includes the sites' start-up; the steady rounds are the overhead.
    std::vector<double> steady(seconds.begin() + 1, seconds.end());
    std::sort(steady.begin(), steady.end());
    RoundFigures figures;
    figures.sites = siteCount;
    figures.medianOverheadMs = 1000.0 * steady[steady.size() / 2];
    double sum = 0.0;
    for (const double s : steady)
        sum += s;
    figures.meanOverheadMs = 1000.0 * sum / static_cast<double>(steady.size());
    engine::MlpSpec spec;
    spec.inputWidth = 10;
    figures.parameters = spec.parameterCount();
    return figures;
}

} // namespace

int runRoundsBench(const std::vector<int> &siteCounts, int rounds, bool json)
{
    nlohmann::json document = {{"ok", true}, {"rounds", nlohmann::json::array()}};
    if (!json)
        std::cout << "Round overhead over loopback TCP: the hub's round time while light sites "
                     "answer at once (their training time is 0), default MLP, "
                  << rounds << " rounds:\n";
    for (const int sites : siteCounts)
    {
        engine::Result<RoundFigures> figures = measureRounds(sites, std::max(3, rounds));
        if (!figures)
            return reportFailure(figures.error(), nullptr, json);
        document["rounds"].push_back({{"sites", sites},
                                      {"median_overhead_ms", figures->medianOverheadMs},
                                      {"mean_overhead_ms", figures->meanOverheadMs},
                                      {"parameters", figures->parameters}});
        if (!json)
            std::cout << "  " << sites << " sites: median "
                      << formatNumber(figures->medianOverheadMs, 2) << " ms, mean "
                      << formatNumber(figures->meanOverheadMs, 2) << " ms per round ("
                      << figures->parameters << " parameters)\n";
    }
    engine::Result<engine::AggregationFigures> aggregation =
        engine::measureAggregation("fedavg", 10'000'000, 10);
    if (!aggregation)
        return reportFailure(aggregation.error(), nullptr, json);
    document["aggregation_gb_per_second"] = aggregation->gigabytesPerSecond;
    if (json)
        printJson(document);
    else
        std::cout << "FedAvg aggregation of 10 updates of a 10-million-parameter model: "
                  << formatNumber(aggregation->gigabytesPerSecond, 2) << " GB/s\n";
    return kExitOk;
}

} // namespace cohort::app
