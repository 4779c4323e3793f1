#include "cli/bench_command.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include <unistd.h>

#include "cli/bench_rounds.h"
#include "cli/simulate_command.h"
#include "cli/cli_output.h"
#include "data/csv_reader.h"
#include "data/data_split.h"
#include "data/dataset_import.h"
#include "data/preprocessor.h"
#include "data/schema_inference.h"
#include "data/synthetic_domains.h"
#include "explain/explain_benchmark.h"
#include "fl/aggregation_benchmark.h"
#include "fl/aggregation_strategy.h"
#include "model/mlp_classifier.h"
#include "train/trainer.h"

namespace cohort::app
{

namespace
{

using Clock = std::chrono::steady_clock;

struct BenchOptions
{
    std::string what = "train";
    long rows = 20000;
    int epochs = 3;
    double importMegabytes = 200.0;
    std::vector<int> sites; // bench rounds: site counts (default 10 and 100)
    int rounds = 20;        // bench rounds: rounds per site count
    bool json = false;
};

struct TrainingFigures
{
    int inputWidth = 0;
    int classCount = 0;
    double batch64 = 0.0;
    double batch256 = 0.0;
};

struct ImportFigures
{
    double megabytes = 0.0;
    double parseSeconds = 0.0;  // read + decode + parse into columns
    double importSeconds = 0.0; // the above plus schema inference and validation
};

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

engine::Result<TrainingFigures> benchTraining(const BenchOptions &options)
{
    std::ostringstream text;
    if (auto written = engine::writeSyntheticRows("fitness", options.rows, 7, text); !written)
        return written.error();
    engine::ValidationReport report;
    engine::Result<engine::RawTable> table =
        engine::readCsvText(std::move(text).str(), "bench.csv", {}, report);
    if (!table)
        return table.error();
    engine::InferenceOptions inference;
    inference.target = "workout_type";
    const engine::DatasetSchema schema = engine::inferSchema(table.value(), inference, report);
    const std::vector<int> labels =
        engine::encodeLabels(table.value(), schema.target, schema.classNames);
    std::vector<std::size_t> all(labels.size());
    for (std::size_t i = 0; i < all.size(); ++i)
        all[i] = i;
    const engine::Preprocessor preprocessor = engine::Preprocessor::fit(table.value(), schema, all);
    engine::Result<engine::FeatureMatrix> inputs = preprocessor.transform(table.value());
    if (!inputs)
        return inputs.error();

    TrainingFigures figures;
    engine::MlpSpec spec;
    spec.inputWidth = static_cast<int>(inputs->cols);
    spec.classCount = static_cast<int>(schema.classNames.size());
    figures.inputWidth = spec.inputWidth;
    figures.classCount = spec.classCount;
    for (const int batch : {64, 256})
    {
        engine::Result<engine::MlpClassifier> model = engine::MlpClassifier::create(spec, 1);
        if (!model)
            return model.error();
        engine::TrainOptions train;
        train.epochs = options.epochs;
        train.batchSize = batch;
        train.patience = 0;
        // Throughput of the training steps only: no validation pass is timed.
        engine::Result<engine::TrainOutcome> outcome =
            engine::trainClassifier(model.value(), inputs.value(), labels, {}, {}, train);
        if (!outcome)
            return outcome.error();
        (batch == 64 ? figures.batch64 : figures.batch256) = outcome->samplesPerSecond;
    }
    return figures;
}

engine::Result<ImportFigures> benchImport(const BenchOptions &options)
{
    const auto path = std::filesystem::temp_directory_path()
                      / ("cohort-bench-" + std::to_string(::getpid()) + ".csv");
    {
        // Bytes per row from a sample, then enough rows for the requested size.
        std::ostringstream sample;
        (void)engine::writeSyntheticRows("fitness", 1000, 3, sample);
        const double bytesPerRow = static_cast<double>(sample.str().size()) / 1000.0;
        const auto rows = static_cast<long>(options.importMegabytes * 1e6 / bytesPerRow);
        std::ofstream out(path, std::ios::binary);
        if (auto written = engine::writeSyntheticRows("fitness", rows, 3, out); !written)
            return written.error();
        if (!out)
            return engine::makeError(engine::ErrorCode::Io, "cannot write " + path.string());
    }
    ImportFigures figures;
    figures.megabytes = static_cast<double>(std::filesystem::file_size(path)) / 1e6;
    engine::ValidationReport report;
    auto start = Clock::now();
    engine::Result<engine::RawTable> table = engine::readCsv(path.string(), {}, report);
    figures.parseSeconds = secondsSince(start);
    if (!table)
    {
        std::filesystem::remove(path);
        return table.error();
    }
    table = engine::RawTable(); // free the memory before the second run
    engine::InferenceOptions inference;
    inference.target = "workout_type";
    engine::ValidationReport fullReport;
    start = Clock::now();
    engine::Result<engine::ImportedDataset> dataset =
        engine::importDataset(path.string(), {}, inference, fullReport);
    figures.importSeconds = secondsSince(start);
    std::filesystem::remove(path);
    if (!dataset)
        return dataset.error();
    return figures;
}

// Aggregation throughput of every strategy: 10 updates of a 10-million-parameter model.
int runAggregationBench(const BenchOptions &options)
{
    constexpr std::size_t kParameters = 10'000'000;
    constexpr int kClients = 10;
    nlohmann::json figures = nlohmann::json::object();
    if (!options.json)
        std::cout << "Aggregation of " << kClients << " updates of a " << kParameters
                  << "-parameter model (input " << kParameters * kClients * 4 / 1000000
                  << " MB):\n";
    for (const std::string &name : engine::aggregationStrategyNames())
    {
        engine::Result<engine::AggregationFigures> measured =
            engine::measureAggregation(name, kParameters, kClients);
        if (!measured)
            return reportFailure(measured.error(), nullptr, options.json);
        figures[name] = {{"gb_per_second", measured->gigabytesPerSecond},
                         {"seconds", measured->seconds}};
        if (!options.json)
            std::cout << "  " << name << ": " << formatNumber(measured->gigabytesPerSecond, 2)
                      << " GB/s (" << formatNumber(measured->seconds * 1000.0, 1) << " ms)\n";
    }
    if (options.json)
        printJson({{"ok", true}, {"aggregation", figures}});
    return kExitOk;
}

// Milliseconds per explanation, exact (8 columns) and Kernel SHAP (30 columns), 100 background
// rows, the default network, one thread.
int runExplainBench(const BenchOptions &options)
{
    const engine::ExplainBenchmark figures = engine::runExplainBenchmark();
    if (options.json)
    {
        printJson({{"ok", true},
                   {"exact_ms", figures.exactMilliseconds},
                   {"exact_columns", figures.exactColumns},
                   {"kernel_ms", figures.kernelMilliseconds},
                   {"kernel_columns", figures.kernelColumns},
                   {"kernel_samples", figures.kernelSamples},
                   {"background_rows", figures.backgroundRows}});
        return kExitOk;
    }
    std::cout << "Explanations (Shapley values), MLP with hidden layers 128-64-32, "
              << figures.backgroundRows << " background rows, 1 thread:\n"
              << "  exact, " << figures.exactColumns << " columns (" << figures.exactCoalitions
              << " coalitions): " << formatNumber(figures.exactMilliseconds, 2)
              << " ms per explanation (goal 10)\n"
              << "  Kernel SHAP, " << figures.kernelColumns << " columns ("
              << figures.kernelCoalitions
              << " coalitions): " << formatNumber(figures.kernelMilliseconds, 1)
              << " ms per explanation (goal 200)\n";
    return kExitOk;
}

int runBench(const BenchOptions &options)
{
    if (options.what == "explain")
        return runExplainBench(options);
    if (options.what == "aggregation")
        return runAggregationBench(options);
    if (options.what == "simulate")
        return runSimulateBench(options.sites.empty() ? std::vector<int>{100, 1000} : options.sites,
                                options.rounds, options.json);
    if (options.what == "rounds")
        return runRoundsBench(options.sites.empty() ? std::vector<int>{10, 100} : options.sites,
                              options.rounds, options.json);
    if (options.what != "train")
    {
        return reportFailure(
            engine::makeError(engine::ErrorCode::InvalidInput,
                              "unknown benchmark '" + options.what + "'",
                              "use: cohort-cli bench train|aggregation|rounds|simulate|explain"),
            nullptr, options.json);
    }
    engine::Result<TrainingFigures> training = benchTraining(options);
    if (!training)
        return reportFailure(training.error(), nullptr, options.json);
    ImportFigures import;
    if (options.importMegabytes > 0.0)
    {
        engine::Result<ImportFigures> measured = benchImport(options);
        if (!measured)
            return reportFailure(measured.error(), nullptr, options.json);
        import = measured.value();
    }
    const double parseRate = import.parseSeconds > 0 ? import.megabytes / import.parseSeconds : 0;
    const double importRate =
        import.importSeconds > 0 ? import.megabytes / import.importSeconds : 0;
    if (options.json)
    {
        printJson({{"ok", true},
                   {"model",
                    {{"input_width", training->inputWidth},
                     {"hidden_layers", {128, 64, 32}},
                     {"classes", training->classCount}}},
                   {"train_samples_per_second",
                    {{"batch_64", training->batch64}, {"batch_256", training->batch256}}},
                   {"import",
                    {{"megabytes", import.megabytes},
                     {"parse_mb_per_second", parseRate},
                     {"import_mb_per_second", importRate}}}});
        return kExitOk;
    }
    std::cout << "Training throughput, MLP " << training->inputWidth << "-128-64-32-"
              << training->classCount << ", Adam, dropout 0.3, " << options.rows << " rows, "
              << options.epochs << " epochs, 1 thread:\n"
              << "  batch  64: " << formatNumber(training->batch64, 0) << " samples/s\n"
              << "  batch 256: " << formatNumber(training->batch256, 0) << " samples/s\n";
    if (options.importMegabytes > 0.0)
    {
        std::cout << "CSV import of a generated " << formatNumber(import.megabytes, 1)
                  << " MB file:\n"
                  << "  read + parse:             " << formatNumber(parseRate, 1) << " MB/s ("
                  << formatNumber(import.parseSeconds, 2) << " s)\n"
                  << "  read + parse + validate:  " << formatNumber(importRate, 1) << " MB/s ("
                  << formatNumber(import.importSeconds, 2) << " s)\n";
    }
    return kExitOk;
}

} // namespace

void addBenchCommand(CLI::App &app, int &exitCode)
{
    auto options = std::make_shared<BenchOptions>();
    CLI::App *command = app.add_subcommand("bench", "Print performance figures (bench train)");
    command->add_option("what", options->what, "train, aggregation, rounds, simulate or explain")
        ->capture_default_str();
    command->add_option("--sites", options->sites, "bench rounds and simulate: site counts, e.g. 10,100")
        ->delimiter(',');
    command->add_option("--rounds", options->rounds, "bench rounds: rounds per site count")
        ->capture_default_str();
    command->add_option("--rows", options->rows, "Training rows")->capture_default_str();
    command->add_option("--epochs", options->epochs, "Epochs per batch size")
        ->capture_default_str();
    command
        ->add_option("--import-mb", options->importMegabytes,
                     "Size of the generated CSV for the import figure (0 = skip)")
        ->capture_default_str();
    command->add_flag("--json", options->json, "Machine-readable output");
    command->callback([options, &exitCode] { exitCode = runBench(*options); });
}

} // namespace cohort::app
