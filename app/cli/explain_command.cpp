#include "cli/explain_command.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>
#include <numeric>

#include <unistd.h>

#include <nlohmann/json.hpp>

#include "cli/cli_output.h"
#include "cli/data_commands.h"
#include "explain/background_summary.h"
#include "explain/global_explanation.h"
#include "explain/shapley_explainer.h"
#include "model/trained_model.h"
#include "store/model_registry.h"
#include "store/stored_model.h"

namespace cohort::app
{

namespace
{

struct ExplainCommandOptions
{
    std::int64_t modelId = 0;
    std::string file;
    long row = 0; // 1-based data row; 0: not given
    bool all = false;
    std::size_t background = 50;
    std::string method = "auto";
    std::string className; // empty: the predicted class
    std::string out;       // --all: where the CSV goes; empty: stdout
    CsvCommandOptions csv;
    std::string db = engine::ModelRegistry::defaultPath();
    bool json = false;
};

// The class whose probability is explained: --class, else the predicted one.
engine::Result<std::size_t> shownClass(const engine::Explanation &e, const std::string &name)
{
    if (name.empty())
        return engine::predictedClass(e);
    const auto found = std::find(e.classNames.begin(), e.classNames.end(), name);
    if (found == e.classNames.end())
        return engine::makeError(engine::ErrorCode::InvalidInput,
                                 "the model has no class '" + name + "'",
                                 "choose one of the classes the model predicts");
    return static_cast<std::size_t>(found - e.classNames.begin());
}

std::string valueText(const engine::Explanation &e, std::size_t column)
{
    return column < e.featureValues.size() ? e.featureValues[column].text : std::string();
}

// "steps_per_day = 12157 raised the chance of HIIT by 21 points" for the largest values.
std::string reasons(const engine::Explanation &e, std::size_t k, std::size_t count)
{
    const std::vector<std::size_t> order = engine::columnsByImpact(e, k);
    std::string text;
    for (std::size_t i = 0; i < std::min(count, order.size()); ++i)
    {
        const double points = 100.0 * e.values[order[i]][k];
        text += (i ? "; " : "") + e.columns[order[i]] + " = " + valueText(e, order[i])
                + (points >= 0 ? " raised" : " lowered") + " the chance of " + e.classNames[k]
                + " by " + formatNumber(std::abs(points), 1) + " points";
    }
    return text + ".";
}

nlohmann::json toJson(const engine::Explanation &e, long row)
{
    nlohmann::json columns = nlohmann::json::array();
    for (std::size_t c = 0; c < e.columns.size(); ++c)
        columns.push_back({{"name", e.columns[c]},
                           {"value", valueText(e, c)},
                           {"shap", e.values[c]},
                           {"standard_error", e.standardError[c]}});
    const std::size_t predicted = engine::predictedClass(e);
    return {{"row", row},
            {"prediction", e.classNames[predicted]},
            {"confidence", e.output[predicted]},
            {"class_names", e.classNames},
            {"base_value", e.baseValue},
            {"output", e.output},
            {"method", e.method},
            {"coalitions", e.coalitionsEvaluated},
            {"columns", columns}};
}

void printRow(const engine::Explanation &e, long row, std::size_t k)
{
    const std::size_t predicted = engine::predictedClass(e);
    std::cout << "Row " << row << ": predicted " << e.classNames[predicted] << ", "
              << formatNumber(100.0 * e.output[predicted], 0) << "%  (" << e.method
              << " Shapley values, " << e.coalitionsEvaluated << " coalitions)\n"
              << "Contributions to the probability of " << e.classNames[k] << ": base "
              << formatNumber(e.baseValue[k]) << " -> " << formatNumber(e.output[k]) << "\n";
    const std::vector<std::size_t> order = engine::columnsByImpact(e, k);
    for (const std::size_t c : order)
    {
        std::cout << "  " << std::left << std::setw(22) << e.columns[c] << std::setw(16)
                  << valueText(e, c) << std::right << std::showpos << std::setw(8)
                  << formatNumber(e.values[c][k], 4) << std::noshowpos;
        if (e.standardError[c][k] > 0.0)
            std::cout << "  ± " << formatNumber(e.standardError[c][k], 4);
        std::cout << "\n";
    }
    std::cout << "Top reasons: " << reasons(e, k, 3) << "\n";
}

// --all: one CSV row per file row with the SHAP value of every column for the shown class.
int writeAll(const engine::GlobalExplanation &global, const ExplainCommandOptions &options)
{
    std::ofstream file;
    if (!options.out.empty())
        file.open(options.out);
    std::ostream &out = options.out.empty() ? std::cout : file;
    if (!out)
        return reportFailure(
            engine::makeError(engine::ErrorCode::Io, "cannot write " + options.out), nullptr,
            options.json);
    out << "row,predicted,class";
    for (const std::string &column : global.columns)
        out << ",shap_" << column;
    out << "\n";
    for (std::size_t i = 0; i < global.explanations.size(); ++i)
    {
        const engine::Explanation &e = global.explanations[i];
        engine::Result<std::size_t> k = shownClass(e, options.className);
        if (!k)
            return reportFailure(k.error(), nullptr, options.json);
        out << global.rows[i] + 1 << "," << e.classNames[engine::predictedClass(e)] << ","
            << e.classNames[k.value()];
        for (std::size_t c = 0; c < e.columns.size(); ++c)
            out << "," << std::setprecision(6) << e.values[c][k.value()];
        out << "\n";
    }
    return out ? kExitOk : 1;
}

int runExplain(const ExplainCommandOptions &options)
{
    if (options.all == (options.row > 0))
        return reportFailure(
            engine::makeError(engine::ErrorCode::InvalidInput, "give either --row N or --all"),
            nullptr, options.json);
    engine::Result<engine::ExplainMethod> method = engine::explainMethodFromString(options.method);
    engine::Result<engine::CsvOptions> csv = toCsvOptions(options.csv);
    engine::Result<engine::ModelRegistry> registry = engine::ModelRegistry::openReadOnly(options.db);
    if (!method || !csv || !registry)
        return reportFailure(!method ? method.error()
                             : !csv  ? csv.error()
                                     : registry.error(),
                             nullptr, options.json);
    engine::Result<engine::TrainedModel> model =
        engine::loadTrainedModel(registry.value(), options.modelId);
    if (!model)
        return reportFailure(model.error(), nullptr, options.json);
    engine::ValidationReport report;
    engine::Result<engine::RawTable> table = engine::readCsv(options.file, csv.value(), report);
    if (!table)
        return reportFailure(table.error(), &report, options.json);
    engine::BackgroundOptions backgroundOptions;
    backgroundOptions.maxRows = options.background;
    // The background is this file's own rows: nothing about them leaves this machine.
    engine::Result<engine::WeightedBackground> background =
        engine::backgroundFromTable(model->preprocessor(), table.value(), backgroundOptions);
    if (!background)
        return reportFailure(background.error(), nullptr, options.json);
    engine::ExplainOptions explain;
    explain.method = method.value();
    if (options.all)
    {
        std::vector<std::size_t> rows(table->rowCount());
        std::iota(rows.begin(), rows.end(), std::size_t{0});
        engine::Result<engine::GlobalExplanation> global =
            engine::explainRows(model.value(), table.value(), rows, background.value(), explain,
                                [](std::size_t done, std::size_t total)
                                {
                                    // A progress line for a person at a terminal; logs and pipes
                                    // stay clean.
                                    if (isatty(STDERR_FILENO))
                                        std::cerr << "\rexplained " << done << " of " << total
                                                  << " rows" << (done == total ? "\n" : "")
                                                  << std::flush;
                                });
        if (!global)
            return reportFailure(global.error(), nullptr, options.json);
        return writeAll(global.value(), options);
    }
    if (static_cast<std::size_t>(options.row) > table->rowCount())
        return reportFailure(engine::makeError(engine::ErrorCode::InvalidInput,
                                               "the file has " + std::to_string(table->rowCount())
                                                   + " data rows; --row "
                                                   + std::to_string(options.row)
                                                   + " is past the end"),
                             nullptr, options.json);
    engine::Result<engine::Explanation> e = engine::explainTableRow(
        model.value(), table.value(), static_cast<std::size_t>(options.row - 1), background.value(),
        explain);
    if (!e)
        return reportFailure(e.error(), nullptr, options.json);
    engine::Result<std::size_t> k = shownClass(e.value(), options.className);
    if (!k)
        return reportFailure(k.error(), nullptr, options.json);
    if (options.json)
        printJson(toJson(e.value(), options.row));
    else
        printRow(e.value(), options.row, k.value());
    return kExitOk;
}

} // namespace

void addExplainCommand(CLI::App &app, int &exitCode)
{
    auto options = std::make_shared<ExplainCommandOptions>();
    CLI::App *command = app.add_subcommand(
        "explain", "Why the model predicts what it does: Shapley values per column (SHAP)");
    command->add_option("--model", options->modelId, "Model version id")->required();
    command->add_option("file", options->file, "CSV file with the rows to explain")
        ->required()
        ->check(CLI::ExistingFile);
    command
        ->add_option("--row", options->row, "The data row to explain (1 = first after the header)")
        ->check(CLI::PositiveNumber);
    command->add_flag("--all", options->all, "Explain every row; writes a CSV of values");
    command
        ->add_option("--background", options->background,
                     "Background rows (k-means summary of this file's rows)")
        ->capture_default_str()
        ->check(CLI::Range(1, 10000));
    command->add_option("--method", options->method, "exact, kernel or auto")
        ->capture_default_str();
    command->add_option("--class", options->className,
                        "Explain this class's probability (default: the predicted class)");
    command->add_option("--out", options->out, "With --all: write the CSV here (default stdout)");
    command->add_option("--db", options->db, "Model registry")->capture_default_str();
    command->add_flag("--json", options->json, "Machine-readable output");
    addCsvOptions(*command, options->csv);
    command->callback([options, &exitCode] { exitCode = runExplain(*options); });
}

} // namespace cohort::app
