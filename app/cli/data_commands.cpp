#include "cli/data_commands.h"

#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>

#include "cli/cli_output.h"
#include "data/dataset_import.h"
#include "data/synthetic_domains.h"
#include "fl/federation_schema.h"

namespace cohort::app
{

namespace
{

struct GenerateOptions
{
    engine::SyntheticOptions synthetic;
    std::string outDir;
    bool json = false;
};

struct InspectOptions
{
    std::string file;
    std::string target;
    std::string federationSchema; // where to write the federation's schema as JSON
    CsvCommandOptions csv;
    bool json = false;
};

int runGenerate(const GenerateOptions &options)
{
    engine::Result<engine::GeneratedDomain> generated =
        engine::generateSyntheticDomain(options.synthetic, options.outDir);
    if (!generated)
        return reportFailure(generated.error(), nullptr, options.json);
    const engine::GeneratedDomain &domain = generated.value();
    if (options.json)
    {
        printJson({{"ok", true},
                   {"domain", options.synthetic.domain},
                   {"target", domain.target},
                   {"site_files", domain.siteFiles},
                   {"site_rows", domain.siteRows},
                   {"test_file", domain.testFile}});
        return kExitOk;
    }
    std::cout << "Generated the " << options.synthetic.domain << " domain (target " << domain.target
              << ") in " << options.outDir << ":\n";
    for (std::size_t i = 0; i < domain.siteFiles.size(); ++i)
        std::cout << "  " << domain.siteFiles[i] << "  " << domain.siteRows[i] << " rows\n";
    std::cout << "  " << domain.testFile << "  " << options.synthetic.testRows
              << " rows (held-out test set)\n";
    return kExitOk;
}

std::string describeColumn(const engine::ColumnSummary &c)
{
    std::ostringstream text;
    if (c.kind == engine::ColumnKind::Numeric)
    {
        text << "range " << formatNumber(c.minimum, 2) << " .. " << formatNumber(c.maximum, 2)
             << ", mean " << formatNumber(c.mean, 2);
    }
    else if (!c.categories.empty())
    {
        for (std::size_t k = 0; k < c.categories.size() && k < 6; ++k)
            text << (k ? ", " : "") << c.categories[k];
        if (c.categories.size() > 6)
            text << ", ... (" << c.categories.size() << ")";
    }
    return text.str();
}

void printSchema(const engine::ImportedDataset &dataset)
{
    const engine::DatasetSchema &schema = dataset.schema;
    const char delimiter = schema.delimiter;
    std::cout << dataset.table.file << ": " << schema.rows << " rows, " << schema.columns.size()
              << " columns, delimiter "
              << (delimiter == '\t' ? std::string("tab") : "'" + std::string(1, delimiter) + "'")
              << ", " << schema.encoding << "\n\n";
    std::cout << std::left << std::setw(22) << "column" << std::setw(13) << "type" << std::setw(9)
              << "use" << std::setw(9) << "missing" << std::setw(10) << "distinct"
              << "values\n";
    for (const engine::ColumnSummary &c : schema.columns)
    {
        const std::string use = c.isTarget ? "target" : (c.isFeature ? "feature" : "ignored");
        std::cout << std::left << std::setw(22) << c.name << std::setw(13) << toString(c.kind)
                  << std::setw(9) << use << std::setw(9) << c.missing << std::setw(10) << c.distinct
                  << describeColumn(c) << "\n";
    }
    if (!schema.target.empty())
    {
        std::cout << "\ntarget " << schema.target << ": "
                  << (schema.isMultiClass() ? "multi-class" : "binary") << ", " << schema.usableRows
                  << " labelled rows\n";
        for (std::size_t k = 0; k < schema.classNames.size(); ++k)
            std::cout << "  " << schema.classNames[k] << ": " << schema.classCounts[k] << "\n";
    }
}

int runInspect(const InspectOptions &options)
{
    engine::Result<engine::CsvOptions> csv = toCsvOptions(options.csv);
    if (!csv)
        return reportFailure(csv.error(), nullptr, options.json);
    engine::InferenceOptions inference;
    inference.target = options.target;
    engine::ValidationReport report;
    engine::Result<engine::ImportedDataset> dataset =
        engine::importDataset(options.file, csv.value(), inference, report);
    if (!dataset)
        return reportFailure(dataset.error(), &report, options.json);
    if (!options.federationSchema.empty())
    {
        std::ofstream out(options.federationSchema);
        out << engine::toJson(engine::federationSchemaFrom(dataset->schema)).dump(2) << "\n";
        if (options.target.empty() || !out)
        {
            engine::Error error =
                engine::makeError(engine::ErrorCode::InvalidInput,
                                  options.target.empty() ? "a federation schema needs --target"
                                                         : "cannot write the federation schema",
                                  "name the target column and a writable file");
            error.file = options.federationSchema;
            return reportFailure(error, &report, options.json);
        }
    }
    if (options.json)
    {
        printJson({{"ok", true},
                   {"schema", engine::toJson(dataset->schema)},
                   {"validation", report.toJson()}});
        return kExitOk;
    }
    printSchema(dataset.value());
    std::cout << "\n" << report.toText();
    return kExitOk;
}

} // namespace

void addCsvOptions(CLI::App &command, CsvCommandOptions &options)
{
    command
        .add_option("--columns", options.columns,
                    "Column names for a file without a header row (a,b,c)")
        ->delimiter(',');
    command.add_option("--delimiter", options.delimiter, "comma, semicolon, tab or auto")
        ->capture_default_str();
}

engine::Result<engine::CsvOptions> toCsvOptions(const CsvCommandOptions &options)
{
    engine::CsvOptions csv;
    csv.columns = options.columns;
    if (options.delimiter == "comma" || options.delimiter == ",")
        csv.delimiter = ',';
    else if (options.delimiter == "semicolon" || options.delimiter == ";")
        csv.delimiter = ';';
    else if (options.delimiter == "tab")
        csv.delimiter = '\t';
    else if (options.delimiter != "auto")
        return engine::makeError(engine::ErrorCode::InvalidInput,
                                 "unknown delimiter '" + options.delimiter + "'",
                                 "use comma, semicolon, tab or auto");
    return csv;
}

void addGenerateCommand(CLI::App &app, int &exitCode)
{
    auto options = std::make_shared<GenerateOptions>();
    CLI::App *command = app.add_subcommand(
        "generate", "Write a synthetic non-IID demo domain: one CSV per site and a test CSV");
    command->add_option("--domain", options->synthetic.domain, "fitness, vitals or hospital")
        ->required();
    command->add_option("--sites", options->synthetic.sites, "Number of sites")
        ->capture_default_str();
    command->add_option("--out", options->outDir, "Folder to write the CSV files to")->required();
    command->add_option("--seed", options->synthetic.seed, "Random seed")->capture_default_str();
    command
        ->add_option("--alpha", options->synthetic.alpha,
                     "Dirichlet label skew (smaller = more skew)")
        ->capture_default_str();
    command->add_option("--min-rows", options->synthetic.minRowsPerSite, "Fewest rows per site")
        ->capture_default_str();
    command->add_option("--max-rows", options->synthetic.maxRowsPerSite, "Most rows per site")
        ->capture_default_str();
    command
        ->add_option("--shift", options->synthetic.featureShift,
                     "Scale of the per-site feature shift (0 = none)")
        ->capture_default_str();
    command->add_option("--test-rows", options->synthetic.testRows, "Rows of the test CSV")
        ->capture_default_str();
    command->add_flag("--json", options->json, "Machine-readable output");
    command->callback([options, &exitCode] { exitCode = runGenerate(*options); });
}

void addInspectCommand(CLI::App &app, int &exitCode)
{
    auto options = std::make_shared<InspectOptions>();
    CLI::App *command =
        app.add_subcommand("inspect", "Show a CSV file's inferred schema and validation report");
    command->add_option("file", options->file, "CSV file")->required();
    command->add_option("--target", options->target, "Column to predict (checks the classes)");
    command->add_option("--federation-schema", options->federationSchema,
                        "Write the columns, kinds, categories and classes a hub can federate "
                        "on (hub --schema) to this JSON file");
    addCsvOptions(*command, options->csv);
    command->add_flag("--json", options->json, "Machine-readable output");
    command->callback([options, &exitCode] { exitCode = runInspect(*options); });
}

} // namespace cohort::app
