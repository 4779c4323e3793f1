// cohort-cli commands of a hub federation: `hub` (admits sites, runs the rounds, stores the
// global models) and `site` (trains on its own CSV rows, sends only parameters and counts).
#pragma once

#include <CLI/CLI.hpp>

namespace cohort::app
{

void addHubCommand(CLI::App &app, int &exitCode);
void addSiteCommand(CLI::App &app, int &exitCode);

} // namespace cohort::app
