// cohort-cli `bench train`: training throughput of the default MLP at batch 64 and 256, and
// CSV import throughput on a large generated file. Prints figures; asserts nothing.
#pragma once

#include <CLI/CLI.hpp>

namespace cohort::app
{

void addBenchCommand(CLI::App &app, int &exitCode);

} // namespace cohort::app
