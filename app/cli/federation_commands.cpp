#include "cli/federation_commands.h"

#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>
#include <mutex>

#include "cli/cli_output.h"
#include "cli/data_commands.h"
#include "cli/setting_checks.h"
#include "fl/federation_schema.h"
#include "network/hub_service.h"
#include "network/io_runtime.h"
#include "network/log_event.h"
#include "network/site_service.h"
#include "store/model_registry.h"

namespace cohort::app
{

namespace
{

std::mutex g_outputMutex; // the hub's events arrive on its network thread

struct HubCommandOptions
{
    net::HubOptions hub;
    std::string featuresFile;
    std::string schemaFile;
    std::string target;
    std::vector<std::string> excluded; // columns the federation leaves out of its features
    double deadlineSeconds = 60.0;
    std::string portFile;
    bool json = false;
};

struct SiteCommandOptions
{
    net::SiteOptions site;
    std::string hubAddress;
    CsvCommandOptions csv;
    bool json = false;
    bool logJson = false; // log events as JSON lines, for the app that started this site
};

engine::Result<engine::FederationSchema>
schemaFromFile(const std::string &file, const std::string &target,
               const std::vector<std::string> &excluded)
{
    engine::ValidationReport report;
    engine::Result<engine::FederationSchema> schema =
        engine::federationSchemaOfFile(file, target, report, excluded);
    if (!schema)
        printReportIfAny(report);
    return schema;
}

// A federation written as JSON (features with kind and categories, target, class names), as
// `cohort-cli inspect FILE.csv --target COL --federation-schema` prints it.
engine::Result<engine::FederationSchema> schemaFromJsonFile(const std::string &file)
{
    std::ifstream in(file);
    const nlohmann::json json = nlohmann::json::parse(in, nullptr, false);
    if (!in.is_open() || json.is_discarded())
    {
        engine::Error error = engine::makeError(engine::ErrorCode::InvalidInput,
                                                "the schema file is missing or not JSON",
                                                "write it with inspect --federation-schema");
        error.file = file;
        return error;
    }
    engine::Result<engine::FederationSchema> schema = engine::federationSchemaFromJson(json);
    if (!schema)
    {
        engine::Error error = schema.error();
        error.file = file;
        return error;
    }
    return schema;
}

void printRound(const net::RoundReport &r, bool json)
{
    std::lock_guard lock(g_outputMutex);
    const double accuracy = r.evaluation ? r.evaluation->accuracy : std::nan("");
    const double loss = r.evaluation ? r.evaluation->loss : std::nan("");
    if (json)
    {
        nlohmann::json dropped = nlohmann::json::array();
        for (const engine::ClientFailure &failure : r.dropped)
            dropped.push_back({{"site", failure.siteId}, {"reason", engine::reasonEnglish(failure.reason)}});
        std::cout << nlohmann::json{{"round", r.round},
                                    {"answered", r.answered},
                                    {"dropped", dropped},
                                    {"train_loss", r.trainLoss},
                                    {"global_loss",
                                     r.evaluation ? nlohmann::json(loss) : nlohmann::json()},
                                    {"accuracy",
                                     r.evaluation ? nlohmann::json(accuracy) : nlohmann::json()},
                                    {"seconds", r.seconds},
                                    {"version_id", r.versionId}}
                         .dump()
                  << std::endl;
        return;
    }
    std::cout << "round " << std::setw(3) << r.round << "  answered " << r.answered.size()
              << "  dropped " << r.dropped.size() << "  global loss " << formatNumber(loss)
              << "  accuracy " << formatNumber(accuracy) << "  " << formatNumber(r.seconds, 2)
              << " s  version " << r.versionId << std::endl;
    for (const engine::ClientFailure &failure : r.dropped)
        std::cout << "          dropped " << failure.siteId << ": " << engine::reasonEnglish(failure.reason) << std::endl;
}

int runHub(HubCommandOptions &options)
{
    if (auto layers = checkHiddenFlag(options.hub.hiddenLayers); !layers)
        return reportFailure(layers.error(), nullptr, options.json);
    engine::Result<engine::FederationSchema> schema =
        !options.schemaFile.empty() ? schemaFromJsonFile(options.schemaFile)
        : options.target.empty()    ? engine::Result<engine::FederationSchema>(engine::makeError(
                 engine::ErrorCode::InvalidInput, "--features needs --target",
                 "name the column to predict, or give the federation as --schema FILE.json"))
                                    : schemaFromFile(options.featuresFile, options.target,
                                                     options.excluded);
    if (!schema)
        return reportFailure(schema.error(), nullptr, options.json);
    options.hub.schema = std::move(schema).value();
    options.hub.rounds.deadline =
        std::chrono::milliseconds(static_cast<long>(options.deadlineSeconds * 1000.0));
    net::IoRuntime runtime;
    net::HubEvents events;
    events.onLog = net::englishLines(
        [](const std::string &line)
        {
            std::lock_guard lock(g_outputMutex);
            std::cerr << "hub: " << line << std::endl;
        });
    events.onRound = [json = options.json](const net::RoundReport &report)
    { printRound(report, json); };
    auto hub = std::make_unique<net::HubService>(runtime, options.hub, events);
    engine::Result<unsigned short> port = hub->start();
    if (!port)
        return reportFailure(port.error(), nullptr, options.json);
    runtime.start(1);
    {
        std::lock_guard lock(g_outputMutex);
        std::cerr << "Hub listening on " << options.hub.address << ":" << port.value()
                  << (options.hub.joinCode.empty() ? std::string()
                                                   : " (join code " + options.hub.joinCode + ")")
                  << "; waiting for " << options.hub.rounds.minSites << " sites" << std::endl;
    }
    if (!options.portFile.empty())
        std::ofstream(options.portFile) << port.value() << "\n";
    const engine::Result<void> done = hub->wait();
    runtime.stop(); // no handler may run once the hub is gone
    hub.reset();
    if (!done)
        return reportFailure(done.error(), nullptr, options.json);
    return kExitOk;
}

int runSite(SiteCommandOptions &options)
{
    const auto colon = options.hubAddress.rfind(':');
    if (colon == std::string::npos)
        return reportFailure(engine::makeError(engine::ErrorCode::InvalidInput,
                                               "--hub needs HOST:PORT, e.g. 127.0.0.1:7400"),
                             nullptr, options.json);
    options.site.host = options.hubAddress.substr(0, colon);
    try
    {
        options.site.port =
            static_cast<unsigned short>(std::stoi(options.hubAddress.substr(colon + 1)));
    }
    catch (const std::exception &)
    {
        return reportFailure(
            engine::makeError(engine::ErrorCode::InvalidInput, "the port in --hub is not a number"),
            nullptr, options.json);
    }
    engine::Result<engine::CsvOptions> csv = toCsvOptions(options.csv);
    if (!csv)
        return reportFailure(csv.error(), nullptr, options.json);
    options.site.csv = csv.value();
    if (options.site.name.empty())
        options.site.name = "site";
    net::IoRuntime runtime;
    const std::string name = options.site.name;
    auto site = std::make_unique<net::SiteService>(
        runtime, options.site,
        [name, logJson = options.logJson](net::LogEvent event)
        {
            event.source = name;
            std::lock_guard lock(g_outputMutex);
            std::cerr << (logJson ? net::toJsonLine(event) : net::englishText(event)) << std::endl;
        });
    if (auto loaded = site->loadData(); !loaded)
    {
        engine::ValidationReport report;
        return reportFailure(loaded.error(), nullptr, options.json);
    }
    runtime.start(1);
    site->start();
    const net::SiteOutcome outcome = site->wait();
    runtime.stop(); // no handler may run once the site is gone
    site.reset();
    printReportIfAny(outcome.report);
    if (options.json)
        printJson({{"ok", outcome.exitCode == 0},
                   {"message", outcome.message},
                   {"rounds_trained", outcome.roundsTrained},
                   {"version_id", outcome.storedVersion}});
    return outcome.exitCode;
}

} // namespace

void addHubCommand(CLI::App &app, int &exitCode)
{
    auto options = std::make_shared<HubCommandOptions>();
    net::HubOptions &hub = options->hub;
    CLI::App *command = app.add_subcommand(
        "hub", "Run the hub of a federation: admit sites, run rounds, store models");
    command->add_option("--port", hub.port, "TCP port (0 picks a free one)")->capture_default_str();
    command->add_option("--address", hub.address, "Address to listen on")->capture_default_str();
    CLI::Option *features =
        command->add_option("--features", options->featuresFile,
                            "A CSV file whose columns and target classes define the federation");
    CLI::Option *schema = command->add_option(
        "--schema", options->schemaFile,
        "The federation as JSON (from inspect --federation-schema), instead of --features");
    features->excludes(schema);
    command->add_option("--target", options->target, "Column to predict (with --features)");
    command->add_option("--exclude", options->excluded,
                        "Columns of --features not to use as features (comma-separated)")
        ->delimiter(',')
        ->needs(features);
    command->callback(
        [options, &exitCode, features, schema]
        {
            if (features->count() + schema->count() == 0)
            {
                exitCode = reportFailure(engine::makeError(engine::ErrorCode::InvalidInput,
                                                           "the hub needs --features or --schema"),
                                         nullptr, options->json);
                return;
            }
            exitCode = runHub(*options);
        });
    command->add_option("--rounds", hub.rounds.rounds, "Rounds")->capture_default_str();
    command->add_option("--min-sites", hub.rounds.minSites, "Sites needed to start a round")
        ->capture_default_str();
    command->add_option("--fraction", hub.rounds.fraction, "Share of sites sampled per round")
        ->capture_default_str();
    command
        ->add_option("--strategy", hub.strategy.name,
                     "fedavg, fedprox, fedadam, fedyogi, fedadagrad, median or trimmed_mean")
        ->capture_default_str();
    command->add_option("--deadline", options->deadlineSeconds, "Seconds a round waits for sites")
        ->capture_default_str();
    command->add_option("--join-code", hub.joinCode, "Code sites must present");
    command
        ->add_option("--max-connections", hub.connections.total,
                     "Open connections the hub holds at most")
        ->check(CLI::Range(std::size_t{1}, std::size_t{100000}))
        ->capture_default_str();
    command
        ->add_option("--max-per-address", hub.connections.perAddress,
                     "Open connections from one IP address at most")
        ->check(CLI::Range(std::size_t{1}, std::size_t{100000}))
        ->capture_default_str();
    command->add_option("--epochs", hub.localEpochs, "Local epochs per round")
        ->capture_default_str();
    command->add_option("--batch", hub.batchSize, "Local batch size")->capture_default_str();
    command->add_option("--lr", hub.learningRate, "Local learning rate")->capture_default_str();
    command->add_option("--local-optimizer", hub.localOptimizer, "sgd or adam")
        ->capture_default_str();
    command
        ->add_option("--server-lr", hub.strategy.serverLearningRate,
                     "Server learning rate (fedadam, fedyogi, fedadagrad)")
        ->capture_default_str();
    command->add_option("--mu", hub.strategy.proximalMu, "FedProx proximal coefficient")
        ->capture_default_str();
    command->add_option("--hidden", hub.hiddenLayers, "Hidden layer widths")
        ->delimiter(',')
        ->capture_default_str();
    command->add_option("--run", hub.runName, "Name of the run (a restarted hub resumes it)")
        ->capture_default_str();
    command->add_option("--seed", hub.rounds.seed, "Seed of the initial model and sampling")
        ->capture_default_str();
    hub.dbPath = engine::ModelRegistry::defaultPath();
    command->add_option("--db", hub.dbPath, "Model registry (SQLite file)")->capture_default_str();
    command->add_option("--port-file", options->portFile, "Write the bound port to this file");
    command->add_flag("--json", options->json, "One JSON object per round on standard output");
    checkTrainingFlags(*command);
}

void addSiteCommand(CLI::App &app, int &exitCode)
{
    auto options = std::make_shared<SiteCommandOptions>();
    net::SiteOptions &site = options->site;
    CLI::App *command = app.add_subcommand(
        "site", "Join a hub federation with a CSV file; only model updates leave this machine");
    command->add_option("--hub", options->hubAddress, "The hub as HOST:PORT")->required();
    command->add_option("--csv", site.csvPath, "This site's CSV file")->required();
    command->add_option("--name", site.name, "This site's name");
    command->add_option("--join-code", site.joinCode, "The hub's join code");
    command->add_option("--db", site.dbPath,
                        "Keep the final global model here as a version (evaluate and predict "
                        "with it locally)");
    command->add_option("--seed", site.seed, "Seed of the local split and training")
        ->capture_default_str();
    addCsvOptions(*command, options->csv);
    command->add_flag("--json", options->json, "Machine-readable output");
    command->add_flag("--log-json", options->logJson,
                      "Log lines as JSON objects with a code and arguments (for the app)");
    command->callback([options, &exitCode] { exitCode = runSite(*options); });
}

} // namespace cohort::app
