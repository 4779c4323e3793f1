// cohort-cli commands about data: `generate` (synthetic demo domains) and `inspect`
// (schema and validation report of a CSV file), plus the CSV options other commands share.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "core/result.h"
#include "data/csv_reader.h"

namespace cohort::app
{

/// --columns and --delimiter as given on the command line.
struct CsvCommandOptions
{
    std::vector<std::string> columns;
    std::string delimiter = "auto";
};

void addCsvOptions(CLI::App &command, CsvCommandOptions &options);
[[nodiscard]] engine::Result<engine::CsvOptions> toCsvOptions(const CsvCommandOptions &options);

void addGenerateCommand(CLI::App &app, int &exitCode);
void addInspectCommand(CLI::App &app, int &exitCode);

} // namespace cohort::app
