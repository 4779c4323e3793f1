// cohort-cli `demo`: generates the synthetic demo domains, trains on the pooled sites and on
// each site alone, and compares them on each domain's held-out test set.
#pragma once

#include <CLI/CLI.hpp>

namespace cohort::app
{

void addDemoCommand(CLI::App &app, int &exitCode);

} // namespace cohort::app
