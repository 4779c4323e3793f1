#include "cli/simulate_command.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <mutex>

#include <unistd.h>

#include "cli/cli_output.h"
#include "cli/federated_demo.h"
#include "data/synthetic_domains.h"
#include "eval/classification_metrics.h"
#include "eval/file_evaluation.h"
#include "model/trained_model.h"
#include "network/federation_simulator.h"
#include "store/model_registry.h"
#include "store/stored_model.h"
#include "train/training_job.h"

namespace cohort::app
{

namespace
{

struct SimulateOptions
{
    std::string domain = "fitness";
    int sites = 10;
    int rounds = 20;
    std::string strategy = "fedavg";
    double fraction = 1.0;
    double alpha = 0.5;
    std::uint64_t seed = 42;
    int minRows = 50;
    int maxRows = 200;
    int centralizedEpochs = 30; // 0: no centralized comparison
    std::string out;
    bool json = false;
    bool verbose = false;
};

struct SimulateFigures
{
    net::SimulationResult simulation;
    double federatedAccuracy = std::nan("");
    double centralizedAccuracy = std::nan("");
    double baselineAccuracy = std::nan("");
    std::string folder;
    std::string db;
};

std::string temporaryFolder(const std::string &what)
{
    return (std::filesystem::temp_directory_path()
            / ("cohort-" + what + "-" + std::to_string(::getpid())))
        .string();
}

// The pooled sites trained centrally and scored on the same test rows, for the comparison.
engine::Result<engine::ClassificationMetrics>
centralizedMetrics(const engine::GeneratedDomain &domain, engine::ModelRegistry &registry,
                   const std::string &folder, const SimulateOptions &options)
{
    const std::string pooled = (std::filesystem::path(folder) / "pooled.csv").string();
    if (auto written = poolSiteFiles(domain.siteFiles, pooled); !written)
        return written.error();
    engine::TrainingRequest request;
    request.csvPath = pooled;
    request.inference.target = domain.target;
    request.inference.minRowsPerClass = 1;
    request.train.epochs = options.centralizedEpochs;
    request.train.seed = options.seed;
    request.origin = engine::ModelOrigin::Centralized;
    request.versionName = options.domain + " pooled sites (simulation)";
    engine::ValidationReport report;
    engine::Result<engine::TrainingResult> trained =
        engine::runTrainingJob(request, registry, report);
    if (!trained)
        return trained.error();
    engine::Result<engine::TrainedModel> model =
        engine::loadTrainedModel(registry, trained->versionId);
    if (!model)
        return model.error();
    engine::Result<engine::FileEvaluation> evaluation =
        engine::evaluateOnFile(model.value(), domain.testFile, {}, report);
    if (!evaluation)
        return evaluation.error();
    return evaluation->metrics;
}

engine::Result<SimulateFigures> simulate(const SimulateOptions &options, bool printRounds)
{
    SimulateFigures figures;
    figures.folder = options.out.empty() ? temporaryFolder("simulate") : options.out;
    figures.db = (std::filesystem::path(figures.folder) / "simulation.db").string();
    engine::SyntheticOptions synthetic;
    synthetic.domain = options.domain;
    synthetic.sites = options.sites;
    synthetic.seed = options.seed;
    synthetic.alpha = options.alpha;
    synthetic.minRowsPerSite = options.minRows;
    synthetic.maxRowsPerSite = options.maxRows;
    engine::Result<engine::GeneratedDomain> domain =
        engine::generateSyntheticDomain(synthetic, figures.folder);
    if (!domain)
        return domain.error();

    net::SimulationSettings settings;
    settings.rounds = options.rounds;
    settings.fraction = options.fraction;
    settings.strategy.name = options.strategy;
    settings.seed = options.seed;
    settings.dbPath = figures.db;
    settings.runName = "simulation " + options.domain;
    if (options.verbose)
        settings.onLog = net::englishLines(
            [](const std::string &line)
            {
                static std::mutex mutex;
                std::lock_guard lock(mutex);
                std::cerr << line << std::endl;
            });
    if (printRounds)
        settings.onRound = [](const net::RoundReport &r) { printRoundLine(r); };
    engine::Result<net::SimulationResult> simulation = net::runSimulation(domain.value(), settings);
    if (!simulation)
        return simulation.error();
    figures.simulation = std::move(simulation).value();

    engine::Result<engine::ModelRegistry> registry = engine::ModelRegistry::open(figures.db);
    if (!registry)
        return registry.error();
    engine::Result<engine::TrainedModel> federated =
        engine::loadTrainedModel(registry.value(), figures.simulation.finalVersion);
    engine::Result<double> accuracy =
        federated ? accuracyOnAllRows(federated.value(), domain->testFile)
                  : engine::Result<double>(federated.error());
    if (!accuracy)
        return accuracy.error();
    figures.federatedAccuracy = accuracy.value();
    if (options.centralizedEpochs > 0)
    {
        engine::Result<engine::ClassificationMetrics> central =
            centralizedMetrics(domain.value(), registry.value(), figures.folder, options);
        if (!central)
            return central.error();
        figures.centralizedAccuracy = central->accuracy;
        figures.baselineAccuracy = central->baselineAccuracy;
    }
    return figures;
}

int runSimulate(const SimulateOptions &options)
{
    if (!options.json)
        std::cout << "Simulating " << options.sites << " " << options.domain
                  << " sites in this process (" << options.strategy << ", " << options.rounds
                  << " rounds, in-process links, no sockets):" << std::endl;
    engine::Result<SimulateFigures> figures = simulate(options, !options.json);
    if (!figures)
        return reportFailure(figures.error(), nullptr, options.json);
    const net::SimulationResult &run = figures->simulation;
    const double peak = net::peakResidentMib();
    if (options.json)
    {
        nlohmann::json rounds = nlohmann::json::array();
        for (const net::SimulatedRound &round : run.rounds)
            rounds.push_back({{"round", round.report.round},
                              {"answered", round.report.answered.size()},
                              {"dropped", round.report.dropped.size()},
                              {"accuracy", round.report.evaluation
                                               ? nlohmann::json(round.report.evaluation->accuracy)
                                               : nlohmann::json()},
                              {"seconds", round.report.seconds}});
        printJson({{"ok", true},
                   {"domain", options.domain},
                   {"sites", options.sites},
                   {"strategy", options.strategy},
                   {"rounds", rounds},
                   {"federated_accuracy", figures->federatedAccuracy},
                   {"centralized_accuracy", std::isnan(figures->centralizedAccuracy)
                                                ? nlohmann::json()
                                                : nlohmann::json(figures->centralizedAccuracy)},
                   {"wall_seconds", run.wallSeconds},
                   {"peak_rss_mib", peak},
                   {"version_id", run.finalVersion},
                   {"db", figures->db}});
        return kExitOk;
    }
    std::cout << "\nOn the domain's held-out test.csv:\n"
              << "  federated (" << options.sites << " sites, " << run.rounds.size()
              << " rounds):  " << formatNumber(figures->federatedAccuracy) << "\n";
    if (!std::isnan(figures->centralizedAccuracy))
        std::cout << "  centralized (pooled rows):     " << formatNumber(figures->centralizedAccuracy)
                  << "\n"
                  << "  always the majority class:     " << formatNumber(figures->baselineAccuracy)
                  << "\n";
    std::cout << "Wall time " << formatNumber(run.wallSeconds, 1) << " s for the rounds (plus "
              << formatNumber(run.setupSeconds, 1) << " s reading the sites' files), peak memory "
              << formatNumber(peak, 0) << " MiB, " << run.workThreads
              << " training threads.\nVersions in " << figures->db << "\n";
    return kExitOk;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int runSimulateBench(const std::vector<int> &siteCounts, int rounds, bool json)
{
    nlohmann::json document = {{"ok", true}, {"runs", nlohmann::json::array()}};
    if (!json)
        std::cout << "In-process simulation, fitness domain, 50-200 rows per site, " << rounds
                  << " rounds, FedAvg, 5 local epochs, default MLP. Round overhead = a round's "
                     "time minus the sites' work in it (training, and evaluating the round before) divided by the work threads "
                     "(median of the rounds after the first):\n";
    for (const int sites : siteCounts)
    {
        SimulateOptions options;
        options.sites = sites;
        options.rounds = rounds;
        options.centralizedEpochs = 0;
        options.out = temporaryFolder("bench-simulate-" + std::to_string(sites));
        engine::Result<SimulateFigures> figures = simulate(options, false);
        std::error_code ignored;
        std::filesystem::remove_all(options.out, ignored);
        if (!figures)
            return reportFailure(figures.error(), nullptr, json);
        const net::SimulationResult &run = figures->simulation;
        std::vector<double> overheadMs;
        double training = 0.0;
        for (std::size_t i = 0; i < run.rounds.size(); ++i)
        {
            training += run.rounds[i].fitSeconds;
            if (i > 0)
                overheadMs.push_back(1000.0
                                     * (run.rounds[i].report.seconds
                                        - run.rounds[i].fitSeconds / run.workThreads));
        }
        const double peak = net::peakResidentMib();
        const double overhead = median(overheadMs);
        if (json)
        {
            document["runs"].push_back({{"sites", sites},
                                        {"rounds", run.rounds.size()},
                                        {"wall_seconds", run.wallSeconds},
                                        {"setup_seconds", run.setupSeconds},
                                        {"training_seconds", training},
                                        {"peak_rss_mib", peak},
                                        {"median_round_overhead_ms", overhead},
                                        {"federated_accuracy", figures->federatedAccuracy}});
            continue;
        }
        std::cout << "  " << std::setw(5) << sites << " sites: " << formatNumber(run.wallSeconds, 1)
                  << " s for " << run.rounds.size() << " rounds (goal at 1000 sites: 60 s), "
                  << "training " << formatNumber(training, 1) << " s of CPU, peak memory "
                  << formatNumber(peak, 0) << " MiB (goal 2048), round overhead "
                  << formatNumber(overhead, 1) << " ms (goal at 1000 sites: 20), accuracy "
                  << formatNumber(figures->federatedAccuracy) << std::endl;
    }
    if (json)
        printJson(document);
    return kExitOk;
}

void addSimulateCommand(CLI::App &app, int &exitCode)
{
    auto options = std::make_shared<SimulateOptions>();
    CLI::App *command = app.add_subcommand(
        "simulate", "Run a hub federation of N simulated sites in this process (no sockets) and "
                    "compare it with centralized training");
    command->add_option("--domain", options->domain, "fitness, vitals or hospital")
        ->capture_default_str();
    command->add_option("--sites", options->sites, "Sites")->capture_default_str();
    command->add_option("--rounds", options->rounds, "Rounds")->capture_default_str();
    command->add_option("--strategy", options->strategy, "Aggregation strategy")
        ->capture_default_str();
    command->add_option("--fraction", options->fraction, "Share of sites sampled per round")
        ->capture_default_str();
    command->add_option("--alpha", options->alpha,
                        "Label skew: Dirichlet concentration (smaller = more skew)")
        ->capture_default_str();
    command->add_option("--seed", options->seed, "Random seed")->capture_default_str();
    command->add_option("--min-rows", options->minRows, "Fewest rows a site holds")
        ->capture_default_str();
    command->add_option("--max-rows", options->maxRows, "Most rows a site holds")
        ->capture_default_str();
    command
        ->add_option("--centralized-epochs", options->centralizedEpochs,
                     "Epochs of the centralized comparison (0 = none)")
        ->capture_default_str();
    command->add_option("--out", options->out, "Folder for the data and registry");
    command->add_flag("--json", options->json, "Machine-readable output");
    command->add_flag("--verbose", options->verbose, "The hub's and sites' log lines on stderr");
    command->callback([options, &exitCode] { exitCode = runSimulate(*options); });
}

} // namespace cohort::app
