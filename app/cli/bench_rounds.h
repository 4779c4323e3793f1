// `cohort-cli bench rounds`: the hub's round overhead over real loopback sockets with many
// light in-process sites that answer at once, and the aggregation throughput behind it.
#pragma once

#include <string>
#include <vector>

namespace cohort::app
{

/// Runs the benchmark for each site count and prints the figures; returns the exit status.
int runRoundsBench(const std::vector<int> &siteCounts, int rounds, bool json);

} // namespace cohort::app
