// cohort-cli commands about models: `train`, `evaluate`, `predict` and `versions`.
#pragma once

#include <CLI/CLI.hpp>

namespace cohort::app
{

void addTrainCommand(CLI::App &app, int &exitCode);
void addEvaluateCommand(CLI::App &app, int &exitCode);
void addPredictCommand(CLI::App &app, int &exitCode);
void addVersionsCommand(CLI::App &app, int &exitCode);

} // namespace cohort::app
