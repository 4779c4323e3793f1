#include "cli/model_commands.h"

#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>

#include <csv.h>

#include "cli/cli_output.h"
#include "cli/data_commands.h"
#include "cli/setting_checks.h"
#include "eval/file_evaluation.h"
#include "eval/version_metrics.h"
#include "model/trained_model.h"
#include "store/model_registry.h"
#include "store/stored_model.h"
#include "train/training_job.h"

namespace cohort::app
{

namespace
{

struct TrainCommandOptions
{
    engine::TrainingRequest request;
    CsvCommandOptions csv;
    std::string optimizer = "adam";
    std::string schedule = "constant";
    std::vector<double> winsor{0.005, 0.995};
    std::string db = engine::ModelRegistry::defaultPath();
    bool quiet = false;
    bool json = false;
};

struct ModelFileOptions
{
    std::int64_t modelId = 0;
    std::string file;
    std::string out;
    CsvCommandOptions csv;
    std::string db = engine::ModelRegistry::defaultPath();
    bool json = false;
};

struct VersionsOptions
{
    std::string db = engine::ModelRegistry::defaultPath();
    bool json = false;
};

void printEpoch(const engine::EpochReport &e)
{
    std::cerr << "  epoch " << std::setw(3) << e.epoch << "/" << e.epochs << "  train loss "
              << formatNumber(e.trainLoss, 4) << "  val loss " << formatNumber(e.validationLoss, 4)
              << "  val accuracy " << formatNumber(e.validationAccuracy) << "\n";
}

std::string layerText(const engine::TrainingResult &r, const std::vector<int> &hidden)
{
    std::string text = std::to_string(r.schema.featureNames().size()) + " columns -> ";
    for (const int width : hidden)
        text += std::to_string(width) + "-";
    return text + std::to_string(r.schema.classNames.size()) + " classes";
}

int runTrain(TrainCommandOptions &options)
{
    engine::TrainingRequest &request = options.request;
    if (auto layers = checkHiddenFlag(request.hiddenLayers); !layers)
        return reportFailure(layers.error(), nullptr, options.json);
    engine::Result<engine::CsvOptions> csv = toCsvOptions(options.csv);
    if (!csv)
        return reportFailure(csv.error(), nullptr, options.json);
    request.csv = csv.value();
    engine::Result<engine::OptimizerKind> optimizer =
        engine::optimizerKindFromString(options.optimizer);
    if (!optimizer)
        return reportFailure(optimizer.error(), nullptr, options.json);
    request.train.optimizer = optimizer.value();
    engine::Result<engine::LearningRateSchedule> schedule =
        engine::scheduleFromString(options.schedule);
    if (!schedule)
        return reportFailure(schedule.error(), nullptr, options.json);
    request.train.schedule = schedule.value();
    const double low = options.winsor.at(0);
    const double high = options.winsor.at(1);
    if (!(low >= 0.0 && low < high && high <= 1.0))
    {
        return reportFailure(engine::makeError(engine::ErrorCode::InvalidInput,
                                               "--winsor needs two quantiles 0 <= low < high <= 1",
                                               "for example --winsor 0.01,0.99"),
                             nullptr, options.json);
    }
    request.preprocessing.lowerQuantile = low;
    request.preprocessing.upperQuantile = high;
    if (auto valid = engine::validateTrainingRequest(request); !valid)
        return reportFailure(valid.error(), nullptr, options.json);

    engine::Result<engine::ModelRegistry> registry = engine::ModelRegistry::open(options.db);
    if (!registry)
        return reportFailure(registry.error(), nullptr, options.json);
    engine::ValidationReport report;
    const bool showEpochs = !options.quiet && !options.json;
    engine::Result<engine::TrainingResult> trained = engine::runTrainingJob(
        request, registry.value(), report,
        showEpochs ? engine::EpochCallback(printEpoch) : engine::EpochCallback());
    if (!trained)
        return reportFailure(trained.error(), &report, options.json);
    const engine::TrainingResult &r = trained.value();
    printReportIfAny(report);
    std::cerr.flush();
    if (options.json)
    {
        printJson(
            {{"ok", true},
             {"version_id", r.versionId},
             {"run_id", r.runId},
             {"dataset_id", r.datasetId},
             {"db", options.db},
             {"rows",
              {{"train", r.trainRows}, {"validation", r.validationRows}, {"test", r.testRows}}},
             {"epochs_run", r.outcome.history.size()},
             {"best_epoch", r.outcome.bestEpoch},
             {"stopped_early", r.outcome.stoppedEarly},
             {"samples_per_second", r.outcome.samplesPerSecond},
             {"batch_rows", r.outcome.batchRows},
             {"metrics", engine::toJson(r.testMetrics)},
             {"schema", engine::toJson(r.schema)},
             {"validation", report.toJson()}});
        return kExitOk;
    }
    std::cout << "Trained on " << request.csvPath << ": " << r.trainRows << " training, "
              << r.validationRows << " validation and " << r.testRows << " test rows; MLP "
              << layerText(r, request.hiddenLayers) << "\n";
    std::cout << "Epochs run: " << r.outcome.history.size() << ", kept the weights of epoch "
              << r.outcome.bestEpoch << (r.outcome.stoppedEarly ? " (stopped early)" : "")
              << "\n\nTest split metrics:\n"
              << metricsSummary(r.testMetrics) << "\nSaved model version " << r.versionId << " in "
              << options.db << "\n";
    return kExitOk;
}

// The CSV options and the stored model that evaluate and predict both start from.
struct ModelAndCsv
{
    engine::TrainedModel model;
    engine::CsvOptions csv;
};

engine::Result<ModelAndCsv> loadModelAndCsv(const ModelFileOptions &options)
{
    engine::Result<engine::CsvOptions> csv = toCsvOptions(options.csv);
    if (!csv)
        return csv.error();
    engine::Result<engine::ModelRegistry> registry = engine::ModelRegistry::openReadOnly(options.db);
    if (!registry)
        return registry.error();
    engine::Result<engine::TrainedModel> model =
        engine::loadTrainedModel(registry.value(), options.modelId);
    if (!model)
        return model.error();
    return ModelAndCsv{std::move(model).value(), csv.value()};
}

int runEvaluate(const ModelFileOptions &options)
{
    engine::Result<ModelAndCsv> loaded = loadModelAndCsv(options);
    if (!loaded)
        return reportFailure(loaded.error(), nullptr, options.json);
    engine::ValidationReport report;
    engine::Result<engine::FileEvaluation> evaluation =
        engine::evaluateOnFile(loaded->model, options.file, loaded->csv, report);
    if (!evaluation)
        return reportFailure(evaluation.error(), &report, options.json);
    printReportIfAny(report);
    if (options.json)
    {
        printJson({{"ok", true},
                   {"model", options.modelId},
                   {"evaluated_rows", evaluation->evaluatedRows},
                   {"skipped_rows", evaluation->skippedRows},
                   {"metrics", engine::toJson(evaluation->metrics)},
                   {"validation", report.toJson()}});
        return kExitOk;
    }
    std::cout << "Model version " << options.modelId << " on " << options.file << ":\n"
              << metricsSummary(evaluation->metrics);
    return kExitOk;
}

// Writes one CSV field, quoted when it needs to be.
void writeField(std::ostream &out, const std::string &text)
{
    std::string quoted(text.size() * 2 + 3, '\0');
    quoted.resize(csv_write(quoted.data(), quoted.size(), text.data(), text.size()));
    const bool plain = text.find_first_of(",\"\n\r") == std::string::npos;
    out << (plain ? text : quoted);
}

int printPredictionsJson(const engine::RawTable &table, const engine::TrainedModel &model,
                         const std::vector<float> &probabilities)
{
    const std::vector<std::string> &classes = model.classNames();
    nlohmann::json rows = nlohmann::json::array();
    for (std::size_t row = 0; row < table.rowCount(); ++row)
    {
        const float *p = probabilities.data() + row * classes.size();
        const auto best = static_cast<std::size_t>(std::max_element(p, p + classes.size()) - p);
        nlohmann::json byClass = nlohmann::json::object();
        for (std::size_t c = 0; c < classes.size(); ++c)
            byClass[classes[c]] = p[c];
        rows.push_back({{"row", static_cast<long>(row) + 1},
                        {"predicted", classes[best]},
                        {"probabilities", byClass}});
    }
    printJson({{"ok", true}, {"target", model.target()}, {"predictions", rows}});
    return kExitOk;
}

int runPredict(const ModelFileOptions &options)
{
    engine::Result<ModelAndCsv> loaded = loadModelAndCsv(options);
    if (!loaded)
        return reportFailure(loaded.error(), nullptr, options.json);
    const engine::TrainedModel &model = loaded->model;
    engine::ValidationReport report;
    engine::Result<engine::RawTable> table = engine::readCsv(options.file, loaded->csv, report);
    if (!table)
        return reportFailure(table.error(), &report, options.json);
    engine::Result<std::vector<float>> probabilities = model.predictProbabilities(table.value());
    if (!probabilities)
        return reportFailure(probabilities.error(), &report, options.json);
    printReportIfAny(report);
    const std::vector<std::string> &classes = model.classNames();
    std::ofstream file;
    if (!options.out.empty())
    {
        file.open(options.out);
        if (!file)
        {
            engine::Error error = engine::makeError(engine::ErrorCode::InvalidInput,
                                                    "cannot write the predictions file",
                                                    "check the folder exists and is writable");
            error.file = options.out;
            return reportFailure(error, nullptr, options.json);
        }
    }
    if (options.json && options.out.empty())
        return printPredictionsJson(table.value(), model, probabilities.value());
    std::ostream &out = options.out.empty() ? std::cout : file;
    out << "row,";
    writeField(out, "predicted_" + model.target());
    for (const std::string &name : classes)
    {
        out << ",";
        writeField(out, "probability_" + name);
    }
    out << "\n" << std::setprecision(6);
    const std::size_t k = classes.size();
    for (std::size_t row = 0; row < table->rowCount(); ++row)
    {
        const float *p = probabilities->data() + row * k;
        const auto best = static_cast<std::size_t>(std::max_element(p, p + k) - p);
        out << row + 1 << ",";
        writeField(out, classes[best]);
        for (std::size_t c = 0; c < k; ++c)
            out << "," << p[c];
        out << "\n";
    }
    out.flush();
    if (!options.out.empty())
        std::cerr << "Wrote " << table->rowCount() << " predictions to " << options.out << "\n";
    return kExitOk;
}

// An unreadable record leaves every figure unknown (NaN, printed as null or "n/a").
engine::VersionMetrics metricsOf(const std::string &metricsJson)
{
    engine::Result<engine::VersionMetrics> metrics = engine::versionMetricsFromJson(metricsJson);
    return metrics ? std::move(metrics).value() : engine::VersionMetrics();
}

int runVersions(const VersionsOptions &options)
{
    engine::Result<engine::ModelRegistry> registry = engine::ModelRegistry::openReadOnly(options.db);
    if (!registry)
        return reportFailure(registry.error(), nullptr, options.json);
    engine::Result<std::vector<engine::ModelVersionSummary>> versions = registry->listVersions();
    if (!versions)
        return reportFailure(versions.error(), nullptr, options.json);
    if (options.json)
    {
        nlohmann::json list = nlohmann::json::array();
        for (const engine::ModelVersionSummary &v : versions.value())
        {
            const engine::VersionMetrics metrics = metricsOf(v.metricsJson);
            list.push_back(
                {{"id", v.id},
                 {"origin", engine::toString(v.origin)},
                 {"round", v.round ? nlohmann::json(*v.round) : nlohmann::json()},
                 {"parent_id", v.parentId ? nlohmann::json(*v.parentId) : nlohmann::json()},
                 {"name", v.name},
                 {"created_at", v.createdAt},
                 {"parameters", v.parameterCount},
                 {"accuracy", metrics.accuracy},
                 {"macro_f1", metrics.macroF1},
                 {"roc_auc", metrics.rocAuc}});
        }
        printJson({{"ok", true}, {"db", options.db}, {"versions", list}});
        return kExitOk;
    }
    if (versions->empty())
    {
        std::cout << "No model versions in " << options.db << " yet; train one with "
                  << "cohort-cli train FILE.csv --target COLUMN\n";
        return kExitOk;
    }
    std::cout << std::left << std::setw(6) << "id" << std::setw(13) << "origin" << std::setw(7)
              << "round" << std::setw(8) << "parent" << std::setw(26) << "created (UTC)"
              << std::setw(10) << "accuracy" << std::setw(10) << "macro F1" << std::setw(9)
              << "ROC AUC"
              << "name\n";
    for (const engine::ModelVersionSummary &v : versions.value())
    {
        const engine::VersionMetrics metrics = metricsOf(v.metricsJson);
        std::cout << std::left << std::setw(6) << v.id << std::setw(13)
                  << engine::toString(v.origin) << std::setw(7)
                  << (v.round ? std::to_string(*v.round) : "-") << std::setw(8)
                  << (v.parentId ? std::to_string(*v.parentId) : "-") << std::setw(26)
                  << v.createdAt << std::setw(10) << formatNumber(metrics.accuracy) << std::setw(10)
                  << formatNumber(metrics.macroF1) << std::setw(9) << formatNumber(metrics.rocAuc)
                  << v.name << "\n";
    }
    return kExitOk;
}

void addModelFileOptions(CLI::App &command, ModelFileOptions &options)
{
    command.add_option("--model", options.modelId, "Model version id (see `versions`)")->required();
    command.add_option("file", options.file, "CSV file")->required();
    command.add_option("--db", options.db, "Model registry (SQLite file)")->capture_default_str();
    addCsvOptions(command, options.csv);
    command.add_flag("--json", options.json, "Machine-readable output");
}

} // namespace

void addTrainCommand(CLI::App &app, int &exitCode)
{
    auto options = std::make_shared<TrainCommandOptions>();
    engine::TrainingRequest &r = options->request;
    CLI::App *command = app.add_subcommand(
        "train", "Train a classifier on a CSV file, print test metrics, store a model version");
    command->add_option("file", r.csvPath, "CSV file")->required();
    command->add_option("--target", r.inference.target, "Column to predict")->required();
    command->add_option("--hidden", r.hiddenLayers, "Hidden layer widths")
        ->delimiter(',')
        ->capture_default_str();
    command->add_option("--epochs", r.train.epochs, "Most epochs")->capture_default_str();
    command->add_option("--lr", r.train.learningRate, "Learning rate")->capture_default_str();
    command->add_option("--batch", r.train.batchSize, "Batch size")->capture_default_str();
    command->add_option("--seed", r.train.seed, "Random seed")->capture_default_str();
    command->add_option("--optimizer", options->optimizer, "adam or sgd")->capture_default_str();
    command->add_option("--schedule", options->schedule, "constant, step or cosine")
        ->capture_default_str();
    command->add_option("--patience", r.train.patience, "Early-stopping patience (0 = off)")
        ->capture_default_str();
    command->add_option("--dropout", r.dropout, "Dropout")->capture_default_str();
    command->add_option("--weight-decay", r.weightDecay, "L2 weight decay")->capture_default_str();
    command->add_flag("--class-weights", r.train.classWeights,
                      "Weight rows by inverse class "
                      "frequency");
    command->add_option("--exclude", r.inference.excluded, "Columns not to use as features")
        ->delimiter(',');
    command
        ->add_option("--winsor", options->winsor,
                     "Winsorising quantiles fitted on the training rows (low,high)")
        ->delimiter(',')
        ->expected(2);
    command->add_option("--name", r.versionName, "Name of the stored version");
    command->add_option("--db", options->db, "Model registry (SQLite file)")->capture_default_str();
    addCsvOptions(*command, options->csv);
    command->add_flag("--quiet", options->quiet, "Do not print every epoch");
    command->add_flag("--json", options->json, "Machine-readable output");
    checkTrainingFlags(*command);
    command->callback([options, &exitCode] { exitCode = runTrain(*options); });
}

void addEvaluateCommand(CLI::App &app, int &exitCode)
{
    auto options = std::make_shared<ModelFileOptions>();
    CLI::App *command =
        app.add_subcommand("evaluate", "Evaluate a stored model version on a labelled CSV file");
    addModelFileOptions(*command, *options);
    command->callback([options, &exitCode] { exitCode = runEvaluate(*options); });
}

void addPredictCommand(CLI::App &app, int &exitCode)
{
    auto options = std::make_shared<ModelFileOptions>();
    CLI::App *command = app.add_subcommand(
        "predict", "Write predictions with class probabilities for every row of a CSV file");
    addModelFileOptions(*command, *options);
    command->add_option("--out", options->out, "Predictions CSV (default: standard output)");
    command->callback([options, &exitCode] { exitCode = runPredict(*options); });
}

void addVersionsCommand(CLI::App &app, int &exitCode)
{
    auto options = std::make_shared<VersionsOptions>();
    CLI::App *command = app.add_subcommand("versions", "List the stored model versions");
    command->add_option("--db", options->db, "Model registry (SQLite file)")->capture_default_str();
    command->add_flag("--json", options->json, "Machine-readable output");
    command->callback([options, &exitCode] { exitCode = runVersions(*options); });
}

} // namespace cohort::app
