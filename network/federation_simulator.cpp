#include "network/federation_simulator.h"

#include <cmath>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>

#include "data/csv_reader.h"
#include "fl/federation_schema.h"
#include "network/in_process_link.h"
#include "network/io_runtime.h"
#include "network/site_service.h"
#include "network/work_queue.h"

namespace cohort::net
{

namespace
{

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The sites' local work (training, and evaluating the round before) while each round ran,
// added up as they report it.
class FitClock
{
public:
    void add(int round, double seconds)
    {
        std::lock_guard lock(m_mutex);
        m_seconds[round] += seconds;
    }
    double total(int round)
    {
        std::lock_guard lock(m_mutex);
        return m_seconds[round];
    }

private:
    std::mutex m_mutex;
    std::map<int, double> m_seconds;
};

} // namespace

engine::Result<SimulationResult> runSimulation(const engine::GeneratedDomain &domain,
                                               const SimulationSettings &settings)
{
    const auto setupStart = Clock::now();
    engine::ValidationReport report;
    engine::Result<engine::FederationSchema> schema =
        engine::federationSchemaOfFile(domain.testFile, domain.target, report);
    if (!schema)
        return schema.error();
    HubOptions options;
    options.listen = false;
    options.schema = schema.value();
    options.rounds.rounds = settings.rounds;
    options.rounds.minSites = static_cast<int>(domain.siteFiles.size());
    // Every simulated site comes from this process: room for all of them.
    options.connections.total = domain.siteFiles.size() + 16;
    options.connections.perAddress = domain.siteFiles.size() + 16;
    options.rounds.fraction = settings.fraction;
    options.rounds.seed = settings.seed;
    options.rounds.deadline = settings.deadline;
    options.strategy = settings.strategy;
    options.localEpochs = settings.localEpochs;
    options.runName = settings.runName;
    options.dbPath = settings.dbPath;

    SimulationResult result;
    result.workThreads = std::max(1, settings.workThreads);
    auto fitClock = std::make_shared<FitClock>();
    std::mutex roundsMutex;
    HubEvents events;
    events.onRound = [&](const RoundReport &report)
    {
        std::lock_guard lock(roundsMutex);
        result.rounds.push_back({report, fitClock->total(report.round)});
        result.finalVersion = report.versionId;
        if (settings.onRound)
            settings.onRound(report);
    };

    if (settings.onLog)
        events.onLog = [log = settings.onLog](LogEvent event)
        {
            event.source = "hub";
            log(event);
        };
    IoRuntime runtime;
    WorkQueue work(result.workThreads);
    HubService hub(runtime, options, events);
    if (auto started = hub.start(); !started)
        return started.error();

    // The sites: their own rows, read as a site would read its file.
    std::vector<std::unique_ptr<SiteService>> sites;
    for (std::size_t i = 0; i < domain.siteFiles.size(); ++i)
    {
        SiteOptions site;
        site.name = "site_" + std::to_string(i + 1);
        site.csvPath = domain.siteFiles[i];
        site.seed = settings.seed + i;
        site.connector = [&runtime, &hub, name = site.name](LinkReady ready)
        {
            auto [hubSide, siteSide] =
                InProcessLink::createPair(runtime.context(), "hub", name);
            hub.acceptLink(hubSide);
            ready(siteSide);
        };
        // An evaluation of round r runs beside round r + 1's fits: it counts there.
        site.onLocalWork = [fitClock](bool fit, int round, double seconds)
        { fitClock->add(fit ? round : round + 1, seconds); };
        auto service = std::make_unique<SiteService>(
            runtime, std::move(site),
            [log = settings.onLog, name = "site_" + std::to_string(i + 1)](LogEvent event)
            {
                if (!log)
                    return;
                event.source = name;
                log(event);
            },
            SiteService::FinishedCallback{}, &work);
        if (auto loaded = service->loadData(); !loaded)
            return loaded.error();
        sites.push_back(std::move(service));
    }
    result.setupSeconds = secondsSince(setupStart);

    const auto start = Clock::now();
    runtime.start(1);
    for (const std::unique_ptr<SiteService> &site : sites)
        site->start();
    const engine::Result<void> done = hub.wait();
    result.wallSeconds = secondsSince(start);
    for (const std::unique_ptr<SiteService> &site : sites)
        (void)site->wait();
    // Work first, then the network: no handler may run once the services are gone.
    work.stop();
    runtime.stop();
    sites.clear();
    if (!done)
        return done.error();
    return result;
}

double peakResidentMib()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
    {
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stod(line.substr(6)) / 1024.0; // the kernel reports kB
    }
    return std::nan("");
}

} // namespace cohort::net
