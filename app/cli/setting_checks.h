// Checks of cohort-cli's training and model flags against the engine's bounds, so that a value
// out of bounds is refused before any work with the flag's name and the bounds.
#pragma once

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "core/result.h"

namespace cohort::app
{

/// A whole number from `low` to `high`, e.g. --batch 1 to 65536.
[[nodiscard]] CLI::Validator wholeBetween(int low, int high);
/// A finite number above 0 and at most `high`, e.g. --lr.
[[nodiscard]] CLI::Validator positiveAtMost(double high);
/// A finite number from `low` to `high`, e.g. --mu.
[[nodiscard]] CLI::Validator numberBetween(double low, double high);

/// Adds the bounds checks of --epochs, --batch, --lr and each --hidden width to a command that
/// has those flags (train, hub, peer; a flag the command lacks is skipped).
void checkTrainingFlags(CLI::App &command);

/// The number of --hidden widths; the error names the flag and the bounds.
[[nodiscard]] engine::Result<void> checkHiddenFlag(const std::vector<int> &widths);

} // namespace cohort::app
