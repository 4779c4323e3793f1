// cohort-cli explain: Shapley values of a stored model's predictions, per original CSV column,
// for one row or every row of a file, computed here against this file's own rows.
#pragma once

#include <CLI/CLI.hpp>

namespace cohort::app
{

void addExplainCommand(CLI::App &app, int &exitCode);

} // namespace cohort::app
