#include "cli/federated_demo.h"

#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <mutex>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <nlohmann/json.hpp>

#include "cli/child_process.h"
#include "cli/cli_output.h"
#include "data/cell_parsing.h"
#include "data/csv_reader.h"
#include "fl/federation_schema.h"
#include "network/io_runtime.h"

namespace cohort::app
{

namespace
{

constexpr auto kDemoTimeout = std::chrono::minutes(10);

// A loopback port that is free now (the peers need theirs before they start).
unsigned short freeLoopbackPort()
{
    const int probe = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof(address);
    unsigned short port = 0;
    if (probe >= 0 && ::bind(probe, reinterpret_cast<sockaddr *>(&address), sizeof(address)) == 0
        && ::getsockname(probe, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    if (probe >= 0)
        ::close(probe);
    return port;
}

// One peer process per site file on a full mesh; the first peer's report gives the lines.
engine::Result<FederatedDemoResult> runPeerDemo(const engine::GeneratedDomain &domain,
                                                const FederatedDemoSettings &settings)
{
    const std::size_t count = domain.siteFiles.size();
    std::vector<unsigned short> ports;
    for (std::size_t i = 0; i < count; ++i)
        ports.push_back(freeLoopbackPort());
    std::vector<ChildProcess> peers;
    std::vector<std::string> outputs;
    for (std::size_t i = 0; i < count; ++i)
    {
        std::string neighbours;
        for (std::size_t j = 0; j < count; ++j)
        {
            if (j != i)
                neighbours += (neighbours.empty() ? "" : ",") + std::string("127.0.0.1:")
                              + std::to_string(ports[j]);
        }
        const std::string name = "site_" + std::to_string(i + 1);
        const std::filesystem::path folder(settings.folder);
        outputs.push_back((folder / (name + ".json")).string());
        engine::Result<ChildProcess> peer = ChildProcess::startSelf(
            {"peer", "--listen", std::to_string(ports[i]), "--peers", neighbours, "--csv",
             domain.siteFiles[i], "--target", domain.target, "--rounds",
             std::to_string(settings.rounds), "--name", name, "--seed",
             std::to_string(settings.seed), "--db", settings.db, "--json"},
            (folder / (name + ".log")).string(), outputs.back());
        if (!peer)
            return peer.error();
        peers.push_back(std::move(peer).value());
    }
    for (ChildProcess &peer : peers)
    {
        if (peer.waitFor(kDemoTimeout) != 0)
            return engine::makeError(engine::ErrorCode::Internal,
                                     "a peer of the demo failed (logs in " + settings.folder + ")");
    }
    std::ifstream in(outputs.front());
    const nlohmann::json report = nlohmann::json::parse(in, nullptr, false);
    if (report.is_discarded())
        return engine::makeError(engine::ErrorCode::Internal, "the first peer wrote no report");
    FederatedDemoResult result;
    result.finalVersion = report.value("version_id", std::int64_t{0});
    const auto &heard = report.at("neighbours_heard");
    for (std::size_t r = 0; r < heard.size(); ++r)
    {
        net::RoundReport round;
        round.round = static_cast<int>(r + 1);
        round.answered.assign(heard[r].get<std::size_t>() + 1, "peer");
        round.seconds = report.at("round_seconds")[r].get<double>();
        engine::FederatedEvaluation evaluation;
        evaluation.accuracy = report.at("round_accuracy")[r].get<double>(); // site_1's own rows
        evaluation.loss = std::nan("");
        round.evaluation = evaluation;
        if (settings.printRounds)
            printRoundLine(round);
        result.rounds.push_back(std::move(round));
    }
    return result;
}

} // namespace

engine::Result<FederatedDemoResult> runFederatedDemo(const engine::GeneratedDomain &domain,
                                                     const FederatedDemoSettings &settings)
{
    if (settings.peerToPeer)
        return runPeerDemo(domain, settings);
    // The hub takes the columns and classes from the held-out file's header and categories;
    // it trains on no rows itself.
    engine::ValidationReport report;
    engine::Result<engine::FederationSchema> schema =
        engine::federationSchemaOfFile(domain.testFile, domain.target, report);
    if (!schema)
        return schema.error();

    net::HubOptions options;
    options.schema = std::move(schema).value();
    options.rounds.rounds = settings.rounds;
    options.rounds.minSites = static_cast<int>(domain.siteFiles.size());
    options.rounds.seed = settings.seed;
    options.rounds.deadline = std::chrono::seconds(60);
    options.strategy.name = settings.strategy;
    options.runName = "demo " + std::filesystem::path(settings.folder).filename().string();
    options.dbPath = settings.db;

    FederatedDemoResult result;
    std::mutex mutex;
    net::HubEvents events;
    events.onRound = [&](const net::RoundReport &round)
    {
        std::lock_guard lock(mutex);
        result.rounds.push_back(round);
        result.finalVersion = round.versionId;
        if (settings.printRounds)
            printRoundLine(round);
    };
    net::IoRuntime runtime;
    auto hub = std::make_unique<net::HubService>(runtime, options, events);
    engine::Result<unsigned short> port = hub->start();
    if (!port)
        return port.error();
    runtime.start(1);

    std::vector<ChildProcess> sites;
    for (std::size_t i = 0; i < domain.siteFiles.size(); ++i)
    {
        const std::string name = "site_" + std::to_string(i + 1);
        engine::Result<ChildProcess> site = ChildProcess::startSelf(
            {"site", "--hub", "127.0.0.1:" + std::to_string(port.value()), "--csv",
             domain.siteFiles[i], "--name", name, "--seed", std::to_string(settings.seed + i)},
            (std::filesystem::path(settings.folder) / (name + ".log")).string());
        if (!site)
            return site.error();
        sites.push_back(std::move(site).value());
    }
    // Wait for the hub; if every site has ended without it finishing, stop it.
    const auto deadline = std::chrono::steady_clock::now() + kDemoTimeout;
    std::optional<engine::Result<void>> done;
    while (!(done = hub->waitFor(std::chrono::milliseconds(500))))
    {
        const bool allEnded = std::all_of(sites.begin(), sites.end(),
                                          [](ChildProcess &site) { return site.hasEnded(); });
        if (allEnded || std::chrono::steady_clock::now() > deadline)
            hub->stop();
    }
    for (ChildProcess &site : sites)
        (void)site.waitFor(std::chrono::seconds(10));
    runtime.stop();
    hub.reset();
    if (!done->ok())
        return engine::makeError(done->error().code,
                                 "the demo federation stopped: " + done->error().message
                                     + " (site logs in " + settings.folder + ")");
    return result;
}

// Concatenates the sites' files (one header) for the centralized comparison.
engine::Result<void> poolSiteFiles(const std::vector<std::string> &files, const std::string &pooled)
{
    std::ofstream out(pooled, std::ios::binary);
    for (std::size_t i = 0; i < files.size(); ++i)
    {
        std::ifstream in(files[i], std::ios::binary);
        std::string line;
        for (bool header = true; std::getline(in, line); header = false)
        {
            if (!header || i == 0)
                out << line << "\n";
        }
    }
    if (!out)
        return engine::makeError(engine::ErrorCode::Io, "cannot write " + pooled);
    return {};
}

// Accuracy over every test row; rows of classes the model never saw count as wrong, so that
// site-only models are compared fairly with models that know every class.
engine::Result<double> accuracyOnAllRows(const engine::TrainedModel &model, const std::string &path)
{
    engine::ValidationReport report;
    engine::Result<engine::RawTable> table = engine::readCsv(path, {}, report);
    if (!table)
        return table.error();
    engine::Result<std::vector<float>> p = model.predictProbabilities(table.value());
    if (!p)
        return p.error();
    const engine::TextColumn &truth =
        table->columns[static_cast<std::size_t>(table->columnIndex(model.target()))];
    const std::size_t k = model.classNames().size();
    long correct = 0;
    for (std::size_t row = 0; row < table->rowCount(); ++row)
    {
        const float *rowP = p->data() + row * k;
        const auto best = static_cast<std::size_t>(std::max_element(rowP, rowP + k) - rowP);
        correct += model.classNames()[best] == engine::canonicalLabel(truth.at(row)) ? 1 : 0;
    }
    return static_cast<double>(correct)
           / static_cast<double>(std::max<std::size_t>(1, table->rowCount()));
}

void printRoundLine(const net::RoundReport &r)
{
    const double accuracy = r.evaluation ? r.evaluation->accuracy : std::nan("");
    const double loss = r.evaluation ? r.evaluation->loss : std::nan("");
    std::cout << "  round " << std::setw(3) << r.round << "  sites answered " << r.answered.size()
              << ", dropped " << r.dropped.size() << "  global loss " << formatNumber(loss)
              << "  accuracy " << formatNumber(accuracy) << "  " << formatNumber(r.seconds, 2)
              << " s" << std::endl;
}

} // namespace cohort::app
