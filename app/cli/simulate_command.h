// cohort-cli `simulate`: a whole hub federation in this process (the hub's round logic and N
// sites over in-process links) on a generated demo domain, with the same per-round lines and
// final comparison as `demo`; and the `bench simulate` figures.
#pragma once

#include <vector>

#include <CLI/CLI.hpp>

namespace cohort::app
{

void addSimulateCommand(CLI::App &app, int &exitCode);

/// `cohort-cli bench simulate`: wall time, peak memory and round overhead for each site count.
[[nodiscard]] int runSimulateBench(const std::vector<int> &siteCounts, int rounds, bool json);

} // namespace cohort::app
