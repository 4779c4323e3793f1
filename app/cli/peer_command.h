// cohort-cli's `peer` command: one peer of a federation without a hub (gossip averaging).
#pragma once

#include <CLI/CLI.hpp>

namespace cohort::app
{

void addPeerCommand(CLI::App &app, int &exitCode);

} // namespace cohort::app
