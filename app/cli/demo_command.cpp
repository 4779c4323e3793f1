#include "cli/demo_command.h"

#include <filesystem>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>

#include <unistd.h>

#include "cli/cli_output.h"
#include "cli/federated_demo.h"
#include "cli/setting_checks.h"
#include "data/cell_parsing.h"
#include "data/synthetic_domains.h"
#include "eval/file_evaluation.h"
#include "model/trained_model.h"
#include "store/model_registry.h"
#include "store/stored_model.h"
#include "train/training_job.h"

namespace cohort::app
{

namespace
{

struct DemoOptions
{
    std::string domain = "all";
    int sites = 4;
    std::uint64_t seed = 42;
    int epochs = 100;
    int rounds = 20; // 0: no federation, only centralized and site-alone training
    std::string strategy = "fedavg";
    bool peerToPeer = false;
    std::string out;
    std::string db;
    bool json = false;
};

struct DomainResult
{
    std::string domain;
    long pooledRows = 0;
    std::size_t classes = 0;
    engine::ClassificationMetrics centralized;
    std::vector<double> localAccuracy;   // NaN where a site could not train alone
    std::vector<std::string> localNotes; // why, for those sites
    std::int64_t versionId = 0;
    double federatedAccuracy = std::nan(""); // the last global model on test.csv
    std::int64_t federatedVersion = 0;
    std::vector<net::RoundReport> rounds;
};

engine::Result<engine::TrainingResult>
trainFile(engine::ModelRegistry &registry, const std::string &file, const std::string &target,
          const DemoOptions &options, engine::ModelOrigin origin, const std::string &name)
{
    engine::TrainingRequest request;
    request.csvPath = file;
    request.inference.target = target;
    request.inference.minRowsPerClass = 1; // under label skew a site may hold a class once
    request.train.epochs = options.epochs;
    request.train.seed = options.seed;
    request.origin = origin;
    request.versionName = name;
    engine::ValidationReport report;
    engine::Result<engine::TrainingResult> result =
        engine::runTrainingJob(request, registry, report);
    for (const engine::ValidationIssue &issue : report.issues())
    {
        // Say which problem stopped it rather than how many there were.
        if (!result && issue.severity == engine::Severity::Error)
            return engine::makeError(result.error().code, issue.message);
    }
    return result;
}

// A hub in this process and a site process per site file; the last global model is then
// scored on the held-out test.csv like the other models.
engine::Result<void> runFederation(const engine::GeneratedDomain &generated,
                                   const std::string &folder, engine::ModelRegistry &registry,
                                   const DemoOptions &options, DomainResult &result)
{
    FederatedDemoSettings settings;
    settings.rounds = options.rounds;
    settings.seed = options.seed;
    settings.strategy = options.strategy;
    settings.folder = folder;
    settings.db = registry.path();
    settings.printRounds = !options.json;
    settings.peerToPeer = options.peerToPeer;
    if (!options.json && options.peerToPeer)
        std::cout << "Peer-to-peer rounds (" << generated.siteFiles.size()
                  << " peer processes on 127.0.0.1, full mesh, gossip averaging; accuracy on "
                     "site_1's own evaluation rows):"
                  << std::endl;
    else if (!options.json)
        std::cout << "Federated rounds (hub and " << generated.siteFiles.size()
                  << " site processes on 127.0.0.1, " << options.strategy << "):" << std::endl;
    engine::Result<FederatedDemoResult> federated = runFederatedDemo(generated, settings);
    if (!federated)
        return federated.error();
    result.rounds = federated->rounds;
    result.federatedVersion = federated->finalVersion;
    engine::Result<engine::TrainedModel> model =
        engine::loadTrainedModel(registry, federated->finalVersion);
    engine::Result<double> accuracy = model ? accuracyOnAllRows(model.value(), generated.testFile)
                                            : engine::Result<double>(model.error());
    if (!accuracy)
        return accuracy.error();
    result.federatedAccuracy = accuracy.value();
    return {};
}

engine::Result<DomainResult> runDomain(const std::string &domain, engine::ModelRegistry &registry,
                                       const DemoOptions &options, const std::string &root)
{
    engine::SyntheticOptions synthetic;
    synthetic.domain = domain;
    synthetic.sites = options.sites;
    synthetic.seed = options.seed;
    const std::string folder = (std::filesystem::path(root) / domain).string();
    engine::Result<engine::GeneratedDomain> generated =
        engine::generateSyntheticDomain(synthetic, folder);
    if (!generated)
        return generated.error();
    const std::string pooled = (std::filesystem::path(folder) / "pooled.csv").string();
    if (auto written = poolSiteFiles(generated->siteFiles, pooled); !written)
        return written.error();

    DomainResult result;
    result.domain = domain;
    if (options.rounds > 0)
    {
        if (auto federated = runFederation(generated.value(), folder, registry, options, result);
            !federated)
            return federated.error();
    }
    engine::Result<engine::TrainingResult> central =
        trainFile(registry, pooled, generated->target, options, engine::ModelOrigin::Centralized,
                  domain + " pooled sites");
    if (!central)
        return central.error();
    result.versionId = central->versionId;
    result.pooledRows = central->schema.rows;
    result.classes = central->schema.classNames.size();
    engine::Result<engine::TrainedModel> model =
        engine::loadTrainedModel(registry, central->versionId);
    if (!model)
        return model.error();
    engine::ValidationReport report;
    engine::Result<engine::FileEvaluation> evaluation =
        engine::evaluateOnFile(model.value(), generated->testFile, {}, report);
    if (!evaluation)
        return evaluation.error();
    result.centralized = evaluation->metrics;

    for (std::size_t s = 0; s < generated->siteFiles.size(); ++s)
    {
        engine::Result<engine::TrainingResult> local =
            trainFile(registry, generated->siteFiles[s], generated->target, options,
                      engine::ModelOrigin::Local, domain + " site " + std::to_string(s + 1));
        engine::Result<engine::TrainedModel> model =
            local ? engine::loadTrainedModel(registry, local->versionId)
                  : engine::Result<engine::TrainedModel>(local.error());
        engine::Result<double> accuracy =
            model ? accuracyOnAllRows(model.value(), generated->testFile)
                  : engine::Result<double>(model.error());
        result.localAccuracy.push_back(accuracy ? accuracy.value() : std::nan(""));
        if (!accuracy)
        {
            // A site under strong label skew may hold one class only: it cannot train alone.
            result.localNotes.push_back("site " + std::to_string(s + 1) + ": "
                                        + accuracy.error().message);
        }
    }
    return result;
}

void printTable(const std::vector<DomainResult> &results, const std::string &root,
                const std::string &db)
{
    std::cout << "\nFederated vs. centralized training on the pooled sites vs. each site alone, "
                 "all scored on the domain's held-out test.csv (accuracy, macro F1 and ROC AUC "
                 "are the centralized model's):\n\n";
    std::cout << std::left << std::setw(10) << "domain" << std::setw(8) << "rows" << std::setw(9)
              << "classes" << std::setw(11) << "federated" << std::setw(10) << "accuracy"
              << std::setw(10) << "macro F1" << std::setw(9) << "ROC AUC" << std::setw(10)
              << "baseline"
              << "site-alone accuracy "
              << "(per site)\n";
    for (const DomainResult &r : results)
    {
        std::string locals;
        for (const double a : r.localAccuracy)
            locals += (locals.empty() ? "" : " ") + formatNumber(a, 2);
        std::cout << std::left << std::setw(10) << r.domain << std::setw(8) << r.pooledRows
                  << std::setw(9) << r.classes << std::setw(11) << formatNumber(r.federatedAccuracy)
                  << std::setw(10) << formatNumber(r.centralized.accuracy) << std::setw(10)
                  << formatNumber(r.centralized.macroF1) << std::setw(9)
                  << formatNumber(r.centralized.rocAuc) << std::setw(10)
                  << formatNumber(r.centralized.baselineAccuracy) << locals << "\n";
    }
    std::cout << "\n";
    for (const DomainResult &r : results)
    {
        std::cout << r.domain << ": " << engine::baselineVerdict(r.centralized) << "\n";
        if (!std::isnan(r.federatedAccuracy))
        {
            const bool beats =
                r.federatedAccuracy > r.centralized.baselineAccuracy + engine::kBaselineMargin;
            std::cout << "  The federated model is right in "
                      << formatNumber(100.0 * r.federatedAccuracy, 0) << "% of the cases; "
                      << (beats ? "it beats the baseline."
                                : "it does NOT beat the baseline: under this label skew the "
                                  "sites' rows do not teach it more than the majority class.")
                      << "\n";
        }
        for (const std::string &note : r.localNotes)
            std::cout << "  n/a " << note << "\n";
    }
    std::cout << "\nData in " << root << "; model versions in " << db << "\n";
}

int runDemo(const DemoOptions &options)
{
    std::vector<std::string> domains;
    for (const engine::SyntheticDomainInfo &info : engine::syntheticDomains())
    {
        if (options.domain == "all" || options.domain == info.name)
            domains.push_back(info.name);
    }
    if (domains.empty())
    {
        return reportFailure(engine::makeError(engine::ErrorCode::InvalidInput,
                                               "unknown domain '" + options.domain + "'",
                                               "use fitness, vitals, hospital or all"),
                             nullptr, options.json);
    }
    const std::string root = options.out.empty() ? (std::filesystem::temp_directory_path()
                                                    / ("cohort-demo-" + std::to_string(::getpid())))
                                                       .string()
                                                 : options.out;
    const std::string db = options.db.empty() ? root + "/demo.db" : options.db;
    engine::Result<engine::ModelRegistry> registry = engine::ModelRegistry::open(db);
    if (!registry)
        return reportFailure(registry.error(), nullptr, options.json);
    std::vector<DomainResult> results;
    nlohmann::json documents = nlohmann::json::array();
    for (const std::string &domain : domains)
    {
        if (!options.json)
            std::cout << "Generating " << domain << " (" << options.sites
                      << " sites) and training..." << std::endl;
        engine::Result<DomainResult> result = runDomain(domain, registry.value(), options, root);
        if (!result)
            return reportFailure(result.error(), nullptr, options.json);
        nlohmann::json rounds = nlohmann::json::array();
        for (const net::RoundReport &round : result->rounds)
        {
            rounds.push_back(
                {{"round", round.round},
                 {"answered", round.answered.size()},
                 {"dropped", round.dropped.size()},
                 {"accuracy",
                  round.evaluation ? nlohmann::json(round.evaluation->accuracy) : nlohmann::json()},
                 {"seconds", round.seconds}});
        }
        documents.push_back(
            {{"domain", domain},
             {"federated_accuracy", std::isnan(result->federatedAccuracy)
                                        ? nlohmann::json()
                                        : nlohmann::json(result->federatedAccuracy)},
             {"federated_version_id", result->federatedVersion},
             {"rounds", rounds},
             {"centralized_accuracy", result->centralized.accuracy},
             {"centralized_metrics", engine::toJson(result->centralized)},
             {"local_accuracy", result->localAccuracy},
             {"version_id", result->versionId}});
        results.push_back(std::move(result).value());
    }
    if (options.json)
        printJson({{"ok", true}, {"out", root}, {"db", db}, {"domains", documents}});
    else
        printTable(results, root, db);
    return kExitOk;
}

} // namespace

void addDemoCommand(CLI::App &app, int &exitCode)
{
    auto options = std::make_shared<DemoOptions>();
    CLI::App *command = app.add_subcommand(
        "demo", "Generate demo domains, run a federation on them, and compare it with centralized "
                "and site-alone training");
    command->add_option("--domain", options->domain, "fitness, vitals, hospital or all")
        ->capture_default_str();
    command->add_option("--sites", options->sites, "Sites per domain")->capture_default_str();
    command->add_option("--seed", options->seed, "Random seed")->capture_default_str();
    command->add_option("--epochs", options->epochs, "Most epochs per model")
        ->capture_default_str();
    command->add_option("--rounds", options->rounds, "Federated rounds (0 = no federation)")
        ->capture_default_str();
    command->add_option("--strategy", options->strategy, "Federated aggregation strategy")
        ->capture_default_str();
    command->add_flag("--p2p", options->peerToPeer,
                      "Peers on a full mesh with gossip averaging instead of a hub");
    command->add_option("--out", options->out, "Folder for the data (default: a new temp folder)");
    command->add_option("--db", options->db, "Model registry (default: demo.db in that folder)");
    command->add_flag("--json", options->json, "Machine-readable output");
    checkTrainingFlags(*command);
    command->callback([options, &exitCode] { exitCode = runDemo(*options); });
}

} // namespace cohort::app
