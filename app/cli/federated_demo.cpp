#include "cli/federated_demo.h"

#include <filesystem>
#include <iomanip>
#include <iostream>
#include <mutex>

#include "cli/child_process.h"
#include "cli/cli_output.h"
#include "data/dataset_import.h"
#include "fl/federation_schema.h"
#include "network/io_runtime.h"

namespace cohort::app
{

namespace
{

constexpr auto kDemoTimeout = std::chrono::minutes(10);

void printRoundLine(const net::RoundReport &r)
{
    const double accuracy = r.evaluation ? r.evaluation->accuracy : std::nan("");
    const double loss = r.evaluation ? r.evaluation->loss : std::nan("");
    std::cout << "  round " << std::setw(3) << r.round << "  sites answered " << r.answered.size()
              << ", dropped " << r.dropped.size() << "  global loss " << formatNumber(loss)
              << "  accuracy " << formatNumber(accuracy) << "  " << formatNumber(r.seconds, 2)
              << " s" << std::endl;
}

} // namespace

engine::Result<FederatedDemoResult> runFederatedDemo(const engine::GeneratedDomain &domain,
                                                     const FederatedDemoSettings &settings)
{
    // The hub takes the columns and classes from the held-out file's header and categories;
    // it trains on no rows itself.
    engine::InferenceOptions inference;
    inference.target = domain.target;
    engine::ValidationReport report;
    engine::Result<engine::ImportedDataset> reference =
        engine::importDataset(domain.testFile, {}, inference, report);
    if (!reference)
        return reference.error();

    net::HubOptions options;
    options.schema = engine::federationSchemaFrom(reference->schema);
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

} // namespace cohort::app
